// SPDX-License-Identifier: GPL-3.0-or-later
// Solve-time benchmark: Tessera's CBC solve (CbcModel in-process) next to the `cbc` command line
// on the same model exported as MPS, for the sample week and for a generated week-scale model,
// plus the latency of a cooperative cancel. Prints a table; asserts nothing.
#include "bench/sampleweek.h"
#include "core/project/sampleproject.h"
#include "core/scheduling/mpsexport.h"
#include "core/scheduling/solvejob.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cmath>
#include <cstdio>

using namespace tessera;

namespace {

/**
 * 7 days × 96 quarter-hours, shifts starting every 15 minutes (cyclic week), 4 lengths
 * (4, 6, 8, 10 h paid) with a 30-min meal for the 6/8/10-h shifts placed 2.5, 3 or 3.5 h (6 h),
 * 3.5, 4 or 4.5 h (8 h) and 4.5, 5 or 5.5 h (10 h) after the start: 10 variants per start,
 * 6,720 columns. Demand: the sample week's required agents (Erlang C on the Anonymous Bank
 * data), each half hour split into two quarter-hours and scaled so the peak is `peak` agents.
 */
SchedulingProblem weekScaleModel(double peak)
{
    SchedulingProblem p;
    p.intervalMinutes = 15;
    p.cyclic = true;
    p.demand = bench::sampleWeekQuarterHours(peak);
    const int T = int(p.demand.size());
    struct Variant {
        int hours;
        std::vector<double> mealAt;
    };
    const std::vector<Variant> variants = {{4, {}}, {6, {2.5, 3.0, 3.5}}, {8, {3.5, 4.0, 4.5}}, {10, {4.5, 5.0, 5.5}}};
    for (int s = 0; s < T; ++s)
        for (const Variant &v : variants) {
            const std::vector<double> meals = v.mealAt.empty() ? std::vector<double>{-1} : v.mealAt;
            for (double m : meals) {
                Shift sh;
                sh.id = QStringLiteral("s%1_%2h_m%3").arg(s).arg(v.hours).arg(m);
                sh.start = s;
                sh.end = s + v.hours * 4 + (m >= 0 ? 2 : 0);
                if (m >= 0)
                    sh.breaks.push_back({s + int(m * 4), s + int(m * 4) + 2});
                sh.cost = v.hours * (1.0 + (v.hours <= 4 ? 0.1 : 0.0)); // part-time hours cost 10 % more
                sh.partTime = v.hours <= 4;
                p.shifts.push_back(sh);
            }
        }
    return p;
}

struct CbcCli {
    bool ran = false;
    QString status;
    double objective = NAN;
    double seconds = NAN;
};

CbcCli runCbcCli(const QString &mps, double timeLimit, double gap)
{
    CbcCli out;
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty())
        return out;
    QProcess proc;
    QElapsedTimer clock;
    clock.start();
    proc.start(cbc, {mps, QStringLiteral("sec"), QString::number(timeLimit), QStringLiteral("ratio"),
                     QString::number(gap), QStringLiteral("threads"), QStringLiteral("1"), QStringLiteral("solve"),
                     QStringLiteral("quit")});
    if (!proc.waitForFinished(int(timeLimit * 1000 + 60000)))
        proc.kill();
    out.seconds = clock.elapsed() / 1000.0;
    const QString log = QString::fromUtf8(proc.readAllStandardOutput());
    out.ran = true;
    const QRegularExpression result(QStringLiteral("Result - (.*)\\n"));
    const QRegularExpression obj(QStringLiteral("Objective value:\\s+([-0-9.eE+]+)"));
    if (auto m = result.match(log); m.hasMatch())
        out.status = m.captured(1).trimmed();
    if (auto m = obj.match(log); m.hasMatch())
        out.objective = m.captured(1).toDouble();
    return out;
}

void row(QTextStream &o, const QString &name, const QString &engine, const QString &status, double obj, double bound,
         double gap, double secs)
{
    auto f = [](double v, int p) { return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', p); };
    o << name.leftJustified(28) << engine.leftJustified(22) << status.leftJustified(26) << f(obj, 2).rightJustified(12)
      << f(bound, 2).rightJustified(12) << (std::isnan(gap) ? QStringLiteral("-") : f(gap * 100, 3) + QLatin1Char('%')).rightJustified(10)
      << f(secs, 2).rightJustified(9) << '\n';
    o.flush();
}

void compare(QTextStream &o, const QString &name, const SchedulingProblem &p, double timeLimit, double gap, const QString &dir)
{
    SolveOptions opt;
    opt.timeLimitSeconds = timeLimit;
    opt.relativeGap = gap;
    const SolveResult r = solveSchedule(p, opt);
    row(o, name, QStringLiteral("tessera (CbcModel)"), statusName(r.status), r.objective, r.bestBound, r.gap, r.seconds);
    QString base = name;
    base.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("_"));
    const QString mps = dir + QLatin1Char('/') + base + QStringLiteral(".mps");
    writeCoveringMps(p, mps);
    const CbcCli c = runCbcCli(mps, timeLimit, gap);
    if (c.ran)
        row(o, name, QStringLiteral("cbc CLI (same MPS)"), c.status.left(25), c.objective, NAN, NAN, c.seconds);
    else
        o << name.leftJustified(28) << "cbc CLI not installed (apt-get install coinor-cbc)\n";
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double timeLimit = 60;
    for (int i = 1; i + 1 < argc; ++i)
        if (QByteArray(argv[i]) == "--time-limit")
            timeLimit = QByteArray(argv[i + 1]).toDouble();
    QTextStream o(stdout);
    QTemporaryDir dir;
    o << "Tessera solve benchmark (time limit " << timeLimit << " s per run, 1 thread)\n\n";
    o << QStringLiteral("model").leftJustified(28) << QStringLiteral("engine").leftJustified(22)
      << QStringLiteral("status").leftJustified(26) << QStringLiteral("objective").rightJustified(12)
      << QStringLiteral("bound").rightJustified(12) << QStringLiteral("gap").rightJustified(10)
      << QStringLiteral("seconds").rightJustified(9) << '\n';

    const Project sample = makeSampleProject();
    compare(o, QStringLiteral("sample week (30 min)"), sample.toProblem(), timeLimit, 0.0, dir.path());
    for (double peak : {150.0, 300.0}) {
        const SchedulingProblem week = weekScaleModel(peak);
        const QString name = QStringLiteral("week 15min peak %1").arg(peak);
        compare(o, name + QStringLiteral(" gap1%"), week, timeLimit, 0.01, dir.path());
        compare(o, name + QStringLiteral(" gap0.2%"), week, timeLimit, 0.002, dir.path());
    }

    // Cancel latency: start the large model as a job, cancel early (inside root processing, where
    // CBC's events are sparsest), time until finished().
    {
        SolveJob job(weekScaleModel(300.0), SolveOptions{600.0, 0.0, {}});
        QEventLoop loop;
        QElapsedTimer sinceCancel;
        QObject::connect(&job, &Job::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(250, [&] {
            sinceCancel.start();
            job.cancel();
        });
        job.start();
        loop.exec();
        const SolveResult r = job.result();
        o << "\ncancel after 0.25 s on week peak 300: finished "
          << (sinceCancel.isValid() ? QString::number(sinceCancel.elapsed()) : QStringLiteral("(before the cancel)"))
          << " ms after cancel, status "
          << statusName(r.status) << ", incumbent " << (r.hasSolution() ? QString::number(r.objective, 'f', 2) : QStringLiteral("none"))
          << '\n';
    }
    o << "\nmodel size (week): " << weekScaleModel(150).shifts.size() << " shift columns, "
      << weekScaleModel(150).horizon() << " intervals\n";
    return 0;
}

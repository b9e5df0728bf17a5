// SPDX-License-Identifier: GPL-3.0-or-later
// Week-scale template benchmark: Tessera's implicit-break models (Aykin 1996; Bechtold & Jacobs
// 1990, aggregated) solved in-process next to the `cbc` command line on the explicitly enumerated model (every combination of break
// positions a column) written as MPS. Reports model sizes and the wall-clock time at which each
// run first proves a gap of 1 % and 0.2 %. Prints a table; asserts nothing.
//
//   bench_week [--time-limit S] [--peaks 150,300] [--explicit-in-process] [--no-cbc]
#include "bench/sampleweek.h"
#include "core/scheduling/mpsexport.h"
#include "core/scheduling/templatesolver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace tessera;

namespace {

/**
 * 7 days × 96 quarter-hours (cyclic week, Europe/Berlin, a week without DST change), one
 * template: starts every 15 min round the clock, lengths 4, 6, 8 and 9 h; a 30-min unpaid meal
 * starting 3 to 4.5 h in (6 h and longer) and a paid 15-min break starting 5.5 to 7 h in, at least
 * 30 min after the meal (8 h and longer). 20 per paid hour, +15 % evenings (19–07), +25 %
 * weekends. Demand: the sample week's required agents (Erlang C on the Anonymous Bank data; a
 * real daily curve with weekday/weekend differences), each half hour split into two quarter-hours
 * and scaled so the peak is `peak` agents.
 */
TemplateProblem weekProblem(double peak)
{
    const std::vector<double> demand = bench::sampleWeekQuarterHours(peak);
    TemplateProblem p;
    const QTimeZone tz("Europe/Berlin");
    p.grid = IntervalGrid(QDateTime(QDate(2026, 6, 1), QTime(0, 0), tz), 15, int(demand.size()));
    p.cyclic = true;
    ShiftTemplate t;
    t.id = QStringLiteral("any");
    t.earliestStartMinutes = 0;
    t.latestStartMinutes = 1425;
    t.startIncrementMinutes = 15;
    t.lengthsMinutes = {240, 360, 480, 540};
    t.breaks = {BreakRule{30, false, 180, 270, 0, 360}, BreakRule{15, true, 330, 420, 30, 480}};
    t.costPerPaidHour = 20.0;
    t.eveningPremium = 0.15;
    t.weekendPremium = 0.25;
    p.templates = {t};
    p.skills = {Skill{QStringLiteral("voice"), demand}};
    p.groups = {AgentGroup{QStringLiteral("agents"), {QStringLiteral("voice")}, 0}};
    return p;
}

/// When a run first proved a relative gap ≤ 1 % and ≤ 0.2 % (NaN: never), and how it ended.
struct GapTimes {
    double at1 = NAN, at02 = NAN;
    double objective = NAN, bound = NAN, seconds = NAN;
    QString status;
    void observe(double t, double incumbent, double bestBound)
    {
        if (std::isnan(incumbent) || std::isnan(bestBound))
            return;
        const double gap = (incumbent - bestBound) / std::max(std::fabs(incumbent), 1e-9);
        if (gap <= 0.01 + 1e-12 && std::isnan(at1))
            at1 = t;
        if (gap <= 0.002 + 1e-12 && std::isnan(at02))
            at02 = t;
    }
};

GapTimes runTessera(const TemplateProblem &p, double timeLimit, TemplateModel &model, BreakModel kind)
{
    GapTimes g;
    model = buildTemplateModel(p, kind);
    const MipOutcome o = solveMip(model, timeLimit, 0.002, nullptr,
                                  [&](const SolveProgress &pr) { g.observe(pr.elapsedSeconds, pr.incumbent, pr.bestBound); });
    g.seconds = o.seconds;
    g.objective = o.objective;
    g.bound = o.bestBound;
    g.status = o.provenOptimal ? QStringLiteral("gap ≤ 0.2 %") : o.timeLimitReached ? QStringLiteral("time limit") : QStringLiteral("stopped");
    if (!o.solution.empty())
        g.observe(o.seconds, o.objective, o.bestBound); // a gap closed after the last progress report
    return g;
}

/// The cbc command line with ratioGap 0.002 and wall-clock timing; gap crossings read off its log
/// ("Integer solution of X … (T seconds)", "… X best solution, best possible Y (T seconds)").
GapTimes runCbcCli(const QString &mps, double timeLimit)
{
    GapTimes g;
    const QString cbc = QStandardPaths::findExecutable(QStringLiteral("cbc"));
    if (cbc.isEmpty()) {
        g.status = QStringLiteral("cbc not installed");
        return g;
    }
    QProcess proc;
    proc.setProcessChannelMode(QProcess::MergedChannels);
    proc.start(cbc, {mps, QStringLiteral("timeMode"), QStringLiteral("elapsed"), QStringLiteral("sec"), QString::number(timeLimit),
                     QStringLiteral("ratioGap"), QStringLiteral("0.002"), QStringLiteral("threads"), QStringLiteral("1"),
                     QStringLiteral("solve"), QStringLiteral("quit")});
    proc.waitForFinished(int(timeLimit * 1000 * 3 + 120000));
    const QString log = QString::fromUtf8(proc.readAll());
    const QRegularExpression solution(QStringLiteral("Integer solution of ([-0-9.eE+]+) .*\\(([0-9.]+) seconds\\)"));
    const QRegularExpression progress(QStringLiteral("([-0-9.eE+]+) best solution, best possible ([-0-9.eE+]+) \\(([0-9.]+) seconds\\)"));
    const QRegularExpression continuous(QStringLiteral("Continuous objective value is ([-0-9.eE+]+) - ([0-9.]+) seconds"));
    double incumbent = NAN, bound = NAN;
    for (const QString &line : log.split(QLatin1Char('\n'))) {
        if (auto m = continuous.match(line); m.hasMatch()) {
            bound = m.captured(1).toDouble();
            g.observe(m.captured(2).toDouble(), incumbent, bound);
        } else if (auto m = solution.match(line); m.hasMatch()) {
            incumbent = std::isnan(incumbent) ? m.captured(1).toDouble() : std::min(incumbent, m.captured(1).toDouble());
            g.observe(m.captured(2).toDouble(), incumbent, bound);
        } else if (auto m = progress.match(line); m.hasMatch()) {
            if (m.captured(1).toDouble() < 1e49)
                incumbent = m.captured(1).toDouble();
            bound = std::max(std::isnan(bound) ? -1e300 : bound, m.captured(2).toDouble());
            g.observe(m.captured(3).toDouble(), incumbent, bound);
        }
    }
    const QRegularExpression result(QStringLiteral("Result - (.*)\\n"));
    const QRegularExpression obj(QStringLiteral("Objective value:\\s+([-0-9.eE+]+)"));
    const QRegularExpression lower(QStringLiteral("Lower bound:\\s+([-0-9.eE+]+)"));
    const QRegularExpression wall(QStringLiteral("\\(Wallclock seconds\\):\\s+([0-9.]+)"));
    if (auto m = result.match(log); m.hasMatch())
        g.status = m.captured(1).trimmed();
    if (auto m = obj.match(log); m.hasMatch())
        g.objective = m.captured(1).toDouble();
    if (auto m = lower.match(log); m.hasMatch())
        g.bound = m.captured(1).toDouble();
    if (auto m = wall.match(log); m.hasMatch())
        g.seconds = m.captured(1).toDouble();
    g.observe(g.seconds, g.objective, g.bound);
    if (g.status.startsWith(QLatin1String("Optimal"))) { // stopped at ratioGap 0.002: both gaps proven by the end
        if (std::isnan(g.at1))
            g.at1 = g.seconds;
        if (std::isnan(g.at02))
            g.at02 = g.seconds;
    }
    return g;
}

QString f(double v, int prec)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', prec);
}

void row(QTextStream &o, const QString &model, const QString &engine, const MipModel &m, const GapTimes &g)
{
    o << model.leftJustified(10) << engine.leftJustified(30) << QString::number(m.columns).rightJustified(8)
      << QString::number(m.rows).rightJustified(7) << QString::number(m.value.size()).rightJustified(10)
      << f(g.at1, 1).rightJustified(9) << f(g.at02, 1).rightJustified(9) << f(g.objective, 1).rightJustified(12)
      << f(g.bound, 1).rightJustified(12) << f(g.seconds, 1).rightJustified(8) << "  " << g.status << '\n';
    o.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    double timeLimit = 300;
    QList<double> peaks = {150, 300};
    bool withCbc = true, inProcessExplicit = false;
    for (int i = 1; i < argc; ++i) {
        const QByteArray a(argv[i]);
        if (a == "--time-limit" && i + 1 < argc)
            timeLimit = QByteArray(argv[++i]).toDouble();
        else if (a == "--peaks" && i + 1 < argc) {
            peaks.clear();
            for (const QByteArray &p : QByteArray(argv[++i]).split(','))
                peaks << p.toDouble();
        } else if (a == "--explicit-in-process")
            inProcessExplicit = true;
        else if (a == "--no-cbc")
            withCbc = false;
    }
    QTextStream o(stdout);
    QTemporaryDir dir;
    o << "Week template benchmark: 7 x 96 quarter-hours, starts every 15 min, lengths 4/6/8/9 h, meal + break\n"
      << "windows; time limit " << timeLimit << " s per run, 1 thread; t(1%)/t(0.2%) = wall seconds to prove the gap\n\n";
    o << QStringLiteral("peak").leftJustified(10) << QStringLiteral("engine / model").leftJustified(30)
      << QStringLiteral("columns").rightJustified(8) << QStringLiteral("rows").rightJustified(7)
      << QStringLiteral("nonzeros").rightJustified(10) << QStringLiteral("t(1%)").rightJustified(9)
      << QStringLiteral("t(0.2%)").rightJustified(9) << QStringLiteral("objective").rightJustified(12)
      << QStringLiteral("bound").rightJustified(12) << QStringLiteral("seconds").rightJustified(8) << "  end\n";
    for (double peak : peaks) {
        const TemplateProblem p = weekProblem(peak);
        TemplateModel implicit;
        const GapTimes ours = runTessera(p, timeLimit, implicit, BreakModel::Implicit);
        row(o, QString::number(peak), QStringLiteral("tessera, implicit (Aykin)"), implicit, ours);
        TemplateModel aggregated;
        const GapTimes bj = runTessera(p, timeLimit, aggregated, BreakModel::Aggregated);
        row(o, QString::number(peak),
            aggregated.kind == BreakModel::Aggregated ? QStringLiteral("tessera, aggregated (B&J)") : QStringLiteral("(B&J n/a: Aykin)"),
            aggregated, bj);
        QElapsedTimer build;
        build.start();
        const TemplateModel explicitModel = buildTemplateModel(p, BreakModel::Explicit);
        const QString mps = dir.filePath(QStringLiteral("week%1.mps").arg(peak));
        writeMps(explicitModel, mps);
        const double buildSeconds = build.elapsed() / 1000.0;
        if (inProcessExplicit) { // separates the model's effect from the driver's
            TemplateModel again;
            row(o, QString::number(peak), QStringLiteral("tessera, explicit"), explicitModel,
                runTessera(p, timeLimit, again, BreakModel::Explicit));
        }
        if (withCbc) {
            const GapTimes cli = runCbcCli(mps, timeLimit);
            row(o, QString::number(peak), QStringLiteral("cbc CLI, explicit MPS"), explicitModel, cli);
        } else {
            row(o, QString::number(peak), QStringLiteral("explicit (size only)"), explicitModel, GapTimes{});
        }
        o << QStringLiteral("          (%1 shift variants; explicit model built and written in %2 s)\n")
                 .arg(implicit.variants.size())
                 .arg(buildSeconds, 0, 'f', 1);
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
// Rostering benchmarks beyond Curtois & Qu: the shift design instances (core/rostering/shiftdesign.h,
// DBAI DataSet1) and a subset of the retail multi-activity instances (core/rostering/retail.h), each
// solution re-checked by its independent evaluator/checker. Prints a table; asserts nothing.
// Usage: bench_benchmarks [DATA_DIR] [--time-limit S] [--retail FILE,FILE…] [--only shiftdesign|retail]
//   DATA_DIR defaults to ../shared/data next to the source tree; retail files default to one per
//   staff size (10 … 80).
#include "core/error.h"
#include "core/rostering/retail.h"
#include "core/rostering/shiftdesign.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cmath>

using namespace tessera;
using namespace tessera::rostering;

namespace {

QString num(double v, int prec)
{
    return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("-");
}

void row(QTextStream &out, const QStringList &cells, const QList<int> &widths)
{
    QString line;
    for (int i = 0; i < cells.size(); ++i)
        line += cells[i].leftJustified(widths.value(i, 10)) + QLatin1Char(' ');
    out << line.trimmed() << '\n';
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/../shared/data");
    double timeLimit = 30.0;
    QString only;
    QStringList retailFiles = {QStringLiteral("1_7_10_1.txt"),  QStringLiteral("8_7_20_2.txt"),  QStringLiteral("14_7_30_3.txt"),
                               QStringLiteral("18_7_40_3.txt"), QStringLiteral("23_7_50_4.txt"), QStringLiteral("28_7_60_4.txt"),
                               QStringLiteral("33_7_70_5.txt"), QStringLiteral("40_7_80_10.txt")};
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--time-limit") && i + 1 < args.size()) {
            timeLimit = args[++i].toDouble();
        } else if (args[i] == QLatin1String("--retail") && i + 1 < args.size()) {
            retailFiles = args[++i].split(QLatin1Char(','));
        } else if (args[i] == QLatin1String("--only") && i + 1 < args.size()) {
            only = args[++i];
        } else if (!args[i].startsWith(QLatin1String("--"))) {
            dir = args[i];
        } else {
            QTextStream(stderr) << "usage: bench_benchmarks [DATA_DIR] [--time-limit S] [--retail FILE,FILE...] "
                                   "[--only shiftdesign|retail]\n";
            return 64;
        }
    }
    out << "Tessera rostering benchmarks (CBC, time limit " << timeLimit << " s per instance, 1 thread)\n\n";

    if (only.isEmpty() || only == QLatin1String("shiftdesign")) {
        const QList<int> w = {16, 14, 10, 10, 8, 7, 8, 11};
        row(out, {QStringLiteral("shift design"), QStringLiteral("size"), QStringLiteral("objective"), QStringLiteral("bound"),
                  QStringLiteral("shifts"), QStringLiteral("cover%"), QStringLiteral("seconds"), QStringLiteral("violations")},
            w);
        const QDir sd(dir + QStringLiteral("/shift-design-musliu"));
        QStringList files;
        for (const QString &sub : sd.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name))
            for (const QString &f : QDir(sd.filePath(sub)).entryList({QStringLiteral("*.dzn")}, QDir::Files, QDir::Name))
                files << sub + QLatin1Char('/') + f;
        for (const QString &f : files) {
            const QString name = QFileInfo(f).completeBaseName();
            try {
                const ShiftDesignInstance inst = readShiftDesign(sd.filePath(f));
                const ShiftDesignResult r = solveShiftDesign(inst, timeLimit);
                const ShiftDesignEvaluation e = evaluateShiftDesign(inst, r.solution);
                long long demand = 0;
                for (int v : inst.demand)
                    demand += (long long)v * inst.intervalMinutes;
                const double cover = demand > 0 ? 100.0 * double(demand - e.shortageMinutes) / double(demand) : 100.0;
                row(out, {name, QStringLiteral("%1x%2min/%3").arg(inst.slotCount()).arg(inst.intervalMinutes).arg(r.candidateShifts),
                          r.hasSolution ? num(r.objective, 0) : QStringLiteral("none"), num(r.bestBound, 0),
                          QString::number(e.shiftsUsed), num(cover, 2), num(r.seconds, 1),
                          r.hasSolution ? QString::number(e.violations.size()) : QStringLiteral("-")},
                    w);
            } catch (const InputError &ex) {
                out << name << ": " << ex.message() << '\n';
            }
        }
        out << '\n';
    }

    if (only.isEmpty() || only == QLatin1String("retail")) {
        const QList<int> w = {16, 14, 10, 10, 8, 10, 8, 11};
        row(out, {QStringLiteral("retail"), QStringLiteral("days/staff/tasks"), QStringLiteral("objective"), QStringLiteral("bound"),
                  QStringLiteral("cover%"), QStringLiteral("under/over"), QStringLiteral("seconds"), QStringLiteral("violations")},
            w);
        for (const QString &f : retailFiles) {
            const QString path = QFileInfo(f).isAbsolute() ? f : dir + QStringLiteral("/retail-multiactivity-7day/") + f;
            const QString name = QFileInfo(f).completeBaseName();
            try {
                const RetailInstance inst = readRetail(path);
                const RetailResult r = solveRetail(inst, timeLimit);
                const RetailCheck c = checkRetail(inst, r.roster);
                row(out, {name + (r.greedyFallback ? QStringLiteral("*") : QString()),
                          QStringLiteral("%1/%2/%3").arg(inst.days).arg(inst.staffCount()).arg(inst.tasks), num(r.objective, 0),
                          num(r.bestBound, 0), num(c.coveragePercent, 2), QStringLiteral("%1/%2").arg(c.under).arg(c.over),
                          num(r.seconds, 1), QString::number(c.violations.size())},
                    w);
            } catch (const InputError &ex) {
                out << name << ": " << ex.message() << '\n';
            }
        }
        out << "(* a staff group fell back to the greedy assignment)\n";
    }
    return 0;
}

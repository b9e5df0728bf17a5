// SPDX-License-Identifier: GPL-3.0-or-later
// Rostering benchmark: the integer program of core/rostering/nrpmodel.h on Curtois & Qu's
// instances 1–10, each roster checked by the independent validator. Prints a table; asserts nothing.
// Usage: bench_roster [DIR] [--time-limit S] [--instances FIRST-LAST]
//   DIR defaults to ../shared/data/curtois-qu-nrp/txt next to the source tree.
#include "core/error.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cmath>

using namespace tessera;
using namespace tessera::rostering;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/../shared/data/curtois-qu-nrp/txt");
    double timeLimit = 60.0;
    int first = 1, last = 10;
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--time-limit") && i + 1 < args.size()) {
            timeLimit = args[++i].toDouble();
        } else if (args[i] == QLatin1String("--instances") && i + 1 < args.size()) {
            const QStringList range = args[++i].split(QLatin1Char('-'));
            first = range.value(0).toInt();
            last = range.size() > 1 ? range.value(1).toInt() : first;
        } else if (!args[i].startsWith(QLatin1String("--"))) {
            dir = args[i];
        } else {
            QTextStream(stderr) << "usage: bench_roster [DIR] [--time-limit S] [--instances FIRST-LAST]\n";
            return 64;
        }
    }
    // Best known objective values (PROVENANCE.md; upper bounds from published methods).
    const int bestKnown[] = {607, 828, 1001, 1716, 1143, 1950, 1056, 1308, 439, 4631};

    out << "Tessera rostering benchmark (CBC, time limit " << timeLimit << " s per instance, 1 thread)\n\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
               .arg(QStringLiteral("instance"), -10)
               .arg(QStringLiteral("days"), 5)
               .arg(QStringLiteral("staff"), 6)
               .arg(QStringLiteral("objective"), 10)
               .arg(QStringLiteral("bound"), 10)
               .arg(QStringLiteral("gap"), 8)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("violations"), 11)
               .arg(QStringLiteral("best-known"), 11);
    out.flush();
    for (int n = first; n <= last && n <= 10; ++n) {
        const QString path = dir + QStringLiteral("/Instance%1.txt").arg(n);
        const QString name = QStringLiteral("Instance%1").arg(n);
        if (!QFileInfo::exists(path)) {
            out << name << ": " << path << " not found\n";
            continue;
        }
        try {
            const NrpInstance inst = readNrpText(path);
            const RosterResult r = solveNrp(inst, timeLimit);
            const Evaluation e = evaluate(inst, r.roster);
            const bool ok = r.hasSolution;
            const double gap = ok && std::isfinite(r.bestBound) && r.objective > 0
                                   ? (r.objective - r.bestBound) / r.objective
                                   : std::nan("");
            auto num = [](double v, int prec) { return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("-"); };
            out << QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9\n")
                       .arg(name, -10)
                       .arg(inst.days, 5)
                       .arg(inst.staffCount(), 6)
                       .arg(ok ? num(r.objective, 0) : QStringLiteral("none"), 10)
                       .arg(num(r.bestBound, 0), 10)
                       .arg(std::isfinite(gap) ? QString::number(100.0 * gap, 'f', 2) + QLatin1Char('%') : QStringLiteral("-"), 8)
                       .arg(num(r.seconds, 1), 8)
                       .arg(ok ? QString::number(e.hardViolations.size()) : QStringLiteral("-"), 11)
                       .arg(bestKnown[n - 1], 11);
        } catch (const InputError &ex) {
            out << name << ": " << ex.message() << '\n';
        }
        out.flush();
    }
    return 0;
}

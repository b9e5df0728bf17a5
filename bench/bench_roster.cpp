// SPDX-License-Identifier: GPL-3.0-or-later
// Rostering benchmark: the hybrid search of core/rostering/nrplns.h (default: column generation,
// annealing and CBC neighbourhoods), column generation alone after a short annealed start
// (--method colgen; --anneal-share is then the start's share of the limit) or the
// plain integer program of core/rostering/nrpmodel.h (--method mip) on Curtois & Qu's instances
// 1–10, each roster checked by the independent validator. Prints a table; asserts nothing.
// Usage: bench_roster [DIR] [--time-limit S] [--instances FIRST-LAST] [--method lns|mip|colgen] [--seed N]
//                     [--iterations N]   (N > 0: stop after N neighbourhoods, no time caps, no bound)
//                     [--anneal-share F] [--anneal-seconds S]   (LnsOptions::localSearchShare, localSearchSeconds)
//                     [--no-colgen]   (LnsOptions::columnGeneration off)  [--trace]   (incumbents on stderr)
//                     [--prune-slack N] [--prune-slack-gap G]   (LnsOptions::pruneSlack, pruneSlackGap: dive nodes up to N
//                     above the best go on while the best is within G of the bound)
//                     [--start R.json]   (LnsOptions::start: one instance, from a tessera-cli roster --out file)
//   DIR defaults to ../shared/data/curtois-qu-nrp/txt next to the source tree.
// Columns: best known value, ours, lower bound, gap to the bound, seconds to our best, total
// seconds and process CPU seconds (the two differ on a loaded machine), hard-rule violations.
#include "core/cli/rostercommand.h"
#include "core/error.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrpcolgen.h"
#include "core/rostering/nrplns.h"
#include "core/rostering/nrplocal.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QStringList>
#include <QTextStream>

#include <cmath>
#include <ctime>
#include <limits>
#include <thread>

using namespace tessera;
using namespace tessera::rostering;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QString dir = QStringLiteral(TESSERA_SOURCE_DIR "/../shared/data/curtois-qu-nrp/txt");
    double timeLimit = 60.0;
    int first = 1, last = 10;
    QString method = QStringLiteral("lns");
    unsigned seed = 1;
    long long iterations = -1;
    bool trace = false;            // --trace: every new incumbent or bound on stderr
    bool columnGeneration = true;  // --no-colgen: the LNS without column generation
    bool searchThread = true;      // --one-thread: no search thread beside column generation
    LnsOptions defaults;
    double annealShare = defaults.localSearchShare, annealSeconds = defaults.localSearchSeconds;
    int pruneSlack = defaults.pruneSlack;
    int pruneSlackGap = defaults.pruneSlackGap;
    QString startPath; // --start R.json: LnsOptions::start (one instance)
    const QStringList args = app.arguments().mid(1);
    for (int i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--time-limit") && i + 1 < args.size()) {
            timeLimit = args[++i].toDouble();
        } else if (args[i] == QLatin1String("--instances") && i + 1 < args.size()) {
            const QStringList range = args[++i].split(QLatin1Char('-'));
            first = range.value(0).toInt();
            last = range.size() > 1 ? range.value(1).toInt() : first;
        } else if (args[i] == QLatin1String("--method") && i + 1 < args.size()) {
            method = args[++i];
        } else if (args[i] == QLatin1String("--seed") && i + 1 < args.size()) {
            seed = args[++i].toUInt();
        } else if (args[i] == QLatin1String("--iterations") && i + 1 < args.size()) {
            iterations = args[++i].toLongLong();
        } else if (args[i] == QLatin1String("--anneal-share") && i + 1 < args.size()) {
            annealShare = args[++i].toDouble();
        } else if (args[i] == QLatin1String("--anneal-seconds") && i + 1 < args.size()) {
            annealSeconds = args[++i].toDouble();
        } else if (args[i] == QLatin1String("--prune-slack") && i + 1 < args.size()) {
            pruneSlack = args[++i].toInt();
        } else if (args[i] == QLatin1String("--prune-slack-gap") && i + 1 < args.size()) {
            pruneSlackGap = args[++i].toInt();
        } else if (args[i] == QLatin1String("--start") && i + 1 < args.size()) {
            startPath = args[++i];
        } else if (args[i] == QLatin1String("--trace")) {
            trace = true;
        } else if (args[i] == QLatin1String("--no-colgen")) {
            columnGeneration = false;
        } else if (args[i] == QLatin1String("--one-thread")) {
            searchThread = false;
        } else if (!args[i].startsWith(QLatin1String("--"))) {
            dir = args[i];
        } else {
            QTextStream(stderr) << "usage: bench_roster [DIR] [--time-limit S] [--instances FIRST-LAST] [--method lns|mip|colgen]"
                                    " [--seed N] [--iterations N] [--anneal-share F] [--anneal-seconds S] [--no-colgen] [--one-thread]"
                                    " [--prune-slack N] [--prune-slack-gap N] [--start R.json] [--trace]\n";
            return 64;
        }
    }
    if (!startPath.isEmpty() && (first != last || method != QLatin1String("lns"))) {
        QTextStream(stderr) << "bench_roster: --start needs one instance (--instances N) and --method lns\n";
        return 64;
    }
    // Best known objective values (PROVENANCE.md; upper bounds from published methods).
    const int bestKnown[] = {607, 828, 1001, 1716, 1143, 1950, 1056, 1308, 439, 4631};

    out << "Tessera rostering benchmark (" << method << ", seed " << seed << ", time limit " << timeLimit
        << " s per instance" << (iterations > 0 ? QStringLiteral(", %1 neighbourhoods").arg(iterations) : QString())
        << (method == QLatin1String("mip") ? QString()
                                           : QStringLiteral(", annealing share %1, bursts %2 s").arg(annealShare).arg(annealSeconds > 0 ? QString::number(annealSeconds) : QStringLiteral("auto")))
        << (method == QLatin1String("mip") ? QString() : QStringLiteral(", dive prune slack %1%2").arg(pruneSlack).arg(pruneSlackGap < std::numeric_limits<int>::max() ? QStringLiteral(" within %1 of the bound").arg(pruneSlackGap) : QString()))
        << (method == QLatin1String("lns") && columnGeneration && searchThread
                ? QStringLiteral(", column generation and the neighbourhood search (CBC, annealing) on a thread each")
                : QStringLiteral(", CBC on 1 thread, column-generation pricing on %1 threads")
                      .arg(std::min(8u, std::max(1u, std::thread::hardware_concurrency()))))
        << ")\n\n";
    const QString row = QStringLiteral("%1 %2 %3 %4 %5 %6 %7 %8 %9 %10\n");
    out << row.arg(QStringLiteral("instance"), -10)
               .arg(QStringLiteral("best-known"), 10)
               .arg(QStringLiteral("ours"), 8)
               .arg(QStringLiteral("bound"), 8)
               .arg(QStringLiteral("gap"), 8)
               .arg(QStringLiteral("to-best"), 8)
               .arg(QStringLiteral("seconds"), 8)
               .arg(QStringLiteral("cpu"), 8)
               .arg(QStringLiteral("nbhds"), 6)
               .arg(QStringLiteral("violations"), 10);
    out.flush();
    auto num = [](double v, int prec) { return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("-"); };
    for (int n = first; n <= last && n <= 10; ++n) {
        const QString path = dir + QStringLiteral("/Instance%1.txt").arg(n);
        const QString name = QStringLiteral("Instance%1").arg(n);
        if (!QFileInfo::exists(path)) {
            out << name << ": " << path << " not found\n";
            continue;
        }
        try {
            const NrpInstance inst = readNrpText(path);
            const std::clock_t cpu0 = std::clock();
            RosterResult r;
            if (method == QLatin1String("mip")) {
                r = solveNrp(inst, timeLimit);
            } else if (method == QLatin1String("colgen")) {
                // Column generation alone: its bound, and the restricted master's roster from an
                // annealed start (the start's own time is included).
                QElapsedTimer clock;
                clock.start();
                LocalSearchOptions lo;
                lo.seconds = annealShare * timeLimit;
                lo.stopWhenFeasible = annealShare <= 0.25;
                lo.seed = seed;
                const Roster start = improveRosterLocally(inst, blockPatternRoster(inst, seed), lo).roster;
                ColumnGenerationOptions co;
                co.timeLimitSeconds = std::max(1.0, timeLimit - clock.elapsed() / 1000.0);
                co.pruneSlack = pruneSlack;
                co.pruneSlackGap = pruneSlackGap;
                QTextStream(stderr) << name << ": start " << evaluate(inst, start).objective << " at " << clock.elapsed() / 1000.0 << " s\n";
                const ColumnGenerationResult c =
                    solveNrpColumnGeneration(inst, evaluate(inst, start).feasible() ? start : Roster(), co);
                r.hasSolution = c.hasRoster;
                r.roster = c.hasRoster ? c.roster : Roster(inst.staffCount(), inst.days);
                r.objective = double(c.objective);
                r.bestBound = std::ceil(c.lowerBound - 1e-6);
                r.iterations = c.rounds;
                r.seconds = clock.elapsed() / 1000.0;
                r.secondsToBest = c.seconds;
                QTextStream(stderr) << name << ": lp " << c.lpValue << (c.lpOptimal ? " optimal" : " not optimal")
                                    << " after " << c.lpSeconds << " s, " << c.rounds << " rounds, " << c.columns << " columns, "
                                    << c.diveNodes << " dive nodes, " << c.pricingSeconds << " s pricing\n";
            } else {
                LnsOptions o;
                o.timeLimitSeconds = iterations > 0 ? 0.0 : timeLimit;
                o.seed = seed;
                o.maxIterations = iterations;
                o.localSearchShare = annealShare;
                o.localSearchSeconds = annealSeconds;
                o.columnGeneration = columnGeneration;
                o.searchThread = searchThread;
                o.pruneSlack = pruneSlack;
                o.pruneSlackGap = pruneSlackGap;
                if (!startPath.isEmpty()) {
                    o.start = readNrpRosterFile(startPath, inst);
                    QTextStream(stderr) << name << ": start " << evaluate(inst, o.start).objective << " from " << startPath << "\n";
                }
                if (iterations > 0) { // reproducible: no wall-clock caps, no bound
                    o.subproblemSeconds = 0.0;
                    o.boundSeconds = 0.0;
                }
                double lastInc = -1, lastBound = -1;
                r = solveNrpLns(inst, o, nullptr, [&](const SolveProgress &p) {
                    if (trace && (p.incumbent != lastInc || p.bestBound != lastBound))
                        QTextStream(stderr) << "  " << p.elapsedSeconds << " s: " << p.incumbent << " bound " << p.bestBound << "\n";
                    lastInc = p.incumbent;
                    lastBound = p.bestBound;
                });
            }
            const double cpu = double(std::clock() - cpu0) / CLOCKS_PER_SEC;
            const Evaluation e = evaluate(inst, r.roster);
            const bool ok = r.hasSolution;
            const double gap = ok && std::isfinite(r.bestBound) && r.objective > 0
                                   ? (r.objective - r.bestBound) / r.objective
                                   : std::nan("");
            out << row.arg(name, -10)
                       .arg(bestKnown[n - 1], 10)
                       .arg(ok ? num(r.objective, 0) : QStringLiteral("none"), 8)
                       .arg(num(r.bestBound, 0), 8)
                       .arg(std::isfinite(gap) ? QString::number(100.0 * gap, 'f', 2) + QLatin1Char('%') : QStringLiteral("-"), 8)
                       .arg(num(r.secondsToBest, 1), 8)
                       .arg(num(r.seconds, 1), 8)
                       .arg(num(cpu, 1), 8)
                       .arg(r.iterations, 6)
                       .arg(ok ? QString::number(e.hardViolations.size()) : QStringLiteral("-"), 10);
        } catch (const InputError &ex) {
            out << name << ": " << ex.message() << '\n';
        }
        out.flush();
    }
    return 0;
}

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/nrpinstance.h"
#include "core/rostering/validator.h"
#include "core/scheduling/mip.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace tessera::rostering {

/// One staff member's whole-horizon schedule: a shift index or −1 (off) per day, and its cost
/// under the cell costs it was priced with.
struct PricedSchedule {
    std::vector<std::int16_t> cells; ///< size days
    double cost = 0.0;               ///< Σ cellCost over the worked cells
};

/**
 * The pricing problem of the column-generation model below: the cheapest schedules of one staff
 * member that meet every one of their hard rules exactly as evaluate() defines them (fixed days
 * off and unavailable cells, shift successions, maximum shifts per type, minimum/maximum total
 * minutes, maximum consecutive shifts, minimum consecutive shifts and days off for runs that touch
 * neither end of the horizon, maximum weekends, a weekend being Saturday/Sunday worked).
 *
 * Exact dynamic programming over days on the state (last shift or off, length of the current run,
 * whether the run began on day 0, minutes so far, count of each shift type whose maximum can
 * bind, weekends worked); equal states keep the cheapest path, which is exact because every rule
 * depends on the path only through that state. This is the resource-constrained shortest path of
 * the branch-and-price of E. K. Burke, T. Curtois, "New approaches to nurse rostering benchmark
 * instances", EJOR 237(1):71–81 (2014), solved here by plain state enumeration, which is small
 * for these horizons (at most a few 10,000 states a day on Curtois & Qu 1–10). Two exact
 * reductions keep it so: a count per shift type enters the state only once a cheapest schedule
 * breaks that type's maximum without it (decremental state-space relaxation: G. Righini,
 * M. Salani, Networks 51(3):155–170, 2008), and counts too low to reach the maximum with the
 * shifts still possible are merged. Measured on Curtois & Qu 8 (bench_roster --method colgen,
 * 2 pricing threads): the root LP in 1.4 s instead of 3.9 s.
 *
 * `cellCost` has days × shiftCount() entries (day-major): the cost of working shift t on day d; a
 * day off costs 0. Returns up to `maxSchedules` schedules, cheapest first (distinct end states,
 * so distinct schedules); empty when no schedule meets the rules. `supported` (optional) is set
 * false — and nothing is returned — when some rule of the member is soft or the state space
 * exceeds `stateLimit`, so callers fall back to other methods. With `below` finite only
 * schedules cheaper than it are sought: a partial schedule that cannot end below it even with each
 * remaining day's cheapest choice is dropped (column generation wants negative reduced costs
 * only), so fewer than maxSchedules — or none — may come back, the cheapest still exact.
 */
std::vector<PricedSchedule> cheapestSchedules(const NrpInstance &instance, int staff, const std::vector<double> &cellCost,
                                              int maxSchedules = 1, bool *supported = nullptr,
                                              long long stateLimit = 20'000'000,
                                              double below = std::numeric_limits<double>::infinity());

struct ColumnGenerationOptions {
    double timeLimitSeconds = 10.0; ///< column generation and the primal heuristic together; ≤ 0: none
    double lpShare = 0.7;           ///< share of the time limit the LP may take
    /// After the LP: dive for rosters (fix a member's column, price again, repeat) until the time
    /// limit; false: the bound only. (CBC on the restricted master as an integer program —
    /// "price-and-branch" — was tried and did worse than diving on Curtois & Qu 7–10.)
    bool dive = true;
    /// An objective a dive must beat (the incumbent's); a dive whose LP cannot goes no further.
    /// ≤ 0: none.
    long long upperBound = 0;
    int schedulesPerStaff = 3; ///< columns added per staff member and pricing round
    unsigned seed = 1;         ///< for the dive's backtracking
    /// Pricing rounds per dive node (0: until the node's LP is optimal). Deep in a dive the LP
    /// tails off (Curtois & Qu 8: up to 32 rounds at one node); capping the rounds makes more
    /// dives, the node's LP value then being an estimate, not a bound, for pruning (8 measured on
    /// Curtois & Qu 8, seeds 1–2: 1304 and 1302 in 60 s against 1307 and 1302 uncapped and 1308
    /// with 2 rounds).
    int diveRounds = 8;
    /// Objective units by which a dive node's LP value may exceed the best roster before the node
    /// is abandoned (it is abandoned once ⌈LP⌉ ≥ best + pruneSlack; 0: once it cannot beat the
    /// best), while the best is within pruneSlackGap of ⌈LP bound⌉. With diveRounds capping the
    /// pricing, a node's LP value is an estimate, not a bound, and deep in a dive it often sits a
    /// fraction above a better roster's objective (Curtois & Qu 10 with the best at 4632: nodes at
    /// 4631.01–4631.87 came down to 4631.000 when priced to the end). 1 keeps the nodes whose
    /// estimate is at most the best. Measured (bench_roster --start, --prune-slack) on 10 from a
    /// roster stuck at 4632 (LP bound 4631), 60 s a run: 4631 in 0 of 7 runs with 0, 5 of 9 with
    /// 1, 5 of 7 with 4. Applied whatever the gap, 1 cost Curtois & Qu 8 (bound 1297): from
    /// scratch it ended at 1302–1307 in six runs and at 1311 and 1394 in two (seed 3; 0 gave 1305
    /// there), where 0 ended at 1303–1309 in 13 runs.
    int pruneSlack = 1;
    /// pruneSlack applies only while best − ⌈LP bound⌉ ≤ pruneSlackGap (objective units;
    /// INT_MAX: always; negative: never). 1: only where one unit is left to find — on Curtois &
    /// Qu 1–10, 10 at 4632 (bound 4631); 6 and 7 only at their best-known values (1950, 1056),
    /// 5 only below its (at 1142); never on 8 (bound 1297), 1 or 9.
    int pruneSlackGap = 1;
    /// A dive node fixes its most-used member and every member whose column the LP uses at
    /// least this much.
    double diveFixAbove = 0.99;
    /// Backtracks without a better roster after which the dive starts over from the root,
    /// choosing less greedily (0: never).
    int restartAfter = 50;
    /// Seconds without a better roster after which `improve` runs on the best one (checked when
    /// a node ends a dive or is pruned; the dive then goes on where it was; 0: never).
    double stallSeconds = 0.0;
    /// Threads pricing staff members in parallel (0: one per core, at most 8). The result does
    /// not depend on it.
    int threads = 0;
    /// Largest pricing state space per staff member (states; the dynamic program keeps an int per
    /// state): beyond it column generation reports itself unsupported.
    long long stateLimit = 8'000'000;
    /// Called on the calling thread with the bound once the LP has ended, and with every roster
    /// better than the previous one (checked by evaluate(); its objective), for progress displays.
    std::function<void(double lowerBound)> onBound;
    std::function<void(const Roster &roster, long long objective)> onRoster;
    /// Optional local improvement of every roster a dive completes (the LNS passes a short, cool
    /// annealing run): the result is kept when better and its rows join the columns, so later
    /// dives can use them.
    std::function<Roster(const Roster &)> polish;
    /// Optional search around the best roster whenever the dives stall (stallSeconds; the LNS
    /// passes a slice of its neighbourhood search): kept like polish's result.
    std::function<Roster(const Roster &best)> improve;
    /// Optional: a better roster found elsewhere meanwhile (the LNS's search thread), or an empty
    /// Roster when there is none new; asked whenever a dive node ends or is pruned. It is kept
    /// like polish's result (its rows join the columns), and it prunes the dives from then on.
    std::function<Roster()> incoming;
};

struct ColumnGenerationResult {
    /// Every staff rule hard, no fairness groups and every pricing state space small enough.
    bool supported = false;
    bool lpOptimal = false;   ///< pricing found no column of negative reduced cost
    double lpValue = kNaN;    ///< last restricted master LP value
    /// Lagrangian lower bound on the roster objective: LP value + Σ_staff min(0, best reduced
    /// cost) (A. A. Farley, "A note on bounding a class of linear programming problems, including
    /// cutting stock problems", Operations Research 38(5):922–923, 1990); equals the LP value when
    /// lpOptimal. NaN when no round finished.
    double lowerBound = kNaN;
    int rounds = 0;
    long long columns = 0;
    long long diveNodes = 0;     ///< dive nodes priced (each up to diveRounds pricing rounds)
    double pricingSeconds = 0.0; ///< wall-clock seconds in pricing (all threads), LP and dives
    /// A roster was found: by a dive, else (LP out of time) each member's most-used column, else
    /// (no start) each member's first column — each meets every hard rule, as every column does.
    bool hasRoster = false;
    Roster roster;
    long long objective = 0; ///< evaluate(roster).objective when hasRoster
    double lpSeconds = 0.0; ///< until the LP ended (optimal, out of time or cancelled)
    double seconds = 0.0;
};

/**
 * Column generation on the set-partitioning model of Curtois & Qu rostering: one column per
 * staff member and whole-horizon schedule (cost: that member's request penalties), one
 * convexity row per staff member (= 1) and one cover row per day and shift type with under/over
 * columns priced by the cover weights. The master LP is solved by CLP
 * (OsiClpSolverInterface, primal simplex re-solves as columns arrive); columns come from
 * cheapestSchedules() with the cover rows' duals subtracted from the cell costs. Every hard staff
 * rule lives inside the columns, so the LP bound is far stronger than the compact model's
 * (Burke & Curtois 2014; the same set-partitioning master as in branch-and-price for nurse
 * rostering, B. Jaumard, F. Semet, T. Vovor, EJOR 107(1):1–18, 1998).
 *
 * `start` (a roster meeting every hard rule, or empty) seeds the columns; without one, each
 * member's cheapest schedule under zero duals does, and that roster is the first reported. Once
 * the LP is optimal (it may take lpShare of the time limit), dives run until the limit (see
 * `dive`, diveRounds, diveFixAbove, restartAfter, polish); every roster returned is checked by
 * evaluate().
 */
ColumnGenerationResult solveNrpColumnGeneration(const NrpInstance &instance, const Roster &start,
                                                const ColumnGenerationOptions &options,
                                                const std::atomic_bool *cancel = nullptr);

} // namespace tessera::rostering

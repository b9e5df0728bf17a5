// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/nrpinstance.h"
#include "core/rostering/validator.h"

#include <atomic>
#include <limits>

namespace tessera::rostering {

struct LocalSearchOptions {
    double seconds = 1.0;       ///< wall-clock budget; ≤ 0: none (then set maxMoves)
    long long maxMoves = -1;    ///< moves to try; < 0: no limit
    unsigned seed = 1;
    /// Annealing temperatures in objective units; the temperature falls geometrically from
    /// startTemperature to endTemperature over the budget (moves when maxMoves is set, else
    /// seconds). startTemperature ≤ 0: calibrated from the instance (see improveRosterLocally()).
    double startTemperature = 0.0;
    double endTemperature = 0.0; ///< ≤ 0: startTemperature / 200
    /// Penalty per unit of a hard-rule violation while searching (never in a returned objective);
    /// ≤ 0: twice the largest weight of the instance (cover, request or soft rule), at least 100.
    long long hardWeight = 0;
    /// Stop as soon as the roster meets every hard rule (a constructive use: repairing a start).
    bool stopWhenFeasible = false;
    /// Stop once a roster meeting every hard rule has at most this objective (a proven lower
    /// bound, say: nothing better exists).
    long long stopAtObjective = std::numeric_limits<long long>::min();
};

struct LocalSearchResult {
    Roster roster;              ///< the best roster met: one meeting every hard rule when any was met
    long long objective = 0;    ///< evaluate(roster).objective
    /// The same objective as the search's incremental bookkeeping has it (equal to `objective`;
    /// kept to check that bookkeeping).
    long long trackedObjective = 0;
    bool feasible = false;      ///< roster meets every hard rule
    long long moves = 0;        ///< moves tried
    long long accepted = 0;     ///< moves taken
    double seconds = 0.0;
};

/**
 * Simulated annealing over the cells of a Curtois & Qu roster (S. Kirkpatrick, C. D. Gelatt,
 * M. P. Vecchi, "Optimization by simulated annealing", Science 220, 1983), with the move set of the
 * local searches for nurse rostering (E. K. Burke, P. De Causmaecker, G. Vanden Berghe,
 * H. Van Landeghem, "The state of the art of nurse rostering", J. Scheduling 7, 2004; and the
 * variable neighbourhood search phase of S. Rahimian, K. Akartunalı, J. Levine, EJOR 258, 2017):
 *
 *  - change: one staff member's day to another shift type or off;
 *  - swap: two staff members exchange their days over a block of 1–7 consecutive days (cover
 *    unchanged; only requests and the two persons' rules move);
 *  - day swap: one staff member's days d and d + k (1 ≤ k ≤ 7) exchanged (moves a day off or a
 *    shift within the person's week; their counts and minutes stay);
 *  - block change: a run of 2–7 days of one staff member set to one shift type or off.
 *
 * Soft staff rules (StaffMember::softWeight) and fairness groups (NrpInstance::fairnessGroups:
 * weight × (max − min) of the members' counts; each member's count is kept and a move recomputes
 * the spread of the groups whose members' counts it changes, O(group size)) are priced exactly as
 * evaluate() prices them. Hard
 * rules may be broken while searching, each unit costing `hardWeight` (a penalty method): a day
 * over, a day short of a run's minimum, a weekend or shift over, a forbidden succession count one
 * unit each, minutes one unit per started shortest-shift length (so a missing shift weighs about
 * as much as a day over). Unavailable cells (fixed days off included) and
 * shift types a person may never work (maxShifts 0, hard) are never assigned. A move's cost change is computed incrementally: cover and requests in O(1) per cell,
 * each touched person's rules by one pass over their horizon — no full evaluation.
 *
 * Temperature, when not given: the mean cost increase of 200 random moves from `start` (hard
 * weights included), so that early on a typical worsening move is taken with probability ≈ e⁻¹;
 * it then cools geometrically to 1/200 of that.
 *
 * Returns the best roster that meets every hard rule (ties: the first met), checked with
 * evaluate(); when none was met, the one with the fewest hard-rule units (feasible false).
 * `start` must match the instance's dimensions; it need not meet the hard rules. Deterministic
 * for a seed when only maxMoves limits the run. `cancel` is polled every 1024 moves.
 */
/**
 * A start roster built from each staff member's rules alone: blocks of w worked days separated by
 * o days off (minConsecutiveShifts ≤ w ≤ maxConsecutiveShifts, minConsecutiveDaysOff ≤ o ≤ that
 * + 14) at the phase that puts the fewest shifts outside the minutes range (counted in shifts of
 * the mean length), then works the fewest weekends beyond maxWeekends, then comes nearest the
 * middle of the minutes range — O(staff × 15 × (w + o) × days). A block works one shift type (so no
 * succession inside it): the type available on most of its days, then with the most allowance
 * left (maxShifts); ties between phases go to the first tried, from a random phase per person
 * (from `seed`), which spreads cover. Fixed days off, weekends and cover are left to the local search: the roster is close to
 * meeting the hard rules, not guaranteed to.
 */
Roster blockPatternRoster(const NrpInstance &instance, unsigned seed);

LocalSearchResult improveRosterLocally(const NrpInstance &instance, const Roster &start,
                                       const LocalSearchOptions &options,
                                       const std::atomic_bool *cancel = nullptr);

} // namespace tessera::rostering

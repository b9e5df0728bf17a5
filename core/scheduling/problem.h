// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <vector>

namespace tessera {

/// A break inside a shift: absolute interval indices [start, end) on the horizon, like the shift.
struct Break {
    int start = 0;
    int end = 0;
    bool operator==(const Break &) const = default;
};

/**
 * One shift of the catalog: works intervals [start, end) of the horizon (end exclusive) except its
 * breaks. In a cyclic horizon of T intervals, end may exceed T and the shift wraps to interval 0.
 * cost is per agent on this shift (currency units); max is the largest number of agents allowed
 * on it (−1 = unlimited); partTime counts it in the part-time share.
 */
struct Shift {
    QString id;
    int start = 0;
    int end = 0;
    std::vector<Break> breaks;
    double cost = 1.0;
    int max = -1;
    bool partTime = false;

    int lengthIntervals() const { return end - start; }
    /// Worked intervals (excludes breaks), each reduced modulo horizon when cyclic.
    std::vector<int> workedIntervals(int horizon, bool cyclic) const;
    bool operator==(const Shift &) const = default;
};

/// Hard side constraints. 0 / negative values mean "no limit" for maxHeadcount.
struct Constraints {
    /// Most shifts that may start on one day (1440 / intervalMinutes intervals from the horizon
    /// start); for a one-day horizon this is the headcount. 0 = no limit.
    int maxHeadcount = 0;
    /// Agents that must be on duty in every open interval (required > 0). 0 = none.
    double minStaffing = 0.0;
    /// Largest share of scheduled shifts that may be part-time, in [0, 1].
    double maxPartTimeShare = 1.0;
    bool operator==(const Constraints &) const = default;
};

enum class CoverageMode { Hard, Soft };

/**
 * Hard: scheduled ≥ required in every interval (infeasible otherwise). Soft: shortfall costs
 * underPenalty per agent-interval and excess costs overPenalty per agent-interval. In hard mode an
 * overPenalty > 0 still prices excess staffing.
 */
struct Coverage {
    CoverageMode mode = CoverageMode::Hard;
    double underPenalty = 100.0;
    double overPenalty = 0.0;
    bool operator==(const Coverage &) const = default;
};

/// Everything the set-covering solve needs, in interval units.
struct SchedulingProblem {
    int intervalMinutes = 30;
    bool cyclic = false;
    std::vector<double> demand; ///< required agents per interval (may be fractional); size = horizon
    std::vector<Shift> shifts;
    Constraints constraints;
    Coverage coverage;

    int horizon() const { return int(demand.size()); }
    int intervalsPerDay() const { return 1440 / intervalMinutes; }
    /// Throws InputError naming the shift (field "shifts[i].…") for an empty shift, an end past the
    /// horizon in a non-cyclic problem, a break outside its shift, a negative cost, a duplicate id,
    /// or out-of-range constraints.
    void validate() const;
};

} // namespace tessera

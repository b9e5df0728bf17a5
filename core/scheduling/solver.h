// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/mip.h"
#include "core/scheduling/problem.h"

#include <QMetaType>
#include <QString>

#include <atomic>
#include <functional>
#include <limits>
#include <string>
#include <vector>

class CoinPackedMatrix;

namespace tessera {

enum class SolveStatus { Optimal, Feasible, Infeasible, TimeLimit, Cancelled, Error };

/// "optimal", "feasible", "infeasible", "timeLimit", "cancelled", "error" (RESULT.json spelling).
QString statusName(SolveStatus s);
/// Inverse of statusName; throws InputError for an unknown name.
SolveStatus statusFromName(const QString &name);

/// Per-interval outcome of a schedule, all in agents (scheduled counts agents working, not on break).
struct IntervalCoverage {
    int index = 0;
    double required = 0.0;
    double scheduled = 0.0;
    double under = 0.0; ///< max(0, required − scheduled)
    double over = 0.0;  ///< max(0, scheduled − required)
    bool operator==(const IntervalCoverage &) const = default;
};

/// Why a problem cannot be solved as posed, and what to relax. kind is one of "uncovered",
/// "maxCount", "headcount", "partTimeShare", "minStaffing", "constraints", "error".
struct Diagnosis {
    QString kind;
    std::vector<int> intervals;
    QString message;
    bool operator==(const Diagnosis &) const = default;
};

/// One agent's shift in a template (work-plan) schedule: intervals [start, end) of the horizon
/// (end may exceed the horizon in a cyclic problem) and its concrete breaks (absolute intervals,
/// in rule order; breakPaid[k] tells whether break k is paid). templateIndex and group index the
/// TemplateProblem's templates and groups (templatesolver.h).
struct DecodedShift {
    QString shiftId;
    int templateIndex = 0;
    int group = 0;
    int start = 0;
    int end = 0;
    std::vector<Break> breaks;
    std::vector<bool> breakPaid;
    bool operator==(const DecodedShift &) const = default;
};

/// The outcome of a solve. shiftCounts follows the problem's shift order (empty: no solution).
struct SolveResult {
    SolveStatus status = SolveStatus::Error;
    double objective = kNaN; ///< shift costs + coverage penalties of the incumbent
    double bestBound = kNaN; ///< proven lower bound on the objective
    double gap = kNaN;       ///< (objective − bestBound) / |objective|, 0 when proven optimal
    double seconds = 0.0;    ///< wall-clock solve time
    std::vector<QString> shiftIds;
    std::vector<int> shiftCounts;
    std::vector<IntervalCoverage> intervals;
    std::vector<Diagnosis> diagnosis;
    /// A template solve's shifts, one per agent, with the break times the model placed
    /// (toSolveResult(); shiftCounts then counts them per variant). Empty for catalog solves.
    std::vector<DecodedShift> placedShifts;

    bool hasSolution() const { return !shiftCounts.empty(); }
    bool operator==(const SolveResult &o) const;
};

/// Totals a planner reads off the summary. Agent-hours = agent-intervals × interval minutes / 60.
struct CoverageSummary {
    double shiftCost = 0.0;
    int shifts = 0;
    double requiredAgentHours = 0.0;
    double scheduledAgentHours = 0.0;
    double underAgentHours = 0.0;
    double overAgentHours = 0.0;
    double underPercent = 0.0; ///< under / required agent-hours × 100
    double overPercent = 0.0;  ///< over / required agent-hours × 100
};

struct SolveOptions {
    double timeLimitSeconds = 60.0; ///< wall-clock limit; ≤ 0 means none
    double relativeGap = 0.0;       ///< stop when (incumbent − bound)/incumbent ≤ this
    /// Names interval i in messages (e.g. "Sun 07:30"); defaults to "interval i".
    std::function<QString(int)> intervalLabel;
};


/// Coverage of a given shift count vector (size = shifts) against the problem's demand.
std::vector<IntervalCoverage> evaluateCoverage(const SchedulingProblem &p, const std::vector<int> &counts);
/// Objective of a count vector: Σ cost·n + underPenalty·Σunder (soft only) + overPenalty·Σover.
double evaluateObjective(const SchedulingProblem &p, const std::vector<int> &counts);
/// Shift costs are looked up by shift id (the result's shiftIds), so a result stays summable after
/// catalog edits; shifts no longer in p cost nothing.
CoverageSummary summarize(const SchedulingProblem &p, const SolveResult &r);

/**
 * Which parts of the model to build: used by the solve, by infeasibility diagnosis (drop one
 * constraint group at a time, or make coverage elastic), and by the MPS export.
 */
struct ModelVariant {
    bool dropHeadcount = false;
    bool dropPartTimeShare = false;
    bool dropMinStaffing = false;
    bool dropMaxCounts = false;
    bool elastic = false;           ///< every coverage row gets a shortfall column of cost 1, shifts cost 0
    bool minimizeHeadcount = false; ///< one integer column h, daily starts ≤ h, minimise h
};

/**
 * The set-covering integer program, built column by column (sparse: one column per shift holding
 * only the intervals it works, plus its day's headcount row and the part-time row).
 *   min Σ_s c_s x_s + p_u Σ_t u_t + p_o Σ_t o_t
 *   s.t. Σ_{s works t} x_s + u_t − o_t  (≥ or =)  d_t        for each interval t
 *        Σ_{s works t} x_s ≥ f                              open intervals with d_t < f
 *        Σ_{s starts on day k} x_s ≤ H                      each day k
 *        Σ_s (pt_s − P) x_s ≤ 0                             part-time share P
 *        0 ≤ x_s ≤ max_s integer,  u, o ≥ 0 (u only in soft mode, o only when p_o > 0)
 * This is Dantzig's set-covering formulation of shift scheduling (G. B. Dantzig, "A comment on
 * Edie's traffic delays at toll booths", Operations Research 2(3):339–341, 1954).
 */
struct CoveringModel : MipModel {
    int shiftColumns = 0;           ///< columns [0, shiftColumns) are the shifts, in order
    std::vector<int> shortfallColumn; ///< per interval, the u_t column or −1
    int headcountColumn = -1;
};
CoveringModel buildCoveringModel(const SchedulingProblem &p, const ModelVariant &v = {});

/**
 * Solves p with COIN-OR CBC (CbcModel over OsiClpSolverInterface) on the calling thread.
 * `cancel` is polled from CBC's event handler; once set, CBC stops at its next event and the
 * best solution found so far is kept (status Cancelled). `progress` is called at most every
 * 100 ms from the calling thread. When hard coverage is infeasible the result carries diagnosis
 * entries from diagnoseInfeasibility(). Input errors (see SchedulingProblem::validate) throw.
 */
SolveResult solveSchedule(const SchedulingProblem &p, const SolveOptions &options,
                          const std::atomic_bool *cancel = nullptr,
                          const std::function<void(const SolveProgress &)> &progress = {});

/**
 * Explains why hard coverage cannot be met. First static checks: intervals with demand that no
 * shift works ("uncovered"), intervals whose demand (or floor) exceeds what the shifts' max counts
 * allow ("maxCount"). Otherwise LP re-solves with one constraint group dropped at a time name the
 * binding group ("headcount" with the smallest daily headcount that works, "partTimeShare",
 * "minStaffing", "maxCount"), and an elastic LP names the intervals left short. Empty when the
 * LP relaxation is feasible with every constraint.
 */
std::vector<Diagnosis> diagnoseInfeasibility(const SchedulingProblem &p, const SolveOptions &options = {});

} // namespace tessera

Q_DECLARE_METATYPE(tessera::SolveResult)

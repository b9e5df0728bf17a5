// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/nrpinstance.h"
#include "core/rostering/validator.h"
#include "core/scheduling/mip.h"

#include <atomic>
#include <functional>

namespace tessera::rostering {

/**
 * The cells of a roster a large-neighbourhood search re-optimises: the listed staff members on the
 * days firstDay..lastDay (inclusive). Everything else stays as in the current roster.
 */
struct NrpNeighbourhood {
    std::vector<int> staff; ///< staff indices, each at most once
    int firstDay = 0;
    int lastDay = -1;       ///< < firstDay: up to the last day of the horizon
};

/**
 * The integer program of solveNrp() (formulation below), restricted to a neighbourhood: columns
 * exist only for its free cells (staff in the neighbourhood, days in its window, not a fixed day
 * off); the cells outside enter each row as a constant taken from the current roster, and rows
 * of hard rules left without a free cell are dropped (the current roster already meets them).
 * Soft rules (StaffMember::softWeight) may be broken by the fixed part: a soft row without a free
 * cell adds weight × its violation to `constant`, and the soft rules of staff outside the
 * neighbourhood are priced into `constant` as evaluate() counts them (the same units). So a
 * neighbourhood of k staff × w days over T shift types has at most k·w·T shift columns whatever the
 * instance's size, plus 2·w·T cover columns, k·⌈w/7⌉+1 weekend columns and one slack column per
 * soft row with a free cell.
 *
 * Without a neighbourhood it is the full model (every cell free; `current` is then not needed).
 * Columns are in this order: shift columns x (kind Shift), then under/over cover (Under, Over),
 * then weekend indicators (Weekend), then slacks of soft rows (Slack), then per active fairness
 * group its hi and lo columns (FairMax, FairMin); `columns` describes each. Fairness rows of the
 * staff outside the neighbourhood hold only their constant count (hi ≥ it ≥ lo), so the spread is
 * exact whichever staff are free.
 */
struct NrpModel {
    enum class Kind { Shift, Under, Over, Weekend, Slack, FairMax, FairMin };
    struct Column {
        Kind kind;
        int staff = -1; ///< Shift, Weekend, Slack
        int day = -1;   ///< Shift, Under, Over; Slack: the day evaluate() blames (−1: whole horizon)
        /// Shift type (Shift, Under, Over), weekend number (Weekend), the MIP row the slack
        /// relaxes (Slack) or the index into NrpInstance::fairnessGroups (FairMax, FairMin).
        int index = -1;
        StaffRule rule = StaffRule::MaxShifts; ///< Slack: the soft rule
    };
    MipModel mip;
    std::vector<Column> columns;
    /// Objective of a roster = MIP objective + constant (the on-request weights of the free cells,
    /// plus every penalty of the fixed part of the current roster, which no column can change).
    double constant = 0.0;

    /// The MIP column values of `roster` (which must agree with the fixed part): a MIP start.
    /// Slacks take the violation of their row by the other columns.
    std::vector<double> columnValues(const NrpInstance &instance, const Roster &roster) const;
    /// `base` with the free cells read from a MIP solution (x > 0.5).
    Roster apply(const Roster &base, const std::vector<double> &solution) const;
};

/**
 * Builds the model of solveNrp() for the whole instance (neighbourhood null) or for one
 * neighbourhood around `current`, a roster meeting every hard rule (required with a
 * neighbourhood). Memory and time are proportional to the neighbourhood's cells plus the
 * instance's requests and days × shift types, never to staff × days of the whole instance.
 */
NrpModel buildNrpModel(const NrpInstance &instance, const Roster *current = nullptr,
                       const NrpNeighbourhood *neighbourhood = nullptr);

struct RosterResult {
    Roster roster;              ///< read from the MIP solution (all days off when !hasSolution)
    double objective = kNaN;    ///< Curtois & Qu objective of `roster` (= evaluate(roster).objective)
    double bestBound = kNaN;    ///< CBC's lower bound, shifted by the same constant as the objective
    double seconds = 0.0;
    bool provenOptimal = false;
    bool hasSolution = false;
    bool provenInfeasible = false; ///< no roster meets the hard rules (bestBound is then NaN)
    double secondsToBest = kNaN;   ///< when the final roster was found (solveNrpLns)
    long long iterations = 0;      ///< neighbourhoods solved (solveNrpLns)
};

/**
 * Solves a Curtois & Qu instance with an integer program, the standard nurse-rostering
 * formulation that T. Curtois, R. Qu, "Computational results on new staff scheduling benchmark
 * instances" (2014) solve with Gurobi. Built sparse (MipModel, column by column) and solved by CBC.
 *
 * Variables: x[e,d,t] ∈ {0,1} — staff e works shift t on day d (no column at all on a fixed day off
 * or where e is unavailable for t, NrpInstance::isUnavailable());
 * u[d,t], v[d,t] ∈ ℤ≥0 — persons short of / above the cover requirement (only where a weight is
 * non-zero); w[e,k] ∈ {0,1} — e works weekend k (only when maxWeekends binds or e is in a weekend
 * fairness group); hi[g], lo[g] ≥ 0 continuous — the largest / smallest count of fairness group g
 * (NrpInstance::fairnessGroups, only groups with weight > 0 and two members or more). y[e,d] below
 * is shorthand for Σ_t x[e,d,t], never a column.
 *
 * Objective: Σ WeightUnder·u + WeightOver·v + Σ_{off requests} weight·x[e,d,t]
 *            − Σ_{on requests} weight·x[e,d,t] + Σ_g weight_g·(hi[g] − lo[g])
 *            (+ the constant Σ_{on requests} weight, kept out of the MIP and added back to
 *            objective and bound).
 *
 * Staff rules, exactly as evaluate() checks them (hard; soft ones below):
 *  - one shift a day: y[e,d] ≤ 1;
 *  - forbidden successions: x[e,d,t] + Σ_{t' may not follow t} x[e,d+1,t'] ≤ 1, with the pairs
 *    forbidden for e (instance-wide and e's own, NrpInstance::forbiddenSuccession(e, t, t')), one row
 *    per price of t' (NrpInstance::successionPrice(); one shift a day makes each row exact);
 *  - max shifts per type: Σ_d x[e,d,t] ≤ maxShifts[t];
 *  - minutes: minTotal ≤ Σ_{d,t} len(t)·x[e,d,t] ≤ maxTotal;
 *  - max consecutive shifts C: Σ_{i=d}^{d+C} y[e,i] ≤ C for every window inside the horizon;
 *  - min consecutive shifts m: for 1 ≤ k < m and every d with d−1 ≥ 0, d+k ≤ H−1 (patterns strictly
 *    inside the horizon — the benchmark's boundary convention):
 *      Σ_{i=d}^{d+k−1} y[e,i] − y[e,d−1] − y[e,d+k] ≤ k − 1   (forbids "off, k on, off");
 *  - min consecutive days off m: likewise y[e,d−1] + y[e,d+k] − Σ_{i=d}^{d+k−1} y[e,i] ≤ 1
 *    (forbids "on, k off, on");
 *  - max weekends W: w[e,k] ≥ y[e,sat_k], w[e,k] ≥ y[e,sun_k] (sat_k = 7k+5, sun_k = 7k+6 when inside
 *    the horizon), Σ_k w[e,k] ≤ W;
 *  - cover (soft): Σ_e x[e,d,t] + u[d,t] − v[d,t] = requirement;
 *  - fairness (soft, FairnessGroup; the max − min balance term of Burke, De Causmaecker, Vanden
 *    Berghe, Van Landeghem, J. Scheduling 7 (2004)): for each member e, lo[g] ≤ count_e ≤ hi[g]
 *    with count_e = Σ_k w[e,k] (weekend groups; then also w[e,k] ≤ y[e,sat_k] + y[e,sun_k], so w is
 *    exactly "weekend worked") or Σ_{d, t counted} x[e,d,t]. At the optimum hi − lo = the spread.
 *
 * Soft staff rules (StaffMember::softWeight[rule] = c > 0): each row of that rule gets a slack
 * s ≥ 0 (continuous; integral at any integer x) with cost c, relaxing its one bound: a ≤ row
 * becomes a·x − s ≤ b, a ≥ row a·x + s ≥ b. The minutes row is then split into a ≤ maxTotal row
 * and a ≥ minTotal row. The least slacks of a roster equal evaluate()'s amounts: shifts over per
 * type, minutes over / short, weekends over, 1 per forbidden pair worked (its row's cost is that
 * pair's price) and m − k days short per run of k < m (exactly one min-consecutive pattern row
 * matches a run; its slack costs (m − k) · c), and for max consecutive shifts the
 * windows of C+1 worked days, of which a run of C + k days has k. So MIP objective + constant =
 * evaluate(roster).objective, rule penalties included. Soft rows span the whole horizon in a
 * neighbourhood model (outside the window they are constants).
 *
 * Left out because they cannot bind: x columns for a type with a hard maxShifts 0 (x = 0), the one-shift
 * row when there is a single shift type, max-shifts rows with maxShifts ≥ H, the weekend rows when
 * W ≥ the number of weekends, cover rows (and u, v) with both weights zero.
 *
 * CBC runs with relative gap 0: it stops at proven optimality, the time limit or `cancel`. The
 * roster is read from x (> 0.5) and scored by evaluate(), which equals the MIP objective plus the
 * constant. All objective coefficients are integers, so the bound reported is CBC's bound (plus the
 * constant) rounded up; provenOptimal also holds when that bound reaches the objective.
 * `progress` receives CBC's snapshots with incumbent and bound shifted by the constant.
 * timeLimitSeconds ≤ 0: no limit. With an active fairness group, improveRosterLocally() first
 * anneals blockPatternRoster() for a tenth of the time limit (at least 0.2 s; without a limit 1000
 * moves per staff-day), and its roster, when it meets every hard rule, is CBC's MIP start. A
 * `start` roster meeting every hard rule is the MIP start instead (no annealing then), so the
 * result is never worse than it; one not of the instance's shape throws (requireRosterOf()). hasSolution is false (and the
 * roster all days off) when CBC found no feasible roster in time or the instance is infeasible.
 */
RosterResult solveNrp(const NrpInstance &instance, double timeLimitSeconds, const std::atomic_bool *cancel = nullptr,
                      const std::function<void(const SolveProgress &)> &progress = {}, const Roster *start = nullptr);

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/solver.h"
#include "core/scheduling/templates.h"

#include <atomic>
#include <functional>
#include <vector>

namespace tessera {

/**
 * A week-level scheduling problem stated with shift templates instead of a shift list: the
 * horizon (grid: 1–6 weeks, the site's zone), per-skill requirements (agents per interval), agent
 * groups with skill sets, and the templates. Coverage: Hard (every skill's requirement met) or
 * Soft (shortfall priced at underPenalty per agent-interval; overPenalty is not used here).
 */
struct TemplateProblem {
    IntervalGrid grid;
    bool cyclic = false;
    std::vector<ShiftTemplate> templates;
    std::vector<Skill> skills;
    std::vector<AgentGroup> groups;
    Coverage coverage;

    /// Throws InputError (file, row 0, field "skills[i].demand", "groups[i].skills",
    /// "templates[i].groups", …) for no skill or group, a demand of the wrong length or negative,
    /// duplicate names, unknown skills or groups, and every template error (validateTemplates).
    void validate(const QString &file = {}) const;
};

enum class BreakModel {
    Implicit,   ///< Aykin (1996) break variables linked to the shift variables
    Explicit,   ///< every combination of break positions is its own column (baseline, cross-check)
    Aggregated  ///< Bechtold & Jacobs (1990) break variables per start time, shared by all shifts
};

/**
 * The covering model over template shift variants, for every agent group g that may work them.
 *
 * Implicit breaks — A. Aykin, "Optimal shift scheduling with multiple break windows",
 * Management Science 42(4):591–602, 1996: integer x[g,s] agents on shift variant s, and for each
 * break rule k of s and each start t in its window an integer b[g,s,k,t], with
 *     Σ_t b[g,s,k,t] = x[g,s]                                 (each agent takes break k once)
 * and, since our windows may overlap, the precedence rows (for windows that interact only)
 *     Σ_{t' ≤ t} b[g,s,k,t'] ≤ Σ_{t'' + dur_{k−1} + gap_k ≤ t} b[g,s,k−1,t'']   for t in W_k
 * (by time t no more k-th breaks have started than (k−1)-th breaks have ended plus the gap;
 * with integer counts this is exactly what allows pairing the i-th earliest k−1 and k breaks, see
 * decodeSchedule()). On-duty agents of g in interval i: n[g,i] = Σ_{s works i} x − Σ_{break
 * covers i} b. The model thus has Σ|W| break columns per shift instead of Π|W| combinations.
 *
 * Multi-skill coverage: continuous allocations a[g,k,i] ≥ 0 for each skill k of group g,
 *     Σ_k a[g,k,i] ≤ n[g,i]                 (an agent serves one skill at a time)
 *     Σ_g a[g,k,i] + u[k,i] ≥ demand[k,i]   (u only in soft mode, cost underPenalty)
 * (the transportation-style allocation of a multi-skill set-covering model, as in Bhulai, Koole
 * & Pot, "Simple methods for shift scheduling in multiskill call centers", M&SOM 10(3):411–420,
 * 2008). With one group and one skill the allocation is dropped and n[0,i] + u[i] ≥ demand[i].
 * Side rows: Σ x of a template starting on one day ≤ maxPerDay; Σ x of a group starting on one
 * day ≤ maxHeadcount. Objective: Σ cost_s x[g,s] + underPenalty Σ u.
 *
 * Explicit: the same rows without b, allocation and precedence; one integer column per
 * (g, s, combination of break starts respecting windows and gaps).
 *
 * Aggregated breaks — S. E. Bechtold, L. W. Jacobs, "Implicit modeling of flexible break
 * assignments in optimal shift scheduling", Management Science 36(11):1339–1351, 1990: one
 * integer y[g,c,t] per break class c (template, rule) and start t, shared by every shift of the
 * class, with B&J's forward and backward conditions: for every t, the shifts whose window has
 * closed by t have their breaks among those started by t, X_L(t) ≤ Y(t), and no more breaks have
 * started than shifts whose window has opened, Y(t) ≤ X_E(t) (X_E, X_L, Y cumulative counts).
 * They are written as two flow chains with continuous stocks s_t = X_E(t) − Y(t) ≥ 0 and
 * r_t = Y(t) − X_L(t) ≥ 0, so each x and y enters two chain rows (sparse, unlike the cumulative
 * sums). Valid when windows of a class do not nest strictly (B&J's "no extraordinary overlap")
 * and a shift's breaks cannot interact (each window ends, with the gap, before the next opens);
 * then pairing the i-th shift of the class in window order with the i-th break start is
 * feasible, which is how decodeSchedule() assigns them. Where the conditions fail the builder
 * falls back to Implicit (m.kind says which model was built).
 */
struct TemplateModel : MipModel {
    BreakModel kind = BreakModel::Implicit;
    std::vector<GeneratedShift> variants;
    struct ShiftColumn {
        int group = 0;
        int variant = 0;
        int col = 0;
        std::vector<int> breakStarts; ///< Explicit only: the combination's break starts, rule order
    };
    struct BreakColumn {
        int shiftColumn = 0; ///< index into shiftColumns
        int window = 0;      ///< index into the variant's windows
        int start = 0;       ///< absolute start interval
        int col = 0;
    };
    struct AllocColumn {
        int group = 0, skill = 0, interval = 0, col = 0;
    };
    std::vector<ShiftColumn> shiftColumns;
    std::vector<BreakColumn> breakColumns;
    struct AggregatedColumn {
        int group = 0, templateIndex = 0, rule = 0;
        int start = 0, duration = 0, col = 0;
    };
    std::vector<AllocColumn> allocColumns;
    std::vector<AggregatedColumn> aggregatedColumns; ///< Aggregated only: y[g,c,t]
    std::vector<std::vector<int>> underColumn; ///< [skill][interval], −1 where none
    bool direct = false;                      ///< one group, one skill: no allocation columns
};

/// Builds the model (validates p first; throws InputError).
TemplateModel buildTemplateModel(const TemplateProblem &p, BreakModel kind = BreakModel::Implicit);

/**
 * Concrete shifts from a solution of m: round(x) agents per shift column; for the implicit model
 * each agent's breaks come from the b counts — the i-th agent of a shift takes the i-th earliest
 * start of every break rule, which respects windows and gaps whenever the precedence rows hold.
 */
std::vector<DecodedShift> decodeSchedule(const TemplateModel &m, const std::vector<double> &solution);

/// Agents on duty (working, not on break) per group and interval, counted from concrete shifts.
std::vector<std::vector<double>> onDutyFromShifts(const TemplateProblem &p, const std::vector<DecodedShift> &shifts);
/// The same from the model's variables (Σ x − Σ b), for cross-checking decodeSchedule().
std::vector<std::vector<double>> onDutyFromModel(const TemplateProblem &p, const TemplateModel &m,
                                                 const std::vector<double> &solution);

struct TemplateSolveResult {
    SolveStatus status = SolveStatus::Error;
    double objective = kNaN;
    double bestBound = kNaN;
    double gap = kNaN;
    double seconds = 0.0;
    int columns = 0, rows = 0, nonzeros = 0, variants = 0;
    QString breakModel; ///< the model built: "implicit", "aggregated" or "explicit"
    std::vector<DecodedShift> shifts;
    std::vector<std::vector<double>> onDuty; ///< [group][interval]
    /// [skill][interval]: required, scheduled = agents allocated to the skill, under, over.
    std::vector<std::vector<IntervalCoverage>> skillCoverage;
    /// When hard coverage is infeasible: "uncovered" entries naming, per skill, the intervals with
    /// demand that no shift variant of a group with that skill spans.
    std::vector<Diagnosis> diagnosis;
    bool hasSolution() const { return status != SolveStatus::Infeasible && status != SolveStatus::Error && !skillCoverage.empty(); }
};

/// Builds, solves with solveMip (progress/cancel/time limit as solveSchedule) and decodes.
TemplateSolveResult solveTemplates(const TemplateProblem &p, const SolveOptions &options,
                                   BreakModel kind = BreakModel::Implicit, const std::atomic_bool *cancel = nullptr,
                                   const std::function<void(const SolveProgress &)> &progress = {});

/// A SolveResult view for the existing RESULT.json keys and summaries: shiftCounts per variant
/// scheduled, intervals = all skills together (required = Σ demand, scheduled = Σ on duty), and
/// placedShifts = r.shifts (each agent's shift with its break times; the project file keeps them).
SolveResult toSolveResult(const TemplateProblem &p, const TemplateSolveResult &r);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"
#include "core/scheduling/solver.h"
#include "core/scheduling/templatesolver.h"
#include "core/staffing/requirements.h"
#include "core/time/intervalgrid.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tessera {

/// Another queue (skill or channel) worked by the project's agents: its own forecast on the
/// project's grid and its own staffing target.
struct Queue {
    QString name;
    StaffingParams staffing;
    std::vector<ForecastInterval> forecast;
    bool operator==(const Queue &) const = default;
};

/**
 * A planning project: what a .tessera file and a PROBLEM.json hold.
 *
 * The horizon is `intervalCount()` intervals of `intervalMinutes` from `start` in `timeZone`.
 * Required staff comes from `demand` when it is given (agents per interval), otherwise from the
 * forecasts: the first queue (`queueName`, `forecast`, `staffing`) and any `moreQueues`, each
 * staffed with its own target (computeRequirements()) and summed unrounded per interval.
 */
struct Project {
    QString name;
    QByteArray timeZone = "UTC"; ///< IANA id, e.g. "Asia/Jerusalem"
    QDateTime start;             ///< first interval start (in timeZone); invalid = 2000-01-01 00:00
    int intervalMinutes = 30;
    bool cyclic = false;
    QString queueName; ///< name of the first queue (may be empty with a single queue)
    std::vector<ForecastInterval> forecast;
    std::vector<double> demand; ///< explicit required agents per interval; overrides the forecast
    StaffingParams staffing;
    std::vector<Queue> moreQueues; ///< further queues, each with intervalCount() forecast intervals
    std::vector<Shift> shifts;
    /// Shift templates (work plans); when non-empty, solving expands them (templatesolver.h)
    /// instead of using the explicit `shifts` catalog.
    std::vector<ShiftTemplate> templates;
    /// Per-skill requirements and agent groups for the template model. Empty skills: one skill
    /// (the queue name, or "default") with requiredStaff(); empty groups: one group "agents" with
    /// every skill and constraints.maxHeadcount as its daily headcount.
    std::vector<Skill> skills;
    std::vector<AgentGroup> groups;
    Constraints constraints;
    Coverage coverage;
    double solveTimeLimitSeconds = 60.0;
    double solveRelativeGap = 0.0;
    std::optional<SolveResult> lastResult;
    /// Named agents, their contracts and their assigned shifts on this horizon (may be empty).
    /// Its intervalMinutes, days and firstWeekday follow the project's grid (rosterBase()); its
    /// `required` stays empty (derived: see currentRoster()).
    rostering::AgentRoster roster;

    int intervalCount() const { return int(demand.empty() ? forecast.size() : demand.size()); }
    QTimeZone zone() const;
    QDateTime effectiveStart() const;
    IntervalGrid grid() const;
    /// The first queue's requirements per interval; empty with explicit demand. Throws InputError.
    std::vector<IntervalRequirement> requirements() const;
    /// Number of queues (1 + moreQueues), and queue q as a Queue (q = 0: the first queue).
    int queueCount() const { return 1 + int(moreQueues.size()); }
    Queue queue(int q) const;
    /// Requirements of every queue (index as queue()); empty with explicit demand. Throws
    /// InputError naming the queue (field "<name>.<field>") for bad forecasts or targets.
    std::vector<std::vector<IntervalRequirement>> queueRequirements() const;
    /// Required agents to schedule per interval (gross of shrinkage). Throws InputError.
    std::vector<double> requiredStaff() const;
    /// The solver's input. Throws InputError for bad forecasts.
    SchedulingProblem toProblem() const;
    /// The template model's input (grid, templates, skills, groups, coverage). Throws InputError.
    TemplateProblem toTemplateProblem() const;
    /// The shifts a result's shiftIds name, for pricing and listing it: the catalog `shifts`, or
    /// for a work-plan result (r.placedShifts) the template variants on this grid with their
    /// costs, ids prefixed "<group>:" when there are several groups (as toSolveResult()). Empty
    /// when the templates no longer expand (e.g. edited into an invalid state since the solve).
    std::vector<Shift> resultShifts(const SolveResult &r) const;
    /// Solve options with interval labels from the grid ("Sun 07:30").
    SolveOptions solveOptions() const;
    bool hasObservedStaffing() const;
    /// The service each interval of queue q gets from result r's scheduled agents
    /// (predictService), or an empty vector when r has no solution, the project has no forecast,
    /// or they do not match. With several queues the scheduled agents are shared in proportion to
    /// the queues' required agents in that interval.
    std::vector<IntervalRequirement> achievedService(const SolveResult &r, int q = 0) const;

    /// An empty roster on this project's grid: intervalMinutes, days (whole days, rounded up) and
    /// firstWeekday of the start date; no requirement. Days are counted in elapsed time (1440
    /// minutes), so a horizon over a DST change shifts by an hour after it — the same convention
    /// as forecasting.
    rostering::AgentRoster rosterBase() const;
    /// What the validator and the views work on. Without a horizon of the project's own
    /// (intervalCount() == 0) the roster itself, unchanged. Otherwise `roster` with the grid fields
    /// of rosterBase() (and its weekend days while the roster has no agents and no contracts) and
    /// its requirement: required[name] = the gross requirement of each queue
    /// whose name is a skill of the roster's agents or shifts (skill-based routing: a queue is a
    /// skill), and required[""] = the rest of requiredStaff() (all of it with explicit demand or
    /// no matching queue). `queues` and `total` are queueRequirements() and requiredStaff();
    /// currentRoster() computes them (no requirement when they cannot be computed).
    rostering::AgentRoster rosterWithRequirement(const std::vector<std::vector<IntervalRequirement>> &queues,
                                                 const std::vector<double> &total) const;
    rostering::AgentRoster currentRoster() const;

    bool operator==(const Project &o) const;
};

} // namespace tessera

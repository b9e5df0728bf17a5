// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/solver.h"
#include "core/staffing/requirements.h"
#include "core/time/intervalgrid.h"

#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tessera {

/**
 * A planning project: what a .tessera file and a PROBLEM.json hold.
 *
 * The horizon is `intervalCount()` intervals of `intervalMinutes` from `start` in `timeZone`.
 * Required staff comes from `demand` when it is given (agents per interval), otherwise from the
 * forecast by Erlang C with `staffing` (see computeRequirements()).
 */
struct Project {
    QString name;
    QByteArray timeZone = "UTC"; ///< IANA id, e.g. "Asia/Jerusalem"
    QDateTime start;             ///< first interval start (in timeZone); invalid = 2000-01-01 00:00
    int intervalMinutes = 30;
    bool cyclic = false;
    std::vector<ForecastInterval> forecast;
    std::vector<double> demand; ///< explicit required agents per interval; overrides the forecast
    StaffingParams staffing;
    std::vector<Shift> shifts;
    Constraints constraints;
    Coverage coverage;
    double solveTimeLimitSeconds = 60.0;
    double solveRelativeGap = 0.0;
    std::optional<SolveResult> lastResult;

    int intervalCount() const { return int(demand.empty() ? forecast.size() : demand.size()); }
    QTimeZone zone() const;
    QDateTime effectiveStart() const;
    IntervalGrid grid() const;
    /// Erlang C per interval; empty when the project has explicit demand. Throws InputError.
    std::vector<IntervalRequirement> requirements() const;
    /// Required agents to schedule per interval (gross of shrinkage). Throws InputError.
    std::vector<double> requiredStaff() const;
    /// The solver's input. Throws InputError for bad forecasts.
    SchedulingProblem toProblem() const;
    /// Solve options with interval labels from the grid ("Sun 07:30").
    SolveOptions solveOptions() const;
    bool hasObservedStaffing() const;
    /// The service each interval gets from result r's scheduled agents (predictService), or an
    /// empty vector when r has no solution, the project has no forecast, or they do not match.
    std::vector<IntervalRequirement> achievedService(const SolveResult &r) const;

    bool operator==(const Project &o) const;
};

} // namespace tessera

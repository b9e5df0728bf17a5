// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include <algorithm>

namespace tessera {

QTimeZone Project::zone() const
{
    QTimeZone tz(timeZone);
    return tz.isValid() ? tz : QTimeZone::utc();
}

QDateTime Project::effectiveStart() const
{
    return start.isValid() ? start.toTimeZone(zone()) : QDateTime(QDate(2000, 1, 1), QTime(0, 0), zone());
}

IntervalGrid Project::grid() const
{
    return IntervalGrid(effectiveStart(), intervalMinutes, intervalCount());
}

std::vector<IntervalRequirement> Project::requirements() const
{
    if (!demand.empty())
        return {};
    return computeRequirements(forecast, intervalMinutes, staffing);
}

std::vector<double> Project::requiredStaff() const
{
    if (!demand.empty())
        return demand;
    std::vector<double> out;
    for (const IntervalRequirement &r : requirements())
        out.push_back(r.grossAgents);
    return out;
}

SchedulingProblem Project::toProblem() const
{
    SchedulingProblem p;
    p.intervalMinutes = intervalMinutes;
    p.cyclic = cyclic;
    p.demand = requiredStaff();
    p.shifts = shifts;
    p.constraints = constraints;
    p.coverage = coverage;
    return p;
}

SolveOptions Project::solveOptions() const
{
    SolveOptions o;
    o.timeLimitSeconds = solveTimeLimitSeconds;
    o.relativeGap = solveRelativeGap;
    const IntervalGrid g = grid();
    if (start.isValid()) {
        o.intervalLabel = [g](int i) { return g.label(i); };
    } else { // no calendar anchor (e.g. a PROBLEM.json without "start"): day number and time
        const int len = intervalMinutes;
        o.intervalLabel = [len](int i) {
            const int perDay = 1440 / len, minute = (i % perDay) * len;
            return QStringLiteral("day %1 %2:%3").arg(i / perDay + 1).arg(minute / 60, 2, 10, QLatin1Char('0')).arg(minute % 60, 2, 10, QLatin1Char('0'));
        };
    }
    return o;
}

bool Project::hasObservedStaffing() const
{
    return std::any_of(forecast.begin(), forecast.end(),
                       [](const ForecastInterval &f) { return !std::isnan(f.observedBusy); });
}

std::vector<IntervalRequirement> Project::achievedService(const SolveResult &r) const
{
    std::vector<IntervalRequirement> out;
    if (!r.hasSolution() || forecast.empty() || r.intervals.size() != forecast.size())
        return out;
    for (size_t t = 0; t < forecast.size(); ++t)
        out.push_back(predictService(forecast, int(t), intervalMinutes, staffing, r.intervals[t].scheduled));
    return out;
}

bool Project::operator==(const Project &o) const
{
    return name == o.name && timeZone == o.timeZone && effectiveStart() == o.effectiveStart()
        && intervalMinutes == o.intervalMinutes && cyclic == o.cyclic && forecast == o.forecast && demand == o.demand
        && staffing == o.staffing && shifts == o.shifts && constraints == o.constraints && coverage == o.coverage
        && solveTimeLimitSeconds == o.solveTimeLimitSeconds && solveRelativeGap == o.solveRelativeGap
        && lastResult == o.lastResult;
}

} // namespace tessera

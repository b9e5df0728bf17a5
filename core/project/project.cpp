// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/project.h"

#include "core/error.h"

#include <QLocale>
#include <QSet>

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

Queue Project::queue(int q) const
{
    if (q == 0)
        return Queue{queueName, staffing, forecast};
    return moreQueues.at(q - 1);
}

std::vector<std::vector<IntervalRequirement>> Project::queueRequirements() const
{
    std::vector<std::vector<IntervalRequirement>> out;
    if (!demand.empty())
        return out;
    for (int q = 0; q < queueCount(); ++q) {
        const Queue qu = queue(q);
        if (qu.forecast.size() != forecast.size())
            throw InputError(QString(), 0, qu.name + QStringLiteral(".forecast"),
                             Tr::tr("queue '%1' has %2 intervals, the project %3").arg(qu.name).arg(qu.forecast.size()).arg(forecast.size()));
        try {
            out.push_back(computeRequirements(qu.forecast, intervalMinutes, qu.staffing));
        } catch (const InputError &e) {
            if (queueCount() == 1)
                throw;
            throw InputError(e.file(), e.row(), qu.name + QLatin1Char('.') + e.field(), e.reason());
        }
    }
    return out;
}

std::vector<double> Project::requiredStaff() const
{
    if (!demand.empty())
        return demand;
    return totalGrossAgents(queueRequirements());
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

TemplateProblem Project::toTemplateProblem() const
{
    TemplateProblem p;
    p.grid = grid();
    p.cyclic = cyclic;
    p.templates = templates;
    p.skills = skills;
    p.groups = groups;
    p.coverage = coverage;
    if (p.skills.empty())
        p.skills.push_back({queueName.isEmpty() ? QStringLiteral("default") : queueName, requiredStaff()});
    if (p.groups.empty()) {
        AgentGroup all{QStringLiteral("agents"), {}, constraints.maxHeadcount};
        for (const Skill &s : p.skills)
            all.skills << s.name;
        p.groups.push_back(all);
    }
    return p;
}

std::vector<Shift> Project::resultShifts(const SolveResult &r) const
{
    if (r.placedShifts.empty())
        return shifts;
    std::vector<Shift> out;
    try {
        const TemplateProblem p = toTemplateProblem();
        const std::vector<GeneratedShift> variants = generateShifts(p.templates, p.grid, p.cyclic);
        for (const AgentGroup &g : p.groups)
            for (const GeneratedShift &v : variants) {
                if (!p.templates[v.templateIndex].groups.isEmpty() && !p.templates[v.templateIndex].groups.contains(g.name))
                    continue;
                out.push_back(v.shift);
                if (p.groups.size() > 1)
                    out.back().id = g.name + QLatin1Char(':') + v.shift.id;
            }
    } catch (const InputError &) {
        out.clear();
    }
    return out;
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

std::vector<IntervalRequirement> Project::achievedService(const SolveResult &r, int q) const
{
    std::vector<IntervalRequirement> out;
    if (!r.hasSolution() || forecast.empty() || r.intervals.size() != forecast.size() || q < 0 || q >= queueCount())
        return out;
    const Queue qu = queue(q);
    std::vector<std::vector<IntervalRequirement>> all;
    if (queueCount() > 1)
        all = queueRequirements();
    const std::vector<double> total = queueCount() > 1 ? totalGrossAgents(all) : std::vector<double>{};
    for (size_t t = 0; t < forecast.size(); ++t) {
        double scheduled = r.intervals[t].scheduled;
        if (queueCount() > 1) // this queue's share of the pooled agents
            scheduled *= total[t] > 0 ? all[q][t].grossAgents / total[t] : 0.0;
        out.push_back(predictService(qu.forecast, int(t), intervalMinutes, qu.staffing, scheduled));
    }
    return out;
}

namespace {

/// What a project stores of its roster; the grid fields and `required` are derived.
bool sameRosterContent(const rostering::AgentRoster &a, const rostering::AgentRoster &b)
{
    return a.contracts == b.contracts && a.agents == b.agents && a.assignments == b.assignments && a.rules == b.rules
        && a.underPenalty == b.underPenalty && a.overPenalty == b.overPenalty;
}

} // namespace

bool Project::operator==(const Project &o) const
{
    return name == o.name && timeZone == o.timeZone && effectiveStart() == o.effectiveStart()
        && intervalMinutes == o.intervalMinutes && cyclic == o.cyclic && queueName == o.queueName
        && forecast == o.forecast && demand == o.demand && staffing == o.staffing && moreQueues == o.moreQueues && shifts == o.shifts
        && templates == o.templates && skills == o.skills && groups == o.groups && constraints == o.constraints && coverage == o.coverage
        && solveTimeLimitSeconds == o.solveTimeLimitSeconds && solveRelativeGap == o.solveRelativeGap
        && lastResult == o.lastResult && sameRosterContent(roster, o.roster);
}

rostering::AgentRoster Project::rosterBase() const
{
    rostering::AgentRoster r;
    r.intervalMinutes = intervalMinutes;
    const int perDay = 1440 / intervalMinutes;
    r.days = std::max(1, (intervalCount() + perDay - 1) / perDay);
    r.firstWeekday = effectiveStart().date().dayOfWeek();
    // The weekend of the zone's country (CLDR data through QLocale), when it is two days.
    const QLocale::Territory country = zone().territory();
    if (country != QLocale::AnyTerritory) {
        const QList<Qt::DayOfWeek> working = QLocale(QLocale::AnyLanguage, country).weekdays();
        std::vector<int> weekend;
        for (int d = 1; d <= 7; ++d)
            if (!working.contains(Qt::DayOfWeek(d)))
                weekend.push_back(d);
        if (weekend.size() == 2)
            r.weekendDays = weekend;
    }
    return r;
}

rostering::AgentRoster Project::rosterWithRequirement(const std::vector<std::vector<IntervalRequirement>> &queues,
                                                      const std::vector<double> &total) const
{
    if (intervalCount() == 0)
        return roster; // no horizon of its own: the roster keeps its grid and requirement
    const rostering::AgentRoster base = rosterBase();
    rostering::AgentRoster r = roster;
    r.intervalMinutes = base.intervalMinutes;
    r.days = base.days;
    r.firstWeekday = base.firstWeekday;
    if (r.agents.empty() && r.contracts.empty())
        r.weekendDays = base.weekendDays; // an empty roster has no site settings of its own yet
    r.required.clear();
    if (total.empty())
        return r;
    QSet<QString> skills;
    for (const rostering::Agent &a : r.agents)
        for (const QString &s : a.skills)
            skills.insert(s);
    for (const rostering::Assignment &a : r.assignments)
        skills.insert(a.skill);
    const auto fit = [&r](std::vector<double> v) {
        v.resize(size_t(r.horizon()), 0.0);
        return v;
    };
    std::vector<double> rest = total;
    if (demand.empty())
        for (int q = 0; q < int(queues.size()) && q < queueCount(); ++q) {
            const QString name = queue(q).name;
            if (name.isEmpty() || !skills.contains(name))
                continue;
            const std::vector<double> gross = totalGrossAgents({queues[size_t(q)]});
            for (size_t t = 0; t < rest.size() && t < gross.size(); ++t)
                rest[t] -= gross[t];
            r.required[name] = fit(gross);
        }
    if (r.required.empty() || std::any_of(rest.begin(), rest.end(), [](double v) { return v > 1e-9; }))
        r.required[QString()] = fit(rest);
    return r;
}

rostering::AgentRoster Project::currentRoster() const
{
    try {
        const auto queues = demand.empty() ? queueRequirements() : std::vector<std::vector<IntervalRequirement>>{};
        return rosterWithRequirement(queues, requiredStaff());
    } catch (const InputError &) {
        return rosterWithRequirement({}, {}); // bad or missing forecast: coverage is not scored
    }
}

} // namespace tessera

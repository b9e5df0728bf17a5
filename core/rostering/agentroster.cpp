// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/agentroster.h"

#include "core/error.h"

#include <algorithm>
#include <cmath>

namespace tessera::rostering {

const Contract *AgentRoster::contractOf(int agent) const
{
    if (agent < 0 || agent >= int(agents.size()))
        return nullptr;
    for (const Contract &c : contracts)
        if (c.id == agents[size_t(agent)].contractId)
            return &c;
    return nullptr;
}

bool AgentRoster::isWeekendDay(int day) const
{
    return std::find(weekendDays.begin(), weekendDays.end(), weekdayOf(day)) != weekendDays.end();
}

RuleSetting AgentRoster::rule(const QString &name) const
{
    auto it = rules.find(name);
    return it == rules.end() ? RuleSetting{} : it->second;
}

QStringList Assignment::requiredSkills() const
{
    QStringList out;
    if (!skill.isEmpty())
        out << skill;
    for (const QString &s : skills)
        if (!s.isEmpty() && !out.contains(s))
            out << s;
    return out;
}

bool RosterEvaluation::valid() const
{
    return std::none_of(violations.begin(), violations.end(), [](const RosterViolation &v) { return v.hard; });
}

namespace {

int overlapLength(const Break &b, int from, int to)
{
    return std::max(0, std::min(b.end, to) - std::max(b.start, from));
}

class Checker
{
public:
    explicit Checker(const AgentRoster &r) : m_r(r), m_perDay(r.intervalsPerDay()) {}

    RosterEvaluation run()
    {
        validateShape();
        std::vector<std::vector<const Assignment *>> byAgent(m_r.agents.size());
        for (const Assignment &a : m_r.assignments)
            byAgent[size_t(a.agent)].push_back(&a);
        for (size_t i = 0; i < byAgent.size(); ++i) {
            auto &list = byAgent[i];
            std::sort(list.begin(), list.end(), [](const Assignment *x, const Assignment *y) { return x->start < y->start; });
            checkAgent(int(i), list);
        }
        checkCoverage();
        computeSpreads();
        return std::move(m_eval);
    }

private:
    void add(const QString &rule, int agent, int day, double amount, const QString &message)
    {
        const RuleSetting s = m_r.rule(rule);
        m_eval.violations.push_back({rule, agent, day, message, amount, s.hard});
        if (!s.hard)
            m_eval.softRulePenalty += s.weight * amount;
    }

    void validateShape() const
    {
        const QString file = QStringLiteral("roster");
        if (m_r.intervalMinutes <= 0 || 1440 % m_r.intervalMinutes != 0)
            throw InputError(file, 0, QStringLiteral("intervalMinutes"), Tr::tr("must divide a day"));
        for (size_t i = 0; i < m_r.assignments.size(); ++i) {
            const Assignment &a = m_r.assignments[i];
            const QString field = QStringLiteral("assignments[%1]").arg(i);
            if (a.agent < 0 || a.agent >= int(m_r.agents.size()))
                throw InputError(file, int(i) + 1, field + QStringLiteral(".agent"), Tr::tr("no agent %1").arg(a.agent));
            if (a.start < 0 || a.end <= a.start || a.start >= m_r.horizon())
                throw InputError(file, int(i) + 1, field, Tr::tr("shift [%1, %2) is empty or outside the horizon").arg(a.start).arg(a.end));
            for (const auto *list : {&a.breaks, &a.paidBreaks})
                for (const Break &b : *list)
                    if (b.start < a.start || b.end > a.end || b.end <= b.start)
                        throw InputError(file, int(i) + 1, field + QStringLiteral(".breaks"), Tr::tr("a break lies outside its shift"));
        }
    }

    /// Inside a window of the day's weekday (or of every day), or no window applies to that day.
    bool available(const Agent &ag, int day, int startMinute, int endMinute) const
    {
        const int weekday = m_r.weekdayOf(day);
        bool anyWindow = false, inside = false;
        for (const AvailabilityWindow &w : ag.availability)
            if (w.weekday == 0 || w.weekday == weekday) {
                anyWindow = true;
                inside = inside || (w.fromMinutes <= startMinute && endMinute <= w.toMinutes);
            }
        return inside || !anyWindow;
    }

    int paidMinutes(const Assignment &a) const
    {
        int intervals = a.end - a.start;
        for (const Break &b : a.breaks)
            intervals -= overlapLength(b, a.start, a.end);
        return intervals * m_r.intervalMinutes;
    }

    void checkAgent(int agent, const std::vector<const Assignment *> &shifts)
    {
        const Agent &ag = m_r.agents[size_t(agent)];
        const Contract none;
        const Contract *c = m_r.contractOf(agent);
        if (!c)
            c = &none;
        std::vector<int> worked(size_t(m_r.days), 0);
        FairnessRow fair;
        fair.agent = agent;
        std::map<QString, int> perCode;
        std::vector<int> minutesPerWeek(size_t((m_r.days + 6) / 7), 0);
        const Assignment *previous = nullptr;
        for (const Assignment *a : shifts) {
            const int day = a->day(m_perDay);
            if (previous) {
                if (a->start < previous->end)
                    add(QStringLiteral("overlap"), agent, day, 1, Tr::tr("%1: shifts overlap on day %2").arg(ag.id).arg(day + 1));
                else if (c->minRestMinutes > 0) {
                    const int rest = (a->start - previous->end) * m_r.intervalMinutes;
                    if (rest < c->minRestMinutes)
                        add(QStringLiteral("minRest"), agent, day, c->minRestMinutes - rest,
                            Tr::tr("%1: %2 min rest before day %3's shift, contract needs %4").arg(ag.id).arg(rest).arg(day + 1).arg(c->minRestMinutes));
                }
            }
            if (previous && previous->day(m_perDay) == day - 1)
                for (const auto &[first, next] : c->forbiddenSuccessions)
                    if (previous->code == first && a->code == next)
                        add(QStringLiteral("forbiddenSuccession"), agent, day, 1,
                            Tr::tr("%1: %2 on day %3 after %4 the day before").arg(ag.id, next).arg(day + 1).arg(first));
            if (worked[size_t(day)])
                add(QStringLiteral("oneShiftPerDay"), agent, day, 1, Tr::tr("%1: two shifts on day %2").arg(ag.id).arg(day + 1));
            worked[size_t(day)] = 1;
            if (std::find(ag.fixedDaysOff.begin(), ag.fixedDaysOff.end(), day) != ag.fixedDaysOff.end())
                add(QStringLiteral("dayOff"), agent, day, 1, Tr::tr("%1: works on fixed day off %2").arg(ag.id).arg(day + 1));
            QStringList missing;
            for (const QString &skill : a->requiredSkills())
                if (!ag.skills.contains(skill))
                    missing << skill;
            if (!missing.isEmpty())
                add(QStringLiteral("skill"), agent, day, 1,
                    Tr::tr("%1 lacks skill %2 (day %3)").arg(ag.id, missing.join(QStringLiteral(", "))).arg(day + 1));
            const int minutes = paidMinutes(*a);
            fair.paidMinutes += minutes;
            minutesPerWeek[size_t(day / 7)] += minutes;
            ++perCode[a->code];
            const int startMinute = (a->start % m_perDay) * m_r.intervalMinutes;
            const int endMinute = startMinute + (a->end - a->start) * m_r.intervalMinutes;
            if (!available(ag, day, startMinute, endMinute))
                add(QStringLiteral("availability"), agent, day, 1,
                    Tr::tr("%1: shift %2 on day %3 lies outside their availability").arg(ag.id, a->code).arg(day + 1));
            if (isEveningShift(startMinute, endMinute))
                ++fair.eveningShifts;
            previous = a;
        }
        for (const auto &[code, limit] : c->maxShiftsPerCode)
            if (perCode[code] > limit)
                add(QStringLiteral("maxShiftsPerCode"), agent, -1, perCode[code] - limit,
                    Tr::tr("%1: %2 shifts %3, contract allows %4").arg(ag.id).arg(perCode[code]).arg(code).arg(limit));
        for (int w = 0; w < int(minutesPerWeek.size()); ++w) {
            if ((w + 1) * 7 > m_r.days)
                break; // only full weeks
            const int m = minutesPerWeek[size_t(w)];
            if (c->maxMinutesPerWeek > 0 && m > c->maxMinutesPerWeek)
                add(QStringLiteral("maxMinutesPerWeek"), agent, w * 7, m - c->maxMinutesPerWeek,
                    Tr::tr("%1: %2 min in week %3, contract allows %4").arg(ag.id).arg(m).arg(w + 1).arg(c->maxMinutesPerWeek));
            if (m < c->minMinutesPerWeek)
                add(QStringLiteral("minMinutesPerWeek"), agent, w * 7, c->minMinutesPerWeek - m,
                    Tr::tr("%1: %2 min in week %3, contract needs %4").arg(ag.id).arg(m).arg(w + 1).arg(c->minMinutesPerWeek));
        }
        if (c->maxMinutesPerPeriod > 0 && fair.paidMinutes > c->maxMinutesPerPeriod)
            add(QStringLiteral("maxMinutesPerPeriod"), agent, -1, fair.paidMinutes - c->maxMinutesPerPeriod,
                Tr::tr("%1: %2 min, contract allows %3").arg(ag.id).arg(fair.paidMinutes).arg(c->maxMinutesPerPeriod));
        if (fair.paidMinutes < c->minMinutesPerPeriod)
            add(QStringLiteral("minMinutesPerPeriod"), agent, -1, c->minMinutesPerPeriod - fair.paidMinutes,
                Tr::tr("%1: %2 min, contract needs %3").arg(ag.id).arg(fair.paidMinutes).arg(c->minMinutesPerPeriod));
        checkRuns(agent, ag, *c, worked);
        for (int d = 0; d < m_r.days; ++d) {
            if (!m_r.isWeekendDay(d) || !worked[size_t(d)])
                continue;
            // Count a weekend once: skip a day whose weekend day before it (same weekend) was worked.
            const bool sameWeekendWorked = d > 0 && m_r.isWeekendDay(d - 1) && worked[size_t(d - 1)];
            if (!sameWeekendWorked)
                ++fair.weekendsWorked;
        }
        if (c->maxWorkingWeekends >= 0 && fair.weekendsWorked > c->maxWorkingWeekends)
            add(QStringLiteral("maxWorkingWeekends"), agent, -1, fair.weekendsWorked - c->maxWorkingWeekends,
                Tr::tr("%1: %2 weekends worked, contract allows %3").arg(ag.id).arg(fair.weekendsWorked).arg(c->maxWorkingWeekends));
        checkRequests(agent, ag, shifts, fair);
        m_eval.fairness.push_back(fair);
    }

    void checkRuns(int agent, const Agent &ag, const Contract &c, const std::vector<int> &worked)
    {
        int d = 0;
        while (d < m_r.days) {
            int e = d;
            while (e < m_r.days && worked[size_t(e)] == worked[size_t(d)])
                ++e;
            const int length = e - d;
            if (worked[size_t(d)] && c.maxConsecutiveDays > 0 && length > c.maxConsecutiveDays)
                add(QStringLiteral("maxConsecutiveDays"), agent, d + c.maxConsecutiveDays, length - c.maxConsecutiveDays,
                    Tr::tr("%1: %2 consecutive working days from day %3, contract allows %4").arg(ag.id).arg(length).arg(d + 1).arg(c.maxConsecutiveDays));
            if (!worked[size_t(d)] && d > 0 && e < m_r.days && length < c.minConsecutiveDaysOff)
                add(QStringLiteral("minConsecutiveDaysOff"), agent, d, c.minConsecutiveDaysOff - length,
                    Tr::tr("%1: %2 day(s) off from day %3, contract needs %4 in a row").arg(ag.id).arg(length).arg(d + 1).arg(c.minConsecutiveDaysOff));
            d = e;
        }
    }

    void checkRequests(int agent, const Agent &ag, const std::vector<const Assignment *> &shifts, FairnessRow &fair)
    {
        for (const AgentRequest &q : ag.requests) {
            bool matches = false;
            for (const Assignment *a : shifts)
                if (a->day(m_perDay) == q.day && (q.code.isEmpty() || q.code == a->code))
                    matches = true;
            const bool granted = q.on == matches;
            if (granted) {
                ++fair.requestsGranted;
            } else {
                ++fair.requestsDenied;
                m_eval.requestPenalty += q.weight;
            }
        }
        Q_UNUSED(agent);
    }

    void checkCoverage()
    {
        std::map<QString, std::vector<double>> onDuty;
        for (const auto &[skill, req] : m_r.required)
            if (int(req.size()) != m_r.horizon())
                throw InputError(QStringLiteral("roster"), 0, QStringLiteral("required[%1]").arg(skill),
                                 Tr::tr("has %1 intervals, the horizon %2").arg(req.size()).arg(m_r.horizon()));
        for (const Assignment &a : m_r.assignments) {
            auto &line = onDuty[a.skill];
            line.resize(size_t(m_r.horizon()), 0.0);
            for (int i = a.start; i < std::min(a.end, m_r.horizon()); ++i) {
                bool inBreak = false;
                for (const auto *list : {&a.breaks, &a.paidBreaks})
                    for (const Break &b : *list)
                        inBreak = inBreak || (i >= b.start && i < b.end);
                if (!inBreak)
                    line[size_t(i)] += 1.0;
            }
        }
        for (const auto &[skill, req] : m_r.required) {
            const auto it = onDuty.find(skill);
            for (int i = 0; i < m_r.horizon(); ++i) {
                const double have = it == onDuty.end() ? 0.0 : it->second[size_t(i)];
                const double diff = have - req[size_t(i)];
                if (diff < 0)
                    m_eval.underAgentIntervals += -diff;
                else
                    m_eval.overAgentIntervals += diff;
            }
        }
        m_eval.coveragePenalty = m_r.underPenalty * m_eval.underAgentIntervals + m_r.overPenalty * m_eval.overAgentIntervals;
    }

    void computeSpreads()
    {
        std::map<QString, std::pair<std::vector<int>, std::vector<int>>> byContract;
        for (const FairnessRow &f : m_eval.fairness) {
            auto &[weekends, evenings] = byContract[m_r.agents[size_t(f.agent)].contractId];
            weekends.push_back(f.weekendsWorked);
            evenings.push_back(f.eveningShifts);
        }
        for (const auto &[contract, lists] : byContract) {
            const auto spread = [](const std::vector<int> &v) {
                const auto [lo, hi] = std::minmax_element(v.begin(), v.end());
                return *hi - *lo;
            };
            m_eval.weekendSpread = std::max(m_eval.weekendSpread, spread(lists.first));
            m_eval.eveningSpread = std::max(m_eval.eveningSpread, spread(lists.second));
            priceSpread(QStringLiteral("weekendFairness"), contract, spread(lists.first), Tr::tr("weekends worked"));
            priceSpread(QStringLiteral("eveningFairness"), contract, spread(lists.second), Tr::tr("evening shifts"));
        }
    }

    /// A fairness rule (always soft, priced when its weight is > 0): weight × spread.
    void priceSpread(const QString &rule, const QString &contract, int spread, const QString &what)
    {
        const double weight = m_r.rule(rule).weight;
        if (weight <= 0.0 || spread <= 0)
            return;
        const QString name = contract.isEmpty() ? Tr::tr("agents without contract") : Tr::tr("contract %1").arg(contract);
        m_eval.violations.push_back({rule, -1, -1, Tr::tr("%1: %2 differ by %3 between agents").arg(name, what).arg(spread), double(spread), false});
        m_eval.softRulePenalty += weight * spread;
        m_eval.fairnessPenalty += weight * spread;
    }

    const AgentRoster &m_r;
    const int m_perDay;
    RosterEvaluation m_eval;
};

} // namespace

RosterEvaluation validateAgentRoster(const AgentRoster &roster)
{
    return Checker(roster).run();
}

} // namespace tessera::rostering

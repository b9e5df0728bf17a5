// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/agentsolve.h"

#include "core/error.h"
#include "core/rostering/nrplns.h"
#include "core/rostering/nrpmodel.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace tessera::rostering {

std::vector<ShiftDemand> shiftDemandFromResult(const std::vector<Shift> &shifts, const SolveResult &result,
                                               const std::vector<AgentGroup> &groups)
{
    if (!result.placedShifts.empty()) {
        // Same group, same variant, same breaks: one demand; kept in first-seen order.
        std::map<std::tuple<int, QString, int, int, std::vector<int>, std::vector<bool>>, size_t> index;
        std::vector<ShiftDemand> out;
        for (const DecodedShift &d : result.placedShifts) {
            const bool known = d.group >= 0 && d.group < int(groups.size());
            std::vector<int> times;
            for (const Break &b : d.breaks)
                times.insert(times.end(), {b.start, b.end});
            const auto [it, added] = index.try_emplace({known ? d.group : -1, d.shiftId, d.start, d.end, times, d.breakPaid}, out.size());
            if (!added) {
                ++out[it->second].count;
                continue;
            }
            ShiftDemand demand;
            if (known) {
                demand.group = groups[size_t(d.group)].name;
                for (const QString &skill : groups[size_t(d.group)].skills)
                    if (!skill.isEmpty() && !demand.skills.contains(skill))
                        demand.skills << skill;
            }
            demand.shift.id = d.shiftId;
            demand.shift.start = d.start;
            demand.shift.end = d.end;
            for (size_t k = 0; k < d.breaks.size(); ++k)
                (k < d.breakPaid.size() && d.breakPaid[k] ? demand.paidBreaks : demand.shift.breaks).push_back(d.breaks[k]);
            demand.count = 1;
            out.push_back(std::move(demand));
        }
        return out;
    }
    QHash<QString, const Shift *> byId;
    for (const Shift &s : shifts)
        byId.insert(s.id, &s);
    std::vector<ShiftDemand> out;
    for (size_t i = 0; i < result.shiftIds.size() && i < result.shiftCounts.size(); ++i) {
        const Shift *s = byId.value(result.shiftIds[i]);
        if (s && result.shiftCounts[i] > 0)
            out.push_back({*s, result.shiftCounts[i], {}, {}, {}, {}});
    }
    return out;
}

namespace {

QString clock(int minutes)
{
    minutes = ((minutes % 1440) + 1440) % 1440;
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

/// Day-independent key of a demand shift: time of day, length, relative unpaid breaks, skill,
/// relative paid breaks, group, skills (sorted).
using RelativeBreaks = std::vector<std::pair<int, int>>;
using TypeKey = std::tuple<int, int, RelativeBreaks, QString, RelativeBreaks, QString, QStringList>;

TypeKey keyOf(const ShiftDemand &d, int perDay)
{
    const int day = d.shift.start / perDay;
    const auto relative = [&d](const std::vector<Break> &breaks) {
        RelativeBreaks rel;
        for (const Break &b : breaks)
            rel.push_back({b.start - d.shift.start, b.end - d.shift.start});
        return rel;
    };
    QStringList skills = d.skills;
    skills.sort();
    skills.removeDuplicates();
    return {d.shift.start - day * perDay, d.shift.end - d.shift.start, relative(d.shift.breaks), d.skill, relative(d.paidBreaks), d.group, skills};
}

int limitOrNone(int value, int none) { return value > 0 ? value : none; }

/// How the model sees a validator rule: hard (0), ignored (a soft rule of weight 0 costs nothing:
/// no limit at all) or soft at K × its weight rounded to a whole number ≥ 1 (per validator unit).
struct ModelRule {
    int weight = 0;
    bool ignored = false;
};

ModelRule modelRule(const AgentRoster &base, const QString &name, int K)
{
    const RuleSetting s = base.rule(name);
    if (s.hard)
        return {};
    if (s.weight <= 0.0)
        return {0, true};
    const long long w = std::max(1LL, (long long)std::llround(s.weight)) * K;
    return {int(std::min(w, 1000000000LL)), false};
}

} // namespace

AgentNrpMapping mapToNrp(const AgentRoster &base, const std::vector<ShiftDemand> &demand, const AgentRosterOptions &options)
{
    const QString file = QStringLiteral("roster");
    const int perDay = base.intervalsPerDay();
    AgentNrpMapping map;
    // The model counts days 7k+5 and 7k+6 as weekend k: shift the days so that the site's first
    // weekend day falls on a model day 5 (mod 7). Needs a weekend of two consecutive days.
    std::vector<int> weekend = base.weekendDays;
    std::sort(weekend.begin(), weekend.end());
    if (weekend == std::vector<int>{1, 7})
        weekend = {7, 1}; // Sunday and Monday
    const bool pair = weekend.size() == 2 && (weekend[0] % 7) + 1 == weekend[1];
    if (!pair)
        throw InputError(file, 0, QStringLiteral("weekendDays"), Tr::tr("the roster solver needs a weekend of two consecutive days"));
    map.dayOffset = ((5 - (weekend[0] - base.firstWeekday)) % 7 + 7) % 7;
    // Seniority bonus of an on-request: N + 1 − rank for ranks 1..N (N agents), none without a rank.
    const int N = int(base.agents.size());
    const auto bonusOf = [N](const Agent &ag) { return ag.seniority > 0 ? std::max(1, N + 1 - ag.seniority) : 0; };
    long long bonusSum = 0;
    for (const Agent &ag : base.agents)
        for (const AgentRequest &q : ag.requests)
            if (q.on && !q.code.isEmpty())
                bonusSum += bonusOf(ag);
    if (bonusSum >= (1LL << 20))
        throw InputError(file, 0, QStringLiteral("agents"), Tr::tr("too many ranked shift-on requests to break ties by seniority"));
    map.weightScale = int(bonusSum) + 1;
    const int K = map.weightScale;
    NrpInstance &inst = map.instance;
    inst.days = base.days + map.dayOffset;

    std::map<TypeKey, int> typeOf;
    std::vector<std::pair<int, int>> coverCounts; // (model day, type) per demand entry
    QSet<QString> groups;
    for (const ShiftDemand &d : demand)
        groups.insert(d.group);
    const bool nameGroups = groups.size() > 1;
    for (size_t i = 0; i < demand.size(); ++i) {
        const ShiftDemand &d = demand[i];
        if (d.shift.start < 0 || d.shift.start >= base.horizon() || d.shift.end <= d.shift.start)
            throw InputError(file, int(i) + 1, QStringLiteral("demand[%1].shift").arg(i),
                             Tr::tr("shift %1 lies outside the roster's %2 days").arg(d.shift.id).arg(base.days));
        const TypeKey key = keyOf(d, perDay);
        auto [it, inserted] = typeOf.try_emplace(key, int(inst.shifts.size()));
        if (inserted) {
            ShiftType t;
            const int startMinute = std::get<0>(key) * base.intervalMinutes;
            const int lengthMinutes = std::get<1>(key) * base.intervalMinutes;
            t.id = clock(startMinute) + QLatin1Char('-') + clock(startMinute + lengthMinutes);
            if (!d.skill.isEmpty())
                t.id += QLatin1Char(' ') + d.skill;
            if (nameGroups && !d.group.isEmpty())
                t.id += QLatin1Char(' ') + d.group;
            t.startMinutes = startMinute;
            t.skill = d.skill;
            int unpaid = 0;
            for (const auto &[from, to] : std::get<2>(key)) {
                t.breaks.push_back({from * base.intervalMinutes, (to - from) * base.intervalMinutes, false});
                unpaid += (to - from) * base.intervalMinutes;
            }
            for (const auto &[from, to] : std::get<4>(key))
                t.breaks.push_back({from * base.intervalMinutes, (to - from) * base.intervalMinutes, true});
            t.lengthMinutes = lengthMinutes - unpaid; // the model's minutes are paid minutes
            // Same clock times but different breaks: keep the names distinct.
            for (const ShiftType &other : inst.shifts)
                if (other.id == t.id)
                    t.id += QStringLiteral(" #%1").arg(inst.shifts.size() + 1);
            inst.shifts.push_back(t);
            Shift rep = d.shift;
            const int day = d.shift.start / perDay;
            rep.start -= day * perDay;
            rep.end -= day * perDay;
            std::vector<Break> paid = d.paidBreaks;
            for (std::vector<Break> *list : {&rep.breaks, &paid})
                for (Break &b : *list) {
                    b.start -= day * perDay;
                    b.end -= day * perDay;
                }
            map.typeShifts.push_back(rep);
            map.typePaidBreaks.push_back(paid);
            map.typeSkills.push_back(std::get<6>(key));
        }
        coverCounts.push_back({d.shift.start / perDay + map.dayOffset, it->second});
    }
    const int T = inst.shiftCount();
    const int H = inst.days;

    std::map<QString, const Contract *> contracts;
    for (const Contract &c : base.contracts)
        contracts[c.id] = &c;
    const int weeks = std::max(1, base.days / 7);
    for (size_t a = 0; a < base.agents.size(); ++a) {
        const Agent &ag = base.agents[a];
        const auto cit = contracts.find(ag.contractId);
        if (cit == contracts.end() && !ag.contractId.isEmpty())
            throw InputError(file, int(a) + 1, QStringLiteral("agents[%1].contractId").arg(a),
                             Tr::tr("no contract '%1'").arg(ag.contractId));
        const Contract none;
        const Contract &c = cit == contracts.end() ? none : *cit->second;
        StaffMember s;
        s.id = ag.id;
        // Rule settings; a rule ignored (soft at weight 0) gets no limit.
        const auto rule = [&](StaffRule r, const QString &name) {
            const ModelRule m = modelRule(base, name, K);
            s.softWeight[size_t(r)] = m.weight;
            return !m.ignored;
        };
        s.maxShifts.assign(size_t(T), H);
        if (rule(StaffRule::MaxShifts, QStringLiteral("maxShiftsPerCode")))
            for (int t = 0; t < T; ++t) {
                const auto lim = c.maxShiftsPerCode.find(inst.shifts[size_t(t)].id);
                if (lim != c.maxShiftsPerCode.end())
                    s.maxShifts[size_t(t)] = std::min(H, lim->second);
            }
        // Period limits, or weeks × weekly ones (then with the weekly rule's setting).
        const bool maxByPeriod = c.maxMinutesPerPeriod > 0 || c.maxMinutesPerWeek <= 0;
        const int maxPeriod = c.maxMinutesPerPeriod > 0 ? c.maxMinutesPerPeriod
                              : c.maxMinutesPerWeek > 0 ? c.maxMinutesPerWeek * weeks
                                                        : H * 1440;
        const bool minByPeriod = c.minMinutesPerPeriod > 0;
        const int minPeriod = minByPeriod ? c.minMinutesPerPeriod : c.minMinutesPerWeek * (base.days / 7);
        s.maxTotalMinutes = rule(StaffRule::MaxTotalMinutes, maxByPeriod ? QStringLiteral("maxMinutesPerPeriod") : QStringLiteral("maxMinutesPerWeek"))
                                ? maxPeriod
                                : H * 1440;
        s.minTotalMinutes = rule(StaffRule::MinTotalMinutes, minByPeriod ? QStringLiteral("minMinutesPerPeriod") : QStringLiteral("minMinutesPerWeek"))
                                ? minPeriod
                                : 0;
        s.maxConsecutiveShifts = rule(StaffRule::MaxConsecutiveShifts, QStringLiteral("maxConsecutiveDays")) ? limitOrNone(c.maxConsecutiveDays, H) : H;
        s.minConsecutiveShifts = 1;
        s.minConsecutiveDaysOff = rule(StaffRule::MinConsecutiveDaysOff, QStringLiteral("minConsecutiveDaysOff")) ? std::max(1, c.minConsecutiveDaysOff) : 1;
        s.maxWeekends = rule(StaffRule::MaxWeekends, QStringLiteral("maxWorkingWeekends")) && c.maxWorkingWeekends >= 0 ? c.maxWorkingWeekends : H;
        inst.staff.push_back(s);
    }
    inst.resize();

    for (int a = 0; a < inst.staffCount(); ++a) {
        for (int d = 0; d < map.dayOffset; ++d)
            inst.setDayOff(a, d);
        for (int d : base.agents[size_t(a)].fixedDaysOff)
            if (d >= 0 && d < base.days)
                inst.setDayOff(a, d + map.dayOffset);
    }
    // Skills and availability windows: the types an agent may not work on a day.
    for (int a = 0; a < inst.staffCount(); ++a) {
        const Agent &ag = base.agents[size_t(a)];
        for (int t = 0; t < T; ++t) {
            const QString &skill = inst.shifts[size_t(t)].skill;
            const QStringList &skills = map.typeSkills[size_t(t)];
            const bool lacksSkill = (!skill.isEmpty() && !ag.skills.contains(skill))
                                    || std::any_of(skills.begin(), skills.end(), [&ag](const QString &k) { return !ag.skills.contains(k); });
            if (!lacksSkill && ag.availability.empty())
                continue;
            const int from = map.typeShifts[size_t(t)].start * base.intervalMinutes;
            const int to = map.typeShifts[size_t(t)].end * base.intervalMinutes;
            for (int d = 0; d < base.days; ++d) {
                bool windowed = false, fits = false;
                for (const AvailabilityWindow &w : ag.availability)
                    if (w.weekday == 0 || w.weekday == base.weekdayOf(d)) {
                        windowed = true;
                        fits = fits || (from >= w.fromMinutes && to <= w.toMinutes);
                    }
                if (lacksSkill || (windowed && !fits))
                    inst.setUnavailable(a, d + map.dayOffset, t);
            }
        }
    }
    // Each agent's successions: their contract's forbidden pairs and the pairs resting less than
    // its minimum, each priced as the validator prices it (K × weight, × minutes short for
    // minRest; both when both rules apply) — hard when a hard rule contributes it.
    for (int a = 0; a < inst.staffCount(); ++a) {
        const Contract *c = base.contractOf(a);
        if (!c)
            continue;
        const ModelRule byCode = modelRule(base, QStringLiteral("forbiddenSuccession"), K);
        const ModelRule byRest = modelRule(base, QStringLiteral("minRest"), K);
        StaffMember &s = inst.staff[size_t(a)];
        long long cheapest = -1; ///< of the soft pairs
        for (int t = 0; t < T; ++t)
            for (int u = 0; u < T; ++u) {
                const Shift &rep = map.typeShifts[size_t(t)];
                const int rest = 1440 + inst.shifts[size_t(u)].startMinutes - rep.end * base.intervalMinutes;
                const bool restPair = rest < c->minRestMinutes && !byRest.ignored;
                bool codePair = false;
                for (const auto &[first, next] : c->forbiddenSuccessions)
                    codePair = codePair || (first == inst.shifts[size_t(t)].id && next == inst.shifts[size_t(u)].id);
                codePair = codePair && !byCode.ignored;
                if (!restPair && !codePair)
                    continue;
                const bool hard = (restPair && byRest.weight == 0) || (codePair && byCode.weight == 0);
                const long long cost = (restPair ? (long long)byRest.weight * (c->minRestMinutes - rest) : 0LL)
                                       + (codePair ? byCode.weight : 0);
                const int price = hard ? 0 : int(std::clamp(cost, 1LL, 1000000000LL));
                s.forbiddenSuccessions.push_back({t, u});
                s.forbiddenSuccessionPrices.push_back(price);
                if (!hard)
                    cheapest = cheapest < 0 ? price : std::min<long long>(cheapest, price);
            }
        // Soft when any pair is (StaffMember::forbiddenSuccessionPrices then prices each pair).
        if (cheapest > 0)
            s.softWeight[size_t(StaffRule::ShiftSuccession)] = int(cheapest);
    }

    std::vector<int> required(size_t(H) * T, 0);
    for (size_t i = 0; i < coverCounts.size(); ++i)
        required[size_t(coverCounts[i].first) * T + coverCounts[i].second] += demand[i].count;
    for (int d = map.dayOffset; d < H; ++d)
        for (int t = 0; t < T; ++t)
            inst.setCover(d, t, {required[size_t(d) * T + t], options.unstaffedShiftWeight * K, options.extraShiftWeight * K});

    for (size_t a = 0; a < base.agents.size(); ++a) {
        const Agent &ag = base.agents[a];
        for (const AgentRequest &q : ag.requests) {
            if (q.day < 0 || q.day >= base.days)
                continue;
            const int weight = int(std::lround(q.weight)) * K;
            for (int t = 0; t < T; ++t) {
                if (!q.code.isEmpty() && inst.shifts[size_t(t)].id != q.code)
                    continue;
                if (q.on && q.code.isEmpty())
                    break; // "any shift" on-requests are not representable (see the header)
                const ShiftRequest r{int(a), q.day + map.dayOffset, t, q.on ? weight + bonusOf(ag) : weight};
                (q.on ? inst.shiftOnRequests : inst.shiftOffRequests).push_back(r);
            }
        }
    }

    // Fairness rules (always soft, validateAgentRoster()): one group per contract, K × the weight
    // rounded to a whole number ≥ 1 per unit of spread; weight 0 or absent: not optimised.
    for (const auto &[rule, weekends] : {std::pair{"weekendFairness", true}, std::pair{"eveningFairness", false}}) {
        const double w = base.rule(QLatin1String(rule)).weight;
        if (!(w > 0.0))
            continue;
        const int weight = int(std::min(std::max(1LL, (long long)std::llround(w)) * K, 1000000000LL));
        std::vector<int> evening;
        for (int t = 0; t < T && !weekends; ++t)
            if (isEveningShift(map.typeShifts[size_t(t)].start * base.intervalMinutes, map.typeShifts[size_t(t)].end * base.intervalMinutes))
                evening.push_back(t);
        std::map<QString, std::vector<int>> byContract;
        for (size_t a = 0; a < base.agents.size(); ++a)
            byContract[base.agents[a].contractId].push_back(int(a));
        for (auto &[contract, staff] : byContract)
            inst.fairnessGroups.push_back({std::move(staff), evening, weekends, weight, QLatin1String(rule) + QLatin1Char(' ') + contract});
    }
    return map;
}

namespace {

/// The assignment solveAgentRoster() writes for shift type t worked by `agent` on roster day `day`.
Assignment assignmentOf(const AgentNrpMapping &map, int t, int agent, int day, int perDay)
{
    const int offset = day * perDay;
    const Shift &rep = map.typeShifts[size_t(t)];
    Assignment s;
    s.agent = agent;
    s.start = rep.start + offset;
    s.end = rep.end + offset;
    for (const Break &b : rep.breaks)
        s.breaks.push_back({b.start + offset, b.end + offset});
    for (const Break &b : map.typePaidBreaks[size_t(t)])
        s.paidBreaks.push_back({b.start + offset, b.end + offset});
    s.code = map.instance.shifts[size_t(t)].id;
    s.skill = map.instance.shifts[size_t(t)].skill;
    s.skills = map.typeSkills[size_t(t)];
    return s;
}

} // namespace

StartMapping nrpStartRoster(const AgentRoster &roster, const AgentNrpMapping &map)
{
    const NrpInstance &inst = map.instance;
    StartMapping out;
    out.start = Roster(inst.staffCount(), inst.days);
    const int perDay = roster.intervalsPerDay();
    for (const Assignment &s : roster.assignments) {
        const int day = perDay > 0 && s.start >= 0 ? s.day(perDay) : -1;
        const int d = day + map.dayOffset;
        const int type = inst.shiftIndex(s.code);
        if (type < 0 || s.agent < 0 || s.agent >= inst.staffCount() || day < 0 || d >= inst.days || out.start.at(s.agent, d) >= 0) {
            ++out.dropped;
            continue;
        }
        ++(s == assignmentOf(map, type, s.agent, day, perDay) ? out.kept : out.retimed);
        out.start.set(s.agent, d, type);
    }
    return out;
}

AgentRosterSolution solveAgentRoster(const AgentRoster &base, const std::vector<ShiftDemand> &demand, const AgentRosterOptions &options,
                                     const std::atomic_bool *cancel, const std::function<void(const SolveProgress &)> &progress)
{
    const AgentNrpMapping map = mapToNrp(base, demand, options);
    const NrpInstance &inst = map.instance;
    const long long cells = (long long)inst.staffCount() * base.days * inst.shiftCount();
    const bool lns = options.method == AgentRosterOptions::Method::Lns
                     || (options.method == AgentRosterOptions::Method::Auto && cells > options.autoMipCells);
    AgentRosterSolution out;
    StartMapping start;
    if (options.startFromAssignments && !base.assignments.empty()) {
        start = nrpStartRoster(base, map);
        out.startKept = start.kept;
        out.startRetimed = start.retimed;
        out.startDropped = start.dropped;
        const Evaluation ev = evaluate(inst, start.start);
        if (ev.feasible())
            out.startObjective = double(ev.objective) / map.weightScale;
    }
    const Roster *startRoster = start.start.staffCount() > 0 ? &start.start : nullptr;
    RosterResult r;
    if (lns) {
        LnsOptions lo;
        lo.timeLimitSeconds = options.timeLimitSeconds;
        lo.seed = options.seed;
        if (startRoster)
            lo.start = *startRoster;
        r = solveNrpLns(inst, lo, cancel, progress);
    } else {
        r = solveNrp(inst, options.timeLimitSeconds, cancel, progress, startRoster);
    }

    out.roster = base;
    out.roster.assignments.clear();
    out.hasSolution = r.hasSolution;
    out.provenOptimal = r.provenOptimal;
    out.provenInfeasible = r.provenInfeasible;
    out.seconds = r.seconds;
    // Back to unscaled units; the seniority bonuses add less than one unit in all.
    out.modelObjective = r.objective / map.weightScale;
    out.modelBound = r.bestBound / map.weightScale;
    const int perDay = base.intervalsPerDay();
    if (r.hasSolution) {
        for (int a = 0; a < inst.staffCount(); ++a)
            for (int d = map.dayOffset; d < inst.days; ++d) {
                const int t = r.roster.at(a, d);
                if (t < 0)
                    continue;
                out.roster.assignments.push_back(assignmentOf(map, t, a, d - map.dayOffset, perDay));
            }
        for (int d = map.dayOffset; d < inst.days; ++d)
            for (int t = 0; t < inst.shiftCount(); ++t) {
                int staffed = 0;
                for (int a = 0; a < inst.staffCount(); ++a)
                    staffed += r.roster.at(a, d) == t ? 1 : 0;
                const int need = inst.cover(d, t).requirement;
                out.unstaffedShifts += std::max(0, need - staffed);
                out.extraShifts += std::max(0, staffed - need);
            }
    }
    out.evaluation = validateAgentRoster(out.roster);
    return out;
}

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/relaxations.h"

#include "core/error.h"

#include <QSet>

#include <algorithm>
#include <map>

namespace tessera::rostering {

namespace {

struct Outcome {
    bool feasible = false;
    int unstaffed = 0;
    double under = 0.0;
    AgentRoster roster;
};

int totalDemand(const std::vector<ShiftDemand> &demand)
{
    int n = 0;
    for (const ShiftDemand &d : demand)
        n += d.count;
    return n;
}

Outcome outcomeOf(const AgentRoster &r, const std::vector<ShiftDemand> &demand, const AgentRosterSolution &s)
{
    Outcome out;
    out.roster = s.roster;
    out.feasible = s.hasSolution && s.evaluation.valid();
    out.unstaffed = s.hasSolution ? s.unstaffedShifts : totalDemand(demand);
    out.under = s.hasSolution ? s.evaluation.underAgentIntervals : 0.0;
    if (!s.hasSolution) { // nothing staffed: everything required is short
        for (const auto &[skill, line] : r.required)
            for (double v : line)
                out.under += v;
    }
    return out;
}

Outcome solveOnce(const AgentRoster &r, const std::vector<ShiftDemand> &demand, const AgentRosterOptions &o, const std::atomic_bool *cancel)
{
    return outcomeOf(r, demand, solveAgentRoster(r, demand, o, cancel));
}

/// The skills an agent needs for a shift (its skill and skills), sorted: the unstaffed shifts of
/// one set are what an "addAgents" candidate with exactly those skills can take.
QStringList skillSet(const QString &skill, const QStringList &skills)
{
    QStringList set = skills;
    set << skill;
    set.removeAll(QString());
    set.sort();
    set.removeDuplicates();
    return set;
}

/// A skill set whose shifts stay unstaffed, and the agent group that scheduled them ("" when
/// none or several groups share the set).
struct ShortSkills {
    QStringList skills;
    QString group;
};

struct Candidate {
    QString kind;
    QString change; ///< "min rest 11 → 10 h"
    QStringList rules; ///< validator rules the relaxation loosens
    AgentRoster roster;
    int added = 0;
};

QString hours(int minutes)
{
    return minutes % 60 == 0 ? QString::number(minutes / 60) : QString::number(minutes / 60.0, 'f', 1);
}

/// "a → b" when every contract changes alike, else "by ±step on every contract".
template<typename Get>
QString changeText(const std::vector<Contract> &before, const std::vector<Contract> &after, Get get, const QString &unit,
                   bool asHours = false)
{
    QSet<int> from, to;
    for (size_t i = 0; i < before.size(); ++i) {
        if (get(before[i]) != get(after[i])) {
            from.insert(get(before[i]));
            to.insert(get(after[i]));
        }
    }
    const auto fmt = [&](int v) { return asHours ? hours(v) : QString::number(v); };
    if (from.size() == 1 && to.size() == 1)
        return QStringLiteral("%1 → %2%3").arg(fmt(*from.begin()), fmt(*to.begin()), unit);
    return Tr::tr("changed on %1 contracts").arg(from.size());
}

std::vector<Candidate> candidates(const AgentRoster &base, const std::vector<ShiftDemand> &demand, const std::vector<ShortSkills> &shortSkills,
                                  const RelaxationOptions &o)
{
    std::vector<Candidate> out;
    const auto contractsWith = [&](auto pred) {
        return std::any_of(base.contracts.begin(), base.contracts.end(), pred);
    };
    for (const auto &[skills, group] : shortSkills) {
        Candidate c;
        c.kind = QStringLiteral("addAgents");
        c.roster = base;
        std::map<QString, int> contractUse;
        for (const Agent &a : base.agents)
            if (std::all_of(skills.begin(), skills.end(), [&a](const QString &k) { return a.skills.contains(k); }))
                ++contractUse[a.contractId];
        QString contract = base.contracts.empty() ? QString() : base.contracts.front().id;
        int best = -1;
        for (const auto &[id, n] : contractUse)
            if (n > best) {
                best = n;
                contract = id;
            }
        const QString joined = skills.join(QLatin1Char('+'));
        for (int k = 0; k < o.extraAgents; ++k) {
            Agent a;
            a.id = QStringLiteral("new%1%2").arg(skills.isEmpty() ? QString() : QLatin1Char('-') + joined).arg(k + 1);
            a.name = Tr::tr("New agent %1").arg(k + 1);
            a.skills = skills;
            a.contractId = contract;
            c.roster.agents.push_back(a);
        }
        c.added = o.extraAgents;
        const QString where = group.isEmpty() ? Tr::tr("contract %1").arg(contract) : Tr::tr("group %1, contract %2").arg(group, contract);
        if (skills.isEmpty())
            c.change = Tr::tr("+%1 agent(s) on contract %2").arg(o.extraAgents).arg(contract);
        else if (skills.size() == 1)
            c.change = Tr::tr("+%1 agent(s) with skill %2 (%3)").arg(o.extraAgents).arg(skills.front(), where);
        else
            c.change = Tr::tr("+%1 agent(s) with skills %2 (%3)").arg(o.extraAgents).arg(skills.join(QStringLiteral(", ")), where);
        out.push_back(c);
    }
    const auto relax = [&](const QString &kind, const QStringList &rules, auto apply, auto get, const QString &unit, bool asHours) {
        // A soft rule needs no relaxation: the solver already trades its violations against cover.
        if (std::none_of(rules.begin(), rules.end(), [&](const QString &r) { return base.rule(r).hard; }))
            return;
        Candidate c;
        c.kind = kind;
        c.rules = rules;
        c.roster = base;
        for (Contract &k : c.roster.contracts)
            apply(k);
        if (c.roster.contracts == base.contracts)
            return;
        c.change = changeText(base.contracts, c.roster.contracts, get, unit, asHours);
        out.push_back(c);
    };
    if (contractsWith([](const Contract &k) { return k.minRestMinutes > 0; }))
        relax(QStringLiteral("minRest"), {QStringLiteral("minRest")},
              [&](Contract &k) { k.minRestMinutes = std::max(0, k.minRestMinutes - o.restStepMinutes); },
              [](const Contract &k) { return k.minRestMinutes; }, QStringLiteral(" h"), true);
    relax(QStringLiteral("maxConsecutiveDays"), {QStringLiteral("maxConsecutiveDays")},
          [](Contract &k) { if (k.maxConsecutiveDays > 0) ++k.maxConsecutiveDays; },
          [](const Contract &k) { return k.maxConsecutiveDays; }, QString(), false);
    relax(QStringLiteral("maxWorkingWeekends"), {QStringLiteral("maxWorkingWeekends")},
          [](Contract &k) { if (k.maxWorkingWeekends >= 0) ++k.maxWorkingWeekends; },
          [](const Contract &k) { return k.maxWorkingWeekends; }, QString(), false);
    relax(QStringLiteral("maxMinutesPerWeek"), {QStringLiteral("maxMinutesPerWeek"), QStringLiteral("maxMinutesPerPeriod")},
          [&](Contract &k) {
              if (k.maxMinutesPerWeek > 0)
                  k.maxMinutesPerWeek += o.minutesStep;
              if (k.maxMinutesPerPeriod > 0)
                  k.maxMinutesPerPeriod += o.minutesStep * std::max(1, base.days / 7);
          },
          [](const Contract &k) { return k.maxMinutesPerWeek; }, QStringLiteral(" h a week"), true);
    relax(QStringLiteral("minConsecutiveDaysOff"), {QStringLiteral("minConsecutiveDaysOff")},
          [](Contract &k) { if (k.minConsecutiveDaysOff > 1) --k.minConsecutiveDaysOff; },
          [](const Contract &k) { return k.minConsecutiveDaysOff; }, QString(), false);
    Q_UNUSED(demand);
    return out;
}

QString ruleLabel(const QString &kind)
{
    if (kind == QLatin1String("minRest"))
        return Tr::tr("min rest");
    if (kind == QLatin1String("maxConsecutiveDays"))
        return Tr::tr("max consecutive days");
    if (kind == QLatin1String("maxWorkingWeekends"))
        return Tr::tr("max working weekends");
    if (kind == QLatin1String("maxMinutesPerWeek"))
        return Tr::tr("max paid time");
    return Tr::tr("min consecutive days off");
}

} // namespace

std::vector<Relaxation> rankRelaxations(const AgentRoster &base, const std::vector<ShiftDemand> &demand, const AgentRosterOptions &solveOptions,
                                        const RelaxationOptions &options, const std::atomic_bool *cancel,
                                        const std::function<void(int, int)> &progress, const AgentRosterSolution *baseline)
{
    AgentRosterOptions o = solveOptions;
    o.timeLimitSeconds = options.secondsPerSolve;
    const Outcome before = baseline ? outcomeOf(base, demand, *baseline) : solveOnce(base, demand, o, cancel);

    // Skill sets whose shifts go unstaffed (all demanded sets when nothing could be rostered):
    // a shift of a multi-skill group needs an agent with every skill of the group.
    std::vector<ShortSkills> shortSkills;
    {
        std::map<QStringList, int> scheduled, staffed;
        std::map<QStringList, QSet<QString>> groups;
        for (const ShiftDemand &d : demand) {
            const QStringList set = skillSet(d.skill, d.skills);
            scheduled[set] += d.count;
            groups[set].insert(d.group);
        }
        for (const Assignment &a : before.roster.assignments)
            ++staffed[skillSet(a.skill, a.skills)];
        for (const auto &[set, n] : scheduled)
            if (!before.feasible || staffed[set] < n)
                shortSkills.push_back({set, groups[set].size() == 1 ? *groups[set].begin() : QString()});
    }
    const std::vector<Candidate> list = candidates(base, demand, shortSkills, options);

    std::vector<Relaxation> out;
    for (size_t i = 0; i < list.size(); ++i) {
        if (cancel && cancel->load())
            break;
        if (progress)
            progress(int(i), int(list.size()));
        const Candidate &c = list[i];
        const Outcome after = solveOnce(c.roster, demand, o, cancel);
        Relaxation r;
        r.kind = c.kind;
        r.feasibleBefore = before.feasible;
        r.feasibleAfter = after.feasible;
        r.unstaffedBefore = before.unstaffed;
        r.unstaffedAfter = after.unstaffed;
        r.underBefore = before.under;
        r.underAfter = after.under;
        r.relaxedRoster = after.roster;
        const bool gains = (!before.feasible && after.feasible) || after.unstaffed < before.unstaffed || after.under < before.under - 1e-9;
        if (!gains || !after.feasible)
            continue;
        if (c.kind == QLatin1String("addAgents")) {
            r.agentsAffected = c.added;
            r.title = c.change;
        } else {
            // Who uses it: the relaxed roster judged by the original rules.
            AgentRoster judged = base;
            judged.assignments = after.roster.assignments;
            QSet<int> agents;
            for (const RosterViolation &v : validateAgentRoster(judged).violations)
                if (c.rules.contains(v.rule))
                    agents.insert(v.agent);
            r.agentsAffected = int(agents.size());
            r.title = Tr::tr("%1 %2 for %n agent(s)", nullptr, r.agentsAffected).arg(ruleLabel(c.kind), c.change);
        }
        QStringList gained;
        if (!before.feasible)
            gained << Tr::tr("makes the roster feasible");
        if (r.shiftsGained() > 0)
            gained << Tr::tr("staffs %n more scheduled shift(s)", nullptr, r.shiftsGained());
        if (r.underBefore - r.underAfter > 1e-9)
            gained << Tr::tr("removes %1 under-covered agent-intervals").arg(r.underBefore - r.underAfter, 0, 'g', 6);
        r.description = r.title + QStringLiteral(": ") + gained.join(QStringLiteral(", "));
        out.push_back(std::move(r));
    }
    if (progress)
        progress(int(list.size()), int(list.size()));
    std::stable_sort(out.begin(), out.end(), [](const Relaxation &a, const Relaxation &b) {
        const bool fa = !a.feasibleBefore && a.feasibleAfter, fb = !b.feasibleBefore && b.feasibleAfter;
        if (fa != fb)
            return fa;
        if (a.shiftsGained() != b.shiftsGained())
            return a.shiftsGained() > b.shiftsGained();
        const double ua = a.underBefore - a.underAfter, ub = b.underBefore - b.underAfter;
        if (std::abs(ua - ub) > 1e-9)
            return ua > ub;
        return a.agentsAffected < b.agentsAffected;
    });
    return out;
}

} // namespace tessera::rostering

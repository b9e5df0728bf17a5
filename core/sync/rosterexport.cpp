// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/rosterexport.h"

#include "core/error.h"

#include <QCryptographicHash>
#include <QTimeZone>

#include <algorithm>
#include <set>

namespace tessera {

namespace {

const QString kLabel = QStringLiteral("roster export");

/// The mapped code, or the first code of `category`; throws InputError naming the field.
const ActivityCodeInfo &pickCode(const PlatformSnapshot &snapshot, const QString &id, const QString &category,
                                 const QString &field)
{
    if (!id.isEmpty()) {
        if (const ActivityCodeInfo *c = snapshot.activityCode(id))
            return *c;
        throw InputError(kLabel, 0, QStringLiteral("activities.") + field,
                         QStringLiteral("activity code %1 is not one of the business unit's codes").arg(id));
    }
    for (const auto &c : snapshot.activityCodes)
        if (c.category == category)
            return c;
    throw InputError(kLabel, 0, QStringLiteral("activities.") + field,
                     QStringLiteral("the business unit has no activity code of category %1").arg(category));
}

struct Piece {
    int start = 0;
    int end = 0;
    const ActivityCodeInfo *code = nullptr;
};

/// The assignment cut into work and break pieces, in time order (breaks clipped to the shift).
std::vector<Piece> pieces(const rostering::Assignment &a, const ActivityCodeInfo &work, const ActivityCodeInfo &paid,
                          const ActivityCodeInfo &unpaid)
{
    std::vector<Piece> breaks;
    for (const auto &b : a.paidBreaks)
        breaks.push_back({std::max(b.start, a.start), std::min(b.end, a.end), &paid});
    for (const auto &b : a.breaks)
        breaks.push_back({std::max(b.start, a.start), std::min(b.end, a.end), &unpaid});
    std::sort(breaks.begin(), breaks.end(), [](const Piece &x, const Piece &y) { return x.start < y.start; });
    std::vector<Piece> out;
    int t = a.start;
    for (const auto &b : breaks) {
        if (b.end <= b.start || b.start < t)
            continue; // empty or overlapping an earlier break: the roster validator reports those
        if (b.start > t)
            out.push_back({t, b.start, &work});
        out.push_back(b);
        t = b.end;
    }
    if (t < a.end)
        out.push_back({t, a.end, &work});
    return out;
}

} // namespace

ScheduleWeek scheduleWeekFromRoster(const Project &project, const PlatformSnapshot &snapshot,
                                    const RosterExportOptions &options)
{
    if (!options.weekDate.isValid())
        throw InputError(kLabel, 0, QStringLiteral("weekDate"), QStringLiteral("no week chosen"));
    const ActivityCodeInfo &work = pickCode(snapshot, options.activities.workCodeId, QStringLiteral("OnQueueWork"),
                                            QStringLiteral("work"));
    const ActivityCodeInfo &paid = pickCode(snapshot, options.activities.paidBreakCodeId, QStringLiteral("Break"),
                                            QStringLiteral("paidBreak"));
    const ActivityCodeInfo &unpaid = pickCode(snapshot, options.activities.unpaidBreakCodeId, QStringLiteral("Meal"),
                                              QStringLiteral("unpaidBreak"));

    QTimeZone buZone(snapshot.businessUnit.timeZone.toUtf8());
    if (!buZone.isValid())
        buZone = project.zone();
    const QDateTime weekStart = QDateTime(options.weekDate, QTime(0, 0), buZone).toUTC();
    const QDateTime weekEnd = QDateTime(options.weekDate.addDays(7), QTime(0, 0), buZone).toUTC();

    const rostering::AgentRoster &roster = project.roster;
    const int minutes = roster.intervalMinutes > 0 ? roster.intervalMinutes : project.intervalMinutes;
    const IntervalGrid grid(project.effectiveStart(), minutes, roster.horizon());
    const auto at = [&](int t) { return grid.intervalStart(t).toUTC(); };

    ScheduleWeek week;
    week.businessUnitId = snapshot.businessUnit.id;
    week.weekDate = options.weekDate;
    week.description = options.description;
    std::map<int, AgentWeek> byAgent;
    std::vector<const rostering::Assignment *> sorted;
    for (const auto &a : roster.assignments)
        sorted.push_back(&a);
    std::stable_sort(sorted.begin(), sorted.end(), [](auto *x, auto *y) { return x->start < y->start; });
    for (const rostering::Assignment *a : sorted) {
        if (a->agent < 0 || a->agent >= int(roster.agents.size()) || a->end <= a->start)
            continue;
        const QDateTime start = at(a->start);
        if (start < weekStart || start >= weekEnd)
            continue;
        AgentWeek &aw = byAgent[a->agent];
        if (aw.userId.isEmpty()) {
            aw.userId = roster.agents[a->agent].id;
            const AgentInfo *info = snapshot.agent(aw.userId);
            aw.managementUnitId = info ? info->managementUnitId : options.defaultManagementUnitId;
        }
        ScheduledShift s;
        s.start = start;
        s.lengthMinutes = int(start.secsTo(at(a->end)) / 60);
        for (const Piece &p : pieces(*a, work, paid, unpaid)) {
            const QDateTime ps = at(p.start);
            s.activities.push_back({ps, int(ps.secsTo(at(p.end)) / 60), p.code->id, p.code->name, p.code->paid});
        }
        aw.shifts.push_back(std::move(s));
    }
    for (auto &[index, aw] : byAgent)
        week.agents.push_back(std::move(aw));
    return week;
}

rostering::Contract platformDefaultContract()
{
    rostering::Contract c;
    c.id = QStringLiteral("platform");
    c.maxMinutesPerWeek = 2400;
    c.maxConsecutiveDays = 6;
    c.minRestMinutes = 660;
    return c;
}

int mergePlatformAgents(rostering::AgentRoster &roster, const PlatformSnapshot &snapshot, const QString &contractId)
{
    if (contractId == QStringLiteral("platform") &&
        std::none_of(roster.contracts.begin(), roster.contracts.end(), [](const auto &c) { return c.id == QStringLiteral("platform"); }))
        roster.contracts.push_back(platformDefaultContract());
    std::map<QString, int> index;
    for (int i = 0; i < int(roster.agents.size()); ++i)
        index[roster.agents[i].id] = i;
    int added = 0;
    for (const AgentInfo &info : snapshot.agents) {
        QStringList skills = info.skillIds;
        for (const auto &q : info.queueIds)
            if (!skills.contains(q))
                skills << q;
        auto it = index.find(info.id);
        if (it != index.end()) {
            rostering::Agent &a = roster.agents[it->second];
            a.name = info.name;
            a.skills = skills;
            continue;
        }
        rostering::Agent a;
        a.id = info.id;
        a.name = info.name;
        a.skills = skills;
        a.contractId = contractId;
        index[a.id] = int(roster.agents.size());
        roster.agents.push_back(std::move(a));
        ++added;
    }
    return added;
}

std::map<QString, QString> rosterDayFingerprints(const Project &project)
{
    const rostering::AgentRoster &roster = project.roster;
    const int minutes = roster.intervalMinutes > 0 ? roster.intervalMinutes : project.intervalMinutes;
    const IntervalGrid grid(project.effectiveStart(), minutes, roster.horizon());
    std::map<QString, QStringList> parts;
    for (const auto &a : roster.assignments) {
        if (a.agent < 0 || a.agent >= int(roster.agents.size()))
            continue;
        const QDateTime start = grid.intervalStart(a.start);
        QString item = start.toUTC().toString(Qt::ISODate) + QLatin1Char('+') + QString::number(a.end - a.start) +
                       QLatin1Char('/') + a.code + QLatin1Char('/') + a.skill;
        for (const auto &b : a.breaks)
            item += QStringLiteral(" u%1-%2").arg(b.start - a.start).arg(b.end - a.start);
        for (const auto &b : a.paidBreaks)
            item += QStringLiteral(" p%1-%2").arg(b.start - a.start).arg(b.end - a.start);
        parts[roster.agents[a.agent].id + QLatin1Char('|') + start.date().toString(Qt::ISODate)] << item;
    }
    std::map<QString, QString> out;
    for (auto &[key, items] : parts) {
        items.sort();
        out[key] = QString::fromLatin1(
            QCryptographicHash::hash(items.join(QLatin1Char(';')).toUtf8(), QCryptographicHash::Sha1).toHex().left(16));
    }
    return out;
}

QString RosterDayChange::text() const
{
    static const char *kinds[] = {"shift added", "shift removed", "shift changed"};
    const QString who = agentName.isEmpty() ? agentId : QStringLiteral("%1 (%2)").arg(agentName, agentId);
    return QStringLiteral("%1, %2: %3").arg(who, date.toString(QStringLiteral("ddd yyyy-MM-dd")), QLatin1String(kinds[kind]));
}

std::vector<RosterDayChange> rosterChangesSince(const std::map<QString, QString> &synced, const Project &project)
{
    const auto now = rosterDayFingerprints(project);
    std::map<QString, QString> names;
    for (const auto &a : project.roster.agents)
        names[a.id] = a.name;
    std::set<QString> keys;
    for (const auto &[k, v] : synced)
        keys.insert(k);
    for (const auto &[k, v] : now)
        keys.insert(k);
    std::vector<RosterDayChange> out;
    for (const QString &key : keys) {
        auto was = synced.find(key);
        auto is = now.find(key);
        RosterDayChange c;
        if (was == synced.end())
            c.kind = RosterDayChange::Added;
        else if (is == now.end())
            c.kind = RosterDayChange::Removed;
        else if (was->second != is->second)
            c.kind = RosterDayChange::Changed;
        else
            continue;
        const int bar = key.lastIndexOf(QLatin1Char('|'));
        c.agentId = key.left(bar);
        c.date = QDate::fromString(key.mid(bar + 1), Qt::ISODate);
        c.agentName = names.count(c.agentId) ? names[c.agentId] : QString();
        out.push_back(c);
    }
    return out;
}

} // namespace tessera

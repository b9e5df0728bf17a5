// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/validator.h"

#include "core/error.h"

#include <QRegularExpression>
#include <QStringList>

#include <stdexcept>
#include <string>

namespace tessera::rostering {

Roster::Roster(int staffCount, int days)
    : m_staff(staffCount)
    , m_days(days)
    , m_cells(size_t(staffCount) * size_t(days), std::int16_t(-1))
{
}

void requireRosterOf(const NrpInstance &instance, const Roster &roster, const char *who)
{
    if (roster.staffCount() != instance.staffCount() || roster.days() != instance.days)
        throw std::invalid_argument(std::string(who) + ": the roster's staff × days differ from the instance's");
    for (int e = 0; e < roster.staffCount(); ++e)
        for (int d = 0; d < roster.days(); ++d)
            if (roster.at(e, d) < -1 || roster.at(e, d) >= instance.shiftCount())
                throw std::invalid_argument(std::string(who) + ": the roster names a shift type the instance lacks");
}

QLatin1String staffRuleName(StaffRule rule)
{
    static const char *const names[kStaffRuleCount] = {"maxShifts",            "maxTotalMinutes",      "minTotalMinutes",
                                                       "maxConsecutiveShifts", "minConsecutiveShifts", "minConsecutiveDaysOff",
                                                       "maxWeekends",          "shiftSuccession"};
    return QLatin1String(names[int(rule)]);
}

namespace {

void addHard(Evaluation &e, const char *rule, int staff, int day, const QString &message)
{
    e.hardViolations.push_back(Violation{QLatin1String(rule), staff, day, message, 1});
}

/// A violation of a staff rule: soft at `weight` per unit of `amount` when weight > 0, else hard.
void addPriced(Evaluation &e, int weight, StaffRule rule, int staff, int day, int amount, const QString &message)
{
    const Violation v{staffRuleName(rule), staff, day, message, amount};
    if (weight > 0) {
        e.rulePenalty += (long long)weight * amount;
        e.softViolations.push_back(v);
    } else {
        e.hardViolations.push_back(v);
    }
}

/// At the member's weight for the rule.
void addRule(Evaluation &e, const StaffMember &m, StaffRule rule, int staff, int day, int amount, const QString &message)
{
    addPriced(e, m.weight(rule), rule, staff, day, amount, message);
}

} // namespace

Evaluation evaluate(const NrpInstance &inst, const Roster &r)
{
    if (r.staffCount() != inst.staffCount() || r.days() != inst.days)
        throw InputError(Tr::tr("the roster has %1 staff × %2 days; the instance %3 × %4")
                             .arg(r.staffCount()).arg(r.days()).arg(inst.staffCount()).arg(inst.days));
    const int H = inst.days;
    const int T = inst.shiftCount();
    for (int s = 0; s < inst.staffCount(); ++s)
        for (int d = 0; d < H; ++d)
            if (r.at(s, d) < -1 || r.at(s, d) >= T)
                throw InputError(QString(), 0, QString(),
                                 Tr::tr("staff %1, day %2: shift index %3 is out of range").arg(inst.staff[s].id).arg(d).arg(r.at(s, d)));

    Evaluation e;
    // Soft: requests.
    for (const ShiftRequest &q : inst.shiftOnRequests)
        if (r.at(q.staff, q.day) != q.shift)
            e.requestPenalty += q.weight;
    for (const ShiftRequest &q : inst.shiftOffRequests)
        if (r.at(q.staff, q.day) == q.shift)
            e.requestPenalty += q.weight;
    // Soft: cover.
    std::vector<int> staffed(size_t(H) * T, 0);
    for (int s = 0; s < inst.staffCount(); ++s)
        for (int d = 0; d < H; ++d)
            if (r.at(s, d) >= 0)
                ++staffed[size_t(d) * T + r.at(s, d)];
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const CoverRequirement &c = inst.cover(d, t);
            const int n = staffed[size_t(d) * T + t];
            if (n < c.requirement)
                e.coverPenalty += (long long)(c.requirement - n) * c.weightUnder;
            else
                e.coverPenalty += (long long)(n - c.requirement) * c.weightOver;
        }

    // Staff rules.
    for (int s = 0; s < inst.staffCount(); ++s) {
        const StaffMember &m = inst.staff[s];
        std::vector<int> count(T, 0), firstOver(T, -1);
        long long minutes = 0;
        int minutesOverFrom = -1;
        for (int d = 0; d < H; ++d) {
            const int t = r.at(s, d);
            if (t < 0)
                continue;
            if (inst.isDayOff(s, d))
                addHard(e, "dayOff", s, d, Tr::tr("%1 works shift %2 on day %3, a fixed day off").arg(m.id, inst.shifts[t].id).arg(d));
            else if (inst.isUnavailable(s, d, t))
                addHard(e, "unavailable", s, d,
                        Tr::tr("%1 works shift %2 on day %3, outside their availability").arg(m.id, inst.shifts[t].id).arg(d));
            // At the pair's own price (NrpInstance::successionPrice(); 0: hard).
            if (const int price = d > 0 && r.at(s, d - 1) >= 0 ? inst.successionPrice(s, r.at(s, d - 1), t) : -1; price >= 0)
                addPriced(e, price, StaffRule::ShiftSuccession, s, d, 1,
                          Tr::tr("%1 works %2 on day %3 after %4 on day %5; %2 may not follow %4")
                              .arg(m.id, inst.shifts[t].id).arg(d).arg(inst.shifts[r.at(s, d - 1)].id).arg(d - 1));
            if (++count[t] == m.maxShifts[t] + 1)
                firstOver[t] = d;
            minutes += inst.shifts[t].lengthMinutes;
            if (minutes > m.maxTotalMinutes && minutesOverFrom < 0)
                minutesOverFrom = d;
        }
        for (int t = 0; t < T; ++t)
            if (firstOver[t] >= 0)
                addRule(e, m, StaffRule::MaxShifts, s, firstOver[t], count[t] - m.maxShifts[t],
                        Tr::tr("%1 works %2 shifts %3, more than %4 (from day %5)")
                            .arg(m.id).arg(count[t]).arg(inst.shifts[t].id).arg(m.maxShifts[t]).arg(firstOver[t]));
        if (minutesOverFrom >= 0)
            addRule(e, m, StaffRule::MaxTotalMinutes, s, minutesOverFrom, int(minutes - m.maxTotalMinutes),
                    Tr::tr("%1 works %2 minutes, more than %3 (from day %4)").arg(m.id).arg(minutes).arg(m.maxTotalMinutes).arg(minutesOverFrom));
        if (minutes < m.minTotalMinutes)
            addRule(e, m, StaffRule::MinTotalMinutes, s, -1, int(m.minTotalMinutes - minutes),
                    Tr::tr("%1 works %2 minutes, fewer than %3").arg(m.id).arg(minutes).arg(m.minTotalMinutes));

        // Runs of worked days and of days off.
        int start = 0;
        while (start < H) {
            const bool working = r.at(s, start) >= 0;
            int end = start; // inclusive
            while (end + 1 < H && (r.at(s, end + 1) >= 0) == working)
                ++end;
            const int length = end - start + 1;
            const bool interior = start > 0 && end < H - 1;
            if (working) {
                if (length > m.maxConsecutiveShifts)
                    addRule(e, m, StaffRule::MaxConsecutiveShifts, s, start + m.maxConsecutiveShifts,
                            length - m.maxConsecutiveShifts,
                            Tr::tr("%1 works %2 days in a row from day %3; at most %4").arg(m.id).arg(length).arg(start).arg(m.maxConsecutiveShifts));
                if (interior && length < m.minConsecutiveShifts)
                    addRule(e, m, StaffRule::MinConsecutiveShifts, s, start, m.minConsecutiveShifts - length,
                            Tr::tr("%1 works only %2 days in a row from day %3; at least %4").arg(m.id).arg(length).arg(start).arg(m.minConsecutiveShifts));
            } else if (interior && length < m.minConsecutiveDaysOff) {
                addRule(e, m, StaffRule::MinConsecutiveDaysOff, s, start, m.minConsecutiveDaysOff - length,
                        Tr::tr("%1 has only %2 days off in a row from day %3; at least %4").arg(m.id).arg(length).arg(start).arg(m.minConsecutiveDaysOff));
            }
            start = end + 1;
        }

        // Weekends.
        int weekends = 0, weekendsOverFrom = -1;
        for (int sat = 5; sat < H; sat += 7) {
            const bool worked = r.at(s, sat) >= 0 || (sat + 1 < H && r.at(s, sat + 1) >= 0);
            if (worked && ++weekends == m.maxWeekends + 1)
                weekendsOverFrom = sat;
        }
        if (weekendsOverFrom >= 0)
            addRule(e, m, StaffRule::MaxWeekends, s, weekendsOverFrom, weekends - m.maxWeekends,
                    Tr::tr("%1 works %2 weekends, more than %3 (from day %4)").arg(m.id).arg(weekends).arg(m.maxWeekends).arg(weekendsOverFrom));
    }
    // Fairness groups: weight × (max − min) of the members' counts.
    for (size_t g = 0; g < inst.fairnessGroups.size(); ++g) {
        const FairnessGroup &group = inst.fairnessGroups[g];
        FairnessSpread f;
        f.group = int(g);
        for (int s : group.staff) {
            if (s < 0 || s >= inst.staffCount())
                throw InputError(QString(), 0, QStringLiteral("fairnessGroups[%1].staff").arg(g), Tr::tr("no staff member %1").arg(s));
            const int n = fairnessCount(group, r, s);
            if (f.minStaff < 0 || n < f.min) {
                f.min = n;
                f.minStaff = s;
            }
            if (f.maxStaff < 0 || n > f.max) {
                f.max = n;
                f.maxStaff = s;
            }
        }
        f.penalty = group.weight > 0 ? (long long)group.weight * (f.max - f.min) : 0;
        e.fairnessPenalty += f.penalty;
        e.fairness.push_back(f);
    }
    e.objective = e.coverPenalty + e.requestPenalty + e.rulePenalty + e.fairnessPenalty;
    return e;
}

int fairnessCount(const FairnessGroup &group, const Roster &r, int s)
{
    const int H = r.days();
    int n = 0;
    if (group.weekends) {
        for (int sat = 5; sat < H; sat += 7)
            n += r.at(s, sat) >= 0 || (sat + 1 < H && r.at(s, sat + 1) >= 0) ? 1 : 0;
    } else {
        for (int d = 0; d < H; ++d)
            n += group.counts(r.at(s, d)) ? 1 : 0;
    }
    return n;
}

Roster readRosterText(const NrpInstance &inst, const QByteArray &data, const QString &fileLabel)
{
    Roster r(inst.staffCount(), inst.days);
    std::vector<int> lineOf(inst.staffCount(), 0);
    static const QRegularExpression ws(QStringLiteral("[ \t]+"));
    const QList<QByteArray> lines = data.split('\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int row = i + 1;
        const QString text = QString::fromUtf8(lines[i]).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        const QStringList tok = text.split(ws, Qt::SkipEmptyParts);
        const int s = inst.staffIndex(tok[0]);
        if (s < 0)
            throw InputError(fileLabel, row, QStringLiteral("EmpID"), Tr::tr("unknown staff member '%1'").arg(tok[0]));
        if (lineOf[s])
            throw InputError(fileLabel, row, QStringLiteral("EmpID"),
                             Tr::tr("staff member '%1' already on line %2").arg(tok[0]).arg(lineOf[s]));
        lineOf[s] = row;
        if (tok.size() - 1 != inst.days)
            throw InputError(fileLabel, row, tok.size() - 1 < inst.days ? QStringLiteral("day %1").arg(tok.size() - 1) : QStringLiteral("day %1").arg(inst.days),
                             Tr::tr("%1 days given; the horizon has %2").arg(tok.size() - 1).arg(inst.days));
        for (int d = 0; d < inst.days; ++d) {
            const QString &t = tok[d + 1];
            if (t == QLatin1String("-"))
                continue;
            const int shift = inst.shiftIndex(t);
            if (shift < 0)
                throw InputError(fileLabel, row, QStringLiteral("day %1").arg(d), Tr::tr("unknown shift '%1'").arg(t));
            r.set(s, d, shift);
        }
    }
    for (int s = 0; s < inst.staffCount(); ++s)
        if (!lineOf[s])
            throw InputError(fileLabel, 0, QStringLiteral("EmpID"), Tr::tr("no line for staff member '%1'").arg(inst.staff[s].id));
    return r;
}

QByteArray writeRosterText(const NrpInstance &inst, const Roster &r)
{
    QByteArray out = "# Tessera roster: staff id, then one shift id or '-' (off) per day; day 0 is a Monday\n";
    for (int s = 0; s < r.staffCount() && s < inst.staffCount(); ++s) {
        out += inst.staff[s].id.toUtf8();
        for (int d = 0; d < r.days(); ++d) {
            out += ' ';
            const int t = r.at(s, d);
            out += t >= 0 && t < inst.shiftCount() ? inst.shifts[t].id.toUtf8() : QByteArray("-");
        }
        out += '\n';
    }
    return out;
}

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrpinstance.h"

#include "core/error.h"

#include <QFile>
#include <QStringList>

#include <algorithm>
#include <map>

namespace tessera::rostering {

int NrpInstance::shiftIndex(const QString &id) const
{
    for (int i = 0; i < shiftCount(); ++i)
        if (shifts[i].id == id)
            return i;
    return -1;
}

int NrpInstance::staffIndex(const QString &id) const
{
    for (int i = 0; i < staffCount(); ++i)
        if (staff[i].id == id)
            return i;
    return -1;
}

void NrpInstance::resize()
{
    m_forbidden.assign(shifts.size() * shifts.size(), 0);
    m_daysOff.assign(staff.size() * size_t(days), 0);
    m_unavailable.clear();
    m_cover.assign(size_t(days) * shifts.size(), CoverRequirement{});
}

void NrpInstance::setForbiddenSuccession(int first, int next, bool forbidden)
{
    m_forbidden[size_t(first) * shifts.size() + next] = forbidden ? 1 : 0;
}

void NrpInstance::setDayOff(int staffIdx, int day, bool off)
{
    m_daysOff[size_t(staffIdx) * days + day] = off ? 1 : 0;
}

bool NrpInstance::forbiddenSuccession(int staffIdx, int first, int next) const
{
    if (forbiddenSuccession(first, next))
        return true;
    const auto &own = staff[size_t(staffIdx)].forbiddenSuccessions;
    return std::find(own.begin(), own.end(), std::pair<int, int>{first, next}) != own.end();
}

int NrpInstance::successionPrice(int staffIdx, int first, int next) const
{
    const StaffMember &s = staff[size_t(staffIdx)];
    const int w = s.weight(StaffRule::ShiftSuccession);
    int price = -1;
    const auto combine = [&price](int p) { price = price < 0 ? p : (p == 0 || price == 0) ? 0 : std::max(price, p); };
    if (forbiddenSuccession(first, next))
        combine(w);
    for (size_t i = 0; i < s.forbiddenSuccessions.size(); ++i)
        if (s.forbiddenSuccessions[i] == std::pair<int, int>{first, next})
            combine(w > 0 && i < s.forbiddenSuccessionPrices.size() ? s.forbiddenSuccessionPrices[i] : w);
    return price;
}

void NrpInstance::setUnavailable(int staffIdx, int day, int shift, bool unavailable)
{
    if (m_unavailable.empty()) {
        if (!unavailable)
            return;
        m_unavailable.assign(staff.size() * size_t(days) * shifts.size(), 0);
    }
    m_unavailable[(size_t(staffIdx) * days + day) * shifts.size() + shift] = unavailable ? 1 : 0;
}

void NrpInstance::setCover(int day, int shift, const CoverRequirement &c)
{
    m_cover[size_t(day) * shifts.size() + shift] = c;
}

namespace {

struct Line {
    int number = 0;
    QStringList fields;
};

class Parser
{
public:
    explicit Parser(QString file)
        : m_file(std::move(file))
    {
    }

    [[noreturn]] void fail(int row, const QString &field, const QString &reason) const
    {
        throw InputError(m_file, row, field, reason);
    }

    QString field(const Line &l, int i, const QString &name) const
    {
        if (i >= l.fields.size())
            fail(l.number, name, Tr::tr("missing; the line has %1 fields").arg(l.fields.size()));
        return l.fields[i];
    }

    int integer(const Line &l, int i, const QString &name, int min = 0) const
    {
        const QString s = field(l, i, name);
        bool ok = false;
        const int v = s.toInt(&ok);
        if (!ok)
            fail(l.number, name, s.isEmpty() ? Tr::tr("empty; a whole number is required")
                                             : Tr::tr("'%1' is not a whole number").arg(s));
        if (v < min)
            fail(l.number, name, Tr::tr("%1 is less than %2").arg(v).arg(min));
        return v;
    }

    int day(const NrpInstance &inst, const Line &l, int i, const QString &name) const
    {
        const int d = integer(l, i, name);
        if (d >= inst.days)
            fail(l.number, name, Tr::tr("day %1 is outside the horizon of %2 days").arg(d).arg(inst.days));
        return d;
    }

    int shift(const NrpInstance &inst, const Line &l, const QString &id, const QString &name) const
    {
        const int s = inst.shiftIndex(id);
        if (s < 0)
            fail(l.number, name, Tr::tr("unknown shift '%1'").arg(id));
        return s;
    }

    int staff(const NrpInstance &inst, const Line &l, int i, const QString &name) const
    {
        const QString id = field(l, i, name);
        const int s = inst.staffIndex(id);
        if (s < 0)
            fail(l.number, name, Tr::tr("unknown staff member '%1'").arg(id));
        return s;
    }

    void exactFields(const Line &l, int n, const QString &section) const
    {
        if (l.fields.size() != n)
            fail(l.number, section, Tr::tr("%1 fields; %2 expected").arg(l.fields.size()).arg(n));
    }

private:
    QString m_file;
};

const QStringList kSections = {
    QStringLiteral("HORIZON"),           QStringLiteral("SHIFTS"),
    QStringLiteral("STAFF"),             QStringLiteral("DAYS_OFF"),
    QStringLiteral("SHIFT_ON_REQUESTS"), QStringLiteral("SHIFT_OFF_REQUESTS"),
    QStringLiteral("COVER"),
};

} // namespace

NrpInstance readNrpText(const QByteArray &data, const QString &fileLabel)
{
    const Parser p(fileLabel);
    // Pass 1: split into sections, keeping line numbers, so sections may come in any order.
    std::map<QString, std::vector<Line>> sections;
    std::map<QString, int> sectionLine;
    QString current;
    const QList<QByteArray> rawLines = data.split('\n');
    for (int i = 0; i < rawLines.size(); ++i) {
        QString text = QString::fromUtf8(rawLines[i]).trimmed();
        if (i == 0 && text.startsWith(QChar(0xFEFF)))
            text = text.mid(1).trimmed();
        if (text.isEmpty() || text.startsWith(QLatin1Char('#')))
            continue;
        if (text.startsWith(QLatin1String("SECTION_"))) {
            current = text.mid(8).trimmed();
            if (!kSections.contains(current))
                p.fail(i + 1, text, Tr::tr("unknown section"));
            if (sectionLine.count(current))
                p.fail(i + 1, text, Tr::tr("duplicate section (first on line %1)").arg(sectionLine[current]));
            sectionLine[current] = i + 1;
            sections[current];
            continue;
        }
        if (current.isEmpty())
            p.fail(i + 1, QString(), Tr::tr("data before the first SECTION_ line"));
        Line l;
        l.number = i + 1;
        for (const QString &f : text.split(QLatin1Char(',')))
            l.fields << f.trimmed();
        sections[current].push_back(std::move(l));
    }
    for (const char *required : {"HORIZON", "SHIFTS", "STAFF", "COVER"}) {
        const QString name = QLatin1String(required);
        if (!sections.count(name))
            p.fail(0, QStringLiteral("SECTION_") + name, Tr::tr("missing section"));
    }
    auto linesOf = [&](const char *name) -> const std::vector<Line> & { return sections[QLatin1String(name)]; };

    NrpInstance inst;
    // Horizon.
    {
        const auto &lines = linesOf("HORIZON");
        if (lines.size() != 1)
            p.fail(lines.empty() ? sectionLine[QStringLiteral("HORIZON")] : lines[1].number, QStringLiteral("SECTION_HORIZON"),
                   Tr::tr("exactly one line with the number of days is required"));
        p.exactFields(lines[0], 1, QStringLiteral("SECTION_HORIZON"));
        inst.days = p.integer(lines[0], 0, QStringLiteral("horizon"), 1);
    }
    // Shift types (ids first, successors after, so a shift may name a later one).
    const auto &shiftLines = linesOf("SHIFTS");
    if (shiftLines.empty())
        p.fail(sectionLine[QStringLiteral("SHIFTS")], QStringLiteral("SECTION_SHIFTS"), Tr::tr("no shift types"));
    for (const Line &l : shiftLines) {
        if (l.fields.size() < 2 || l.fields.size() > 3)
            p.exactFields(l, 3, QStringLiteral("SECTION_SHIFTS"));
        ShiftType t;
        t.id = p.field(l, 0, QStringLiteral("ShiftID"));
        if (t.id.isEmpty())
            p.fail(l.number, QStringLiteral("ShiftID"), Tr::tr("empty"));
        if (inst.shiftIndex(t.id) >= 0)
            p.fail(l.number, QStringLiteral("ShiftID"), Tr::tr("duplicate shift '%1'").arg(t.id));
        t.lengthMinutes = p.integer(l, 1, QStringLiteral("LengthInMinutes"), 1);
        inst.shifts.push_back(t);
    }
    // Staff.
    const auto &staffLines = linesOf("STAFF");
    if (staffLines.empty())
        p.fail(sectionLine[QStringLiteral("STAFF")], QStringLiteral("SECTION_STAFF"), Tr::tr("no staff"));
    for (const Line &l : staffLines) {
        p.exactFields(l, 8, QStringLiteral("SECTION_STAFF"));
        StaffMember m;
        m.id = l.fields[0];
        if (m.id.isEmpty())
            p.fail(l.number, QStringLiteral("EmpID"), Tr::tr("empty"));
        if (inst.staffIndex(m.id) >= 0)
            p.fail(l.number, QStringLiteral("EmpID"), Tr::tr("duplicate staff member '%1'").arg(m.id));
        m.maxShifts.assign(inst.shifts.size(), inst.days);
        std::vector<bool> seen(inst.shifts.size(), false);
        const QString maxName = QStringLiteral("MaxShifts");
        if (!l.fields[1].isEmpty()) {
            for (const QString &part : l.fields[1].split(QLatin1Char('|'))) {
                const QStringList kv = part.split(QLatin1Char('='));
                if (kv.size() != 2)
                    p.fail(l.number, maxName, Tr::tr("'%1' is not of the form ShiftID=number").arg(part));
                const int s = p.shift(inst, l, kv[0].trimmed(), maxName);
                if (seen[s])
                    p.fail(l.number, maxName, Tr::tr("shift '%1' is listed twice").arg(kv[0].trimmed()));
                seen[s] = true;
                bool ok = false;
                const int v = kv[1].trimmed().toInt(&ok);
                if (!ok || v < 0)
                    p.fail(l.number, maxName, Tr::tr("'%1' is not a whole number >= 0").arg(kv[1].trimmed()));
                m.maxShifts[s] = v;
            }
        }
        m.maxTotalMinutes = p.integer(l, 2, QStringLiteral("MaxTotalMinutes"));
        m.minTotalMinutes = p.integer(l, 3, QStringLiteral("MinTotalMinutes"));
        m.maxConsecutiveShifts = p.integer(l, 4, QStringLiteral("MaxConsecutiveShifts"));
        m.minConsecutiveShifts = p.integer(l, 5, QStringLiteral("MinConsecutiveShifts"));
        m.minConsecutiveDaysOff = p.integer(l, 6, QStringLiteral("MinConsecutiveDaysOff"));
        m.maxWeekends = p.integer(l, 7, QStringLiteral("MaxWeekends"));
        inst.staff.push_back(std::move(m));
    }
    inst.resize();
    for (int i = 0; i < inst.shiftCount(); ++i) {
        const Line &l = shiftLines[i];
        if (l.fields.size() < 3 || l.fields[2].isEmpty())
            continue;
        for (const QString &id : l.fields[2].split(QLatin1Char('|')))
            inst.setForbiddenSuccession(i, p.shift(inst, l, id.trimmed(), QStringLiteral("NotFollowedBy")));
    }
    // Days off.
    for (const Line &l : linesOf("DAYS_OFF")) {
        const int s = p.staff(inst, l, 0, QStringLiteral("EmpID"));
        for (int i = 1; i < l.fields.size(); ++i)
            if (!l.fields[i].isEmpty())
                inst.setDayOff(s, p.day(inst, l, i, QStringLiteral("Day")));
    }
    // Requests.
    auto readRequests = [&](const char *section, std::vector<ShiftRequest> &out) {
        for (const Line &l : linesOf(section)) {
            p.exactFields(l, 4, QStringLiteral("SECTION_") + QLatin1String(section));
            ShiftRequest r;
            r.staff = p.staff(inst, l, 0, QStringLiteral("EmpID"));
            r.day = p.day(inst, l, 1, QStringLiteral("Day"));
            r.shift = p.shift(inst, l, l.fields[2], QStringLiteral("ShiftID"));
            r.weight = p.integer(l, 3, QStringLiteral("Weight"));
            out.push_back(r);
        }
    };
    readRequests("SHIFT_ON_REQUESTS", inst.shiftOnRequests);
    readRequests("SHIFT_OFF_REQUESTS", inst.shiftOffRequests);
    // Cover.
    std::vector<int> coverLine(size_t(inst.days) * inst.shifts.size(), 0);
    for (const Line &l : linesOf("COVER")) {
        p.exactFields(l, 5, QStringLiteral("SECTION_COVER"));
        const int d = p.day(inst, l, 0, QStringLiteral("Day"));
        const int s = p.shift(inst, l, l.fields[1], QStringLiteral("ShiftID"));
        int &first = coverLine[size_t(d) * inst.shifts.size() + s];
        if (first)
            p.fail(l.number, QStringLiteral("ShiftID"),
                   Tr::tr("cover for day %1, shift '%2' is already given on line %3").arg(d).arg(l.fields[1]).arg(first));
        first = l.number;
        CoverRequirement c;
        c.requirement = p.integer(l, 2, QStringLiteral("Requirement"));
        c.weightUnder = p.integer(l, 3, QStringLiteral("WeightUnder"));
        c.weightOver = p.integer(l, 4, QStringLiteral("WeightOver"));
        inst.setCover(d, s, c);
    }
    return inst;
}

NrpInstance readNrpText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot read the file: %1").arg(f.errorString()));
    return readNrpText(f.readAll(), path);
}

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/rosterstyle.h"

#include <QCoreApplication>
#include <QPainter>
#include <QLocale>

#include <algorithm>
#include <iterator>
#include <set>

namespace tessera::ui::rosterstyle {

using rostering::AgentRoster;
using rostering::Assignment;

QStringList skills(const AgentRoster &r)
{
    std::set<QString> named;
    bool any = false;
    for (const rostering::Agent &a : r.agents)
        for (const QString &s : a.skills)
            named.insert(s);
    QString last; // assignments come in runs of one skill: skip repeats cheaply
    for (const Assignment &a : r.assignments) {
        const QString key = colourKey(a);
        if (key.isEmpty())
            any = true;
        else if (key != last)
            named.insert(key);
        last = key;
    }
    for (const auto &[skill, req] : r.required) {
        if (skill.isEmpty())
            any = true;
        else
            named.insert(skill);
    }
    QStringList out(named.begin(), named.end());
    if (any)
        out << QString();
    return out;
}

QString colourKey(const Assignment &a)
{
    return a.skill.isEmpty() ? a.skills.join(QStringLiteral(", ")) : a.skill;
}

QColor skillColor(const QStringList &skills, const QString &skill)
{
    // A colour-blind-safe qualitative palette (Okabe & Ito, 2008), strongest hues first.
    static const QColor palette[] = {QColor(0x00, 0x72, 0xb2), QColor(0xe6, 0x9f, 0x00), QColor(0x00, 0x9e, 0x73),
                                     QColor(0xcc, 0x79, 0xa7), QColor(0x56, 0xb4, 0xe9), QColor(0xd5, 0x5e, 0x00),
                                     QColor(0x8c, 0x6b, 0xb1), QColor(0x6b, 0x8e, 0x23)};
    if (skill.isEmpty())
        return QColor(0x70, 0x78, 0x80);
    const int i = skills.indexOf(skill);
    return palette[std::max(0, i) % int(std::size(palette))];
}

QString skillLabel(const QString &skill)
{
    return skill.isEmpty() ? QCoreApplication::translate("Roster", "any skill") : skill;
}

QDate firstDate(const Project &p)
{
    if (!p.start.isValid() || p.start.date().dayOfWeek() != p.roster.firstWeekday)
        return {};
    return p.start.date();
}

QString dayLabel(const AgentRoster &r, int day, const QDate &first)
{
    if (first.isValid())
        return QLocale().toString(first.addDays(day), QStringLiteral("ddd d MMM"));
    const int weekday = (r.firstWeekday - 1 + day) % 7 + 1;
    return QStringLiteral("%1 %2").arg(QLocale().dayName(weekday, QLocale::ShortFormat)).arg(day + 1);
}

bool isWeekend(const AgentRoster &r, int day)
{
    return r.isWeekendDay(day);
}

QString clock(const AgentRoster &r, int i, int day)
{
    const int perDay = r.intervalsPerDay();
    const int offsetDays = i / perDay - day - (i % perDay == 0 && i / perDay > day ? 1 : 0);
    const int minutes = (i - (day + offsetDays) * perDay) * r.intervalMinutes;
    QString s = QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
    if (offsetDays > 0)
        s += QStringLiteral(" +%1").arg(offsetDays);
    return s;
}

QString describe(const AgentRoster &r, const Assignment &a)
{
    const int day = a.day(r.intervalsPerDay());
    int paid = a.end - a.start;
    for (const tessera::Break &b : a.breaks)
        paid -= b.end - b.start;
    const double hours = paid * r.intervalMinutes / 60.0;
    QString s = QStringLiteral("%1–%2 (%3 h paid), %4")
                    .arg(clock(r, a.start, day), clock(r, a.end, day), QLocale().toString(hours, 'g', 4),
                         skillLabel(a.requiredSkills().join(QStringLiteral(", ")))); // a group's shift: all its skills
    for (const tessera::Break &b : a.breaks)
        s += QCoreApplication::translate("Roster", "; unpaid break %1–%2").arg(clock(r, b.start, day), clock(r, b.end, day));
    for (const tessera::Break &b : a.paidBreaks)
        s += QCoreApplication::translate("Roster", "; paid break %1–%2").arg(clock(r, b.start, day), clock(r, b.end, day));
    return s;
}

void ViolationIndex::rebuild(const rostering::RosterEvaluation &e)
{
    m_map.clear();
    m_violations = e.violations;
    for (size_t i = 0; i < e.violations.size(); ++i)
        m_map[{e.violations[i].agent, e.violations[i].day}].push_back(int(i));
}

const std::vector<int> &ViolationIndex::at(int agent, int day) const
{
    static const std::vector<int> none;
    const auto it = m_map.find({agent, day});
    return it == m_map.end() ? none : it->second;
}

Severity ViolationIndex::severity(int agent, int day) const
{
    Severity s = Severity::None;
    for (int i : at(agent, day))
        s = m_violations[size_t(i)].hard ? Severity::Hard : std::max(s, Severity::Soft);
    return s;
}

QString ViolationIndex::messages(int agent, int day) const
{
    QStringList hard, soft;
    for (int i : at(agent, day)) {
        const rostering::RosterViolation &v = m_violations[size_t(i)];
        (v.hard ? hard : soft) << (v.hard ? QStringLiteral("✖ ") : QStringLiteral("⚠ ")) + v.message;
    }
    return (hard + soft).join(QLatin1Char('\n'));
}

QColor severityColor(Severity s)
{
    switch (s) {
    case Severity::Hard:
        return QColor(0xd0, 0x1c, 0x1c);
    case Severity::Soft:
        return QColor(0xe8, 0x9a, 0x00);
    case Severity::None:
        break;
    }
    return {};
}

void paintBreak(QPainter &p, const QRectF &r, const QColor &base, bool paid)
{
    if (paid) {
        p.fillRect(r, base.lighter(165));
        p.setPen(QPen(base.darker(115), 1, Qt::DotLine));
        p.drawLine(r.topLeft(), r.bottomLeft());
        p.drawLine(r.topRight(), r.bottomRight());
    } else {
        p.fillRect(r, Qt::white);
        p.fillRect(r, QBrush(base.lighter(120), Qt::BDiagPattern));
    }
}

} // namespace tessera::ui::rosterstyle

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"
#include "core/rostering/agentroster.h"

#include <QColor>
#include <QDate>
#include <QString>

class QPainter;
class QRectF;

#include <map>
#include <utility>
#include <vector>

/**
 * What the roster grid, the agent timeline and the violation list share: skill colours, labels
 * of days and times, and where each validator violation belongs (agent × day).
 */
namespace tessera::ui::rosterstyle {

/// The skills of a roster in a stable order: agents' skills and assignments' skills (colourKey()),
/// sorted; "" (a shift for any skill) last when an assignment has none.
QStringList skills(const rostering::AgentRoster &r);
/// A colour per skill (a qualitative palette by position in `skills`, from skills()); grey for "".
/// Views keep `skills` with their roster: skills() reads every assignment.
QColor skillColor(const QStringList &skills, const QString &skill);
/// What a shift is coloured by: its skill, or for a work-plan group's shift without one the
/// group's skills ("Billing, Sales"; Assignment::skills), "" when it has neither.
QString colourKey(const rostering::Assignment &a);
QString skillLabel(const QString &skill);

/// Date of the roster's day 0: the project's first day when its weekday is the roster's
/// firstWeekday, else invalid (labels then show weekday and day number only).
QDate firstDate(const Project &p);
/// "Mon 2 Mar" (with a date) or "Mon 1" (day number, 1-based).
QString dayLabel(const rostering::AgentRoster &r, int day, const QDate &first);
bool isWeekend(const rostering::AgentRoster &r, int day);
/// Clock time of interval boundary `i` seen from `day`: "08:15", "02:00 +1" past midnight.
QString clock(const rostering::AgentRoster &r, int i, int day);
/// "06:00–14:30 (8 h paid), billing; unpaid 10:00–10:30; paid 12:00–12:15" (the skills named are
/// Assignment::requiredSkills(): "billing, sales" for a shift of a blended agent group).
QString describe(const rostering::AgentRoster &r, const rostering::Assignment &a);

enum class Severity { None, Soft, Hard };

/// Validator violations looked up by agent and day (day −1 = the whole horizon).
class ViolationIndex
{
public:
    void rebuild(const rostering::RosterEvaluation &e);
    /// Indices into the evaluation's violations.
    const std::vector<int> &at(int agent, int day) const;
    Severity severity(int agent, int day) const;
    /// Messages joined by newlines, hard ones first marked "✖", soft ones "⚠".
    QString messages(int agent, int day) const;

private:
    std::map<std::pair<int, int>, std::vector<int>> m_map;
    std::vector<rostering::RosterViolation> m_violations;
};

QColor severityColor(Severity s);

/// A break drawn inside a shift bar of colour `base`: unpaid hatched on white, paid a light tint
/// with dotted edges (roster timeline, work-plan preview).
void paintBreak(QPainter &p, const QRectF &r, const QColor &base, bool paid);

} // namespace tessera::ui::rosterstyle

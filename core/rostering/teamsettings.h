// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"

#include <QDate>

namespace tessera::rostering {

/**
 * What the Team editor needs to know about the roster's rules, contracts and agents without a
 * screen: the rule catalogue, contract checks and the text forms of availability and days off.
 */

/// One rule validateAgentRoster() knows (agentroster.h), in plain words.
struct RuleInfo {
    QString name;        ///< the validator's rule name (key of AgentRoster::rules)
    QString description; ///< what breaks it, in plain words
    QString unit;        ///< what one unit of violation is (the validator's `amount`), e.g. "minute short"
    /// The rostering model keeps it hard whatever AgentRoster::rules says (solveAgentRoster(),
    /// agentsolve.h: "dayOff", "availability", "skill", "overlap", "oneShiftPerDay").
    bool alwaysHard = false;
    /// Where the rostering model prices the rule differently from the validator (agentsolve.h), else empty.
    QString solverNote = {};
    /// Only soft makes sense (the fairness rules: a spread always exists): no hard switch, the
    /// weight alone decides (0 = not optimised).
    bool softOnly = false;
};

/// Every rule name of validateAgentRoster(), in the order the validator's docstring lists them.
std::vector<RuleInfo> rosterRules();
/// The rule called `name`, or a default RuleInfo with an empty name.
RuleInfo rosterRule(const QString &name);

/// Checks a contract as the Team editor accepts it: an id, no negative value (maxWorkingWeekends
/// may be −1 = no limit), each minimum ≤ its maximum when the maximum is set (> 0).
/// Throws InputError("contracts", row, field, reason).
void checkContract(const Contract &c, int row);
/// Ids of the agents whose contract is `contractId`.
QStringList agentsWithContract(const AgentRoster &roster, const QString &contractId);

/// `roster` without agent `agent` and its assignments; later agents' assignments are renumbered.
/// An out-of-range index returns the roster unchanged.
AgentRoster withoutAgent(const AgentRoster &roster, int agent);

/// Availability windows as text, "Mon 08:00-16:00, Tue 10:00-18:00" ("Daily" = weekday 0;
/// a window past midnight reads "Fri 22:00-06:00"). Empty list = empty text (always available).
QString availabilityText(const std::vector<AvailabilityWindow> &windows);
/// The inverse of availabilityText() (weekday names in English, three letters or full,
/// any case; "24:00" ends a day; an end at or before the start runs past midnight).
/// Throws InputError(QString(), 0, "availability", reason) naming the bad part.
std::vector<AvailabilityWindow> parseAvailability(const QString &text);

/// Fixed days off as text: 1-based day numbers of the horizon, "1, 6, 7".
QString daysOffText(const std::vector<int> &days);
/// The inverse of daysOffText(); also takes ISO dates (yyyy-MM-dd) counted from `firstDay`
/// (the roster's day 0; dates are refused when it is invalid). Sorted, duplicates removed.
/// Throws InputError(QString(), 0, "fixedDaysOff", reason) for a day outside 1..days.
std::vector<int> parseDaysOff(const QString &text, int days, const QDate &firstDay);

} // namespace tessera::rostering

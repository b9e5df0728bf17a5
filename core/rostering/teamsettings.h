// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"

#include <QDate>

namespace tessera::rostering {

/**
 * What the Team editor needs to know about the roster's rules, contracts and agents without a
 * screen: the rule catalogue, contract checks and the text forms of the fields the Team tab edits
 * as text (availability, days off, shift limits, forbidden successions, requests). Each text form
 * comes as a pair: fooText() writes it, parseFoo() reads it back (parseFoo(fooText(x)) == x).
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

/// Shift codes in the text forms below are the codes of Assignment::code (catalog shift ids,
/// template variant ids such as "Early/d0/0700/480", the solver's "07:00-15:30"); any code is
/// accepted (the roster keeps no list of known codes). A code cannot contain ',' (it separates
/// entries); in forbidden successions it cannot contain '>' or '→' nor end in '-'.

/// Contract::maxShiftsPerCode as text, "E 14, N 4": each code, a space, the most shifts of that
/// code over the horizon, in code order. 0 allows no shift of the code (not "no limit": a code
/// without a limit is simply not listed). Empty map = empty text.
QString shiftLimitsText(const std::map<QString, int> &limits);
/// The inverse of shiftLimitsText(): entries separated by ',', the last whitespace-separated
/// token of an entry is the count (a whole number ≥ 0), the rest the code ("Early/d0/0700/480 3").
/// Throws InputError(QString(), 0, "maxShiftsPerCode", reason) naming the bad entry: no code or no
/// count ("'14'"), a count that is not a whole number ≥ 0 ("'E -1'"), a code listed twice.
std::map<QString, int> parseShiftLimits(const QString &text);

/// Contract::forbiddenSuccessions as text, "N>E, L>E": (first, next) written first>next, in
/// their order. Empty list = empty text.
QString successionsText(const std::vector<std::pair<QString, QString>> &successions);
/// The inverse of successionsText(); the arrow may also be written "→" or "->" ("N→E", "N->E"),
/// spaces around codes are ignored. Pairs listed twice are kept once (first occurrence, order kept).
/// Throws InputError(QString(), 0, "forbiddenSuccessions", reason) naming the bad entry: no arrow,
/// more than one, or a missing code on either side ("'N>'").
std::vector<std::pair<QString, QString>> parseSuccessions(const QString &text);

/// Agent::requests as text, "off 3, on 5 E, off 7 ×2": for each request "on" (wants to work) or
/// "off" (wants not to), its 1-based day of the horizon, the shift code when it names one (none =
/// any shift), and "×weight" when the weight is not 1 (shortest decimal that reads back exactly).
/// Order and repeats kept. Empty list = empty text.
QString requestsText(const std::vector<AgentRequest> &requests);
/// The inverse of requestsText(): entries separated by ','; each is "on|off day [code] [×weight]"
/// (any case). The day is a day number (1 = the horizon's first day) or an ISO date yyyy-MM-dd
/// counted from `firstDay` like parseDaysOff(); the weight may be written "×2" or "x2" (a number
/// > 0, default 1); whatever lies between day and weight is the code ("on 2026-03-07 N x1.5").
/// Throws InputError(QString(), 0, "requests", reason) naming the bad request: not on/off, no day,
/// a day outside 1..days, a weight that is not a number > 0.
std::vector<AgentRequest> parseRequests(const QString &text, int days, const QDate &firstDay);

} // namespace tessera::rostering

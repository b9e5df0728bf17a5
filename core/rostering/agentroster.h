// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/problem.h"

#include <QString>
#include <QStringList>

#include <map>
#include <vector>

namespace tessera::rostering {

/**
 * Named-agent rosters of a project: who works which shift, with which breaks, on which day.
 *
 * Units: every time is an interval index on the project's horizon (interval 0 starts the horizon,
 * `intervalMinutes` long, 1440 / intervalMinutes intervals a day, day 0 is the horizon's first
 * day and `firstWeekday` says which weekday that is). Durations in contracts are minutes.
 * This is the model the roster grid, the agent timeline and the roster validator share; the
 * solver turns it into the Curtois & Qu model (NrpInstance) and back.
 */

/// Labour rules of a contract. 0 means "no limit" for every maximum and "none" for every minimum.
struct Contract {
    QString id;
    int minMinutesPerWeek = 0;  ///< paid minutes in each full week of the horizon (days 7w..7w+6)
    int maxMinutesPerWeek = 0;
    int minMinutesPerPeriod = 0; ///< paid minutes over the whole horizon
    int maxMinutesPerPeriod = 0;
    int maxConsecutiveDays = 0;
    int minConsecutiveDaysOff = 0; ///< runs inside the horizon only (like Curtois & Qu)
    int maxWorkingWeekends = -1;   ///< −1 = no limit; a weekend is worked if Saturday or Sunday is
    int minRestMinutes = 0;        ///< between the end of one shift and the start of the next
    std::map<QString, int> maxShiftsPerCode; ///< shift code → most shifts of that code in the horizon
    /// (first, next): shift code `next` may not be worked the day after shift code `first`.
    std::vector<std::pair<QString, QString>> forbiddenSuccessions;
    bool operator==(const Contract &) const = default;
};

/// A soft wish: `on` = wants to work shift `code` on `day` (or any shift when code is empty);
/// !on = wants not to. Weight: penalty when the wish is not granted.
struct AgentRequest {
    int day = 0;
    QString code;
    bool on = true;
    double weight = 1.0;
    bool operator==(const AgentRequest &) const = default;
};

/// When an agent may work: a shift must start at or after `fromMinutes` and end at or before
/// `toMinutes`, both minutes after the local midnight of the day the shift starts (`toMinutes` may
/// exceed 1440 for a window running overnight, e.g. 1320–1800 = 22:00–06:00).
struct AvailabilityWindow {
    int weekday = 0; ///< 1 = Monday … 7 = Sunday (Qt's convention); 0 = every day
    int fromMinutes = 0;
    int toMinutes = 1440;
    bool operator==(const AvailabilityWindow &) const = default;
};

struct Agent {
    QString id;
    QString name;
    QStringList skills;   ///< may cover shifts of these skills (a shift without skill: anyone)
    QString contractId;
    /// 1 = most senior. Breaks ties where requests collide: of two equally good rosters the one
    /// granting the more senior agent's request wins (see solveAgentRoster()).
    int seniority = 0;
    std::vector<int> fixedDaysOff; ///< hard: days (0-based) without any shift
    /// Hard: on a day whose weekday has windows here (its own or weekday 0's) a shift must lie
    /// inside one of them; a day without any window for it is unrestricted; empty = always available.
    std::vector<AvailabilityWindow> availability;
    std::vector<AgentRequest> requests;
    bool operator==(const Agent &) const = default;
};

/// One shift worked by one agent: intervals [start, end) minus its breaks; `code` names the shift
/// (a catalog shift id or a template variant), `skill` the skill it covers (empty = any).
struct Assignment {
    int agent = 0; ///< index into AgentRoster::agents
    int start = 0;
    int end = 0;
    std::vector<Break> breaks;     ///< unpaid breaks and meals (off the phone, not paid)
    std::vector<Break> paidBreaks; ///< paid breaks (off the phone, paid)
    QString code;
    /// The skill the shift covers: coverage counts it for required[skill] and the views colour by
    /// it; the agent needs it (empty = any agent, coverage of the single-skill requirement "").
    QString skill;
    /// Further skills the agent needs, every one of them: a work-plan shift placed for an agent
    /// group carries the group's skills (ShiftDemand::skills). Empty for catalog shifts. Stored
    /// as the optional assignment key "skills" in the roster JSON (absent in older files = none).
    QStringList skills;
    int day(int intervalsPerDay) const { return start / intervalsPerDay; }
    /// `skill` (when set) and `skills`, without repeats: what an agent must have to work it.
    QStringList requiredSkills() const;
    bool operator==(const Assignment &) const = default;
};

/// Whether a rule is hard (a violation makes the roster invalid) or soft (each unit of
/// violation costs `weight`). Rule names are the ones listed at validateAgentRoster().
struct RuleSetting {
    bool hard = true;
    double weight = 0.0;
    bool operator==(const RuleSetting &) const = default;
};

struct AgentRoster {
    int intervalMinutes = 15;
    int days = 7;
    int firstWeekday = 1; ///< weekday of day 0, 1 = Monday … 7 = Sunday (Qt's convention)
    /// The site's weekend (Qt weekday numbers): Saturday and Sunday by default, Friday and
    /// Saturday in Israel (Project::rosterBase() takes them from the time zone's country).
    std::vector<int> weekendDays = {6, 7};
    std::vector<Contract> contracts;
    std::vector<Agent> agents;
    std::vector<Assignment> assignments;
    /// Required agents per interval and skill (skill "" = the single-skill requirement); each
    /// vector has days × intervalsPerDay entries. Used for coverage and its penalties.
    std::map<QString, std::vector<double>> required;
    double underPenalty = 100.0; ///< per agent-interval short of `required`
    double overPenalty = 0.0;    ///< per agent-interval above it
    std::map<QString, RuleSetting> rules; ///< rule name → setting; missing = hard
    bool operator==(const AgentRoster &) const = default;

    int intervalsPerDay() const { return 1440 / intervalMinutes; }
    int horizon() const { return days * intervalsPerDay(); }
    int weekdayOf(int day) const { return (firstWeekday - 1 + day % 7 + 7) % 7 + 1; }
    bool isWeekendDay(int day) const;
    const Contract *contractOf(int agent) const;
    RuleSetting rule(const QString &name) const;
};

struct RosterViolation {
    QString rule;
    int agent = -1;
    int day = -1; ///< −1: the whole horizon
    QString message;
    double amount = 0.0; ///< units of violation (minutes short, days over, …) for soft pricing
    bool hard = true;
};

/// The validator's evening shift: starting at or after 18:00 or ending after 22:00 (minutes after
/// the midnight of the day it starts; `endMinute` may exceed 1440). FairnessRow::eveningShifts
/// and the "eveningFairness" rule count these; solveAgentRoster() maps the same shift types.
inline bool isEveningShift(int startMinute, int endMinute)
{
    return startMinute >= 18 * 60 || endMinute > 22 * 60;
}

struct FairnessRow {
    int agent = 0;
    int paidMinutes = 0;
    int weekendsWorked = 0;
    int eveningShifts = 0; ///< shifts starting at or after 18:00 or ending after 22:00
    int requestsGranted = 0;
    int requestsDenied = 0;
};

struct RosterEvaluation {
    std::vector<RosterViolation> violations; ///< hard and soft
    double underAgentIntervals = 0.0;
    double overAgentIntervals = 0.0;
    double coveragePenalty = 0.0;
    double requestPenalty = 0.0;
    double softRulePenalty = 0.0;
    double objective() const { return coveragePenalty + requestPenalty + softRulePenalty; }
    bool valid() const;
    std::vector<FairnessRow> fairness;
    /// Spread across agents of the same contract: max − min of weekends and evening shifts
    /// (the largest over contracts).
    int weekendSpread = 0;
    int eveningSpread = 0;
    /// The part of softRulePenalty from "weekendFairness" and "eveningFairness": Σ over contracts
    /// of weight × that contract's spread.
    double fairnessPenalty = 0.0;
};

/**
 * The independent roster validator: recomputes coverage, penalties and every rule violation of
 * `roster` from its assignments alone (it shares no code with the solver).
 *
 * Rules (name: meaning):
 *  - "overlap": two shifts of one agent overlap; "oneShiftPerDay": two shifts start on one day;
 *  - "dayOff": a shift starts on a fixed day off; "skill": the agent lacks one or more of the
 *    shift's Assignment::requiredSkills() (its `skill` and every one of its `skills`; one
 *    violation per shift, the message names the missing skills);
 *  - "availability": a shift outside the agent's availability windows (Agent::availability);
 *  - "minRest": less than minRestMinutes between two consecutive shifts (amount = minutes short);
 *  - "forbiddenSuccession": code b the day after code a, (a, b) listed by the contract;
 *  - "maxShiftsPerCode"; "minMinutesPerWeek" / "maxMinutesPerWeek" (per full week, amount = minutes);
 *    "minMinutesPerPeriod" / "maxMinutesPerPeriod";
 *  - "maxConsecutiveDays" (amount = days over), "minConsecutiveDaysOff" (runs inside the horizon);
 *  - "maxWorkingWeekends" (amount = weekends over): a weekend is a run of consecutive
 *    weekendDays; it is worked when a shift starts on any of its days;
 *  - "weekendFairness" / "eveningFairness" (always soft; priced only when the setting's weight is
 *    > 0, its `hard` flag is ignored): per contract (agents with the same contractId, "" included),
 *    the spread max − min over its agents of weekends worked (as above) / evening shifts
 *    (isEveningShift()); one soft violation per contract with a spread > 0, agent −1, day −1,
 *    amount = the spread (weekends / shifts), priced weight × spread. This is the max − min
 *    balance term of E. K. Burke, P. De Causmaecker, G. Vanden Berghe, H. Van Landeghem, "The
 *    state of the art of nurse rostering", J. Scheduling 7:441–499 (2004), fairness among staff
 *    of one category; solveAgentRoster() optimises it (NrpInstance::fairnessGroups).
 * Paid minutes = (end − start) × intervalMinutes minus the unpaid `breaks`.
 * Coverage: on duty = inside [start, end) and in neither kind of break, counted for the
 * assignment's skill ("" when it has none), compared with `required`.
 */
RosterEvaluation validateAgentRoster(const AgentRoster &roster);

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/validator.h"
#include "core/scheduling/mip.h"
#include "core/scheduling/solver.h"
#include "core/scheduling/templates.h"

#include <atomic>
#include <functional>

namespace tessera::rostering {

/// `count` agents are to work `shift` (absolute intervals on the roster's horizon, with its
/// breaks as unpaid meals, and `paidBreaks` off the phone but paid), covering `skill`.
/// Eligibility: an agent may work it when Agent::skills holds `skill` (when set) and every one of
/// `skills`; with both empty, any agent may. The rostered Assignment carries the same `skill` and
/// `skills`, so validateAgentRoster()'s "skill" rule checks the same condition.
struct ShiftDemand {
    Shift shift;
    int count = 0;
    QString skill; ///< the skill it covers (catalog shifts; coverage counts it), "" = none
    std::vector<Break> paidBreaks;
    /// Further skills the agent needs: the agent group's skills for a work-plan shift.
    QStringList skills;
    /// The agent group the scheduler placed it for ("" for catalog shifts or the implicit group);
    /// demands of different groups are kept apart, and the roster's shift codes name the group
    /// when the demand spans several groups.
    QString group;
};

/**
 * The scheduled shifts of a solve: result.shiftCounts of catalog `shifts`, looked up by id
 * (skill "", no skills, no group). A template (work-plan) result with placedShifts gives them
 * instead, with the break times the model placed: agents with the same group, variant and breaks
 * form one demand (id = the variant id; unpaid breaks in shift.breaks, paid ones in paidBreaks;
 * skill ""). `groups` are the template problem's explicit agent groups (Project::groups, indexed
 * by DecodedShift::group): a demand of group G gets group = G.name and skills = G.skills, so only
 * agents holding every skill of G may work it (a group without skills: anyone). With no explicit
 * groups (Project::toTemplateProblem()'s implicit group "agents" of every skill) or a group index
 * outside `groups`, the demand has no group and no skills: anyone may work it, as before groups
 * carried skills. Why every skill: the template model (templatesolver.h) treats a group's agents
 * as interchangeable holders of the whole skill set and allots each shift's agent-intervals among
 * those skills as coverage needs, so the agent who works the shift must be able to take any of them.
 */
std::vector<ShiftDemand> shiftDemandFromResult(const std::vector<Shift> &shifts, const SolveResult &result,
                                               const std::vector<AgentGroup> &groups = {});

struct AgentRosterOptions {
    double timeLimitSeconds = 30.0;
    /// Penalty per scheduled shift left without an agent, and per shift worked beyond the
    /// schedule (needed when contracts' minimum minutes exceed what the schedule offers).
    int unstaffedShiftWeight = 1000;
    int extraShiftWeight = 10;
    /// Mip: one CBC run on the whole model (solveNrp; proves optimality on small teams).
    /// Lns: large-neighbourhood search (solveNrpLns; keeps improving on large teams and long
    /// horizons, its bound from the root node). Auto: Mip up to `autoMipCells` agent × day ×
    /// shift-type cells, Lns above.
    enum class Method { Auto, Mip, Lns } method = Method::Auto;
    long long autoMipCells = 20000;
    unsigned seed = 1; ///< for Lns
    /// Start from the base roster's assignments (e.g. the planner's edited roster: "improve"),
    /// mapped by nrpStartRoster(); the result is then never worse in the model's objective than
    /// that start when it meets every hard rule. false: base.assignments are ignored.
    bool startFromAssignments = false;
};

struct AgentRosterSolution {
    AgentRoster roster;          ///< the input with `assignments` replaced by the solution
    RosterEvaluation evaluation; ///< validateAgentRoster(roster)
    bool hasSolution = false;
    bool provenOptimal = false;
    bool provenInfeasible = false;
    double seconds = 0.0;
    int unstaffedShifts = 0; ///< scheduled shifts nobody works
    int extraShifts = 0;     ///< shifts worked beyond the schedule
    /// Objective and bound of the model divided by K (see solveAgentRoster()): unstaffedShiftWeight
    /// × unstaffed + extraShiftWeight × extra + request penalties, plus a seniority share below 1.
    double modelObjective = kNaN;
    double modelBound = kNaN;
    /// With startFromAssignments: the start's model objective (unscaled as modelObjective; NaN
    /// when it breaks a hard rule or there was no start), and its assignments kept at their own
    /// times, moved back to the times of the shift type of the same code, and left out.
    double startObjective = kNaN;
    int startKept = 0, startRetimed = 0, startDropped = 0;
};

/**
 * Assigns named agents to the scheduled shifts: the second stage of the classical two-stage
 * approach (shift scheduling, then tour assignment / rostering; Ernst et al., "Staff scheduling
 * and rostering: a review of applications, methods and models", EJOR 153 (2004) §3).
 *
 * The problem is mapped onto the Curtois & Qu model (NrpInstance, solved exactly by solveNrp()):
 *  - a shift type per distinct (time of day, length, breaks, skill, group, skills) among
 *    `demand`, named "HH:MM-HH:MM" (plus " <skill>", plus " <group>" when the demand names more
 *    than one group); cover requirement = the scheduled count of that type on that day,
 *    WeightUnder = unstaffedShiftWeight, WeightOver = extraShiftWeight;
 *  - each agent: fixed days off → days off; a type whose skill or one of whose skills (see
 *    ShiftDemand) the agent lacks, or that does not
 *    fit the agent's availability windows on a day (Agent::availability: start and end inside a
 *    window of that weekday), → unavailable cells (NrpInstance::setUnavailable(), hard);
 *    contract maxShiftsPerCode (by type name); min/max minutes per period (when only weekly limits
 *    are given, the period limits are weeks × weekly ones — the validator still checks each week);
 *    maxConsecutiveDays, minConsecutiveDaysOff, maxWorkingWeekends;
 *  - successions, per agent (StaffMember::forbiddenSuccessions): type b may not follow type a on
 *    the next day when the rest between them is below the agent's contract's minRestMinutes, or
 *    when the contract forbids (a, b) by code; agents of other contracts are not bound;
 *  - rule settings (AgentRoster::rules, by validator rule name): a hard rule is hard in the model;
 *    a soft one becomes StaffMember::softWeight = K × its weight rounded to a whole number ≥ 1
 *    (a soft rule of weight 0 costs nothing and is left out). Units as the validator counts them:
 *    maxShiftsPerCode per shift over, minutes rules per minute (a weekly rule, mapped onto the
 *    period as above, prices the period's minutes over / short, never more than the validator's
 *    weekly sum), maxConsecutiveDays per day over, minConsecutiveDaysOff per day short,
 *    maxWorkingWeekends per weekend over; each of an agent's forbidden pairs at its own price
 *    (StaffMember::forbiddenSuccessionPrices: K × weight, × minutes short for "minRest", the
 *    sum when "forbiddenSuccession" forbids the pair too — hard when a hard rule contributes
 *    it). Rules the model always keeps hard: "dayOff", "availability", "skill",
 *    "overlap", "oneShiftPerDay";
 *  - "weekendFairness" / "eveningFairness" (always soft; weight > 0): one FairnessGroup per
 *    contract (its agents), weekends as the model counts them (= the validator's weekend runs, see
 *    below) or the shift types isEveningShift() calls evening, at K × the weight rounded to a whole
 *    number ≥ 1 per unit of spread — so the solver minimises the validator's weight × spread;
 *  - requests for a specific code become shift-on/off requests; an off-request without code
 *    becomes an off-request for every type that day (at most one type a day can be worked);
 *    an on-request without code is not representable and is left out (documented gap);
 *  - seniority as the tie-breaker: an on-request of the agent with seniority rank r (1 = most
 *    senior of N agents) carries a bonus N + 1 − r; every original weight (requests, cover) is
 *    multiplied by K = 1 + the sum of all bonuses. Two rosters with different original penalties
 *    keep their order (all bonuses together are worth less than one original unit), and among
 *    rosters with equal original penalty the one granting more senior agents' requests wins.
 *  - weekends follow `firstWeekday`: the model's day 0 is the Monday on or before the roster's
 *    day 0 and the days before the roster are fixed days off for everybody (no cover).
 * Everything the model cannot express is still checked: the returned evaluation comes from the
 * independent validateAgentRoster().
 * Throws InputError for a demand shift outside the horizon or a contract id nobody defines.
 */
AgentRosterSolution solveAgentRoster(const AgentRoster &base, const std::vector<ShiftDemand> &demand,
                                     const AgentRosterOptions &options = {},
                                     const std::atomic_bool *cancel = nullptr,
                                     const std::function<void(const SolveProgress &)> &progress = {});

/// The mapping used by solveAgentRoster(), exposed for tests and for the relaxation ranking:
/// the instance, and for each of its shift types the demand shift it stands for (relative breaks).
struct AgentNrpMapping {
    NrpInstance instance;
    int dayOffset = 0;               ///< model day = roster day + dayOffset
    std::vector<Shift> typeShifts;   ///< per type: a representative demand shift on roster day 0
    std::vector<std::vector<Break>> typePaidBreaks; ///< per type: its paid breaks, as typeShifts
    std::vector<QStringList> typeSkills; ///< per type: ShiftDemand::skills (its skill: ShiftType::skill)
    int weightScale = 1;             ///< K above (model objective = K × original + bonuses)
};
AgentNrpMapping mapToNrp(const AgentRoster &base, const std::vector<ShiftDemand> &demand, const AgentRosterOptions &options);

/// How roster.assignments map onto `map`'s shift types (nrpStartRoster()).
struct StartMapping {
    Roster start;     ///< staff × model days; −1 where nothing maps
    int kept = 0;     ///< assignments exactly as solveAgentRoster() writes their type
    int retimed = 0;  ///< others whose code names a type (moved, resized, breaks changed): placed as that type
    int dropped = 0;  ///< code of no type, a second shift of the agent that day, or outside the horizon
};

/// roster.assignments as a roster of map.instance, for a start (LnsOptions::start, solveNrp's
/// start): an assignment on roster day d (its start interval's day) whose code names shift type t
/// (the type ids solveAgentRoster() writes as codes) becomes t on model day d + dayOffset — kept
/// when its times, breaks and skills are t's, retimed otherwise (a shift the planner moved or
/// resized goes back to its type's times); any other is left out. Agents are matched by index
/// (Assignment::agent).
StartMapping nrpStartRoster(const AgentRoster &roster, const AgentNrpMapping &map);

} // namespace tessera::rostering

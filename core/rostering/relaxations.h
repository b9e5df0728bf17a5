// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentsolve.h"

#include <atomic>
#include <functional>

namespace tessera::rostering {

/**
 * One way to staff more of the schedule, priced by solving the relaxed roster.
 * "Before" is the roster solved under the current rules; "after" the same problem with only this
 * change. Under-coverage is the validator's agent-intervals short of `required` (0 when the roster
 * has no requirement curve); unstaffed shifts are scheduled shifts nobody works.
 */
struct Relaxation {
    QString kind;        ///< "addAgents", "minRest", "maxConsecutiveDays", "maxWorkingWeekends",
                         ///< "maxMinutesPerWeek", "minConsecutiveDaysOff"
    QString title;       ///< e.g. "min rest 11 → 10 h for 3 agents"
    QString description; ///< what changes and what it buys, one sentence
    int agentsAffected = 0; ///< agents whose relaxed roster uses the relaxation (breaks the old rule);
                            ///< for addAgents: the agents added
    int unstaffedBefore = 0;
    int unstaffedAfter = 0;
    double underBefore = 0.0; ///< agent-intervals
    double underAfter = 0.0;
    bool feasibleBefore = true;
    bool feasibleAfter = true;
    AgentRoster relaxedRoster; ///< the relaxed problem with its roster, to apply it
    int shiftsGained() const { return unstaffedBefore - unstaffedAfter; }
};

struct RelaxationOptions {
    double secondsPerSolve = 5.0; ///< time limit of each re-solve
    int extraAgents = 1;          ///< agents added per skill set by an "addAgents" candidate
    int restStepMinutes = 60;
    int minutesStep = 240;        ///< per week
};

/**
 * Ranks the relaxations that would staff more of the schedule: each candidate — add agents with
 * a skill set whose shifts are unstaffed (a shift's skill and skills, ShiftDemand: for a
 * work-plan shift its agent group's skills; the new agents hold exactly that set, on the most
 * common contract of the agents who hold it; titled "+1 agent(s) with skill Billing (contract
 * FT)", "+1 agent(s) with skills Billing, Sales (group Blended, contract FT)" when the set's
 * shifts come from one named group), shorten every
 * contract's minimum rest by a step, allow one more consecutive day, one more working weekend,
 * more minutes a week, one day-off fewer in a row — is applied alone and the roster re-solved
 * (solveAgentRoster(), secondsPerSolve each). A candidate that gains nothing (no infeasibility
 * removed, no shift or under-covered interval gained) is dropped. Order: infeasibility removed
 * first, then shifts gained, then under-coverage removed, then fewer agents affected.
 * agentsAffected counts the agents whose relaxed roster violates the original rule (by the
 * validator), so "for 3 agents" is what the solution actually uses, not a guess.
 * The cost is one solve per candidate, plus one for "before" unless `baseline` — the solution
 * of `base` already at hand — is given; `cancel` stops between and inside solves.
 */
std::vector<Relaxation> rankRelaxations(const AgentRoster &base, const std::vector<ShiftDemand> &demand,
                                        const AgentRosterOptions &solveOptions = {}, const RelaxationOptions &options = {},
                                        const std::atomic_bool *cancel = nullptr,
                                        const std::function<void(int done, int total)> &progress = {},
                                        const AgentRosterSolution *baseline = nullptr);

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli roster PROBLEM.json --format tessera [--time-limit S] [--out R.json]
 *  [--relaxations] [--sample-team]`
 *
 * Rosters the project's named agents (PROBLEM.json `roster`; with --sample-team and no agents,
 * makeSampleTeam()) onto the shifts of the project's schedule: solves the shift schedule first
 * (the `solve` command's model: the catalog, or the work plans when the project has templates —
 * then each shift needs an agent with every skill of the agent group it was placed for, see
 * rostering::shiftDemandFromResult()), then rostering::solveAgentRoster() (time limit S, default 60,
 * for the roster), and with --relaxations ranks the relaxations when scheduled shifts stay
 * unstaffed (rostering::rankRelaxations()). Prints the model objective and bound, unstaffed and
 * extra shifts, the validator's penalties, hard-rule violations and fairness spreads.
 * R.json: {"format": "tessera-roster", "objective", "bestBound" (model units: weighted unstaffed
 * and extra shifts plus request penalties), "violations" (hard only; empty when valid),
 * "softViolations", "seconds", "unstaffedShifts", "extraShifts", "evaluation": {coveragePenalty,
 * requestPenalty, softRulePenalty, underAgentIntervals, overAgentIntervals, weekendSpread,
 * eveningSpread, fairnessPenalty (the part of softRulePenalty from weekendFairness and
 * eveningFairness)}, "roster": the roster object (io/rosterjson.h), "relaxations": [{kind, title,
 * description, agentsAffected, shiftsGained, underRemoved}]}.
 * Exit codes as the `roster` command.
 */
int teamRosterCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                      QTextStream &err);

} // namespace tessera

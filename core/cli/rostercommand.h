// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli roster INSTANCE.txt [--format curtois] [--time-limit S] [--out R.json]`
 *
 * Reads a Curtois & Qu shift-scheduling instance (text format; `curtois` is the only --format),
 * solves it with the rostering integer program (core/rostering/nrpmodel.h, solveNrp; default time
 * limit 60 s) and prints the objective, CBC's best bound, the hard-rule violations found by the
 * independent validator (rostering::evaluate; none for a roster from the model) and the seconds.
 * R.json: {"format": "tessera-roster", "objective", "bestBound", "provenOptimal", "provenInfeasible",
 * "violations": [{rule, staff, day, message}], "seconds", "roster": {staff id: [shift id or null
 * per day]}} (objective null and roster empty without a solution).
 * Returns CliOk; CliInfeasible (2) when the hard rules cannot all be met; CliNoSolution (3) when
 * no roster was found in time; CliError after writing "tessera-cli: <reason>" to err for bad
 * input, or when the validator reports a violation.
 */
int rosterCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                  QTextStream &err);

/// The roster commands' --time-limit (seconds, ≥ 0; `def` when absent); InputError otherwise.
double rosterTimeLimit(const QMap<QString, QString> &options, double def = 60.0);
/// The roster commands' exit: CliInfeasible, CliNoSolution or (with hard violations) CliError,
/// each after its "tessera-cli: …" line on err; CliOk otherwise.
int rosterExit(QTextStream &err, bool provenInfeasible, bool hasSolution, size_t hardViolations);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/validator.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli roster INSTANCE.txt [--format curtois|retail|shiftdesign|tessera] [--time-limit S]
 * [--method lns|mip] [--seed N] [--start S.json] [--out R.json]`
 *
 * Curtois & Qu (`curtois`, the default): reads the instance (text format), solves it by the
 * large-neighbourhood search with column generation (core/rostering/nrplns.h, solveNrpLns; `lns`,
 * the default; --seed seeds it; --start S.json goes on from the roster of an earlier R.json,
 * readNrpRosterFile()) or by one integer program (nrpmodel.h, solveNrp; `mip`), default time
 * limit 60 s, and prints the objective, the best bound, the hard-rule violations found by the
 * independent validator (rostering::evaluate; none for a roster from the solvers) and the seconds.
 * R.json: {"format": "tessera-roster", "objective", "bestBound", "provenOptimal", "provenInfeasible",
 * "violations": [{rule, staff, day, message}], "seconds", "method", "roster": {staff id: [shift id
 * or null per day]}} (objective null and roster empty without a solution). `retail` and
 * `shiftdesign` go to rosterBenchmarkCommand(), `tessera` to teamRosterCommand().
 * Returns CliOk; CliInfeasible (2) when the hard rules cannot all be met; CliNoSolution (3) when
 * no roster was found in time; CliError after writing "tessera-cli: <reason>" to err for bad
 * input, or when the validator reports a violation.
 */
int rosterCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                  QTextStream &err);

/// The roster of a "tessera-roster" JSON file (R.json above) for `instance`: "roster" maps every
/// staff id to one entry a day, a shift id or null for a day off. Throws InputError naming the
/// file and the field ("roster/<staff id>[/<day>]") when a member is missing or unknown, a list
/// has the wrong length or names a shift the instance lacks, or the file is not such JSON.
rostering::Roster readNrpRosterFile(const QString &path, const rostering::NrpInstance &instance);

/// The roster commands' --time-limit (seconds, ≥ 0; `def` when absent); InputError otherwise.
double rosterTimeLimit(const QMap<QString, QString> &options, double def = 60.0);
/// The roster commands' exit: CliInfeasible, CliNoSolution or (with hard violations) CliError,
/// each after its "tessera-cli: …" line on err; CliOk otherwise.
int rosterExit(QTextStream &err, bool provenInfeasible, bool hasSolution, size_t hardViolations);

} // namespace tessera

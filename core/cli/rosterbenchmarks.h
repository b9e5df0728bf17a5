// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QTextStream>

namespace tessera {

/**
 * The benchmark formats of `tessera-cli roster INSTANCE --format retail|shiftdesign
 * [--time-limit S] [--out R.json]` (called by rosterCommand, which has checked the options).
 *
 * - `retail`: a multi-activity instance (core/rostering/retail.h), solved by solveRetail and
 *   checked by checkRetail; prints objective (weighted under/over person-intervals), bound,
 *   coverage, hard-rule violations and seconds. R.json adds "under", "over", "underPerTask",
 *   "overPerTask" (person-intervals), "coveragePercent" and "roster": [{staff, day, start, end,
 *   minutes, blocks: [{task, start, end}]}] with staff ids, 1-based days and tasks, "HH:MM" times.
 * - `shiftdesign`: a shift design instance (core/rostering/shiftdesign.h), solved by
 *   solveShiftDesign and re-evaluated by evaluateShiftDesign; R.json "solution": [{type, start,
 *   length, employees: [per day]}] in timeslots.
 * R.json always has "format", "instanceFormat", "objective" (null without a solution),
 * "bestBound" (null when unknown), "violations" (empty when valid) and "seconds".
 * Returns CliOk, CliNoSolution, or CliError when the checker reports a violation.
 */
int rosterBenchmarkCommand(const QString &format, const QString &instancePath, double timeLimitSeconds,
                           const QMap<QString, QString> &options, QTextStream &out, QTextStream &err);

} // namespace tessera

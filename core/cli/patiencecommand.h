// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli patience RECORDS.txt --from YYYY-MM-DD [--days N] [--tz ZONE]`
 *
 * Estimates mean customer patience from per-call records (Anonymous Bank layout) over the window
 * [from, from + days) in ZONE (defaults: 7 days, Asia/Jerusalem) with the Brown et al. (2005)
 * estimator Ê[W] / P̂(Ab), and prints per hour of day the observed abandonment next to Erlang A's
 * prediction (core/staffing/patience.h, fitPatience). `positional` holds the arguments after the
 * command name, `options` the "--name" → value pairs. Returns CliOk, or CliError after writing
 * "tessera-cli: <reason>" to err for bad input (unknown option, missing --from, unreadable or
 * malformed file).
 */
int patienceCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                    QTextStream &err);

} // namespace tessera

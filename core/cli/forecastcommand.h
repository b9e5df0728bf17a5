// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli forecast HISTORY.csv --tz ZONE [--method naive|ma|hw] [--weeks N] [--ma-weeks K]
 *  [--interval MIN] [--holdout-weeks K] [--volume-pct P] [--aht-delta S] [--out F.csv]`
 *
 * Reads an interval history (forecast CSV, core/io/forecastcsv.h) that covers whole weeks and
 * forecasts the following `--weeks` weeks (default 1) with the method (core/forecasting/
 * forecasting.h; default ma = moving average over the last `--ma-weeks` weeks, default 3: the
 * robust choice for a short history; hw = Holt–Winters with α, β, γ fitted on the grid), then
 * applies the what-if (`--volume-pct` P: volume × (1 + P/100), `--aht-delta` S seconds). A what-if
 * that leaves an interval with calls at AHT 0 s is refused (Erlang C and the CSV reader need
 * AHT > 0 with calls). Prints the history, the method (with the Holt–Winters α, β, γ), the
 * forecast's daily totals (local dates in ZONE), and writes the forecast CSV to `--out` when given.
 *
 * `--holdout-weeks K` back-tests instead: fits on all but the last K weeks, forecasts those K
 * weeks and prints WAPE and MAPE of offered volume (`--out` then writes that forecast; `--weeks`,
 * `--volume-pct` and `--aht-delta` are refused).
 *
 * `positional` holds the arguments after the command name (HISTORY.csv), `options` maps
 * "--name" to its value. Errors (unknown option, bad value, a history that is not whole weeks or
 * too short) are written to err as "tessera-cli: <message naming file/option>" and return
 * CliError (1); CliOk (0) otherwise.
 *
 * Usage line for `tessera-cli help`:
 *   forecast HISTORY.csv --tz ZONE [--method naive|ma|hw] [--weeks N] [--holdout-weeks K]
 *            [--volume-pct P] [--aht-delta S] [--out F.csv]
 *       Forecasts the next N weeks (default 1) from a history of whole weeks: seasonal naive,
 *       moving average of the last --ma-weeks weeks (3; the default), or Holt-Winters; what-if
 *       on volume (%) and AHT (s). --holdout-weeks K back-tests on the last K weeks (WAPE, MAPE).
 */
int forecastCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                    QTextStream &err);

} // namespace tessera

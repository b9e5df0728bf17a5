// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staffing/requirements.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace tessera {

/// An interval forecast on a regular grid, as read from or written to CSV.
struct IntervalForecast {
    QDateTime start;          ///< first interval start, in the site's zone
    int intervalMinutes = 30;
    std::vector<ForecastInterval> intervals;
    std::vector<int> abandoned;  ///< optional history, same length or empty
    QStringList queues;          ///< queue names seen (empty when the file has no queue column)
    QStringList warnings;        ///< e.g. intervals absent from the file, filled with 0 offered
};

/**
 * Reads a forecast CSV. Required columns: `interval_start` (local "yyyy-MM-dd HH:mm" in zone tz,
 * or ISO 8601 with an offset), `offered` (contacts per interval, ≥ 0), `aht_seconds` (> 0 when
 * offered > 0). Optional: `queue` (rows of several queues are summed per interval, AHT weighted
 * by offered), `observed_busy` (agents), `abandoned` (contacts). intervalMinutes 0 infers the
 * grid from the smallest step between starts. Intervals missing between the first and last row
 * are filled with 0 offered and listed in warnings. Throws InputError naming file, row and field
 * for a missing column, a non-number, a negative volume, AHT ≤ 0 with volume, a local time in a
 * DST gap, a start off the grid or a duplicated interval.
 */
IntervalForecast importForecastCsv(const QString &path, const QTimeZone &tz, int intervalMinutes = 0);
IntervalForecast parseForecastCsv(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                  int intervalMinutes = 0);

/// Writes the CSV read by importForecastCsv (ISO 8601 starts with their UTC offset), atomically.
void writeForecastCsv(const IntervalForecast &f, const QString &path);
QByteArray forecastCsvBytes(const IntervalForecast &f);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staffing/requirements.h"

#include <QDateTime>
#include <QStringList>
#include <QTimeZone>

#include <vector>

namespace tessera {

/**
 * Which CSV column holds each field: header names, matched case-insensitively. The defaults are
 * Tessera's own names; a planner's file maps its own ("Start", "Calls", "Handle time", "Skill").
 * An optional field whose column is absent is simply not read.
 */
struct ForecastColumns {
    QString intervalStart = QStringLiteral("interval_start");
    QString offered = QStringLiteral("offered");
    QString ahtSeconds = QStringLiteral("aht_seconds");
    QString queue = QStringLiteral("queue");               ///< optional
    QString observedBusy = QStringLiteral("observed_busy"); ///< optional
    QString abandoned = QStringLiteral("abandoned");        ///< optional

    /// "offered=Calls,aht_seconds=AHT,interval_start=Start,queue=Skill": overrides for the named
    /// fields. Throws InputError (field "--columns") for an unknown field or a malformed pair.
    static ForecastColumns parse(const QString &spec);
    /// A first guess for a header: Tessera's names when present, otherwise the first column
    /// whose name suggests the field ("start"/"time"/"interval", "offered"/"calls"/"volume",
    /// "aht"/"handle", "queue"/"skill"/"split"); optional fields without a match are empty.
    static ForecastColumns guess(const QStringList &header);
};

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
IntervalForecast importForecastCsv(const QString &path, const QTimeZone &tz, int intervalMinutes = 0,
                                   const ForecastColumns &columns = {});
IntervalForecast parseForecastCsv(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                  int intervalMinutes = 0, const ForecastColumns &columns = {});

/**
 * Per-queue series of a forecast CSV with a `queue` column (one unnamed series when there is
 * none), each resampled onto one common grid spanning every queue: the given interval length,
 * or the finest step found. Errors as importForecastCsv.
 */
std::vector<std::pair<QString, IntervalForecast>> importForecastCsvByQueue(const QString &path, const QTimeZone &tz,
                                                                           int intervalMinutes = 0,
                                                                           const ForecastColumns &columns = {});
std::vector<std::pair<QString, IntervalForecast>> parseForecastCsvByQueue(const QByteArray &data, const QString &fileLabel,
                                                                          const QTimeZone &tz, int intervalMinutes = 0,
                                                                          const ForecastColumns &columns = {});

/**
 * f on another grid of `count` intervals of `intervalMinutes` from `start`, by time overlap with
 * arrivals spread evenly inside each source interval: offered volume is conserved (what falls
 * inside the target span), AHT is the volume-weighted mean of the contributing parts, observed
 * busy agents the time-weighted mean. 15 → 30 minutes sums pairs; 60 → 15 splits an hour's
 * volume in four. Abandoned counts are kept only when no source interval is split.
 */
IntervalForecast resampleForecast(const IntervalForecast &f, const QDateTime &start, int intervalMinutes, int count);

/// f on intervals of `intervalMinutes` (e.g. the project's), starting at f's first start floored
/// to that length from local midnight and covering all of f (resampleForecast).
IntervalForecast resampleToLength(const IntervalForecast &f, int intervalMinutes);

/// Writes the CSV read by importForecastCsv (ISO 8601 starts with their UTC offset), atomically.
void writeForecastCsv(const IntervalForecast &f, const QString &path);
QByteArray forecastCsvBytes(const IntervalForecast &f);

} // namespace tessera

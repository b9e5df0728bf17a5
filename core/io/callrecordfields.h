// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/csv.h"

#include <QDateTime>
#include <QTimeZone>

/// Field readers for per-call records in the Anonymous Bank layout, shared by the call-record
/// aggregator (io/callrecords) and the patience estimator (staffing/patience) so both count the
/// same calls in the same intervals. Errors name the file, line and column (CsvTable::fail).
namespace tessera::callrecords {

/// A `date` cell YYMMDD (years 70–99 are 19xx, 00–69 20xx).
QDate parseYymmdd(const CsvTable &t, size_t row, int column);
/// A time-of-day cell H:MM:SS in seconds after midnight (hours up to 47 for calls past midnight).
int parseSecondsOfDay(const CsvTable &t, size_t row, int column);
/// The instant shown by the local wall clock `secs` seconds of clock time after midnight of
/// `date` (secs may pass midnight). Not midnight + secs elapsed: that is an hour off on DST days.
QDateTime localTime(const QDate &date, int secs, const QTimeZone &tz);

} // namespace tessera::callrecords

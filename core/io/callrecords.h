// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/io/forecastcsv.h"

#include <QDate>
#include <QTimeZone>

namespace tessera {

/// What the call-record aggregator read and kept.
struct CallRecordStats {
    int records = 0;        ///< data rows read
    int phantom = 0;        ///< outcome PHANTOM: dropped
    int vruHangups = 0;     ///< HANG without queue entry: never offered to agents
    int outsideWindow = 0;  ///< offered calls outside [from, from + days)
    int offered = 0;        ///< offered calls inside the window (served + abandoned in queue)
    int served = 0;         ///< outcome AGENT inside the window
    int abandoned = 0;      ///< outcome HANG after entering the queue, inside the window
};

struct CallRecordAggregate {
    IntervalForecast forecast;
    CallRecordStats stats;
};

/**
 * Aggregates per-call records in the Technion "Anonymous Bank" layout (TAB separated; columns
 * `date` YYMMDD, `vru_exit`, `q_start`, `outcome`, `ser_start`, `ser_time`, looked up by name) into
 * intervals of the local window [from 00:00, from + days) in zone tz:
 *  - a call is offered at `vru_exit` when its outcome is AGENT, or HANG with a queue entry
 *    (`q_start` ≠ 0:00:00); PHANTOM calls are dropped and VRU hang-ups are not offered;
 *  - AHT of an interval = mean `ser_time` of the served calls that arrived in it; an interval
 *    whose offered calls all abandoned takes the window's mean AHT;
 *  - observed_busy = Σ over served calls of the seconds of [ser_start, ser_start + ser_time)
 *    inside the interval / interval seconds: the agents the center actually had busy on calls.
 * Times before the arrival time-of-day roll over to the next day (calls across midnight).
 * Throws InputError naming file, line and column for a malformed date, time or number.
 */
CallRecordAggregate aggregateCallRecords(const QString &path, const QTimeZone &tz, const QDate &from, int days,
                                         int intervalMinutes);
CallRecordAggregate aggregateCallRecords(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                         const QDate &from, int days, int intervalMinutes);

} // namespace tessera

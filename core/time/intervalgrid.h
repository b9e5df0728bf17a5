// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace tessera {

/**
 * A planning horizon cut into equal intervals of absolute time, anchored in a site time zone.
 *
 * Intervals are fixed lengths of elapsed time (intervalMinutes × 60 s), not of wall-clock time:
 * on a day when daylight-saving time starts the local day has 23 hours and so 92 quarter-hour
 * intervals; on the day it ends, 25 hours and 100 intervals. Index i starts at
 * start + i × intervalMinutes minutes (UTC arithmetic), shown in the site's zone.
 */
class IntervalGrid
{
public:
    IntervalGrid() = default;
    /// @param start first interval start; its time zone is the site's (e.g. Asia/Jerusalem).
    /// @param intervalMinutes 5, 10, 15, 20, 30 or 60 (divides a day); @param count intervals.
    IntervalGrid(QDateTime start, int intervalMinutes, int count);

    const QDateTime &start() const { return m_start; }
    int intervalMinutes() const { return m_intervalMinutes; }
    int count() const { return m_count; }
    QTimeZone timeZone() const { return m_start.timeZone(); }
    /// Nominal intervals per day (1440 / intervalMinutes), ignoring DST.
    int intervalsPerDay() const { return m_intervalMinutes > 0 ? 1440 / m_intervalMinutes : 0; }

    /// Start of interval i in the site's zone (i may be out of range: arithmetic only).
    QDateTime intervalStart(int i) const;
    /// Index of the interval containing t, or -1 if t is invalid, before the start or after the end.
    int indexContaining(const QDateTime &t) const;
    /// Index when t is exactly an interval start, otherwise -1 (invalid, off-grid or out of range).
    int indexOfStart(const QDateTime &t) const;
    /// Number of intervals starting on local date d (92, 96 or 100 at 15 minutes around DST).
    int intervalsOnLocalDate(const QDate &d) const;
    /// Short label "Sun 07:30" for interval i.
    QString label(int i) const;

    /**
     * Parses a local wall-clock time "yyyy-MM-dd HH:mm[:ss]" (or ISO 8601 with 'T' and an
     * optional UTC offset) in zone tz. A time that does not exist there (inside a DST gap) throws
     * InputError with the given file/row/field; for a time that exists twice (the repeated hour
     * when DST ends) the first occurrence is returned unless it is not after `after`, in which case
     * the second is returned, so a chronological file reads correctly.
     */
    static QDateTime parseLocal(const QString &text, const QTimeZone &tz, const QString &file, int row,
                                const QString &field, const QDateTime &after = QDateTime());

private:
    QDateTime m_start;
    int m_intervalMinutes = 30;
    int m_count = 0;
};

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/time/intervalgrid.h"

#include "core/error.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace tessera {

IntervalGrid::IntervalGrid(QDateTime start, int intervalMinutes, int count)
    : m_start(std::move(start))
    , m_intervalMinutes(intervalMinutes)
    , m_count(count)
{
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0)
        throw InputError(Tr::tr("interval length %1 min does not divide a day").arg(intervalMinutes));
    if (count < 0)
        throw InputError(Tr::tr("negative interval count %1").arg(count));
}

QDateTime IntervalGrid::intervalStart(int i) const
{
    return m_start.addSecs(qint64(i) * m_intervalMinutes * 60);
}

int IntervalGrid::indexContaining(const QDateTime &t) const
{
    if (!t.isValid())
        return -1;
    const qint64 secs = m_start.secsTo(t);
    if (secs < 0)
        return -1;
    const qint64 i = secs / (qint64(m_intervalMinutes) * 60);
    return i < m_count ? int(i) : -1;
}

int IntervalGrid::indexOfStart(const QDateTime &t) const
{
    if (!t.isValid()) // e.g. a local time inside a DST gap (Qt 6.4 makes it invalid)
        return -1;
    const qint64 secs = m_start.secsTo(t);
    const qint64 len = qint64(m_intervalMinutes) * 60;
    if (secs < 0 || secs % len != 0)
        return -1;
    return secs / len < m_count ? int(secs / len) : -1;
}

int IntervalGrid::intervalsOnLocalDate(const QDate &d) const
{
    const QTimeZone tz = timeZone();
    const QDateTime dayStart = QDateTime(d, QTime(0, 0), tz);
    const QDateTime nextStart = QDateTime(d.addDays(1), QTime(0, 0), tz);
    return int(dayStart.secsTo(nextStart) / (qint64(m_intervalMinutes) * 60));
}

QString IntervalGrid::label(int i) const
{
    const QDateTime t = intervalStart(i).toTimeZone(timeZone());
    return QLocale::c().toString(t, QStringLiteral("ddd HH:mm"));
}

QDateTime IntervalGrid::parseLocal(const QString &text, const QTimeZone &tz, const QString &file, int row,
                                   const QString &field, const QDateTime &after)
{
    const QString s = text.trimmed();
    // Explicit offset or Z: absolute time, no ambiguity.
    static const QRegularExpression withOffset(QStringLiteral("(Z|[+-]\\d\\d:?\\d\\d)$"));
    if (withOffset.match(s).hasMatch()) {
        QDateTime t = QDateTime::fromString(s, Qt::ISODate);
        if (!t.isValid())
            throw InputError(file, row, field, Tr::tr("'%1' is not a date-time (expected yyyy-MM-dd HH:mm)").arg(s));
        return t.toTimeZone(tz);
    }
    QString norm = s;
    norm.replace(QLatin1Char('T'), QLatin1Char(' '));
    QDateTime naive = QDateTime::fromString(norm, QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    if (!naive.isValid())
        naive = QDateTime::fromString(norm, QStringLiteral("yyyy-MM-dd HH:mm"));
    if (!naive.isValid())
        throw InputError(file, row, field, Tr::tr("'%1' is not a date-time (expected yyyy-MM-dd HH:mm)").arg(s));
    // Every instant whose wall-clock time in tz is `naive`: none inside a DST gap, two in the
    // repeated hour when DST ends. Computed from the zone's offsets because QDateTime(date, time,
    // tz) picks one occurrence of an ambiguous time by itself (Qt 6.4: the second).
    const QDateTime asUtc(naive.date(), naive.time(), QTimeZone::utc());
    QList<int> offsets = {tz.offsetFromUtc(asUtc.addDays(-1)), tz.offsetFromUtc(asUtc.addDays(1))};
    for (const QTimeZone::OffsetData &d : tz.transitions(asUtc.addDays(-1), asUtc.addDays(1)))
        offsets << d.offsetFromUtc;
    std::vector<QDateTime> found;
    for (int o : offsets) {
        const QDateTime c = asUtc.addSecs(-o);
        if (tz.offsetFromUtc(c) == o && std::find(found.begin(), found.end(), c) == found.end())
            found.push_back(c);
    }
    if (found.empty())
        throw InputError(file, row, field,
                         Tr::tr("%1 does not exist in time zone %2 (clocks jump forward: daylight-saving gap)")
                             .arg(s, QString::fromUtf8(tz.id())));
    std::sort(found.begin(), found.end());
    // The first occurrence, unless it is not after `after` and a later one is (a chronological
    // file going through the repeated hour).
    if (after.isValid() && found.front() <= after && found.back() > after)
        return found.back().toTimeZone(tz);
    return found.front().toTimeZone(tz);
}

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/callrecords.h"

#include "core/error.h"
#include "core/io/callrecordfields.h"
#include "core/io/csv.h"

#include <QFile>

#include <algorithm>
#include <cmath>

namespace tessera {

using callrecords::localTime;
using callrecords::parseSecondsOfDay;
using callrecords::parseYymmdd;

namespace {


} // namespace

CallRecordAggregate aggregateCallRecords(const QString &path, const QTimeZone &tz, const QDate &from, int days,
                                         int intervalMinutes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return aggregateCallRecords(f.readAll(), path, tz, from, days, intervalMinutes);
}

CallRecordAggregate aggregateCallRecords(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                         const QDate &from, int days, int intervalMinutes)
{
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0)
        throw InputError(Tr::tr("interval length %1 min does not divide a day").arg(intervalMinutes));
    if (days <= 0)
        throw InputError(Tr::tr("the window must be at least one day"));
    const CsvTable t = parseCsv(data, fileLabel);
    const int cDate = t.requireColumn(QStringLiteral("date"));
    const int cVruExit = t.requireColumn(QStringLiteral("vru_exit"));
    const int cQStart = t.requireColumn(QStringLiteral("q_start"));
    const int cOutcome = t.requireColumn(QStringLiteral("outcome"));
    const int cSerStart = t.requireColumn(QStringLiteral("ser_start"));
    const int cSerTime = t.requireColumn(QStringLiteral("ser_time"));

    const QDateTime windowStart(from, QTime(0, 0), tz);
    const QDateTime windowEnd(from.addDays(days), QTime(0, 0), tz);
    const qint64 lenS = qint64(intervalMinutes) * 60;
    const int count = int(windowStart.secsTo(windowEnd) / lenS);

    CallRecordAggregate out;
    IntervalForecast &fc = out.forecast;
    fc.start = windowStart;
    fc.intervalMinutes = intervalMinutes;
    fc.intervals.assign(count, ForecastInterval{});
    fc.abandoned.assign(count, 0);
    std::vector<double> handleSum(count, 0.0), busySeconds(count, 0.0);
    std::vector<int> servedCount(count, 0);
    CallRecordStats &st = out.stats;
    double windowHandle = 0;

    for (size_t r = 0; r < t.rows.size(); ++r) {
        ++st.records;
        const QString outcome = t.text(r, cOutcome);
        if (outcome == QLatin1String("PHANTOM")) {
            ++st.phantom;
            continue;
        }
        const bool served = outcome == QLatin1String("AGENT");
        if (!served && outcome != QLatin1String("HANG"))
            t.fail(r, cOutcome, Tr::tr("'%1' is not AGENT, HANG or PHANTOM").arg(outcome));
        if (!served && t.text(r, cQStart) == QLatin1String("0:00:00")) {
            ++st.vruHangups;
            continue;
        }
        const QDate date = parseYymmdd(t, r, cDate);
        const int arrivalSec = parseSecondsOfDay(t, r, cVruExit);
        const QDateTime arrival = localTime(date, arrivalSec, tz);
        const qint64 off = windowStart.secsTo(arrival);
        if (off < 0 || off >= qint64(count) * lenS) {
            ++st.outsideWindow;
            continue;
        }
        const int i = int(off / lenS);
        ++st.offered;
        fc.intervals[i].offered += 1;
        if (!served) {
            ++st.abandoned;
            ++fc.abandoned[i];
            continue;
        }
        ++st.served;
        const double serTime = t.number(r, cSerTime);
        if (serTime < 0)
            t.fail(r, cSerTime, Tr::tr("%1 is negative").arg(serTime));
        handleSum[i] += serTime;
        windowHandle += serTime;
        ++servedCount[i];
        int serStartSec = parseSecondsOfDay(t, r, cSerStart);
        if (serStartSec + 3600 < arrivalSec) // service began after midnight
            serStartSec += 86400;
        const QDateTime serStart = localTime(date, serStartSec, tz);
        double a = double(windowStart.secsTo(serStart));
        const double b = a + serTime;
        while (a < b) {
            const qint64 k = qint64(std::floor(a / lenS));
            const double kEnd = double(k + 1) * lenS;
            const double piece = std::min(b, kEnd) - a;
            if (k >= 0 && k < count)
                busySeconds[k] += piece;
            a += piece;
        }
    }
    const double meanAht = st.served > 0 ? windowHandle / st.served : 0.0;
    for (int i = 0; i < count; ++i) {
        ForecastInterval &fi = fc.intervals[i];
        fi.ahtSeconds = servedCount[i] > 0 ? handleSum[i] / servedCount[i] : (fi.offered > 0 ? meanAht : 0.0);
        fi.observedBusy = busySeconds[i] / double(lenS);
    }
    return out;
}

} // namespace tessera

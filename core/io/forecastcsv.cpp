// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/forecastcsv.h"

#include "core/error.h"
#include "core/io/csv.h"
#include "core/time/intervalgrid.h"

#include <QFile>
#include <QSaveFile>

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>

namespace tessera {

ForecastColumns ForecastColumns::parse(const QString &spec)
{
    ForecastColumns c;
    for (const QString &pair : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        if (eq <= 0)
            throw InputError(QString(), 0, QStringLiteral("--columns"), Tr::tr("'%1' is not field=column").arg(pair));
        const QString field = pair.left(eq).trimmed(), column = pair.mid(eq + 1).trimmed();
        QString *target = field == QLatin1String("interval_start") ? &c.intervalStart
            : field == QLatin1String("offered")                    ? &c.offered
            : field == QLatin1String("aht_seconds")                ? &c.ahtSeconds
            : field == QLatin1String("queue")                      ? &c.queue
            : field == QLatin1String("observed_busy")              ? &c.observedBusy
            : field == QLatin1String("abandoned")                  ? &c.abandoned
                                                                   : nullptr;
        if (!target)
            throw InputError(QString(), 0, QStringLiteral("--columns"),
                             Tr::tr("unknown field '%1' (interval_start, offered, aht_seconds, queue, observed_busy, "
                                    "abandoned)")
                                 .arg(field));
        *target = column;
    }
    return c;
}

ForecastColumns ForecastColumns::guess(const QStringList &header)
{
    auto find = [&](const QString &exact, const QStringList &hints) -> QString {
        for (const QString &h : header)
            if (h.trimmed().compare(exact, Qt::CaseInsensitive) == 0)
                return h.trimmed();
        for (const QString &hint : hints)
            for (const QString &h : header)
                if (h.contains(hint, Qt::CaseInsensitive))
                    return h.trimmed();
        return QString();
    };
    ForecastColumns c;
    c.intervalStart = find(c.intervalStart, {QStringLiteral("start"), QStringLiteral("interval"), QStringLiteral("time"),
                                             QStringLiteral("date")});
    c.offered = find(c.offered, {QStringLiteral("offered"), QStringLiteral("calls"), QStringLiteral("volume"),
                                 QStringLiteral("contacts")});
    c.ahtSeconds = find(c.ahtSeconds, {QStringLiteral("aht"), QStringLiteral("handle")});
    c.queue = find(c.queue, {QStringLiteral("queue"), QStringLiteral("skill"), QStringLiteral("split")});
    c.observedBusy = find(c.observedBusy, {QStringLiteral("busy")});
    c.abandoned = find(c.abandoned, {QStringLiteral("abandon")});
    return c;
}

IntervalForecast importForecastCsv(const QString &path, const QTimeZone &tz, int intervalMinutes, const ForecastColumns &columns)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return parseForecastCsv(f.readAll(), path, tz, intervalMinutes, columns);
}

namespace {

/// Reads the forecast rows of t (only those of queue `onlyQueue` when it is given).
IntervalForecast parseTable(const CsvTable &t, const QTimeZone &tz, int intervalMinutes, const QString *onlyQueue,
                            const ForecastColumns &columns)
{
    const QString &fileLabel = t.file;
    const int cStart = t.requireColumn(columns.intervalStart);
    const int cOffered = t.requireColumn(columns.offered);
    const int cAht = t.requireColumn(columns.ahtSeconds);
    const int cQueue = t.column(columns.queue);
    const int cBusy = t.column(columns.observedBusy);
    const int cAbandoned = t.column(columns.abandoned);
    if (t.rows.empty())
        throw InputError(fileLabel, 2, QString(), Tr::tr("no data rows"));

    struct Acc {
        double offered = 0, work = 0, busy = 0, abandoned = 0, ahtWhenIdle = 0;
        bool hasBusy = false;
        size_t firstRow = 0;
    };
    std::map<qint64, Acc> byStart; // UTC ms → sums
    std::map<std::pair<qint64, QString>, size_t> seen;
    IntervalForecast out;
    QDateTime previous;
    for (size_t r = 0; r < t.rows.size(); ++r) {
        if (onlyQueue && cQueue >= 0 && t.text(r, cQueue) != *onlyQueue)
            continue;
        const QDateTime start = IntervalGrid::parseLocal(t.text(r, cStart), tz, t.file, t.lineNumbers[r],
                                                         t.header[cStart].trimmed(), previous);
        previous = start;
        const double offered = t.number(r, cOffered);
        if (offered < 0)
            t.fail(r, cOffered, Tr::tr("%1 is negative; offered contacts must be >= 0").arg(offered));
        const double aht = t.number(r, cAht);
        if (aht < 0 || (offered > 0 && aht <= 0))
            t.fail(r, cAht, Tr::tr("%1 s with %2 offered; AHT must be > 0").arg(aht).arg(offered));
        const QString queue = cQueue >= 0 ? t.text(r, cQueue) : QString();
        if (cQueue >= 0 && !out.queues.contains(queue))
            out.queues << queue;
        const auto key = std::make_pair(start.toMSecsSinceEpoch(), queue);
        if (auto it = seen.find(key); it != seen.end())
            t.fail(r, cStart, Tr::tr("interval %1 already appears on row %2").arg(t.text(r, cStart)).arg(t.lineNumbers[it->second]));
        seen.emplace(key, r);
        const auto [it, inserted] = byStart.try_emplace(start.toMSecsSinceEpoch());
        Acc &a = it->second;
        if (inserted)
            a.firstRow = r;
        a.offered += offered;
        a.work += offered * aht;
        if (cBusy >= 0 && !t.text(r, cBusy).isEmpty()) {
            const double b = t.number(r, cBusy);
            if (b < 0)
                t.fail(r, cBusy, Tr::tr("%1 is negative").arg(b));
            a.busy += b;
            a.hasBusy = true;
        }
        if (cAbandoned >= 0 && !t.text(r, cAbandoned).isEmpty()) {
            const double ab = t.number(r, cAbandoned);
            if (ab < 0)
                t.fail(r, cAbandoned, Tr::tr("%1 is negative").arg(ab));
            a.abandoned += ab;
        }
        if (offered == 0) // keep the AHT of an idle interval for display
            a.ahtWhenIdle = std::max(a.ahtWhenIdle, aht);
    }

    // Grid: given, or the smallest step between distinct starts.
    std::vector<qint64> starts;
    for (const auto &kv : byStart)
        starts.push_back(kv.first);
    int len = intervalMinutes;
    if (len <= 0) {
        qint64 step = 0;
        for (size_t i = 1; i < starts.size(); ++i) {
            const qint64 d = starts[i] - starts[i - 1];
            if (step == 0 || d < step)
                step = d;
        }
        len = step > 0 ? int(step / 60000) : 30;
    }
    if (len <= 0 || 1440 % len != 0)
        throw InputError(fileLabel, 0, QStringLiteral("interval_start"),
                         Tr::tr("the interval length %1 min (from the spacing of the starts) does not divide a day").arg(len));
    const qint64 lenMs = qint64(len) * 60000;
    out.intervalMinutes = len;
    out.start = QDateTime::fromMSecsSinceEpoch(starts.front(), tz);
    const qint64 count = (starts.back() - starts.front()) / lenMs + 1;
    out.intervals.assign(count, ForecastInterval{});
    if (cAbandoned >= 0)
        out.abandoned.assign(count, 0);
    std::vector<bool> present(count, false);
    for (const auto &[ms, a] : byStart) {
        const qint64 off = ms - starts.front();
        if (off % lenMs != 0)
            t.fail(a.firstRow, cStart,
                   Tr::tr("%1 is not on the %2-minute grid that starts at %3")
                       .arg(t.text(a.firstRow, cStart))
                       .arg(len)
                       .arg(out.start.toString(Qt::ISODate)));
        const qint64 i = off / lenMs;
        ForecastInterval &fi = out.intervals[i];
        fi.offered = a.offered;
        fi.ahtSeconds = a.offered > 0 ? a.work / a.offered : a.ahtWhenIdle;
        if (a.hasBusy)
            fi.observedBusy = a.busy;
        if (cAbandoned >= 0)
            out.abandoned[i] = int(std::lround(a.abandoned));
        present[i] = true;
    }
    const auto missing = std::count(present.begin(), present.end(), false);
    if (missing > 0) {
        const auto first = std::find(present.begin(), present.end(), false) - present.begin();
        out.warnings << Tr::tr("%n interval(s) had no row and were filled with 0 offered (first: %1)", nullptr, int(missing))
                            .arg(out.start.addMSecs(first * lenMs).toString(Qt::ISODate));
    }
    return out;
}

} // namespace

IntervalForecast parseForecastCsv(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                  int intervalMinutes, const ForecastColumns &columns)
{
    if (!tz.isValid())
        throw InputError(fileLabel, 0, QString(), Tr::tr("unknown time zone"));
    return parseTable(parseCsv(data, fileLabel), tz, intervalMinutes, nullptr, columns);
}

std::vector<std::pair<QString, IntervalForecast>> parseForecastCsvByQueue(const QByteArray &data, const QString &fileLabel,
                                                                          const QTimeZone &tz, int intervalMinutes,
                                                                          const ForecastColumns &columns)
{
    if (!tz.isValid())
        throw InputError(fileLabel, 0, QString(), Tr::tr("unknown time zone"));
    const CsvTable t = parseCsv(data, fileLabel);
    const int cQueue = t.column(columns.queue);
    std::vector<std::pair<QString, IntervalForecast>> out;
    if (cQueue < 0) {
        out.emplace_back(QString(), parseTable(t, tz, intervalMinutes, nullptr, columns));
        return out;
    }
    QStringList queues;
    for (size_t r = 0; r < t.rows.size(); ++r)
        if (!queues.contains(t.text(r, cQueue)))
            queues << t.text(r, cQueue);
    // Common grid: the finest step of any queue unless one is given, spanning all queues.
    int len = intervalMinutes;
    qint64 first = std::numeric_limits<qint64>::max(), last = std::numeric_limits<qint64>::min();
    for (const QString &q : queues) {
        IntervalForecast f = parseTable(t, tz, intervalMinutes, &q, columns);
        if (len <= 0 || f.intervalMinutes < len)
            len = intervalMinutes > 0 ? intervalMinutes : f.intervalMinutes;
        first = std::min(first, f.start.toMSecsSinceEpoch());
        last = std::max(last, f.start.toMSecsSinceEpoch() + qint64(f.intervals.size()) * f.intervalMinutes * 60000);
        out.emplace_back(q, std::move(f));
    }
    const QDateTime start = QDateTime::fromMSecsSinceEpoch(first, tz);
    const int count = int((last - first + qint64(len) * 60000 - 1) / (qint64(len) * 60000));
    for (auto &[name, f] : out)
        f = resampleForecast(f, start, len, count);
    return out;
}

std::vector<std::pair<QString, IntervalForecast>> importForecastCsvByQueue(const QString &path, const QTimeZone &tz,
                                                                           int intervalMinutes,
                                                                           const ForecastColumns &columns)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return parseForecastCsvByQueue(f.readAll(), path, tz, intervalMinutes, columns);
}

IntervalForecast resampleForecast(const IntervalForecast &f, const QDateTime &start, int intervalMinutes, int count)
{
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0)
        throw InputError(QString(), 0, QStringLiteral("intervalMinutes"),
                         Tr::tr("%1 does not divide a day").arg(intervalMinutes));
    IntervalForecast out;
    out.start = start;
    out.intervalMinutes = intervalMinutes;
    out.queues = f.queues;
    out.warnings = f.warnings;
    out.intervals.assign(count, ForecastInterval{});
    const qint64 srcLen = qint64(f.intervalMinutes) * 60;
    const qint64 dstLen = qint64(intervalMinutes) * 60;
    const qint64 offset = start.secsTo(f.start); // source start relative to target start
    std::vector<double> work(count, 0.0), busyTime(count, 0.0), busy(count, 0.0), idleAht(count, 0.0);
    std::vector<double> abandoned(count, 0.0);
    bool anyBusy = false;
    for (size_t i = 0; i < f.intervals.size(); ++i) {
        const ForecastInterval &src = f.intervals[i];
        const qint64 a = offset + qint64(i) * srcLen, b = a + srcLen;
        for (qint64 k = std::max<qint64>(0, a / dstLen - 1); k < count && k * dstLen < b; ++k) {
            const qint64 lo = std::max(a, k * dstLen), hi = std::min(b, (k + 1) * dstLen);
            if (hi <= lo)
                continue;
            const double share = double(hi - lo) / double(srcLen); // arrivals uniform within the source interval
            ForecastInterval &dst = out.intervals[k];
            dst.offered += src.offered * share;
            work[k] += src.offered * share * src.ahtSeconds;
            idleAht[k] = std::max(idleAht[k], src.ahtSeconds);
            if (!f.abandoned.empty())
                abandoned[k] += f.abandoned[i] * share;
            if (!std::isnan(src.observedBusy)) {
                anyBusy = true;
                busy[k] += src.observedBusy * double(hi - lo);
                busyTime[k] += double(hi - lo);
            }
        }
    }
    for (int k = 0; k < count; ++k) {
        ForecastInterval &dst = out.intervals[k];
        dst.ahtSeconds = dst.offered > 0 ? work[k] / dst.offered : idleAht[k];
        if (anyBusy && busyTime[k] > 0)
            dst.observedBusy = busy[k] / double(dstLen); // time-average over the target interval
    }
    if (!f.abandoned.empty()) {
        // Whole contacts only: kept when every source interval falls inside one target interval.
        const bool aligned = dstLen % srcLen == 0 && offset % srcLen == 0;
        if (aligned)
            for (int k = 0; k < count; ++k)
                out.abandoned.push_back(int(std::lround(abandoned[k])));
        else
            out.warnings << Tr::tr("abandoned counts were dropped: the target grid splits source intervals");
    }
    return out;
}

IntervalForecast resampleToLength(const IntervalForecast &f, int intervalMinutes)
{
    if (f.intervalMinutes == intervalMinutes)
        return f;
    const QTimeZone tz = f.start.timeZone();
    const QDateTime local = f.start.toTimeZone(tz);
    const QDateTime midnight(local.date(), QTime(0, 0), tz);
    const qint64 len = qint64(intervalMinutes) * 60;
    const QDateTime start = midnight.addSecs(midnight.secsTo(local) / len * len);
    const qint64 end = start.secsTo(f.start) + qint64(f.intervals.size()) * f.intervalMinutes * 60;
    return resampleForecast(f, start, intervalMinutes, int((end + len - 1) / len));
}

QByteArray forecastCsvBytes(const IntervalForecast &f)
{
    QByteArray out;
    const bool busy = std::any_of(f.intervals.begin(), f.intervals.end(),
                                  [](const ForecastInterval &i) { return !std::isnan(i.observedBusy); });
    const bool ab = !f.abandoned.empty();
    out += "interval_start,offered,aht_seconds";
    if (busy)
        out += ",observed_busy";
    if (ab)
        out += ",abandoned";
    out += '\n';
    for (size_t i = 0; i < f.intervals.size(); ++i) {
        const ForecastInterval &fi = f.intervals[i];
        const QDateTime s = f.start.addSecs(qint64(i) * f.intervalMinutes * 60).toTimeZone(f.start.timeZone());
        out += s.toString(Qt::ISODateWithMs).replace(QStringLiteral(".000"), QString()).toUtf8();
        out += ',' + QByteArray::number(fi.offered, 'g', 15) + ',' + QByteArray::number(fi.ahtSeconds, 'g', 15);
        if (busy)
            out += ',' + (std::isnan(fi.observedBusy) ? QByteArray() : QByteArray::number(fi.observedBusy, 'g', 15));
        if (ab)
            out += ',' + QByteArray::number(f.abandoned[i]);
        out += '\n';
    }
    return out;
}

void writeForecastCsv(const IntervalForecast &f, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be written: %1").arg(file.errorString()));
    file.write(forecastCsvBytes(f));
    if (!file.commit())
        throw InputError(path, 0, QString(), Tr::tr("cannot be written: %1").arg(file.errorString()));
}

} // namespace tessera

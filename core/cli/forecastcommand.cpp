// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/forecastcommand.h"

#include "core/cli/cli.h"
#include "core/error.h"
#include "core/forecasting/forecasting.h"
#include "core/io/forecastcsv.h"

#include <QDate>
#include <QTimeZone>

#include <cmath>
#include <map>

namespace tessera {

namespace {

using forecasting::Method;

const QStringList kAllowed = {"--tz",         "--method",     "--weeks",     "--ma-weeks", "--interval",
                              "--holdout-weeks", "--volume-pct", "--aht-delta", "--out"};

int positiveInt(const QMap<QString, QString> &o, const QString &name, int def)
{
    if (!o.contains(name))
        return def;
    bool ok = false;
    const int v = o.value(name).toInt(&ok);
    if (!ok || v < 1)
        throw InputError(QString(), 0, name, Tr::tr("'%1' is not a whole number >= 1").arg(o.value(name)));
    return v;
}

double realOption(const QMap<QString, QString> &o, const QString &name)
{
    if (!o.contains(name))
        return 0.0;
    bool ok = false;
    const double v = o.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v))
        throw InputError(QString(), 0, name, Tr::tr("'%1' is not a number").arg(o.value(name)));
    return v;
}

QString number(double v, int prec)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', prec);
}

QString signedNumber(double v)
{
    return (v >= 0 ? QStringLiteral("+") : QString()) + QString::number(v, 'g', 6);
}

QString weeksText(qint64 intervals, int season)
{
    const qint64 w = intervals / season;
    return w == 1 ? QStringLiteral("1 week") : QStringLiteral("%1 weeks").arg(w);
}

/// Σ offered and the volume-weighted AHT.
std::pair<double, double> totals(const std::vector<ForecastInterval> &f, size_t from, size_t to)
{
    double v = 0.0, work = 0.0;
    for (size_t i = from; i < to; ++i) {
        v += f[i].offered;
        work += f[i].offered * f[i].ahtSeconds;
    }
    return {v, v > 0.0 ? work / v : 0.0};
}

void describeMethod(const forecasting::Options &o, const std::vector<ForecastInterval> &history, QTextStream &out)
{
    out << "method    " << forecasting::methodName(o.method) << ": ";
    switch (o.method) {
    case Method::SeasonalNaive:
        out << "seasonal naive (same interval last week)\n";
        break;
    case Method::MovingAverage:
        out << "moving average of the same interval over the last " << o.movingAverageWeeks << " weeks\n";
        break;
    case Method::HoltWinters: {
        std::vector<double> y;
        for (const ForecastInterval &fi : history)
            y.push_back(fi.offered);
        const forecasting::HoltWintersFit f = forecasting::fitHoltWinters(y, o);
        out << "additive Holt-Winters, weekly season, alpha " << f.alpha << " beta " << f.beta << " gamma " << f.gamma
            << " (fitted on a grid), in-sample one-step RMSE " << number(std::sqrt(f.sse / std::max(1, f.steps)), 3)
            << '\n';
        break;
    }
    }
}

int run(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (!kAllowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for 'forecast'"));
    if (positional.size() != 1)
        throw InputError(Tr::tr("forecast needs one HISTORY.csv"));
    const QString path = positional.front();
    if (!options.contains(QStringLiteral("--tz")))
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("is required for 'forecast'"));
    const QTimeZone tz(options.value(QStringLiteral("--tz")).toUtf8());
    if (!tz.isValid())
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));

    forecasting::Options o;
    o.method = Method::MovingAverage;
    if (options.contains(QStringLiteral("--method"))) {
        try {
            o.method = forecasting::methodFromName(options.value(QStringLiteral("--method")));
        } catch (const InputError &e) {
            throw InputError(QString(), 0, QStringLiteral("--method"), e.reason());
        }
    }
    o.movingAverageWeeks = positiveInt(options, QStringLiteral("--ma-weeks"), 3);
    const bool backtesting = options.contains(QStringLiteral("--holdout-weeks"));
    if (backtesting)
        for (const char *refused : {"--weeks", "--volume-pct", "--aht-delta"})
            if (options.contains(QString::fromLatin1(refused)))
                throw InputError(QString(), 0, QString::fromLatin1(refused),
                                 Tr::tr("does not apply to a back-test (--holdout-weeks)"));
    const int weeks = positiveInt(options, QStringLiteral("--weeks"), 1);
    const int holdoutWeeks = positiveInt(options, QStringLiteral("--holdout-weeks"), 1);
    const double volumePct = realOption(options, QStringLiteral("--volume-pct"));
    const double ahtDelta = realOption(options, QStringLiteral("--aht-delta"));
    int intervalMinutes = 0;
    if (options.contains(QStringLiteral("--interval")))
        intervalMinutes = positiveInt(options, QStringLiteral("--interval"), 0);

    const IntervalForecast history = importForecastCsv(path, tz, intervalMinutes);
    for (const QString &w : history.warnings)
        err << "warning: " << w << '\n';
    o.seasonLength = forecasting::weeklySeasonLength(history.intervalMinutes);
    const int m = o.seasonLength;
    const qint64 n = qint64(history.intervals.size());
    if (n % m != 0)
        throw InputError(path, 0, QString(),
                         Tr::tr("%1 intervals of %2 min are not whole weeks (%3 intervals each); the history must "
                                "cover whole weeks")
                             .arg(n)
                             .arg(history.intervalMinutes)
                             .arg(m));
    const qint64 lenSecs = qint64(history.intervalMinutes) * 60;
    const auto [historyVolume, historyAht] = totals(history.intervals, 0, size_t(n));
    out << "history   " << path << ": " << n << " intervals of " << history.intervalMinutes << " min from "
        << history.start.toString(Qt::ISODate) << " (" << number(double(n) / m, 2) << " weeks), "
        << number(historyVolume, 0) << " offered, AHT " << number(historyAht, 1) << " s\n";

    IntervalForecast result;
    result.intervalMinutes = history.intervalMinutes;
    const qint64 holdout = qint64(holdoutWeeks) * m;
    try {
        if (backtesting) {
            if (holdout >= n)
                throw InputError(path, 0, QStringLiteral("--holdout-weeks"),
                                 Tr::tr("holding back %1 leaves no history (the file has %2)")
                                     .arg(weeksText(holdout, m), weeksText(n, m)));
            const std::vector<ForecastInterval> train(history.intervals.begin(), history.intervals.end() - holdout);
            const forecasting::Backtest b = forecasting::backtest(history.intervals, int(holdout), o);
            describeMethod(o, train, out);
            result.intervals = forecasting::forecast(train, int(holdout), o);
            result.start = history.start.addSecs((n - holdout) * lenSecs).toTimeZone(tz);
            out << "back-test " << weeksText(holdout, m) << " from " << result.start.toString(Qt::ISODate)
                << " forecast from the " << weeksText(n - holdout, m) << " before\n"
                << "WAPE      " << number(b.wape * 100.0, 2) << " %  (sum |A - F| / sum A over offered)\n"
                << "MAPE      " << number(b.mape * 100.0, 2) << " %  (mean |A - F| / A over intervals with A > 0)\n";
        } else {
            describeMethod(o, history.intervals, out);
            result.intervals = forecasting::forecast(history.intervals, weeks * m, o);
            const std::vector<ForecastInterval> before = result.intervals;
            forecasting::applyWhatIf(result.intervals, volumePct, ahtDelta);
            result.start = history.start.addSecs(n * lenSecs).toTimeZone(tz);
            // An interval with calls needs AHT > 0 (Erlang C, and the CSV reader refuses it).
            int zeroed = 0;
            qint64 first = -1;
            for (size_t i = 0; i < result.intervals.size(); ++i)
                if (result.intervals[i].offered > 0.0 && result.intervals[i].ahtSeconds <= 0.0) {
                    ++zeroed;
                    if (first < 0)
                        first = qint64(i);
                }
            if (zeroed > 0)
                throw InputError(QString(), 0, QStringLiteral("--aht-delta"),
                                 Tr::tr("%1 s leaves %n interval(s) with calls at AHT 0 s (first %2, forecast AHT %3 s); "
                                        "an interval with calls needs AHT > 0: use a smaller reduction",
                                        nullptr, zeroed)
                                     .arg(signedNumber(ahtDelta),
                                          result.start.addSecs(first * lenSecs).toTimeZone(tz).toString(Qt::ISODate),
                                          QString::number(before[size_t(first)].ahtSeconds, 'g', 6)));
            if (volumePct != 0.0 || ahtDelta != 0.0)
                out << "what-if   volume " << signedNumber(volumePct) << " %, AHT " << signedNumber(ahtDelta) << " s\n";
        }
    } catch (const InputError &e) {
        if (!e.file().isEmpty() || e.field().startsWith(QLatin1String("--")))
            throw;
        // Name the file, and the option behind the back-test length.
        const QString field = e.field() == QLatin1String("holdoutIntervals") ? QStringLiteral("--holdout-weeks") : e.field();
        throw InputError(path, e.row(), field, e.reason());
    }

    const auto [volume, aht] = totals(result.intervals, 0, result.intervals.size());
    out << "forecast  " << result.intervals.size() << " intervals from " << result.start.toString(Qt::ISODate) << " ("
        << weeksText(qint64(result.intervals.size()), m) << "), " << number(volume, 1) << " offered, AHT "
        << number(aht, 1) << " s\n";
    // Daily totals by local date.
    std::map<QDate, std::pair<size_t, size_t>> days; // date → [first, last + 1)
    for (size_t i = 0; i < result.intervals.size(); ++i) {
        const QDate d = result.start.addSecs(qint64(i) * lenSecs).toTimeZone(tz).date();
        auto [it, inserted] = days.try_emplace(d, i, i + 1);
        if (!inserted)
            it->second.second = i + 1;
    }
    out << "day             offered   AHT s" << (backtesting ? "   actual   AHT s" : "") << '\n';
    for (const auto &[d, range] : days) {
        const auto [dv, da] = totals(result.intervals, range.first, range.second);
        out << d.toString(Qt::ISODate) << ' ' << d.toString(QStringLiteral("ddd")) << ' '
            << number(dv, 1).rightJustified(9) << ' ' << number(da, 1).rightJustified(7);
        if (backtesting) {
            const size_t base = size_t(n - holdout);
            const auto [av, aa] = totals(history.intervals, base + range.first, base + range.second);
            out << ' ' << number(av, 1).rightJustified(8) << ' ' << number(aa, 1).rightJustified(7);
        }
        out << '\n';
    }
    if (options.contains(QStringLiteral("--out"))) {
        writeForecastCsv(result, options.value(QStringLiteral("--out")));
        out << "written   " << options.value(QStringLiteral("--out")) << '\n';
    }
    return CliOk;
}

} // namespace

int forecastCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                    QTextStream &err)
{
    return reportingErrors(err, [&] { return run(positional, options, out, err); });
}

} // namespace tessera

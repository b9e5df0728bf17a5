// SPDX-License-Identifier: GPL-3.0-or-later
// Forecasting an interval series with a weekly season; definitions in forecasting.h.
#include "core/forecasting/forecasting.h"

#include "core/error.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace tessera::forecasting {

namespace {

const QString kNoFile;

/// The grid for fitted Holt–Winters parameters (forecasting.h).
constexpr std::array<double, 12> kGrid = {0.0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0};

int seasonsNeeded(const Options &o)
{
    switch (o.method) {
    case Method::SeasonalNaive:
        return 1;
    case Method::MovingAverage:
        return o.movingAverageWeeks;
    case Method::HoltWinters:
        return 2;
    }
    return 1;
}

QString methodTitle(Method m)
{
    switch (m) {
    case Method::SeasonalNaive:
        return Tr::tr("the seasonal naive method");
    case Method::MovingAverage:
        return Tr::tr("the moving average");
    case Method::HoltWinters:
        return Tr::tr("Holt-Winters");
    }
    return QString();
}

void checkParameter(double v, const char *field)
{
    if (!std::isnan(v) && !(v >= 0.0 && v <= 1.0))
        throw InputError(kNoFile, 0, QString::fromLatin1(field), Tr::tr("%1 is outside [0, 1]").arg(v));
}

/// Validates the options and a history of n intervals; returns the number of whole seasons.
int checkHistory(size_t n, const Options &o)
{
    if (o.seasonLength < 1)
        throw InputError(kNoFile, 0, QStringLiteral("seasonLength"), Tr::tr("%1 intervals; at least 1").arg(o.seasonLength));
    if (o.method == Method::MovingAverage && o.movingAverageWeeks < 1)
        throw InputError(kNoFile, 0, QStringLiteral("movingAverageWeeks"),
                         Tr::tr("%1 weeks; at least 1").arg(o.movingAverageWeeks));
    if (o.method == Method::HoltWinters) {
        checkParameter(o.alpha, "alpha");
        checkParameter(o.beta, "beta");
        checkParameter(o.gamma, "gamma");
    }
    const size_t m = size_t(o.seasonLength);
    if (n == 0 || n % m != 0)
        throw InputError(kNoFile, 0, QStringLiteral("history"),
                         Tr::tr("%1 intervals are not a whole number of seasons of %2 intervals").arg(n).arg(m));
    const int seasons = int(n / m);
    const int needed = seasonsNeeded(o);
    if (seasons < needed)
        throw InputError(kNoFile, 0, QStringLiteral("history"),
                         Tr::tr("%1 needs at least %2 seasons (%3 intervals); the history has %4")
                             .arg(methodTitle(o.method))
                             .arg(needed)
                             .arg(size_t(needed) * m)
                             .arg(seasons));
    return seasons;
}

void checkValues(const std::vector<ForecastInterval> &history)
{
    for (size_t i = 0; i < history.size(); ++i) {
        const ForecastInterval &fi = history[i];
        if (!(std::isfinite(fi.offered) && fi.offered >= 0.0))
            throw InputError(kNoFile, int(i) + 1, QStringLiteral("offered"),
                             Tr::tr("%1 is not a finite volume >= 0").arg(fi.offered));
        if (!(std::isfinite(fi.ahtSeconds) && fi.ahtSeconds >= 0.0))
            throw InputError(kNoFile, int(i) + 1, QStringLiteral("ahtSeconds"),
                             Tr::tr("%1 is not a finite AHT >= 0").arg(fi.ahtSeconds));
    }
}

/// Holt–Winters state after running over the history (forecasting.h): level, trend, season by phase.
struct HwState {
    double level = 0.0;
    double trend = 0.0;
    std::vector<double> season;
    double sse = 0.0;
};

HwState runHoltWinters(const std::vector<double> &y, int m, double alpha, double beta, double gamma)
{
    HwState s;
    double mean1 = 0.0, mean2 = 0.0;
    for (int p = 0; p < m; ++p) {
        mean1 += y[p];
        mean2 += y[m + p];
    }
    mean1 /= m;
    mean2 /= m;
    s.level = mean1;
    s.trend = (mean2 - mean1) / m;
    s.season.resize(m);
    for (int p = 0; p < m; ++p)
        s.season[p] = y[p] - mean1;
    for (size_t t = size_t(m); t < y.size(); ++t) {
        double &seasonal = s.season[t % size_t(m)];
        const double base = s.level + s.trend; // ℓ_{t−1} + b_{t−1}
        const double e = y[t] - (base + seasonal);
        s.sse += e * e;
        const double level = alpha * (y[t] - seasonal) + (1.0 - alpha) * base;
        s.trend = beta * (level - s.level) + (1.0 - beta) * s.trend;
        seasonal = gamma * (y[t] - base) + (1.0 - gamma) * seasonal;
        s.level = level;
    }
    return s;
}

/// Fit over the grid for the NaN parameters; assumes the history was validated.
HoltWintersFit fit(const std::vector<double> &y, const Options &o)
{
    const auto candidates = [](double fixed) {
        return std::isnan(fixed) ? std::vector<double>(kGrid.begin(), kGrid.end()) : std::vector<double>{fixed};
    };
    const std::vector<double> as = candidates(o.alpha), bs = candidates(o.beta), gs = candidates(o.gamma);
    const bool restrict = std::isnan(o.alpha) || std::isnan(o.gamma);
    HoltWintersFit best;
    best.sse = std::numeric_limits<double>::infinity();
    best.steps = int(y.size()) - o.seasonLength;
    bool found = false;
    for (double a : as)
        for (double b : bs)
            for (double g : gs) {
                if (restrict && a + g > 1.0 + 1e-9)
                    continue;
                const double sse = runHoltWinters(y, o.seasonLength, a, b, g).sse;
                if (!found || sse < best.sse) {
                    best.alpha = a;
                    best.beta = b;
                    best.gamma = g;
                    best.sse = sse;
                    found = true;
                }
            }
    return best;
}

std::vector<double> volumes(const std::vector<ForecastInterval> &h)
{
    std::vector<double> y(h.size());
    std::transform(h.begin(), h.end(), y.begin(), [](const ForecastInterval &fi) { return fi.offered; });
    return y;
}

/// Volume-weighted AHT per phase over the last `weeks` seasons of the history (forecasting.h).
std::vector<double> ahtByPhase(const std::vector<ForecastInterval> &h, int m, int weeks)
{
    const size_t first = h.size() - size_t(weeks) * size_t(m);
    std::vector<double> volume(m, 0.0), work(m, 0.0);
    double allVolume = 0.0, allWork = 0.0;
    for (size_t t = first; t < h.size(); ++t) {
        const size_t p = (t - first) % size_t(m);
        volume[p] += h[t].offered;
        work[p] += h[t].offered * h[t].ahtSeconds;
        allVolume += h[t].offered;
        allWork += h[t].offered * h[t].ahtSeconds;
    }
    const double fallback = allVolume > 0.0 ? allWork / allVolume : 0.0;
    std::vector<double> aht(m);
    for (int p = 0; p < m; ++p)
        aht[p] = volume[p] > 0.0 ? work[p] / volume[p] : fallback;
    return aht;
}

} // namespace

int weeklySeasonLength(int intervalMinutes)
{
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0)
        throw InputError(kNoFile, 0, QStringLiteral("intervalMinutes"),
                         Tr::tr("%1 min does not divide a day").arg(intervalMinutes));
    return 7 * (1440 / intervalMinutes);
}

HoltWintersFit fitHoltWinters(const std::vector<double> &volume, const Options &o)
{
    Options hw = o;
    hw.method = Method::HoltWinters;
    checkHistory(volume.size(), hw);
    for (size_t i = 0; i < volume.size(); ++i)
        if (!(std::isfinite(volume[i]) && volume[i] >= 0.0))
            throw InputError(kNoFile, int(i) + 1, QStringLiteral("offered"),
                             Tr::tr("%1 is not a finite volume >= 0").arg(volume[i]));
    return fit(volume, hw);
}

std::vector<ForecastInterval> forecast(const std::vector<ForecastInterval> &history, int horizon, const Options &o)
{
    const int seasons = checkHistory(history.size(), o);
    if (horizon < 0)
        throw InputError(kNoFile, 0, QStringLiteral("horizon"), Tr::tr("%1 intervals; at least 0").arg(horizon));
    checkValues(history);
    const int m = o.seasonLength;
    const size_t n = history.size();
    const std::vector<double> y = volumes(history);

    std::vector<double> volume(static_cast<size_t>(horizon), 0.0);
    int weeksUsed = seasons;
    switch (o.method) {
    case Method::SeasonalNaive:
        weeksUsed = 1;
        for (int j = 0; j < horizon; ++j)
            volume[j] = y[n - m + size_t(j % m)];
        break;
    case Method::MovingAverage: {
        const int k = o.movingAverageWeeks;
        weeksUsed = k;
        for (int j = 0; j < horizon; ++j) {
            double sum = 0.0;
            for (int w = 1; w <= k; ++w)
                sum += y[n - size_t(w) * m + size_t(j % m)];
            volume[j] = sum / k;
        }
        break;
    }
    case Method::HoltWinters: {
        const HoltWintersFit f = fit(y, o);
        const HwState s = runHoltWinters(y, m, f.alpha, f.beta, f.gamma);
        for (int j = 0; j < horizon; ++j)
            volume[j] = s.level + (j + 1) * s.trend + s.season[size_t(j % m)];
        break;
    }
    }

    const std::vector<double> aht = ahtByPhase(history, m, weeksUsed);
    std::vector<ForecastInterval> out(static_cast<size_t>(horizon));
    for (int j = 0; j < horizon; ++j) {
        out[j].offered = std::max(0.0, volume[j]);
        out[j].ahtSeconds = aht[size_t(j % m)];
        out[j].observedBusy = std::numeric_limits<double>::quiet_NaN();
    }
    return out;
}

Backtest backtest(const std::vector<ForecastInterval> &series, int holdoutIntervals, const Options &o)
{
    const size_t n = series.size();
    if (holdoutIntervals < 1 || size_t(holdoutIntervals) >= n)
        throw InputError(kNoFile, 0, QStringLiteral("holdoutIntervals"),
                         Tr::tr("%1 intervals held back from a series of %2; need 1 to %3")
                             .arg(holdoutIntervals)
                             .arg(n)
                             .arg(n > 0 ? n - 1 : 0));
    const size_t train = n - size_t(holdoutIntervals);
    if (o.seasonLength >= 1 && train % size_t(o.seasonLength) != 0)
        throw InputError(kNoFile, 0, QStringLiteral("holdoutIntervals"),
                         Tr::tr("holding back %1 leaves %2 intervals, not a whole number of seasons of %3")
                             .arg(holdoutIntervals)
                             .arg(train)
                             .arg(o.seasonLength));
    checkValues(series);
    const std::vector<ForecastInterval> history(series.begin(), series.begin() + std::ptrdiff_t(train));
    const std::vector<ForecastInterval> f = forecast(history, holdoutIntervals, o);

    Backtest b;
    b.intervals = holdoutIntervals;
    double absError = 0.0, actualSum = 0.0, apeSum = 0.0;
    int positive = 0;
    for (int i = 0; i < holdoutIntervals; ++i) {
        const double a = series[train + size_t(i)].offered, p = f[size_t(i)].offered;
        b.actual.push_back(a);
        b.predicted.push_back(p);
        absError += std::fabs(a - p);
        actualSum += a;
        if (a > 0.0) {
            apeSum += std::fabs(a - p) / a;
            ++positive;
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    b.wape = actualSum > 0.0 ? absError / actualSum : nan;
    b.mape = positive > 0 ? apeSum / positive : nan;
    return b;
}

void applyWhatIf(std::vector<ForecastInterval> &f, double volumePercent, double ahtDeltaSeconds)
{
    if (!std::isfinite(volumePercent))
        throw InputError(kNoFile, 0, QStringLiteral("volumePercent"), Tr::tr("%1 is not a number").arg(volumePercent));
    if (!std::isfinite(ahtDeltaSeconds))
        throw InputError(kNoFile, 0, QStringLiteral("ahtDeltaSeconds"), Tr::tr("%1 is not a number").arg(ahtDeltaSeconds));
    const double factor = 1.0 + volumePercent / 100.0;
    for (ForecastInterval &fi : f) {
        fi.offered = std::max(0.0, fi.offered * factor);
        fi.ahtSeconds = std::max(0.0, fi.ahtSeconds + ahtDeltaSeconds);
    }
}

QString methodName(Method m)
{
    switch (m) {
    case Method::SeasonalNaive:
        return QStringLiteral("naive");
    case Method::MovingAverage:
        return QStringLiteral("ma");
    case Method::HoltWinters:
        return QStringLiteral("hw");
    }
    return QString();
}

Method methodFromName(const QString &name)
{
    for (Method m : {Method::SeasonalNaive, Method::MovingAverage, Method::HoltWinters})
        if (name == methodName(m))
            return m;
    throw InputError(kNoFile, 0, QStringLiteral("method"), Tr::tr("'%1' is not one of naive, ma, hw").arg(name));
}

} // namespace tessera::forecasting

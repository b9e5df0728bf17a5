// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staffing/requirements.h"

#include <QString>

#include <limits>
#include <vector>

/**
 * Forecasting an interval series (offered contacts and AHT per interval) from its own history,
 * with a weekly season: the season length m is the number of intervals in a week
 * (7 × intervals per day, e.g. 336 for half-hours).
 *
 * Notation: history y_0 … y_{n−1} (offered volume), n = K·m (K whole seasons), forecast
 * F_{n+j} for j = 0 … h−1. Because n is a multiple of m, the interval-of-week ("phase") of
 * F_{n+j} is p = j mod m, the same as that of y_j.
 *
 * Volume, by method:
 *  - SeasonalNaive: F_{n+j} = y_{n−m+p}, the same interval last week (needs K ≥ 1).
 *  - MovingAverage: F_{n+j} = (1/k) Σ_{w=1..k} y_{n−w·m+p}, the mean of the same interval over the
 *    last k = movingAverageWeeks weeks (needs K ≥ k).
 *  - HoltWinters: additive Holt–Winters (Winters 1960, "Forecasting sales by exponentially weighted
 *    moving averages", Management Science 6(3):324–342; equations as in Hyndman & Athanasopoulos,
 *    "Forecasting: Principles and Practice", 3rd ed., §8.3), needs K ≥ 2:
 *        ℓ_t = α (y_t − s_{t−m}) + (1 − α)(ℓ_{t−1} + b_{t−1})
 *        b_t = β (ℓ_t − ℓ_{t−1}) + (1 − β) b_{t−1}           (β is FPP3's β*)
 *        s_t = γ (y_t − ℓ_{t−1} − b_{t−1}) + (1 − γ) s_{t−m}
 *        F_{n+j} = ℓ_{n−1} + (j + 1) b_{n−1} + s_{n−m+p}      (the last smoothed season)
 *    Initial states from the first two weeks (the classic heuristic): ℓ_{m−1} = mean(y_0 … y_{m−1}),
 *    b_{m−1} = (mean(y_m … y_{2m−1}) − mean(y_0 … y_{m−1})) / m, s_p = y_p − ℓ_{m−1} for
 *    p = 0 … m−1; the recursion then runs over t = m … n−1.
 *    Each of α, β, γ is either fixed by the caller (in [0, 1]) or, when NaN, fitted: the fitted
 *    ones are chosen on the grid {0, 0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1} to
 *    minimise the in-sample one-step squared error Σ_{t=m..n−1} (y_t − ℓ_{t−1} − b_{t−1} − s_{t−m})²,
 *    skipping candidates with α + γ > 1 (the usual admissible region 0 ≤ γ ≤ 1 − α) unless the
 *    caller fixed both; grid order α, then β, then γ ascending, and the first minimum wins.
 * Every volume forecast is clamped at ≥ 0 (after the method; the smoothing runs unclamped).
 *
 * AHT (all methods): AHT of phase p = the volume-weighted mean Σ_w y_{w,p}·aht_{w,p} / Σ_w y_{w,p}
 * over the history weeks the method uses (the last week for SeasonalNaive, the last k weeks for
 * MovingAverage, all K weeks for HoltWinters). When those weeks have no volume in phase p, the
 * volume-weighted mean AHT of all intervals of those weeks is used (so a positive forecast never
 * carries AHT 0); when they have no volume at all, AHT is 0 (and so is the forecast volume).
 * observedBusy of a forecast interval is NaN (it is not an observation).
 *
 * The interval-of-week is counted in intervals of the regular (UTC) grid: a history that crosses
 * a DST change shifts the local time of the phases by the change (1 h). The shipped history has no
 * change.
 */
namespace tessera::forecasting {

enum class Method { SeasonalNaive, MovingAverage, HoltWinters };

struct Options {
    Method method = Method::SeasonalNaive;
    int seasonLength = 336;      ///< intervals per season (week): 7 × 1440 / interval minutes
    int movingAverageWeeks = 3;  ///< k of MovingAverage
    double alpha = std::numeric_limits<double>::quiet_NaN(); ///< Holt–Winters level; NaN: fitted
    double beta = std::numeric_limits<double>::quiet_NaN();  ///< Holt–Winters trend (β*); NaN: fitted
    double gamma = std::numeric_limits<double>::quiet_NaN(); ///< Holt–Winters season; NaN: fitted
};

/// Season length for a weekly season on a grid of `intervalMinutes` (which must divide a day).
int weeklySeasonLength(int intervalMinutes);

/// The Holt–Winters parameters actually used (fixed or fitted) and the in-sample one-step SSE.
struct HoltWintersFit {
    double alpha = 0.0;
    double beta = 0.0;
    double gamma = 0.0;
    double sse = 0.0;
    int steps = 0; ///< one-step errors in the SSE: n − m
};

/**
 * Fits (or, with α, β, γ all given, just evaluates) additive Holt–Winters on `volume` as described
 * above. Throws InputError like forecast() for a history that is too short or not whole seasons.
 */
HoltWintersFit fitHoltWinters(const std::vector<double> &volume, const Options &o);

/**
 * Forecasts `horizon` intervals following `history` (see the definitions above). Throws
 * InputError naming the field: "history" (length not a positive whole number of seasons, or
 * fewer seasons than the method needs), "offered"/"ahtSeconds" with row = index + 1 (negative
 * or non-finite values), "horizon" (< 0), "seasonLength" (< 1), "movingAverageWeeks" (< 1),
 * "alpha"/"beta"/"gamma" (neither NaN nor in [0, 1]).
 */
std::vector<ForecastInterval> forecast(const std::vector<ForecastInterval> &history, int horizon, const Options &o);

/**
 * Back-test: fits on series[0, n − H) and forecasts the held-back tail series[n − H, n) of
 * H = holdoutIntervals intervals, comparing offered volume (actual A_i, predicted F_i):
 *   WAPE = Σ_i |A_i − F_i| / Σ_i A_i                       (NaN when Σ A_i = 0)
 *   MAPE = (1 / #{i : A_i > 0}) Σ_{i : A_i > 0} |A_i − F_i| / A_i   (NaN when no A_i > 0)
 * both as fractions (0.12 = 12 %); intervals = H. Throws InputError with field
 * "holdoutIntervals" when H < 1, H ≥ n or n − H is not a whole number of seasons, and forecast()'s
 * errors otherwise.
 */
struct Backtest {
    double wape = 0.0;
    double mape = 0.0;
    int intervals = 0;
    std::vector<double> actual, predicted;
};
Backtest backtest(const std::vector<ForecastInterval> &series, int holdoutIntervals, const Options &o);

/**
 * What-if on a forecast: offered ← max(0, offered × (1 + volumePercent / 100)),
 * ahtSeconds ← max(0, ahtSeconds + ahtDeltaSeconds). Throws InputError (field "volumePercent" or
 * "ahtDeltaSeconds") for a non-finite value. A reduction can leave an interval with calls at
 * AHT 0, which computeRequirements() and the forecast CSV reader refuse: callers check (the CLI
 * refuses such a what-if).
 */
void applyWhatIf(std::vector<ForecastInterval> &f, double volumePercent, double ahtDeltaSeconds);

/// "naive", "ma", "hw" (the CLI's names) and back; methodFromName throws InputError for others.
QString methodName(Method m);
Method methodFromName(const QString &name);

} // namespace tessera::forecasting

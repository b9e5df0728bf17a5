// SPDX-License-Identifier: GPL-3.0-or-later
// Staffing benchmark: Erlang C requirements for 6 weeks × 96 quarter-hours × 5 skills, next to a
// naive per-interval search that recomputes Erlang C from scratch for every candidate n.
// Prints figures; asserts nothing.
#include "core/io/forecastcsv.h"
#include "core/staffing/erlangc.h"
#include "core/staffing/requirements.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <cmath>

using namespace tessera;

namespace {

/// The textbook way: for n = ⌊A⌋ + 1, ⌊A⌋ + 2, … evaluate SL(n) with a fresh Erlang C each
/// time, Erlang B by the recursion from 0 agents (O(n) per candidate).
int naiveRequiredAgents(double a, double aht, double sl, double t)
{
    if (a <= 0)
        return 0;
    for (int n = int(std::floor(a)) + 1;; ++n) {
        double b = 1.0;
        for (int k = 1; k <= n; ++k)
            b = a * b / (k + a * b);
        const double c = n * b / (n - a * (1.0 - b));
        if (1.0 - c * std::exp(-(n - a) * t / aht) >= sl)
            return n;
    }
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream o(stdout);
    // Base series: the Anonymous Bank's 4 February weeks (30 min), resampled to 15 minutes and
    // tiled to 6 weeks; five skills at 1×, 4×, 15×, 60× and 250× its volume (peaks from about 10
    // to about 1,900 agents).
    const IntervalForecast history = importForecastCsv(QStringLiteral(":/sample/anonymous-bank-1999-02-01-4weeks.csv"),
                                                       QTimeZone("Asia/Jerusalem"));
    const IntervalForecast quarter = resampleToLength(history, 15);
    std::vector<ForecastInterval> base;
    while (base.size() < size_t(6 * 7 * 96))
        for (const ForecastInterval &f : quarter.intervals)
            if (base.size() < size_t(6 * 7 * 96))
                base.push_back(f);
    const std::vector<double> scale = {1, 4, 15, 60, 250};
    std::vector<std::vector<ForecastInterval>> skills;
    for (double s : scale) {
        std::vector<ForecastInterval> v = base;
        for (ForecastInterval &f : v) {
            f.offered *= s;
            f.observedBusy = std::nan("");
        }
        skills.push_back(std::move(v));
    }
    StaffingParams params; // 80 % in 20 s, 30 % shrinkage
    const int runs = 5;
    double best = 1e9, peak = 0;
    size_t intervals = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer clock;
        clock.start();
        std::vector<std::vector<IntervalRequirement>> all;
        for (const auto &v : skills)
            all.push_back(computeRequirements(v, 15, params));
        const std::vector<double> total = totalGrossAgents(all);
        best = std::min(best, clock.nsecsElapsed() / 1e6);
        intervals = total.size() * skills.size();
        for (const auto &q : all)
            for (const IntervalRequirement &x : q)
                peak = std::max<double>(peak, x.servers);
    }
    QElapsedTimer naiveClock;
    naiveClock.start();
    long mismatches = 0;
    for (const auto &v : skills)
        for (const ForecastInterval &f : v) {
            const double a = f.offered * f.ahtSeconds / 900.0;
            const int n = naiveRequiredAgents(a, f.ahtSeconds, 0.8, 20.0);
            mismatches += n != staffing::requiredAgents(a, f.ahtSeconds, {0.8, 20.0, 1.0, 0.0});
        }
    const double naiveMs = naiveClock.nsecsElapsed() / 1e6;
    o << "Staffing benchmark: 6 weeks x 96 quarter-hours x 5 skills = " << intervals << " interval requirements\n"
      << "largest staffing level: " << peak << " agents\n"
      << "tessera computeRequirements (truncated Erlang B sum, then carried forward), best of " << runs << ": "
      << QString::number(best, 'f', 2) << " ms\n"
      << "naive search (Erlang B recursion from 0 for every candidate n): " << QString::number(naiveMs, 'f', 2)
      << " ms\n"
      << "answers that differ between the two: " << mismatches << "\n";
    return 0;
}

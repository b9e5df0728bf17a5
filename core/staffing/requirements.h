// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cmath>
#include <limits>
#include <vector>

namespace tessera {

/// One forecast interval: offered contacts and average handle time (seconds) in that interval.
/// observedBusy is optional history (average agents busy on contacts, NaN when unknown).
struct ForecastInterval {
    double offered = 0.0;
    double ahtSeconds = 0.0;
    double observedBusy = std::numeric_limits<double>::quiet_NaN();
    bool operator==(const ForecastInterval &o) const
    {
        auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
        return offered == o.offered && ahtSeconds == o.ahtSeconds && same(observedBusy, o.observedBusy);
    }
};

/// The planner's staffing target: SL (fraction answered within `serviceLevelSeconds`, "offered"
/// definition), an occupancy cap, and shrinkage (fraction of paid time agents are unavailable).
struct StaffingParams {
    double serviceLevelTarget = 0.80;
    double serviceLevelSeconds = 20.0;
    double shrinkage = 0.30;   ///< in [0, 1)
    double maxOccupancy = 1.0; ///< in (0, 1]
    bool operator==(const StaffingParams &) const = default;
};

/// Required staff in one interval.
struct IntervalRequirement {
    double trafficErlangs = 0.0; ///< offered × AHT / interval seconds
    int netAgents = 0;           ///< Erlang C agents on the phones
    double grossAgents = 0.0;    ///< net / (1 − shrinkage): agents to schedule (fractional, not rounded)
    double serviceLevel = 1.0;   ///< predicted SL with netAgents
    double asaSeconds = 0.0;     ///< predicted ASA with netAgents
    double occupancy = 0.0;      ///< traffic / netAgents
};

/**
 * Erlang C requirements per interval (see staffing/erlangc.h for the formulas).
 * gross = net / (1 − shrinkage) (the usual WFM convention, e.g. Cleveland, "Call Center
 * Management on Fast Forward", 3rd ed. 2012, ch. 6). Throws InputError naming the interval
 * (row = index + 1, field "offered"/"ahtSeconds") for negative volumes or AHT ≤ 0, and for
 * parameters out of range (SL target outside (0,1), shrinkage outside [0,1)).
 */
std::vector<IntervalRequirement> computeRequirements(const std::vector<ForecastInterval> &forecast,
                                                     int intervalMinutes, const StaffingParams &params);

} // namespace tessera

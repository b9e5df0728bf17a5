// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/requirements.h"

#include "core/error.h"
#include "core/staffing/erlangc.h"

namespace tessera {

std::vector<IntervalRequirement> computeRequirements(const std::vector<ForecastInterval> &forecast,
                                                     int intervalMinutes, const StaffingParams &params)
{
    if (!(params.shrinkage >= 0.0 && params.shrinkage < 1.0))
        throw InputError(QString(), 0, QStringLiteral("shrinkage"), Tr::tr("%1 is outside [0, 1)").arg(params.shrinkage));
    const staffing::StaffingTarget target{params.serviceLevelTarget, params.serviceLevelSeconds, params.maxOccupancy};
    staffing::validateTarget(target); // a parameter error, not tied to an interval
    const double seconds = intervalMinutes * 60.0;
    std::vector<IntervalRequirement> out;
    out.reserve(forecast.size());
    for (size_t i = 0; i < forecast.size(); ++i) {
        const ForecastInterval &f = forecast[i];
        IntervalRequirement r;
        try {
            r.trafficErlangs = staffing::trafficErlangs(f.offered, f.ahtSeconds, seconds);
            r.netAgents = staffing::requiredAgents(r.trafficErlangs, f.ahtSeconds, target);
        } catch (const InputError &e) {
            throw InputError(e.file(), int(i) + 1, e.field(), e.reason());
        }
        r.grossAgents = r.netAgents / (1.0 - params.shrinkage);
        r.serviceLevel = staffing::serviceLevel(r.netAgents, r.trafficErlangs, f.ahtSeconds, params.serviceLevelSeconds);
        r.asaSeconds = staffing::averageSpeedOfAnswer(r.netAgents, r.trafficErlangs, f.ahtSeconds);
        r.occupancy = r.netAgents > 0 ? r.trafficErlangs / r.netAgents : 0.0;
        out.push_back(r);
    }
    return out;
}

} // namespace tessera

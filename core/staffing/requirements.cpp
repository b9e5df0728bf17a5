// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/requirements.h"

#include "core/error.h"
#include "core/staffing/erlangc.h"

#include <algorithm>
#include <limits>

namespace tessera {

double StaffingParams::shrinkageAt(int t) const
{
    double s = shrinkage;
    for (const ShrinkageCategory &c : shrinkageCategories)
        s += c.at(t);
    return s;
}

namespace {

staffing::StaffingTarget targetOf(const StaffingParams &p)
{
    return {p.serviceLevelTarget, p.serviceLevelSeconds, p.maxOccupancy, p.asaSeconds};
}

staffing::ErlangATarget erlangATargetOf(const StaffingParams &p)
{
    const double none = std::numeric_limits<double>::quiet_NaN();
    staffing::ErlangATarget t;
    t.serviceLevel = p.serviceLevelTarget > 0 ? p.serviceLevelTarget : none;
    t.thresholdSeconds = p.serviceLevelSeconds;
    t.definition = p.slDefinition;
    t.maxAbandonment = p.maxAbandonment > 0 ? p.maxAbandonment : none;
    t.maxOccupancy = p.maxOccupancy;
    t.asaSeconds = p.asaSeconds > 0 ? p.asaSeconds : none;
    return t;
}

bool usesErlangA(const StaffingParams &p)
{
    return p.model == StaffingModel::ErlangA && p.channel != Channel::Email;
}

/// Queueing measures with `servers` servers for interval f (Erlang C or A).
void fillService(IntervalRequirement &r, const ForecastInterval &f, double intervalSeconds, const StaffingParams &p)
{
    if (usesErlangA(p)) {
        const staffing::ErlangAMetrics m = staffing::erlangA(r.servers, f.offered, f.ahtSeconds, p.patienceSeconds,
                                                             intervalSeconds, p.serviceLevelSeconds, p.slDefinition);
        r.serviceLevel = f.offered > 0 ? m.serviceLevel : 1.0;
        r.asaSeconds = f.offered > 0 ? m.asaSeconds : 0.0;
        r.abandonment = f.offered > 0 ? m.probAbandon : 0.0;
        r.occupancy = m.occupancy;
        return;
    }
    r.serviceLevel = staffing::serviceLevel(r.servers, r.trafficErlangs, f.ahtSeconds, p.serviceLevelSeconds);
    r.asaSeconds = staffing::averageSpeedOfAnswer(r.servers, r.trafficErlangs, f.ahtSeconds);
    r.abandonment = 0.0;
    r.occupancy = staffing::occupancy(r.servers, r.trafficErlangs);
}

void validate(const StaffingParams &params, size_t intervals)
{
    const QString none;
    if (params.channel != Channel::Email)
        staffing::validateTarget(targetOf(params));
    if (params.channel == Channel::Chat && params.concurrency < 1)
        throw InputError(none, 0, QStringLiteral("concurrency"), Tr::tr("%1 chats per agent; at least 1").arg(params.concurrency));
    if (usesErlangA(params) && !(params.patienceSeconds > 0.0))
        throw InputError(none, 0, QStringLiteral("patienceSeconds"), Tr::tr("Erlang A needs a mean patience > 0 s"));
    if (!(params.maxAbandonment >= 0.0 && params.maxAbandonment < 1.0))
        throw InputError(none, 0, QStringLiteral("maxAbandonment"), Tr::tr("%1 is outside [0, 1)").arg(params.maxAbandonment));
    if (params.channel == Channel::Email && !(params.deadlineMinutes > 0.0))
        throw InputError(none, 0, QStringLiteral("deadlineMinutes"), Tr::tr("an email queue needs a response deadline > 0"));
    for (const ShrinkageCategory &c : params.shrinkageCategories)
        if (!c.byInterval.empty() && c.byInterval.size() != intervals)
            throw InputError(none, 0, QStringLiteral("shrinkage.%1").arg(c.category),
                             Tr::tr("has %1 values for %2 intervals").arg(c.byInterval.size()).arg(intervals));
    for (size_t t = 0; t < std::max<size_t>(intervals, 1); ++t) {
        const double s = intervals == 0 ? params.shrinkage : params.shrinkageAt(int(t));
        if (!(s >= 0.0 && s < 1.0))
            throw InputError(none, 0, QStringLiteral("shrinkage"),
                             Tr::tr("total shrinkage %1 in interval %2 is outside [0, 1)").arg(s).arg(t));
    }
}

/// Email: workload of the contacts whose deadline window [s, s + D) covers interval t.
double deadlineWorkload(const std::vector<ForecastInterval> &f, int t, int intervalMinutes, double deadlineMinutes)
{
    // Each contact's work is spread over D; the part of interval s's window inside interval t.
    const double len = intervalMinutes * 60.0;
    const double D = deadlineMinutes * 60.0;
    double work = 0.0; // agent-seconds falling in interval t
    const int back = int(std::ceil(D / len));
    for (int s = std::max(0, t - back); s <= t; ++s) {
        const double winStart = (s - t) * len; // relative to the start of interval t
        const double overlap = std::max(0.0, std::min(len, winStart + D) - std::max(0.0, winStart));
        work += f[s].offered * f[s].ahtSeconds * overlap / D;
    }
    return work / len;
}

} // namespace

std::vector<IntervalRequirement> computeRequirements(const std::vector<ForecastInterval> &forecast,
                                                     int intervalMinutes, const StaffingParams &params)
{
    validate(params, forecast.size());
    const staffing::StaffingTarget target = targetOf(params);
    const double seconds = intervalMinutes * 60.0;
    const int k = params.channel == Channel::Chat ? params.concurrency : 1;
    std::vector<IntervalRequirement> out;
    out.reserve(forecast.size());
    for (size_t i = 0; i < forecast.size(); ++i) {
        const ForecastInterval &f = forecast[i];
        IntervalRequirement r;
        r.shrinkage = params.shrinkageAt(int(i));
        try {
            r.trafficErlangs = staffing::trafficErlangs(f.offered, f.ahtSeconds, seconds);
            if (params.channel == Channel::Email) {
                r.netAgents = deadlineWorkload(forecast, int(i), intervalMinutes, params.deadlineMinutes);
                r.serviceLevel = r.asaSeconds = std::nan("");
                r.occupancy = r.netAgents > 0 ? 1.0 : 0.0;
            } else {
                r.servers = !usesErlangA(params) ? staffing::requiredAgents(r.trafficErlangs, f.ahtSeconds, target)
                    : f.offered > 0 ? staffing::requiredAgentsErlangA(f.offered, f.ahtSeconds, params.patienceSeconds, seconds,
                                                                      erlangATargetOf(params))
                                    : 0;
                r.netAgents = double(r.servers) / k;
                fillService(r, f, seconds, params);
            }
        } catch (const InputError &e) {
            throw InputError(e.file(), int(i) + 1, e.field(), e.reason());
        }
        r.grossAgents = r.netAgents / (1.0 - r.shrinkage);
        out.push_back(r);
    }
    return out;
}

IntervalRequirement predictService(const std::vector<ForecastInterval> &forecast, int t, int intervalMinutes,
                                   const StaffingParams &params, double scheduledAgents)
{
    const ForecastInterval &f = forecast.at(t);
    IntervalRequirement r;
    r.shrinkage = params.shrinkageAt(t);
    r.grossAgents = scheduledAgents;
    r.netAgents = scheduledAgents * (1.0 - r.shrinkage);
    r.trafficErlangs = staffing::trafficErlangs(f.offered, f.ahtSeconds, intervalMinutes * 60.0);
    if (params.channel == Channel::Email) {
        const double work = deadlineWorkload(forecast, t, intervalMinutes, params.deadlineMinutes);
        r.occupancy = r.netAgents > 0 ? std::min(1.0, work / r.netAgents) : (work > 0 ? 1.0 : 0.0);
        r.serviceLevel = work <= 0 ? 1.0 : std::min(1.0, r.netAgents / work);
        r.asaSeconds = std::nan("");
        return r;
    }
    const int k = params.channel == Channel::Chat ? params.concurrency : 1;
    r.servers = int(std::floor(r.netAgents * k + 1e-9));
    fillService(r, f, intervalMinutes * 60.0, params);
    return r;
}

std::vector<double> totalGrossAgents(const std::vector<std::vector<IntervalRequirement>> &queues)
{
    size_t n = 0;
    for (const auto &q : queues)
        n = std::max(n, q.size());
    std::vector<double> total(n, 0.0);
    for (const auto &q : queues)
        for (size_t t = 0; t < q.size(); ++t)
            total[t] += q[t].grossAgents;
    return total;
}

} // namespace tessera

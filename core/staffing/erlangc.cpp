// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/erlangc.h"

#include "core/error.h"

#include <cmath>
#include <limits>

namespace tessera::staffing {

double trafficErlangs(double offered, double ahtSeconds, double intervalSeconds)
{
    if (!(offered >= 0.0))
        throw InputError(QString(), 0, QStringLiteral("offered"),
                         Tr::tr("%1 is negative; offered contacts must be >= 0").arg(offered));
    if (!(intervalSeconds > 0.0))
        throw InputError(Tr::tr("interval length must be positive"));
    if (offered > 0.0 && !(ahtSeconds > 0.0))
        throw InputError(QString(), 0, QStringLiteral("ahtSeconds"),
                         Tr::tr("AHT %1 s with %2 offered contacts; AHT must be > 0").arg(ahtSeconds).arg(offered));
    return offered * ahtSeconds / intervalSeconds;
}

double erlangB(int agents, double traffic)
{
    if (agents <= 0)
        return 1.0;
    if (traffic <= 0.0)
        return 0.0;
    // 1/B(n, A) = Σ_{j=0..n} n! / ((n − j)! A^j), summed from j = 0 (the largest factorial ratio
    // first). Once n ≥ A the terms fall like e^{−j²/2A}, so the sum stops after O(√A) terms
    // instead of the n steps of the recursion; all terms are positive, so it is exact to rounding.
    double sum = 1.0, term = 1.0;
    for (int j = 1; j <= agents; ++j) {
        term *= (agents - j + 1) / traffic;
        sum += term;
        if (term < 1e-17 * sum)
            break;
    }
    return 1.0 / sum;
}

static double erlangCFromB(int n, double a, double b)
{
    if (a <= 0.0)
        return 0.0;
    if (n <= a)
        return 1.0;
    return n * b / (n - a * (1.0 - b));
}

double erlangC(int agents, double traffic)
{
    return erlangCFromB(agents, traffic, erlangB(agents, traffic));
}

static double slFromC(int n, double a, double c, double aht, double t)
{
    if (a <= 0.0)
        return 1.0;
    if (n <= a)
        return 0.0;
    return 1.0 - c * std::exp(-(n - a) * t / aht);
}

double serviceLevel(int agents, double traffic, double ahtSeconds, double thresholdSeconds)
{
    return slFromC(agents, traffic, erlangC(agents, traffic), ahtSeconds, thresholdSeconds);
}

double averageSpeedOfAnswer(int agents, double traffic, double ahtSeconds)
{
    if (traffic <= 0.0)
        return 0.0;
    if (agents <= traffic)
        return std::numeric_limits<double>::infinity();
    return erlangC(agents, traffic) * ahtSeconds / (agents - traffic);
}

double occupancy(int agents, double traffic)
{
    if (agents <= 0)
        return traffic > 0.0 ? 1.0 : 0.0;
    return std::min(1.0, traffic / agents);
}

void validateTarget(const StaffingTarget &target)
{
    if (!(target.serviceLevel >= 0.0 && target.serviceLevel < 1.0))
        throw InputError(QString(), 0, QStringLiteral("serviceLevel.target"),
                         Tr::tr("%1 is outside (0, 1)").arg(target.serviceLevel));
    if (target.serviceLevel == 0.0 && !(target.asaSeconds > 0.0) && !(target.maxOccupancy < 1.0))
        throw InputError(QString(), 0, QStringLiteral("serviceLevel.target"),
                         Tr::tr("no target: give an SL target in (0, 1), an ASA target or an occupancy cap"));
    if (!(target.thresholdSeconds >= 0.0))
        throw InputError(QString(), 0, QStringLiteral("serviceLevel.seconds"),
                         Tr::tr("%1 is negative").arg(target.thresholdSeconds));
    if (!(target.maxOccupancy > 0.0 && target.maxOccupancy <= 1.0))
        throw InputError(QString(), 0, QStringLiteral("maxOccupancy"),
                         Tr::tr("%1 is outside (0, 1]").arg(target.maxOccupancy));
    if (!(target.asaSeconds >= 0.0))
        throw InputError(QString(), 0, QStringLiteral("asaSeconds"), Tr::tr("%1 is negative").arg(target.asaSeconds));
}

int requiredAgents(double traffic, double ahtSeconds, const StaffingTarget &target)
{
    validateTarget(target);
    if (!(traffic >= 0.0) || !std::isfinite(traffic))
        throw InputError(Tr::tr("traffic %1 Erlangs is not a non-negative number").arg(traffic));
    if (traffic == 0.0)
        return 0;
    if (!(ahtSeconds > 0.0))
        throw InputError(QString(), 0, QStringLiteral("ahtSeconds"),
                         Tr::tr("AHT %1 s with %2 Erlangs of traffic; AHT must be > 0").arg(ahtSeconds).arg(traffic));
    // Start at the first stable staffing level, carrying Erlang B forward from 0 agents.
    int n = int(std::floor(traffic)) + 1;
    double b = erlangB(n, traffic);
    for (;;) {
        const double c = erlangCFromB(n, traffic, b);
        const bool slOk = target.serviceLevel <= 0.0
            || slFromC(n, traffic, c, ahtSeconds, target.thresholdSeconds) >= target.serviceLevel;
        const bool occOk = traffic / n <= target.maxOccupancy + 1e-12;
        const bool asaOk = target.asaSeconds <= 0.0 || c * ahtSeconds / (n - traffic) <= target.asaSeconds;
        if (slOk && occOk && asaOk)
            return n;
        ++n;
        b = traffic * b / (n + traffic * b);
    }
}

} // namespace tessera::staffing

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/staffing/erlanga.h"

#include "core/error.h"
#include "core/staffing/erlangc.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace tessera::staffing {

namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
/// A series stops when the bound on its remaining tail falls below this fraction of its sum.
constexpr double kRelTol = 1e-17;
/// Up to this many steps to the largest term, ln a_peak and H_peak are summed term by term; beyond,
/// they come from Stirling's and the digamma asymptotic series (truncation error ~1e-15 for
/// arguments ≥ 20), which is also more accurate than a long floating-point sum.
constexpr long long kDirectSteps = 64;
/// A series that would need more terms than this is refused (decades of patience at overload).
constexpr long long kMaxTerms = 50000000;

/// ln(1 / B(n, R)) by r_0 = 1, r_k = 1 + (k / R)·r_{k−1} (Erlang B's recursion inverted), in log
/// scale so that it neither overflows nor loses B when n ≫ R.
double logInverseErlangB(int n, double r)
{
    const double logR = std::log(r);
    double lr = 0.0;
    for (int k = 1; k <= n; ++k) {
        const double l = std::log(double(k)) - logR + lr;
        lr = l > 0 ? l + std::log1p(std::exp(-l)) : std::log1p(std::exp(l));
    }
    return lr;
}

/// ln Γ(x) − [(x − ½) ln x − x + ½ ln 2π] for x ≥ 20 (truncation error below 2e-15).
double stirlingCorrection(double x)
{
    const double x2 = 1.0 / (x * x);
    return (1.0 / 12.0 - x2 * (1.0 / 360.0 - x2 * (1.0 / 1260.0 - x2 / 1680.0))) / x;
}

/// ψ(x) − ln x for x ≥ 20 (truncation error below 1e-15).
double digammaCorrection(double x)
{
    const double x2 = 1.0 / (x * x);
    return -0.5 / x - x2 * (1.0 / 12.0 - x2 * (1.0 / 120.0 - x2 * (1.0 / 252.0 - x2 / 240.0)));
}

/// s − ln(1 + s) for s ≥ 0 without cancellation for small s.
double xMinusLog1p(double s)
{
    if (s > 0.05)
        return s - std::log1p(s);
    // Σ_{k≥2} (−1)^k s^k / k
    double sum = 0.0, p = s;
    for (int k = 2; k < 40; ++k) {
        p *= s;
        const double term = p / double(k);
        sum += (k % 2 == 0) ? term : -term;
        if (term < 1e-18 * sum)
            break;
    }
    return sum;
}

/// The series in the terms a_m = Π_{i=1..m} x / (c + i), a_0 = 1, each sum multiplied by
/// exp(logScale) (the largest term) so that nothing overflows.
struct Series {
    double logScale = 0.0;
    double sum0 = 0.0; ///< Σ_{m≥0} a_m
    double sum1 = 0.0; ///< Σ_{m≥1} a_m
    double sumM = 0.0; ///< Σ_{m≥1} m·a_m
    double sumH = 0.0; ///< Σ_{m≥1} a_m·H_m, H_m = Σ_{i=1..m} 1 / (c + i)
};

[[noreturn]] void tooManyTerms(double patienceSeconds)
{
    throw InputError(QString(), 0, QStringLiteral("patienceSeconds"),
                     Tr::tr("%1 s is too long for an exact Erlang A evaluation at this load; "
                            "use infinity for no abandonment (Erlang C)")
                         .arg(patienceSeconds));
}

Series series(double c, double x, double patienceSeconds)
{
    Series s;
    if (!(x > 0.0)) {
        s.sum0 = 1.0;
        return s;
    }
    // a_m / a_{m−1} = x / (c + m) ≥ 1 exactly while m ≤ x − c: the largest term is at `peak`.
    const double excess = x - c;
    if (excess > 1e15)
        tooManyTerms(patienceSeconds);
    const long long peak = excess >= 1.0 ? (long long)std::floor(excess) : 0;

    // ln a_peak and H_peak: short runs and the first steps (until c + i ≥ 20) term by term.
    double logPeak = 0.0, hPeak = 0.0;
    const long long toTwenty = (long long)std::max(0.0, std::ceil(19.0 - c));
    const long long direct = peak <= kDirectSteps ? peak : std::min(peak, toTwenty);
    for (long long i = 1; i <= direct; ++i) {
        const double ci = c + double(i);
        logPeak += std::log1p((excess - double(i)) / ci);
        hPeak += 1.0 / ci;
    }
    if (direct < peak) {
        // Σ_{i=k+1..peak} ln(x / (c + i)) = m ln x − [ln Γ(u + m) − ln Γ(u)] with u = c + k + 1 ≥ 20,
        // m = peak − k, σ = m/u. Stirling's series for both log-gammas, rearranged so that no two
        // large terms cancel: u(σ − ln(1+σ)) + m ln(x/(u+m)) + ½ ln(1+σ) − Δcorrection.
        const double u = c + double(direct) + 1.0;
        const double m = double(peak - direct);
        const double sigma = m / u;
        const double belowX = (excess - double(peak)) - 1.0; // x − (u + m), in (−1, 0]
        logPeak += u * xMinusLog1p(sigma) + m * std::log1p(belowX / (u + m)) + 0.5 * std::log1p(sigma)
            - (stirlingCorrection(u + m) - stirlingCorrection(u));
        hPeak += std::log1p(sigma) + digammaCorrection(u + m) - digammaCorrection(u);
    }
    s.logScale = logPeak;

    // The largest term, then rightwards (ratios x / (c + m) < 1, decreasing) and leftwards.
    s.sum0 = 1.0;
    if (peak >= 1) {
        s.sum1 = 1.0;
        s.sumM = double(peak);
        s.sumH = hPeak;
    }
    long long count = 0;
    double term = 1.0, h = hPeak;
    for (long long m = peak + 1;; ++m) {
        const double cm = c + double(m);
        term *= x / cm;
        h += 1.0 / cm;
        s.sum0 += term;
        s.sum1 += term;
        s.sumM += double(m) * term;
        s.sumH += term * h;
        // Remaining terms are below term·r^j with r = x / (c + m + 1) < 1; weights m and H grow
        // by at most 1 and 1 / (c + m + 1) per step.
        const double r = x / (cm + 1.0);
        const double g = r / (1.0 - r);
        const double tail0 = term * g;
        if (tail0 <= kRelTol * s.sum0 && tail0 * (double(m) + 1.0 / (1.0 - r)) <= kRelTol * s.sumM
            && tail0 * (h + 1.0 / ((cm + 1.0) * (1.0 - r))) <= kRelTol * s.sumH)
            break;
        if (++count > kMaxTerms)
            tooManyTerms(patienceSeconds);
    }
    term = 1.0;
    h = hPeak;
    for (long long m = peak - 1; m >= 0; --m) {
        const double cm1 = c + double(m + 1);
        term *= cm1 / x;
        h = std::max(0.0, h - 1.0 / cm1);
        s.sum0 += term;
        if (m >= 1) {
            s.sum1 += term;
            s.sumM += double(m) * term;
            s.sumH += term * h;
        }
        // Leftwards the ratio (c + m) / x keeps falling and the weights m, H shrink.
        const double r = (c + double(m)) / x;
        const double tail0 = term * r / (1.0 - r);
        if (r < 1.0 && tail0 <= kRelTol * s.sum0 && tail0 * double(m) <= kRelTol * s.sumM
            && tail0 * h <= kRelTol * s.sumH)
            break;
        if (++count > kMaxTerms)
            tooManyTerms(patienceSeconds);
    }
    return s;
}

/// ln Σ_{k≥1} q_k·C_k, where q_k = Γ(c+1+k) / (Γ(c+1)·k!)·p^k·(1 − p)^(c+1) is the negative
/// binomial law with p = 1 − e^(−θt) and C_k = Σ_{m=1..k} a_m(y), in the absolute scale of a_m.
/// An arrival finding j contacts waiting is answered within t with probability
/// c/(c+j+1)·I_p(j+1, c+1) and I_p(j+1, c+1) = P(NB ≥ j+1); exchanging the sums gives
/// P(answered, 0 < W ≤ t) = π_n·(c/y)·Σ_k q_k·C_k, a sum of positive terms (no cancellation even
/// when almost every answered contact waited longer than t).
double logAnsweredWithin(double c, double y, double thetaT, double patienceSeconds)
{
    const double logP = std::log(-std::expm1(-thetaT));
    const auto addLog = [](double a, double b) { // ln(e^a + e^b)
        return a >= b ? a + std::log1p(std::exp(b - a)) : b + std::log1p(std::exp(a - b));
    };
    double logQ = std::log1p(c) + logP - (c + 1.0) * thetaT; // ln q_1
    double logA = std::log(y / (c + 1.0));                    // ln a_1
    double logC = logA;                                       // ln C_1
    double scale = logQ + logC, sum = 1.0;                    // Σ so far = sum·e^scale
    for (long long k = 1;; ++k) {
        // Ratio of the next term to this one; both factors fall with k (C is log-concave), so once
        // it is below 1 the remaining terms are bounded by a geometric series.
        const double kk = double(k + 1);
        const double logAn = logA + std::log(y / (c + kk));
        const double logCn = addLog(logC, logAn);
        const double logQn = logQ + std::log((c + kk) / kk) + logP;
        const double logRatio = (logQn + logCn) - (logQ + logC);
        const double current = std::exp(logQ + logC - scale);
        if (logRatio < 0.0) {
            const double ratio = std::exp(logRatio);
            if (current * ratio / (1.0 - ratio) <= kRelTol * sum)
                break;
        }
        logA = logAn;
        logC = logCn;
        logQ = logQn;
        const double term = logQ + logC;
        if (term > scale) {
            sum = sum * std::exp(scale - term) + 1.0;
            scale = term;
        } else {
            sum += std::exp(term - scale);
        }
        if (k > kMaxTerms)
            tooManyTerms(patienceSeconds);
    }
    return scale + std::log(sum);
}

void validateInputs(int agents, double offered, double ahtSeconds, double patienceSeconds, double intervalSeconds)
{
    if (agents < 0)
        throw InputError(QString(), 0, QStringLiteral("agents"), Tr::tr("%1 is negative").arg(agents));
    if (!(offered >= 0.0) || !std::isfinite(offered))
        throw InputError(QString(), 0, QStringLiteral("offered"),
                         Tr::tr("%1 is not a finite number >= 0 of offered contacts").arg(offered));
    if (!(intervalSeconds > 0.0) || !std::isfinite(intervalSeconds))
        throw InputError(QString(), 0, QStringLiteral("intervalSeconds"),
                         Tr::tr("interval length %1 s must be positive").arg(intervalSeconds));
    if (offered > 0.0 && !(ahtSeconds > 0.0 && std::isfinite(ahtSeconds)))
        throw InputError(QString(), 0, QStringLiteral("ahtSeconds"),
                         Tr::tr("AHT %1 s with %2 offered contacts; AHT must be > 0").arg(ahtSeconds).arg(offered));
    if (!(patienceSeconds > 0.0))
        throw InputError(QString(), 0, QStringLiteral("patienceSeconds"),
                         Tr::tr("mean patience %1 s must be > 0 (infinity for no abandonment)").arg(patienceSeconds));
}

} // namespace

ErlangAMetrics erlangA(int agents, double offered, double ahtSeconds, double patienceSeconds, double intervalSeconds,
                       double thresholdSeconds, SlDefinition def)
{
    validateInputs(agents, offered, ahtSeconds, patienceSeconds, intervalSeconds);
    if (!(thresholdSeconds >= 0.0))
        throw InputError(QString(), 0, QStringLiteral("thresholdSeconds"),
                         Tr::tr("%1 is negative").arg(thresholdSeconds));
    if (offered == 0.0)
        return {0.0, 0.0, 1.0, 0.0, 0.0, 0.0};

    const double lambda = offered / intervalSeconds;    // arrivals per second
    const double traffic = lambda * ahtSeconds;         // λ/μ, Erlangs
    const double n = agents;
    ErlangAMetrics r{};

    if (std::isinf(patienceSeconds)) { // no abandonment: Erlang C
        if (n <= traffic)
            return {1.0, 0.0, 0.0, kInf, kInf, 1.0};
        const double c = erlangC(agents, traffic);
        r.probWait = c;
        r.probAbandon = 0.0;
        r.serviceLevel = 1.0 - c * std::exp(-(n - traffic) * thresholdSeconds / ahtSeconds);
        r.asaSeconds = r.meanWaitSeconds = c * ahtSeconds / (n - traffic);
        r.occupancy = traffic / n;
        return r;
    }
    if (agents == 0) // everyone waits out their patience
        return {1.0, 1.0, 0.0, kInf, patienceSeconds, 1.0};

    // c = nμ/θ and y = λ/θ. With A = Σ a_m (the queue states' mass relative to π_n) and
    // d = ln((1/B − 1) / A): P(W > 0) = 1 / (1 + e^d), P(W = 0) = e^d / (1 + e^d), and every queue
    // measure is P(W > 0) times a ratio of two sums of the same series, so the (possibly huge)
    // log scale of the series cancels exactly.
    const double c = n * patienceSeconds / ahtSeconds;
    const double y = lambda * patienceSeconds;
    const double logInvB = logInverseErlangB(agents, traffic);
    const double logBelow = logInvB + std::log(-std::expm1(-logInvB)); // ln(1/B − 1) = ln Σ_{k<n} π_k/π_n
    const Series sy = series(c, y, patienceSeconds);
    const double d = logBelow - (sy.logScale + std::log(sy.sum0));
    const double ed = std::exp(-std::fabs(d));
    const double wait = d <= 0 ? 1.0 / (1.0 + ed) : ed / (1.0 + ed);
    const double noWait = d <= 0 ? ed / (1.0 + ed) : 1.0 / (1.0 + ed);
    const double cOverY = n / traffic; // nμ/λ

    r.probWait = wait;
    const double queue = wait * (sy.sumM / sy.sum0); // E[Q]
    r.probAbandon = queue / y;                       // θ·E[Q]/λ
    r.meanWaitSeconds = queue / lambda;              // Little: E[Q]/λ
    const double answeredAfterWait = wait * cOverY * (sy.sum1 / sy.sum0);
    // E[W; answered] = π_n·(c/(yθ))·Σ a_m H_m with c/(yθ) = n·P/traffic.
    const double waitAnsweredSum = wait * (n * patienceSeconds / traffic) * (sy.sumH / sy.sum0);
    const double answered = noWait + answeredAfterWait;
    r.asaSeconds = answered > 0.0 ? waitAnsweredSum / answered : kInf;
    r.occupancy = std::min(1.0, traffic * answered / n);

    // P(answered, W > t) = π_n·(c/y)·exp(y(1 − e^(−θt)) − nμt)·Σ_{m≥1} Π_{i≤m} z/(c+i), z = y e^(−θt).
    double answeredLate = answeredAfterWait;
    double answeredInTime = noWait;
    if (thresholdSeconds > 0.0) {
        const double thetaT = thresholdSeconds / patienceSeconds;
        const double z = y * std::exp(-thetaT);
        answeredLate = 0.0;
        if (z > 0.0 && std::isfinite(thresholdSeconds)) {
            const Series sz = series(c, z, patienceSeconds);
            if (sz.sum1 > 0.0) {
                const double f = -y * std::expm1(-thetaT) - n * thresholdSeconds / ahtSeconds;
                answeredLate = wait * cOverY * std::exp(f + sz.logScale - sy.logScale) * (sz.sum1 / sy.sum0);
            }
        }
        if (answeredLate <= 0.5 * answeredAfterWait) {
            answeredInTime = noWait + std::max(0.0, answeredAfterWait - answeredLate);
        } else {
            // Most answered contacts waited longer than t: the difference would cancel, so sum
            // P(answered, 0 < W ≤ t) directly.
            answeredInTime = noWait
                + wait * cOverY
                    * std::exp(logAnsweredWithin(c, y, thetaT, patienceSeconds) - sy.logScale - std::log(sy.sum0));
        }
    }
    answeredInTime = std::min(answeredInTime, answered);
    if (def == SlDefinition::Offered)
        r.serviceLevel = answeredInTime;
    else
        r.serviceLevel = answered > 0.0 ? answeredInTime / answered : 0.0;
    return r;
}

int requiredAgentsErlangA(double offered, double ahtSeconds, double patienceSeconds, double intervalSeconds,
                          const ErlangATarget &t)
{
    const bool hasSl = !std::isnan(t.serviceLevel);
    const bool hasAbandon = !std::isnan(t.maxAbandonment);
    const bool hasAsa = !std::isnan(t.asaSeconds);
    if (hasSl && !(t.serviceLevel > 0.0 && t.serviceLevel < 1.0))
        throw InputError(QString(), 0, QStringLiteral("serviceLevel.target"),
                         Tr::tr("%1 is outside (0, 1)").arg(t.serviceLevel));
    if (hasSl && !(t.thresholdSeconds >= 0.0))
        throw InputError(QString(), 0, QStringLiteral("serviceLevel.seconds"),
                         Tr::tr("%1 is negative").arg(t.thresholdSeconds));
    if (hasAbandon && !(t.maxAbandonment > 0.0 && t.maxAbandonment <= 1.0))
        throw InputError(QString(), 0, QStringLiteral("maxAbandonment"),
                         Tr::tr("%1 is outside (0, 1]").arg(t.maxAbandonment));
    if (!(t.maxOccupancy > 0.0 && t.maxOccupancy <= 1.0))
        throw InputError(QString(), 0, QStringLiteral("maxOccupancy"), Tr::tr("%1 is outside (0, 1]").arg(t.maxOccupancy));
    if (hasAsa && !(t.asaSeconds > 0.0))
        throw InputError(QString(), 0, QStringLiteral("asaSeconds"), Tr::tr("%1 s must be > 0").arg(t.asaSeconds));
    if (!hasSl && !hasAbandon && !hasAsa && t.maxOccupancy >= 1.0)
        throw InputError(Tr::tr("no staffing target: give a service level, an abandonment cap, an ASA cap or an "
                                "occupancy cap below 1"));
    validateInputs(0, offered, ahtSeconds, patienceSeconds, intervalSeconds);
    if (offered == 0.0)
        return 0;

    const double threshold = hasSl ? t.thresholdSeconds : 0.0;
    const auto meets = [&](int n) {
        const ErlangAMetrics m = erlangA(n, offered, ahtSeconds, patienceSeconds, intervalSeconds, threshold, t.definition);
        return (!hasSl || m.serviceLevel >= t.serviceLevel) && (!hasAbandon || m.probAbandon <= t.maxAbandonment)
            && (!hasAsa || m.asaSeconds <= t.asaSeconds) && m.occupancy <= t.maxOccupancy + 1e-12;
    };
    if (meets(0))
        return 0;
    // Double until the targets hold, then bisect: every measure is monotone in n.
    const double traffic = offered * ahtSeconds / intervalSeconds;
    int lo = 0;
    int hi = int(std::clamp(std::ceil(traffic), 1.0, 1e8));
    while (!meets(hi)) {
        lo = hi;
        if (hi > 500000000)
            throw InputError(Tr::tr("no staffing up to %1 agents meets the targets").arg(hi));
        hi *= 2;
    }
    while (hi - lo > 1) {
        const int mid = lo + (hi - lo) / 2;
        (meets(mid) ? hi : lo) = mid;
    }
    return hi;
}

} // namespace tessera::staffing

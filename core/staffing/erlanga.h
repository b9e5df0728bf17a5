// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <limits>

/**
 * Erlang A: the M/M/n+M queue (Palm's model) for contact-center staffing with abandonment.
 *
 * Contacts arrive as a Poisson process at rate λ = offered / interval (per second), are served by
 * n agents in exponential times with mean AHT (μ = 1 / AHT) in order of arrival, and each waiting
 * contact abandons after an exponential patience with mean P (θ = 1 / P) unless it is answered
 * first. Unlike Erlang C the queue is stable for every n ≥ 0, also when λ/μ ≥ n.
 *
 * Exact formulas. P(W > 0), P(Ab) and E[W] are those of O. Garnett, A. Mandelbaum, M. Reiman,
 * "Designing a call center with impatient customers", M&SOM 4(3):208–227, 2002 (§3 and appendix)
 * and A. Mandelbaum, S. Zeltyn, "The M/M/n+G queue: summary of performance measures" (Technion
 * technical note), specialised to exponential patience; the waiting time of answered contacts is
 * derived below from the same birth–death chain (and checked against it numerically, see
 * tests/test_erlanga.cpp). With c = nμ/θ, y = λ/θ, the terms a_m = Π_{i=1..m} y/(c+i) (a_0 = 1), the Erlang B value
 * B = B(n, λ/μ) and the stationary mass of the queue states relative to state n,
 *     A(c, y) = Σ_{m≥0} a_m = c·e^y·y^(−c)·γ(c, y)        (γ the lower incomplete gamma function),
 *     π_n = 1 / (1/B − 1 + A),
 *     P(W > 0)  = π_n · A                                   (an arrival finds all n agents busy)
 *     P(Ab)     = π_n · Σ_m m·a_m / y = θ·E[Q] / λ          (= π_n((y − c)A + c)/y, GMR 2002)
 *     E[W]      = P(Ab) / θ                                  (all offered contacts, Little's law)
 *     P(answered, W > 0) = π_n·(c/y)·(A − 1)
 *     E[W; answered] = π_n·(c/(yθ))·Σ_{m≥1} a_m·H_m,   H_m = Σ_{i=1..m} 1/(c+i).
 * An arrival finding j contacts waiting is answered with probability c/(c+j+1), after a sum of
 * exponential stages with rates θ(c+1), …, θ(c+j+1) conditioned on it, so with p = 1 − e^(−θt)
 * P(answered, W ≤ t | j) = c/(c+j+1)·I_p(j+1, c+1) (regularized incomplete beta). Summed over j:
 *     P(answered, W > t) = π_n·(c/y)·exp(y·p − nμt)·Σ_{m≥1} Π_{i≤m} z/(c+i),   z = y·e^(−θt)
 *                        (= π_n·c·e^y·y^(−c−1)·γ(c+1, z)),
 *     P(answered, 0 < W ≤ t) = π_n·(c/y)·Σ_{k≥1} NB_k·Σ_{m=1..k} a_m,
 * NB_k the negative binomial law Γ(c+1+k)/(Γ(c+1)·k!)·p^k·(1−p)^(c+1). The service level is
 * P(W = 0) + P(answered, W > 0) − P(answered, W > t), or the last sum when that difference would
 * cancel (most answered contacts waited longer than t).
 *
 * Every sum has positive terms only and is summed in log scale around its largest term (log Γ
 * and digamma differences by their asymptotic series when that term is far out), so nothing
 * overflows and nothing cancels beyond one bit: in double precision every measure agrees with
 * 40-digit references to ~1e-12 relative or better (also service levels of 1e-100 under heavy
 * overload), for n from 1 to thousands, patience from milliseconds to days and loads from far
 * below to far above n. As P → ∞ with
 * λ/μ < n the measures tend to Erlang C (a_m → ρ^m); patience = +∞ is accepted and gives Erlang C
 * exactly. Cost: O(n) for Erlang B plus O(√y + √c) series terms, well under a millisecond for
 * n = 2000.
 */
namespace tessera::staffing {

/// How abandoned contacts count in the service level.
enum class SlDefinition {
    /// P(answered and W ≤ t) = (contacts answered within t) / (contacts offered): abandoned
    /// contacts, also those abandoning before t, count as failures.
    Offered,
    /// P(W ≤ t | answered) = (contacts answered within t) / (contacts answered): abandoned contacts
    /// are left out of numerator and denominator.
    Answered,
};

/// Steady-state measures of one interval. Times in seconds, probabilities as fractions.
struct ErlangAMetrics {
    double probWait;        ///< P(W > 0): an arrival finds every agent busy
    double probAbandon;     ///< P(Ab): fraction of offered contacts that abandon
    double serviceLevel;    ///< by the requested SlDefinition, threshold t
    double asaSeconds;      ///< E[W | answered]: mean wait of answered contacts (+inf when none are)
    double meanWaitSeconds; ///< E[W] over all offered contacts (abandoned ones until they hang up)
    double occupancy;       ///< λ·(1 − P(Ab))·AHT / n: agent time busy on contacts (1 for n = 0)
};

/**
 * Erlang A measures for `agents` agents, `offered` contacts in `intervalSeconds`, mean handle time
 * `ahtSeconds`, mean patience `patienceSeconds` (+inf = no abandonment: Erlang C, where n ≤ λ/μ
 * gives P(W>0) = 1, SL = 0 and infinite waits) and service-level threshold `thresholdSeconds`.
 * Throws InputError naming the field for agents < 0, negative or non-finite volume, interval ≤ 0,
 * AHT ≤ 0 with volume, patience ≤ 0 or NaN, negative threshold, and ("patienceSeconds") for a
 * finite patience so long (centuries at overload) that the exact series would need over 5·10^7
 * terms.
 */
ErlangAMetrics erlangA(int agents, double offered, double ahtSeconds, double patienceSeconds, double intervalSeconds,
                       double thresholdSeconds, SlDefinition def);

/// Staffing targets for Erlang A; NaN switches a target off. At least one must be given.
struct ErlangATarget {
    double serviceLevel = 0.8;                                         ///< in (0, 1), or NaN
    double thresholdSeconds = 20;                                      ///< answer-within time t ≥ 0
    SlDefinition definition = SlDefinition::Offered;                   ///< which service level
    double maxAbandonment = std::numeric_limits<double>::quiet_NaN();  ///< P(Ab) cap in (0, 1], or NaN
    double maxOccupancy = 1.0;                                         ///< occupancy cap in (0, 1]; 1 = none
    double asaSeconds = std::numeric_limits<double>::quiet_NaN();      ///< cap on E[W | answered] > 0, or NaN
};

/**
 * Smallest number of agents meeting every target that is given: SL ≥ serviceLevel,
 * P(Ab) ≤ maxAbandonment, occupancy ≤ maxOccupancy and ASA ≤ asaSeconds; 0 when nothing is offered.
 * The measures are monotone in n (P(Ab) and the offered SL by a coupling argument, the others
 * checked numerically over a wide parameter grid), so the search doubles n until the targets hold
 * and then bisects: O(log n) evaluations. Throws InputError naming the field for an invalid input
 * or target (SL outside (0, 1), negative threshold, P(Ab) cap outside (0, 1], occupancy cap outside
 * (0, 1], ASA cap ≤ 0, no target at all) and for the inputs erlangA() rejects.
 */
int requiredAgentsErlangA(double offered, double ahtSeconds, double patienceSeconds, double intervalSeconds,
                          const ErlangATarget &t);

} // namespace tessera::staffing

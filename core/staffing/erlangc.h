// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

/**
 * Erlang B and Erlang C (M/M/n queue) formulas for contact-center staffing.
 *
 * Units: traffic A in Erlangs (offered contacts × AHT seconds / interval seconds), agents n as a
 * count, times in seconds. All functions are numerically stable for thousands of agents: no
 * factorial or power is formed on its own. Erlang B is evaluated as
 *     1/B(n, A) = Σ_{j=0..n} n!/((n−j)!·A^j)   (running products, truncated once terms fall below
 *     1e−17 of the sum: O(√A) terms near n ≈ A; D. L. Jagerman, "Some properties of the Erlang
 *     loss function", Bell System Technical Journal 53(3):525–551, 1974)
 * and carried to n + 1 by the recursion B(n+1, A) = A·B / (n + 1 + A·B). Erlang C follows as
 *     C(n, A) = n·B(n, A) / (n − A·(1 − B(n, A)))          (n > A)
 * (see G. Koole, "Call Center Optimization", MG Books 2013, ch. 5; N. Gans, G. Koole,
 * A. Mandelbaum, "Telephone call centers: tutorial, review, and research prospects",
 * M&SOM 5(2):79–141, 2003, §4.1). With exponential waiting the service level and ASA are
 *     SL(t) = 1 − C(n, A) · exp(−(n − A) · t / AHT)
 *     ASA   = C(n, A) · AHT / (n − A)
 * and occupancy is A / n. When n ≤ A the queue is unstable: C = 1, SL = 0, ASA = +inf.
 */
namespace tessera::staffing {

/// Offered traffic in Erlangs: offered contacts × AHT (s) / interval length (s). Throws
/// InputError for negative volumes, non-positive AHT with positive volume, or a zero interval.
double trafficErlangs(double offered, double ahtSeconds, double intervalSeconds);

/// Erlang B blocking probability B(n, A) for n ≥ 0 servers and A ≥ 0 Erlangs.
double erlangB(int agents, double traffic);

/// Erlang C probability that a contact waits, C(n, A); 1 when n ≤ A.
double erlangC(int agents, double traffic);

/// Fraction of contacts answered within thresholdSeconds (the "offered" definition of Erlang C).
double serviceLevel(int agents, double traffic, double ahtSeconds, double thresholdSeconds);

/// Average speed of answer in seconds over all contacts; +inf when n ≤ A.
double averageSpeedOfAnswer(int agents, double traffic, double ahtSeconds);

/// Agent occupancy A / n (capped at 1).
double occupancy(int agents, double traffic);

/// A staffing target for one interval.
struct StaffingTarget {
    double serviceLevel = 0.80;     ///< fraction in (0, 1); 0 = no SL target (then ASA or occupancy must be set)
    double thresholdSeconds = 20.0; ///< answer-within time t, seconds ≥ 0
    double maxOccupancy = 1.0;      ///< cap on A / n in (0, 1]; 1 = no cap
    double asaSeconds = 0.0;        ///< ASA target in seconds; 0 = none
};

/// Throws InputError naming the field when the target is outside its range (SL in (0, 1),
/// threshold ≥ 0, maxOccupancy in (0, 1], ASA target ≥ 0).
void validateTarget(const StaffingTarget &target);

/**
 * Smallest number of agents n with SL(n) ≥ target, A/n ≤ maxOccupancy and, when an ASA target
 * is set, ASA(n) ≤ asaSeconds; 0 when traffic is 0.
 * O(n): Erlang B is carried forward one agent at a time. Throws InputError for an invalid target
 * (validateTarget), negative or non-finite traffic, or traffic with AHT ≤ 0.
 */
int requiredAgents(double traffic, double ahtSeconds, const StaffingTarget &target);

} // namespace tessera::staffing

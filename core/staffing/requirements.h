// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staffing/erlanga.h"

#include <QString>

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

/// How contacts of a queue are worked.
enum class Channel {
    Voice, ///< one contact per agent, queueing model (Erlang C)
    Chat,  ///< an agent serves up to `concurrency` chats at once
    Email, ///< deferred work with a response deadline: no queueing, workload over the deadline
};

/// The queueing model behind voice and chat requirements.
enum class StaffingModel {
    ErlangC, ///< M/M/n: nobody abandons (staffing/erlangc.h)
    ErlangA, ///< M/M/n+M: callers abandon after an exponential patience (staffing/erlanga.h)
};

/// A named shrinkage category (breaks, meetings, training, absenteeism, off-phone work…):
/// a fraction of paid time, constant (`value`) or per interval (`byInterval`, same length as the
/// forecast; it replaces `value` when present).
struct ShrinkageCategory {
    QString category;
    double value = 0.0;
    std::vector<double> byInterval;
    double at(int t) const { return byInterval.empty() ? value : byInterval.at(t); }
    bool operator==(const ShrinkageCategory &) const = default;
};

/**
 * The planner's staffing target for one queue: queueing model (Erlang C, or Erlang A with a mean
 * patience), SL (fraction answered within `serviceLevelSeconds`, over offered or over answered
 * contacts), optional ASA and abandonment targets, occupancy cap, channel, and
 * shrinkage (fraction of paid time agents are unavailable): the total at interval t is
 * `shrinkage` + Σ categories at t, and must stay in [0, 1).
 */
struct StaffingParams {
    double serviceLevelTarget = 0.80;
    double serviceLevelSeconds = 20.0;
    double shrinkage = 0.30;   ///< uncategorised shrinkage, in [0, 1)
    double maxOccupancy = 1.0; ///< in (0, 1]
    double asaSeconds = 0.0;   ///< ASA target (s); 0 = none
    StaffingModel model = StaffingModel::ErlangC;
    double patienceSeconds = 0.0; ///< mean patience (s) for Erlang A, > 0 there
    staffing::SlDefinition slDefinition = staffing::SlDefinition::Offered; ///< answered within t over offered or over answered
    double maxAbandonment = 0.0;  ///< Erlang A abandonment cap (fraction); 0 = none
    Channel channel = Channel::Voice;
    int concurrency = 1;          ///< chats per agent (Chat only), ≥ 1
    double deadlineMinutes = 0.0; ///< response deadline (Email only), > 0 there
    std::vector<ShrinkageCategory> shrinkageCategories;

    /// Total shrinkage at interval t.
    double shrinkageAt(int t) const;
    bool operator==(const StaffingParams &) const = default;
};

/// Required staff in one interval, with the service it is predicted to give.
struct IntervalRequirement {
    double trafficErlangs = 0.0; ///< offered × AHT / interval seconds (workload in Erlangs)
    int servers = 0;             ///< queueing servers the target needs (chat: chat slots)
    double netAgents = 0.0;      ///< agents working contacts: servers (voice), servers / concurrency (chat), deadline workload (email)
    double shrinkage = 0.0;      ///< total shrinkage applied in this interval
    double grossAgents = 0.0;    ///< net / (1 − shrinkage): agents to schedule (fractional, not rounded)
    double serviceLevel = 1.0;   ///< predicted SL with `servers` (NaN for email)
    double asaSeconds = 0.0;     ///< predicted ASA (s) with `servers` (NaN for email)
    double abandonment = 0.0;    ///< predicted abandonment fraction (0 under Erlang C)
    double occupancy = 0.0;      ///< workload / agents (chat: per chat slot)
};

/**
 * Required staff per interval for one queue.
 *  - Voice: Erlang C servers for the target (staffing/erlangc.h; Gans, Koole & Mandelbaum 2003),
 *    or Erlang A servers when model is ErlangA (staffing/erlanga.h; Garnett, Mandelbaum & Reiman
 *    2002), which also predicts abandonment.
 *  - Chat: each agent is treated as `concurrency` parallel servers with the chat's handle time
 *    as service time, so net agents = Erlang C servers / concurrency (a first-order model of
 *    concurrent chat; see T. Tezcan, J. Zhang, "Routing and staffing in customer service chat
 *    systems with impatient customers", Operations Research 62(4):943–956, 2014).
 *  - Email: every contact must be handled within the deadline D after it arrives; taking arrivals
 *    at the start of their interval and spreading each contact's work evenly over
 *    [arrival, arrival + D) gives net agents at t = Σ_s offered_s × AHT_s × (part of [s, s + D)
 *    inside t) / D / interval seconds. No queueing: SL and ASA are NaN.
 * gross = net / (1 − shrinkage_t) (Cleveland, "Call Center Management on Fast Forward", 3rd ed.
 * 2012, ch. 6); nothing is rounded per queue, so requirements of several queues add up exactly.
 * Throws InputError naming the interval (row = index + 1) and field for negative volumes or
 * AHT ≤ 0 with volume, and naming the parameter (row 0) for targets out of range, shrinkage
 * outside [0, 1), concurrency < 1, an email queue without a deadline, or Erlang A without a
 * patience > 0.
 */
std::vector<IntervalRequirement> computeRequirements(const std::vector<ForecastInterval> &forecast,
                                                     int intervalMinutes, const StaffingParams &params);

/**
 * The service an interval gets when `scheduledAgents` (gross, as scheduled) are on duty: net
 * available = scheduled × (1 − shrinkage_t), servers = ⌊net⌋ (voice) or ⌊net × concurrency⌋
 * (chat); email reports occupancy = workload / net and SL = 1 when capacity covers the workload
 * of the interval's deadline window, else capacity / workload.
 */
IntervalRequirement predictService(const std::vector<ForecastInterval> &forecast, int t, int intervalMinutes,
                                   const StaffingParams &params, double scheduledAgents);

/// Sum of several queues' requirements per interval (gross agents), all queues on one grid.
std::vector<double> totalGrossAgents(const std::vector<std::vector<IntervalRequirement>> &queues);

} // namespace tessera

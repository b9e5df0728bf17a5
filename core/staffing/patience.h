// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QTimeZone>

#include <vector>

/**
 * Customer patience from per-call records, for Erlang A (core/staffing/erlanga.h).
 *
 * Records are in the Technion "Anonymous Bank" layout read by core/io/callrecords.h (TAB separated;
 * columns looked up by name: `date`, `vru_exit`, `q_start`, `q_time`, `outcome`, `ser_start`,
 * `ser_time`, `server`), with the same rules: PHANTOM calls are dropped, a HANG with q_start
 * 0:00:00 hung up in the VRU and was never offered, a call is offered at `vru_exit` when its
 * outcome is AGENT or a HANG after entering the queue, and the window is [from 00:00, from + days)
 * in the zone tz. So `offered` and `abandoned` equal CallRecordStats of aggregateCallRecords().
 *
 * Estimator (L. Brown, N. Gans, A. Mandelbaum, A. Sakov, H. Shen, S. Zeltyn, L. Zhao, "Statistical
 * analysis of a telephone call center: a queueing-science perspective", JASA 100(469):36–50, 2005):
 * with exponential patience of rate θ every waiting call abandons at rate θ, so the abandonments
 * per offered call equal θ times the waiting time per offered call, P(Ab) = θ·E[W], and
 *     θ̂ = P̂(Ab) / Ê[W],   mean patience 1/θ̂ = Σ W / #abandoned,
 * where W is the queue time `q_time` of every offered call (served calls until answered, abandoned
 * calls until they hung up, 0 for calls never queued). It uses only totals, censoring included.
 */
namespace tessera::staffing {

struct PatienceEstimate {
    double patienceSeconds = 0; ///< Ê[W] / P̂(Ab); +inf when nothing abandoned, NaN when nothing offered
    double probAbandon = 0;     ///< abandoned / offered (NaN when nothing offered)
    double meanWaitSeconds = 0; ///< mean q_time over offered calls (NaN when nothing offered)
    int offered = 0;            ///< calls offered in the window (served + abandoned in queue)
    int abandoned = 0;          ///< HANG after entering the queue, in the window
};

/// The Brown et al. estimate over the window. Throws InputError naming file, line and column for
/// a malformed record, or for days < 1.
PatienceEstimate estimatePatience(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz,
                                  const QDate &from, int days);
PatienceEstimate estimatePatience(const QString &path, const QTimeZone &tz, const QDate &from, int days);

/**
 * One local hour of day of the window, all days pooled; or the whole window (`hour` = −1).
 * Observed side: offered, abandoned, P(Ab), E[W] and the hour's own patience estimate.
 * Model side: every (day, hour) cell with offered calls is an Erlang A interval of 3600 s with the
 * cell's offered calls, the mean ser_time of the cell's served arrivals (the window's mean AHT when
 * none was served) and the window's pooled patience estimate, staffed twice:
 *  - `busy`:    n = ⌈observed busy agents⌉, the cell's seconds of service / 3600 rounded up: agents
 *               certainly present, but idle agents are invisible in call records, so this is a lower
 *               bound on staffing and the predicted abandonment an upper-side estimate;
 *  - `servers`: n = distinct named agents (`server` ≠ NO_SERVER) serving some call during the
 *               cell: an upper bound on staffing (an agent who took one call counts for the hour),
 *               so the prediction is a lower-side estimate.
 * Predicted fractions and waits are offered-weighted means over the cells. The comparison tests
 * exponential patience, stationarity within an hour, one FCFS queue (the bank had priority
 * customers) and the staffing proxy together; it is a plausibility check, not a fit.
 */
struct PatienceFitRow {
    int hour = -1;                       ///< local hour of day 0–23; −1 for the whole window
    int cells = 0;                       ///< (day, hour) cells with offered calls
    int offered = 0;
    int abandoned = 0;
    double observedAbandon = 0;          ///< abandoned / offered
    double observedMeanWaitSeconds = 0;  ///< mean q_time of offered calls
    double patienceSeconds = 0;          ///< this row's own Ê[W] / P̂(Ab)
    double ahtSeconds = 0;               ///< mean ser_time of the row's served arrivals (NaN if none)
    double busyAgents = 0;               ///< mean over the cells of service seconds / 3600
    double servers = 0;                  ///< mean over the cells of distinct named agents serving
    double predictedAbandonBusy = 0;     ///< Erlang A P(Ab), n = ⌈busy⌉
    double predictedAbandonServers = 0;  ///< Erlang A P(Ab), n = distinct servers
    double predictedMeanWaitBusy = 0;    ///< Erlang A E[W] (all offered), n = ⌈busy⌉
    double predictedMeanWaitServers = 0; ///< Erlang A E[W] (all offered), n = distinct servers
};

struct PatienceFit {
    PatienceEstimate estimate;         ///< pooled over the window; its patience drives the model
    std::vector<PatienceFitRow> hours; ///< hours of day with offered calls, ascending
    PatienceFitRow total;              ///< the whole window (hour = −1)
};

/// The estimate and the observed-vs-Erlang A comparison per hour of day (see PatienceFitRow).
PatienceFit fitPatience(const QByteArray &data, const QString &fileLabel, const QTimeZone &tz, const QDate &from,
                        int days);
PatienceFit fitPatience(const QString &path, const QTimeZone &tz, const QDate &from, int days);

} // namespace tessera::staffing

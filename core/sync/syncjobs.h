// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/job.h"
#include "core/sync/publish.h"
#include "core/sync/wfmapi.h"

#include <QMutex>
#include <QStringList>

#include <optional>

namespace tessera {

/**
 * Base of the sync jobs for the GUI's Sync dialog: each creates its own GenesysClient on the
 * worker thread (the secret is handed over in memory, read from a SecretStore by the caller),
 * forwards the client's log lines as logLine() (context ids included, never a secret) and
 * reports progress per step. cancel() stops between requests and aborts the ones in flight.
 * After finished(): errorMessage() (empty on success), stats().
 */
class SyncJob : public Job
{
    Q_OBJECT
public:
    SyncJob(ConnectionSettings settings, QString secret, RetryPolicy policy = {}, QObject *parent = nullptr);
    /// Replace the clock (tests).
    void setClock(std::shared_ptr<SyncClock> clock) { m_clock = std::move(clock); }
    SyncStats stats() const;
    /// Every log line so far (also emitted one by one as logLine()).
    QStringList log() const;

Q_SIGNALS:
    void logLine(const QString &line);

protected:
    /// A client for this run, wired to the log and the cancel flag.
    std::unique_ptr<GenesysClient> makeClient();
    void keepStats(const GenesysClient &c);

private:
    ConnectionSettings m_settings;
    QString m_secret;
    RetryPolicy m_policy;
    std::shared_ptr<SyncClock> m_clock;
    mutable QMutex m_mutex;
    QStringList m_log;
    SyncStats m_stats;
};

/// Pulls a business unit (and `forecastWeeks` weeks of forecast from weekDate). Result: snapshot().
class PullJob : public SyncJob
{
    Q_OBJECT
public:
    PullJob(ConnectionSettings settings, QString secret, QString businessUnitId, QDate weekDate, int forecastWeeks,
            RetryPolicy policy = {}, QObject *parent = nullptr);
    /// Also read each agent's work plan, queues and skills (one request per agent).
    void setAgentDetails(bool on) { m_agentDetails = on; }
    /// Valid after a successful run.
    const PlatformSnapshot &snapshot() const { return m_snapshot; }

protected:
    void execute() override;

private:
    QString m_buId;
    QDate m_weekDate;
    int m_weeks;
    bool m_agentDetails = false;
    PlatformSnapshot m_snapshot;
};

/**
 * Dry run, then (unless dryRunOnly) publish. `snapshot` is the platform's view the dry run checks
 * against (from a PullJob); with errors in the dry run nothing is written and errorMessage() says so.
 * Results: report() always, result() after a publish.
 */
class PublishJob : public SyncJob
{
    Q_OBJECT
public:
    PublishJob(ConnectionSettings settings, QString secret, ScheduleWeek week, PlatformSnapshot snapshot,
               PublishOptions options, bool dryRunOnly = false, RetryPolicy policy = {}, QObject *parent = nullptr);
    const DryRunReport &report() const { return m_report; }
    const std::optional<PublishResult> &result() const { return m_result; }
    void setRules(const DryRunRules &rules) { m_rules = rules; }

protected:
    void execute() override;

private:
    ScheduleWeek m_week;
    PlatformSnapshot m_snapshot;
    PublishOptions m_options;
    bool m_dryRunOnly;
    DryRunRules m_rules;
    DryRunReport m_report;
    std::optional<PublishResult> m_result;
};

} // namespace tessera

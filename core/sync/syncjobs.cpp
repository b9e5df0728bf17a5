// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncjobs.h"

#include <QMutexLocker>

namespace tessera {

SyncJob::SyncJob(ConnectionSettings settings, QString secret, RetryPolicy policy, QObject *parent)
    : Job(parent), m_settings(std::move(settings)), m_secret(std::move(secret)), m_policy(policy)
{
}

SyncStats SyncJob::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

QStringList SyncJob::log() const
{
    QMutexLocker lock(&m_mutex);
    return m_log;
}

std::unique_ptr<GenesysClient> SyncJob::makeClient()
{
    auto c = std::make_unique<GenesysClient>(m_settings, m_secret, m_policy, m_clock);
    c->setCancelFlag(cancelFlag());
    c->setLogger([this](const QString &line) {
        {
            QMutexLocker lock(&m_mutex);
            m_log << line;
        }
        Q_EMIT logLine(line);
    });
    return c;
}

void SyncJob::keepStats(const GenesysClient &c)
{
    QMutexLocker lock(&m_mutex);
    m_stats = c.stats();
}

PullJob::PullJob(ConnectionSettings settings, QString secret, QString businessUnitId, QDate weekDate, int forecastWeeks,
                 RetryPolicy policy, QObject *parent)
    : SyncJob(std::move(settings), std::move(secret), policy, parent), m_buId(std::move(businessUnitId)),
      m_weekDate(weekDate), m_weeks(forecastWeeks)
{
}

void PullJob::execute()
{
    auto client = makeClient();
    WfmApi api(*client);
    try {
        m_snapshot = api.pull(m_buId, m_weekDate, m_weeks, [this](double f, const QString &m) { reportProgress(f, m); },
                              m_agentDetails);
    } catch (...) {
        keepStats(*client);
        throw;
    }
    keepStats(*client);
}

PublishJob::PublishJob(ConnectionSettings settings, QString secret, ScheduleWeek week, PlatformSnapshot snapshot,
                       PublishOptions options, bool dryRunOnly, RetryPolicy policy, QObject *parent)
    : SyncJob(std::move(settings), std::move(secret), policy, parent), m_week(std::move(week)),
      m_snapshot(std::move(snapshot)), m_options(std::move(options)), m_dryRunOnly(dryRunOnly)
{
}

void PublishJob::execute()
{
    reportProgress(0.0, QStringLiteral("dry run"));
    m_report = dryRunSchedule(m_week, m_snapshot, m_rules);
    if (!m_report.ok())
        throw PlatformError(QStringLiteral("the dry run found %1 error(s); nothing was written\n").arg(m_report.errorCount()) +
                            m_report.text());
    if (m_dryRunOnly)
        return;
    auto client = makeClient();
    try {
        m_result = publishScheduleWeek(*client, m_week, m_options,
                                       [this](double f, const QString &m) { reportProgress(f, m); }, cancelFlag());
    } catch (...) {
        keepStats(*client);
        throw;
    }
    keepStats(*client);
}

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/genesysclient.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace tessera {

/// What a platform's public API lets Tessera do; `reason` is the UI text when a capability is missing.
struct SyncCapability {
    bool available = false;
    QString reason;
};

struct PlatformCapabilities {
    QString platform;
    SyncCapability pullAgents, pullActivityCodes, pullForecast, exportSchedules, publishSchedules, realTimeAdherence;
};

PlatformCapabilities genesysCapabilities();
PlatformCapabilities cxoneCapabilities();

/**
 * NICE CXone, limited to what is publicly documented (API_NOTES §8):
 * - a platform token from an access key: POST https://<area>.nice-incontact.com/authentication/v1/
 *   token/access-key {accessKeyId, accessKeySecret} → {access_token} (areas na1, au1, eu1);
 * - NICE WFM SmartSync: session login POST https://<domain>/SMARTSync/services/rs/users/v1/login
 *   {customerId, userName, password, locale} → JSESSIONID cookie, and the asynchronous exporter
 *   POST …/SMARTSync/services/rs/exporters/v1/agent-schedule-detail {startDate, endDate,
 *   outputFormat, muIds} → jobId.
 * The exporter's status and result routes were not captured in public material, so
 * exportStatus() refuses with that explanation instead of guessing a route; schedule publishing,
 * forecasts and real-time adherence have no public CXone WFM API (cxoneCapabilities() gives the
 * UI text) and go through file import/export (ScheduleWeek JSON, forecast CSV).
 * Requests use GenesysClient's pipeline (retries, backoff, timeouts) with explicit headers.
 */
class CxoneAdapter
{
public:
    static QStringList areas() { return {QStringLiteral("na1"), QStringLiteral("au1"), QStringLiteral("eu1")}; }
    /// baseOverride (loopback emulator or tests) replaces https://<area>.nice-incontact.com and the SmartSync domain.
    CxoneAdapter(QString area, QString smartSyncDomain, RetryPolicy policy = {}, QString baseOverride = {});

    /// The access-key token (held in memory only). Throws PlatformError.
    QString accessToken(const QString &accessKeyId, const QString &accessKeySecret);
    /// SmartSync session; the JSESSIONID is kept for later calls. Throws PlatformError.
    void smartSyncLogin(const QString &customerId, const QString &userName, const QString &password,
                        const QString &locale = QStringLiteral("en_US"));
    /// Starts the agent schedule detail export; returns its jobId. Throws PlatformError.
    QString startAgentScheduleDetailExport(const QDate &start, const QDate &end, const QStringList &muIds);
    /// Always throws PlatformError: the status/result routes are not publicly documented.
    [[noreturn]] void exportStatus(const QString &jobId);

    QUrl tokenUrl() const;
    QUrl smartSyncUrl(const QString &path) const;

private:
    QString m_area, m_domain, m_override;
    GenesysClient m_http;
    QByteArray m_session;
};

} // namespace tessera

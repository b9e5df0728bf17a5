// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/cxone.h"

namespace tessera {

using nlohmann::json;

PlatformCapabilities genesysCapabilities()
{
    PlatformCapabilities c;
    c.platform = QStringLiteral("Genesys Cloud");
    for (SyncCapability *cap : {&c.pullAgents, &c.pullActivityCodes, &c.pullForecast, &c.exportSchedules,
                                &c.publishSchedules, &c.realTimeAdherence})
        cap->available = true;
    return c;
}

PlatformCapabilities cxoneCapabilities()
{
    const QString none = QStringLiteral("NICE CXone has no publicly documented API for %1; use %2 instead.");
    PlatformCapabilities c;
    c.platform = QStringLiteral("NICE CXone");
    c.exportSchedules = {true, QStringLiteral("SmartSync agent schedule detail exporter (asynchronous job); its "
                                              "status and result routes are not public, so fetch the result file "
                                              "from NICE WFM and import it.")};
    c.pullAgents = {false, none.arg(QStringLiteral("reading WFM agents"), QStringLiteral("a file export from NICE WFM"))};
    c.pullActivityCodes = {false, none.arg(QStringLiteral("activity codes"), QStringLiteral("a file export from NICE WFM"))};
    c.pullForecast = {false, none.arg(QStringLiteral("forecasts"), QStringLiteral("a forecast CSV import"))};
    c.publishSchedules = {false, none.arg(QStringLiteral("publishing schedules"),
                                          QStringLiteral("Tessera's schedule file export and the NICE WFM import"))};
    c.realTimeAdherence = {false, none.arg(QStringLiteral("real-time adherence"), QStringLiteral("NICE WFM itself"))};
    return c;
}

namespace {
ConnectionSettings pipelineSettings(const QString &base)
{
    ConnectionSettings s;
    s.baseUrl = base;
    return s;
}
} // namespace

CxoneAdapter::CxoneAdapter(QString area, QString smartSyncDomain, RetryPolicy policy, QString baseOverride)
    : m_area(std::move(area)), m_domain(std::move(smartSyncDomain)), m_override(std::move(baseOverride)),
      m_http(pipelineSettings(m_override.isEmpty() ? QStringLiteral("https://%1.nice-incontact.com").arg(m_area) : m_override),
             QString(), policy)
{
    if (m_override.isEmpty() && !areas().contains(m_area))
        throw PlatformError(QStringLiteral("unknown CXone area '%1' (expected na1, au1 or eu1)").arg(m_area));
}

QUrl CxoneAdapter::tokenUrl() const
{
    const QString base = m_override.isEmpty() ? QStringLiteral("https://%1.nice-incontact.com").arg(m_area) : m_override;
    return QUrl(base + QStringLiteral("/authentication/v1/token/access-key"));
}

QUrl CxoneAdapter::smartSyncUrl(const QString &path) const
{
    const QString base = m_override.isEmpty() ? QStringLiteral("https://") + m_domain : m_override;
    return QUrl(base + QStringLiteral("/SMARTSync/services/rs/") + path);
}

QString CxoneAdapter::accessToken(const QString &accessKeyId, const QString &accessKeySecret)
{
    ApiRequest r;
    r.method = "POST";
    r.path = tokenUrl().toString();
    r.bearer = false;
    r.body = QByteArray::fromStdString(
        json{{"accessKeyId", accessKeyId.toStdString()}, {"accessKeySecret", accessKeySecret.toStdString()}}.dump());
    const json j = m_http.send(r).json();
    const QString token = QString::fromStdString(j.value("access_token", std::string()));
    if (token.isEmpty())
        throw PlatformError(QStringLiteral("CXone access-key token answer without access_token"));
    return token;
}

void CxoneAdapter::smartSyncLogin(const QString &customerId, const QString &userName, const QString &password,
                                  const QString &locale)
{
    ApiRequest r;
    r.method = "POST";
    r.path = smartSyncUrl(QStringLiteral("users/v1/login")).toString();
    r.bearer = false;
    r.body = QByteArray::fromStdString(json{{"customerId", customerId.toStdString()},
                                            {"userName", userName.toStdString()},
                                            {"password", password.toStdString()},
                                            {"locale", locale.toStdString()}}
                                           .dump());
    const ApiResponse resp = m_http.send(r);
    const json j = resp.json();
    m_session = QByteArray::fromStdString(j.value("jsessionId", std::string()));
    if (m_session.isEmpty())
        throw PlatformError(QStringLiteral("SmartSync login answered without jsessionId"));
}

QString CxoneAdapter::startAgentScheduleDetailExport(const QDate &start, const QDate &end, const QStringList &muIds)
{
    if (m_session.isEmpty())
        throw PlatformError(QStringLiteral("SmartSync: log in first"));
    json mus = json::array();
    for (const auto &m : muIds)
        mus.push_back(m.toStdString());
    ApiRequest r;
    r.method = "POST";
    r.path = smartSyncUrl(QStringLiteral("exporters/v1/agent-schedule-detail")).toString();
    r.bearer = false;
    r.headers.append({"Cookie", "JSESSIONID=" + m_session});
    r.body = QByteArray::fromStdString(json{{"startDate", start.toString(Qt::ISODate).toStdString()},
                                            {"endDate", end.toString(Qt::ISODate).toStdString()},
                                            {"outputFormat", "JSON"},
                                            {"muIds", mus}}
                                           .dump());
    const json j = m_http.send(r).json();
    const QString id = j.contains("jobId") ? QString::fromStdString(j["jobId"].is_string() ? j["jobId"].get<std::string>()
                                                                                            : j["jobId"].dump())
                                           : QString();
    if (id.isEmpty())
        throw PlatformError(QStringLiteral("SmartSync exporter answered without jobId"));
    return id;
}

void CxoneAdapter::exportStatus(const QString &jobId)
{
    throw PlatformError(QStringLiteral("SmartSync export job %1 was started, but the routes for its status and result "
                                       "are not publicly documented; download the export from NICE WFM and import "
                                       "the file in Tessera.")
                            .arg(jobId));
}

} // namespace tessera

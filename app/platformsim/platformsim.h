// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractHttpServer>
#include <QDate>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThread>

#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <random>
#include <vector>

namespace tessera::sim {

/**
 * Parameters of the generated fixture (deterministic: the same parameters give the same ids
 * and numbers). One business unit with `managementUnits` MUs, `agents` agents spread over
 * them round-robin, the 8 activity-code categories, two planning groups and one short-term
 * forecast of `forecastWeeks` weeks from weekDate (a Monday; the BU's weeks start on Monday).
 */
struct FixtureParams {
    int agents = 300;
    int managementUnits = 3;
    QDate weekDate = QDate(2026, 11, 30);
    int forecastWeeks = 6;
    QString timeZone = QStringLiteral("Europe/Berlin");
    /// Reads {"agents","managementUnits","weekDate","forecastWeeks","timeZone"} (all optional)
    /// from DIR/fixture.json. Throws std::runtime_error for an unreadable or malformed file.
    static FixtureParams fromDirectory(const QString &dir);
};

/// Demo credentials of the fixture (documented in README).
inline constexpr const char *kDemoClientId = "demo-client";
inline constexpr const char *kDemoClientSecret = "demo-secret";

/// The fault switches. Rates are probabilities per request (seeded RNG); count limits how many
/// times a fault fires (-1 = unlimited).
struct Fault {
    double rate = 0.0;
    int remaining = -1;
};
/// Names: rate-limit (429 + Retry-After), token-expired (401, the token is revoked),
/// server-error (503), slow (answer after slowMs), drop (connection closed without an answer),
/// async-late (update operations finish lateMs later), async-fail (update operations end Error).
QStringList faultNames();

struct SimOptions {
    int retryAfterSeconds = 1;
    int slowMs = 1500;
    int asyncDelayMs = 30;
    int lateMs = 2000;
    int tokenTtlSeconds = 86400;
    bool downloadResults = false; ///< forecast data, agent-schedule queries and activity codes via downloadUrl
    quint32 seed = 1;
    bool recordExchanges = false; ///< keep every API request and answer (tests: schema checks)
    int heartbeatMs = 30000;      ///< channel.metadata heartbeat on notification sockets
};

/// One recorded request/answer; uploads are stored gunzipped.
struct Exchange {
    QString method;
    QString path;
    int status = 0;
    QByteArray requestBody;
    QByteArray responseBody;
};

/// A schedule as the emulator stores it (for tests: lost or doubled shifts are visible here).
struct StoredSchedule {
    QString id;
    QString weekDate;
    QString description;
    int version = 1;
    bool published = false;
    std::map<QString, std::vector<nlohmann::json>> shifts; ///< user id -> BuAgentScheduleShift
};

/**
 * tessera-platform-sim: a loopback emulator of the Genesys Cloud WFM routes Tessera uses
 * (API_NOTES §2-§5), built on QAbstractHttpServer (Qt 6.4 HttpServer): handleRequest() gets the
 * socket, which lets the emulator answer with any status and headers, delay, or drop the
 * connection. In Qt 6.4 the responder keeps a reference to the request, so every answer is
 * written before handleRequest() returns ("slow" blocks the emulator's thread for slowMs).
 *
 * Every /api/v2 route needs a bearer token from POST /oauth/token (Basic demo-client:demo-secret,
 * grant_type=client_credentials). Answers carry ININ-Correlation-Id and inin-ratelimit-* headers;
 * errors are ErrorBody. Schedule updates follow the upload-URL flow (pattern A): the pre-signed
 * upload URL is /uploads/{key} on the emulator, downloads are /downloads/{id}.
 * Admin (emulator only, no token): GET/POST /__sim/faults {"name": rate | {"rate","count"}},
 * GET /__sim/schedules. Thread-safe accessors for tests; run it in its own thread (SimThread).
 */
class PlatformSim : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit PlatformSim(FixtureParams params = {}, SimOptions options = {}, QObject *parent = nullptr);
    ~PlatformSim() override;

    /// Listens on 127.0.0.1 only (port 0 = a free one); returns the port, 0 on failure.
    quint16 listenLoopback(quint16 port = 0);
    /// Throws std::invalid_argument for a name not in faultNames().
    void setFault(const QString &name, double rate, int count = -1);
    void clearFaults();
    void setOptions(const SimOptions &o);
    SimOptions options() const;

    QString businessUnitId() const;
    QStringList managementUnitIds() const;
    /// Agent ids of management unit `mu` (index into managementUnitIds()).
    QStringList agentIds(int mu = -1) const;
    QStringList activityCodeIds() const;
    QString activityCodeId(const QString &category) const;
    std::vector<StoredSchedule> schedules() const;
    /// Requests seen per "METHOD /template" (faulted ones included).
    std::map<QString, int> requestCounts() const;
    int tokensIssued() const;
    /// How often fault `name` has fired.
    int faultsFired(const QString &name) const;
    std::vector<Exchange> exchanges() const;
    /// Notification channels created so far, and WebSocket connections accepted.
    int channelsCreated() const;
    int socketsAccepted() const;
    /// Sends v2.system.socket_closing on every open notification socket and closes them
    /// `closeAfterMs` later (the platform gives about a minute). Thread-safe.
    void sendSocketClosing(int closeAfterMs = 100);
    /// Sends {"topicName": topic, "eventBody": body} to every channel subscribed to topic. Thread-safe.
    void notify(const QString &topic, const nlohmann::json &body);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

/// Runs a PlatformSim on its own thread, listening on 127.0.0.1 (port 0 = a free one).
class SimThread
{
public:
    explicit SimThread(FixtureParams params = {}, SimOptions options = {}, quint16 port = 0);
    SimThread(const SimThread &) = delete;
    SimThread &operator=(const SimThread &) = delete;
    ~SimThread();
    PlatformSim *sim() const { return m_sim; }
    quint16 port() const { return m_port; }
    QString baseUrl() const;

private:
    QThread m_thread;
    QObject m_helper; ///< lives on m_thread: runs construction and destruction there
    PlatformSim *m_sim = nullptr;
    quint16 m_port = 0;
};

} // namespace tessera::sim

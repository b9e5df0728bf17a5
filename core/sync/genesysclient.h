// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <nlohmann/json.hpp>

#include <atomic>
#include <functional>
#include <memory>
#include <stdexcept>
#include <vector>

class QEventLoop;
class QNetworkAccessManager;
class QNetworkReply;

namespace tessera {

/**
 * A failed platform call, made readable: "GET /api/v2/... -> 404 not.found: <message>
 * (context id 1234-...)". status is the HTTP status (0 for a network failure or a
 * timeout), code and contextId come from the Genesys ErrorBody (API_NOTES §3) or the
 * ININ-Correlation-Id header.
 */
class PlatformError : public std::runtime_error
{
public:
    PlatformError(const QString &text, int status = 0, QString code = {}, QString contextId = {});
    int status() const { return m_status; }
    const QString &code() const { return m_code; }
    const QString &contextId() const { return m_contextId; }

private:
    int m_status;
    QString m_code;
    QString m_contextId;
};

/// Thrown when the job's cancel flag stops a call.
class SyncCancelled : public std::runtime_error
{
public:
    SyncCancelled() : std::runtime_error("cancelled") {}
};

/**
 * Time for the client: token expiry reads nowMs(); every retry wait (Retry-After, backoff)
 * asks realDelayMs() how long to really wait. The system clock waits what it is asked;
 * tests substitute a clock that records the wait, advances its time and returns 0.
 */
class SyncClock
{
public:
    virtual ~SyncClock() = default;
    virtual qint64 nowMs();
    virtual int realDelayMs(int requestedMs) { return requestedMs; }
};

/// Documented Genesys Cloud API hosts (API_NOTES §2, purecloud_region_hosts.py).
QStringList genesysRegionHosts();

/**
 * Where and how to connect. region is a host from genesysRegionHosts() ("api.mypurecloud.ie");
 * the login host is the same with "login." for "api.". baseUrl overrides both (the emulator,
 * "http://127.0.0.1:8085"); plain http is accepted only for loopback hosts, TLS verification is
 * never switched off. The secret is held in memory only for the client's lifetime.
 */
struct ConnectionSettings {
    QString region = QStringLiteral("api.mypurecloud.com");
    QString baseUrl;
    QString clientId;
    /// Throws PlatformError for an unknown region or a non-loopback http override.
    QUrl apiBase() const;
    QUrl loginBase() const;
};

/// Retry and pipeline knobs. Defaults follow API_NOTES §3 (429: honour Retry-After).
struct RetryPolicy {
    int maxAttempts = 6;          ///< per request, first try included
    int baseBackoffMs = 500;      ///< first backoff for 5xx / network failures
    int maxBackoffMs = 30000;     ///< cap of one backoff
    int defaultRetryAfterMs = 5000; ///< 429 without a Retry-After header
    int timeoutMs = 30000;        ///< per attempt (transfer timeout)
    int maxConcurrent = 4;        ///< requests in flight at once
    quint32 jitterSeed = 0;       ///< 0 = random seed
};

struct ApiRequest {
    QByteArray method = "GET";
    QString path;                 ///< "/api/v2/..." (relative to the API base) or an absolute URL
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool bearer = true;           ///< send the OAuth token (false for pre-signed upload/download URLs)
};

struct ApiResponse {
    int status = 0;
    QByteArray body;
    QMap<QByteArray, QByteArray> headers; ///< lower-case names
    nlohmann::json json() const;
};

/// Counters for the log, the summary and tests.
struct SyncStats {
    int requests = 0;      ///< HTTP attempts (token requests included)
    int retries = 0;
    int reauthentications = 0;
    int tokensFetched = 0;
    int rateLimited = 0;   ///< 429 answers
    qint64 waitedMs = 0;   ///< requested retry waits (Retry-After + backoff), whatever the clock did
    qint64 retryAfterMs = 0; ///< the part of waitedMs asked for by Retry-After
    int rateLimitCount = 0;   ///< last inin-ratelimit-count seen
    int rateLimitAllowed = 0; ///< last inin-ratelimit-allowed seen
};

/**
 * The one HTTP pipeline for Genesys Cloud (API_NOTES §2-§3). Blocking calls for a job's worker
 * thread (the client owns a QNetworkAccessManager on the thread that first uses it and spins a
 * local event loop while waiting), with at most RetryPolicy::maxConcurrent requests in flight.
 *
 * - OAuth client credentials: POST <login>/oauth/token, Basic base64(id:secret), form body
 *   grant_type=client_credentials; the token is cached until min(60 s, 10 %) before expires_in.
 *   A 401 on a call invalidates it, fetches a new one and retries that call once.
 * - 429: waits Retry-After seconds (defaultRetryAfterMs without the header), then retries.
 *   5xx (500, 502, 503, 504), dropped connections and timeouts: exponential backoff with
 *   "equal jitter" (half fixed, half random; M. Brooker, "Exponential Backoff And Jitter",
 *   AWS Architecture Blog, 2015), capped by maxBackoffMs, at most maxAttempts tries.
 * - Any 2xx is success (API_NOTES §1). Other answers throw PlatformError built from ErrorBody.
 * - inin-ratelimit-allowed/-count/-reset headers are kept in stats() and logged once 80 % of
 *   the allowance is used.
 * The log never contains the secret, the Authorization header or the token.
 */
class GenesysClient
{
public:
    using Logger = std::function<void(const QString &line)>;

    GenesysClient(ConnectionSettings settings, QString secret, RetryPolicy policy = {},
                  std::shared_ptr<SyncClock> clock = {});
    ~GenesysClient();
    GenesysClient(const GenesysClient &) = delete;
    GenesysClient &operator=(const GenesysClient &) = delete;

    void setLogger(Logger logger) { m_log = std::move(logger); }
    void setCancelFlag(const std::atomic_bool *cancel) { m_cancel = cancel; }
    const SyncStats &stats() const { return m_stats; }
    const ConnectionSettings &settings() const { return m_settings; }
    RetryPolicy &policy() { return m_policy; }

    /// Fetches a token now (Test connection). Throws PlatformError.
    void authenticate();
    /// One call, retried as described. Throws PlatformError / SyncCancelled.
    ApiResponse send(const ApiRequest &request);
    /// Several calls at once (bounded concurrency); answers in request order. The first failure
    /// is thrown after all calls have ended.
    std::vector<ApiResponse> sendAll(const std::vector<ApiRequest> &requests);

    nlohmann::json getJson(const QString &path, const QUrlQuery &query = {});
    nlohmann::json postJson(const QString &path, const nlohmann::json &body, const QUrlQuery &query = {});
    /// Every entity of a paged listing: follows nextUri (or pageNumber < pageCount) from page 1.
    std::vector<nlohmann::json> getAllPages(const QString &path, QUrlQuery query = {}, int pageSize = 100);
    /// A reply's `key` member, or the document behind its downloadUrl (API_NOTES §4B) when the
    /// platform sent one instead (fetched without the bearer token: the URL is pre-signed).
    nlohmann::json inlineOrDownload(const nlohmann::json &reply, const char *key = "result");

private:
    struct Call;
    void submit(const std::shared_ptr<Call> &call);
    void startAttempt(const std::shared_ptr<Call> &call);
    void onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply);
    void retryLater(const std::shared_ptr<Call> &call, int requestedMs, const QString &why);
    void finish(const std::shared_ptr<Call> &call);
    void pump();
    void withToken(std::function<void(const QString *error)> then);
    void fetchToken();
    void runUntil(const std::function<bool()> &done);
    void log(const QString &line) const;
    QUrl urlFor(const ApiRequest &r) const;
    int backoffMs(int attempt);
    QNetworkAccessManager *nam();

    ConnectionSettings m_settings;
    QString m_secret;
    RetryPolicy m_policy;
    std::shared_ptr<SyncClock> m_clock;
    Logger m_log;
    const std::atomic_bool *m_cancel = nullptr;
    SyncStats m_stats;
    QNetworkAccessManager *m_nam = nullptr;
    QEventLoop *m_wait = nullptr; ///< the loop runUntil() spins, woken when a call ends
    QByteArray m_token;
    qint64 m_tokenValidUntilMs = 0;
    bool m_fetchingToken = false;
    std::vector<std::function<void(const QString *)>> m_tokenWaiters;
    std::vector<std::shared_ptr<Call>> m_queue;
    std::vector<std::shared_ptr<Call>> m_active;
    quint32 m_rng = 0;
};

/// Parses an ErrorBody (or the OAuth error form) into a one-line text; empty when body is not one.
QString describeErrorBody(const QByteArray &body, QString *code = nullptr, QString *contextId = nullptr);

} // namespace tessera

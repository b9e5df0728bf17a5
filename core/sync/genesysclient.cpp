// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/genesysclient.h"

#include <QDateTime>
#include <QEventLoop>
#include <QHostAddress>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>

namespace tessera {

using nlohmann::json;

PlatformError::PlatformError(const QString &text, int status, QString code, QString contextId)
    : std::runtime_error(text.toStdString()), m_status(status), m_code(std::move(code)),
      m_contextId(std::move(contextId))
{
}

qint64 SyncClock::nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QStringList genesysRegionHosts()
{
    QStringList hosts = {QStringLiteral("api.mypurecloud.com"), QStringLiteral("api.mypurecloud.ie"),
                         QStringLiteral("api.mypurecloud.com.au"), QStringLiteral("api.mypurecloud.jp"),
                         QStringLiteral("api.mypurecloud.de")};
    for (const char *r : {"usw2", "cac1", "apne2", "euw2", "aps1", "sae1", "mec1", "apne3", "euc2", "mxc1", "apse1"})
        hosts << QStringLiteral("api.%1.pure.cloud").arg(QLatin1String(r));
    hosts << QStringLiteral("api.use2.us-gov-pure.cloud");
    return hosts;
}

namespace {

bool isLoopback(const QString &host)
{
    if (host == QLatin1String("localhost"))
        return true;
    QHostAddress a(host);
    return !a.isNull() && a.isLoopback();
}

} // namespace

QUrl ConnectionSettings::apiBase() const
{
    if (!baseUrl.isEmpty()) {
        QUrl u(baseUrl);
        if (!u.isValid() || (u.scheme() != QLatin1String("https") && u.scheme() != QLatin1String("http")))
            throw PlatformError(QStringLiteral("base URL '%1' is not an http(s) URL").arg(baseUrl));
        if (u.scheme() == QLatin1String("http") && !isLoopback(u.host()))
            throw PlatformError(QStringLiteral("base URL '%1': plain http is only accepted for a loopback "
                                               "emulator; use https")
                                    .arg(baseUrl));
        u.setPath(QString());
        return u;
    }
    if (!genesysRegionHosts().contains(region))
        throw PlatformError(QStringLiteral("unknown region host '%1' (expected one of: %2)")
                                .arg(region, genesysRegionHosts().join(QStringLiteral(", "))));
    return QUrl(QStringLiteral("https://") + region);
}

QUrl ConnectionSettings::loginBase() const
{
    QUrl u = apiBase();
    if (baseUrl.isEmpty())
        u.setHost(QStringLiteral("login.") + region.mid(4)); // "api.x" -> "login.x" (API_NOTES §2)
    return u;
}

json ApiResponse::json() const
{
    if (body.isEmpty())
        return nlohmann::json();
    try {
        return nlohmann::json::parse(body.constData(), body.constData() + body.size());
    } catch (const nlohmann::json::exception &e) {
        throw PlatformError(QStringLiteral("the platform answered with malformed JSON (%1)").arg(QString::fromUtf8(e.what())),
                            status);
    }
}

QString describeErrorBody(const QByteArray &body, QString *code, QString *contextId)
{
    json j;
    try {
        j = json::parse(body.constData(), body.constData() + body.size());
    } catch (...) {
        return {};
    }
    if (!j.is_object())
        return {};
    auto str = [&](const char *k) {
        auto it = j.find(k);
        return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
    };
    QString text = str("message");
    QString c = str("code");
    if (text.isEmpty() && j.contains("error")) { // OAuth form {"error","description","error_description"}
        c = str("error");
        text = str("error_description");
        if (text.isEmpty())
            text = str("description");
    }
    if (auto it = j.find("details"); it != j.end() && it->is_array()) {
        QStringList parts;
        for (const auto &d : *it) {
            if (!d.is_object())
                continue;
            QString field = d.contains("fieldName") && d["fieldName"].is_string()
                                ? QString::fromStdString(d["fieldName"].get<std::string>())
                                : QString();
            QString ec = d.contains("errorCode") && d["errorCode"].is_string()
                             ? QString::fromStdString(d["errorCode"].get<std::string>())
                             : QString();
            if (!field.isEmpty() || !ec.isEmpty())
                parts << (field.isEmpty() ? ec : field + QLatin1Char(' ') + ec);
        }
        if (!parts.isEmpty())
            text += QStringLiteral(" [") + parts.join(QStringLiteral("; ")) + QLatin1Char(']');
    }
    if (code)
        *code = c;
    if (contextId)
        *contextId = str("contextId");
    if (text.isEmpty() && c.isEmpty())
        return {};
    return c.isEmpty() ? text : c + QStringLiteral(": ") + text;
}

struct GenesysClient::Call {
    ApiRequest request;
    int attempt = 0;
    bool reauthenticated = false;
    bool isTokenRequest = false;
    bool done = false;
    ApiResponse response;
    std::unique_ptr<PlatformError> error;
    QNetworkReply *reply = nullptr;
    std::function<void()> onDone;
};

GenesysClient::GenesysClient(ConnectionSettings settings, QString secret, RetryPolicy policy,
                             std::shared_ptr<SyncClock> clock)
    : m_settings(std::move(settings)), m_secret(std::move(secret)), m_policy(policy),
      m_clock(clock ? std::move(clock) : std::make_shared<SyncClock>())
{
    m_rng = m_policy.jitterSeed ? m_policy.jitterSeed : QRandomGenerator::global()->generate();
    m_settings.apiBase(); // validate early
}

GenesysClient::~GenesysClient()
{
    for (auto &c : m_active)
        if (c->reply) {
            c->reply->disconnect();
            c->reply->abort();
            c->reply->deleteLater();
        }
    delete m_nam;
}

QNetworkAccessManager *GenesysClient::nam()
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager;
        m_nam->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    }
    return m_nam;
}

void GenesysClient::log(const QString &line) const
{
    if (m_log)
        m_log(line);
}

QUrl GenesysClient::urlFor(const ApiRequest &r) const
{
    QUrl url;
    if (r.path.startsWith(QLatin1String("http://")) || r.path.startsWith(QLatin1String("https://")))
        url = QUrl(r.path);
    else if (r.path.startsWith(QLatin1String("/oauth/")))
        url = m_settings.loginBase().resolved(QUrl(r.path));
    else
        url = m_settings.apiBase().resolved(QUrl(r.path));
    if (!r.query.isEmpty()) {
        QUrlQuery q(url);
        for (const auto &item : r.query.queryItems(QUrl::FullyEncoded))
            q.addQueryItem(item.first, item.second);
        url.setQuery(q);
    }
    return url;
}

int GenesysClient::backoffMs(int attempt)
{
    // Equal jitter: half of the exponential step is fixed, the other half random.
    qint64 step = qint64(m_policy.baseBackoffMs) << std::min(attempt, 20);
    step = std::min<qint64>(step, m_policy.maxBackoffMs);
    m_rng = m_rng * 1664525u + 1013904223u; // LCG: jitter need not be cryptographic
    const double u = double(m_rng >> 8) / double(1u << 24);
    return int(step / 2 + qint64(u * double(step / 2)));
}

void GenesysClient::runUntil(const std::function<bool()> &done)
{
    QEventLoop loop;
    QEventLoop *outer = m_wait;
    m_wait = &loop; // finish() wakes the loop at once; the tick only watches the cancel flag
    struct Restore {
        QEventLoop *&slot;
        QEventLoop *value;
        ~Restore() { slot = value; }
    } restore{m_wait, outer};
    QTimer tick;
    tick.setInterval(50);
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || (m_cancel && m_cancel->load()))
            loop.quit();
    });
    tick.start();
    while (!done()) {
        if (m_cancel && m_cancel->load()) {
            for (auto &c : m_active)
                if (c->reply) {
                    c->reply->disconnect();
                    c->reply->abort();
                    c->reply->deleteLater();
                    c->reply = nullptr;
                }
            m_active.clear();
            m_queue.clear();
            m_tokenWaiters.clear();
            m_fetchingToken = false;
            throw SyncCancelled();
        }
        loop.exec();
    }
}

void GenesysClient::withToken(std::function<void(const QString *error)> then)
{
    if (!m_token.isEmpty() && m_clock->nowMs() < m_tokenValidUntilMs) {
        then(nullptr);
        return;
    }
    m_tokenWaiters.push_back(std::move(then));
    if (!m_fetchingToken)
        fetchToken();
}

void GenesysClient::fetchToken()
{
    m_fetchingToken = true;
    m_token.clear();
    auto call = std::make_shared<Call>();
    call->isTokenRequest = true;
    call->request.method = "POST";
    call->request.path = QStringLiteral("/oauth/token");
    call->request.bearer = false;
    call->request.contentType = "application/x-www-form-urlencoded";
    call->request.body = "grant_type=client_credentials";
    call->request.headers.append(
        {"Authorization", "Basic " + (m_settings.clientId + QLatin1Char(':') + m_secret).toUtf8().toBase64()});
    call->onDone = [this, call] {
        m_fetchingToken = false;
        QString err;
        if (call->error) {
            err = QStringLiteral("authentication failed: ") + QString::fromUtf8(call->error->what());
        } else {
            try {
                const json j = call->response.json();
                m_token = QByteArray::fromStdString(j.at("access_token").get<std::string>());
                const qint64 ttlMs = j.value("expires_in", 86400LL) * 1000;
                m_tokenValidUntilMs = m_clock->nowMs() + ttlMs - std::min<qint64>(60000, ttlMs / 10);
                ++m_stats.tokensFetched;
                log(QStringLiteral("token obtained, valid for %1 s").arg(ttlMs / 1000));
            } catch (const std::exception &e) {
                err = QStringLiteral("authentication failed: unexpected token answer (%1)").arg(QString::fromUtf8(e.what()));
            }
        }
        auto waiters = std::move(m_tokenWaiters);
        m_tokenWaiters.clear();
        for (auto &w : waiters)
            w(err.isEmpty() ? nullptr : &err);
    };
    startAttempt(call);
}

void GenesysClient::submit(const std::shared_ptr<Call> &call)
{
    m_queue.push_back(call);
    pump();
}

void GenesysClient::pump()
{
    while (!m_queue.empty() && int(m_active.size()) < std::max(1, m_policy.maxConcurrent)) {
        auto call = m_queue.front();
        m_queue.erase(m_queue.begin());
        m_active.push_back(call);
        if (!call->request.bearer) {
            startAttempt(call);
            continue;
        }
        withToken([this, call](const QString *error) {
            if (error) {
                call->error = std::make_unique<PlatformError>(*error, 401);
                finish(call);
            } else {
                startAttempt(call);
            }
        });
    }
}

void GenesysClient::startAttempt(const std::shared_ptr<Call> &call)
{
    ++call->attempt;
    ++m_stats.requests;
    QNetworkRequest req(urlFor(call->request));
    req.setTransferTimeout(m_policy.timeoutMs);
    req.setRawHeader("Accept", "application/json");
    if (!call->request.body.isEmpty() || call->request.method == "POST" || call->request.method == "PUT")
        req.setHeader(QNetworkRequest::ContentTypeHeader, call->request.contentType);
    for (const auto &h : call->request.headers)
        req.setRawHeader(h.first, h.second);
    if (call->request.bearer)
        req.setRawHeader("Authorization", "Bearer " + m_token);
    QNetworkReply *reply = nam()->sendCustomRequest(req, call->request.method, call->request.body);
    call->reply = reply;
    QObject::connect(reply, &QNetworkReply::finished, nam(), [this, call, reply] { onFinished(call, reply); });
}

void GenesysClient::onFinished(const std::shared_ptr<Call> &call, QNetworkReply *reply)
{
    reply->deleteLater();
    call->reply = nullptr;
    const QByteArray what = call->request.method + ' ' + urlFor(call->request).path().toUtf8();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    ApiResponse resp;
    resp.status = status;
    if (reply->isOpen())
        resp.body = reply->readAll();
    for (const auto &h : reply->rawHeaderPairs())
        resp.headers.insert(h.first.toLower(), h.second);

    if (resp.headers.contains("inin-ratelimit-count")) {
        m_stats.rateLimitCount = resp.headers.value("inin-ratelimit-count").toInt();
        m_stats.rateLimitAllowed = resp.headers.value("inin-ratelimit-allowed").toInt();
        // Logged once usage reaches 80 % of the allowance (every answer would drown the log).
        if (m_stats.rateLimitAllowed > 0 && m_stats.rateLimitCount * 5 >= m_stats.rateLimitAllowed * 4)
            log(QStringLiteral("%1: rate limit %2 of %3 used, resets in %4 s")
                    .arg(QString::fromUtf8(what))
                    .arg(m_stats.rateLimitCount)
                    .arg(m_stats.rateLimitAllowed)
                    .arg(QString::fromUtf8(resp.headers.value("inin-ratelimit-reset"))));
    }

    const bool canRetry = call->attempt < m_policy.maxAttempts;
    if (status == 0) { // no HTTP answer: dropped connection, refused, timeout
        const QString why = reply->error() == QNetworkReply::OperationCanceledError
                                ? QStringLiteral("timed out after %1 ms").arg(m_policy.timeoutMs)
                                : reply->errorString();
        if (canRetry) {
            retryLater(call, backoffMs(call->attempt - 1), QString::fromUtf8(what) + QStringLiteral(": ") + why);
            return;
        }
        call->error = std::make_unique<PlatformError>(
            QStringLiteral("%1: %2 (gave up after %3 attempts)").arg(QString::fromUtf8(what), why).arg(call->attempt));
        finish(call);
        return;
    }
    if (status >= 200 && status < 300) {
        call->response = std::move(resp);
        finish(call);
        return;
    }
    QString code, contextId;
    QString text = describeErrorBody(resp.body, &code, &contextId);
    if (contextId.isEmpty())
        contextId = QString::fromUtf8(resp.headers.value("inin-correlation-id"));
    const QString line = QStringLiteral("%1 -> %2 %3%4")
                             .arg(QString::fromUtf8(what))
                             .arg(status)
                             .arg(text.isEmpty() ? QString::fromUtf8(resp.body.left(200)) : text,
                                  contextId.isEmpty() ? QString() : QStringLiteral(" (context id %1)").arg(contextId));
    if (status == 401 && call->request.bearer && !call->reauthenticated) {
        call->reauthenticated = true;
        ++m_stats.reauthentications;
        log(line + QStringLiteral("; re-authenticating once"));
        m_token.clear();
        --call->attempt; // the re-authenticated retry does not count against maxAttempts
        withToken([this, call](const QString *error) {
            if (error) {
                call->error = std::make_unique<PlatformError>(*error, 401);
                finish(call);
            } else {
                ++m_stats.retries;
                startAttempt(call);
            }
        });
        return;
    }
    if (status == 429 && canRetry) {
        ++m_stats.rateLimited;
        bool ok = false;
        const int seconds = resp.headers.value("retry-after").trimmed().toInt(&ok);
        const int waitMs = ok && seconds >= 0 ? seconds * 1000 : m_policy.defaultRetryAfterMs;
        m_stats.retryAfterMs += waitMs;
        retryLater(call, waitMs, line);
        return;
    }
    if ((status == 500 || status == 502 || status == 503 || status == 504) && canRetry) {
        retryLater(call, backoffMs(call->attempt - 1), line);
        return;
    }
    call->error = std::make_unique<PlatformError>(line, status, code, contextId);
    finish(call);
}

void GenesysClient::retryLater(const std::shared_ptr<Call> &call, int requestedMs, const QString &why)
{
    ++m_stats.retries;
    m_stats.waitedMs += requestedMs;
    log(QStringLiteral("%1; retry %2 in %3 ms").arg(why).arg(call->attempt).arg(requestedMs));
    const int real = std::max(0, m_clock->realDelayMs(requestedMs));
    QTimer::singleShot(real, nam(), [this, call] {
        if (call->done)
            return;
        if (call->isTokenRequest || !call->request.bearer) {
            startAttempt(call);
            return;
        }
        withToken([this, call](const QString *error) {
            if (error) {
                call->error = std::make_unique<PlatformError>(*error, 401);
                finish(call);
            } else {
                startAttempt(call);
            }
        });
    });
}

void GenesysClient::finish(const std::shared_ptr<Call> &call)
{
    call->done = true;
    if (m_wait)
        m_wait->quit();
    if (call->onDone)
        call->onDone();
    auto it = std::find(m_active.begin(), m_active.end(), call);
    if (it != m_active.end()) {
        m_active.erase(it);
        pump();
    }
}

void GenesysClient::authenticate()
{
    m_token.clear();
    bool done = false;
    QString error;
    withToken([&](const QString *e) {
        if (e)
            error = *e;
        done = true;
        if (m_wait)
            m_wait->quit();
    });
    runUntil([&] { return done; });
    if (!error.isEmpty())
        throw PlatformError(error, 401);
}

ApiResponse GenesysClient::send(const ApiRequest &request)
{
    return std::move(sendAll({request}).front());
}

std::vector<ApiResponse> GenesysClient::sendAll(const std::vector<ApiRequest> &requests)
{
    std::vector<std::shared_ptr<Call>> calls;
    calls.reserve(requests.size());
    for (const auto &r : requests) {
        auto c = std::make_shared<Call>();
        c->request = r;
        calls.push_back(c);
    }
    for (auto &c : calls)
        submit(c);
    runUntil([&] { return std::all_of(calls.begin(), calls.end(), [](const auto &c) { return c->done; }); });
    std::vector<ApiResponse> out;
    out.reserve(calls.size());
    for (auto &c : calls) {
        if (c->error)
            throw PlatformError(*c->error);
        out.push_back(std::move(c->response));
    }
    return out;
}

json GenesysClient::getJson(const QString &path, const QUrlQuery &query)
{
    ApiRequest r;
    r.path = path;
    r.query = query;
    return send(r).json();
}

json GenesysClient::postJson(const QString &path, const json &body, const QUrlQuery &query)
{
    ApiRequest r;
    r.method = "POST";
    r.path = path;
    r.query = query;
    r.body = QByteArray::fromStdString(body.dump());
    return send(r).json();
}

std::vector<json> GenesysClient::getAllPages(const QString &path, QUrlQuery query, int pageSize)
{
    std::vector<json> out;
    query.removeAllQueryItems(QStringLiteral("pageNumber"));
    query.removeAllQueryItems(QStringLiteral("pageSize"));
    query.addQueryItem(QStringLiteral("pageSize"), QString::number(pageSize));
    QString next = path;
    QUrlQuery nextQuery = query;
    nextQuery.addQueryItem(QStringLiteral("pageNumber"), QStringLiteral("1"));
    for (int guard = 0; guard < 100000; ++guard) {
        const json page = getJson(next, nextQuery);
        if (auto it = page.find("entities"); it != page.end() && it->is_array())
            for (const auto &e : *it)
                out.push_back(e);
        if (auto it = page.find("nextUri"); it != page.end() && it->is_string() && !it->get<std::string>().empty()) {
            // nextUri is relative to the API host ("/api/v2/users?pageSize=100&pageNumber=2").
            QUrl u(QString::fromStdString(it->get<std::string>()));
            next = u.path();
            nextQuery = QUrlQuery(u);
            continue;
        }
        const int number = page.value("pageNumber", 0), count = page.value("pageCount", 0);
        if (number > 0 && number < count && !page.contains("nextUri")) {
            nextQuery = query;
            nextQuery.addQueryItem(QStringLiteral("pageNumber"), QString::number(number + 1));
            next = path;
            continue;
        }
        break;
    }
    return out;
}

json GenesysClient::inlineOrDownload(const json &reply, const char *key)
{
    if (auto it = reply.find(key); it != reply.end() && !it->is_null())
        return *it;
    if (auto it = reply.find("downloadUrl"); it != reply.end() && it->is_string() && !it->get<std::string>().empty()) {
        ApiRequest r;
        r.path = QString::fromStdString(it->get<std::string>());
        r.bearer = false;
        return send(r).json();
    }
    return json();
}

} // namespace tessera

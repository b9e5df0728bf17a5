// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/platformsim/platformsim.h"

#include "core/sync/publish.h"

#include <QCryptographicHash>
#include <QPointer>
#include <QDateTime>
#include <QEventLoop>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QMutexLocker>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTimeZone>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>
#include <QWebSocket>

#include <cmath>
#include <functional>
#include <set>

namespace tessera::sim {

using nlohmann::json;

FixtureParams FixtureParams::fromDirectory(const QString &dir)
{
    FixtureParams p;
    QFile f(dir + QStringLiteral("/fixture.json"));
    if (!f.open(QIODevice::ReadOnly))
        throw std::runtime_error("cannot read " + f.fileName().toStdString());
    const json j = json::parse(f.readAll().toStdString());
    p.agents = j.value("agents", p.agents);
    p.managementUnits = j.value("managementUnits", p.managementUnits);
    p.forecastWeeks = j.value("forecastWeeks", p.forecastWeeks);
    if (j.contains("weekDate"))
        p.weekDate = QDate::fromString(QString::fromStdString(j["weekDate"].get<std::string>()), Qt::ISODate);
    if (j.contains("timeZone"))
        p.timeZone = QString::fromStdString(j["timeZone"].get<std::string>());
    if (!p.weekDate.isValid() || p.agents < 1 || p.managementUnits < 1 || p.forecastWeeks < 1)
        throw std::runtime_error("fixture.json: bad weekDate, agents, managementUnits or forecastWeeks");
    return p;
}

QStringList faultNames()
{
    return {QStringLiteral("rate-limit"), QStringLiteral("token-expired"), QStringLiteral("server-error"),
            QStringLiteral("slow"), QStringLiteral("drop"), QStringLiteral("async-late"), QStringLiteral("async-fail")};
}

namespace {

const QUuid kNamespace(QStringLiteral("{6f0e5b7a-3c1d-4e55-9a51-2f1f4c3b9d10}"));

std::string uid(const QString &name)
{
    return QUuid::createUuidV5(kNamespace, name).toString(QUuid::WithoutBraces).toStdString();
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

struct Reply {
    int status = 200;
    json body;
    bool hasBody = true;
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

json errorBody(int status, const char *code, const QString &message, const std::string &contextId)
{
    return {{"message", message.toStdString()}, {"code", code}, {"status", status}, {"contextId", contextId}};
}

} // namespace

struct PlatformSim::Impl {
    FixtureParams params;
    SimOptions opt;
    mutable QMutex mutex;
    std::map<QString, Fault> faults;
    std::map<QString, int> fired;
    std::mt19937 rng;

    // Fixture
    json bu, mus, activityCodes, planningGroups, forecastItem;
    std::vector<json> users; // User
    std::vector<std::pair<std::string, int>> agentMu; // agent id -> MU index
    QDateTime referenceStart;

    // State
    std::map<QByteArray, qint64> tokens; // token -> expiry ms
    std::set<QByteArray> usedTokens;     // tokens that have served a call (only those can "expire")
    int tokensIssued = 0;
    struct Upload {
        qint64 expectedLength = 0;
        QByteArray data;
        bool uploaded = false;
        QString scheduleId;
    };
    std::map<QString, Upload> uploads;
    std::map<QString, QByteArray> downloads;
    std::vector<StoredSchedule> schedules;
    std::map<QString, int> counts;
    std::vector<Exchange> exchanges;
    struct Channel {
        QString id;
        std::set<QString> topics;
        QWebSocket *socket = nullptr;
    };
    std::vector<Channel> channels;
    int channelsCreated = 0;
    int socketsAccepted = 0;
    int counter = 0;
    int rateWindowCount = 0;
    qint64 rateWindowStart = 0;
    quint16 port = 0;

    bool roll(const QString &name)
    {
        auto it = faults.find(name);
        if (it == faults.end() || it->second.rate <= 0 || it->second.remaining == 0)
            return false;
        if (std::uniform_real_distribution<double>(0.0, 1.0)(rng) >= it->second.rate)
            return false;
        if (it->second.remaining > 0)
            --it->second.remaining;
        ++fired[name];
        return true;
    }
    std::string newId(const char *kind) { return uid(QStringLiteral("%1-%2").arg(QLatin1String(kind)).arg(++counter)); }
    QString base() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }
    StoredSchedule *schedule(const QString &id)
    {
        for (auto &s : schedules)
            if (s.id == id)
                return &s;
        return nullptr;
    }
    json scheduleMetadata(const StoredSchedule &s) const
    {
        return {{"id", s.id.toStdString()},
                {"weekDate", s.weekDate.toStdString()},
                {"weekCount", 1},
                {"description", s.description.toStdString()},
                {"published", s.published},
                {"metadata", {{"version", s.version}}},
                {"selfUri", (QStringLiteral("/api/v2/workforcemanagement/businessunits/%1/weeks/%2/schedules/%3")
                                 .arg(q(bu["id"]), s.weekDate, s.id))
                                .toStdString()}};
    }
    json download(const json &content)
    {
        const QString id = q(newId("download"));
        downloads[id] = QByteArray::fromStdString(content.dump());
        return base().toStdString() + "/downloads/" + id.toStdString();
    }

    void buildFixture()
    {
        const QString buId = q(uid(QStringLiteral("bu")));
        bu = {{"id", buId.toStdString()},
              {"name", "Demo Contact Center"},
              {"settings",
               {{"startDayOfWeek", "Monday"}, {"timeZone", params.timeZone.toStdString()}, {"metadata", {{"version", 1}}}}},
              {"selfUri", "/api/v2/workforcemanagement/businessunits/" + buId.toStdString()}};
        mus = json::array();
        for (int m = 0; m < params.managementUnits; ++m) {
            const std::string id = uid(QStringLiteral("mu-%1").arg(m));
            mus.push_back({{"id", id},
                           {"name", QStringLiteral("Site %1").arg(QChar(u'A' + m % 26)).toStdString()},
                           {"businessUnit", {{"id", buId.toStdString()}}},
                           {"startDayOfWeek", "Monday"},
                           {"timeZone", params.timeZone.toStdString()},
                           {"version", 1},
                           {"selfUri", "/api/v2/workforcemanagement/managementunits/" + id}});
        }
        for (int i = 0; i < params.agents; ++i) {
            const std::string id = uid(QStringLiteral("agent-%1").arg(i));
            agentMu.emplace_back(id, i % params.managementUnits);
            users.push_back({{"id", id},
                             {"name", QStringLiteral("Agent %1").arg(i + 1, 4, 10, QLatin1Char('0')).toStdString()},
                             {"state", "active"},
                             {"version", 1},
                             {"selfUri", "/api/v2/users/" + id}});
        }
        activityCodes = json::array();
        const char *cats[] = {"OnQueueWork", "Break", "Meal", "Meeting", "OffQueueWork", "TimeOff", "Training", "Unavailable"};
        const char *names[] = {"On Queue", "Break", "Meal", "Meeting", "Off Queue Work", "Time Off", "Training", "Unavailable"};
        for (int c = 0; c < 8; ++c)
            activityCodes.push_back({{"id", uid(QStringLiteral("code-%1").arg(QLatin1String(cats[c])))},
                                     {"name", names[c]},
                                     {"active", true},
                                     {"defaultCode", true},
                                     {"category", cats[c]},
                                     {"lengthInMinutes", c == 2 ? 30 : 15},
                                     {"countsAsPaidTime", c != 2 && c != 7},
                                     {"countsAsWorkTime", c == 0 || c == 3 || c == 4 || c == 6},
                                     {"metadata", {{"version", 1}}}});
        planningGroups = json::array();
        for (const char *pg : {"Sales (voice)", "Service (voice)"})
            planningGroups.push_back({{"id", uid(QStringLiteral("pg-%1").arg(QLatin1String(pg)))},
                                      {"name", pg},
                                      {"routePaths", json::array()},
                                      {"metadata", {{"version", 1}}}});
        const QTimeZone zone(params.timeZone.toUtf8());
        referenceStart = QDateTime(params.weekDate, QTime(0, 0), zone.isValid() ? zone : QTimeZone::utc()).toUTC();
        forecastItem = {{"id", uid(QStringLiteral("forecast"))},
                        {"weekDate", params.weekDate.toString(Qt::ISODate).toStdString()},
                        {"weekCount", params.forecastWeeks},
                        {"creationMethod", "Import"},
                        {"description", "Demo forecast"},
                        {"canUseForScheduling", true},
                        {"metadata", {{"version", 1}}}};
    }

    /// Offered contacts and AHT of planning group g, week w, interval i (15 min from the BU-local
    /// Monday 00:00): a two-peak day profile, 08:00-20:00, Saturday 60 % and Sunday 30 %.
    std::pair<double, double> forecastValue(int g, int w, int i) const
    {
        const int day = i / 96;
        const double hour = (i % 96) / 4.0;
        if (hour < 8.0 || hour >= 20.0)
            return {0.0, 0.0};
        const double peak = std::exp(-std::pow((hour - 10.5) / 1.8, 2)) + 0.8 * std::exp(-std::pow((hour - 15.0) / 2.0, 2));
        const double dayFactor = day == 5 ? 0.6 : day == 6 ? 0.3 : 1.0 - 0.05 * day;
        const double base = g == 0 ? 60.0 : 40.0;
        const double offered = std::round((10.0 + base * peak) * dayFactor * (1.0 + 0.02 * w) * 100.0) / 100.0;
        const double aht = (g == 0 ? 300.0 : 240.0) + 20.0 * std::sin(i / 7.0);
        return {offered, std::round(aht * 10.0) / 10.0};
    }
};

PlatformSim::PlatformSim(FixtureParams params, SimOptions options, QObject *parent)
    : QAbstractHttpServer(parent), d(std::make_unique<Impl>())
{
    d->params = params;
    d->opt = options;
    d->rng.seed(options.seed);
    d->buildFixture();
    connect(this, &QAbstractHttpServer::newWebSocketConnection, this, [this] {
        while (hasPendingWebSocketConnections()) {
            QWebSocket *ws = nextPendingWebSocketConnection().release();
            ws->setParent(this);
            const QString id = ws->requestUrl().path().section(QLatin1Char('/'), -1);
            QMutexLocker lock(&d->mutex);
            ++d->socketsAccepted;
            auto it = std::find_if(d->channels.begin(), d->channels.end(), [&](const auto &c) { return c.id == id; });
            if (it == d->channels.end()) {
                ws->close(QWebSocketProtocol::CloseCodePolicyViolated, QStringLiteral("unknown channel"));
                ws->deleteLater();
                continue;
            }
            if (it->socket) // one socket per channel: a second one disconnects the first (API_NOTES §6)
                it->socket->close();
            it->socket = ws;
            auto *beat = new QTimer(ws);
            connect(beat, &QTimer::timeout, ws, [ws] {
                ws->sendTextMessage(QStringLiteral(R"({"topicName":"channel.metadata","eventBody":{"message":"WebSocket Heartbeat"}})"));
            });
            beat->start(std::max(10, d->opt.heartbeatMs));
            connect(ws, &QWebSocket::disconnected, this, [this, ws] {
                QMutexLocker lock2(&d->mutex);
                for (auto &c : d->channels)
                    if (c.socket == ws)
                        c.socket = nullptr;
                ws->deleteLater();
            });
        }
    });
}

int PlatformSim::channelsCreated() const
{
    QMutexLocker lock(&d->mutex);
    return d->channelsCreated;
}

int PlatformSim::socketsAccepted() const
{
    QMutexLocker lock(&d->mutex);
    return d->socketsAccepted;
}

void PlatformSim::sendSocketClosing(int closeAfterMs)
{
    QMetaObject::invokeMethod(this, [this, closeAfterMs] {
        std::vector<QPointer<QWebSocket>> open;
        {
            QMutexLocker lock(&d->mutex);
            for (auto &c : d->channels)
                if (c.socket)
                    open.emplace_back(c.socket);
        }
        for (auto &ws : open) {
            ws->sendTextMessage(QStringLiteral(
                R"({"topicName":"v2.system.socket_closing","eventBody":{"message":"socket_closing"}})"));
            QTimer::singleShot(closeAfterMs, this, [ws] {
                if (ws)
                    ws->close(QWebSocketProtocol::CloseCodeGoingAway);
            });
        }
    });
}

void PlatformSim::notify(const QString &topic, const json &body)
{
    QMetaObject::invokeMethod(this, [this, topic, body] {
        const QString frame = QString::fromStdString(json{{"topicName", topic.toStdString()}, {"eventBody", body}}.dump());
        std::vector<QPointer<QWebSocket>> targets;
        {
            QMutexLocker lock(&d->mutex);
            for (auto &c : d->channels)
                if (c.socket && c.topics.count(topic))
                    targets.emplace_back(c.socket);
        }
        for (auto &ws : targets)
            if (ws)
                ws->sendTextMessage(frame);
    });
}

PlatformSim::~PlatformSim() = default;

quint16 PlatformSim::listenLoopback(quint16 port)
{
    const quint16 p = listen(QHostAddress::LocalHost, port);
    QMutexLocker lock(&d->mutex);
    d->port = p;
    return p;
}

void PlatformSim::setFault(const QString &name, double rate, int count)
{
    if (!faultNames().contains(name))
        throw std::invalid_argument("unknown fault " + name.toStdString());
    QMutexLocker lock(&d->mutex);
    d->faults[name] = {rate, count};
}

void PlatformSim::clearFaults()
{
    QMutexLocker lock(&d->mutex);
    d->faults.clear();
}

void PlatformSim::setOptions(const SimOptions &o)
{
    QMutexLocker lock(&d->mutex);
    d->opt = o;
}

SimOptions PlatformSim::options() const
{
    QMutexLocker lock(&d->mutex);
    return d->opt;
}

QString PlatformSim::businessUnitId() const
{
    return q(d->bu["id"]);
}

QStringList PlatformSim::managementUnitIds() const
{
    QStringList out;
    for (const auto &m : d->mus)
        out << q(m["id"]);
    return out;
}

QStringList PlatformSim::agentIds(int mu) const
{
    QStringList out;
    for (const auto &[id, m] : d->agentMu)
        if (mu < 0 || m == mu)
            out << q(id);
    return out;
}

QStringList PlatformSim::activityCodeIds() const
{
    QStringList out;
    for (const auto &c : d->activityCodes)
        out << q(c["id"]);
    return out;
}

QString PlatformSim::activityCodeId(const QString &category) const
{
    for (const auto &c : d->activityCodes)
        if (q(c["category"]) == category)
            return q(c["id"]);
    return {};
}

std::vector<StoredSchedule> PlatformSim::schedules() const
{
    QMutexLocker lock(&d->mutex);
    return d->schedules;
}

std::map<QString, int> PlatformSim::requestCounts() const
{
    QMutexLocker lock(&d->mutex);
    return d->counts;
}

std::vector<Exchange> PlatformSim::exchanges() const
{
    QMutexLocker lock(&d->mutex);
    return d->exchanges;
}

int PlatformSim::faultsFired(const QString &name) const
{
    QMutexLocker lock(&d->mutex);
    auto it = d->fired.find(name);
    return it == d->fired.end() ? 0 : it->second;
}

int PlatformSim::tokensIssued() const
{
    QMutexLocker lock(&d->mutex);
    return d->tokensIssued;
}

void PlatformSim::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder r = makeResponder(request, socket);
    r.write(QHttpServerResponder::StatusCode::NotFound);
}

namespace {

const char *methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get: return "GET";
    case QHttpServerRequest::Method::Put: return "PUT";
    case QHttpServerRequest::Method::Delete: return "DELETE";
    case QHttpServerRequest::Method::Post: return "POST";
    case QHttpServerRequest::Method::Head: return "HEAD";
    case QHttpServerRequest::Method::Patch: return "PATCH";
    default: return "OTHER";
    }
}

} // namespace

bool PlatformSim::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // Qt 6.4.2 hands a WebSocket upgrade to its WebSocket server only when handleRequest()
    // returns true for it, and the handler must write nothing (the 101 comes from QWebSocketServer).
    if (request.value("Upgrade").compare("websocket", Qt::CaseInsensitive) == 0 &&
        request.url().path().startsWith(QLatin1String("/channels/")))
        return true;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle delay on the answer's pieces
    const QString method = QString::fromLatin1(methodName(request.method()));
    const QString path = request.url().path();
    const QUrlQuery query = request.query();
    const std::string contextId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    Reply rep;
    auto error = [&](int status, const char *code, const QString &msg) {
        rep.status = status;
        rep.body = errorBody(status, code, msg, contextId);
    };
    bool drop = false;
    int sleepMs = 0;
    std::function<void()> afterReply;
    {
        QMutexLocker lock(&d->mutex);
        const QString wfm = QStringLiteral("/api/v2/workforcemanagement");
        const QString buPath = wfm + QStringLiteral("/businessunits/") + q(d->bu["id"]);
        QRegularExpressionMatch m;
        auto match = [&](const QString &meth, const QString &pattern) {
            if (meth != method)
                return false;
            m = QRegularExpression(QLatin1Char('^') + pattern + QLatin1Char('$')).match(path);
            return m.hasMatch();
        };
        json body;
        const bool isApi = path.startsWith(QLatin1String("/api/v2/"));
        auto parseBody = [&]() -> bool {
            try {
                body = json::parse(request.body().toStdString());
                return true;
            } catch (const std::exception &e) {
                error(400, "bad.request", QStringLiteral("malformed JSON body: %1").arg(QString::fromUtf8(e.what())));
                return false;
            }
        };
        d->counts[method + QLatin1Char(' ') + path]++;

        // Faults (API routes only), in the order a client would meet them on the wire.
        if (isApi && d->roll(QStringLiteral("drop"))) {
            drop = true;
        } else if (isApi && d->roll(QStringLiteral("slow"))) {
            sleepMs = d->opt.slowMs;
        }
        QByteArray token;
        const QByteArray auth = request.value("Authorization");
        if (auth.startsWith("Bearer "))
            token = auth.mid(7);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        if (drop) {
            // handled below
        } else if (isApi && (token.isEmpty() || !d->tokens.count(token) || d->tokens[token] < now)) {
            error(401, "authentication.required", QStringLiteral("No authentication bearer token specified in authorization header."));
        } else if (isApi && d->usedTokens.count(token) && d->roll(QStringLiteral("token-expired"))) {
            d->tokens.erase(token);
            error(401, "authentication.required", QStringLiteral("Authentication required: the token has expired."));
        } else if (isApi && d->roll(QStringLiteral("rate-limit"))) {
            error(429, "too.many.requests", QStringLiteral("Rate limit exceeded the maximum [300] requests within [60] seconds"));
            rep.headers.push_back({"Retry-After", QByteArray::number(d->opt.retryAfterSeconds)});
        } else if (isApi && d->roll(QStringLiteral("server-error"))) {
            error(503, "service.unavailable", QStringLiteral("The service is currently unavailable."));
        } else if (match(QStringLiteral("POST"), QStringLiteral("/oauth/token"))) {
            const QByteArray expected =
                "Basic " + (QByteArray(kDemoClientId) + ':' + QByteArray(kDemoClientSecret)).toBase64();
            const QUrlQuery form(QString::fromUtf8(request.body()));
            if (auth != expected) {
                rep.status = 401;
                rep.body = {{"error", "invalid_client"}, {"description", "bad client credentials"},
                            {"error_description", "bad client credentials"}};
            } else if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("client_credentials")) {
                rep.status = 400;
                rep.body = {{"error", "unsupported_grant_type"}, {"description", "grant_type must be client_credentials"},
                            {"error_description", "grant_type must be client_credentials"}};
            } else {
                const QByteArray t = QUuid::createUuid().toRfc4122().toHex() + QUuid::createUuid().toRfc4122().toHex();
                d->tokens[t] = now + qint64(d->opt.tokenTtlSeconds) * 1000;
                ++d->tokensIssued;
                rep.body = {{"access_token", t.toStdString()}, {"token_type", "bearer"}, {"expires_in", d->opt.tokenTtlSeconds}};
            }
        } else if (match(QStringLiteral("PUT"), QStringLiteral("/uploads/([^/]+)"))) {
            auto it = d->uploads.find(m.captured(1));
            if (it == d->uploads.end()) {
                error(403, "not.authorized", QStringLiteral("unknown or expired upload URL"));
            } else if (request.body().size() != it->second.expectedLength) {
                error(400, "bad.request", QStringLiteral("body has %1 bytes, the upload URL was signed for %2")
                                              .arg(request.body().size()).arg(it->second.expectedLength));
            } else {
                it->second.data = request.body();
                it->second.uploaded = true;
                rep.hasBody = false;
            }
        } else if (match(QStringLiteral("GET"), QStringLiteral("/downloads/([^/]+)"))) {
            auto it = d->downloads.find(m.captured(1));
            if (it == d->downloads.end())
                error(404, "not.found", QStringLiteral("unknown download"));
            else
                rep.body = json::parse(it->second.toStdString());
        } else if (match(QStringLiteral("GET"), QStringLiteral("/__sim/faults"))) {
            rep.body = json::object();
            for (const auto &[name, f] : d->faults)
                rep.body[name.toStdString()] = {{"rate", f.rate}, {"count", f.remaining}};
        } else if (match(QStringLiteral("POST"), QStringLiteral("/__sim/faults"))) {
            if (parseBody()) {
                for (const auto &[name, v] : body.items()) {
                    if (!faultNames().contains(q(name))) {
                        error(400, "bad.request", QStringLiteral("unknown fault %1").arg(q(name)));
                        break;
                    }
                    d->faults[q(name)] = v.is_object() ? Fault{v.value("rate", 0.0), v.value("count", -1)}
                                                       : Fault{v.get<double>(), -1};
                }
                if (rep.status == 200)
                    rep.hasBody = false;
            }
        } else if (match(QStringLiteral("GET"), QStringLiteral("/__sim/schedules"))) {
            rep.body = json::array();
            for (const auto &s : d->schedules) {
                json j = d->scheduleMetadata(s);
                int n = 0;
                for (const auto &[u, shifts] : s.shifts)
                    n += int(shifts.size());
                j["shiftCount"] = n;
                rep.body.push_back(j);
            }
        } else if (match(QStringLiteral("GET"), wfm + QStringLiteral("/businessunits"))) {
            rep.body = {{"entities", json::array({{{"id", d->bu["id"]}, {"name", d->bu["name"]}, {"authorized", true},
                                                   {"selfUri", d->bu["selfUri"]}}})}};
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath))) {
            rep.body = d->bu;
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/managementunits"))) {
            rep.body = {{"entities", d->mus}};
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/users"))) {
            json groups = json::array();
            for (int mu = 0; mu < int(d->mus.size()); ++mu) {
                json users = json::array();
                for (const auto &[id, m2] : d->agentMu)
                    if (m2 == mu)
                        users.push_back({{"id", id}, {"selfUri", "/api/v2/users/" + id}});
                groups.push_back({{"managementUnit", {{"id", d->mus[mu]["id"]}, {"selfUri", d->mus[mu]["selfUri"]}}},
                                  {"users", users}});
            }
            rep.body = {{"managementUnits", groups}};
        } else if (match(QStringLiteral("GET"), QStringLiteral("/api/v2/users"))) {
            const int size = std::clamp(query.queryItemValue(QStringLiteral("pageSize")).toInt(), 1, 500);
            const int number = std::max(1, query.queryItemValue(QStringLiteral("pageNumber")).toInt());
            const int total = int(d->users.size());
            const int pages = (total + size - 1) / size;
            json ents = json::array();
            for (int i = (number - 1) * size; i < std::min(total, number * size); ++i)
                ents.push_back(d->users[std::size_t(i)]);
            auto uri = [&](int n) { return QStringLiteral("/api/v2/users?pageSize=%1&pageNumber=%2").arg(size).arg(n).toStdString(); };
            rep.body = {{"entities", ents}, {"pageSize", size}, {"pageNumber", number}, {"total", total},
                        {"pageCount", pages}, {"firstUri", uri(1)}, {"lastUri", uri(pages)}, {"selfUri", uri(number)}};
            if (number < pages)
                rep.body["nextUri"] = uri(number + 1);
            if (number > 1)
                rep.body["previousUri"] = uri(number - 1);
        } else if (match(QStringLiteral("GET"), wfm + QStringLiteral("/managementunits/([^/]+)/agents/([^/]+)"))) {
            const std::string agent = m.captured(2).toStdString();
            auto it = std::find_if(d->agentMu.begin(), d->agentMu.end(), [&](const auto &p) { return p.first == agent; });
            if (it == d->agentMu.end() || d->mus[it->second]["id"] != m.captured(1).toStdString()) {
                error(404, "not.found", QStringLiteral("agent %1 not found in management unit %2").arg(m.captured(2), m.captured(1)));
            } else {
                const int index = int(it - d->agentMu.begin());
                const json mu = {{"id", d->mus[it->second]["id"]}};
                rep.body = {{"id", agent},
                            {"user", {{"id", agent}}},
                            {"workPlan", {{"id", uid(QStringLiteral("workplan-%1-%2").arg(it->second).arg(index % 2))}, {"managementUnit", mu}}},
                            {"queues", json::array({{{"id", uid(QStringLiteral("queue-%1").arg(index % 2))}}})},
                            {"skills", json::array({{{"id", uid(QStringLiteral("skill-%1").arg(index % 3))}}})},
                            {"schedulable", true},
                            {"metadata", {{"version", 1}}}};
            }
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/activitycodes"))) {
            if (d->opt.downloadResults)
                rep.body = {{"downloadUrl", d->download({{"entities", d->activityCodes}})}};
            else
                rep.body = {{"entities", d->activityCodes}};
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/planninggroups"))) {
            rep.body = {{"entities", d->planningGroups}};
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) +
                                                    QStringLiteral("/weeks/([0-9-]+)/shorttermforecasts"))) {
            rep.body = {{"entities", json::array()}};
            if (m.captured(1) == d->params.weekDate.toString(Qt::ISODate))
                rep.body["entities"].push_back(d->forecastItem);
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) +
                                                    QStringLiteral("/weeks/([0-9-]+)/shorttermforecasts/([^/]+)/data"))) {
            bool ok = false;
            const int week = query.queryItemValue(QStringLiteral("weekNumber")).toInt(&ok);
            if (m.captured(1) != d->params.weekDate.toString(Qt::ISODate) || q(d->forecastItem["id"]) != m.captured(2)) {
                error(404, "not.found", QStringLiteral("forecast %1 not found").arg(m.captured(2)));
            } else if (!ok || week < 0 || week >= d->params.forecastWeeks) {
                error(400, "invalid.value", QStringLiteral("weekNumber must be 0..%1").arg(d->params.forecastWeeks - 1));
            } else {
                json groups = json::array();
                for (int g = 0; g < int(d->planningGroups.size()); ++g) {
                    json offered = json::array(), aht = json::array();
                    for (int i = 0; i < 672; ++i) {
                        const auto [o, a] = d->forecastValue(g, week, i);
                        offered.push_back(o);
                        aht.push_back(a);
                    }
                    groups.push_back({{"planningGroupId", d->planningGroups[g]["id"]},
                                      {"offeredPerInterval", offered},
                                      {"averageHandleTimeSecondsPerInterval", aht}});
                }
                const json result = {{"referenceStartDate", d->referenceStart.toString(Qt::ISODate).toStdString()},
                                     {"weekNumber", week},
                                     {"weekCount", d->params.forecastWeeks},
                                     {"planningGroups", groups}};
                const bool forceDownload = query.queryItemValue(QStringLiteral("forceDownloadService")) == QLatin1String("true");
                if (d->opt.downloadResults || forceDownload)
                    rep.body = {{"downloadUrl", d->download(result)}};
                else
                    rep.body = {{"result", result}};
            }
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/weeks/([0-9-]+)/schedules"))) {
            json ents = json::array();
            for (const auto &s : d->schedules)
                if (s.weekDate == m.captured(1))
                    ents.push_back(d->scheduleMetadata(s));
            rep.body = {{"entities", ents}};
        } else if (match(QStringLiteral("POST"), QRegularExpression::escape(buPath) + QStringLiteral("/weeks/([0-9-]+)/schedules"))) {
            if (parseBody()) {
                const QDate week = QDate::fromString(m.captured(1), Qt::ISODate);
                if (!week.isValid() || week.dayOfWeek() != Qt::Monday) {
                    error(400, "invalid.date", QStringLiteral("weekId %1 must be a Monday (the business unit's start day)").arg(m.captured(1)));
                } else if (!body.contains("description") || !body.contains("weekCount")) {
                    error(400, "bad.request", QStringLiteral("description and weekCount are required"));
                } else {
                    StoredSchedule s;
                    s.id = q(d->newId("schedule"));
                    s.weekDate = m.captured(1);
                    s.description = q(body["description"].get<std::string>());
                    d->schedules.push_back(s);
                    rep.body = d->scheduleMetadata(s);
                }
            }
        } else if (match(QStringLiteral("GET"), QRegularExpression::escape(buPath) + QStringLiteral("/weeks/([0-9-]+)/schedules/([^/]+)"))) {
            if (const StoredSchedule *s = d->schedule(m.captured(2)))
                rep.body = d->scheduleMetadata(*s);
            else
                error(404, "not.found", QStringLiteral("schedule %1 not found").arg(m.captured(2)));
        } else if (match(QStringLiteral("DELETE"), QRegularExpression::escape(buPath) + QStringLiteral("/weeks/([0-9-]+)/schedules/([^/]+)"))) {
            const QString id = m.captured(2);
            const auto before = d->schedules.size();
            d->schedules.erase(std::remove_if(d->schedules.begin(), d->schedules.end(), [&](const auto &s) { return s.id == id; }),
                               d->schedules.end());
            if (before == d->schedules.size())
                error(404, "not.found", QStringLiteral("schedule %1 not found").arg(id));
            else
                rep.body = {{"status", "Complete"}, {"operationId", d->newId("operation")}};
        } else if (match(QStringLiteral("POST"), QRegularExpression::escape(buPath) +
                                                     QStringLiteral("/weeks/([0-9-]+)/schedules/([^/]+)/update/uploadurl"))) {
            if (parseBody()) {
                if (!d->schedule(m.captured(2))) {
                    error(404, "not.found", QStringLiteral("schedule %1 not found").arg(m.captured(2)));
                } else if (!body.contains("contentLengthBytes") || !body["contentLengthBytes"].is_number_integer() ||
                           body["contentLengthBytes"].get<qint64>() <= 0) {
                    error(400, "invalid.value", QStringLiteral("contentLengthBytes is required and must be > 0"));
                } else {
                    const QString key = q(d->newId("upload"));
                    d->uploads[key] = {body["contentLengthBytes"].get<qint64>(), {}, false, m.captured(2)};
                    rep.body = {{"uploadKey", key.toStdString()},
                                {"url", d->base().toStdString() + "/uploads/" + key.toStdString()},
                                {"headers", {{"Content-Encoding", "gzip"}, {"Content-Type", "application/json"}}}};
                }
            }
        } else if (match(QStringLiteral("POST"), QRegularExpression::escape(buPath) +
                                                     QStringLiteral("/weeks/([0-9-]+)/schedules/([^/]+)/update"))) {
            const QString schedId = m.captured(2);
            StoredSchedule *s = d->schedule(schedId);
            json upload;
            if (!parseBody()) {
            } else if (!s) {
                error(404, "not.found", QStringLiteral("schedule %1 not found").arg(schedId));
            } else if (!body.contains("uploadKey") || !d->uploads.count(q(body["uploadKey"].get<std::string>()))) {
                error(400, "invalid.value", QStringLiteral("unknown uploadKey"));
            } else {
                auto &up = d->uploads[q(body["uploadKey"].get<std::string>())];
                if (!up.uploaded || up.scheduleId != schedId) {
                    error(400, "invalid.value", QStringLiteral("nothing was uploaded for this uploadKey and schedule"));
                } else {
                    try {
                        upload = json::parse(gzipDecompress(up.data).toStdString());
                    } catch (const std::exception &e) {
                        error(400, "bad.request", QStringLiteral("upload is not gzip-compressed JSON: %1").arg(QString::fromUtf8(e.what())));
                    }
                    d->uploads.erase(q(body["uploadKey"].get<std::string>()));
                }
                if (rep.status == 200) {
                    const int version = upload.value("metadata", json::object()).value("version", -1);
                    if (version != s->version) {
                        error(409, "conflict", QStringLiteral("metadata.version %1 is stale; the schedule is at version %2")
                                                   .arg(version).arg(s->version));
                    } else {
                        const std::string opId = d->newId("operation");
                        rep.body = {{"status", "Processing"}, {"operationId", opId}};
                        const bool fail = d->roll(QStringLiteral("async-fail"));
                        const int delay = d->opt.asyncDelayMs + (d->roll(QStringLiteral("async-late")) ? d->opt.lateMs : 0);
                        afterReply = [this, schedId, upload, fail, delay, opId] {
                            QTimer::singleShot(delay, this, [this, schedId, upload, fail, opId] {
                                QMutexLocker lock2(&d->mutex);
                                StoredSchedule *st = d->schedule(schedId);
                                const QString topic = QStringLiteral("v2.workforcemanagement.businessunits.%1.schedules").arg(q(d->bu["id"]));
                                if (fail || !st || upload.value("metadata", json::object()).value("version", -1) != st->version) {
                                    lock2.unlock();
                                    notify(topic, {{"status", "Error"}, {"operationId", opId}, {"eventType", "Update"}});
                                    return; // the operation ends Error (reported on the schedules topic)
                                }
                                for (const auto &as : upload.value("agentSchedules", json::array())) {
                                    const QString user = q(as.value("userId", std::string()));
                                    auto &list = st->shifts[user];
                                    if (as.value("delete", false))
                                        list.clear();
                                    for (const auto &sh : as.value("shifts", json::array())) {
                                        const std::string id = sh.value("id", std::string());
                                        auto it = std::find_if(list.begin(), list.end(), [&](const json &x) { return x.value("id", std::string()) == id; });
                                        if (!id.empty() && sh.value("delete", false)) {
                                            if (it != list.end())
                                                list.erase(it);
                                            continue;
                                        }
                                        json stored = {{"id", id.empty() ? d->newId("shift") : id},
                                                       {"startDate", sh.value("startDate", std::string())},
                                                       {"lengthMinutes", sh.value("lengthMinutes", 0)},
                                                       {"activities", sh.value("activities", json::array())},
                                                       {"manuallyEdited", sh.value("manuallyEdited", false)},
                                                       {"schedule", {{"id", st->id.toStdString()}, {"weekDate", st->weekDate.toStdString()}}}};
                                        if (!id.empty() && it != list.end())
                                            *it = stored;
                                        else
                                            list.push_back(stored);
                                    }
                                    if (list.empty())
                                        st->shifts.erase(user);
                                }
                                st->version += 1;
                                st->published = upload.value("published", st->published);
                                if (upload.contains("description") && upload["description"].is_string())
                                    st->description = q(upload["description"].get<std::string>());
                                const json meta = d->scheduleMetadata(*st);
                                lock2.unlock();
                                notify(topic, {{"status", "Complete"}, {"operationId", opId}, {"eventType", "Update"}, {"result", meta}});
                            });
                        };
                    }
                }
            }
        } else if (match(QStringLiteral("POST"), QRegularExpression::escape(buPath) +
                                                     QStringLiteral("/weeks/([0-9-]+)/schedules/([^/]+)/agentschedules/query"))) {
            const StoredSchedule *s = d->schedule(m.captured(2));
            if (!parseBody()) {
            } else if (!s) {
                error(404, "not.found", QStringLiteral("schedule %1 not found").arg(m.captured(2)));
            } else if (!body.contains("managementUnitId") || !body["managementUnitId"].is_string()) {
                error(400, "bad.request", QStringLiteral("managementUnitId is required"));
            } else {
                int mu = -1;
                for (int i = 0; i < int(d->mus.size()); ++i)
                    if (d->mus[i]["id"] == body["managementUnitId"])
                        mu = i;
                std::set<std::string> wanted;
                for (const auto &u : body.value("userIds", json::array()))
                    wanted.insert(u.get<std::string>());
                json list = json::array();
                for (const auto &[id, m2] : d->agentMu) {
                    if (m2 != mu || (!wanted.empty() && !wanted.count(id)))
                        continue;
                    json shifts = json::array();
                    if (auto it = s->shifts.find(q(id)); it != s->shifts.end())
                        for (const auto &sh : it->second)
                            shifts.push_back(sh);
                    list.push_back({{"user", {{"id", id}}}, {"shifts", shifts}, {"fullDayTimeOffMarkers", json::array()}});
                }
                const json result = {{"agentSchedules", list}, {"businessUnitTimeZone", d->params.timeZone.toStdString()}};
                if (mu < 0)
                    error(404, "not.found", QStringLiteral("management unit not found"));
                else if (d->opt.downloadResults)
                    rep.body = {{"status", "Complete"}, {"operationId", d->newId("operation")}, {"downloadUrl", d->download(result)}};
                else
                    rep.body = {{"status", "Complete"}, {"operationId", d->newId("operation")}, {"result", result}};
            }
        } else if (match(QStringLiteral("GET"), wfm + QStringLiteral("/adherence"))) {
            const QStringList ids = query.allQueryItemValues(QStringLiteral("userId"));
            if (ids.isEmpty() || ids.size() > 100) {
                error(400, "invalid.value", QStringLiteral("between 1 and 100 userId values are required (got %1)").arg(ids.size()));
            } else {
                static const char *states[] = {"InAdherence", "InAdherence", "InAdherence", "OutOfAdherence", "Unscheduled"};
                static const char *presence[] = {"OnQueue", "OnQueue", "Available", "Break", "Offline"};
                static const char *routing[] = {"INTERACTING", "IDLE", "IDLE", "OFF_QUEUE", "OFF_QUEUE"};
                rep.body = json::array();
                for (const QString &id : ids) {
                    const int k = int(qHash(id) % 5);
                    rep.body.push_back({{"user", {{"id", id.toStdString()}}},
                                        {"adherenceState", states[k]},
                                        {"scheduledActivityCategory", k == 3 ? "Break" : "OnQueueWork"},
                                        {"systemPresence", presence[k]},
                                        {"routingStatus", routing[k]},
                                        {"impact", k == 3 ? "Negative" : "Neutral"}});
                }
            }
        } else if (match(QStringLiteral("POST"), QStringLiteral("/api/v2/notifications/channels"))) {
            Impl::Channel ch;
            ch.id = q(d->newId("channel"));
            d->channels.push_back(ch);
            ++d->channelsCreated;
            rep.body = {{"id", ch.id.toStdString()},
                        {"connectUri", QStringLiteral("ws://127.0.0.1:%1/channels/%2").arg(d->port).arg(ch.id).toStdString()},
                        {"expires", QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate).toStdString()}};
        } else if (match(QStringLiteral("HEAD"), QStringLiteral("/api/v2/notifications/channels/([^/]+)"))) {
            const QString id = m.captured(1);
            if (std::none_of(d->channels.begin(), d->channels.end(), [&](const auto &c) { return c.id == id; }))
                error(404, "not.found", QStringLiteral("channel %1 not found").arg(id));
            rep.hasBody = false;
        } else if (match(QStringLiteral("PUT"), QStringLiteral("/api/v2/notifications/channels/([^/]+)/subscriptions")) ||
                   match(QStringLiteral("POST"), QStringLiteral("/api/v2/notifications/channels/([^/]+)/subscriptions"))) {
            const QString id = m.captured(1);
            auto it = std::find_if(d->channels.begin(), d->channels.end(), [&](const auto &c) { return c.id == id; });
            if (!parseBody()) {
            } else if (it == d->channels.end()) {
                error(404, "not.found", QStringLiteral("channel %1 not found").arg(id));
            } else if (!body.is_array()) {
                error(400, "bad.request", QStringLiteral("expected an array of {\"id\": topic}"));
            } else {
                if (method == QLatin1String("PUT"))
                    it->topics.clear();
                const QString buId = q(d->bu["id"]);
                const QRegularExpression known(QStringLiteral(
                    "^(v2\\.workforcemanagement\\.businessunits\\.%1\\.schedules|v2\\.workforcemanagement\\.managementunits\\.[^.]+\\.adherence|v2\\.users\\.[^.]+\\.(presence|routingStatus))$")
                                                   .arg(QRegularExpression::escape(buId)));
                json ents = json::array();
                for (const auto &topic : body) {
                    const QString name = q(topic.value("id", std::string()));
                    const bool ok = known.match(name).hasMatch();
                    if (ok)
                        it->topics.insert(name);
                    ents.push_back({{"id", name.toStdString()}, {"state", ok ? "Permitted" : "Rejected"}});
                }
                rep.body = {{"entities", ents}};
            }
        } else {
            error(404, "not.found", QStringLiteral("no route %1 %2 in the emulator").arg(method, path));
        }
        if (isApi && !drop && rep.status < 400)
            d->usedTokens.insert(token);
        if (isApi && !drop) {
            if (now - d->rateWindowStart > 60000) {
                d->rateWindowStart = now;
                d->rateWindowCount = 0;
            }
            ++d->rateWindowCount;
            rep.headers.push_back({"inin-ratelimit-allowed", "300"});
            rep.headers.push_back({"inin-ratelimit-count", QByteArray::number(d->rateWindowCount)});
            rep.headers.push_back({"inin-ratelimit-reset", QByteArray::number(std::max<qint64>(0, 60 - (now - d->rateWindowStart) / 1000))});
        }
    }
    if (drop) {
        socket->abort();
        return true;
    }
    if (sleepMs > 0) {
        // Blocks the emulator's thread: a local event loop here lets QHttpServer 6.4 delete a
        // socket the client closed meanwhile and crash when this handler returns.
        QThread::msleep(sleepMs);
        if (socket->state() != QAbstractSocket::ConnectedState)
            return true;
    }
    QHttpServerResponder r = makeResponder(request, socket);
    const QByteArray payload = rep.hasBody ? QByteArray::fromStdString(rep.body.dump()) : QByteArray();
    {
        QMutexLocker lock(&d->mutex);
        if (d->opt.recordExchanges) {
            QByteArray reqBody = request.body();
            if (path.startsWith(QLatin1String("/uploads/"))) {
                try {
                    reqBody = gzipDecompress(reqBody);
                } catch (const std::exception &) {
                }
            }
            d->exchanges.push_back({method, path, rep.status, reqBody, payload});
        }
    }
    r.writeStatusLine(QHttpServerResponder::StatusCode(rep.status));
    r.writeHeader("Content-Type", "application/json");
    r.writeHeader("ININ-Correlation-Id", QByteArray::fromStdString(contextId));
    for (const auto &h : rep.headers)
        r.writeHeader(h.first, h.second);
    r.writeHeader("Content-Length", QByteArray::number(payload.size()));
    r.writeBody(payload);
    if (afterReply)
        afterReply();
    return true;
}

SimThread::SimThread(FixtureParams params, SimOptions options, quint16 port)
{
    // Built inside its thread: QAbstractHttpServer's internal WebSocket server is not a child
    // QObject, so moveToThread() would leave it (and the sockets it makes) on this thread.
    m_helper.moveToThread(&m_thread);
    m_thread.start();
    QMetaObject::invokeMethod(
        &m_helper,
        [this, params, options, port] {
            m_sim = new PlatformSim(params, options);
            m_port = m_sim->listenLoopback(port);
        },
        Qt::BlockingQueuedConnection);
    if (m_port == 0)
        throw std::runtime_error("the platform emulator could not listen on 127.0.0.1");
}

SimThread::~SimThread()
{
    QMetaObject::invokeMethod(&m_helper, [this] { delete m_sim; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString SimThread::baseUrl() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

} // namespace tessera::sim

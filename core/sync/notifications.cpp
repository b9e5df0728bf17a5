// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/notifications.h"

#include <QEventLoop>
#include <QTimer>
#include <QWebSocket>

namespace tessera {

using nlohmann::json;

struct NotificationChannel::Impl {
    GenesysClient &client;
    QStringList topics;
    QString channelId;
    std::unique_ptr<QWebSocket> socket;
    std::deque<json> events;
    QEventLoop *waiting = nullptr;
    bool reconnectWanted = false;
    int heartbeats = 0;
    int reconnects = 0;

    explicit Impl(GenesysClient &c) : client(c) {}

    void wake()
    {
        if (waiting)
            waiting->quit();
    }

    void onText(const QString &text)
    {
        json frame;
        try {
            frame = json::parse(text.toStdString());
        } catch (...) {
            return;
        }
        const std::string topic = frame.value("topicName", std::string());
        if (topic == "channel.metadata") {
            ++heartbeats;
        } else if (topic == "v2.system.socket_closing") {
            reconnectWanted = true;
            wake();
        } else if (!topic.empty()) {
            events.push_back(frame);
            wake();
        }
    }

    QStringList connectAndSubscribe(int timeoutMs)
    {
        const json ch = client.postJson(QStringLiteral("/api/v2/notifications/channels"), json::object());
        channelId = QString::fromStdString(ch.value("id", std::string()));
        const QUrl uri(QString::fromStdString(ch.value("connectUri", std::string())));
        if (channelId.isEmpty() || !uri.isValid())
            throw PlatformError(QStringLiteral("notification channel answer without id or connectUri"));
        if (socket) {
            socket->disconnect();
            socket->abort();
        }
        socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, [this](const QString &t) { onText(t); });
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(socket.get(), &QWebSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(socket.get(), &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        timer.start(timeoutMs);
        socket->open(uri);
        loop.exec();
        if (socket->state() != QAbstractSocket::ConnectedState)
            throw PlatformError(QStringLiteral("notification socket %1 did not connect: %2").arg(uri.toString(), socket->errorString()));
        QObject::connect(socket.get(), &QWebSocket::disconnected, [this] {
            reconnectWanted = true;
            wake();
        });
        json body = json::array();
        for (const auto &t : topics)
            body.push_back({{"id", t.toStdString()}});
        ApiRequest put;
        put.method = "PUT";
        put.path = QStringLiteral("/api/v2/notifications/channels/%1/subscriptions").arg(channelId);
        put.body = QByteArray::fromStdString(body.dump());
        const json listing = client.send(put).json();
        QStringList rejected;
        for (const auto &e : listing.value("entities", json::array()))
            if (e.value("state", std::string()) != "Permitted")
                rejected << QString::fromStdString(e.value("id", std::string()));
        reconnectWanted = false;
        return rejected;
    }
};

NotificationChannel::NotificationChannel(GenesysClient &client) : d(std::make_unique<Impl>(client)) {}

NotificationChannel::~NotificationChannel()
{
    if (d->socket) {
        d->socket->disconnect();
        d->socket->abort();
    }
}

QStringList NotificationChannel::open(const QStringList &topics, int connectTimeoutMs)
{
    d->topics = topics;
    return d->connectAndSubscribe(connectTimeoutMs);
}

bool NotificationChannel::isConnected() const
{
    return d->socket && d->socket->state() == QAbstractSocket::ConnectedState;
}

void NotificationChannel::pump(int ms)
{
    if (d->reconnectWanted) {
        ++d->reconnects;
        d->connectAndSubscribe(10000);
    }
    if (!d->events.empty())
        return;
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
    timer.start(std::max(0, ms));
    d->waiting = &loop;
    loop.exec();
    d->waiting = nullptr;
    if (d->reconnectWanted) {
        ++d->reconnects;
        d->connectAndSubscribe(10000);
    }
}

std::optional<json> NotificationChannel::take(const std::function<bool(const json &)> &match)
{
    for (auto it = d->events.begin(); it != d->events.end(); ++it) {
        const json body = it->value("eventBody", json::object());
        if (match(body)) {
            json e = *it;
            d->events.erase(it);
            return e;
        }
    }
    return std::nullopt;
}

int NotificationChannel::heartbeats() const
{
    return d->heartbeats;
}

int NotificationChannel::reconnects() const
{
    return d->reconnects;
}

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/genesysclient.h"

#include <QStringList>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

namespace tessera {

/**
 * The Genesys notification channel (API_NOTES §6): POST /api/v2/notifications/channels →
 * {id, connectUri}, a WebSocket (QtWebSockets) on connectUri, and PUT
 * …/channels/{id}/subscriptions [{"id": topic}]. Heartbeats (topic channel.metadata) are
 * counted; v2.system.socket_closing or an unexpected close makes pump() create a new channel,
 * connect and subscribe the same topics again (the platform closes the socket about a minute
 * after socket_closing). Events of other topics are queued for take().
 *
 * Lives on the thread of its GenesysClient and needs that thread's events processed: pump()
 * does so; GenesysClient calls process them too. Events sent while reconnecting may be lost,
 * so callers keep polling as a fallback (publishScheduleWeek does).
 */
class NotificationChannel
{
public:
    explicit NotificationChannel(GenesysClient &client);
    ~NotificationChannel();
    NotificationChannel(const NotificationChannel &) = delete;
    NotificationChannel &operator=(const NotificationChannel &) = delete;

    /// Creates the channel, connects and subscribes. Returns the topics the platform rejected.
    /// Throws PlatformError when the channel cannot be created or the socket does not connect.
    QStringList open(const QStringList &topics, int connectTimeoutMs = 10000);
    bool isConnected() const;
    /// Processes events for up to `ms` (returns early when an event is queued) and reconnects
    /// when the socket is closing or closed. Throws PlatformError when reconnecting fails.
    void pump(int ms);
    /// The first queued event whose eventBody satisfies `match` (removed from the queue).
    std::optional<nlohmann::json> take(const std::function<bool(const nlohmann::json &body)> &match);
    int heartbeats() const;
    int reconnects() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace tessera

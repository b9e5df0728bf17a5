// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli sync pull|publish …` (core/sync against Genesys Cloud or the emulator).
 *
 * Connection: `--region HOST` (a documented API host, default api.mypurecloud.com) or
 * `--base-url URL` (loopback emulator), `--client-id ID`; the client secret comes from the
 * environment variable named by `--secret-env` (default TESSERA_CLIENT_SECRET), never from
 * the command line.
 *
 *   sync pull --client-id ID [--business-unit ID] [--week YYYY-MM-DD] [--weeks N] [--out P]
 *     Without --business-unit: lists the business units. With it: prints the BU (time zone,
 *     start day), its management units, agents, activity codes and planning groups; with
 *     --week, pulls N (default 1) weeks of forecast; --out writes a project (.tessera or
 *     PROBLEM.json) over the 15-minute forecast, one queue per planning group.
 *   sync publish WEEK.json --client-id ID [--dry-run] [--checkpoint FILE] [--chunk N]
 *     WEEK.json as scheduleWeekFromJson(). Pulls the BU's agents and activity codes, prints the
 *     dry-run report and, unless --dry-run or the report has errors, publishes (checkpoint
 *     default WEEK.json.sync-checkpoint.json, so an interrupted publish resumes).
 * Returns CliOk, or CliError after "tessera-cli: <reason>" (dry-run errors included).
 */
int syncCommand(const QStringList &positional, const QMap<QString, QString> &options, const QStringList &flags,
                QTextStream &out, QTextStream &err);

} // namespace tessera

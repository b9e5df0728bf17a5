// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/genesysclient.h"
#include "core/sync/wfmapi.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <functional>
#include <vector>

namespace tessera {

/// One activity inside a shift (BuAgentScheduleActivity): UTC start, minutes, activity code.
struct ScheduledActivity {
    QDateTime start; ///< UTC
    int lengthMinutes = 0;
    QString activityCodeId;
    QString description;
    bool paid = true;
    bool operator==(const ScheduledActivity &) const = default;
};

struct ScheduledShift {
    QDateTime start; ///< UTC
    int lengthMinutes = 0;
    std::vector<ScheduledActivity> activities;
    bool operator==(const ScheduledShift &) const = default;
};

/// One agent's shifts in the week; managementUnitId is needed to read back its schedule.
struct AgentWeek {
    QString userId;
    QString managementUnitId;
    std::vector<ScheduledShift> shifts;
};

/**
 * A schedule week to publish for one business unit. weekDate is the BU-local first day of the
 * week and must fall on the BU's startDayOfWeek. JSON form (tessera-cli sync publish):
 * {"businessUnitId","weekDate":"yyyy-MM-dd","description","agents":[{"userId","managementUnitId",
 * "shifts":[{"startDate":ISO UTC,"lengthMinutes","activities":[{"startDate","lengthMinutes",
 * "activityCodeId","description","paid"}]}]}]}
 */
struct ScheduleWeek {
    QString businessUnitId;
    QDate weekDate;
    QString description;
    std::vector<AgentWeek> agents;
    int shiftCount() const;
};
nlohmann::json scheduleWeekToJson(const ScheduleWeek &w);
/// Throws InputError naming `label` and the field for a malformed document.
ScheduleWeek scheduleWeekFromJson(const nlohmann::json &j, const QString &label);

/// Rules of the local dry run.
struct DryRunRules {
    int breakRequiredAfterMinutes = 360; ///< a longer shift needs a Break or Meal activity
    bool requireFullCoverage = false;    ///< activities must cover the whole shift
};

struct DryRunIssue {
    enum Severity { Warning, Error } severity = Error;
    QString userId;
    QString agentName;
    QString message;
};

/// The readable report shown before any write; ok() = no errors (warnings allowed).
struct DryRunReport {
    int agents = 0;
    int shifts = 0;
    int activities = 0;
    std::vector<DryRunIssue> issues;
    bool ok() const;
    int errorCount() const;
    /// "Dry run: 300 agents, 1500 shifts, 4500 activities; 2 errors, 1 warning" and one line per issue.
    QString text() const;
};

/**
 * Local validation of `week` against what the platform knows (`snapshot`, from a pull):
 * the week starts on the BU's start day; every agent and activity code is known to the BU;
 * shifts of an agent do not overlap; lengths are positive; activities lie inside their shift
 * and do not overlap each other; shifts lie inside the week as seen in the BU time zone (the
 * week is 7 BU-local days, so a DST change makes it 167 or 169 hours); a shift across a UTC
 * offset change in the BU zone is warned about; shifts longer than breakRequiredAfterMinutes
 * without a Break or Meal activity are warned about. Agents without a managementUnitId get it
 * from the snapshot (hence the non-const week).
 */
DryRunReport dryRunSchedule(ScheduleWeek &week, const PlatformSnapshot &snapshot, const DryRunRules &rules = {});

struct PublishOptions {
    QString checkpointPath;      ///< JSON checkpoint; empty = none (no resume)
    int chunkSize = 100;         ///< agents per update upload (one MU per chunk)
    int stopAfterChunks = -1;    ///< test hook: throw after this many chunks this run (a "crash")
    int operationTimeoutMs = 120000; ///< waiting for one asynchronous update operation
    int pollIntervalMs = 250;
    int chunkAttempts = 3;       ///< tries per chunk (stale version, failed operation)
    bool published = true;       ///< `published: true` in every upload
    /// Follow operations on the BU's schedules topic (notification channel, WebSocket), with
    /// polling as the fallback; false = polling only.
    bool useNotifications = true;
    /// After the last chunk, read every chunk back and compare (no write); mismatches throw.
    bool verify = false;
};

struct PublishResult {
    QString scheduleId;
    int chunks = 0;
    int chunksResumed = 0;  ///< skipped: done in an earlier run (checkpoint)
    int chunksUnchanged = 0; ///< nothing to change on the platform
    int chunksRedone = 0;    ///< chunks tried again (stale version, failed or late operation)
    bool notifications = false; ///< operations were followed on a notification channel
    bool verified = false;      ///< the read-back verification ran (PublishOptions::verify)
    int verifyMismatches = 0;   ///< shifts missing or extra found by it (0 after a success)
    int shiftsAdded = 0;
    int shiftsDeleted = 0;
    int shiftsKept = 0;
    int version = 0;        ///< the schedule's metadata.version at the end
};

/**
 * Publishes a week through the documented routes only (API_NOTES §4A, §5):
 * 1. finds the week's schedule by its description marker (GET BU/weeks/{week}/schedules) or
 *    creates a blank one (POST same route, BuCreateBlankScheduleRequest);
 * 2. per chunk of agents (one MU each): reads their current shifts (POST
 *    …/schedules/{id}/agentschedules/query, inline or downloadUrl), computes the difference
 *    (identical shifts kept, others deleted by id, missing ones added), and when anything
 *    changes sends UpdateScheduleUploadSchema {published, metadata.version, agentSchedules}:
 *    POST …/{id}/update/uploadurl {contentLengthBytes of the gzip} → PUT gzip to the
 *    pre-signed URL with the returned headers → POST …/{id}/update {uploadKey}; the operation is
 *    followed on v2.workforcemanagement.businessunits.{id}.schedules (matched on operationId:
 *    Complete, or Error/Canceled at once) and, as the fallback, by polling the schedule's
 *    metadata until its version moves;
 * 3. records each finished chunk in the checkpoint (atomic JSON write).
 * Because each chunk is computed as a difference against the platform, re-running (after a
 * crash, a network loss or on purpose) never doubles a shift. A stale version (409) or a failed
 * or late operation re-reads the version and redoes the chunk, up to chunkAttempts times.
 * Throws PlatformError, SyncCancelled, InputError (bad week).
 */
PublishResult publishScheduleWeek(GenesysClient &client, const ScheduleWeek &week, const PublishOptions &options,
                                  const std::function<void(double, const QString &)> &progress = {},
                                  const std::atomic_bool *cancel = nullptr);

/// The description stored on the platform: "<description> [tessera:<8 hex>]", the marker a
/// hash of BU, week and description, so a re-run finds its schedule even without checkpoint.
QString publishedDescription(const ScheduleWeek &week);

/// gzip (RFC 1952) of data, as the upload-URL flow requires; gunzip throws on bad input.
QByteArray gzipCompress(const QByteArray &data);
QByteArray gzipDecompress(const QByteArray &data);

} // namespace tessera

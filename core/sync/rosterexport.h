// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"
#include "core/sync/publish.h"
#include "core/sync/wfmapi.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <map>

namespace tessera {

/**
 * Between the project's named-agent roster (Project::roster, interval units on the project's
 * horizon) and the platform's schedule week (ScheduleWeek: UTC starts, minutes, activity codes).
 *
 * Time: interval t of the roster starts at Project::grid().intervalStart(t), i.e. the project's
 * start in its IANA zone plus t × intervalMinutes of elapsed time (the roster's convention,
 * Project::rosterBase()); it is converted to UTC with QTimeZone, so a shift across a DST change
 * keeps its real length. The BU week is the 7 BU-local days from weekDate 00:00 in the BU's zone
 * (167 or 169 hours around a DST change), as dryRunSchedule() checks it.
 */

/// Activity codes used for the three kinds of time in a roster shift. Empty = the first code of
/// the snapshot in the category named in brackets (BusinessUnitActivityCode.category).
struct RosterActivityMapping {
    QString workCodeId;      ///< on-duty time [OnQueueWork]
    QString paidBreakCodeId; ///< Assignment::paidBreaks [Break]
    QString unpaidBreakCodeId; ///< Assignment::breaks (unpaid breaks and meals) [Meal]
};

struct RosterExportOptions {
    QDate weekDate;           ///< BU-local first day of the week (the BU's startDayOfWeek)
    QString description = QStringLiteral("Tessera roster");
    RosterActivityMapping activities;
    /// Management unit for roster agents the snapshot does not know (empty: left to the dry run,
    /// which reports them as unknown agents).
    QString defaultManagementUnitId;
};

/**
 * The platform schedule week of `project.roster` for `snapshot`'s business unit: one AgentWeek per
 * roster agent that has a shift starting inside the week (user id = Agent::id, management unit
 * from the snapshot), one ScheduledShift per assignment with its activities in time order: work
 * (workCodeId) for on-duty stretches, paidBreakCodeId for paid breaks, unpaidBreakCodeId for
 * unpaid ones; each activity's `paid` and `description` come from its activity code. Agents
 * unknown to the platform are kept (the dry run reports them). Throws InputError (field
 * "weekDate" or "activities.<kind>") for an invalid week or when a mapped activity code is
 * missing from the snapshot.
 */
ScheduleWeek scheduleWeekFromRoster(const Project &project, const PlatformSnapshot &snapshot,
                                    const RosterExportOptions &options);

/// The default contract of agents taken from the platform (id "platform"): at most 2,400 paid
/// minutes a week (40 h), 6 consecutive days and 11 h rest (EU Working Time Directive 2003/88/EC,
/// art. 3 daily rest), everything else unlimited.
rostering::Contract platformDefaultContract();

/**
 * Makes the platform's agents roster agents: for every snapshot agent, an Agent with id = user id,
 * name, skills = its skill ids then its queue ids, and `contractId` (an existing roster agent
 * with the same id keeps its contract, seniority, days off and requests; its name and skills are
 * refreshed). Agents of the roster the platform does not know are kept, with their assignments.
 * Adds platformDefaultContract() when contractId is "platform" and the roster lacks it.
 * Returns the number of agents added.
 */
int mergePlatformAgents(rostering::AgentRoster &roster, const PlatformSnapshot &snapshot,
                        const QString &contractId = QStringLiteral("platform"));

/**
 * "Last synced" fingerprints of a roster: key "<agent id>|<yyyy-MM-dd>" (the agent's shifts that
 * start on that project-local date), value = a hash of their starts, ends, breaks and codes.
 * Agent-days without shifts have no key.
 */
std::map<QString, QString> rosterDayFingerprints(const Project &project);

/// One agent-day that differs between two fingerprint sets: "Agent 0001 (id) 2026-11-30: changed".
struct RosterDayChange {
    QString agentId;
    QString agentName;
    QDate date;
    enum Kind { Added, Removed, Changed } kind = Changed;
    QString text() const;
};

/// What changed since `synced` (fingerprints taken at the last pull or publish) in `project`'s
/// roster, sorted by agent id then date. Names come from the project's roster.
std::vector<RosterDayChange> rosterChangesSince(const std::map<QString, QString> &synced, const Project &project);

} // namespace tessera

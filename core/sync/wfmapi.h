// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"
#include "core/staffing/requirements.h"
#include "core/sync/genesysclient.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace tessera {

/// A WFM business unit: its settings give the zone of every BU-local date and the day weeks start.
struct BusinessUnitInfo {
    QString id;
    QString name;
    QString timeZone;       ///< IANA id (settings.timeZone)
    QString startDayOfWeek; ///< "Monday"... (settings.startDayOfWeek); week ids fall on this day
};

struct ManagementUnitInfo {
    QString id;
    QString name;
};

/// A BU user (agent) and the management unit it belongs to; work plan, queues and skills are
/// filled by WfmApi::agentDetails() (one call per agent, so optional).
struct AgentInfo {
    QString id;
    QString name;
    QString managementUnitId;
    QString workPlanId;
    QStringList queueIds;
    QStringList skillIds;
};

/// A BU activity code; category is one of the 8 of BusinessUnitActivityCode (OnQueueWork…Unavailable).
struct ActivityCodeInfo {
    QString id;
    QString name;
    QString category;
    bool paid = true;
    bool work = true;
};

struct PlanningGroupInfo {
    QString id;
    QString name;
};

/// One planning group's interval forecast: contacts offered and AHT (seconds) per 15-minute interval.
struct ForecastSeries {
    QString planningGroupId;
    QString planningGroupName;
    std::vector<ForecastInterval> intervals;
};

/**
 * Short-term forecast data pulled for consecutive weeks: per planning group, 672 intervals of
 * 15 minutes per week counted from referenceStart (UTC), from BuForecastResult
 * offeredPerInterval / averageHandleTimeSecondsPerInterval (API_NOTES §4D).
 */
struct PulledForecast {
    QStringList forecastIds;
    QDate weekDate;
    int weeks = 0;
    QDateTime referenceStart; ///< UTC
    int intervalMinutes = 15;
    std::vector<ForecastSeries> series;
};

/// One agent's real-time adherence (UserScheduleAdherence).
struct AdherenceRecord {
    QString userId;
    QString adherenceState;           ///< InAdherence|OutOfAdherence|Unscheduled|Unknown|Ignored|Explained
    QString scheduledActivityCategory;
    QString systemPresence;
    QString routingStatus;
};

/// What a pull brings home.
struct PlatformSnapshot {
    BusinessUnitInfo businessUnit;
    std::vector<ManagementUnitInfo> managementUnits;
    std::vector<AgentInfo> agents;
    std::vector<ActivityCodeInfo> activityCodes;
    std::vector<PlanningGroupInfo> planningGroups;
    std::optional<PulledForecast> forecast;

    const AgentInfo *agent(const QString &id) const;
    const ActivityCodeInfo *activityCode(const QString &id) const;
};

/**
 * Typed reads over GenesysClient, one per documented route (API_NOTES §5; WFM =
 * /api/v2/workforcemanagement). Every call throws PlatformError / SyncCancelled.
 */
class WfmApi
{
public:
    explicit WfmApi(GenesysClient &client) : m_client(client) {}

    /// GET WFM/businessunits, then GET WFM/businessunits/{id}?expand=settings for each.
    std::vector<BusinessUnitInfo> businessUnits();
    BusinessUnitInfo businessUnit(const QString &buId);
    /// GET BU/managementunits.
    std::vector<ManagementUnitInfo> managementUnits(const QString &buId);
    /// GET BU/users (agents grouped by MU), names from GET /api/v2/users (paged, nextUri).
    std::vector<AgentInfo> agents(const QString &buId);
    /// GET MU/agents/{agentId} (WfmAgent) for each agent, concurrently: work plan, queues, skills.
    void agentDetails(std::vector<AgentInfo> &agents);
    /// GET BU/activitycodes (inline entities or downloadUrl).
    std::vector<ActivityCodeInfo> activityCodes(const QString &buId);
    /// GET BU/planninggroups.
    std::vector<PlanningGroupInfo> planningGroups(const QString &buId);
    /**
     * `weeks` weeks of forecast data from weekDate (a BU week start): the forecasts listed under
     * GET BU/weeks/{weekDate}/shorttermforecasts (the newest one that covers the week), then
     * GET …/{forecastId}/data?weekNumber=n per week (concurrently; inline result or downloadUrl).
     * Planning-group names come from `groups`. Throws PlatformError when a week has no forecast.
     */
    PulledForecast forecast(const QString &buId, const QDate &weekDate, int weeks,
                            const std::vector<PlanningGroupInfo> &groups);
    /// GET WFM/adherence?userId=… in batches of 100 (the documented limit), run concurrently.
    std::vector<AdherenceRecord> adherence(const QStringList &userIds);

    /// Everything a planner pulls for one BU; forecastWeeks 0 skips the forecast; withAgentDetails
    /// adds work plans, queues and skills (one call per agent).
    PlatformSnapshot pull(const QString &buId, const QDate &weekDate, int forecastWeeks,
                          const std::function<void(double, const QString &)> &progress = {},
                          bool withAgentDetails = false);

    static QString buPath(const QString &buId);

private:
    GenesysClient &m_client;
};

/**
 * A project over the pulled forecast: time zone from the BU, 15-minute intervals from
 * referenceStart (converted to the BU zone), the first planning group as the project's queue
 * and the others as moreQueues. Staffing targets and the shift catalog keep `base`'s values.
 */
Project projectFromForecast(const PulledForecast &forecast, const BusinessUnitInfo &bu, Project base = {});

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/wfmapi.h"

#include <QTimeZone>

#include <map>

namespace tessera {

using nlohmann::json;

namespace {

QString s(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

const json &entities(const json &j)
{
    static const json empty = json::array();
    auto it = j.find("entities");
    return it != j.end() && it->is_array() ? *it : empty;
}

} // namespace

const AgentInfo *PlatformSnapshot::agent(const QString &id) const
{
    for (const auto &a : agents)
        if (a.id == id)
            return &a;
    return nullptr;
}

const ActivityCodeInfo *PlatformSnapshot::activityCode(const QString &id) const
{
    for (const auto &c : activityCodes)
        if (c.id == id)
            return &c;
    return nullptr;
}

QString WfmApi::buPath(const QString &buId)
{
    return QStringLiteral("/api/v2/workforcemanagement/businessunits/") + buId;
}

BusinessUnitInfo WfmApi::businessUnit(const QString &buId)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("expand"), QStringLiteral("settings"));
    const json j = m_client.getJson(buPath(buId), q);
    BusinessUnitInfo bu;
    bu.id = s(j, "id");
    bu.name = s(j, "name");
    if (auto it = j.find("settings"); it != j.end() && it->is_object()) {
        bu.timeZone = s(*it, "timeZone");
        bu.startDayOfWeek = s(*it, "startDayOfWeek");
    }
    if (bu.timeZone.isEmpty() || bu.startDayOfWeek.isEmpty())
        throw PlatformError(QStringLiteral("business unit %1 came without settings.timeZone/startDayOfWeek").arg(buId));
    return bu;
}

std::vector<BusinessUnitInfo> WfmApi::businessUnits()
{
    const json list = m_client.getJson(QStringLiteral("/api/v2/workforcemanagement/businessunits"));
    std::vector<BusinessUnitInfo> out;
    for (const auto &e : entities(list))
        out.push_back(businessUnit(s(e, "id")));
    return out;
}

std::vector<ManagementUnitInfo> WfmApi::managementUnits(const QString &buId)
{
    std::vector<ManagementUnitInfo> out;
    const json list = m_client.getJson(buPath(buId) + QStringLiteral("/managementunits"));
    for (const auto &e : entities(list))
        out.push_back({s(e, "id"), s(e, "name")});
    return out;
}

std::vector<AgentInfo> WfmApi::agents(const QString &buId)
{
    const json listing = m_client.getJson(buPath(buId) + QStringLiteral("/users"));
    std::vector<AgentInfo> out;
    for (const auto &mu : listing.value("managementUnits", json::array())) {
        const QString muId = s(mu.value("managementUnit", json::object()), "id");
        for (const auto &u : mu.value("users", json::array()))
            out.push_back({s(u, "id"), QString(), muId, {}, {}, {}});
    }
    // Names: the users directory is paged (pageSize/pageNumber, nextUri; API_NOTES §3).
    std::map<QString, QString> names;
    for (const auto &u : m_client.getAllPages(QStringLiteral("/api/v2/users"), {}, 100))
        names[s(u, "id")] = s(u, "name");
    for (auto &a : out)
        if (auto it = names.find(a.id); it != names.end())
            a.name = it->second;
    return out;
}

void WfmApi::agentDetails(std::vector<AgentInfo> &agents)
{
    std::vector<ApiRequest> requests;
    for (const auto &a : agents) {
        ApiRequest r;
        r.path = QStringLiteral("/api/v2/workforcemanagement/managementunits/%1/agents/%2").arg(a.managementUnitId, a.id);
        requests.push_back(r);
    }
    const auto replies = m_client.sendAll(requests);
    for (std::size_t i = 0; i < agents.size(); ++i) {
        const json j = replies[i].json();
        agents[i].workPlanId = s(j.value("workPlan", json::object()), "id");
        agents[i].queueIds.clear();
        agents[i].skillIds.clear();
        for (const auto &q : j.value("queues", json::array()))
            agents[i].queueIds << s(q, "id");
        for (const auto &k : j.value("skills", json::array()))
            agents[i].skillIds << s(k, "id");
    }
}

std::vector<ActivityCodeInfo> WfmApi::activityCodes(const QString &buId)
{
    const json reply = m_client.getJson(buPath(buId) + QStringLiteral("/activitycodes"));
    json list = reply.contains("entities") ? reply["entities"] : m_client.inlineOrDownload(reply, "entities");
    if (list.is_object())
        list = list.value("entities", json::array());
    std::vector<ActivityCodeInfo> out;
    for (const auto &e : list)
        out.push_back({s(e, "id"), s(e, "name"), s(e, "category"), e.value("countsAsPaidTime", true),
                       e.value("countsAsWorkTime", true)});
    return out;
}

std::vector<PlanningGroupInfo> WfmApi::planningGroups(const QString &buId)
{
    std::vector<PlanningGroupInfo> out;
    const json list = m_client.getJson(buPath(buId) + QStringLiteral("/planninggroups"));
    for (const auto &e : entities(list))
        out.push_back({s(e, "id"), s(e, "name")});
    return out;
}

PulledForecast WfmApi::forecast(const QString &buId, const QDate &weekDate, int weeks,
                                const std::vector<PlanningGroupInfo> &groups)
{
    PulledForecast out;
    out.weekDate = weekDate;
    out.weeks = weeks;
    std::map<QString, std::size_t> seriesIndex;
    for (const auto &g : groups) {
        seriesIndex[g.id] = out.series.size();
        out.series.push_back({g.id, g.name, {}});
    }
    const int perWeek = 7 * 24 * 60 / out.intervalMinutes;
    int week = 0;
    while (week < weeks) {
        const QDate date = weekDate.addDays(7 * week);
        const QString weekPath = buPath(buId) + QStringLiteral("/weeks/") + date.toString(Qt::ISODate) +
                                 QStringLiteral("/shorttermforecasts");
        // The last forecast listed for that week (the listing is in creation order).
        const json list = m_client.getJson(weekPath);
        json chosen;
        for (const auto &e : entities(list))
            chosen = e;
        if (chosen.is_null())
            throw PlatformError(QStringLiteral("no short-term forecast for the week of %1 in business unit %2")
                                    .arg(date.toString(Qt::ISODate), buId));
        const QString id = s(chosen, "id");
        const int count = std::max(1, std::min(chosen.value("weekCount", 1), weeks - week));
        out.forecastIds << id;
        std::vector<ApiRequest> requests;
        for (int n = 0; n < count; ++n) {
            ApiRequest r;
            r.path = weekPath + QLatin1Char('/') + id + QStringLiteral("/data");
            r.query.addQueryItem(QStringLiteral("weekNumber"), QString::number(n));
            requests.push_back(r);
        }
        const auto replies = m_client.sendAll(requests);
        for (int n = 0; n < count; ++n) {
            const json result = m_client.inlineOrDownload(replies[std::size_t(n)].json());
            if (!result.is_object())
                throw PlatformError(QStringLiteral("forecast %1 week %2: neither result nor downloadUrl").arg(id).arg(n));
            if (week == 0 && n == 0) {
                out.referenceStart = QDateTime::fromString(s(result, "referenceStartDate"), Qt::ISODate).toUTC();
                if (!out.referenceStart.isValid())
                    throw PlatformError(QStringLiteral("forecast %1: bad referenceStartDate").arg(id));
            }
            for (const auto &pg : result.value("planningGroups", json::array())) {
                const QString pgId = s(pg, "planningGroupId");
                auto it = seriesIndex.find(pgId);
                if (it == seriesIndex.end()) {
                    it = seriesIndex.emplace(pgId, out.series.size()).first;
                    out.series.push_back({pgId, pgId, {}});
                }
                auto &ser = out.series[it->second].intervals;
                const std::size_t base = std::size_t(week + n) * std::size_t(perWeek);
                ser.resize(std::max(ser.size(), base + std::size_t(perWeek)));
                const json &offered = pg.at("offeredPerInterval");
                const json &aht = pg.at("averageHandleTimeSecondsPerInterval");
                // The data of week n may start at its own offset from referenceStartDate.
                for (std::size_t i = 0; i < std::size_t(perWeek) && i < offered.size(); ++i) {
                    ser[base + i].offered = offered[i].get<double>();
                    ser[base + i].ahtSeconds = i < aht.size() ? aht[i].get<double>() : 0.0;
                }
            }
        }
        week += count;
    }
    const std::size_t total = std::size_t(weeks) * std::size_t(perWeek);
    for (auto &ser : out.series)
        ser.intervals.resize(total);
    return out;
}

std::vector<AdherenceRecord> WfmApi::adherence(const QStringList &userIds)
{
    std::vector<ApiRequest> requests;
    for (int i = 0; i < userIds.size(); i += 100) {
        ApiRequest r;
        r.path = QStringLiteral("/api/v2/workforcemanagement/adherence");
        for (int k = i; k < std::min<int>(i + 100, int(userIds.size())); ++k)
            r.query.addQueryItem(QStringLiteral("userId"), userIds[k]);
        requests.push_back(r);
    }
    std::vector<AdherenceRecord> out;
    for (const auto &reply : m_client.sendAll(requests))
        for (const auto &e : reply.json()) {
            AdherenceRecord a;
            a.userId = s(e.value("user", json::object()), "id");
            a.adherenceState = s(e, "adherenceState");
            a.scheduledActivityCategory = s(e, "scheduledActivityCategory");
            a.systemPresence = s(e, "systemPresence");
            a.routingStatus = s(e, "routingStatus");
            out.push_back(a);
        }
    return out;
}

PlatformSnapshot WfmApi::pull(const QString &buId, const QDate &weekDate, int forecastWeeks,
                              const std::function<void(double, const QString &)> &progress, bool withAgentDetails)
{
    auto step = [&](double f, const char *what) {
        if (progress)
            progress(f, QString::fromUtf8(what));
    };
    PlatformSnapshot snap;
    step(0.0, "business unit");
    snap.businessUnit = businessUnit(buId);
    step(0.1, "management units");
    snap.managementUnits = managementUnits(buId);
    step(0.2, "agents");
    snap.agents = agents(buId);
    if (withAgentDetails) {
        step(0.3, "agent work plans, queues and skills");
        agentDetails(snap.agents);
    }
    step(0.4, "activity codes");
    snap.activityCodes = activityCodes(buId);
    step(0.5, "planning groups");
    snap.planningGroups = planningGroups(buId);
    if (forecastWeeks > 0) {
        step(0.6, "forecast");
        snap.forecast = forecast(buId, weekDate, forecastWeeks, snap.planningGroups);
    }
    step(1.0, "pulled");
    return snap;
}

Project projectFromForecast(const PulledForecast &forecast, const BusinessUnitInfo &bu, Project base)
{
    Project p = std::move(base);
    p.timeZone = bu.timeZone.toUtf8();
    const QTimeZone zone(p.timeZone);
    p.start = forecast.referenceStart.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    p.intervalMinutes = forecast.intervalMinutes;
    p.demand.clear();
    p.moreQueues.clear();
    if (p.name.isEmpty())
        p.name = bu.name;
    for (std::size_t i = 0; i < forecast.series.size(); ++i) {
        const auto &ser = forecast.series[i];
        if (i == 0) {
            p.queueName = ser.planningGroupName;
            p.forecast = ser.intervals;
        } else {
            Queue q;
            q.name = ser.planningGroupName;
            q.staffing = p.staffing;
            q.forecast = ser.intervals;
            p.moreQueues.push_back(q);
        }
    }
    return p;
}

} // namespace tessera

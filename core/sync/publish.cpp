// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/publish.h"

#include "core/error.h"
#include "core/sync/notifications.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSaveFile>
#include <QThread>
#include <QTimeZone>
#include <QElapsedTimer>

#include <zlib.h>

#include <algorithm>
#include <map>
#include <set>

namespace tessera {

using nlohmann::json;

namespace {

QString str(const json &j, const char *key)
{
    auto it = j.find(key);
    return it != j.end() && it->is_string() ? QString::fromStdString(it->get<std::string>()) : QString();
}

std::string iso(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs).toStdString();
}

QDateTime parseUtc(const json &j, const char *key, const QString &label, const QString &field)
{
    const QDateTime t = QDateTime::fromString(str(j, key), Qt::ISODateWithMs);
    if (!t.isValid())
        throw InputError(label, 0, field + QLatin1Char('.') + QLatin1String(key),
                         QStringLiteral("'%1' is not an ISO 8601 date-time").arg(str(j, key)));
    return t.toUTC();
}

} // namespace

int ScheduleWeek::shiftCount() const
{
    int n = 0;
    for (const auto &a : agents)
        n += int(a.shifts.size());
    return n;
}

json scheduleWeekToJson(const ScheduleWeek &w)
{
    json agents = json::array();
    for (const auto &a : w.agents) {
        json shifts = json::array();
        for (const auto &s : a.shifts) {
            json acts = json::array();
            for (const auto &x : s.activities)
                acts.push_back({{"startDate", iso(x.start)},
                                {"lengthMinutes", x.lengthMinutes},
                                {"activityCodeId", x.activityCodeId.toStdString()},
                                {"description", x.description.toStdString()},
                                {"paid", x.paid}});
            shifts.push_back({{"startDate", iso(s.start)}, {"lengthMinutes", s.lengthMinutes}, {"activities", acts}});
        }
        agents.push_back({{"userId", a.userId.toStdString()},
                          {"managementUnitId", a.managementUnitId.toStdString()},
                          {"shifts", shifts}});
    }
    return {{"businessUnitId", w.businessUnitId.toStdString()},
            {"weekDate", w.weekDate.toString(Qt::ISODate).toStdString()},
            {"description", w.description.toStdString()},
            {"agents", agents}};
}

ScheduleWeek scheduleWeekFromJson(const json &j, const QString &label)
{
    if (!j.is_object())
        throw InputError(label, 0, QString(), QStringLiteral("expected a JSON object"));
    ScheduleWeek w;
    w.businessUnitId = str(j, "businessUnitId");
    w.weekDate = QDate::fromString(str(j, "weekDate"), Qt::ISODate);
    w.description = str(j, "description");
    if (w.businessUnitId.isEmpty())
        throw InputError(label, 0, QStringLiteral("businessUnitId"), QStringLiteral("is missing"));
    if (!w.weekDate.isValid())
        throw InputError(label, 0, QStringLiteral("weekDate"), QStringLiteral("expected yyyy-MM-dd"));
    const json agents = j.value("agents", json::array());
    for (std::size_t i = 0; i < agents.size(); ++i) {
        const QString field = QStringLiteral("agents[%1]").arg(i);
        AgentWeek a;
        a.userId = str(agents[i], "userId");
        a.managementUnitId = str(agents[i], "managementUnitId");
        if (a.userId.isEmpty())
            throw InputError(label, 0, field + QStringLiteral(".userId"), QStringLiteral("is missing"));
        const json shifts = agents[i].value("shifts", json::array());
        for (std::size_t k = 0; k < shifts.size(); ++k) {
            const QString sf = field + QStringLiteral(".shifts[%1]").arg(k);
            ScheduledShift s;
            s.start = parseUtc(shifts[k], "startDate", label, sf);
            s.lengthMinutes = shifts[k].value("lengthMinutes", 0);
            for (const auto &x : shifts[k].value("activities", json::array())) {
                ScheduledActivity act;
                act.start = parseUtc(x, "startDate", label, sf + QStringLiteral(".activities"));
                act.lengthMinutes = x.value("lengthMinutes", 0);
                act.activityCodeId = str(x, "activityCodeId");
                act.description = str(x, "description");
                act.paid = x.value("paid", true);
                s.activities.push_back(act);
            }
            a.shifts.push_back(s);
        }
        w.agents.push_back(std::move(a));
    }
    return w;
}

bool DryRunReport::ok() const
{
    return errorCount() == 0;
}

int DryRunReport::errorCount() const
{
    return int(std::count_if(issues.begin(), issues.end(), [](const auto &i) { return i.severity == DryRunIssue::Error; }));
}

QString DryRunReport::text() const
{
    const int errors = errorCount(), warnings = int(issues.size()) - errors;
    QString out = QStringLiteral("Dry run: %1 agents, %2 shifts, %3 activities; %4 error(s), %5 warning(s)\n")
                      .arg(agents).arg(shifts).arg(activities).arg(errors).arg(warnings);
    for (const auto &i : issues)
        out += QStringLiteral("  %1 %2%3: %4\n")
                   .arg(i.severity == DryRunIssue::Error ? QStringLiteral("error  ") : QStringLiteral("warning"),
                        i.agentName.isEmpty() ? i.userId : i.agentName,
                        i.agentName.isEmpty() || i.userId.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(i.userId),
                        i.message);
    return out;
}

DryRunReport dryRunSchedule(ScheduleWeek &week, const PlatformSnapshot &snap, const DryRunRules &rules)
{
    DryRunReport r;
    auto issue = [&](DryRunIssue::Severity sev, const QString &uid, const QString &msg) {
        const AgentInfo *a = uid.isEmpty() ? nullptr : snap.agent(uid);
        r.issues.push_back({sev, uid, a ? a->name : QString(), msg});
    };
    const QTimeZone zone(snap.businessUnit.timeZone.toUtf8());
    if (!zone.isValid())
        issue(DryRunIssue::Error, {}, QStringLiteral("business unit time zone '%1' is unknown").arg(snap.businessUnit.timeZone));
    const QString day = QLocale(QLocale::English).dayName(week.weekDate.dayOfWeek());
    if (!week.weekDate.isValid() || day != snap.businessUnit.startDayOfWeek)
        issue(DryRunIssue::Error, {},
              QStringLiteral("week %1 starts on a %2, but business unit weeks start on %3")
                  .arg(week.weekDate.toString(Qt::ISODate), day, snap.businessUnit.startDayOfWeek));
    if (week.businessUnitId != snap.businessUnit.id)
        issue(DryRunIssue::Error, {},
              QStringLiteral("the week is for business unit %1 but the pulled data is of %2")
                  .arg(week.businessUnitId, snap.businessUnit.id));
    const QTimeZone z = zone.isValid() ? zone : QTimeZone::utc();
    const QDateTime weekStart(week.weekDate, QTime(0, 0), z), weekEnd(week.weekDate.addDays(7), QTime(0, 0), z);
    std::set<QString> seen;
    for (auto &a : week.agents) {
        ++r.agents;
        const AgentInfo *known = snap.agent(a.userId);
        if (!known)
            issue(DryRunIssue::Error, a.userId, QStringLiteral("agent is not a user of the business unit"));
        else if (a.managementUnitId.isEmpty())
            a.managementUnitId = known->managementUnitId;
        else if (a.managementUnitId != known->managementUnitId)
            issue(DryRunIssue::Error, a.userId,
                  QStringLiteral("agent belongs to management unit %1, not %2").arg(known->managementUnitId, a.managementUnitId));
        if (!seen.insert(a.userId).second)
            issue(DryRunIssue::Error, a.userId, QStringLiteral("agent listed twice"));
        auto shifts = a.shifts;
        std::sort(shifts.begin(), shifts.end(), [](const auto &x, const auto &y) { return x.start < y.start; });
        for (std::size_t i = 0; i < shifts.size(); ++i) {
            const auto &s = shifts[i];
            ++r.shifts;
            const QDateTime end = s.start.addSecs(qint64(s.lengthMinutes) * 60);
            const QString when = s.start.toTimeZone(z).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"));
            if (s.lengthMinutes <= 0)
                issue(DryRunIssue::Error, a.userId, QStringLiteral("shift at %1 has length %2 min").arg(when).arg(s.lengthMinutes));
            if (i + 1 < shifts.size() && shifts[i + 1].start < end)
                issue(DryRunIssue::Error, a.userId,
                      QStringLiteral("shifts at %1 and %2 overlap")
                          .arg(when, shifts[i + 1].start.toTimeZone(z).toString(QStringLiteral("ddd yyyy-MM-dd HH:mm t"))));
            if (s.start < weekStart || s.start >= weekEnd)
                issue(DryRunIssue::Error, a.userId,
                      QStringLiteral("shift at %1 starts outside the week %2 – %3 (%4)")
                          .arg(when, weekStart.toString(Qt::ISODate), weekEnd.toString(Qt::ISODate), snap.businessUnit.timeZone));
            if (z.offsetFromUtc(s.start) != z.offsetFromUtc(end))
                issue(DryRunIssue::Warning, a.userId,
                      QStringLiteral("shift at %1 spans a UTC offset change in %2 (%3 elapsed minutes)")
                          .arg(when, snap.businessUnit.timeZone).arg(s.lengthMinutes));
            auto acts = s.activities;
            std::sort(acts.begin(), acts.end(), [](const auto &x, const auto &y) { return x.start < y.start; });
            bool hasBreak = false;
            int covered = 0;
            for (std::size_t k = 0; k < acts.size(); ++k) {
                const auto &x = acts[k];
                ++r.activities;
                const QDateTime xEnd = x.start.addSecs(qint64(x.lengthMinutes) * 60);
                const ActivityCodeInfo *code = snap.activityCode(x.activityCodeId);
                if (!code)
                    issue(DryRunIssue::Error, a.userId,
                          QStringLiteral("activity code %1 (shift at %2) is not known to the business unit")
                              .arg(x.activityCodeId, when));
                else if (code->category == QLatin1String("Break") || code->category == QLatin1String("Meal"))
                    hasBreak = true;
                if (x.lengthMinutes <= 0 || x.start < s.start || xEnd > end)
                    issue(DryRunIssue::Error, a.userId,
                          QStringLiteral("activity at %1 (%2 min) is not inside its shift at %3 (%4 min)")
                              .arg(x.start.toTimeZone(z).toString(QStringLiteral("HH:mm")))
                              .arg(x.lengthMinutes)
                              .arg(when)
                              .arg(s.lengthMinutes));
                if (k + 1 < acts.size() && acts[k + 1].start < xEnd)
                    issue(DryRunIssue::Error, a.userId, QStringLiteral("activities overlap in the shift at %1").arg(when));
                covered += std::max(0, x.lengthMinutes);
            }
            if (rules.requireFullCoverage && covered != s.lengthMinutes)
                issue(DryRunIssue::Error, a.userId,
                      QStringLiteral("activities cover %1 of the %2 minutes of the shift at %3").arg(covered).arg(s.lengthMinutes).arg(when));
            if (s.lengthMinutes > rules.breakRequiredAfterMinutes && !hasBreak)
                issue(DryRunIssue::Warning, a.userId,
                      QStringLiteral("shift at %1 lasts %2 min without a Break or Meal activity (rule: > %3 min needs one)")
                          .arg(when).arg(s.lengthMinutes).arg(rules.breakRequiredAfterMinutes));
        }
    }
    return r;
}

QString publishedDescription(const ScheduleWeek &week)
{
    const QByteArray key = (week.businessUnitId + QLatin1Char('|') + week.weekDate.toString(Qt::ISODate) +
                            QLatin1Char('|') + week.description)
                               .toUtf8();
    const QByteArray h = QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex().left(8);
    return week.description + QStringLiteral(" [tessera:") + QString::fromLatin1(h) + QLatin1Char(']');
}

QByteArray gzipCompress(const QByteArray &data)
{
    z_stream zs{};
    if (deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        throw std::runtime_error("gzip: deflateInit2 failed");
    QByteArray out;
    out.resize(int(deflateBound(&zs, uLong(data.size())) + 32));
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    zs.next_out = reinterpret_cast<Bytef *>(out.data());
    zs.avail_out = uInt(out.size());
    const int rc = deflate(&zs, Z_FINISH);
    const auto written = zs.total_out;
    deflateEnd(&zs);
    if (rc != Z_STREAM_END)
        throw std::runtime_error("gzip: deflate failed");
    out.resize(int(written));
    return out;
}

QByteArray gzipDecompress(const QByteArray &data)
{
    z_stream zs{};
    if (inflateInit2(&zs, 15 + 16) != Z_OK)
        throw std::runtime_error("gunzip: inflateInit2 failed");
    zs.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    zs.avail_in = uInt(data.size());
    QByteArray out;
    char buf[65536];
    int rc = Z_OK;
    while (rc != Z_STREAM_END) {
        zs.next_out = reinterpret_cast<Bytef *>(buf);
        zs.avail_out = sizeof buf;
        rc = inflate(&zs, Z_NO_FLUSH);
        if (rc != Z_OK && rc != Z_STREAM_END) {
            inflateEnd(&zs);
            throw std::runtime_error("gunzip: corrupt or truncated gzip data");
        }
        out.append(buf, int(sizeof buf - zs.avail_out));
        if (rc == Z_OK && zs.avail_in == 0 && zs.avail_out != 0) {
            inflateEnd(&zs);
            throw std::runtime_error("gunzip: truncated gzip data");
        }
    }
    inflateEnd(&zs);
    return out;
}

namespace {

/// The checkpoint next to the project: which chunks of which content are on the platform.
struct Checkpoint {
    QString path;
    QString businessUnitId, weekDate, contentHash, scheduleId;
    std::set<int> doneChunks;

    void load()
    {
        QFile f(path);
        if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
            return;
        try {
            const json j = json::parse(f.readAll().toStdString());
            businessUnitId = str(j, "businessUnitId");
            weekDate = str(j, "weekDate");
            contentHash = str(j, "contentHash");
            scheduleId = str(j, "scheduleId");
            for (const auto &c : j.value("doneChunks", json::array()))
                doneChunks.insert(c.get<int>());
        } catch (const std::exception &) {
            *this = Checkpoint{path, {}, {}, {}, {}, {}}; // unreadable: start over (publishing is idempotent)
        }
    }
    void save() const
    {
        if (path.isEmpty())
            return;
        json j = {{"format", 1},
                  {"businessUnitId", businessUnitId.toStdString()},
                  {"weekDate", weekDate.toStdString()},
                  {"contentHash", contentHash.toStdString()},
                  {"scheduleId", scheduleId.toStdString()},
                  {"doneChunks", json(std::vector<int>(doneChunks.begin(), doneChunks.end()))}};
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw PlatformError(QStringLiteral("cannot write the sync checkpoint %1: %2").arg(path, f.errorString()));
        f.write(QByteArray::fromStdString(j.dump(1)));
        if (!f.commit())
            throw PlatformError(QStringLiteral("cannot write the sync checkpoint %1: %2").arg(path, f.errorString()));
    }
};

json shiftJson(const ScheduledShift &s)
{
    json acts = json::array();
    for (const auto &x : s.activities)
        acts.push_back({{"startDate", iso(x.start)},
                        {"lengthMinutes", x.lengthMinutes},
                        {"description", x.description.toStdString()},
                        {"activityCodeId", x.activityCodeId.toStdString()},
                        {"paid", x.paid}});
    return {{"startDate", iso(s.start)}, {"lengthMinutes", s.lengthMinutes}, {"activities", acts}};
}

/// A UTC instant as "yyyy-MM-ddTHH:mm:ssZ": the canonical "…Z" forms without parsing (fast),
/// anything else (offsets) through QDateTime.
std::string utcKey(const std::string &s)
{
    auto digit = [&](std::size_t i) { return i < s.size() && s[i] >= '0' && s[i] <= '9'; };
    const bool canonical = s.size() >= 20 && s.back() == 'Z' && s[4] == '-' && s[7] == '-' && s[10] == 'T' &&
                           s[13] == ':' && s[16] == ':' && digit(0) && digit(17) && digit(18) &&
                           (s.size() == 20 || s[19] == '.');
    if (canonical)
        return s.substr(0, 19) + 'Z';
    return QDateTime::fromString(QString::fromStdString(s), Qt::ISODateWithMs).toUTC().toString(Qt::ISODate).toStdString();
}

/// Comparable form of a shift (start, length, activities) for platform and local shifts alike.
std::string shiftSignature(const json &shift)
{
    std::string sig = utcKey(shift.value("startDate", std::string()));
    sig += '/' + std::to_string(shift.value("lengthMinutes", 0));
    std::vector<std::string> acts;
    for (const auto &x : shift.value("activities", json::array()))
        acts.push_back(utcKey(x.value("startDate", std::string())) + '+' + std::to_string(x.value("lengthMinutes", 0)) + '@' +
                       x.value("activityCodeId", std::string()));
    std::sort(acts.begin(), acts.end());
    for (const auto &a : acts)
        sig += '|' + a;
    return sig;
}

struct Chunk {
    QString managementUnitId;
    std::vector<const AgentWeek *> agents;
};

class Publisher
{
public:
    Publisher(GenesysClient &c, const ScheduleWeek &w, const PublishOptions &o, const std::atomic_bool *cancel,
              NotificationChannel *channel)
        : m_client(c), m_week(w), m_opt(o), m_cancel(cancel), m_channel(channel)
    {
        m_weekPath = WfmApi::buPath(w.businessUnitId) + QStringLiteral("/weeks/") + w.weekDate.toString(Qt::ISODate) +
                     QStringLiteral("/schedules");
    }

    QString ensureSchedule(const QString &knownId)
    {
        const std::string desc = publishedDescription(m_week).toStdString();
        auto find = [&]() -> std::vector<json> {
            std::vector<json> found;
            for (const auto &e : m_client.getJson(m_weekPath).value("entities", json::array()))
                if (e.value("description", std::string()) == desc && e.value("weekDate", std::string()) ==
                                                                          m_week.weekDate.toString(Qt::ISODate).toStdString())
                    found.push_back(e);
            return found;
        };
        auto existing = find();
        for (const auto &e : existing)
            if (str(e, "id") == knownId)
                return knownId;
        if (!existing.empty())
            return str(existing.front(), "id");
        const json created = m_client.postJson(m_weekPath, {{"description", desc}, {"weekCount", 1}});
        const QString id = str(created, "id");
        if (id.isEmpty())
            throw PlatformError(QStringLiteral("creating the schedule returned no id"));
        // A create retried after a lost answer may have made two: keep the one we were given.
        for (const auto &e : find())
            if (str(e, "id") != id) {
                ApiRequest del;
                del.method = "DELETE";
                del.path = m_weekPath + QLatin1Char('/') + str(e, "id");
                m_client.send(del);
            }
        return id;
    }

    int version(const QString &scheduleId)
    {
        const json m = m_client.getJson(m_weekPath + QLatin1Char('/') + scheduleId);
        return m.value("metadata", json::object()).value("version", 0);
    }

    /// Current shifts of the chunk's agents on the platform, keyed by user id.
    std::map<QString, std::vector<json>> currentShifts(const QString &scheduleId, const Chunk &chunk)
    {
        json ids = json::array();
        for (const auto *a : chunk.agents)
            ids.push_back(a->userId.toStdString());
        const json reply = m_client.postJson(m_weekPath + QLatin1Char('/') + scheduleId + QStringLiteral("/agentschedules/query"),
                                             {{"managementUnitId", chunk.managementUnitId.toStdString()}, {"userIds", ids}});
        if (str(reply, "status") == QLatin1String("Processing") && !reply.contains("result") && !reply.contains("downloadUrl"))
            throw PlatformError(QStringLiteral("agent schedule query answered asynchronously (operation %1); "
                                               "this client needs an inline or downloadUrl answer")
                                    .arg(str(reply, "operationId")));
        const json result = m_client.inlineOrDownload(reply);
        std::map<QString, std::vector<json>> out;
        for (const auto &as : result.value("agentSchedules", json::array())) {
            const QString uid = str(as.value("user", json::object()), "id");
            for (const auto &s : as.value("shifts", json::array()))
                out[uid].push_back(s);
        }
        return out;
    }

    /// Runs one chunk; returns false when nothing had to change.
    struct Diff {
        nlohmann::json agentSchedules = json::array(); ///< BuUpdateAgentScheduleUploadSchema entries
        int added = 0, deleted = 0, kept = 0;
    };

    /// What the chunk's agents need on the platform: identical shifts kept, others deleted by id,
    /// missing ones added.
    Diff diffChunk(const QString &scheduleId, const Chunk &chunk)
    {
        const auto current = currentShifts(scheduleId, chunk);
        Diff d;
        for (const auto *a : chunk.agents) {
            std::multimap<std::string, json> existing;
            if (auto it = current.find(a->userId); it != current.end())
                for (const auto &s : it->second)
                    existing.emplace(shiftSignature(s), s);
            json shifts = json::array();
            for (const auto &s : a->shifts) {
                json sj = shiftJson(s);
                auto it = existing.find(shiftSignature(sj));
                if (it != existing.end()) {
                    existing.erase(it);
                    ++d.kept;
                    continue;
                }
                shifts.push_back(sj);
                ++d.added;
            }
            for (const auto &[sig, s] : existing) {
                shifts.push_back({{"id", s.value("id", std::string())}, {"delete", true}});
                ++d.deleted;
            }
            if (!shifts.empty())
                d.agentSchedules.push_back({{"userId", a->userId.toStdString()}, {"shifts", shifts}});
        }
        return d;
    }

    bool runChunk(const QString &scheduleId, const Chunk &chunk, PublishResult &res)
    {
        Diff diff = diffChunk(scheduleId, chunk);
        const json &agentSchedules = diff.agentSchedules;
        const int added = diff.added, deleted = diff.deleted, kept = diff.kept;
        res.shiftsKept += kept;
        if (agentSchedules.empty())
            return false;
        const int v = version(scheduleId);
        const json body = {{"description", publishedDescription(m_week).toStdString()},
                           {"published", m_opt.published},
                           {"metadata", {{"version", v}}},
                           {"agentSchedules", agentSchedules}};
        const QByteArray gz = gzipCompress(QByteArray::fromStdString(body.dump()));
        const QString schedPath = m_weekPath + QLatin1Char('/') + scheduleId;
        const json upload = m_client.postJson(schedPath + QStringLiteral("/update/uploadurl"),
                                              {{"contentLengthBytes", gz.size()}});
        ApiRequest put;
        put.method = "PUT";
        put.path = str(upload, "url");
        put.bearer = false;
        put.body = gz;
        put.contentType = "application/json";
        const json headers = upload.value("headers", json::object());
        for (const auto &[k, val] : headers.items())
            if (val.is_string()) {
                if (QByteArray::fromStdString(k).toLower() == "content-type")
                    put.contentType = QByteArray::fromStdString(val.get<std::string>());
                else
                    put.headers.append({QByteArray::fromStdString(k), QByteArray::fromStdString(val.get<std::string>())});
            }
        if (put.path.isEmpty() || str(upload, "uploadKey").isEmpty())
            throw PlatformError(QStringLiteral("upload URL answer without url or uploadKey"));
        m_client.send(put);
        const json op = m_client.postJson(schedPath + QStringLiteral("/update"), {{"uploadKey", upload["uploadKey"]}});
        const QString status = str(op, "status");
        if (status == QLatin1String("Error") || status == QLatin1String("Canceled"))
            throw PlatformError(QStringLiteral("schedule update operation %1 ended %2").arg(str(op, "operationId"), status));
        int newVersion = 0;
        if (status == QLatin1String("Complete") && op.contains("result") && op["result"].is_object())
            newVersion = op["result"].value("metadata", json::object()).value("version", 0);
        const std::string opId = op.value("operationId", std::string());
        QElapsedTimer waited;
        waited.start();
        for (int round = 1; newVersion <= v; ++round) {
            if (waited.elapsed() > m_opt.operationTimeoutMs)
                throw PlatformError(QStringLiteral("schedule update operation %1 did not finish within %2 s")
                                        .arg(str(op, "operationId"))
                                        .arg(m_opt.operationTimeoutMs / 1000.0));
            if (m_cancel && m_cancel->load())
                throw SyncCancelled();
            if (m_channel) {
                m_channel->pump(m_opt.pollIntervalMs);
                const auto event = m_channel->take([&](const json &b) { return b.value("operationId", std::string()) == opId; });
                if (event) {
                    const json body = event->value("eventBody", json::object());
                    const std::string st = body.value("status", std::string());
                    if (st == "Error" || st == "Canceled")
                        throw PlatformError(QStringLiteral("schedule update operation %1 ended %2 (notification)")
                                                .arg(QString::fromStdString(opId), QString::fromStdString(st)));
                    if (st == "Complete") {
                        newVersion = body.value("result", json::object()).value("metadata", json::object()).value("version", 0);
                        if (newVersion <= v)
                            newVersion = version(scheduleId);
                        continue;
                    }
                }
                if (round % 4 != 0) // the channel may miss events while it reconnects: poll now and then
                    continue;
            } else {
                for (int slept = 0; slept < m_opt.pollIntervalMs; slept += 20) {
                    if (m_cancel && m_cancel->load())
                        throw SyncCancelled();
                    QThread::msleep(20);
                }
            }
            newVersion = version(scheduleId);
        }
        res.version = newVersion;
        res.shiftsAdded += added;
        res.shiftsDeleted += deleted;
        return true;
    }

    GenesysClient &m_client;
    const ScheduleWeek &m_week;
    PublishOptions m_opt;
    const std::atomic_bool *m_cancel;
    NotificationChannel *m_channel;
    QString m_weekPath;
};

} // namespace

PublishResult publishScheduleWeek(GenesysClient &client, const ScheduleWeek &week, const PublishOptions &options,
                                  const std::function<void(double, const QString &)> &progress,
                                  const std::atomic_bool *cancel)
{
    auto report = [&](double f, const QString &m) {
        if (progress)
            progress(f, m);
    };
    // Chunks: agents sorted by (MU, user id), at most chunkSize per chunk, one MU per chunk.
    std::vector<const AgentWeek *> sorted;
    for (const auto &a : week.agents) {
        if (a.managementUnitId.isEmpty())
            throw InputError(QString(), 0, QStringLiteral("managementUnitId"),
                             QStringLiteral("agent %1 has no management unit (run the dry run first)").arg(a.userId));
        sorted.push_back(&a);
    }
    std::sort(sorted.begin(), sorted.end(), [](const auto *x, const auto *y) {
        return std::tie(x->managementUnitId, x->userId) < std::tie(y->managementUnitId, y->userId);
    });
    std::vector<Chunk> chunks;
    for (const auto *a : sorted) {
        if (chunks.empty() || chunks.back().managementUnitId != a->managementUnitId ||
            int(chunks.back().agents.size()) >= std::max(1, options.chunkSize))
            chunks.push_back({a->managementUnitId, {}});
        chunks.back().agents.push_back(a);
    }

    Checkpoint cp;
    cp.path = options.checkpointPath;
    cp.load();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(QByteArray::fromStdString(scheduleWeekToJson(week).dump()) + QByteArray::number(options.chunkSize),
                                 QCryptographicHash::Sha256)
            .toHex());
    if (cp.businessUnitId != week.businessUnitId || cp.weekDate != week.weekDate.toString(Qt::ISODate)) {
        cp.scheduleId.clear();
        cp.doneChunks.clear();
    }
    if (cp.contentHash != hash)
        cp.doneChunks.clear();
    cp.businessUnitId = week.businessUnitId;
    cp.weekDate = week.weekDate.toString(Qt::ISODate);
    cp.contentHash = hash;

    PublishResult res;
    std::unique_ptr<NotificationChannel> channel;
    if (options.useNotifications) {
        const QString topic = QStringLiteral("v2.workforcemanagement.businessunits.%1.schedules").arg(week.businessUnitId);
        try {
            channel = std::make_unique<NotificationChannel>(client);
            const QStringList rejected = channel->open({topic});
            if (!rejected.isEmpty())
                throw PlatformError(QStringLiteral("topic %1 was rejected").arg(rejected.join(QStringLiteral(", "))));
            res.notifications = true;
        } catch (const SyncCancelled &) {
            throw;
        } catch (const std::exception &e) {
            channel.reset();
            report(0.0, QStringLiteral("notifications unavailable (%1); following operations by polling")
                            .arg(QString::fromUtf8(e.what())));
        }
    }
    Publisher pub(client, week, options, cancel, channel.get());
    res.chunks = int(chunks.size());
    report(0.0, QStringLiteral("finding the schedule of the week %1").arg(cp.weekDate));
    res.scheduleId = pub.ensureSchedule(cp.scheduleId);
    if (res.scheduleId != cp.scheduleId) {
        cp.scheduleId = res.scheduleId;
        cp.doneChunks.clear();
    }
    cp.save();
    int ranThisRun = 0;
    for (int i = 0; i < int(chunks.size()); ++i) {
        if (cancel && cancel->load())
            throw SyncCancelled();
        if (cp.doneChunks.count(i)) {
            ++res.chunksResumed;
            continue;
        }
        if (options.stopAfterChunks >= 0 && ranThisRun >= options.stopAfterChunks)
            throw PlatformError(QStringLiteral("publish stopped after %1 chunk(s) (test hook)").arg(ranThisRun));
        report(double(i) / double(chunks.size()),
               QStringLiteral("chunk %1 of %2: %3 agents of management unit %4")
                   .arg(i + 1).arg(chunks.size()).arg(chunks[i].agents.size()).arg(chunks[i].managementUnitId));
        for (int attempt = 1;; ++attempt) {
            try {
                if (!pub.runChunk(res.scheduleId, chunks[i], res))
                    ++res.chunksUnchanged;
                break;
            } catch (const PlatformError &e) {
                const bool retryable = e.status() == 409 || e.status() == 0;
                if (!retryable || attempt >= std::max(1, options.chunkAttempts))
                    throw;
                ++res.chunksRedone;
                report(double(i) / double(chunks.size()),
                       QStringLiteral("chunk %1: %2; redoing it").arg(i + 1).arg(QString::fromUtf8(e.what())));
            }
        }
        cp.doneChunks.insert(i);
        cp.save();
        ++ranThisRun;
    }
    if (options.verify) {
        report(0.99, QStringLiteral("verifying: reading every chunk back"));
        res.verified = true;
        for (const auto &chunk : chunks) {
            const auto d = pub.diffChunk(res.scheduleId, chunk);
            res.verifyMismatches += d.added + d.deleted;
        }
        if (res.verifyMismatches > 0)
            throw PlatformError(QStringLiteral("verification found %1 shift(s) missing or extra on the platform; "
                                               "publish again to repair (it only sends the difference)")
                                    .arg(res.verifyMismatches));
    }
    if (res.version == 0)
        res.version = pub.version(res.scheduleId);
    report(1.0, QStringLiteral("published: %1 shifts added, %2 deleted, %3 unchanged")
                    .arg(res.shiftsAdded).arg(res.shiftsDeleted).arg(res.shiftsKept));
    return res;
}

} // namespace tessera

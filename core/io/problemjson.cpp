// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/problemjson.h"

#include "core/error.h"
#include "core/io/jsonreader.h"
#include "core/io/rosterjson.h"

#include <QFile>
#include <QSaveFile>

#include <array>
#include <cmath>
#include <map>

using nlohmann::json;

namespace tessera {

namespace {

using io::Reader;

json numberOrNull(double v)
{
    return std::isfinite(v) ? json(v) : json(nullptr);
}

/// The category under which uncategorised shrinkage is written when there are categories.
constexpr const char *kOtherShrinkage = "other";

/// "shrinkage": a number (fraction), or a list of {category, value} / {category, byDay: [7,
/// Sunday first]} / {category, byInterval: [...]}. Needs the grid of p (start, zone, intervals).
void readShrinkage(const Reader &r, const Project &p, StaffingParams &staffing)
{
    if (!r.has("shrinkage"))
        return; // keep what the problem level (or the default) says
    staffing.shrinkage = 0.0;
    staffing.shrinkageCategories.clear();
    if (r.raw("shrinkage").is_number()) {
        staffing.shrinkage = r.number("shrinkage");
        if (!(staffing.shrinkage >= 0 && staffing.shrinkage < 1))
            r.fail(QStringLiteral("shrinkage"), Tr::tr("%1 is outside [0, 1)").arg(staffing.shrinkage));
        return;
    }
    const json &list = r.array("shrinkage");
    const int T = p.intervalCount();
    const IntervalGrid grid = p.grid();
    for (size_t i = 0; i < list.size(); ++i) {
        const Reader e = r.element("shrinkage", i);
        ShrinkageCategory c;
        c.category = e.string("category");
        auto check = [&](double v, const QString &key) {
            if (!(v >= 0 && v < 1))
                e.fail(key, Tr::tr("%1 is outside [0, 1)").arg(v));
            return v;
        };
        if (e.has("byDay")) {
            const json &days = e.array("byDay");
            if (days.size() != 7)
                e.fail(QStringLiteral("byDay"), Tr::tr("needs 7 values, Sunday first; found %1").arg(days.size()));
            std::array<double, 7> byDay{};
            for (size_t d = 0; d < 7; ++d) {
                if (!days[d].is_number())
                    e.fail(QStringLiteral("byDay[%1]").arg(d), Tr::tr("expected a number"));
                byDay[d] = check(days[d].get<double>(), QStringLiteral("byDay[%1]").arg(d));
            }
            for (int t = 0; t < T; ++t)
                c.byInterval.push_back(byDay[grid.intervalStart(t).toTimeZone(grid.timeZone()).date().dayOfWeek() % 7]);
        } else if (e.has("byInterval")) {
            const json &v = e.array("byInterval");
            if (int(v.size()) != T)
                e.fail(QStringLiteral("byInterval"), Tr::tr("has %1 values for %2 intervals").arg(v.size()).arg(T));
            for (size_t t = 0; t < v.size(); ++t) {
                if (!v[t].is_number())
                    e.fail(QStringLiteral("byInterval[%1]").arg(t), Tr::tr("expected a number"));
                c.byInterval.push_back(check(v[t].get<double>(), QStringLiteral("byInterval[%1]").arg(t)));
            }
        } else {
            c.value = check(e.number("value"), QStringLiteral("value"));
            if (c.category == QLatin1String(kOtherShrinkage)) { // the uncategorised part
                staffing.shrinkage += c.value;
                continue;
            }
        }
        staffing.shrinkageCategories.push_back(std::move(c));
    }
}

const char *channelName(Channel c)
{
    switch (c) {
    case Channel::Chat: return "chat";
    case Channel::Email: return "email";
    case Channel::Voice: break;
    }
    return "voice";
}

/// Staffing keys of a PROBLEM.json object (the problem itself or one of "queues"); a key that is
/// absent keeps the value st already has (the problem level's, for a queue).
void readStaffing(const Reader &r, const Project &p, StaffingParams &st)
{
    if (r.has("serviceLevel")) {
        const Reader sl = r.child("serviceLevel");
        st.serviceLevelTarget = sl.number("target", st.serviceLevelTarget);
        st.serviceLevelSeconds = sl.number("seconds", st.serviceLevelSeconds);
        if (!(st.serviceLevelTarget >= 0 && st.serviceLevelTarget < 1)) // 0: no SL target
            sl.fail(QStringLiteral("target"), Tr::tr("%1 is outside (0, 1)").arg(st.serviceLevelTarget));
        if (st.serviceLevelSeconds < 0)
            sl.fail(QStringLiteral("seconds"), Tr::tr("must be >= 0"));
        const QString def = sl.string("definition", st.slDefinition == staffing::SlDefinition::Answered ? QStringLiteral("answered") : QStringLiteral("offered"));
        if (def == QLatin1String("offered"))
            st.slDefinition = staffing::SlDefinition::Offered;
        else if (def == QLatin1String("answered"))
            st.slDefinition = staffing::SlDefinition::Answered;
        else
            sl.fail(QStringLiteral("definition"), Tr::tr("'%1' is not \"offered\" or \"answered\"").arg(def));
    }
    const QString model = r.string("staffingModel", st.model == StaffingModel::ErlangA ? QStringLiteral("erlangA") : QStringLiteral("erlangC"));
    if (model == QLatin1String("erlangC"))
        st.model = StaffingModel::ErlangC;
    else if (model == QLatin1String("erlangA"))
        st.model = StaffingModel::ErlangA;
    else
        r.fail(QStringLiteral("staffingModel"), Tr::tr("'%1' is not \"erlangC\" or \"erlangA\"").arg(model));
    st.patienceSeconds = r.number("patienceSeconds", st.patienceSeconds);
    if (st.model == StaffingModel::ErlangA && !(st.patienceSeconds > 0))
        r.fail(QStringLiteral("patienceSeconds"), Tr::tr("Erlang A needs a mean patience > 0 s"));
    st.maxAbandonment = r.number("maxAbandonment", st.maxAbandonment);
    if (!(st.maxAbandonment >= 0 && st.maxAbandonment < 1))
        r.fail(QStringLiteral("maxAbandonment"), Tr::tr("%1 is outside [0, 1)").arg(st.maxAbandonment));
    readShrinkage(r, p, st);
    st.maxOccupancy = r.number("maxOccupancy", st.maxOccupancy);
    if (!(st.maxOccupancy > 0 && st.maxOccupancy <= 1))
        r.fail(QStringLiteral("maxOccupancy"), Tr::tr("%1 is outside (0, 1]").arg(st.maxOccupancy));
    st.asaSeconds = r.number("asaSeconds", st.asaSeconds);
    if (st.asaSeconds < 0)
        r.fail(QStringLiteral("asaSeconds"), Tr::tr("%1 is negative").arg(st.asaSeconds));
    const QString channel = r.string("channel", QString::fromLatin1(channelName(st.channel)));
    if (channel == QLatin1String("voice"))
        st.channel = Channel::Voice;
    else if (channel == QLatin1String("chat"))
        st.channel = Channel::Chat;
    else if (channel == QLatin1String("email"))
        st.channel = Channel::Email;
    else
        r.fail(QStringLiteral("channel"), Tr::tr("'%1' is not \"voice\", \"chat\" or \"email\"").arg(channel));
    st.concurrency = r.integer("concurrency", st.concurrency);
    if (st.concurrency < 1)
        r.fail(QStringLiteral("concurrency"), Tr::tr("%1 chats per agent; at least 1").arg(st.concurrency));
    st.deadlineMinutes = r.number("deadlineMinutes", st.deadlineMinutes);
    if (st.channel == Channel::Email && !(st.deadlineMinutes > 0))
        r.fail(QStringLiteral("deadlineMinutes"), Tr::tr("an email queue needs a response deadline > 0"));
}

/// "queues": [{"name", …staffing keys}] — targets of the queues named by forecast entries.
void readQueues(const Reader &r, Project &p)
{
    for (Queue &q : p.moreQueues)
        q.staffing = p.staffing; // the problem level is every queue's default
    if (!r.has("queues"))
        return;
    const json &list = r.array("queues");
    for (size_t i = 0; i < list.size(); ++i) {
        const Reader e = r.element("queues", i);
        const QString name = e.string("name");
        if (name == p.queueName) {
            readStaffing(e, p, p.staffing);
            continue;
        }
        const auto it = std::find_if(p.moreQueues.begin(), p.moreQueues.end(), [&](const Queue &q) { return q.name == name; });
        if (it == p.moreQueues.end())
            e.fail(QStringLiteral("name"), Tr::tr("no forecast entry belongs to queue '%1'").arg(name));
        readStaffing(e, p, it->staffing);
    }
}

/// The staffing keys of a problem or queue object.
void writeStaffing(json &j, const StaffingParams &st)
{
    j["serviceLevel"] = {{"target", st.serviceLevelTarget},
                         {"seconds", st.serviceLevelSeconds},
                         {"definition", st.slDefinition == staffing::SlDefinition::Answered ? "answered" : "offered"}};
    j["staffingModel"] = st.model == StaffingModel::ErlangA ? "erlangA" : "erlangC";
    if (st.patienceSeconds > 0)
        j["patienceSeconds"] = st.patienceSeconds;
    if (st.maxAbandonment > 0)
        j["maxAbandonment"] = st.maxAbandonment;
    if (st.shrinkageCategories.empty()) {
        j["shrinkage"] = st.shrinkage;
    } else {
        json cats = json::array();
        if (st.shrinkage > 0)
            cats.push_back({{"category", kOtherShrinkage}, {"value", st.shrinkage}});
        for (const ShrinkageCategory &c : st.shrinkageCategories) {
            json e{{"category", c.category.toStdString()}};
            if (c.byInterval.empty())
                e["value"] = c.value;
            else
                e["byInterval"] = c.byInterval;
            cats.push_back(e);
        }
        j["shrinkage"] = cats;
    }
    j["maxOccupancy"] = st.maxOccupancy;
    if (st.asaSeconds > 0)
        j["asaSeconds"] = st.asaSeconds;
    j["channel"] = channelName(st.channel);
    if (st.channel == Channel::Chat)
        j["concurrency"] = st.concurrency;
    if (st.channel == Channel::Email)
        j["deadlineMinutes"] = st.deadlineMinutes;
}

} // namespace

json staffingToJson(const StaffingParams &s)
{
    json j = json::object();
    writeStaffing(j, s);
    return j;
}

StaffingParams staffingFromJson(const json &j, const Project &p, const StaffingParams &defaults, const QString &fileLabel,
                                const QString &path)
{
    StaffingParams s = defaults;
    readStaffing(Reader(j, fileLabel, path), p, s);
    return s;
}

namespace {

json weekdaysToJson(const std::vector<int> &days)
{
    json a = json::array();
    for (int d : days)
        a.push_back(weekdayName(d).toStdString());
    return a;
}

std::vector<int> weekdaysFromJson(const Reader &r, const char *key, std::vector<int> def)
{
    if (!r.has(key))
        return def;
    const json &a = r.array(key);
    std::vector<int> out;
    for (size_t i = 0; i < a.size(); ++i) {
        const int d = a[i].is_string() ? weekdayFromName(QString::fromStdString(a[i].get<std::string>())) : -1;
        if (d < 0)
            r.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), Tr::tr("expected a weekday \"Mon\" … \"Sun\""));
        out.push_back(d);
    }
    return out;
}

int clockFromJson(const Reader &r, const char *key, std::optional<int> def = std::nullopt)
{
    if (!r.has(key) && def)
        return *def;
    const QString text = r.string(key);
    const int m = clockToMinutes(text);
    if (m < 0)
        r.fail(QString::fromLatin1(key), Tr::tr("'%1' is not a time of day HH:mm").arg(text));
    return m;
}

QStringList stringsFromJson(const Reader &r, const char *key)
{
    QStringList out;
    if (!r.has(key))
        return out;
    const json &a = r.array(key);
    for (size_t i = 0; i < a.size(); ++i) {
        if (!a[i].is_string())
            r.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), Tr::tr("expected a string"));
        out << QString::fromStdString(a[i].get<std::string>());
    }
    return out;
}

json stringsToJson(const QStringList &l)
{
    json a = json::array();
    for (const QString &s : l)
        a.push_back(s.toStdString());
    return a;
}

std::vector<double> demandFromJson(const Reader &r, const char *key)
{
    if (!r.has(key))
        r.fail(QString::fromLatin1(key), Tr::tr("missing; required agents per interval are required"));
    const json &d = r.array(key);
    std::vector<double> out;
    for (size_t i = 0; i < d.size(); ++i) {
        if (!d[i].is_number() || d[i].get<double>() < 0)
            r.fail(QStringLiteral("%1[%2]").arg(QLatin1String(key)).arg(i), Tr::tr("expected a number >= 0"));
        out.push_back(d[i].get<double>());
    }
    return out;
}

} // namespace

json templateToJson(const ShiftTemplate &t)
{
    json j{{"id", t.id.toStdString()},
           {"earliestStart", minutesToClock(t.earliestStartMinutes).toStdString()},
           {"latestStart", minutesToClock(t.latestStartMinutes).toStdString()},
           {"startIncrement", t.startIncrementMinutes},
           {"lengths", t.lengthsMinutes},
           {"costPerPaidHour", t.costPerPaidHour},
           {"eveningPremium", t.eveningPremium},
           {"weekendPremium", t.weekendPremium},
           {"eveningFrom", minutesToClock(t.eveningFromMinutes).toStdString()},
           {"eveningTo", minutesToClock(t.eveningToMinutes).toStdString()},
           {"weekendDays", weekdaysToJson(t.weekendDays)},
           {"maxPerDay", t.maxPerDay}};
    if (!t.days.empty())
        j["days"] = weekdaysToJson(t.days);
    if (!t.groups.isEmpty())
        j["groups"] = stringsToJson(t.groups);
    json bs = json::array();
    for (const BreakRule &b : t.breaks)
        bs.push_back({{"duration", b.durationMinutes}, {"paid", b.paid}, {"earliestStart", b.earliestStartMinutes},
                      {"latestStart", b.latestStartMinutes}, {"minGap", b.minGapMinutes}, {"minShiftLength", b.minShiftMinutes}});
    j["breaks"] = bs;
    return j;
}

ShiftTemplate templateFromJson(const json &j, const QString &fileLabel, const QString &path)
{
    const Reader r(j, fileLabel, path);
    ShiftTemplate t;
    t.id = r.string("id");
    t.days = weekdaysFromJson(r, "days", {});
    t.earliestStartMinutes = clockFromJson(r, "earliestStart");
    t.latestStartMinutes = clockFromJson(r, "latestStart", t.earliestStartMinutes);
    t.startIncrementMinutes = r.integer("startIncrement", 15);
    if (!r.has("lengths"))
        r.fail(QStringLiteral("lengths"), Tr::tr("missing; a list of shift lengths (minutes) is required"));
    const json &lengths = r.array("lengths");
    for (size_t i = 0; i < lengths.size(); ++i) {
        if (!lengths[i].is_number_integer())
            r.fail(QStringLiteral("lengths[%1]").arg(i), Tr::tr("expected minutes (an integer)"));
        t.lengthsMinutes.push_back(lengths[i].get<int>());
    }
    if (r.has("breaks")) {
        const json &bs = r.array("breaks");
        for (size_t i = 0; i < bs.size(); ++i) {
            const Reader b = r.element("breaks", i);
            BreakRule rule;
            rule.durationMinutes = b.integer("duration");
            rule.paid = b.boolean("paid", false);
            rule.earliestStartMinutes = b.integer("earliestStart");
            rule.latestStartMinutes = b.integer("latestStart", rule.earliestStartMinutes);
            rule.minGapMinutes = b.integer("minGap", 0);
            rule.minShiftMinutes = b.integer("minShiftLength", 0);
            t.breaks.push_back(rule);
        }
    }
    t.costPerPaidHour = r.number("costPerPaidHour", 1.0);
    t.eveningPremium = r.number("eveningPremium", 0.0);
    t.weekendPremium = r.number("weekendPremium", 0.0);
    t.eveningFromMinutes = clockFromJson(r, "eveningFrom", t.eveningFromMinutes);
    t.eveningToMinutes = clockFromJson(r, "eveningTo", t.eveningToMinutes);
    t.weekendDays = weekdaysFromJson(r, "weekendDays", t.weekendDays);
    t.maxPerDay = r.integer("maxPerDay", -1);
    t.groups = stringsFromJson(r, "groups");
    return t;
}

json groupToJson(const AgentGroup &g)
{
    return {{"name", g.name.toStdString()}, {"skills", stringsToJson(g.skills)}, {"maxHeadcount", g.maxHeadcount}};
}

AgentGroup groupFromJson(const json &j, const QString &fileLabel, const QString &path)
{
    const Reader r(j, fileLabel, path);
    return {r.string("name"), stringsFromJson(r, "skills"), r.integer("maxHeadcount", 0)};
}

Project projectFromJson(const json &j, const QString &fileLabel)
{
    const Reader r(j, fileLabel, QString());
    Project p;
    p.name = r.string("name", QString());
    p.timeZone = r.string("timeZone", QStringLiteral("UTC")).toUtf8();
    if (!QTimeZone(p.timeZone).isValid())
        r.fail(QStringLiteral("timeZone"), Tr::tr("'%1' is not an IANA time zone").arg(QString::fromUtf8(p.timeZone)));
    if (r.has("start"))
        p.start = IntervalGrid::parseLocal(r.string("start"), QTimeZone(p.timeZone), fileLabel, 0, QStringLiteral("start"));
    p.intervalMinutes = r.integer("intervalMinutes");
    if (p.intervalMinutes <= 0 || 1440 % p.intervalMinutes != 0)
        r.fail(QStringLiteral("intervalMinutes"), Tr::tr("%1 does not divide a day").arg(p.intervalMinutes));
    p.cyclic = r.boolean("cyclic", false);

    if (r.has("demand")) {
        const json &d = r.array("demand");
        for (size_t i = 0; i < d.size(); ++i) {
            if (!d[i].is_number() || d[i].get<double>() < 0)
                r.fail(QStringLiteral("demand[%1]").arg(i), Tr::tr("expected a number >= 0"));
            p.demand.push_back(d[i].get<double>());
        }
    }
    if (r.has("forecast")) {
        // Entries belong to the queue they name ("queue"; the first queue when absent) and to
        // interval "interval" (default: the next interval of that queue).
        const json &f = r.array("forecast");
        std::vector<std::pair<QString, std::map<int, ForecastInterval>>> byQueue;
        for (size_t i = 0; i < f.size(); ++i) {
            const Reader e = r.element("forecast", i);
            ForecastInterval fi;
            fi.offered = e.number("offered");
            if (fi.offered < 0)
                e.fail(QStringLiteral("offered"), Tr::tr("%1 is negative; offered contacts must be >= 0").arg(fi.offered));
            fi.ahtSeconds = e.number("ahtSeconds");
            if (fi.ahtSeconds < 0 || (fi.offered > 0 && fi.ahtSeconds <= 0))
                e.fail(QStringLiteral("ahtSeconds"), Tr::tr("AHT must be > 0 when contacts are offered"));
            if (e.has("observedBusy"))
                fi.observedBusy = e.number("observedBusy");
            const QString queue = e.string("queue", byQueue.empty() ? QString() : byQueue.front().first);
            auto it = std::find_if(byQueue.begin(), byQueue.end(), [&](const auto &q) { return q.first == queue; });
            if (it == byQueue.end()) {
                byQueue.push_back({queue, {}});
                it = byQueue.end() - 1;
            }
            const int interval = e.integer("interval", it->second.empty() ? 0 : it->second.rbegin()->first + 1);
            if (interval < 0)
                e.fail(QStringLiteral("interval"), Tr::tr("%1 is negative").arg(interval));
            if (!it->second.emplace(interval, fi).second)
                e.fail(QStringLiteral("interval"), Tr::tr("queue '%1' already has interval %2").arg(queue).arg(interval));
        }
        for (size_t k = 0; k < byQueue.size(); ++k) {
            const auto &[name, entries] = byQueue[k];
            std::vector<ForecastInterval> series;
            for (const auto &[t, fi] : entries) {
                if (t != int(series.size()))
                    r.fail(QStringLiteral("forecast"), Tr::tr("queue '%1' has no entry for interval %2").arg(name).arg(series.size()));
                series.push_back(fi);
            }
            if (k == 0) {
                p.queueName = name;
                p.forecast = std::move(series);
            } else {
                if (series.size() != p.forecast.size())
                    r.fail(QStringLiteral("forecast"), Tr::tr("queue '%1' has %2 intervals, queue '%3' %4")
                                                           .arg(name).arg(series.size()).arg(p.queueName).arg(p.forecast.size()));
                p.moreQueues.push_back(Queue{name, {}, std::move(series)});
            }
        }
    }
    if (r.has("skills")) {
        const json &list = r.array("skills");
        for (size_t i = 0; i < list.size(); ++i) {
            const Reader e = r.element("skills", i);
            p.skills.push_back({e.string("name"), demandFromJson(e, "demand")});
        }
        // The total requirement sets the horizon (and the explicit catalog's demand) when absent.
        if (p.demand.empty() && p.forecast.empty() && !p.skills.empty()) {
            p.demand.assign(p.skills.front().demand.size(), 0.0);
            for (const Skill &sk : p.skills)
                for (size_t t = 0; t < sk.demand.size() && t < p.demand.size(); ++t)
                    p.demand[t] += sk.demand[t];
        }
    }
    if (p.demand.empty() && p.forecast.empty())
        r.fail(QStringLiteral("demand"), Tr::tr("either 'demand', 'forecast' or 'skills' is required"));
    if (!p.demand.empty() && !p.forecast.empty() && p.demand.size() != p.forecast.size())
        r.fail(QStringLiteral("demand"), Tr::tr("has %1 intervals but 'forecast' has %2").arg(p.demand.size()).arg(p.forecast.size()));
    p.staffing.shrinkage = 0.0; // PROBLEM.json's default, unlike a new project's 30 %
    readStaffing(r, p, p.staffing);
    readQueues(r, p);

    if (r.has("templates")) {
        const json &list = r.array("templates");
        for (size_t i = 0; i < list.size(); ++i)
            p.templates.push_back(templateFromJson(list[i], fileLabel, QStringLiteral("templates[%1]").arg(i)));
    }
    if (r.has("groups")) {
        const json &list = r.array("groups");
        for (size_t i = 0; i < list.size(); ++i)
            p.groups.push_back(groupFromJson(list[i], fileLabel, QStringLiteral("groups[%1]").arg(i)));
    }
    if (!r.has("shifts") && p.templates.empty())
        r.fail(QStringLiteral("shifts"), Tr::tr("missing; a shift catalog or 'templates' is required"));
    static const json noShifts = json::array();
    const json &shifts = r.has("shifts") ? r.array("shifts") : noShifts;
    for (size_t i = 0; i < shifts.size(); ++i) {
        const Reader e = r.element("shifts", i);
        Shift s;
        s.id = e.has("id") && e.raw("id").is_number_integer() ? QString::number(e.integer("id")) : e.string("id");
        s.start = e.integer("start");
        s.end = e.integer("end");
        s.cost = e.number("cost", 1.0);
        s.max = e.integer("max", -1);
        s.partTime = e.boolean("partTime", false);
        if (e.has("breaks")) {
            const json &bs = e.array("breaks");
            for (size_t k = 0; k < bs.size(); ++k) {
                const Reader b = e.element("breaks", k);
                s.breaks.push_back({b.integer("start"), b.integer("end")});
            }
        }
        p.shifts.push_back(std::move(s));
    }
    if (r.has("constraints")) {
        const Reader c = r.child("constraints");
        p.constraints.maxHeadcount = c.integer("maxHeadcount", 0);
        p.constraints.minStaffing = c.number("minStaffing", 0.0);
        p.constraints.maxPartTimeShare = c.number("maxPartTimeShare", 1.0);
    }
    if (r.has("coverage")) {
        const Reader c = r.child("coverage");
        const QString mode = c.string("mode", QStringLiteral("hard"));
        if (mode != QLatin1String("hard") && mode != QLatin1String("soft"))
            c.fail(QStringLiteral("mode"), Tr::tr("'%1' is not \"hard\" or \"soft\"").arg(mode));
        p.coverage.mode = mode == QLatin1String("soft") ? CoverageMode::Soft : CoverageMode::Hard;
        p.coverage.underPenalty = c.number("underPenalty", 100.0);
        p.coverage.overPenalty = c.number("overPenalty", 0.0);
    }
    if (r.has("solve")) {
        const Reader s = r.child("solve");
        p.solveTimeLimitSeconds = s.number("timeLimitSeconds", 60.0);
        p.solveRelativeGap = s.number("relativeGap", 0.0);
    }
    p.roster = p.rosterBase();
    if (r.has("roster"))
        p.roster = io::rosterFromJson(r.raw("roster"), p.rosterBase(), fileLabel);
    p.roster.firstWeekday = p.rosterBase().firstWeekday; // follows the start date, never the file
    // Shift indices, breaks and constraint ranges: the solver's own validation, same file label.
    try {
        p.toProblem().validate();
        if (!p.templates.empty() || !p.skills.empty() || !p.groups.empty())
            p.toTemplateProblem().validate(fileLabel);
    } catch (const InputError &e) {
        throw InputError(fileLabel, 0, e.field(), e.reason());
    }
    return p;
}

json projectToJson(const Project &p)
{
    json j;
    j["format"] = "tessera-problem";
    j["version"] = 1;
    if (!p.name.isEmpty())
        j["name"] = p.name.toStdString();
    j["timeZone"] = p.timeZone.toStdString();
    j["start"] = p.effectiveStart().toString(Qt::ISODate).toStdString();
    j["intervalMinutes"] = p.intervalMinutes;
    j["cyclic"] = p.cyclic;
    if (!p.demand.empty())
        j["demand"] = p.demand;
    if (!p.forecast.empty()) {
        const bool named = !p.queueName.isEmpty() || !p.moreQueues.empty();
        json f = json::array();
        for (int q = 0; q < p.queueCount(); ++q) {
            const Queue qu = p.queue(q);
            for (size_t t = 0; t < qu.forecast.size(); ++t) {
                const ForecastInterval &fi = qu.forecast[t];
                json e{{"offered", fi.offered}, {"ahtSeconds", fi.ahtSeconds}};
                if (!std::isnan(fi.observedBusy))
                    e["observedBusy"] = fi.observedBusy;
                if (named) {
                    e["queue"] = qu.name.toStdString();
                    e["interval"] = t;
                }
                f.push_back(e);
            }
        }
        j["forecast"] = f;
        if (!p.moreQueues.empty()) {
            json queues = json::array();
            for (const Queue &q : p.moreQueues) {
                json e{{"name", q.name.toStdString()}};
                writeStaffing(e, q.staffing);
                queues.push_back(e);
            }
            j["queues"] = queues;
        }
    }
    writeStaffing(j, p.staffing);
    json shifts = json::array();
    for (const Shift &s : p.shifts) {
        json e{{"id", s.id.toStdString()}, {"start", s.start}, {"end", s.end}, {"cost", s.cost},
               {"max", s.max},           {"partTime", s.partTime}};
        json bs = json::array();
        for (const Break &b : s.breaks)
            bs.push_back({{"start", b.start}, {"end", b.end}});
        e["breaks"] = bs;
        shifts.push_back(e);
    }
    j["shifts"] = shifts;
    if (!p.templates.empty()) {
        json a = json::array();
        for (const ShiftTemplate &t : p.templates)
            a.push_back(templateToJson(t));
        j["templates"] = a;
    }
    if (!p.skills.empty()) {
        json a = json::array();
        for (const Skill &sk : p.skills)
            a.push_back({{"name", sk.name.toStdString()}, {"demand", sk.demand}});
        j["skills"] = a;
    }
    if (!p.groups.empty()) {
        json a = json::array();
        for (const AgentGroup &g : p.groups)
            a.push_back(groupToJson(g));
        j["groups"] = a;
    }
    j["constraints"] = {{"maxHeadcount", p.constraints.maxHeadcount},
                        {"minStaffing", p.constraints.minStaffing},
                        {"maxPartTimeShare", p.constraints.maxPartTimeShare}};
    j["coverage"] = {{"mode", p.coverage.mode == CoverageMode::Soft ? "soft" : "hard"},
                     {"underPenalty", p.coverage.underPenalty},
                     {"overPenalty", p.coverage.overPenalty}};
    j["solve"] = {{"timeLimitSeconds", p.solveTimeLimitSeconds}, {"relativeGap", p.solveRelativeGap}};
    if (!p.roster.agents.empty() || !p.roster.contracts.empty() || !p.roster.rules.empty()) {
        j["roster"] = io::rosterToJson(p.roster);
        j["roster"].erase("firstWeekday"); // the project's start date decides it
    }
    return j;
}

static QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return f.readAll();
}

static json parseJson(const QByteArray &bytes, const QString &path)
{
    try {
        return json::parse(bytes.constBegin(), bytes.constEnd());
    } catch (const json::parse_error &e) {
        // nlohmann reports a byte offset; turn it into a line number.
        const int line = int(bytes.left(qsizetype(e.byte)).count('\n')) + 1;
        throw InputError(path, line, QString(), Tr::tr("not valid JSON: %1").arg(QString::fromUtf8(e.what())));
    }
}

json readJsonFile(const QString &path)
{
    return parseJson(readAll(path), path);
}

Project readProblemFile(const QString &path)
{
    return projectFromJson(readJsonFile(path), path);
}

void writeFileAtomically(const QString &path, const QByteArray &bytes)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be written: %1").arg(f.errorString()));
    f.write(bytes);
    if (!f.commit())
        throw InputError(path, 0, QString(), Tr::tr("cannot be written: %1").arg(f.errorString()));
}

void writeProblemFile(const Project &p, const QString &path)
{
    writeFileAtomically(path, QByteArray::fromStdString(projectToJson(p).dump(2)) + '\n');
}

json resultToJson(const SolveResult &r, const SchedulingProblem &problem, const std::vector<IntervalRequirement> &service)
{
    json j;
    j["format"] = "tessera-result";
    j["version"] = 1;
    j["status"] = statusName(r.status).toStdString();
    j["objective"] = numberOrNull(r.objective);
    j["bestBound"] = numberOrNull(r.bestBound);
    j["gap"] = numberOrNull(r.gap);
    j["seconds"] = r.seconds;
    json counts = json::object();
    for (size_t s = 0; s < r.shiftCounts.size() && s < r.shiftIds.size(); ++s)
        counts[r.shiftIds[s].toStdString()] = r.shiftCounts[s];
    j["shiftCounts"] = counts;
    json ivs = json::array();
    for (const IntervalCoverage &c : r.intervals) {
        json e{{"index", c.index}, {"required", c.required}, {"scheduled", c.scheduled}, {"under", c.under}, {"over", c.over}};
        if (c.index >= 0 && c.index < int(service.size())) {
            const IntervalRequirement &s = service[c.index];
            e["serviceLevel"] = numberOrNull(s.serviceLevel);
            e["asa"] = numberOrNull(s.asaSeconds);
            e["abandonment"] = numberOrNull(s.abandonment);
            e["occupancy"] = numberOrNull(s.occupancy);
        }
        ivs.push_back(e);
    }
    j["intervals"] = ivs;
    json diag = json::array();
    for (const Diagnosis &d : r.diagnosis)
        diag.push_back({{"kind", d.kind.toStdString()}, {"intervals", d.intervals}, {"message", d.message.toStdString()}});
    j["diagnosis"] = diag;
    if (r.hasSolution()) {
        const CoverageSummary s = summarize(problem, r);
        j["summary"] = {{"shiftCost", s.shiftCost},
                        {"shifts", s.shifts},
                        {"requiredAgentHours", s.requiredAgentHours},
                        {"scheduledAgentHours", s.scheduledAgentHours},
                        {"underAgentHours", s.underAgentHours},
                        {"overAgentHours", s.overAgentHours},
                        {"underPercent", s.underPercent},
                        {"overPercent", s.overPercent}};
    }
    return j;
}

SolveResult resultFromJson(const json &j, const QString &fileLabel)
{
    const Reader r(j, fileLabel, QString());
    SolveResult out;
    out.status = statusFromName(r.string("status"));
    auto num = [&](const char *k) { return r.has(k) ? r.number(k) : kNaN; };
    out.objective = num("objective");
    out.bestBound = num("bestBound");
    out.gap = num("gap");
    out.seconds = r.number("seconds", 0.0);
    if (r.has("shiftCounts")) {
        for (const auto &[id, n] : r.raw("shiftCounts").items()) {
            out.shiftIds.push_back(QString::fromStdString(id));
            out.shiftCounts.push_back(n.get<int>());
        }
    }
    if (r.has("intervals")) {
        const json &a = r.array("intervals");
        for (size_t i = 0; i < a.size(); ++i) {
            const Reader e = r.element("intervals", i);
            out.intervals.push_back({e.integer("index"), e.number("required"), e.number("scheduled"), e.number("under"),
                                     e.number("over")});
        }
    }
    if (r.has("diagnosis")) {
        const json &a = r.array("diagnosis");
        for (size_t i = 0; i < a.size(); ++i) {
            const Reader e = r.element("diagnosis", i);
            out.diagnosis.push_back({e.string("kind"), e.raw("intervals").get<std::vector<int>>(), e.string("message")});
        }
    }
    return out;
}

json templateResultToJson(const TemplateSolveResult &r, const TemplateProblem &p)
{
    // The shared keys, with a catalog of the scheduled variants so the summary prices them.
    SchedulingProblem sp;
    sp.intervalMinutes = p.grid.intervalMinutes();
    sp.cyclic = p.cyclic;
    sp.demand.assign(p.grid.count(), 0.0);
    for (const Skill &sk : p.skills)
        for (size_t t = 0; t < sk.demand.size() && t < sp.demand.size(); ++t)
            sp.demand[t] += sk.demand[t];
    const SolveResult base = toSolveResult(p, r);
    const std::vector<GeneratedShift> variants = generateShifts(p.templates, p.grid, p.cyclic);
    std::map<QString, double> cost;
    for (const GeneratedShift &v : variants)
        cost[v.shift.id] = v.shift.cost;
    json shifts = json::array();
    const auto iso = [&](int t) { return p.grid.intervalStart(t).toString(Qt::ISODate).toStdString(); };
    for (const DecodedShift &s : r.shifts) {
        json breaks = json::array();
        for (size_t k = 0; k < s.breaks.size(); ++k)
            breaks.push_back({{"start", iso(s.breaks[k].start)}, {"end", iso(s.breaks[k].end)},
                              {"startInterval", s.breaks[k].start}, {"endInterval", s.breaks[k].end},
                              {"paid", k < s.breakPaid.size() && s.breakPaid[k]}});
        shifts.push_back({{"id", s.shiftId.toStdString()}, {"template", p.templates[s.templateIndex].id.toStdString()},
                          {"group", p.groups[s.group].name.toStdString()}, {"start", iso(s.start)}, {"end", iso(s.end)},
                          {"startInterval", s.start}, {"endInterval", s.end}, {"cost", cost[s.shiftId]}, {"breaks", breaks}});
    }
    for (size_t i = 0; i < base.shiftIds.size(); ++i) {
        const QString id = base.shiftIds[i];
        const QString variant = p.groups.size() > 1 ? id.section(QLatin1Char(':'), 1) : id;
        sp.shifts.push_back(Shift{id, 0, 1, {}, cost[variant], -1, false});
    }
    json j = resultToJson(base, sp);
    j["scheduledShifts"] = shifts;
    json skills = json::array();
    for (size_t k = 0; k < r.skillCoverage.size(); ++k) {
        json ivs = json::array();
        for (const IntervalCoverage &c : r.skillCoverage[k])
            ivs.push_back({{"index", c.index}, {"required", c.required}, {"scheduled", c.scheduled}, {"under", c.under}, {"over", c.over}});
        skills.push_back({{"name", p.skills[k].name.toStdString()}, {"intervals", ivs}});
    }
    j["skills"] = skills;
    j["model"] = {{"columns", r.columns}, {"rows", r.rows}, {"nonzeros", r.nonzeros}, {"shiftVariants", r.variants},
                  {"breaks", r.breakModel.toStdString()}};
    return j;
}

void writeTemplateResultFile(const TemplateSolveResult &r, const TemplateProblem &p, const QString &path)
{
    writeFileAtomically(path, QByteArray::fromStdString(templateResultToJson(r, p).dump(2)) + '\n');
}

void writeResultFile(const SolveResult &r, const SchedulingProblem &problem, const QString &path,
                     const std::vector<IntervalRequirement> &service)
{
    writeFileAtomically(path, QByteArray::fromStdString(resultToJson(r, problem, service).dump(2)) + '\n');
}

} // namespace tessera

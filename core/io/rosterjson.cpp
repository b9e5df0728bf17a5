// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/rosterjson.h"

#include "core/io/jsonreader.h"

#include <QHash>

using nlohmann::json;

namespace tessera::io {

using namespace rostering;

namespace {

json stringsToJson(const QStringList &list)
{
    json out = json::array();
    for (const QString &s : list)
        out.push_back(s.toStdString());
    return out;
}

/// An optional array of strings (missing = empty).
QStringList stringsFromJson(const Reader &r, const char *key)
{
    QStringList out;
    if (!r.has(key))
        return out;
    for (const json &s : r.array(key)) {
        if (!s.is_string())
            r.fail(QString::fromLatin1(key), Tr::tr("expected strings"));
        out << QString::fromStdString(s.get<std::string>());
    }
    return out;
}

json breaksToJson(const std::vector<Break> &breaks)
{
    json out = json::array();
    for (const Break &b : breaks)
        out.push_back({b.start, b.end});
    return out;
}

std::vector<Break> breaksFromJson(const Reader &r, const char *key)
{
    std::vector<Break> out;
    if (!r.has(key))
        return out;
    const json &list = r.array(key);
    for (size_t i = 0; i < list.size(); ++i) {
        const json &b = list[i];
        if (!b.is_array() || b.size() != 2 || !b[0].is_number_integer() || !b[1].is_number_integer())
            r.fail(QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i), Tr::tr("expected [start, end] intervals"));
        out.push_back({b[0].get<int>(), b[1].get<int>()});
    }
    return out;
}

int nonNegative(const Reader &r, const char *key, int def = 0)
{
    const int v = r.integer(key, def);
    if (v < 0)
        r.fail(QString::fromLatin1(key), Tr::tr("must not be negative"));
    return v;
}

} // namespace

json successions(const Contract &c)
{
    json out = json::array();
    for (const auto &[first, next] : c.forbiddenSuccessions)
        out.push_back({first.toStdString(), next.toStdString()});
    return out;
}

json rosterToJson(const AgentRoster &r)
{
    json j;
    j["firstWeekday"] = r.firstWeekday;
    j["weekendDays"] = r.weekendDays;
    j["underPenalty"] = r.underPenalty;
    j["overPenalty"] = r.overPenalty;
    j["contracts"] = json::array();
    for (const Contract &c : r.contracts) {
        json limits = json::object();
        for (const auto &[code, n] : c.maxShiftsPerCode)
            limits[code.toStdString()] = n;
        j["contracts"].push_back({{"id", c.id.toStdString()},
                                  {"minMinutesPerWeek", c.minMinutesPerWeek},
                                  {"maxMinutesPerWeek", c.maxMinutesPerWeek},
                                  {"minMinutesPerPeriod", c.minMinutesPerPeriod},
                                  {"maxMinutesPerPeriod", c.maxMinutesPerPeriod},
                                  {"maxConsecutiveDays", c.maxConsecutiveDays},
                                  {"minConsecutiveDaysOff", c.minConsecutiveDaysOff},
                                  {"maxWorkingWeekends", c.maxWorkingWeekends},
                                  {"minRestMinutes", c.minRestMinutes},
                                  {"maxShiftsPerCode", limits},
                                  {"forbiddenSuccessions", successions(c)}});
    }
    j["agents"] = json::array();
    for (const Agent &a : r.agents) {
        const json skills = stringsToJson(a.skills);
        json requests = json::array();
        for (const AgentRequest &q : a.requests)
            requests.push_back({{"day", q.day}, {"code", q.code.toStdString()}, {"on", q.on}, {"weight", q.weight}});
        json agent = {{"id", a.id.toStdString()},
                      {"name", a.name.toStdString()},
                      {"skills", skills},
                      {"contract", a.contractId.toStdString()},
                      {"seniority", a.seniority},
                      {"fixedDaysOff", a.fixedDaysOff},
                      {"requests", requests}};
        if (!a.availability.empty()) {
            json windows = json::array();
            for (const AvailabilityWindow &w : a.availability)
                windows.push_back({{"weekday", w.weekday}, {"fromMinutes", w.fromMinutes}, {"toMinutes", w.toMinutes}});
            agent["availability"] = windows;
        }
        j["agents"].push_back(agent);
    }
    j["assignments"] = json::array();
    for (const Assignment &s : r.assignments) {
        json a = {{"agent", r.agents.at(size_t(s.agent)).id.toStdString()},
                  {"start", s.start},
                  {"end", s.end},
                  {"code", s.code.toStdString()},
                  {"skill", s.skill.toStdString()},
                  {"breaks", breaksToJson(s.breaks)},
                  {"paidBreaks", breaksToJson(s.paidBreaks)}};
        if (!s.skills.isEmpty()) // optional: a work-plan group's skills (absent = none)
            a["skills"] = stringsToJson(s.skills);
        j["assignments"].push_back(a);
    }
    j["rules"] = json::object();
    for (const auto &[name, setting] : r.rules)
        j["rules"][name.toStdString()] = {{"hard", setting.hard}, {"weight", setting.weight}};
    return j;
}

AgentRoster rosterFromJson(const json &j, const AgentRoster &base, const QString &fileLabel, const QString &path)
{
    const Reader r(j, fileLabel, path);
    AgentRoster out = base;
    out.contracts.clear();
    out.agents.clear();
    out.assignments.clear();
    out.rules.clear();
    out.firstWeekday = r.integer("firstWeekday", base.firstWeekday);
    if (out.firstWeekday < 1 || out.firstWeekday > 7)
        r.fail(QStringLiteral("firstWeekday"), Tr::tr("must be 1 (Monday) … 7 (Sunday)"));
    if (r.has("weekendDays")) {
        out.weekendDays.clear();
        for (const json &d : r.array("weekendDays")) {
            if (!d.is_number_integer() || d.get<int>() < 1 || d.get<int>() > 7)
                r.fail(QStringLiteral("weekendDays"), Tr::tr("weekdays are 1 (Monday) … 7 (Sunday)"));
            out.weekendDays.push_back(d.get<int>());
        }
    }
    out.underPenalty = r.number("underPenalty", 100.0);
    out.overPenalty = r.number("overPenalty", 0.0);
    QHash<QString, int> contractIds, agentIds;
    if (r.has("contracts"))
        for (size_t i = 0; i < r.array("contracts").size(); ++i) {
            const Reader c = r.element("contracts", i);
            Contract k;
            k.id = c.string("id");
            if (contractIds.contains(k.id))
                c.fail(QStringLiteral("id"), Tr::tr("duplicate contract '%1'").arg(k.id));
            contractIds.insert(k.id, int(i));
            k.minMinutesPerWeek = nonNegative(c, "minMinutesPerWeek");
            k.maxMinutesPerWeek = nonNegative(c, "maxMinutesPerWeek");
            k.minMinutesPerPeriod = nonNegative(c, "minMinutesPerPeriod");
            k.maxMinutesPerPeriod = nonNegative(c, "maxMinutesPerPeriod");
            k.maxConsecutiveDays = nonNegative(c, "maxConsecutiveDays");
            k.minConsecutiveDaysOff = nonNegative(c, "minConsecutiveDaysOff");
            k.maxWorkingWeekends = c.integer("maxWorkingWeekends", -1);
            if (k.maxWorkingWeekends < -1)
                c.fail(QStringLiteral("maxWorkingWeekends"), Tr::tr("must be −1 (no limit) or more"));
            k.minRestMinutes = nonNegative(c, "minRestMinutes");
            if (k.maxMinutesPerWeek > 0 && k.minMinutesPerWeek > k.maxMinutesPerWeek)
                c.fail(QStringLiteral("minMinutesPerWeek"), Tr::tr("exceeds maxMinutesPerWeek"));
            if (c.has("maxShiftsPerCode")) {
                const json &limits = c.raw("maxShiftsPerCode");
                if (!limits.is_object())
                    c.fail(QStringLiteral("maxShiftsPerCode"), Tr::tr("expected an object of code → count"));
                for (const auto &[code, n] : limits.items()) {
                    if (!n.is_number_integer() || n.get<int>() < 0)
                        c.fail(QStringLiteral("maxShiftsPerCode.") + QString::fromStdString(code), Tr::tr("expected a count ≥ 0"));
                    k.maxShiftsPerCode[QString::fromStdString(code)] = n.get<int>();
                }
            }
            if (c.has("forbiddenSuccessions"))
                for (const json &pair : c.array("forbiddenSuccessions")) {
                    if (!pair.is_array() || pair.size() != 2 || !pair[0].is_string() || !pair[1].is_string())
                        c.fail(QStringLiteral("forbiddenSuccessions"), Tr::tr("expected [first code, next code] pairs"));
                    k.forbiddenSuccessions.push_back({QString::fromStdString(pair[0].get<std::string>()),
                                                      QString::fromStdString(pair[1].get<std::string>())});
                }
            out.contracts.push_back(k);
        }
    if (r.has("agents"))
        for (size_t i = 0; i < r.array("agents").size(); ++i) {
            const Reader a = r.element("agents", i);
            Agent g;
            g.id = a.string("id");
            if (g.id.isEmpty() || agentIds.contains(g.id))
                a.fail(QStringLiteral("id"), Tr::tr("empty or duplicate agent id '%1'").arg(g.id));
            agentIds.insert(g.id, int(i));
            g.name = a.string("name", QString());
            g.skills = stringsFromJson(a, "skills");
            g.contractId = a.string("contract", QString());
            if (!g.contractId.isEmpty() && !contractIds.contains(g.contractId))
                a.fail(QStringLiteral("contract"), Tr::tr("no contract '%1'").arg(g.contractId));
            g.seniority = nonNegative(a, "seniority");
            if (a.has("fixedDaysOff"))
                for (const json &d : a.array("fixedDaysOff")) {
                    if (!d.is_number_integer() || d.get<int>() < 0 || d.get<int>() >= out.days)
                        a.fail(QStringLiteral("fixedDaysOff"), Tr::tr("days are 0 … %1").arg(out.days - 1));
                    g.fixedDaysOff.push_back(d.get<int>());
                }
            if (a.has("availability"))
                for (size_t k = 0; k < a.array("availability").size(); ++k) {
                    const Reader w = a.element("availability", k);
                    AvailabilityWindow win;
                    win.weekday = w.integer("weekday", 0);
                    if (win.weekday < 0 || win.weekday > 7)
                        w.fail(QStringLiteral("weekday"), Tr::tr("must be 0 (every day) or 1 (Monday) … 7 (Sunday)"));
                    win.fromMinutes = w.integer("fromMinutes", 0);
                    win.toMinutes = w.integer("toMinutes", 1440);
                    if (win.fromMinutes < 0 || win.fromMinutes >= 1440)
                        w.fail(QStringLiteral("fromMinutes"), Tr::tr("minutes after midnight are 0 … 1439"));
                    if (win.toMinutes <= win.fromMinutes || win.toMinutes > 2880)
                        w.fail(QStringLiteral("toMinutes"), Tr::tr("must lie after fromMinutes, at most 2880 (midnight of the next day)"));
                    g.availability.push_back(win);
                }
            if (a.has("requests"))
                for (size_t k = 0; k < a.array("requests").size(); ++k) {
                    const Reader q = a.element("requests", k);
                    AgentRequest req;
                    req.day = q.integer("day");
                    if (req.day < 0 || req.day >= out.days)
                        q.fail(QStringLiteral("day"), Tr::tr("days are 0 … %1").arg(out.days - 1));
                    req.code = q.string("code", QString());
                    req.on = q.boolean("on", true);
                    req.weight = q.number("weight", 1.0);
                    if (req.weight < 0)
                        q.fail(QStringLiteral("weight"), Tr::tr("must not be negative"));
                    g.requests.push_back(req);
                }
            out.agents.push_back(g);
        }
    if (r.has("assignments"))
        for (size_t i = 0; i < r.array("assignments").size(); ++i) {
            const Reader s = r.element("assignments", i);
            Assignment a;
            const QString agent = s.string("agent");
            if (!agentIds.contains(agent))
                s.fail(QStringLiteral("agent"), Tr::tr("no agent '%1'").arg(agent));
            a.agent = agentIds.value(agent);
            a.start = s.integer("start");
            a.end = s.integer("end");
            if (a.start < 0 || a.start >= out.horizon() || a.end <= a.start)
                s.fail(QStringLiteral("start"), Tr::tr("shift [%1, %2) is empty or outside the horizon of %3 intervals").arg(a.start).arg(a.end).arg(out.horizon()));
            a.code = s.string("code", QString());
            a.skill = s.string("skill", QString());
            a.skills = stringsFromJson(s, "skills");
            a.breaks = breaksFromJson(s, "breaks");
            a.paidBreaks = breaksFromJson(s, "paidBreaks");
            for (const auto *list : {&a.breaks, &a.paidBreaks})
                for (const Break &b : *list)
                    if (b.start < a.start || b.end > a.end || b.end <= b.start)
                        s.fail(QStringLiteral("breaks"), Tr::tr("break [%1, %2) lies outside its shift").arg(b.start).arg(b.end));
            out.assignments.push_back(a);
        }
    if (r.has("rules")) {
        const json &rules = r.raw("rules");
        if (!rules.is_object())
            r.fail(QStringLiteral("rules"), Tr::tr("expected an object of rule → {hard, weight}"));
        const Reader rr = r.child("rules");
        for (const auto &[name, v] : rules.items()) {
            const Reader one = rr.child(name.c_str());
            out.rules[QString::fromStdString(name)] = RuleSetting{one.boolean("hard", true), one.number("weight", 0.0)};
        }
    }
    return out;
}

} // namespace tessera::io

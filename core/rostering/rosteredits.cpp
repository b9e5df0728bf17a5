// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/rosteredits.h"

#include <algorithm>
#include <set>

namespace tessera::rostering {

std::map<QString, std::vector<double>> onDutyBySkill(const AgentRoster &r)
{
    const int T = r.horizon();
    std::map<QString, std::vector<double>> out;
    for (const auto &[skill, req] : r.required)
        out[skill].assign(size_t(T), 0.0);
    for (const Assignment &a : r.assignments) {
        auto &line = out[a.skill];
        line.resize(size_t(T), 0.0);
        addOnDuty(a, 1.0, line);
    }
    return out;
}

void addOnDuty(const Assignment &a, double weight, std::vector<double> &line)
{
    const int T = int(line.size());
    for (int i = std::max(0, a.start); i < std::min(a.end, T); ++i) {
        bool inBreak = false; // breaks may overlap each other: an interval is off once
        for (const auto *list : {&a.breaks, &a.paidBreaks})
            for (const Break &b : *list)
                inBreak = inBreak || (i >= b.start && i < b.end);
        if (!inBreak)
            line[size_t(i)] += weight;
    }
}

std::vector<double> onDutyTotal(const AgentRoster &r)
{
    std::vector<double> total(size_t(r.horizon()), 0.0);
    for (const auto &[skill, line] : onDutyBySkill(r))
        for (size_t i = 0; i < total.size() && i < line.size(); ++i)
            total[i] += line[i];
    return total;
}

std::vector<double> requiredTotal(const AgentRoster &r)
{
    std::vector<double> total(size_t(r.horizon()), 0.0);
    for (const auto &[skill, line] : r.required)
        for (size_t i = 0; i < total.size() && i < line.size(); ++i)
            total[i] += line[i];
    return total;
}

namespace {

void moveBreaks(Assignment &a, int delta)
{
    for (auto *list : {&a.breaks, &a.paidBreaks})
        for (Break &b : *list) {
            b.start += delta;
            b.end += delta;
        }
}

} // namespace

Assignment shifted(const Assignment &a, int delta, int horizon)
{
    const int length = a.end - a.start;
    const int latestStart = std::max(a.start, horizon - length);
    const int start = std::clamp(a.start + delta, std::min(0, a.start), latestStart);
    Assignment out = a;
    moveBreaks(out, start - a.start);
    out.start = start;
    out.end = start + length;
    return out;
}

Assignment resized(const Assignment &a, int start, int end, int horizon)
{
    const int lastEnd = std::max(a.end, horizon);
    start = std::clamp(start, 0, std::max(0, lastEnd - 1));
    end = std::clamp(end, start + 1, lastEnd);
    Assignment out = a;
    out.start = start;
    out.end = end;
    for (auto *list : {&out.breaks, &out.paidBreaks}) {
        std::vector<Break> kept;
        for (Break b : *list) {
            const int length = b.end - b.start;
            if (length > end - start)
                continue;
            b.start = std::clamp(b.start, start, end - length);
            b.end = b.start + length;
            kept.push_back(b);
        }
        *list = std::move(kept);
    }
    return out;
}

Assignment breakMoved(const Assignment &a, bool paid, int index, int newStart)
{
    Assignment out = a;
    std::vector<Break> &list = paid ? out.paidBreaks : out.breaks;
    if (index < 0 || index >= int(list.size()))
        return out;
    Break &b = list[size_t(index)];
    const int length = b.end - b.start;
    b.start = std::clamp(newStart, a.start, std::max(a.start, a.end - length));
    b.end = b.start + length;
    return out;
}

Assignment onDay(const Assignment &a, int day, int intervalsPerDay)
{
    Assignment out = a;
    const int delta = (day - a.day(intervalsPerDay)) * intervalsPerDay;
    moveBreaks(out, delta);
    out.start += delta;
    out.end += delta;
    return out;
}

QStringList codesInUse(const AgentRoster &r)
{
    std::set<QString> codes;
    for (const Assignment &a : r.assignments)
        if (!a.code.isEmpty())
            codes.insert(a.code);
    return QStringList(codes.begin(), codes.end());
}

std::optional<Assignment> fromTemplate(const AgentRoster &r, const QString &code, int agent, int day)
{
    const Assignment *model = nullptr;
    const QStringList skills = agent >= 0 && agent < int(r.agents.size()) ? r.agents[size_t(agent)].skills : QStringList();
    for (const Assignment &a : r.assignments)
        if (a.code == code) {
            if (!model)
                model = &a;
            const QStringList needed = a.requiredSkills();
            if (std::all_of(needed.begin(), needed.end(), [&skills](const QString &s) { return skills.contains(s); })) {
                model = &a;
                break;
            }
        }
    if (!model)
        return std::nullopt;
    Assignment out = onDay(*model, day, r.intervalsPerDay());
    out.agent = agent;
    return out;
}

std::vector<int> assignmentsOn(const AgentRoster &r, int agent, int day)
{
    std::vector<int> out;
    const int perDay = r.intervalsPerDay();
    for (size_t i = 0; i < r.assignments.size(); ++i)
        if (r.assignments[i].agent == agent && r.assignments[i].day(perDay) == day)
            out.push_back(int(i));
    return out;
}

} // namespace tessera::rostering

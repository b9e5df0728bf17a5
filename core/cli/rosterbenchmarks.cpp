// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/rosterbenchmarks.h"

#include "core/cli/cli.h"
#include "core/io/problemjson.h"
#include "core/rostering/retail.h"
#include "core/rostering/shiftdesign.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tessera {

namespace {

QString fixed(double v, int prec)
{
    return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("-");
}

nlohmann::json numOrNull(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

std::string clockOf(int interval)
{
    const int minutes = (6 * 60 + interval * rostering::RetailInstance::kIntervalMinutes) % 1440;
    return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0')).toStdString();
}

int finish(nlohmann::json j, int violations, bool hasSolution, const QMap<QString, QString> &options, QTextStream &err)
{
    if (options.contains(QStringLiteral("--out")))
        writeFileAtomically(options.value(QStringLiteral("--out")), QByteArray::fromStdString(j.dump(2)) + '\n');
    if (!hasSolution) {
        err << "tessera-cli: no solution found within the time limit\n";
        return CliNoSolution;
    }
    if (violations > 0) {
        err << "tessera-cli: the solution breaks " << violations << " hard rule(s)\n";
        return CliError;
    }
    return CliOk;
}

int retail(const QString &path, double limit, const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    using namespace rostering;
    const RetailInstance inst = readRetail(path);
    const RetailResult r = solveRetail(inst, limit);
    const RetailCheck c = checkRetail(inst, r.roster);
    out << "instance " << path << ": " << inst.days << " days, " << inst.staffCount() << " staff, " << inst.tasks
        << " tasks\n"
        << "objective " << fixed(r.objective, 0) << " (under " << c.under << ", over " << c.over
        << " person-intervals)\nbest bound " << fixed(r.bestBound, 0) << '\n'
        << "coverage " << fixed(c.coveragePercent, 2) << "% of " << c.demand << " demanded person-intervals\n";
    for (int k = 0; k < inst.tasks; ++k)
        out << "  task " << k + 1 << ": under " << c.underPerTask[size_t(k)] << ", over " << c.overPerTask[size_t(k)] << '\n';
    out << "model: " << r.patterns << " shift patterns, " << r.staffColumns << " staff columns in " << r.groups
        << " staff group(s)\n";
    if (r.greedyFallback)
        out << "note: a staff group's model found no roster in time; greedy assignment used there\n";
    out << "hard-rule violations " << c.violations.size() << '\n';
    for (const RetailViolation &v : c.violations)
        out << "  " << v.rule << ": " << v.message << '\n';
    out << "seconds " << fixed(r.seconds, 1) << '\n';

    nlohmann::json j;
    j["format"] = "tessera-roster";
    j["instanceFormat"] = "retail";
    j["objective"] = r.hasSolution ? numOrNull(r.objective) : nlohmann::json(nullptr);
    j["bestBound"] = numOrNull(r.bestBound);
    j["seconds"] = r.seconds;
    j["under"] = c.under;
    j["over"] = c.over;
    j["coveragePercent"] = c.coveragePercent;
    j["underPerTask"] = c.underPerTask;
    j["overPerTask"] = c.overPerTask;
    j["staffGroups"] = r.groups;
    j["greedyFallback"] = r.greedyFallback;
    nlohmann::json vs = nlohmann::json::array();
    for (const RetailViolation &v : c.violations)
        vs.push_back({{"rule", v.rule.toStdString()},
                      {"staff", v.staff >= 0 && v.staff < inst.staffCount() ? nlohmann::json(inst.staff[size_t(v.staff)].id.toStdString()) : nlohmann::json(nullptr)},
                      {"day", v.day >= 0 ? nlohmann::json(v.day + 1) : nlohmann::json(nullptr)},
                      {"message", v.message.toStdString()}});
    j["violations"] = vs;
    nlohmann::json roster = nlohmann::json::array();
    for (const RetailShift &s : r.roster.shifts) {
        nlohmann::json blocks = nlohmann::json::array();
        for (const TaskBlock &b : s.blocks)
            blocks.push_back({{"task", b.task + 1}, {"start", clockOf(b.start)}, {"end", clockOf(b.end)}});
        roster.push_back({{"staff", inst.staff[size_t(s.staff)].id.toStdString()},
                          {"day", s.start / RetailInstance::kIntervalsPerDay + 1},
                          {"start", clockOf(s.start)},
                          {"end", clockOf(s.end)},
                          {"minutes", (s.end - s.start) * RetailInstance::kIntervalMinutes},
                          {"blocks", blocks}});
    }
    j["roster"] = roster;
    return finish(j, int(c.violations.size()), r.hasSolution, options, err);
}

int shiftDesign(const QString &path, double limit, const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    using namespace rostering;
    const ShiftDesignInstance inst = readShiftDesign(path);
    const ShiftDesignResult r = solveShiftDesign(inst, limit);
    const ShiftDesignEvaluation e = evaluateShiftDesign(inst, r.solution);
    out << "instance " << path << ": " << inst.days << " days of " << inst.slotsPerDay() << " timeslots ("
        << inst.intervalMinutes << " min), " << inst.types.size() << " shift types, " << r.candidateShifts
        << " candidate shifts\n";
    if (r.hasSolution)
        out << "objective " << fixed(r.objective, 2) << " (shortage " << e.shortageMinutes << ", excess " << e.excessMinutes
            << " person-minutes, " << e.shiftsUsed << " shifts, average duties " << fixed(e.averageDuties, 2) << ")\n";
    else
        out << "no design found\n";
    out << "best bound " << fixed(r.bestBound, 2) << (r.provenOptimal ? " (proven optimal)" : "") << '\n'
        << "hard-rule violations " << (r.hasSolution ? e.violations.size() : 0) << '\n';
    if (r.hasSolution)
        for (const QString &v : e.violations)
            out << "  " << v << '\n';
    out << "seconds " << fixed(r.seconds, 1) << '\n';

    nlohmann::json j;
    j["format"] = "tessera-roster";
    j["instanceFormat"] = "shiftdesign";
    j["objective"] = r.hasSolution ? numOrNull(r.objective) : nlohmann::json(nullptr);
    j["bestBound"] = numOrNull(r.bestBound);
    j["provenOptimal"] = r.provenOptimal;
    j["seconds"] = r.seconds;
    j["shortageMinutes"] = e.shortageMinutes;
    j["excessMinutes"] = e.excessMinutes;
    j["shiftsUsed"] = e.shiftsUsed;
    j["averageDuties"] = e.averageDuties;
    nlohmann::json vs = nlohmann::json::array();
    if (r.hasSolution)
        for (const QString &v : e.violations)
            vs.push_back({{"rule", "shift"}, {"message", v.toStdString()}});
    j["violations"] = vs;
    nlohmann::json sol = nlohmann::json::array();
    for (const DesignedShift &s : r.solution.shifts)
        sol.push_back({{"type", s.type + 1}, {"start", s.start}, {"length", s.length}, {"employees", s.employees}});
    j["solution"] = sol;
    return finish(j, r.hasSolution ? int(e.violations.size()) : 0, r.hasSolution, options, err);
}

} // namespace

int rosterBenchmarkCommand(const QString &format, const QString &instancePath, double timeLimitSeconds,
                           const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    if (format == QLatin1String("retail"))
        return retail(instancePath, timeLimitSeconds, options, out, err);
    return shiftDesign(instancePath, timeLimitSeconds, options, out, err);
}

} // namespace tessera

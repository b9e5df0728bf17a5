// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/teamrostercommand.h"

#include "core/cli/cli.h"
#include "core/cli/rostercommand.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/io/rosterjson.h"
#include "core/project/sampleproject.h"
#include "core/rostering/relaxations.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tessera {

namespace {

using namespace rostering;

nlohmann::json num(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

nlohmann::json violationJson(const AgentRoster &r, const RosterViolation &v)
{
    return {{"rule", v.rule.toStdString()},
            {"agent", v.agent >= 0 ? nlohmann::json(r.agents[size_t(v.agent)].id.toStdString()) : nlohmann::json(nullptr)},
            {"day", v.day >= 0 ? nlohmann::json(v.day) : nlohmann::json(nullptr)},
            {"amount", v.amount},
            {"message", v.message.toStdString()}};
}

int run(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    static const QStringList allowed = {QStringLiteral("--format"), QStringLiteral("--time-limit"), QStringLiteral("--out"),
                                        QStringLiteral("--relaxations"), QStringLiteral("--sample-team"),
                                        QStringLiteral("--method"), QStringLiteral("--seed")};
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for '%1'").arg(QStringLiteral("roster --format tessera")));
    if (positional.size() != 1)
        throw InputError(Tr::tr("roster --format tessera needs one PROBLEM.json file"));
    const double timeLimit = rosterTimeLimit(options);
    AgentRosterOptions o;
    o.timeLimitSeconds = timeLimit;
    const QString method = options.value(QStringLiteral("--method"), QStringLiteral("auto"));
    if (method == QLatin1String("mip"))
        o.method = AgentRosterOptions::Method::Mip;
    else if (method == QLatin1String("lns"))
        o.method = AgentRosterOptions::Method::Lns;
    else if (method != QLatin1String("auto"))
        throw InputError(QString(), 0, QStringLiteral("--method"), Tr::tr("'%1' is not a known method (auto, mip, lns)").arg(method));
    if (options.contains(QStringLiteral("--seed")))
        o.seed = options.value(QStringLiteral("--seed")).toUInt();
    const Project p = readProblemFile(positional.front());
    SolveResult schedule;
    if (!p.templates.empty()) { // work plans: the template model, as the `solve` command
        const TemplateProblem problem = p.toTemplateProblem();
        schedule = toSolveResult(problem, solveTemplates(problem, p.solveOptions()));
    } else {
        schedule = solveSchedule(p.toProblem(), p.solveOptions());
    }
    if (!schedule.hasSolution()) {
        err << "tessera-cli: the shift schedule has no solution, so there is nothing to roster\n";
        return schedule.status == SolveStatus::Infeasible ? CliInfeasible : CliNoSolution;
    }
    const std::vector<ShiftDemand> demand = shiftDemandFromResult(p.shifts, schedule, p.groups);
    AgentRoster base = p.currentRoster();
    if (base.agents.empty()) {
        if (!options.contains(QStringLiteral("--sample-team")))
            throw InputError(positional.front(), 0, QStringLiteral("roster.agents"),
                             Tr::tr("no agents to roster; add a roster object or pass --sample-team"));
        const AgentRoster team = makeSampleTeam(p, demand);
        base.contracts = team.contracts;
        base.agents = team.agents;
    }
    const AgentRosterSolution s = solveAgentRoster(base, demand, o);
    const RosterEvaluation &ev = s.evaluation;
    int scheduled = 0;
    for (const ShiftDemand &d : demand)
        scheduled += d.count;
    std::vector<const RosterViolation *> hard, soft;
    for (const RosterViolation &v : ev.violations)
        (v.hard ? hard : soft).push_back(&v);

    out << "project " << positional.front() << ": " << base.agents.size() << " agents, " << scheduled
        << " scheduled shifts over " << base.days << " days\n";
    if (s.provenInfeasible)
        out << "no roster meets the hard rules (proven infeasible)\n";
    else if (!s.hasSolution)
        out << "no roster found in " << QString::number(s.seconds, 'f', 1) << " s\n";
    else
        out << "objective " << QString::number(s.modelObjective, 'f', 2) << ", best bound "
            << QString::number(s.modelBound, 'f', 2) << (s.provenOptimal ? " (proven optimal)" : "") << '\n'
            << "unstaffed shifts " << s.unstaffedShifts << ", extra shifts " << s.extraShifts << '\n'
            << "coverage: " << ev.underAgentIntervals << " agent-intervals under, " << ev.overAgentIntervals << " over\n"
            << "requests penalty " << ev.requestPenalty << ", soft rules penalty " << ev.softRulePenalty << '\n'
            << "spread across agents: weekends " << ev.weekendSpread << ", evening shifts " << ev.eveningSpread << '\n'
            << "hard-rule violations " << hard.size() << '\n';
    for (const RosterViolation *v : hard)
        out << "  " << v->rule << ": " << v->message << '\n';
    out << "seconds " << QString::number(s.seconds, 'f', 1) << '\n';

    std::vector<Relaxation> relaxations;
    if (options.contains(QStringLiteral("--relaxations")) && (!s.hasSolution || s.unstaffedShifts > 0 || !ev.valid())) {
        RelaxationOptions ro;
        ro.secondsPerSolve = std::max(2.0, timeLimit / 4);
        relaxations = rankRelaxations(base, demand, o, ro, nullptr, {}, &s);
        out << "relaxations (best first):\n";
        if (relaxations.empty())
            out << "  none of the candidate relaxations staffs more\n";
        for (size_t i = 0; i < relaxations.size(); ++i)
            out << "  " << (i + 1) << ". " << relaxations[i].description << '\n';
    }

    if (options.contains(QStringLiteral("--out"))) {
        nlohmann::json j;
        j["format"] = "tessera-roster";
        j["objective"] = s.hasSolution ? num(s.modelObjective) : nlohmann::json(nullptr);
        j["bestBound"] = num(s.modelBound);
        j["provenOptimal"] = s.provenOptimal;
        j["provenInfeasible"] = s.provenInfeasible;
        j["seconds"] = s.seconds;
        j["unstaffedShifts"] = s.unstaffedShifts;
        j["extraShifts"] = s.extraShifts;
        j["violations"] = nlohmann::json::array();
        j["softViolations"] = nlohmann::json::array();
        for (const RosterViolation *v : hard)
            j["violations"].push_back(violationJson(s.roster, *v));
        for (const RosterViolation *v : soft)
            j["softViolations"].push_back(violationJson(s.roster, *v));
        j["evaluation"] = {{"coveragePenalty", ev.coveragePenalty},   {"requestPenalty", ev.requestPenalty},
                           {"softRulePenalty", ev.softRulePenalty},   {"underAgentIntervals", ev.underAgentIntervals},
                           {"overAgentIntervals", ev.overAgentIntervals}, {"weekendSpread", ev.weekendSpread},
                           {"eveningSpread", ev.eveningSpread},       {"fairnessPenalty", ev.fairnessPenalty}};
        j["roster"] = io::rosterToJson(s.roster);
        j["relaxations"] = nlohmann::json::array();
        for (const Relaxation &r : relaxations)
            j["relaxations"].push_back({{"kind", r.kind.toStdString()},
                                        {"title", r.title.toStdString()},
                                        {"description", r.description.toStdString()},
                                        {"agentsAffected", r.agentsAffected},
                                        {"shiftsGained", r.shiftsGained()},
                                        {"underRemoved", r.underBefore - r.underAfter}});
        writeFileAtomically(options.value(QStringLiteral("--out")), QByteArray::fromStdString(j.dump(2)) + '\n');
    }
    return rosterExit(err, s.provenInfeasible, s.hasSolution, hard.size());
}

} // namespace

int teamRosterCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                      QTextStream &err)
{
    return reportingErrors(err, [&] { return run(positional, options, out, err); });
}

} // namespace tessera

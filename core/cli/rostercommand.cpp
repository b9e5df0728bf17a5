// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/rostercommand.h"

#include "core/cli/cli.h"
#include "core/cli/teamrostercommand.h"
#include "core/cli/rosterbenchmarks.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrplns.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"

#include <nlohmann/json.hpp>

#include <cmath>

namespace tessera {

namespace {

QString fmt(double v, int prec)
{
    return std::isfinite(v) ? QString::number(v, 'f', prec) : QStringLiteral("-");
}

nlohmann::json num(double v)
{
    return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr);
}

int run(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out, QTextStream &err)
{
    static const QStringList allowed = {QStringLiteral("--format"), QStringLiteral("--time-limit"), QStringLiteral("--out"),
                                        QStringLiteral("--method"), QStringLiteral("--seed"), QStringLiteral("--start")};
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for '%1'").arg(QStringLiteral("roster")));
    if (positional.size() != 1)
        throw InputError(Tr::tr("roster needs one INSTANCE file"));
    const QString format = options.value(QStringLiteral("--format"), QStringLiteral("curtois"));
    if (format != QLatin1String("curtois") && format != QLatin1String("retail") && format != QLatin1String("shiftdesign"))
        throw InputError(QString(), 0, QStringLiteral("--format"),
                         Tr::tr("'%1' is not a known instance format (curtois, retail, shiftdesign, tessera)").arg(format));
    const double timeLimit = rosterTimeLimit(options);

    if (options.contains(QStringLiteral("--start"))
        && (format != QLatin1String("curtois") || options.value(QStringLiteral("--method"), QStringLiteral("lns")) != QLatin1String("lns")))
        throw InputError(QString(), 0, QStringLiteral("--start"), Tr::tr("a start roster needs --format curtois and --method lns"));
    if (format != QLatin1String("curtois"))
        return rosterBenchmarkCommand(format, positional.front(), timeLimit, options, out, err);
    const QString method = options.value(QStringLiteral("--method"), QStringLiteral("lns"));
    if (method != QLatin1String("lns") && method != QLatin1String("mip"))
        throw InputError(QString(), 0, QStringLiteral("--method"),
                         Tr::tr("'%1' is not a known method (lns, mip)").arg(method));
    unsigned seed = 1;
    if (options.contains(QStringLiteral("--seed"))) {
        bool ok = false;
        seed = options.value(QStringLiteral("--seed")).toUInt(&ok);
        if (!ok)
            throw InputError(QString(), 0, QStringLiteral("--seed"),
                             Tr::tr("'%1' is not a non-negative integer").arg(options.value(QStringLiteral("--seed"))));
    }

    const rostering::NrpInstance inst = rostering::readNrpText(positional.front());
    rostering::RosterResult r;
    if (method == QLatin1String("mip")) {
        r = rostering::solveNrp(inst, timeLimit);
    } else {
        rostering::LnsOptions lo;
        lo.timeLimitSeconds = timeLimit;
        lo.seed = seed;
        if (options.contains(QStringLiteral("--start")))
            lo.start = readNrpRosterFile(options.value(QStringLiteral("--start")), inst);
        r = rostering::solveNrpLns(inst, lo);
    }
    const rostering::Evaluation ev = rostering::evaluate(inst, r.roster);

    out << "instance " << positional.front() << ": " << inst.days << " days, " << inst.staffCount() << " staff, "
        << inst.shiftCount() << " shift types\n";
    if (r.provenInfeasible) {
        out << "no roster meets the hard rules (proven infeasible)\n";
    } else if (!r.hasSolution) {
        out << "no roster found in " << fmt(r.seconds, 1) << " s (best bound " << fmt(r.bestBound, 0) << ")\n";
    } else {
        out << "objective " << fmt(r.objective, 0) << " (cover " << ev.coverPenalty << ", requests " << ev.requestPenalty
            << ")\nbest bound " << fmt(r.bestBound, 0) << (r.provenOptimal ? " (proven optimal)" : "") << '\n'
            << "hard-rule violations " << ev.hardViolations.size() << '\n';
        for (const rostering::Violation &v : ev.hardViolations)
            out << "  " << v.rule << ": " << v.message << '\n';
    }
    out << "seconds " << fmt(r.seconds, 1);
    if (method == QLatin1String("lns"))
        out << " (best found after " << fmt(r.secondsToBest, 1) << " s, " << r.iterations << " neighbourhoods)";
    out << '\n';

    if (options.contains(QStringLiteral("--out"))) {
        nlohmann::json j;
        j["format"] = "tessera-roster";
        j["objective"] = r.hasSolution ? num(r.objective) : nlohmann::json(nullptr);
        j["bestBound"] = num(r.bestBound);
        j["provenOptimal"] = r.provenOptimal;
        j["provenInfeasible"] = r.provenInfeasible;
        j["seconds"] = r.seconds;
        j["method"] = method.toStdString();
        nlohmann::json vs = nlohmann::json::array();
        if (r.hasSolution)
            for (const rostering::Violation &v : ev.hardViolations)
                vs.push_back({{"rule", v.rule.toStdString()},
                              {"staff", v.staff >= 0 ? nlohmann::json(inst.staff[v.staff].id.toStdString()) : nlohmann::json(nullptr)},
                              {"day", v.day >= 0 ? nlohmann::json(v.day) : nlohmann::json(nullptr)},
                              {"message", v.message.toStdString()}});
        j["violations"] = vs;
        nlohmann::json roster = nlohmann::json::object();
        if (r.hasSolution)
            for (int s = 0; s < inst.staffCount(); ++s) {
                nlohmann::json daysJ = nlohmann::json::array();
                for (int d = 0; d < inst.days; ++d) {
                    const int t = r.roster.at(s, d);
                    daysJ.push_back(t >= 0 ? nlohmann::json(inst.shifts[t].id.toStdString()) : nlohmann::json(nullptr));
                }
                roster[inst.staff[s].id.toStdString()] = daysJ;
            }
        j["roster"] = roster;
        writeFileAtomically(options.value(QStringLiteral("--out")), QByteArray::fromStdString(j.dump(2)) + '\n');
    }

    return rosterExit(err, r.provenInfeasible, r.hasSolution, r.hasSolution ? ev.hardViolations.size() : 0);
}

} // namespace

rostering::Roster readNrpRosterFile(const QString &path, const rostering::NrpInstance &inst)
{
    const nlohmann::json j = readJsonFile(path);
    if (!j.is_object() || !j.contains("roster") || !j.at("roster").is_object())
        throw InputError(path, 0, QStringLiteral("roster"), Tr::tr("missing: expected an object of staff ids"));
    const nlohmann::json &roster = j.at("roster");
    rostering::Roster r(inst.staffCount(), inst.days);
    for (int s = 0; s < inst.staffCount(); ++s) {
        const QString id = inst.staff[size_t(s)].id;
        const auto it = roster.find(id.toStdString());
        if (it == roster.end())
            throw InputError(path, 0, QStringLiteral("roster/%1").arg(id), Tr::tr("missing: every staff member needs a row"));
        if (!it->is_array() || int(it->size()) != inst.days)
            throw InputError(path, 0, QStringLiteral("roster/%1").arg(id),
                             Tr::tr("expected a list of %1 days (shift id or null)").arg(inst.days));
        for (int d = 0; d < inst.days; ++d) {
            const nlohmann::json &cell = it->at(size_t(d));
            if (cell.is_null())
                continue;
            const int t = cell.is_string() ? inst.shiftIndex(QString::fromStdString(cell.get<std::string>())) : -1;
            if (t < 0)
                throw InputError(path, 0, QStringLiteral("roster/%1/%2").arg(id).arg(d),
                                 Tr::tr("'%1' is not a shift type of the instance").arg(QString::fromStdString(cell.dump())));
            r.set(s, d, t);
        }
    }
    for (auto it = roster.begin(); it != roster.end(); ++it)
        if (inst.staffIndex(QString::fromStdString(it.key())) < 0)
            throw InputError(path, 0, QStringLiteral("roster/%1").arg(QString::fromStdString(it.key())),
                             Tr::tr("not a staff member of the instance"));
    return r;
}

double rosterTimeLimit(const QMap<QString, QString> &options, double def)
{
    if (!options.contains(QStringLiteral("--time-limit")))
        return def;
    bool ok = false;
    const double v = options.value(QStringLiteral("--time-limit")).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        throw InputError(QString(), 0, QStringLiteral("--time-limit"),
                         Tr::tr("'%1' is not a non-negative number").arg(options.value(QStringLiteral("--time-limit"))));
    return v;
}

int rosterExit(QTextStream &err, bool provenInfeasible, bool hasSolution, size_t hardViolations)
{
    if (provenInfeasible) {
        err << "tessera-cli: the hard rules cannot all be met\n";
        return CliInfeasible;
    }
    if (!hasSolution) {
        err << "tessera-cli: no roster found within the time limit\n";
        return CliNoSolution;
    }
    if (hardViolations > 0) {
        err << "tessera-cli: the roster breaks " << hardViolations << " hard rule(s)\n";
        return CliError;
    }
    return CliOk;
}

int rosterCommand(const QStringList &positional, const QMap<QString, QString> &options, QTextStream &out,
                  QTextStream &err)
{
    if (options.value(QStringLiteral("--format")) == QLatin1String("tessera"))
        return teamRosterCommand(positional, options, out, err);
    return reportingErrors(err, [&] { return run(positional, options, out, err); });
}

} // namespace tessera

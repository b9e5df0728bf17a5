// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/cli.h"

#include "core/cli/forecastcommand.h"
#include "core/cli/patiencecommand.h"
#include "core/cli/rostercommand.h"
#include "core/cli/synccommand.h"
#include "core/cli/templatecommand.h"
#include "core/error.h"
#include "core/io/callrecords.h"
#include "core/io/forecastcsv.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"
#include "core/project/sampleproject.h"
#include "core/scheduling/mpsexport.h"
#include "core/scheduling/solvejob.h"

#include <QFileInfo>
#include <QMap>

#include <cmath>

namespace tessera {

namespace {

const char *kUsage =
    "usage: tessera-cli COMMAND [ARGS]\n"
    "\n"
    "  solve INPUT [--time-limit S] [--gap G] [--out RESULT.json] [--save] [--breaks MODEL]\n"
    "      INPUT is a PROBLEM.json or a .tessera project (or 'sample'). Solves the shift\n"
    "      set-covering model with CBC. --save stores the solution back into a .tessera input.\n"
    "      With 'templates' it expands them and solves the implicit-break, multi-skill model;\n"
    "      RESULT.json then lists every scheduled shift with its breaks and per-skill coverage;\n"
    "      --breaks implicit (Aykin, default) | aggregated (Bechtold & Jacobs) | explicit.\n"
    "      Exit 0 with a solution, 2 when infeasible (RESULT.json still written), 3 when no\n"
    "      solution was found in time, 1 on bad input.\n"
    "  import-calls RECORDS.txt --from YYYY-MM-DD --days N [--interval MIN] [--tz ZONE] --out F.csv\n"
    "      Aggregates per-call records (Anonymous Bank layout) into an interval forecast CSV.\n"
    "  import-forecast F.csv --tz ZONE [--interval MIN] [--columns FIELD=COLUMN,...]\n"
    "                  --out PROJECT.tessera|PROBLEM.json\n"
    "      Starts a project from an interval forecast CSV (resampled to --interval minutes when\n"
    "      given) with the default week catalog.\n"
    "  sample --out PROJECT.tessera|PROBLEM.json\n"
    "      Writes the bundled Anonymous Bank sample project.\n"
    "  export-problem INPUT --out PROBLEM.json\n"
    "  export-mps INPUT --out MODEL.mps\n"
    "      Writes the covering model as free-format MPS (e.g. for the cbc command line).\n"
    "  staffing INPUT [--out F.csv|F.json] [--tz ZONE] [--interval MIN] [--sl F] [--sl-seconds S]\n"
    "           [--asa S] [--max-occupancy F] [--shrinkage F] [--channel voice|chat|email]\n"
    "           [--concurrency K] [--deadline MIN] [--model erlangC|erlangA] [--patience S]\n"
    "           [--sl-definition offered|answered] [--max-abandonment F] [--columns FIELD=COLUMN,...]\n"
    "      Required staff per interval (and per queue when a forecast CSV has a queue column) with\n"
    "      the predicted SL, ASA, abandonment and occupancy. INPUT is a forecast CSV (needs --tz),\n"
    "      a PROBLEM.json, a .tessera project or 'sample'; options override the input's targets.\n"
    "      --columns maps the CSV's own headers, e.g. offered=Calls,aht_seconds=AHT,queue=Skill.\n"
    "  forecast HISTORY.csv --tz ZONE [--method naive|ma|hw] [--weeks N] [--holdout-weeks K]\n"
    "           [--volume-pct P] [--aht-delta S] [--out F.csv]\n"
    "      Forecasts the next N weeks (default 1) from a history of whole weeks: seasonal naive,\n"
    "      moving average of the last --ma-weeks weeks (3; the default), or Holt-Winters; what-if\n"
    "      on volume (%) and AHT (s). --holdout-weeks K back-tests on the last K weeks (WAPE, MAPE).\n"
    "  patience RECORDS.txt --from YYYY-MM-DD [--days N] [--tz ZONE]\n"
    "      Mean caller patience for Erlang A from per-call records (E[W] / P(Ab), Brown et al. 2005)\n"
    "      and, per hour of day, the observed abandonment next to Erlang A's prediction.\n"
    "  roster INSTANCE.txt [--format curtois|retail|shiftdesign] [--time-limit S] [--method lns|mip] [--seed N] [--out R.json]\n"
    "                     [--start S.json]\n"
    "      Named-agent rostering: solves a Curtois & Qu shift-scheduling instance by simulated annealing\n"
    "      and large-neighbourhood search on CBC (lns, default; --seed picks the moves; --start goes on\n"
    "      from the roster of an earlier --out file) or one integer program (mip)\n"
    "      (default 60 s) and prints the objective, best bound and the validator's hard-rule\n"
    "      violations; R.json holds those and the roster (staff id -> shift id or null per day).\n"
    "      retail: multi-activity shifts with task blocks (schedulingbenchmarks.org); shiftdesign:\n"
    "      Musliu et al.'s shift design (.dzn); both print coverage and checker violations.\n"
    "  roster PROBLEM.json --format tessera [--time-limit S] [--method auto|mip|lns] [--seed N]\n"
    "                     [--out R.json] [--relaxations] [--sample-team]\n"
    "      Rosters the project's agents (its roster object; --sample-team makes up a team when it has\n"
    "      none) onto the shifts of its solved schedule, checks the roster with the validator and,\n"
    "      with --relaxations, ranks the rule changes that would staff the shifts left unstaffed.\n"
    "      --method: one integer program (mip), the annealing + LNS hybrid (lns), or auto (mip up to\n"
    "      20,000 agent-day-shift-type cells, lns above).\n"
    "  sync pull --client-id ID [--region HOST | --base-url URL] [--secret-env VAR]\n"
    "            [--business-unit ID [--week YYYY-MM-DD [--weeks N] [--out PROJECT]]]\n"
    "  sync publish WEEK.json --client-id ID [--region HOST | --base-url URL] [--secret-env VAR]\n"
    "               [--dry-run] [--checkpoint FILE] [--chunk N]\n"
    "      Genesys Cloud WFM (or tessera-platform-sim): pull business units, agents, activity codes\n"
    "      and 15-minute forecasts; dry-run and publish a schedule week (resumable). The client\n"
    "      secret is read from the environment variable VAR (default TESSERA_CLIENT_SECRET).\n";

struct Args {
    QString command;
    QStringList positional;
    QMap<QString, QString> options;
    QStringList flags;
};

Args parse(const QStringList &args)
{
    Args a;
    // Every option takes a value except these flags; each command checks the options it reads.
    static const QStringList flags = {"--save", "--help", "--relaxations", "--sample-team", "--dry-run"};
    for (int i = 0; i < args.size(); ++i) {
        const QString &s = args[i];
        if (s.startsWith(QLatin1String("--"))) {
            if (flags.contains(s)) {
                a.flags << s;
            } else {
                if (i + 1 >= args.size())
                    throw InputError(QString(), 0, s, Tr::tr("needs a value"));
                a.options.insert(s, args[++i]);
            }
        } else if (a.command.isEmpty()) {
            a.command = s;
        } else {
            a.positional << s;
        }
    }
    return a;
}

/// Throws "unknown option" for any option the command does not read (catches typos).
void allowOptions(const Args &a, const QStringList &allowed)
{
    for (auto it = a.options.constBegin(); it != a.options.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for '%1'").arg(a.command));
}

double numberOption(const Args &a, const QString &name, double def)
{
    if (!a.options.contains(name))
        return def;
    bool ok = false;
    const double v = a.options.value(name).toDouble(&ok);
    if (!ok || !std::isfinite(v) || v < 0)
        throw InputError(QString(), 0, name, Tr::tr("'%1' is not a non-negative number").arg(a.options.value(name)));
    return v;
}

QString requireOption(const Args &a, const QString &name)
{
    if (!a.options.contains(name))
        throw InputError(QString(), 0, name, Tr::tr("is required for '%1'").arg(a.command));
    return a.options.value(name);
}

Project loadInput(const QString &path)
{
    if (path == QLatin1String("sample"))
        return makeSampleProject();
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        return readProblemFile(path);
    return ProjectStore::load(path);
}

void saveOutput(const Project &p, const QString &path)
{
    if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        writeProblemFile(p, path);
    else
        ProjectStore::save(p, path);
}

QString fmt(double v, int prec = 2)
{
    return std::isnan(v) ? QStringLiteral("-") : QString::number(v, 'f', prec);
}

int solveCommand(const Args &a, QTextStream &out, QTextStream &err)
{
    allowOptions(a, {"--time-limit", "--gap", "--out", "--breaks"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("solve needs exactly one INPUT (PROBLEM.json, PROJECT.tessera or 'sample')"));
    const QString input = a.positional.front();
    Project project = loadInput(input);
    project.solveTimeLimitSeconds = numberOption(a, QStringLiteral("--time-limit"), project.solveTimeLimitSeconds);
    project.solveRelativeGap = numberOption(a, QStringLiteral("--gap"), project.solveRelativeGap);
    if (!project.templates.empty())
        return solveTemplateProject(project, input, a.options.value(QStringLiteral("--out")),
                                    a.flags.contains(QStringLiteral("--save")), out, err,
                                    breakModelFromName(a.options.value(QStringLiteral("--breaks"), QStringLiteral("implicit"))));
    const SchedulingProblem problem = project.toProblem();
    SolveJob job(problem, project.solveOptions());
    job.runSynchronously();
    if (!job.errorMessage().isEmpty())
        throw InputError(input, 0, QString(), job.errorMessage());
    const SolveResult r = job.result();

    out << "status      " << statusName(r.status) << '\n'
        << "objective   " << fmt(r.objective) << '\n'
        << "best bound  " << fmt(r.bestBound) << '\n'
        << "gap         " << (std::isnan(r.gap) ? QStringLiteral("-") : QString::number(r.gap * 100.0, 'f', 3) + QLatin1Char('%')) << '\n'
        << "seconds     " << QString::number(r.seconds, 'f', 2) << '\n';
    if (r.hasSolution()) {
        const CoverageSummary s = summarize(problem, r);
        out << "shifts      " << s.shifts << " (cost " << fmt(s.shiftCost) << ")\n"
            << "under       " << fmt(s.underAgentHours) << " agent-hours (" << fmt(s.underPercent) << "%)\n"
            << "over        " << fmt(s.overAgentHours) << " agent-hours (" << fmt(s.overPercent) << "%)\n";
    }
    for (const Diagnosis &d : r.diagnosis)
        err << "diagnosis [" << d.kind << "] " << d.message << '\n';
    if (a.options.contains(QStringLiteral("--out"))) {
        writeResultFile(r, problem, a.options.value(QStringLiteral("--out")), project.achievedService(r));
        out << "result      " << a.options.value(QStringLiteral("--out")) << '\n';
    }
    if (a.flags.contains(QStringLiteral("--save")) && input.endsWith(QLatin1String(".tessera"))) {
        project.lastResult = r;
        ProjectStore::save(project, input);
    }
    if (r.status == SolveStatus::Infeasible) {
        err << "infeasible: relax what the diagnosis names, or use soft coverage\n";
        return CliInfeasible;
    }
    if (r.status == SolveStatus::Error)
        return CliError;
    return r.hasSolution() ? CliOk : CliNoSolution;
}

int importCallsCommand(const Args &a, QTextStream &out)
{
    allowOptions(a, {"--from", "--days", "--interval", "--tz", "--out"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("import-calls needs one RECORDS file"));
    const QDate from = QDate::fromString(requireOption(a, QStringLiteral("--from")), Qt::ISODate);
    if (!from.isValid())
        throw InputError(QString(), 0, QStringLiteral("--from"), Tr::tr("expected a date YYYY-MM-DD"));
    const int days = int(numberOption(a, QStringLiteral("--days"), 7));
    const int interval = int(numberOption(a, QStringLiteral("--interval"), 30));
    const QTimeZone tz(a.options.value(QStringLiteral("--tz"), QStringLiteral("Asia/Jerusalem")).toUtf8());
    if (!tz.isValid())
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));
    const CallRecordAggregate agg = aggregateCallRecords(a.positional.front(), tz, from, days, interval);
    writeForecastCsv(agg.forecast, requireOption(a, QStringLiteral("--out")));
    const CallRecordStats &s = agg.stats;
    out << "records " << s.records << ", phantom dropped " << s.phantom << ", VRU hang-ups " << s.vruHangups
        << ", outside window " << s.outsideWindow << "\noffered " << s.offered << " (served " << s.served
        << ", abandoned " << s.abandoned << ") in " << agg.forecast.intervals.size() << " intervals\n";
    return CliOk;
}

int importForecastCommand(const Args &a, QTextStream &out, QTextStream &err)
{
    allowOptions(a, {"--tz", "--interval", "--out", "--columns"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("import-forecast needs one CSV file"));
    const QByteArray zone = requireOption(a, QStringLiteral("--tz")).toUtf8();
    const QTimeZone tz(zone);
    if (!tz.isValid())
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));
    auto queues = importForecastCsvByQueue(a.positional.front(), tz, 0,
                                           ForecastColumns::parse(a.options.value(QStringLiteral("--columns"))));
    if (a.options.contains(QStringLiteral("--interval")))
        for (auto &[name, qf] : queues)
            qf = resampleToLength(qf, int(numberOption(a, QStringLiteral("--interval"), qf.intervalMinutes)));
    const IntervalForecast &f = queues.front().second;
    for (const QString &w : f.warnings)
        err << "warning: " << w << '\n';
    Project p;
    p.name = QFileInfo(a.positional.front()).completeBaseName();
    applyImportedForecast(p, queues, zone);
    saveOutput(p, requireOption(a, QStringLiteral("--out")));
    out << "forecast of " << f.intervals.size() << " intervals of " << f.intervalMinutes << " min, " << queues.size()
        << (queues.size() == 1 ? " queue, " : " queues, ")
        << p.shifts.size() << " shifts generated\n";
    return CliOk;
}

/// Staffing options given on the command line override the input's.
StaffingParams staffingOptions(const Args &a, StaffingParams s)
{
    s.serviceLevelTarget = numberOption(a, QStringLiteral("--sl"), s.serviceLevelTarget);
    s.serviceLevelSeconds = numberOption(a, QStringLiteral("--sl-seconds"), s.serviceLevelSeconds);
    s.asaSeconds = numberOption(a, QStringLiteral("--asa"), s.asaSeconds);
    s.maxOccupancy = numberOption(a, QStringLiteral("--max-occupancy"), s.maxOccupancy);
    s.shrinkage = numberOption(a, QStringLiteral("--shrinkage"), s.shrinkage);
    s.concurrency = int(numberOption(a, QStringLiteral("--concurrency"), s.concurrency));
    s.deadlineMinutes = numberOption(a, QStringLiteral("--deadline"), s.deadlineMinutes);
    s.patienceSeconds = numberOption(a, QStringLiteral("--patience"), s.patienceSeconds);
    s.maxAbandonment = numberOption(a, QStringLiteral("--max-abandonment"), s.maxAbandonment);
    if (a.options.contains(QStringLiteral("--model"))) {
        const QString m = a.options.value(QStringLiteral("--model"));
        if (m == QLatin1String("erlangC"))
            s.model = StaffingModel::ErlangC;
        else if (m == QLatin1String("erlangA"))
            s.model = StaffingModel::ErlangA;
        else
            throw InputError(QString(), 0, QStringLiteral("--model"), Tr::tr("'%1' is not erlangC or erlangA").arg(m));
    }
    if (a.options.contains(QStringLiteral("--sl-definition"))) {
        const QString d = a.options.value(QStringLiteral("--sl-definition"));
        if (d == QLatin1String("offered"))
            s.slDefinition = staffing::SlDefinition::Offered;
        else if (d == QLatin1String("answered"))
            s.slDefinition = staffing::SlDefinition::Answered;
        else
            throw InputError(QString(), 0, QStringLiteral("--sl-definition"), Tr::tr("'%1' is not offered or answered").arg(d));
    }
    if (a.options.contains(QStringLiteral("--channel"))) {
        const QString c = a.options.value(QStringLiteral("--channel"));
        if (c == QLatin1String("voice"))
            s.channel = Channel::Voice;
        else if (c == QLatin1String("chat"))
            s.channel = Channel::Chat;
        else if (c == QLatin1String("email"))
            s.channel = Channel::Email;
        else
            throw InputError(QString(), 0, QStringLiteral("--channel"), Tr::tr("'%1' is not voice, chat or email").arg(c));
    }
    return s;
}

struct StaffedQueue {
    QString name;
    IntervalForecast forecast;
    std::vector<IntervalRequirement> requirements;
};

int staffingCommand(const Args &a, QTextStream &out)
{
    allowOptions(a, {"--out", "--tz", "--interval", "--sl", "--sl-seconds", "--asa", "--max-occupancy", "--shrinkage",
                     "--channel", "--concurrency", "--deadline", "--model", "--patience", "--sl-definition",
                     "--max-abandonment", "--columns"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("staffing needs one INPUT (forecast CSV, PROBLEM.json, .tessera or 'sample')"));
    const QString input = a.positional.front();
    std::vector<StaffedQueue> queues;
    std::vector<StaffingParams> params; // per queue
    if (input.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)) {
        const QTimeZone tz(requireOption(a, QStringLiteral("--tz")).toUtf8());
        if (!tz.isValid())
            throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));
        const ForecastColumns columns = ForecastColumns::parse(a.options.value(QStringLiteral("--columns")));
        for (auto &[name, f] : importForecastCsvByQueue(input, tz, int(numberOption(a, QStringLiteral("--interval"), 0)), columns)) {
            queues.push_back({name, std::move(f), {}});
            params.push_back(staffingOptions(a, StaffingParams{}));
        }
    } else {
        const Project p = loadInput(input);
        if (p.forecast.empty())
            throw InputError(input, 0, QStringLiteral("forecast"), Tr::tr("the input has demand but no forecast to staff"));
        for (int q = 0; q < p.queueCount(); ++q) {
            const Queue qu = p.queue(q);
            IntervalForecast f;
            f.start = p.effectiveStart();
            f.intervalMinutes = p.intervalMinutes;
            f.intervals = qu.forecast;
            queues.push_back({qu.name, std::move(f), {}});
            params.push_back(staffingOptions(a, qu.staffing));
        }
    }
    for (size_t k = 0; k < queues.size(); ++k) {
        StaffedQueue &q = queues[k];
        try {
            q.requirements = computeRequirements(q.forecast.intervals, q.forecast.intervalMinutes, params[k]);
        } catch (const InputError &e) {
            throw InputError(input, e.row(), q.name.isEmpty() ? e.field() : q.name + QLatin1Char('.') + e.field(), e.reason());
        }
    }
    std::vector<std::vector<IntervalRequirement>> all;
    for (const StaffedQueue &q : queues)
        all.push_back(q.requirements);
    const std::vector<double> total = totalGrossAgents(all);
    const IntervalForecast &grid = queues.front().forecast;
    auto startOf = [&](size_t t) {
        return grid.start.addSecs(qint64(t) * grid.intervalMinutes * 60).toTimeZone(grid.start.timeZone()).toString(Qt::ISODate);
    };
    auto num = [](double v) { return std::isfinite(v) ? nlohmann::json(v) : nlohmann::json(nullptr); };
    const QString target = a.options.value(QStringLiteral("--out"));
    if (target.endsWith(QLatin1String(".json"), Qt::CaseInsensitive)) {
        nlohmann::json j;
        j["format"] = "tessera-staffing";
        j["intervalMinutes"] = grid.intervalMinutes;
        nlohmann::json ivs = nlohmann::json::array();
        for (size_t t = 0; t < total.size(); ++t) {
            nlohmann::json e{{"index", t}, {"start", startOf(t).toStdString()}, {"required", total[t]}};
            nlohmann::json qs = nlohmann::json::array();
            for (const StaffedQueue &q : queues) {
                const IntervalRequirement &r = q.requirements[t];
                nlohmann::json qe{{"offered", q.forecast.intervals[t].offered}, {"ahtSeconds", q.forecast.intervals[t].ahtSeconds},
                                  {"erlangs", r.trafficErlangs}, {"servers", r.servers}, {"netAgents", r.netAgents},
                                  {"shrinkage", r.shrinkage}, {"required", r.grossAgents}, {"serviceLevel", num(r.serviceLevel)},
                                  {"asa", num(r.asaSeconds)}, {"abandonment", r.abandonment}, {"occupancy", r.occupancy}};
                if (!q.name.isEmpty())
                    qe["queue"] = q.name.toStdString();
                qs.push_back(qe);
            }
            if (queues.size() == 1) {
                for (auto it = qs[0].begin(); it != qs[0].end(); ++it)
                    e[it.key()] = it.value();
            } else {
                e["queues"] = qs;
            }
            ivs.push_back(e);
        }
        j["intervals"] = ivs;
        writeFileAtomically(target, QByteArray::fromStdString(j.dump(2)) + '\n');
    } else if (!target.isEmpty()) {
        QByteArray csv = "interval_start,queue,offered,aht_seconds,erlangs,servers,net_agents,shrinkage,required,"
                         "service_level,asa_seconds,abandonment,occupancy\n";
        auto f = [](double v) { return std::isfinite(v) ? QByteArray::number(v, 'g', 10) : QByteArray(); };
        for (size_t t = 0; t < total.size(); ++t) {
            for (const StaffedQueue &q : queues) {
                const IntervalRequirement &r = q.requirements[t];
                csv += startOf(t).toUtf8() + ',' + q.name.toUtf8() + ',' + f(q.forecast.intervals[t].offered) + ','
                    + f(q.forecast.intervals[t].ahtSeconds) + ',' + f(r.trafficErlangs) + ',' + QByteArray::number(r.servers)
                    + ',' + f(r.netAgents) + ',' + f(r.shrinkage) + ',' + f(r.grossAgents) + ',' + f(r.serviceLevel) + ','
                    + f(r.asaSeconds) + ',' + f(r.abandonment) + ',' + f(r.occupancy) + '\n';
            }
            if (queues.size() > 1)
                csv += startOf(t).toUtf8() + ",total,,,,,," + ',' + f(total[t]) + ",,,,\n";
        }
        writeFileAtomically(target, csv);
    }
    double peak = 0, agentHours = 0;
    for (double v : total) {
        peak = std::max(peak, v);
        agentHours += v * grid.intervalMinutes / 60.0;
    }
    out << queues.size() << (queues.size() == 1 ? " queue, " : " queues, ") << total.size() << " intervals of "
        << grid.intervalMinutes << " min\npeak required " << fmt(peak) << " agents, " << fmt(agentHours, 1)
        << " agent-hours in all\n";
    return CliOk;
}

} // namespace

int reportingErrors(QTextStream &err, const std::function<int()> &body)
{
    try {
        return body();
    } catch (const InputError &e) {
        err << "tessera-cli: " << e.message() << '\n';
    } catch (const std::exception &e) {
        err << "tessera-cli: " << e.what() << '\n';
    }
    return CliError;
}

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    return reportingErrors(err, [&]() -> int {
        const Args a = parse(args);
        if (a.command.isEmpty() || a.command == QLatin1String("help") || a.flags.contains(QStringLiteral("--help"))) {
            out << kUsage;
            return a.command.isEmpty() ? CliUsage : CliOk;
        }
        if (a.command == QLatin1String("solve"))
            return solveCommand(a, out, err);
        if (a.command == QLatin1String("import-calls"))
            return importCallsCommand(a, out);
        if (a.command == QLatin1String("staffing"))
            return staffingCommand(a, out);
        if (a.command == QLatin1String("forecast"))
            return forecastCommand(a.positional, a.options, out, err);
        if (a.command == QLatin1String("patience"))
            return patienceCommand(a.positional, a.options, out, err);
        if (a.command == QLatin1String("roster")) {
            QMap<QString, QString> options = a.options; // its flags travel as options without value
            for (const QString &f : a.flags)
                options.insert(f, QString());
            return rosterCommand(a.positional, options, out, err);
        }
        if (a.command == QLatin1String("sync"))
            return syncCommand(a.positional, a.options, a.flags, out, err);
        if (a.command == QLatin1String("import-forecast"))
            return importForecastCommand(a, out, err);
        if (a.command == QLatin1String("sample")) {
            allowOptions(a, {"--out"});
            saveOutput(makeSampleProject(), requireOption(a, QStringLiteral("--out")));
            return CliOk;
        }
        if (a.command == QLatin1String("export-problem") || a.command == QLatin1String("export-mps")) {
            allowOptions(a, {"--out"});
            if (a.positional.size() != 1)
                throw InputError(Tr::tr("%1 needs one INPUT").arg(a.command));
            const Project p = loadInput(a.positional.front());
            const QString target = requireOption(a, QStringLiteral("--out"));
            if (a.command == QLatin1String("export-problem"))
                writeProblemFile(p, target);
            else if (!p.templates.empty())
                writeMps(buildTemplateModel(p.toTemplateProblem()), target); // implicit breaks
            else
                writeCoveringMps(p.toProblem(), target);
            return CliOk;
        }
        err << "tessera-cli: unknown command '" << a.command << "'\n" << kUsage;
        return CliUsage;
    });
}

} // namespace tessera

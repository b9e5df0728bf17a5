// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/cli.h"

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
    "  solve INPUT [--time-limit S] [--gap G] [--out RESULT.json] [--save]\n"
    "      INPUT is a PROBLEM.json or a .tessera project (or 'sample'). Solves the shift\n"
    "      set-covering model with CBC. --save stores the solution back into a .tessera input.\n"
    "      Exit 0 with a solution, 2 when infeasible (RESULT.json still written), 3 when no\n"
    "      solution was found in time, 1 on bad input.\n"
    "  import-calls RECORDS.txt --from YYYY-MM-DD --days N [--interval MIN] [--tz ZONE] --out F.csv\n"
    "      Aggregates per-call records (Anonymous Bank layout) into an interval forecast CSV.\n"
    "  import-forecast F.csv --tz ZONE [--interval MIN] --out PROJECT.tessera|PROBLEM.json\n"
    "      Starts a project from an interval forecast CSV with the default week catalog.\n"
    "  sample --out PROJECT.tessera|PROBLEM.json\n"
    "      Writes the bundled Anonymous Bank sample project.\n"
    "  export-problem INPUT --out PROBLEM.json\n"
    "  export-mps INPUT --out MODEL.mps\n"
    "      Writes the covering model as free-format MPS (e.g. for the cbc command line).\n";

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
    static const QStringList flags = {"--save", "--help"};
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
    allowOptions(a, {"--time-limit", "--gap", "--out"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("solve needs exactly one INPUT (PROBLEM.json, PROJECT.tessera or 'sample')"));
    const QString input = a.positional.front();
    Project project = loadInput(input);
    project.solveTimeLimitSeconds = numberOption(a, QStringLiteral("--time-limit"), project.solveTimeLimitSeconds);
    project.solveRelativeGap = numberOption(a, QStringLiteral("--gap"), project.solveRelativeGap);
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
        writeResultFile(r, problem, a.options.value(QStringLiteral("--out")));
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
    allowOptions(a, {"--tz", "--interval", "--out"});
    if (a.positional.size() != 1)
        throw InputError(Tr::tr("import-forecast needs one CSV file"));
    const QByteArray zone = requireOption(a, QStringLiteral("--tz")).toUtf8();
    const QTimeZone tz(zone);
    if (!tz.isValid())
        throw InputError(QString(), 0, QStringLiteral("--tz"), Tr::tr("unknown time zone"));
    const IntervalForecast f = importForecastCsv(a.positional.front(), tz, int(numberOption(a, QStringLiteral("--interval"), 0)));
    for (const QString &w : f.warnings)
        err << "warning: " << w << '\n';
    Project p;
    p.name = QFileInfo(a.positional.front()).completeBaseName();
    applyImportedForecast(p, f, zone);
    saveOutput(p, requireOption(a, QStringLiteral("--out")));
    out << "forecast of " << f.intervals.size() << " intervals of " << f.intervalMinutes << " min, "
        << p.shifts.size() << " shifts generated\n";
    return CliOk;
}

} // namespace

int runCli(const QStringList &args, QTextStream &out, QTextStream &err)
{
    try {
        const Args a = parse(args);
        if (a.command.isEmpty() || a.command == QLatin1String("help") || a.flags.contains(QStringLiteral("--help"))) {
            out << kUsage;
            return a.command.isEmpty() ? CliUsage : CliOk;
        }
        if (a.command == QLatin1String("solve"))
            return solveCommand(a, out, err);
        if (a.command == QLatin1String("import-calls"))
            return importCallsCommand(a, out);
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
            else
                writeCoveringMps(p.toProblem(), target);
            return CliOk;
        }
        err << "tessera-cli: unknown command '" << a.command << "'\n" << kUsage;
        return CliUsage;
    } catch (const InputError &e) {
        err << "tessera-cli: " << e.message() << '\n';
        return CliError;
    } catch (const std::exception &e) {
        err << "tessera-cli: " << e.what() << '\n';
        return CliError;
    }
}

} // namespace tessera

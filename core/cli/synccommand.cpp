// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/cli/synccommand.h"

#include "core/cli/cli.h"
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"
#include "core/sync/publish.h"
#include "core/sync/secretstore.h"
#include "core/sync/wfmapi.h"

#include <QFile>

namespace tessera {

namespace {

void allow(const QMap<QString, QString> &options, const QStringList &allowed, const QString &command)
{
    for (auto it = options.constBegin(); it != options.constEnd(); ++it)
        if (!allowed.contains(it.key()))
            throw InputError(QString(), 0, it.key(), Tr::tr("unknown option for '%1'").arg(command));
}

std::unique_ptr<GenesysClient> connect(const QMap<QString, QString> &o, QTextStream &err)
{
    ConnectionSettings s;
    s.region = o.value(QStringLiteral("--region"), s.region);
    s.baseUrl = o.value(QStringLiteral("--base-url"));
    s.clientId = o.value(QStringLiteral("--client-id"));
    if (s.clientId.isEmpty())
        throw InputError(QString(), 0, QStringLiteral("--client-id"), Tr::tr("is required"));
    const QByteArray var = o.value(QStringLiteral("--secret-env"), QStringLiteral("TESSERA_CLIENT_SECRET")).toUtf8();
    EnvSecretStore store(var);
    const auto secret = store.read(secretKey(QStringLiteral("genesys"), s.clientId));
    if (!secret || secret->isEmpty())
        throw InputError(QString(), 0, QStringLiteral("--secret-env"),
                         Tr::tr("environment variable %1 holds no client secret").arg(QString::fromUtf8(var)));
    auto c = std::make_unique<GenesysClient>(s, *secret);
    c->setLogger([&err](const QString &line) { err << "sync: " << line << '\n'; });
    return c;
}

int intOption(const QMap<QString, QString> &o, const QString &name, int def)
{
    if (!o.contains(name))
        return def;
    bool ok = false;
    const int v = o.value(name).toInt(&ok);
    if (!ok || v < 1)
        throw InputError(QString(), 0, name, Tr::tr("'%1' is not a positive integer").arg(o.value(name)));
    return v;
}

int pull(const QMap<QString, QString> &o, QTextStream &out, QTextStream &err)
{
    allow(o, {"--region", "--base-url", "--client-id", "--secret-env", "--business-unit", "--week", "--weeks", "--out"},
          QStringLiteral("sync pull"));
    auto client = connect(o, err);
    WfmApi api(*client);
    const QString buId = o.value(QStringLiteral("--business-unit"));
    if (buId.isEmpty()) {
        for (const auto &bu : api.businessUnits())
            out << bu.id << '\t' << bu.name << '\t' << bu.timeZone << '\t' << bu.startDayOfWeek << '\n';
        return CliOk;
    }
    QDate week;
    int weeks = 0;
    if (o.contains(QStringLiteral("--week"))) {
        week = QDate::fromString(o.value(QStringLiteral("--week")), Qt::ISODate);
        if (!week.isValid())
            throw InputError(QString(), 0, QStringLiteral("--week"), Tr::tr("expected YYYY-MM-DD"));
        weeks = intOption(o, QStringLiteral("--weeks"), 1);
    } else if (o.contains(QStringLiteral("--out"))) {
        throw InputError(QString(), 0, QStringLiteral("--out"), Tr::tr("needs --week (a project is built over the forecast)"));
    }
    const PlatformSnapshot snap = api.pull(buId, week, weeks);
    out << "business unit " << snap.businessUnit.name << " (" << snap.businessUnit.id << "), time zone "
        << snap.businessUnit.timeZone << ", weeks start on " << snap.businessUnit.startDayOfWeek << '\n';
    out << snap.managementUnits.size() << " management units, " << snap.agents.size() << " agents, "
        << snap.activityCodes.size() << " activity codes, " << snap.planningGroups.size() << " planning groups\n";
    if (snap.forecast) {
        for (const auto &ser : snap.forecast->series) {
            double offered = 0;
            for (const auto &iv : ser.intervals)
                offered += iv.offered;
            out << "forecast " << ser.planningGroupName << ": " << ser.intervals.size() << " intervals of 15 min, "
                << QString::number(offered, 'f', 1) << " contacts offered\n";
        }
        if (o.contains(QStringLiteral("--out"))) {
            const QString path = o.value(QStringLiteral("--out"));
            const Project p = projectFromForecast(*snap.forecast, snap.businessUnit);
            if (path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
                writeProblemFile(p, path);
            else
                ProjectStore::save(p, path);
        }
    }
    const auto &st = client->stats();
    out << st.requests << " requests, " << st.retries << " retries\n";
    return CliOk;
}

int publish(const QStringList &positional, const QMap<QString, QString> &o, const QStringList &flags, QTextStream &out,
            QTextStream &err)
{
    allow(o, {"--region", "--base-url", "--client-id", "--secret-env", "--checkpoint", "--chunk"}, QStringLiteral("sync publish"));
    if (positional.size() != 1)
        throw InputError(Tr::tr("sync publish needs one WEEK.json"));
    QFile f(positional.front());
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(positional.front(), 0, QString(), f.errorString());
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(f.readAll().toStdString());
    } catch (const nlohmann::json::exception &e) {
        throw InputError(positional.front(), 0, QString(), QString::fromUtf8(e.what()));
    }
    ScheduleWeek week = scheduleWeekFromJson(j, positional.front());
    auto client = connect(o, err);
    WfmApi api(*client);
    PlatformSnapshot snap;
    snap.businessUnit = api.businessUnit(week.businessUnitId);
    snap.agents = api.agents(week.businessUnitId);
    snap.activityCodes = api.activityCodes(week.businessUnitId);
    const DryRunReport report = dryRunSchedule(week, snap);
    out << report.text();
    if (!report.ok()) {
        err << "tessera-cli: the dry run found " << report.errorCount() << " error(s); nothing was written\n";
        return CliError;
    }
    if (flags.contains(QStringLiteral("--dry-run")))
        return CliOk;
    PublishOptions po;
    po.checkpointPath = o.value(QStringLiteral("--checkpoint"), positional.front() + QStringLiteral(".sync-checkpoint.json"));
    po.chunkSize = intOption(o, QStringLiteral("--chunk"), po.chunkSize);
    const PublishResult r = publishScheduleWeek(*client, week, po, [&out](double f, const QString &m) {
        out << QString::number(int(f * 100)) << "% " << m << '\n';
    });
    out << "schedule " << r.scheduleId << " version " << r.version << ": " << r.shiftsAdded << " shifts added, "
        << r.shiftsDeleted << " deleted, " << r.shiftsKept << " unchanged; " << r.chunks << " chunks ("
        << r.chunksResumed << " resumed from the checkpoint)\n";
    return CliOk;
}

} // namespace

int syncCommand(const QStringList &positional, const QMap<QString, QString> &options, const QStringList &flags,
                QTextStream &out, QTextStream &err)
{
    const QString sub = positional.value(0);
    if (sub == QLatin1String("pull")) {
        if (positional.size() != 1)
            throw InputError(Tr::tr("sync pull takes no file argument"));
        return pull(options, out, err);
    }
    if (sub == QLatin1String("publish"))
        return publish(positional.mid(1), options, flags, out, err);
    throw InputError(QString(), 0, QStringLiteral("sync"), Tr::tr("expected 'pull' or 'publish', got '%1'").arg(sub));
}

} // namespace tessera

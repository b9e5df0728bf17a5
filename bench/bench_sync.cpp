// SPDX-License-Identifier: GPL-3.0-or-later
// Sync benchmark against the in-process emulator (tessera-platform-sim on 127.0.0.1): pull of
// 6 weeks of 15-minute forecast data (2 planning groups), and publish of a 1,000-agent week
// (5 shifts per agent, 3 activities per shift) through the upload-URL flow, first run and an
// unchanged re-run. Prints figures; asserts nothing. Run: build/bench/bench_sync [AGENTS]
#include "app/platformsim/platformsim.h"
#include "core/sync/publish.h"
#include "core/sync/wfmapi.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>
#include <QTimeZone>

using namespace tessera;
using namespace tessera::sim;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const int agents = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 1000;
    FixtureParams fp;
    fp.agents = agents;
    fp.managementUnits = 5;
    SimThread sim(fp);
    ConnectionSettings cs;
    cs.baseUrl = sim.baseUrl();
    cs.clientId = QString::fromLatin1(kDemoClientId);
    out << "Tessera sync benchmark: emulator on " << sim.baseUrl() << ", " << agents << " agents in 5 MUs\n\n";

    for (int concurrent : {1, 4}) {
        RetryPolicy pol;
        pol.maxConcurrent = concurrent;
        GenesysClient client(cs, QString::fromLatin1(kDemoClientSecret), pol);
        QElapsedTimer t;
        t.start();
        const PlatformSnapshot snap = WfmApi(client).pull(sim.sim()->businessUnitId(), fp.weekDate, 6);
        const qint64 ms = t.elapsed();
        out << "pull BU + " << snap.agents.size() << " agents + codes + 6-week forecast ("
            << snap.forecast->series.size() << " x " << snap.forecast->series[0].intervals.size()
            << " intervals), " << concurrent << " in flight: " << ms << " ms, " << client.stats().requests
            << " requests\n";
    }

    GenesysClient client(cs, QString::fromLatin1(kDemoClientSecret));
    const PlatformSnapshot snap = WfmApi(client).pull(sim.sim()->businessUnitId(), fp.weekDate, 0);
    const QTimeZone zone(fp.timeZone.toUtf8());
    ScheduleWeek week;
    week.businessUnitId = sim.sim()->businessUnitId();
    week.weekDate = fp.weekDate;
    week.description = QStringLiteral("bench week");
    const QString onQueue = sim.sim()->activityCodeId(QStringLiteral("OnQueueWork"));
    const QString meal = sim.sim()->activityCodeId(QStringLiteral("Meal"));
    const QStringList ids = sim.sim()->agentIds();
    for (int i = 0; i < ids.size(); ++i) {
        AgentWeek a;
        a.userId = ids[i];
        for (int d = 0; d < 5; ++d) {
            ScheduledShift s;
            s.start = QDateTime(fp.weekDate.addDays(d), QTime(7, 0), zone).addSecs(qint64(i % 16) * 1800).toUTC();
            s.lengthMinutes = 480;
            s.activities = {{s.start, 240, onQueue, QStringLiteral("On Queue"), true},
                            {s.start.addSecs(240 * 60), 30, meal, QStringLiteral("Meal"), false},
                            {s.start.addSecs(270 * 60), 210, onQueue, QStringLiteral("On Queue"), true}};
            a.shifts.push_back(s);
        }
        week.agents.push_back(a);
    }
    QElapsedTimer t;
    t.start();
    const DryRunReport report = dryRunSchedule(week, snap);
    out << "\ndry run of " << report.shifts << " shifts: " << t.elapsed() << " ms, " << report.errorCount() << " errors\n";
    for (int chunk : {100, 250}) {
        PublishOptions po;
        po.chunkSize = chunk;
        po.pollIntervalMs = 50;
        week.description = QStringLiteral("bench week, chunks of %1").arg(chunk);
        GenesysClient c(cs, QString::fromLatin1(kDemoClientSecret));
        t.restart();
        const PublishResult r = publishScheduleWeek(c, week, po);
        const qint64 first = t.elapsed();
        const int firstRequests = c.stats().requests;
        t.restart();
        const PublishResult again = publishScheduleWeek(c, week, po);
        out << "publish " << week.agents.size() << " agents, " << week.shiftCount() << " shifts, chunks of " << chunk
            << " (" << r.chunks << " uploads): " << first << " ms, " << firstRequests << " requests; unchanged re-run: "
            << t.elapsed() << " ms, " << again.chunksUnchanged << " chunks unchanged\n";
    }
    // One agent-schedule query of a whole MU (200 agents, 1,000 shifts) after the publishes.
    {
        GenesysClient c(cs, QString::fromLatin1(kDemoClientSecret));
        const QString path = WfmApi::buPath(week.businessUnitId) + QStringLiteral("/weeks/") +
                             fp.weekDate.toString(Qt::ISODate) + QStringLiteral("/schedules");
        const auto list = c.getJson(path);
        const QString sid = QString::fromStdString(list["entities"][0]["id"].get<std::string>());
        t.restart();
        const auto reply = c.postJson(path + QLatin1Char('/') + sid + QStringLiteral("/agentschedules/query"),
                                      {{"managementUnitId", snap.managementUnits[0].id.toStdString()}});
        out << "agent-schedule query of one MU (" << reply["result"]["agentSchedules"].size() << " agents): "
            << t.elapsed() << " ms\n";
    }
    return 0;
}

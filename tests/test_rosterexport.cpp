// SPDX-License-Identifier: GPL-3.0-or-later
// Roster ↔ platform schedule (core/sync/rosterexport.h), end to end against the in-process emulator.
#include "app/platformsim/platformsim.h"
#include "core/error.h"
#include "core/rostering/agentsolve.h"
#include "core/sync/publish.h"
#include "core/sync/rosterexport.h"
#include "core/sync/wfmapi.h"

#include <QTimeZone>
#include <QtTest>

#include <set>

using namespace tessera;
using namespace tessera::sim;
using nlohmann::json;

namespace {

/// A snapshot with the emulator's category names (ids are the category names, lower case).
PlatformSnapshot handSnapshot()
{
    PlatformSnapshot s;
    s.businessUnit = {QStringLiteral("bu"), QStringLiteral("BU"), QStringLiteral("Europe/Berlin"), QStringLiteral("Monday")};
    s.managementUnits = {{QStringLiteral("mu"), QStringLiteral("Site A")}};
    s.agents = {{QStringLiteral("u1"), QStringLiteral("Ann"), QStringLiteral("mu"), {}, {QStringLiteral("q1")}, {QStringLiteral("s1")}}};
    s.activityCodes = {{QStringLiteral("work"), QStringLiteral("On Queue"), QStringLiteral("OnQueueWork"), true, true},
                       {QStringLiteral("brk"), QStringLiteral("Break"), QStringLiteral("Break"), true, false},
                       {QStringLiteral("meal"), QStringLiteral("Meal"), QStringLiteral("Meal"), false, false}};
    return s;
}

/// Berlin, 15-minute intervals from Monday 2026-10-19 00:00 CEST; summer time ends on Sunday
/// 2026-10-25 at 03:00 CEST (→ 02:00 CET), inside this week.
Project dstProject()
{
    Project p;
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 10, 19), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 15;
    p.demand.assign(7 * 96, 1.0);
    p.roster = p.rosterBase();
    rostering::Agent a;
    a.id = QStringLiteral("u1");
    a.name = QStringLiteral("Ann");
    p.roster.agents.push_back(a);
    return p;
}

/// "work 120, brk 15, ..." of a shift's activities.
QString activityText(const ScheduledShift &s)
{
    QStringList parts;
    for (const auto &a : s.activities)
        parts << QStringLiteral("%1 %2").arg(a.activityCodeId).arg(a.lengthMinutes);
    return parts.join(QStringLiteral(", "));
}

ConnectionSettings settingsFor(const SimThread &s)
{
    ConnectionSettings c;
    c.baseUrl = s.baseUrl();
    c.clientId = QString::fromLatin1(kDemoClientId);
    return c;
}

RetryPolicy fastPolicy()
{
    RetryPolicy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 40;
    p.timeoutMs = 5000;
    p.jitterSeed = 3;
    return p;
}

} // namespace

class TestRosterExport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftToPlatform_data();
    void shiftToPlatform();
    void missingActivityCategoryNamesField();
    void mergeKeepsContractsAndAddsAgents();
    void offlineEditsSinceLastSync();
    void pullRosterPublishAgainstEmulator();
    void pullSolvePublish();
};

void TestRosterExport::shiftToPlatform_data()
{
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("end");
    QTest::addColumn<QList<int>>("unpaid"); // start, end pairs
    QTest::addColumn<QList<int>>("paid");
    QTest::addColumn<QString>("utcStart");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<QString>("activities");
    // Monday 08:00 CEST = 06:00Z, 8.5 h with a paid break at 10:00 and a meal at 12:00.
    QTest::newRow("summer time, both breaks") << 32 << 66 << QList<int>{48, 50} << QList<int>{40, 41}
                                              << "2026-10-19T06:00:00Z" << 510
                                              << "work 120, brk 15, work 105, meal 30, work 240";
    // Saturday 22:00 CEST for 8 h of elapsed time, across the change: still 480 minutes.
    QTest::newRow("night across the DST change") << 5 * 96 + 88 << 5 * 96 + 120 << QList<int>{} << QList<int>{}
                                                 << "2026-10-24T20:00:00Z" << 480 << "work 480";
    // Interval 6 × 96 + 32 is 152 h after Monday 00:00 CEST (Sunday 2026-10-18 22:00Z): 06:00Z,
    // i.e. 07:00 CET — the roster counts elapsed time, not wall-clock time, after the change.
    QTest::newRow("after the DST change") << 6 * 96 + 32 << 6 * 96 + 64 << QList<int>{} << QList<int>{56 + 6 * 96, 57 + 6 * 96}
                                          << "2026-10-25T06:00:00Z" << 480 << "work 360, brk 15, work 105";
    // Breaks given out of order are sorted.
    QTest::newRow("breaks out of order") << 36 << 72 << QList<int>{60, 62} << QList<int>{44, 45}
                                         << "2026-10-19T07:00:00Z" << 540
                                         << "work 120, brk 15, work 225, meal 30, work 150";
}

void TestRosterExport::shiftToPlatform()
{
    QFETCH(int, start);
    QFETCH(int, end);
    QFETCH(QList<int>, unpaid);
    QFETCH(QList<int>, paid);
    Project p = dstProject();
    rostering::Assignment a;
    a.start = start;
    a.end = end;
    for (int i = 0; i + 1 < unpaid.size(); i += 2)
        a.breaks.push_back({unpaid[i], unpaid[i + 1]});
    for (int i = 0; i + 1 < paid.size(); i += 2)
        a.paidBreaks.push_back({paid[i], paid[i + 1]});
    p.roster.assignments.push_back(a);
    RosterExportOptions o;
    o.weekDate = QDate(2026, 10, 19);
    PlatformSnapshot snap = handSnapshot();
    ScheduleWeek w = scheduleWeekFromRoster(p, snap, o);
    QCOMPARE(int(w.agents.size()), 1);
    QCOMPARE(w.agents[0].userId, QStringLiteral("u1"));
    QCOMPARE(w.agents[0].managementUnitId, QStringLiteral("mu"));
    QCOMPARE(int(w.agents[0].shifts.size()), 1);
    const ScheduledShift &s = w.agents[0].shifts[0];
    QTEST(s.start.toString(Qt::ISODate), "utcStart");
    QTEST(s.lengthMinutes, "minutes");
    QTEST(activityText(s), "activities");
    // The meal is unpaid because its code is; the activities tile the shift.
    int sum = 0;
    for (const auto &act : s.activities) {
        QCOMPARE(act.paid, act.activityCodeId != QLatin1String("meal"));
        QCOMPARE(act.start, s.start.addSecs(qint64(sum) * 60));
        sum += act.lengthMinutes;
    }
    QCOMPARE(sum, s.lengthMinutes);
    const DryRunReport r = dryRunSchedule(w, snap);
    QVERIFY2(r.ok(), qPrintable(r.text()));
}

void TestRosterExport::missingActivityCategoryNamesField()
{
    Project p = dstProject();
    PlatformSnapshot snap = handSnapshot();
    snap.activityCodes.pop_back(); // no Meal code
    RosterExportOptions o;
    o.weekDate = QDate(2026, 10, 19);
    try {
        scheduleWeekFromRoster(p, snap, o);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), QStringLiteral("activities.unpaidBreak"));
        QVERIFY2(e.reason().contains(QStringLiteral("Meal")), qPrintable(e.reason()));
    }
    o.activities.unpaidBreakCodeId = QStringLiteral("nope");
    try {
        scheduleWeekFromRoster(p, snap, o);
        QFAIL("no error");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), QStringLiteral("activities.unpaidBreak"));
        QVERIFY2(e.reason().contains(QStringLiteral("nope")), qPrintable(e.reason()));
    }
    // Mapped explicitly to the Break code, the export works without a Meal code.
    o.activities.unpaidBreakCodeId = QStringLiteral("brk");
    QCOMPARE(scheduleWeekFromRoster(p, snap, o).shiftCount(), 0);
}

void TestRosterExport::mergeKeepsContractsAndAddsAgents()
{
    rostering::AgentRoster r;
    rostering::Agent keep;
    keep.id = QStringLiteral("u1");
    keep.name = QStringLiteral("old name");
    keep.contractId = QStringLiteral("FT");
    keep.seniority = 2;
    rostering::Agent local;
    local.id = QStringLiteral("local");
    r.agents = {keep, local};
    PlatformSnapshot snap = handSnapshot();
    snap.agents.push_back({QStringLiteral("u2"), QStringLiteral("Bob"), QStringLiteral("mu"), {}, {QStringLiteral("q1")}, {}});
    QCOMPARE(mergePlatformAgents(r, snap), 1);
    QCOMPARE(int(r.agents.size()), 3);
    QCOMPARE(r.agents[0].name, QStringLiteral("Ann"));
    QCOMPARE(r.agents[0].contractId, QStringLiteral("FT"));
    QCOMPARE(r.agents[0].seniority, 2);
    QCOMPARE(r.agents[0].skills, (QStringList{QStringLiteral("s1"), QStringLiteral("q1")}));
    QCOMPARE(r.agents[1].id, QStringLiteral("local"));
    QCOMPARE(r.agents[2].id, QStringLiteral("u2"));
    QCOMPARE(r.agents[2].contractId, QStringLiteral("platform"));
    QCOMPARE(int(r.contracts.size()), 1);
    QCOMPARE(r.contracts[0].maxMinutesPerWeek, 2400);
    QCOMPARE(mergePlatformAgents(r, snap), 0); // idempotent
    QCOMPARE(int(r.contracts.size()), 1);
}

void TestRosterExport::offlineEditsSinceLastSync()
{
    Project p = dstProject();
    rostering::Agent bob;
    bob.id = QStringLiteral("u2");
    bob.name = QStringLiteral("Bob");
    p.roster.agents.push_back(bob);
    p.roster.assignments = {{0, 32, 64, {}, {}, QStringLiteral("A"), {}, {}}, {0, 96 + 32, 96 + 64, {}, {}, QStringLiteral("A"), {}, {}},
                            {1, 2 * 96 + 32, 2 * 96 + 64, {}, {}, QStringLiteral("A"), {}, {}}};
    const auto synced = rosterDayFingerprints(p);
    QCOMPARE(int(synced.size()), 3);
    QVERIFY(rosterChangesSince(synced, p).empty());
    p.roster.assignments[0].breaks.push_back({48, 50});      // Monday changed
    p.roster.assignments.erase(p.roster.assignments.begin() + 1); // Tuesday removed
    p.roster.assignments.push_back({1, 4 * 96 + 40, 4 * 96 + 72, {}, {}, QStringLiteral("B"), {}, {}}); // Friday added
    const auto changes = rosterChangesSince(synced, p);
    QStringList texts;
    for (const auto &c : changes)
        texts << c.text();
    QCOMPARE(texts, (QStringList{QStringLiteral("Ann (u1), Mon 2026-10-19: shift changed"),
                                 QStringLiteral("Ann (u1), Tue 2026-10-20: shift removed"),
                                 QStringLiteral("Bob (u2), Fri 2026-10-23: shift added")}));
}

void TestRosterExport::pullRosterPublishAgainstEmulator()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    GenesysClient c(settingsFor(sim), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    const QDate week(2026, 11, 30);
    PlatformSnapshot snap = WfmApi(c).pull(sim.sim()->businessUnitId(), week, 1, {}, true);
    QVERIFY(snap.forecast.has_value());
    Project p = projectFromForecast(*snap.forecast, snap.businessUnit);
    QCOMPARE(p.effectiveStart(), QDateTime(week, QTime(0, 0), QTimeZone("Europe/Berlin")));
    p.roster = p.rosterBase();
    QCOMPARE(mergePlatformAgents(p.roster, snap), 12);
    QVERIFY(!p.roster.agents[0].skills.isEmpty());
    // Four agents, Monday to Friday 08:00-16:30 Berlin (07:00Z in winter) with a paid break at
    // 10:00 and a meal at 12:00; agent k starts k × 30 minutes later.
    for (int k = 0; k < 4; ++k)
        for (int day = 0; day < 5; ++day) {
            const int s = day * 96 + 32 + 2 * k;
            p.roster.assignments.push_back({k, s, s + 34, {{s + 16, s + 18}}, {{s + 8, s + 9}}, QStringLiteral("D"), {}, {}});
        }
    RosterExportOptions o;
    o.weekDate = week;
    o.description = QStringLiteral("roster export test");
    ScheduleWeek w = scheduleWeekFromRoster(p, snap, o);
    QCOMPARE(int(w.agents.size()), 4);
    QCOMPARE(w.shiftCount(), 20);
    const DryRunReport report = dryRunSchedule(w, snap);
    QVERIFY2(report.ok(), qPrintable(report.text()));
    QCOMPARE(report.issues.size(), size_t(0));
    PublishOptions po;
    po.pollIntervalMs = 50;
    const PublishResult r = publishScheduleWeek(c, w, po);
    QCOMPARE(r.shiftsAdded, 20);

    int found = 0;
    for (const auto &stored : sim.sim()->schedules()) {
        if (stored.description != publishedDescription(w))
            continue;
        ++found;
        QCOMPARE(int(stored.shifts.size()), 4);
        for (int k = 0; k < 4; ++k) {
            const auto it = stored.shifts.find(p.roster.agents[k].id);
            QVERIFY(it != stored.shifts.end());
            QCOMPARE(int(it->second.size()), 5);
            QStringList got, want;
            for (const json &s : it->second) {
                QStringList acts;
                for (const json &a : s["activities"])
                    acts << QString::number(a["lengthMinutes"].get<int>()) + QLatin1Char(':') +
                                QString::fromStdString(a["activityCodeId"].get<std::string>());
                got << QDateTime::fromString(QString::fromStdString(s["startDate"].get<std::string>()), Qt::ISODateWithMs)
                               .toUTC()
                               .toString(Qt::ISODate) +
                           QLatin1Char(' ') + QString::number(s["lengthMinutes"].get<int>()) + QLatin1Char(' ') +
                           acts.join(QLatin1Char(','));
            }
            const QString work = sim.sim()->activityCodeId(QStringLiteral("OnQueueWork"));
            const QString brk = sim.sim()->activityCodeId(QStringLiteral("Break"));
            const QString meal = sim.sim()->activityCodeId(QStringLiteral("Meal"));
            for (int day = 0; day < 5; ++day)
                want << QDateTime(week.addDays(day), QTime(7, 0), Qt::UTC).addSecs(k * 1800).toString(Qt::ISODate) +
                            QStringLiteral(" 510 120:%1,15:%2,105:%1,30:%3,240:%1").arg(work, brk, meal);
            got.sort();
            QCOMPARE(got, want);
        }
    }
    QCOMPARE(found, 1);

    // An agent the platform does not know: the dry run names it and blocks the publish.
    rostering::Agent stranger;
    stranger.id = QStringLiteral("not-on-platform");
    stranger.name = QStringLiteral("Stranger");
    p.roster.agents.push_back(stranger);
    p.roster.assignments.push_back({int(p.roster.agents.size()) - 1, 32, 66, {}, {}, QStringLiteral("D"), {}, {}});
    ScheduleWeek bad = scheduleWeekFromRoster(p, snap, o);
    const DryRunReport badReport = dryRunSchedule(bad, snap);
    QVERIFY(!badReport.ok());
    QCOMPARE(badReport.errorCount(), 1);
    QCOMPARE(badReport.issues[0].userId, QStringLiteral("not-on-platform"));
}

/// The planner's flow: pull → agents into the roster → Assign Agents (solveAgentRoster) on a
/// small schedule → export → dry run → publish; the emulator then holds exactly the solved shifts.
void TestRosterExport::pullSolvePublish()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    GenesysClient c(settingsFor(sim), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    const QDate week(2026, 11, 30);
    PlatformSnapshot snap = WfmApi(c).pull(sim.sim()->businessUnitId(), week, 1, {}, true);
    Project p = projectFromForecast(*snap.forecast, snap.businessUnit);
    p.roster = p.rosterBase();
    mergePlatformAgents(p.roster, snap);
    // Three 08:00-16:30 shifts with a 30-minute meal at 12:00 on each weekday: 15 shifts.
    std::vector<rostering::ShiftDemand> demand;
    for (int day = 0; day < 5; ++day) {
        const int s = day * 96 + 32;
        demand.push_back({Shift{QStringLiteral("D%1").arg(day), s, s + 34, {{s + 16, s + 18}}}, 3, {}, {}, {}, {}});
    }
    rostering::AgentRosterOptions ro;
    ro.timeLimitSeconds = 20;
    const rostering::AgentRosterSolution sol = rostering::solveAgentRoster(p.roster, demand, ro);
    QVERIFY(sol.hasSolution);
    QCOMPARE(sol.unstaffedShifts, 0);
    QCOMPARE(int(sol.roster.assignments.size()), 15);
    QVERIFY(sol.evaluation.valid());
    p.roster = sol.roster;

    RosterExportOptions o;
    o.weekDate = week;
    o.description = QStringLiteral("solved roster");
    ScheduleWeek w = scheduleWeekFromRoster(p, snap, o);
    QCOMPARE(w.shiftCount(), 15);
    const DryRunReport report = dryRunSchedule(w, snap);
    QVERIFY2(report.ok() && report.issues.empty(), qPrintable(report.text()));
    PublishOptions po;
    po.pollIntervalMs = 50;
    QCOMPARE(publishScheduleWeek(c, w, po).shiftsAdded, 15);
    std::map<QString, std::multiset<QString>> want, got;
    for (const auto &a : sol.roster.assignments) {
        // Weekday d at 08:00 Berlin (CET) is 07:00Z.
        want[sol.roster.agents[a.agent].id].insert(
            QDateTime(week.addDays(a.start / 96), QTime(7, 0), Qt::UTC).toString(Qt::ISODate));
    }
    int found = 0;
    for (const auto &stored : sim.sim()->schedules()) {
        if (stored.description != publishedDescription(w))
            continue;
        ++found;
        for (const auto &[user, shifts] : stored.shifts)
            for (const json &s : shifts) {
                QCOMPARE(s["lengthMinutes"].get<int>(), 510);
                got[user].insert(QDateTime::fromString(QString::fromStdString(s["startDate"].get<std::string>()), Qt::ISODateWithMs)
                                     .toUTC()
                                     .toString(Qt::ISODate));
            }
    }
    QCOMPARE(found, 1);
    QCOMPARE(got, want);
}

QTEST_GUILESS_MAIN(TestRosterExport)
#include "test_rosterexport.moc"

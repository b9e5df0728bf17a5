// SPDX-License-Identifier: GPL-3.0-or-later
// Sync with the WFM platform (issue 5) against the in-process emulator (tessera-platform-sim).
#include "app/platformsim/platformsim.h"
#include "core/cli/cli.h"
#include "core/project/projectstore.h"
#include "core/sync/cxone.h"
#include "core/sync/genesysclient.h"
#include "core/sync/notifications.h"
#include "core/sync/publish.h"
#include "core/sync/secretstore.h"
#include "core/sync/swaggerschema.h"
#include "core/sync/syncjobs.h"
#include "core/sync/wfmapi.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QtTest>

#include <cmath>
#include <set>

using namespace tessera;
using namespace tessera::sim;
using nlohmann::json;

namespace {

const QString kSpec = QStringLiteral(TESSERA_SHARED_DATA "/../api/genesys-wfm-subset.json");

/// A clock that never sleeps: it adds each requested wait to its time and to `waited`.
struct ManualClock : SyncClock {
    qint64 t = 1'800'000'000'000;
    qint64 waited = 0;
    qint64 nowMs() override { return t; }
    int realDelayMs(int ms) override
    {
        waited += ms;
        t += ms;
        return 0;
    }
};

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
    p.jitterSeed = 7;
    return p;
}

/// Every agent works Monday to Friday, 8.5 h from 08:00 + (index % 4) × 30 min BU-local, with a
/// 30-minute meal after 4 hours: On Queue 240 min, Meal 30 min, On Queue 240 min.
ScheduleWeek demoWeek(PlatformSim *sim, const QDate &week, const QStringList &agents)
{
    const QTimeZone zone("Europe/Berlin");
    ScheduleWeek w;
    w.businessUnitId = sim->businessUnitId();
    w.weekDate = week;
    w.description = QStringLiteral("Tessera test week");
    const QString onQueue = sim->activityCodeId(QStringLiteral("OnQueueWork"));
    const QString meal = sim->activityCodeId(QStringLiteral("Meal"));
    for (int i = 0; i < agents.size(); ++i) {
        AgentWeek a;
        a.userId = agents[i];
        for (int day = 0; day < 5; ++day) {
            ScheduledShift s;
            s.start = QDateTime(week.addDays(day), QTime(8, 0), zone).addSecs(qint64(i % 4) * 1800).toUTC();
            s.lengthMinutes = 510;
            s.activities = {{s.start, 240, onQueue, QStringLiteral("On Queue"), true},
                            {s.start.addSecs(240 * 60), 30, meal, QStringLiteral("Meal"), false},
                            {s.start.addSecs(270 * 60), 240, onQueue, QStringLiteral("On Queue"), true}};
            a.shifts.push_back(s);
        }
        w.agents.push_back(a);
    }
    return w;
}

/// Shifts stored by the emulator per agent of the schedule with `description` marker.
std::map<QString, std::vector<json>> storedShifts(PlatformSim *sim, const ScheduleWeek &week, int *schedulesFound = nullptr)
{
    std::map<QString, std::vector<json>> out;
    int n = 0;
    for (const auto &s : sim->schedules())
        if (s.description == publishedDescription(week)) {
            ++n;
            out = s.shifts;
        }
    if (schedulesFound)
        *schedulesFound = n;
    return out;
}

/// Every agent of `week` has exactly its shifts (same starts and lengths), no more, no less.
void verifyExactly(PlatformSim *sim, const ScheduleWeek &week)
{
    int found = 0;
    const auto stored = storedShifts(sim, week, &found);
    QCOMPARE(found, 1);
    int total = 0;
    for (const auto &a : week.agents) {
        auto it = stored.find(a.userId);
        QVERIFY2(it != stored.end() || a.shifts.empty(), qPrintable(a.userId));
        std::multiset<QString> want, got;
        for (const auto &s : a.shifts)
            want.insert(s.start.toString(Qt::ISODate) + QString::number(s.lengthMinutes));
        if (it != stored.end())
            for (const auto &s : it->second)
                got.insert(QDateTime::fromString(QString::fromStdString(s["startDate"].get<std::string>()), Qt::ISODateWithMs)
                               .toUTC()
                               .toString(Qt::ISODate) +
                           QString::number(s["lengthMinutes"].get<int>()));
        QCOMPARE(got, want);
        total += int(got.size());
    }
    QCOMPARE(total, week.shiftCount());
}

PlatformSnapshot pullSnapshot(SimThread &s, int forecastWeeks = 0)
{
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    return WfmApi(c).pull(s.sim()->businessUnitId(), QDate(2026, 11, 30), forecastWeeks);
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void regionsAndLoginHost();
    void swaggerValidatorReportsViolations();
    void unauthenticatedCallsGet401();
    void badSecretIsReadable();
    void pullBusinessUnit_data();
    void pullBusinessUnit();
    void tokenRenewedBeforeExpiry();
    void faultSwitch_data();
    void faultSwitch();
    void rateLimitStormHonoursRetryAfter();
    void rateLimitGivesUpAfterMaxAttempts();
    void dryRun_data();
    void dryRun();
    void publishCrashAndResume();
    void publishIsIdempotentWithoutCheckpoint();
    void tokenExpiryMidPublish();
    void requestBodiesFollowTheSpec();
    void publishJobCancelAndSecretsNotWritten();
    void adminEndpointSetsFaults();
    void cxoneSaysWhatIsNotPublic();
    void cliPullAndPublish();
    void notificationChannelHeartbeatAndReconnect();
    void failedOperationReportedByNotification();
    void pollingFallbackWithoutNotifications();
    void pullJobRunsOnWorkerThread();
};

void TestSync::regionsAndLoginHost()
{
    ConnectionSettings s;
    s.region = QStringLiteral("api.mypurecloud.ie");
    QCOMPARE(s.apiBase().toString(), QStringLiteral("https://api.mypurecloud.ie"));
    QCOMPARE(s.loginBase().toString(), QStringLiteral("https://login.mypurecloud.ie"));
    s.region = QStringLiteral("api.euw2.pure.cloud");
    QCOMPARE(s.loginBase().host(), QStringLiteral("login.euw2.pure.cloud"));
    s.region = QStringLiteral("api.example.com");
    QVERIFY_THROWS_EXCEPTION(PlatformError, s.apiBase());
    s.baseUrl = QStringLiteral("http://10.1.2.3:8080"); // plain http only for loopback
    QVERIFY_THROWS_EXCEPTION(PlatformError, s.apiBase());
    s.baseUrl = QStringLiteral("http://127.0.0.1:8085");
    QCOMPARE(s.loginBase().toString(), QStringLiteral("http://127.0.0.1:8085"));
}

void TestSync::swaggerValidatorReportsViolations()
{
    const SwaggerSchema spec = SwaggerSchema::load(kSpec);
    const json bad = {{"published", "yes"},
                      {"agentSchedules", json::array({{{"shifts", json::array({{{"startDate", "monday"}}})}}})},
                      {"metadata", {{"version", 1.5}}},
                      {"typo", 1}};
    const QStringList errors = spec.validate(QStringLiteral("UpdateScheduleUploadSchema"), bad, true);
    const QStringList expected = {QStringLiteral("$.published: expected a boolean"),
                                  QStringLiteral("$.agentSchedules[0]: missing required property 'userId'"),
                                  QStringLiteral("$.agentSchedules[0].shifts[0].startDate: 'monday' is not an ISO 8601 date-time"),
                                  QStringLiteral("$.metadata.version: expected an integer"),
                                  QStringLiteral("$: property 'typo' is not in the schema")};
    for (const auto &e : expected)
        QVERIFY2(errors.contains(e), qPrintable(errors.join(QLatin1Char('\n'))));
    QCOMPARE(errors.size(), expected.size());
    QVERIFY(spec.validate(QStringLiteral("BusinessUnitActivityCode"), json{{"category", "Lunch"}})
                .contains(QStringLiteral("$.category: value \"Lunch\" is not one of [\"OnQueueWork\",\"Break\",\"Meal\",\"Meeting\",\"OffQueueWork\",\"TimeOff\",\"Training\",\"Unavailable\"]")));
    QCOMPARE(spec.matchPath(QStringLiteral("POST"), QStringLiteral("/api/v2/workforcemanagement/businessunits/b/weeks/2026-11-30/schedules/import")),
             QStringLiteral("/api/v2/workforcemanagement/businessunits/{businessUnitId}/weeks/{weekId}/schedules/import"));
}

void TestSync::unauthenticatedCallsGet401()
{
    SimThread s;
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    ApiRequest r;
    r.path = QStringLiteral("/api/v2/workforcemanagement/businessunits");
    r.bearer = false;
    try {
        c.send(r);
        QFAIL("expected a 401");
    } catch (const PlatformError &e) {
        QCOMPARE(e.status(), 401);
        QCOMPARE(e.code(), QStringLiteral("authentication.required"));
        QVERIFY(!e.contextId().isEmpty());
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("(context id ") + e.contextId() + QLatin1Char(')')), e.what());
    }
}

void TestSync::badSecretIsReadable()
{
    SimThread s;
    GenesysClient c(settingsFor(s), QStringLiteral("wrong"), fastPolicy());
    try {
        c.authenticate();
        QFAIL("expected an authentication failure");
    } catch (const PlatformError &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("invalid_client: bad client credentials")), e.what());
        QVERIFY(!QString::fromUtf8(e.what()).contains(QStringLiteral("wrong")));
    }
}

void TestSync::pullBusinessUnit_data()
{
    QTest::addColumn<bool>("download");
    QTest::newRow("inline results") << false;
    QTest::newRow("downloadUrl results") << true;
}

void TestSync::pullBusinessUnit()
{
    QFETCH(bool, download);
    SimOptions o;
    o.downloadResults = download;
    SimThread s({}, o);
    const PlatformSnapshot snap = pullSnapshot(s, 6);
    QCOMPARE(snap.businessUnit.timeZone, QStringLiteral("Europe/Berlin"));
    QCOMPARE(snap.businessUnit.startDayOfWeek, QStringLiteral("Monday"));
    QCOMPARE(int(snap.managementUnits.size()), 3);
    QCOMPARE(int(snap.agents.size()), 300);
    QCOMPARE(snap.agents[0].name, QStringLiteral("Agent 0001")); // names from the paged /api/v2/users
    QCOMPARE(snap.agents.back().name.isEmpty(), false);
    QCOMPARE(s.sim()->requestCounts()[QStringLiteral("GET /api/v2/users")], 3); // 300 users, pages of 100
    QCOMPARE(int(snap.activityCodes.size()), 8);
    QCOMPARE(int(snap.planningGroups.size()), 2);
    QVERIFY(snap.forecast.has_value());
    const PulledForecast &f = *snap.forecast;
    QCOMPARE(int(f.series.size()), 2);
    QCOMPARE(int(f.series[0].intervals.size()), 6 * 672);
    // Monday 2026-11-30 00:00 in Berlin (UTC+1) is 23:00 UTC the day before.
    QCOMPARE(f.referenceStart, QDateTime(QDate(2026, 11, 29), QTime(23, 0), QTimeZone::utc()));
    // Hand-computed from the fixture's profile: Monday 10:30 (interval 42) of Sales, week 0:
    // (10 + 60 × (1 + 0.8·e^-5.0625)) = 70.30 offered; AHT 300 + 20·sin(6) = 294.4 s.
    QCOMPARE(f.series[0].intervals[42].offered, 70.30);
    QCOMPARE(f.series[0].intervals[42].ahtSeconds, 294.4);
    // Night intervals carry no contacts; week 5 is 10 % above week 0 (1 + 0.02 × 5).
    QCOMPARE(f.series[1].intervals[672 * 3 + 10].offered, 0.0);
    QCOMPARE(f.series[0].intervals[672 * 5 + 42].offered, std::round(70.30384 * 1.10 * 100.0) / 100.0);
    const Project p = projectFromForecast(f, snap.businessUnit);
    QCOMPARE(p.intervalMinutes, 15);
    QCOMPARE(p.start, QDateTime(QDate(2026, 11, 30), QTime(0, 0), QTimeZone("Europe/Berlin")));
    QCOMPARE(p.queueName, QStringLiteral("Sales (voice)"));
    QCOMPARE(int(p.moreQueues.size()), 1);
    QCOMPARE(p.moreQueues[0].name, QStringLiteral("Service (voice)"));
    QCOMPARE(p.intervalCount(), 6 * 672);

    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    const auto adherence = WfmApi(c).adherence(s.sim()->agentIds());
    QCOMPARE(int(adherence.size()), 300); // 3 calls of 100 (the documented limit)
    QCOMPARE(c.stats().rateLimitAllowed, 300); // inin-ratelimit-* headers are read
    QVERIFY(c.stats().rateLimitCount > 0);
    std::vector<AgentInfo> some(snap.agents.begin(), snap.agents.begin() + 4);
    WfmApi(c).agentDetails(some);
    QVERIFY(!some[0].workPlanId.isEmpty());
    QCOMPARE(some[0].queueIds.size(), 1);
    QCOMPARE(some[0].skillIds.size(), 1);
    QVERIFY(some[0].queueIds != some[1].queueIds || some[0].managementUnitId != some[1].managementUnitId);
    QCOMPARE(s.sim()->requestCounts()[QStringLiteral("GET /api/v2/workforcemanagement/adherence")], 3);
}

void TestSync::tokenRenewedBeforeExpiry()
{
    SimOptions o;
    o.tokenTtlSeconds = 600;
    SimThread s({}, o);
    auto clock = std::make_shared<ManualClock>();
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy(), clock);
    WfmApi api(c);
    api.planningGroups(s.sim()->businessUnitId());
    clock->t += 539'000; // 539 s: the token (600 s) is used until 60 s before it expires
    api.planningGroups(s.sim()->businessUnitId());
    QCOMPARE(c.stats().tokensFetched, 1);
    clock->t += 2'000; // now 541 s: within the last minute, renewed before the call
    api.planningGroups(s.sim()->businessUnitId());
    QCOMPARE(c.stats().tokensFetched, 2);
    QCOMPARE(c.stats().reauthentications, 0);
}

void TestSync::faultSwitch_data()
{
    QTest::addColumn<QString>("fault");
    QTest::addColumn<int>("count");
    QTest::addColumn<bool>("publish");
    QTest::newRow("rate-limit") << QStringLiteral("rate-limit") << 3 << false;
    QTest::newRow("token-expired") << QStringLiteral("token-expired") << 2 << false;
    QTest::newRow("server-error") << QStringLiteral("server-error") << 3 << false;
    QTest::newRow("slow") << QStringLiteral("slow") << 2 << false;
    QTest::newRow("drop") << QStringLiteral("drop") << 3 << false;
    QTest::newRow("async-late") << QStringLiteral("async-late") << 2 << true;
    QTest::newRow("async-fail") << QStringLiteral("async-fail") << 2 << true;
}

void TestSync::faultSwitch()
{
    QFETCH(QString, fault);
    QFETCH(int, count);
    QFETCH(bool, publish);
    SimOptions o;
    o.retryAfterSeconds = 1;
    o.slowMs = 700;
    o.lateMs = 900;
    FixtureParams fp;
    fp.agents = 30;
    SimThread s(fp, o);
    const PlatformSnapshot snap = pullSnapshot(s);
    auto clock = std::make_shared<ManualClock>();
    RetryPolicy pol = fastPolicy();
    pol.timeoutMs = 400; // shorter than the slow answer: it times out and is retried
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), pol, clock);
    c.authenticate();
    const auto countsBefore = s.sim()->requestCounts();
    s.sim()->setFault(fault, 1.0, count);
    if (!publish) {
        WfmApi api(c);
        QCOMPARE(int(api.activityCodes(s.sim()->businessUnitId()).size()), 8);
        QCOMPARE(int(api.planningGroups(s.sim()->businessUnitId()).size()), 2);
        QCOMPARE(int(api.managementUnits(s.sim()->businessUnitId()).size()), 3);
        const SyncStats &st = c.stats();
        if (fault == QLatin1String("rate-limit")) {
            QCOMPARE(st.rateLimited, count);
            QCOMPARE(st.retryAfterMs, qint64(count) * 1000);
            QCOMPARE(clock->waited, qint64(count) * 1000);
        } else if (fault == QLatin1String("token-expired")) {
            QCOMPARE(st.reauthentications, count);
            QCOMPARE(st.tokensFetched, 1 + count);
        } else if (fault == QLatin1String("slow")) {
            // The emulator answers slowly on its only thread: a retry queued behind a slow answer
            // may time out as well, so at least `count` retries.
            QVERIFY(st.retries >= count);
        } else if (fault == QLatin1String("drop")) {
            // Qt may resend a GET once itself when the connection closes without an answer, so
            // the client sees between 1 and `count` failures; the emulator saw every attempt.
            QVERIFY(st.retries >= 1 && st.retries <= count);
        } else {
            QCOMPARE(st.retries, count);
            QCOMPARE(st.requests, 3 + count + 1); // 3 calls, `count` repeats, 1 token request
        }
        int apiCalls = 0;
        for (const auto &[route, n] : s.sim()->requestCounts())
            if (route.startsWith(QLatin1String("GET /api/v2/")))
                apiCalls += n - (countsBefore.count(route) ? countsBefore.at(route) : 0);
        if (fault == QLatin1String("slow"))
            QVERIFY(apiCalls >= 3 + count);
        else
            QCOMPARE(apiCalls, 3 + count); // every fault fired once per attempt, then the call went through
        return;
    }
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    PublishOptions po;
    po.chunkSize = 10; // 3 chunks (one per MU)
    po.operationTimeoutMs = 500; // a late operation (900 ms) counts as failed and the chunk is redone
    po.pollIntervalMs = 50;
    const PublishResult r = publishScheduleWeek(c, week, po);
    QCOMPARE(r.chunks, 3);
    verifyExactly(s.sim(), week);
    if (fault == QLatin1String("async-late")) {
        // The late operations still land; waiting for them lets a re-run see all shifts kept.
        QTest::qWait(1000);
        const PublishResult again = publishScheduleWeek(c, week, po);
        QCOMPARE(again.chunksUnchanged, 3);
        QCOMPARE(again.shiftsKept, week.shiftCount());
    }
    verifyExactly(s.sim(), week);
}

void TestSync::rateLimitStormHonoursRetryAfter()
{
    SimOptions o;
    o.retryAfterSeconds = 3;
    SimThread s({}, o);
    auto clock = std::make_shared<ManualClock>();
    RetryPolicy pol = fastPolicy();
    pol.maxAttempts = 30;
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), pol, clock);
    c.authenticate();
    s.sim()->setFault(QStringLiteral("rate-limit"), 1.0, 20);
    QElapsedTimer real;
    real.start();
    WfmApi(c).planningGroups(s.sim()->businessUnitId());
    QCOMPARE(c.stats().rateLimited, 20);
    QCOMPARE(clock->waited, qint64(20 * 3000)); // 20 × Retry-After 3 s, nothing less
    QCOMPARE(c.stats().waitedMs, qint64(20 * 3000));
    QVERIFY(real.elapsed() < 20000); // the injected clock did not sleep for real
}

void TestSync::rateLimitGivesUpAfterMaxAttempts()
{
    SimThread s;
    RetryPolicy pol = fastPolicy();
    pol.maxAttempts = 4;
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), pol, std::make_shared<ManualClock>());
    c.authenticate();
    s.sim()->setFault(QStringLiteral("rate-limit"), 1.0);
    try {
        WfmApi(c).planningGroups(s.sim()->businessUnitId());
        QFAIL("expected a 429 error");
    } catch (const PlatformError &e) {
        QCOMPARE(e.status(), 429);
        QCOMPARE(e.code(), QStringLiteral("too.many.requests"));
        QCOMPARE(c.stats().rateLimited, 3); // attempts 1-3 waited, attempt 4 gave up
    }
}

void TestSync::dryRun_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<int>("errors");
    QTest::addColumn<int>("warnings");
    QTest::addColumn<QString>("message");
    QTest::newRow("clean") << QString() << 0 << 0 << QString();
    QTest::newRow("overlap") << "overlap" << 1 << 0 << "overlap";
    QTest::newRow("activity outside shift") << "activity-outside" << 1 << 0 << "is not inside its shift";
    QTest::newRow("unknown agent") << "unknown-agent" << 1 << 0 << "agent is not a user of the business unit";
    // Agent 1 starts at 08:30 (08:00 + 1 × 30 min); CEST until the change.
    QTest::newRow("unknown activity code")
        << "unknown-code" << 1 << 0
        << "activity code nope (shift at Mon 2026-10-19 08:30 CEST) is not known to the business unit";
    // A Tuesday week also leaves the 6 agents' Monday shifts before its start: 1 + 6 errors.
    QTest::newRow("week not on start day") << "tuesday" << 7 << 0 << "starts on a Tuesday, but business unit weeks start on Monday";
    // Moved to the Sunday before, without activities: outside the week, and 510 min without a break.
    QTest::newRow("shift outside week") << "outside" << 1 << 1 << "starts outside the week";
    QTest::newRow("long shift without break") << "no-break" << 0 << 1 << "without a Break or Meal";
    QTest::newRow("DST change inside a shift") << "dst" << 0 << 1 << "spans a UTC offset change in Europe/Berlin";
}

void TestSync::dryRun()
{
    QFETCH(QString, change);
    QFETCH(int, errors);
    QFETCH(int, warnings);
    QFETCH(QString, message);
    FixtureParams fp;
    fp.agents = 6;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    // The week of the 2026 autumn DST change in Berlin (Sunday 25 Oct, 03:00 -> 02:00).
    const QDate monday(2026, 10, 19);
    ScheduleWeek w = demoWeek(s.sim(), monday, s.sim()->agentIds());
    auto &shift = w.agents[1].shifts[0];
    if (change == QLatin1String("overlap")) { // Tuesday's shift moved to Monday 16:30, 8 h after Monday's start
        auto &tue = w.agents[1].shifts[1];
        const qint64 by = tue.start.secsTo(shift.start.addSecs(3600 * 8));
        tue.start = tue.start.addSecs(by);
        for (auto &a : tue.activities)
            a.start = a.start.addSecs(by);
    }
    else if (change == QLatin1String("activity-outside"))
        shift.activities[2].lengthMinutes = 300;
    else if (change == QLatin1String("unknown-agent"))
        w.agents[1].userId = QStringLiteral("not-an-agent");
    else if (change == QLatin1String("unknown-code"))
        shift.activities[0].activityCodeId = QStringLiteral("nope");
    else if (change == QLatin1String("tuesday"))
        w.weekDate = monday.addDays(1);
    else if (change == QLatin1String("outside"))
        shift.start = QDateTime(monday.addDays(-1), QTime(10, 0), QTimeZone("Europe/Berlin")).toUTC(), shift.activities.clear();
    else if (change == QLatin1String("no-break"))
        shift.activities.erase(shift.activities.begin() + 1);
    else if (change == QLatin1String("dst")) {
        ScheduledShift night;
        night.start = QDateTime(QDate(2026, 10, 24), QTime(22, 0), QTimeZone("Europe/Berlin")).toUTC();
        night.lengthMinutes = 300; // 22:00 CEST to 02:00 CET: 5 elapsed hours
        night.activities = {{night.start, 120, s.sim()->activityCodeId(QStringLiteral("OnQueueWork")), QStringLiteral("On Queue"), true},
                            {night.start.addSecs(7200), 30, s.sim()->activityCodeId(QStringLiteral("Break")), QStringLiteral("Break"), true}};
        w.agents[1].shifts.push_back(night);
    }
    const DryRunReport r = dryRunSchedule(w, snap);
    QCOMPARE(r.errorCount(), errors);
    QCOMPARE(int(r.issues.size()) - r.errorCount(), warnings);
    QCOMPARE(r.ok(), errors == 0);
    if (!message.isEmpty())
        QVERIFY2(r.text().contains(message), qPrintable(r.text()));
    if (change != QLatin1String("unknown-agent"))
        QCOMPARE(w.agents[1].managementUnitId, snap.agent(w.agents[1].userId)->managementUnitId); // filled from the pull
}

void TestSync::publishCrashAndResume()
{
    QTemporaryDir dir;
    SimThread s;
    const PlatformSnapshot snap = pullSnapshot(s);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    PublishOptions po;
    po.checkpointPath = dir.filePath(QStringLiteral("demo.tessera.sync.json"));
    po.chunkSize = 40; // 100 agents per MU: chunks of 40, 40, 20 -> 9 chunks
    po.pollIntervalMs = 20;
    po.stopAfterChunks = 4;
    {
        GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
        QVERIFY_THROWS_EXCEPTION(PlatformError, publishScheduleWeek(c, week, po));
    }
    // After the "crash": chunks 1-4 are on the platform (40 + 40 + 20 + 40 agents, 5 shifts each).
    int n = 0;
    for (const auto &[user, shifts] : storedShifts(s.sim(), week))
        n += int(shifts.size());
    QCOMPARE(n, 140 * 5);
    po.stopAfterChunks = -1;
    po.verify = true;
    GenesysClient fresh(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    const PublishResult r = publishScheduleWeek(fresh, week, po);
    QVERIFY(r.verified);
    QCOMPARE(r.verifyMismatches, 0);
    QCOMPARE(r.chunks, 9);
    QCOMPARE(r.chunksResumed, 4);
    QCOMPARE(r.shiftsAdded, 160 * 5);
    verifyExactly(s.sim(), week);
    const auto stored = s.sim()->schedules();
    QCOMPARE(int(stored.size()), 1);
    QVERIFY(stored[0].published);
    QCOMPARE(stored[0].version, 1 + 9); // created at 1, one update per chunk
    // Publishing again: the checkpoint says everything is there.
    const PublishResult again = publishScheduleWeek(fresh, week, po);
    QCOMPARE(again.chunksResumed, 9);
    QCOMPARE(again.version, 10);
    verifyExactly(s.sim(), week);
}

void TestSync::publishIsIdempotentWithoutCheckpoint()
{
    FixtureParams fp;
    fp.agents = 60;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    PublishOptions po;
    po.chunkSize = 25;
    po.pollIntervalMs = 20;
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    const PublishResult first = publishScheduleWeek(c, week, po);
    QCOMPARE(first.shiftsAdded, 300);
    // No checkpoint: every chunk is compared with the platform and found unchanged.
    const PublishResult second = publishScheduleWeek(c, week, po);
    QCOMPARE(second.chunksUnchanged, second.chunks);
    QCOMPARE(second.shiftsAdded, 0);
    QCOMPARE(second.shiftsKept, 300);
    QCOMPARE(second.version, first.version);
    verifyExactly(s.sim(), week);
    // An edit moves one shift by an hour: one deleted, one added, the rest untouched.
    week.agents[7].shifts[2].start = week.agents[7].shifts[2].start.addSecs(3600);
    for (auto &a : week.agents[7].shifts[2].activities)
        a.start = a.start.addSecs(3600);
    const PublishResult third = publishScheduleWeek(c, week, po);
    QCOMPARE(third.shiftsAdded, 1);
    QCOMPARE(third.shiftsDeleted, 1);
    QCOMPARE(third.shiftsKept, 299);
    verifyExactly(s.sim(), week);
}

void TestSync::tokenExpiryMidPublish()
{
    FixtureParams fp;
    fp.agents = 60;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    c.authenticate();
    const int before = s.sim()->tokensIssued();
    s.sim()->setFault(QStringLiteral("token-expired"), 0.2, 4); // four tokens revoked along the way
    PublishOptions po;
    po.chunkSize = 10;
    po.pollIntervalMs = 20;
    publishScheduleWeek(c, week, po);
    const int fired = s.sim()->faultsFired(QStringLiteral("token-expired"));
    QVERIFY(fired >= 2);
    QCOMPARE(c.stats().reauthentications, fired); // one re-authentication per revoked token
    QCOMPARE(s.sim()->tokensIssued() - before, fired);
    verifyExactly(s.sim(), week);
}

void TestSync::requestBodiesFollowTheSpec()
{
    const SwaggerSchema spec = SwaggerSchema::load(kSpec);
    SimOptions o;
    o.recordExchanges = true;
    FixtureParams fp;
    fp.agents = 20;
    SimThread s(fp, o);
    const PlatformSnapshot snap = pullSnapshot(s, 1);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    PublishOptions po;
    po.pollIntervalMs = 20;
    publishScheduleWeek(c, week, po);
    week.agents[3].shifts.pop_back(); // the second publish deletes one shift by id
    publishScheduleWeek(c, week, po);
    WfmApi(c).adherence(s.sim()->agentIds());
    std::vector<AgentInfo> two(snap.agents.begin(), snap.agents.begin() + 2);
    WfmApi(c).agentDetails(two);

    int bodies = 0, uploads = 0, answers = 0;
    for (const Exchange &x : s.sim()->exchanges()) {
        const QString where = x.method + QLatin1Char(' ') + x.path;
        if (x.path.startsWith(QLatin1String("/uploads/"))) {
            const QStringList errs = spec.validate(QStringLiteral("UpdateScheduleUploadSchema"), json::parse(x.requestBody.toStdString()), true);
            QVERIFY2(errs.isEmpty(), qPrintable(where + QLatin1Char('\n') + errs.join(QLatin1Char('\n'))));
            ++uploads;
            continue;
        }
        const QString tmpl = spec.matchPath(x.method, x.path);
        QVERIFY2(!tmpl.isEmpty(), qPrintable(QStringLiteral("not a route of the spec: ") + where));
        const json bodySchema = spec.bodySchema(x.method, tmpl);
        if (!bodySchema.is_null()) {
            const QStringList errs = spec.validateSchema(bodySchema, json::parse(x.requestBody.toStdString()), true);
            QVERIFY2(errs.isEmpty(), qPrintable(where + QLatin1Char('\n') + errs.join(QLatin1Char('\n'))));
            ++bodies;
        }
        const json respSchema = spec.responseSchema(x.method, tmpl, x.status);
        if (!respSchema.is_null() && !x.responseBody.isEmpty()) {
            const QStringList errs = spec.validateSchema(respSchema, json::parse(x.responseBody.toStdString()));
            QVERIFY2(errs.isEmpty(), qPrintable(QStringLiteral("emulator answer to ") + where + QLatin1Char('\n') + errs.join(QLatin1Char('\n'))));
            ++answers;
        }
    }
    QVERIFY(bodies >= 10); // create, uploadurl, update, agentschedules/query, the token form is not JSON
    QCOMPARE(uploads, 3 + 1); // first publish: one chunk per MU; second: only agent 3's chunk
    QVERIFY(answers >= 20);
}

void TestSync::publishJobCancelAndSecretsNotWritten()
{
    QTemporaryDir dir;
    FixtureParams fp;
    fp.agents = 40;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    const ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    PublishOptions po;
    po.checkpointPath = dir.filePath(QStringLiteral("p.sync.json"));
    po.chunkSize = 5;
    po.pollIntervalMs = 20;
    const QString secret = QString::fromLatin1(kDemoClientSecret);

    // A slow platform and a cancel after the first progress step.
    s.sim()->setFault(QStringLiteral("slow"), 1.0);
    SimOptions o = s.sim()->options();
    o.slowMs = 200;
    s.sim()->setOptions(o);
    PublishJob cancelled(settingsFor(s), secret, week, snap, po);
    QSignalSpy done(&cancelled, &Job::finished);
    QObject::connect(&cancelled, &Job::progress, &cancelled, [&](double f, const QString &) {
        if (f > 0.0)
            cancelled.cancel();
    });
    cancelled.start();
    QVERIFY(done.wait(30000));
    QCOMPARE(cancelled.errorMessage(), QStringLiteral("cancelled"));
    s.sim()->clearFaults();

    // A full run through the job, with its log written next to the checkpoint.
    PublishJob job(settingsFor(s), secret, week, snap, po);
    QSignalSpy done2(&job, &Job::finished);
    job.start();
    QVERIFY(done2.wait(60000));
    QVERIFY2(job.errorMessage().isEmpty(), qPrintable(job.errorMessage()));
    QVERIFY(job.result().has_value());
    QCOMPARE(job.result()->chunks, 9); // MUs of 14, 13, 13 agents in chunks of 5
    QVERIFY(!job.log().isEmpty());
    QFile log(dir.filePath(QStringLiteral("sync.log")));
    QVERIFY(log.open(QIODevice::WriteOnly));
    log.write((job.log() + cancelled.log()).join(QLatin1Char('\n')).toUtf8());
    log.close();
    verifyExactly(s.sim(), week);

    const QByteArray basic = (QByteArray(kDemoClientId) + ':' + QByteArray(kDemoClientSecret)).toBase64();
    int files = 0;
    for (QDirIterator it(dir.path(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray content = f.readAll();
        QVERIFY2(!content.contains(kDemoClientSecret), qPrintable(f.fileName()));
        QVERIFY2(!content.contains(basic), qPrintable(f.fileName()));
        QVERIFY2(!content.contains("Bearer"), qPrintable(f.fileName()));
        ++files;
    }
    QCOMPARE(files, 2); // the checkpoint and the log
}

void TestSync::adminEndpointSetsFaults()
{
    SimThread s;
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy(), std::make_shared<ManualClock>());
    ApiRequest admin;
    admin.method = "POST";
    admin.path = s.baseUrl() + QStringLiteral("/__sim/faults");
    admin.bearer = false;
    admin.body = R"({"server-error": {"rate": 1.0, "count": 2}})";
    c.send(admin);
    WfmApi(c).planningGroups(s.sim()->businessUnitId());
    QCOMPARE(c.stats().retries, 2);
    admin.body = R"({"no-such-fault": 1})";
    QVERIFY_THROWS_EXCEPTION(PlatformError, c.send(admin));
}

void TestSync::cxoneSaysWhatIsNotPublic()
{
    const PlatformCapabilities cx = cxoneCapabilities();
    QVERIFY(!cx.publishSchedules.available);
    QVERIFY(cx.publishSchedules.reason.contains(QStringLiteral("no publicly documented API for publishing schedules")));
    QVERIFY(cx.exportSchedules.available);
    QVERIFY(genesysCapabilities().publishSchedules.available);
    CxoneAdapter na1(QStringLiteral("na1"), QStringLiteral("wfm.example.com"));
    QCOMPARE(na1.tokenUrl().toString(), QStringLiteral("https://na1.nice-incontact.com/authentication/v1/token/access-key"));
    QCOMPARE(na1.smartSyncUrl(QStringLiteral("exporters/v1/agent-schedule-detail")).toString(),
             QStringLiteral("https://wfm.example.com/SMARTSync/services/rs/exporters/v1/agent-schedule-detail"));
    QVERIFY_THROWS_EXCEPTION(PlatformError, CxoneAdapter(QStringLiteral("xx9"), QString()));
    try {
        na1.exportStatus(QStringLiteral("42"));
    } catch (const PlatformError &e) {
        QVERIFY(QString::fromUtf8(e.what()).contains(QStringLiteral("not publicly documented")));
    }
    MemorySecretStore store;
    store.write(secretKey(QStringLiteral("cxone"), QStringLiteral("key1")), QStringLiteral("s"));
    QCOMPARE(store.read(QStringLiteral("cxone/key1")).value_or(QString()), QStringLiteral("s"));
    QVERIFY(!store.read(QStringLiteral("genesys/key1")).has_value());
}

void TestSync::cliPullAndPublish()
{
    QTemporaryDir dir;
    FixtureParams fp;
    fp.agents = 12;
    SimThread s(fp);
    qputenv("TESSERA_TEST_SECRET", kDemoClientSecret);
    auto cli = [&](const QStringList &args, QString *output, QString *errors = nullptr) {
        QString o, e;
        QTextStream out(&o), err(&e);
        const int rc = runCli(args, out, err);
        out.flush();
        err.flush();
        *output = o;
        if (errors)
            *errors = e;
        return rc;
    };
    const QStringList conn = {"--base-url", s.baseUrl(), "--client-id", "demo-client", "--secret-env", "TESSERA_TEST_SECRET"};
    QString out, err;
    const QString project = dir.filePath(QStringLiteral("pulled.tessera"));
    QCOMPARE(cli(QStringList{"sync", "pull", "--business-unit", s.sim()->businessUnitId(), "--week", "2026-11-30",
                             "--weeks", "2", "--out", project} + conn, &out, &err), int(CliOk));
    QVERIFY2(out.contains(QStringLiteral("3 management units, 12 agents, 8 activity codes, 2 planning groups")), qPrintable(out));
    QVERIFY2(out.contains(QStringLiteral("forecast Sales (voice): 1344 intervals of 15 min")), qPrintable(out));
    const Project p = ProjectStore::load(project);
    QCOMPARE(p.intervalCount(), 1344);
    QCOMPARE(p.intervalMinutes, 15);
    QCOMPARE(QString::fromUtf8(p.timeZone), QStringLiteral("Europe/Berlin"));

    // The secret never goes on the command line: there is no option for it.
    QCOMPARE(cli(QStringList{"sync", "pull", "--secret", "demo-secret"} + conn, &out, &err), int(CliError));
    QVERIFY2(err.contains(QStringLiteral("--secret")) && err.contains(QStringLiteral("unknown option")), qPrintable(err));

    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    const QString weekFile = dir.filePath(QStringLiteral("week.json"));
    QFile wf(weekFile);
    QVERIFY(wf.open(QIODevice::WriteOnly));
    wf.write(QByteArray::fromStdString(scheduleWeekToJson(week).dump(1)));
    wf.close();
    QCOMPARE(cli(QStringList{"sync", "publish", weekFile, "--dry-run"} + conn, &out, &err), int(CliOk));
    QVERIFY2(out.startsWith(QStringLiteral("Dry run: 12 agents, 60 shifts, 180 activities; 0 error(s), 0 warning(s)")), qPrintable(out));
    QVERIFY(s.sim()->schedules().empty()); // a dry run writes nothing
    QCOMPARE(cli(QStringList{"sync", "publish", weekFile, "--chunk", "2"} + conn, &out, &err), int(CliOk));
    QVERIFY2(out.contains(QStringLiteral("60 shifts added, 0 deleted, 0 unchanged; 6 chunks (0 resumed")), qPrintable(out));
    verifyExactly(s.sim(), week);
    QVERIFY(QFile::exists(weekFile + QStringLiteral(".sync-checkpoint.json")));
    QVERIFY(!err.contains(QStringLiteral("demo-secret")));
}

void TestSync::notificationChannelHeartbeatAndReconnect()
{
    SimOptions o;
    o.heartbeatMs = 100;
    SimThread s({}, o);
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    NotificationChannel ch(c);
    const QString topic = QStringLiteral("v2.workforcemanagement.businessunits.%1.schedules").arg(s.sim()->businessUnitId());
    const QStringList rejected = ch.open({topic, QStringLiteral("v2.no.such.topic")});
    QCOMPARE(rejected, QStringList{QStringLiteral("v2.no.such.topic")});
    QVERIFY(ch.isConnected());
    for (int i = 0; i < 20 && ch.heartbeats() < 2; ++i)
        ch.pump(100);
    QVERIFY(ch.heartbeats() >= 2);
    s.sim()->sendSocketClosing(50);
    for (int i = 0; i < 20 && ch.reconnects() == 0; ++i)
        ch.pump(50);
    QCOMPARE(ch.reconnects(), 1);
    QCOMPARE(s.sim()->channelsCreated(), 2);
    QTRY_COMPARE(s.sim()->socketsAccepted(), 2);
    // Re-subscribed on the new channel: an event on the topic arrives.
    s.sim()->notify(topic, {{"operationId", "op-1"}, {"status", "Complete"}});
    std::optional<json> event;
    for (int i = 0; i < 20 && !event; ++i) {
        ch.pump(50);
        event = ch.take([](const json &b) { return b.value("operationId", std::string()) == "op-1"; });
    }
    QVERIFY(event.has_value());
    QCOMPARE(event->value("topicName", std::string()), topic.toStdString());
}

void TestSync::failedOperationReportedByNotification()
{
    FixtureParams fp;
    fp.agents = 9;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    s.sim()->setFault(QStringLiteral("async-fail"), 1.0, 1);
    PublishOptions po;
    po.operationTimeoutMs = 60000; // polling alone would wait a minute for the failed operation
    po.pollIntervalMs = 100;
    QElapsedTimer t;
    t.start();
    const PublishResult r = publishScheduleWeek(c, week, po);
    QVERIFY(r.notifications);
    QCOMPARE(r.chunksRedone, 1);
    QVERIFY2(t.elapsed() < 20000, qPrintable(QString::number(t.elapsed())));
    verifyExactly(s.sim(), week);
}

void TestSync::pollingFallbackWithoutNotifications()
{
    FixtureParams fp;
    fp.agents = 9;
    SimThread s(fp);
    const PlatformSnapshot snap = pullSnapshot(s);
    ScheduleWeek week = demoWeek(s.sim(), QDate(2026, 11, 30), s.sim()->agentIds());
    QVERIFY(dryRunSchedule(week, snap).ok());
    GenesysClient c(settingsFor(s), QString::fromLatin1(kDemoClientSecret), fastPolicy());
    PublishOptions po;
    po.useNotifications = false;
    po.pollIntervalMs = 20;
    const PublishResult r = publishScheduleWeek(c, week, po);
    QVERIFY(!r.notifications);
    QCOMPARE(s.sim()->channelsCreated(), 0);
    QCOMPARE(r.shiftsAdded, 45);
    verifyExactly(s.sim(), week);
}

void TestSync::pullJobRunsOnWorkerThread()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread s(fp);
    PullJob job(settingsFor(s), QString::fromLatin1(kDemoClientSecret), s.sim()->businessUnitId(), QDate(2026, 11, 30), 2,
                fastPolicy());
    job.setAgentDetails(true);
    QStringList steps;
    QObject::connect(&job, &Job::progress, &job, [&](double, const QString &m) { steps << m; });
    QSignalSpy done(&job, &Job::finished);
    s.sim()->setFault(QStringLiteral("server-error"), 1.0, 1);
    job.start();
    QVERIFY(done.wait(30000));
    QVERIFY2(job.errorMessage().isEmpty(), qPrintable(job.errorMessage()));
    QCOMPARE(int(job.snapshot().agents.size()), 12);
    QVERIFY(!job.snapshot().agents[5].workPlanId.isEmpty());
    QCOMPARE(int(job.snapshot().forecast->series[0].intervals.size()), 2 * 672);
    QVERIFY2(steps.contains(QStringLiteral("agent work plans, queues and skills")), qPrintable(steps.join(QLatin1Char(','))));
    QCOMPARE(job.stats().retries, 1);
    QVERIFY2(job.log().join(QLatin1Char('\n')).contains(QStringLiteral("503 service.unavailable")), qPrintable(job.log().join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestSync)
#include "test_sync.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Channels, ASA targets, shrinkage categories, the service a schedule gives, and "why this number".
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/project/project.h"
#include "core/staffing/explain.h"
#include "core/staffing/requirements.h"

#include <QtTest>

using namespace tessera;

namespace {
/// 100 calls in 30 min at 180 s AHT: A = 10 Erlangs. Erlang C values (exact, python3 with
/// factorials): n = 14 → SL(20 s) 0.888350, ASA 7.8359 s; n = 15 → ASA 3.6735 s; n = 16 → ASA 1.7202 s.
const ForecastInterval kTenErlangs{100.0, 180.0};
} // namespace

class TestStaffing : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void channels_data()
    {
        QTest::addColumn<int>("channel");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<double>("asaTarget");
        QTest::addColumn<double>("offered");
        QTest::addColumn<double>("aht");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("net");
        QTest::newRow("voice 80/20") << int(Channel::Voice) << 1 << 0.0 << 100.0 << 180.0 << 14 << 14.0;
        QTest::newRow("voice with ASA <= 3 s") << int(Channel::Voice) << 1 << 3.0 << 100.0 << 180.0 << 16 << 16.0;
        QTest::newRow("voice with ASA <= 10 s (SL binds)") << int(Channel::Voice) << 1 << 10.0 << 100.0 << 180.0 << 14 << 14.0;
        // No SL target (-1 here): ASA alone. ASA(13) = 17.1 s, ASA(14) = 7.84 s.
        QTest::newRow("voice, ASA <= 10 s only") << int(Channel::Voice) << 1 << -10.0 << 100.0 << 180.0 << 14 << 14.0;
        QTest::newRow("voice, ASA <= 20 s only") << int(Channel::Voice) << 1 << -20.0 << 100.0 << 180.0 << 13 << 13.0;
        // 120 chats, 600 s handle time: A = 40, 47 chat slots for 80/20; 3 chats per agent.
        QTest::newRow("chat, 3 per agent") << int(Channel::Chat) << 3 << 0.0 << 120.0 << 600.0 << 47 << 47.0 / 3.0;
        QTest::newRow("chat, 1 per agent") << int(Channel::Chat) << 1 << 0.0 << 120.0 << 600.0 << 47 << 47.0;
    }
    void channels()
    {
        QFETCH(int, channel);
        QFETCH(int, concurrency);
        QFETCH(double, asaTarget);
        QFETCH(double, offered);
        QFETCH(double, aht);
        QFETCH(int, servers);
        QFETCH(double, net);
        StaffingParams p;
        p.shrinkage = 0.2;
        p.channel = Channel(channel);
        p.concurrency = concurrency;
        p.asaSeconds = std::fabs(asaTarget);
        if (asaTarget < 0)
            p.serviceLevelTarget = 0.0; // ASA target alone
        const auto r = computeRequirements({{offered, aht}}, 30, p);
        QCOMPARE(r[0].servers, servers);
        QVERIFY(qAbs(r[0].netAgents - net) < 1e-12);
        QVERIFY(qAbs(r[0].grossAgents - net / 0.8) < 1e-12); // not rounded
    }

    void erlangAWiring_data()
    {
        QTest::addColumn<double>("patience");
        QTest::addColumn<int>("definition");
        QTest::addColumn<double>("maxAbandonment");
        QTest::newRow("patience 60 s, SL over offered") << 60.0 << int(staffing::SlDefinition::Offered) << 0.0;
        QTest::newRow("patience 60 s, SL over answered") << 60.0 << int(staffing::SlDefinition::Answered) << 0.0;
        QTest::newRow("patience 300 s, abandonment <= 1 %") << 300.0 << int(staffing::SlDefinition::Offered) << 0.01;
    }
    void erlangAWiring()
    {
        // The requirement uses the Erlang A module with the project's patience, SL definition and
        // targets, and reports the abandonment it predicts.
        QFETCH(double, patience);
        QFETCH(int, definition);
        QFETCH(double, maxAbandonment);
        StaffingParams p;
        p.shrinkage = 0.25;
        p.model = StaffingModel::ErlangA;
        p.patienceSeconds = patience;
        p.slDefinition = staffing::SlDefinition(definition);
        p.maxAbandonment = maxAbandonment;
        const IntervalRequirement r = computeRequirements({kTenErlangs}, 30, p)[0];
        staffing::ErlangATarget t;
        t.definition = p.slDefinition;
        if (maxAbandonment > 0)
            t.maxAbandonment = maxAbandonment;
        const int n = staffing::requiredAgentsErlangA(100, 180, patience, 1800, t);
        QCOMPARE(r.servers, n);
        const staffing::ErlangAMetrics m = staffing::erlangA(n, 100, 180, patience, 1800, 20, p.slDefinition);
        QCOMPARE(r.serviceLevel, m.serviceLevel);
        QCOMPARE(r.abandonment, m.probAbandon);
        QVERIFY(r.abandonment > 0);
        QVERIFY(r.serviceLevel >= 0.8);
        if (maxAbandonment > 0)
            QVERIFY(r.abandonment <= maxAbandonment);
        QVERIFY(qAbs(r.grossAgents - n / 0.75) < 1e-12);
        // Impatient callers relieve the queue: never more agents than Erlang C's 14 here, unless
        // an abandonment cap asks for them.
        if (maxAbandonment == 0)
            QVERIFY(r.servers <= 14);
    }

    void erlangAWithoutPatienceIsRefused()
    {
        StaffingParams p;
        p.model = StaffingModel::ErlangA;
        try {
            computeRequirements({kTenErlangs}, 30, p);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.field(), QStringLiteral("patienceSeconds"));
        }
    }

    void emailDeadlineWorkload_data()
    {
        QTest::addColumn<double>("deadline");
        QTest::addColumn<std::vector<double>>("expectedNet");
        // 60 emails of 300 s arrive in interval 0: 18,000 agent-seconds spread over the deadline.
        QTest::newRow("deadline 30 min") << 30.0 << std::vector<double>{10.0, 0.0, 0.0, 0.0};
        QTest::newRow("deadline 60 min") << 60.0 << std::vector<double>{5.0, 5.0, 0.0, 0.0};
        QTest::newRow("deadline 45 min") << 45.0 << std::vector<double>{18000.0 / 2700.0, 18000.0 / 2700.0 * 0.5, 0.0, 0.0};
        QTest::newRow("deadline 120 min") << 120.0 << std::vector<double>{2.5, 2.5, 2.5, 2.5};
    }
    void emailDeadlineWorkload()
    {
        QFETCH(double, deadline);
        QFETCH(std::vector<double>, expectedNet);
        StaffingParams p;
        p.channel = Channel::Email;
        p.deadlineMinutes = deadline;
        p.shrinkage = 0.2;
        const std::vector<ForecastInterval> f = {{60, 300}, {0, 0}, {0, 0}, {0, 0}};
        const auto r = computeRequirements(f, 30, p);
        double total = 0;
        for (size_t t = 0; t < f.size(); ++t) {
            QVERIFY2(qAbs(r[t].netAgents - expectedNet[t]) < 1e-9, qPrintable(QString::number(r[t].netAgents)));
            QVERIFY(qAbs(r[t].grossAgents - expectedNet[t] / 0.8) < 1e-9);
            QVERIFY(std::isnan(r[t].serviceLevel));
            total += r[t].netAgents * 1800.0;
        }
        if (deadline <= 120.0)
            QVERIFY(qAbs(total - 18000.0) < 1e-6); // all the work is scheduled, once
    }

    void shrinkageCategories()
    {
        StaffingParams p;
        p.shrinkage = 0.10;
        p.shrinkageCategories = {{QStringLiteral("breaks"), 0.05, {}},
                                 {QStringLiteral("training"), 0.0, {0.0, 0.20, 0.0}}};
        const std::vector<ForecastInterval> f(3, kTenErlangs);
        const auto r = computeRequirements(f, 30, p);
        QCOMPARE(r[0].shrinkage, 0.15);
        QCOMPARE(r[1].shrinkage, 0.10 + 0.05 + 0.20);
        QVERIFY(qAbs(r[1].grossAgents - 14.0 / (1.0 - 0.35)) < 1e-12);
        QVERIFY(qAbs(r[2].grossAgents - 14.0 / 0.85) < 1e-12);
    }

    void badParameters_data()
    {
        QTest::addColumn<int>("which");
        QTest::addColumn<QString>("field");
        QTest::newRow("total shrinkage 100 %") << 0 << "shrinkage";
        QTest::newRow("per-interval list of the wrong length") << 1 << "shrinkage.training";
        QTest::newRow("chat concurrency 0") << 2 << "concurrency";
        QTest::newRow("email without deadline") << 3 << "deadlineMinutes";
        QTest::newRow("negative ASA target") << 4 << "asaSeconds";
    }
    void badParameters()
    {
        QFETCH(int, which);
        QFETCH(QString, field);
        StaffingParams p;
        if (which == 0)
            p.shrinkageCategories = {{QStringLiteral("absence"), 0.70, {}}};
        if (which == 1)
            p.shrinkageCategories = {{QStringLiteral("training"), 0.0, {0.1}}};
        if (which == 2) {
            p.channel = Channel::Chat;
            p.concurrency = 0;
        }
        if (which == 3)
            p.channel = Channel::Email;
        if (which == 4)
            p.asaSeconds = -1;
        try {
            computeRequirements({kTenErlangs, kTenErlangs}, 30, p);
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.field(), field);
            QCOMPARE(e.row(), 0); // a parameter, not an interval
        }
    }

    void serviceOfASchedule_data()
    {
        QTest::addColumn<double>("scheduled");
        QTest::addColumn<int>("servers");
        QTest::addColumn<double>("serviceLevel");
        QTest::addColumn<double>("asa");
        QTest::newRow("20 scheduled, 30 % shrinkage: 14 on the phones") << 20.0 << 14 << 0.888350 << 7.8359;
        QTest::newRow("19 scheduled: 13.3 → 13") << 19.0 << 13 << 0.795595 << 17.1162;
        QTest::newRow("14 scheduled: 9.8 → 9, unstable") << 14.0 << 9 << 0.0 << qInf();
    }
    void serviceOfASchedule()
    {
        QFETCH(double, scheduled);
        QFETCH(int, servers);
        QFETCH(double, serviceLevel);
        QFETCH(double, asa);
        StaffingParams p;
        p.shrinkage = 0.30;
        const IntervalRequirement a = predictService({kTenErlangs}, 0, 30, p, scheduled);
        QCOMPARE(a.servers, servers);
        QVERIFY(qAbs(a.serviceLevel - serviceLevel) < 1e-6);
        if (qIsInf(asa))
            QVERIFY(qIsInf(a.asaSeconds));
        else
            QVERIFY(qAbs(a.asaSeconds - asa) < 1e-4);
    }

    void explanationShowsTheComputation()
    {
        StaffingParams p;
        p.shrinkage = 0.10;
        p.shrinkageCategories = {{QStringLiteral("breaks"), 0.20, {}}};
        const QString html = explainRequirement({kTenErlangs}, 0, 30, p, QStringLiteral("Mon 10:00"), 20.0);
        QVERIFY2(html.contains(QLatin1String("<b>10.000 Erlangs</b>")), qPrintable(html));
        QVERIFY(html.contains(QLatin1String("<tr><td><b>14</b></td>")));      // the chosen n, in bold
        QVERIFY(html.contains(QLatin1String("<b>88.8 %</b>")));              // its SL
        QVERIFY(html.contains(QLatin1String("<td>13</td><td>28.5 %</td>"))); // n − 1 and its P(wait)
        QVERIFY(html.contains(QLatin1String("breaks 20.0 %")));
        QVERIFY(html.contains(QStringLiteral("14.000 / (1 − 0.300) = <b>20.000 agents</b>")));
        QVERIFY(html.contains(QLatin1String("14 servers: SL 88.8 %"))); // 20 scheduled × 0.7 = 14
    }

    void problemJsonStaffingFields()
    {
        const QByteArray json = R"({
            "intervalMinutes": 60, "timeZone": "UTC", "start": "2026-03-01T00:00:00",
            "forecast": [)" + QByteArray("{\"offered\": 10, \"ahtSeconds\": 200},").repeated(47)
            + R"({"offered": 10, "ahtSeconds": 200}],
            "channel": "chat", "concurrency": 2, "asaSeconds": 15,
            "staffingModel": "erlangA", "patienceSeconds": 150, "maxAbandonment": 0.05,
            "serviceLevel": {"target": 0.9, "seconds": 30, "definition": "answered"},
            "shrinkage": [{"category": "other", "value": 0.05},
                          {"category": "breaks", "value": 0.1},
                          {"category": "absence", "byDay": [0.01, 0.2, 0.02, 0.03, 0.04, 0.05, 0.06]}],
            "shifts": [{"id": "a", "start": 0, "end": 8}]
        })";
        const Project p = projectFromJson(nlohmann::json::parse(json.constData()), QStringLiteral("P.json"));
        QCOMPARE(p.staffing.channel, Channel::Chat);
        QCOMPARE(p.staffing.concurrency, 2);
        QCOMPARE(p.staffing.asaSeconds, 15.0);
        QCOMPARE(p.staffing.model, StaffingModel::ErlangA);
        QCOMPARE(p.staffing.patienceSeconds, 150.0);
        QCOMPARE(p.staffing.maxAbandonment, 0.05);
        QCOMPARE(p.staffing.slDefinition, staffing::SlDefinition::Answered);
        QCOMPARE(p.staffing.serviceLevelTarget, 0.9);
        QCOMPARE(p.staffing.shrinkage, 0.05); // "other" is the uncategorised part
        QCOMPARE(int(p.staffing.shrinkageCategories.size()), 2);
        // 1 March 2026 is a Sunday: intervals 0–23 take Sunday's value, 24–47 Monday's.
        QCOMPARE(p.staffing.shrinkageAt(0), 0.05 + 0.1 + 0.01);
        QCOMPARE(p.staffing.shrinkageAt(30), 0.05 + 0.1 + 0.2);
        // And back: the written JSON reads as the same project.
        const Project q = projectFromJson(projectToJson(p), QStringLiteral("again.json"));
        QVERIFY(q == p);
    }

    void queuesInProblemJson()
    {
        // Voice (Erlang C, 80/20) and chat (3 per agent) on a 2-interval grid; chat's target is
        // its own, everything else inherited from the problem level (shrinkage 20 %).
        const QByteArray json = R"({
            "intervalMinutes": 30, "shrinkage": 0.2,
            "forecast": [
                {"queue": "voice", "interval": 0, "offered": 100, "ahtSeconds": 180},
                {"queue": "voice", "interval": 1, "offered": 0, "ahtSeconds": 0},
                {"queue": "chat", "interval": 1, "offered": 120, "ahtSeconds": 600},
                {"queue": "chat", "interval": 0, "offered": 0, "ahtSeconds": 0}],
            "queues": [{"name": "chat", "channel": "chat", "concurrency": 3}],
            "shifts": [{"id": "a", "start": 0, "end": 2}]
        })";
        const Project p = projectFromJson(nlohmann::json::parse(json.constData()), QStringLiteral("Q.json"));
        QCOMPARE(p.queueCount(), 2);
        QCOMPARE(p.queueName, QStringLiteral("voice"));
        QCOMPARE(p.moreQueues[0].name, QStringLiteral("chat"));
        QCOMPARE(p.moreQueues[0].staffing.channel, Channel::Chat);
        QCOMPARE(p.moreQueues[0].staffing.shrinkage, 0.2);
        QCOMPARE(p.staffing.channel, Channel::Voice);
        // voice: 14 agents / 0.8 at t0; chat: 47 slots / 3 / 0.8 at t1 (values in channels()).
        const std::vector<double> required = p.requiredStaff();
        QVERIFY(qAbs(required[0] - 14.0 / 0.8) < 1e-12);
        QVERIFY(qAbs(required[1] - 47.0 / 3.0 / 0.8) < 1e-12);
        // Written and read back: the same project.
        const Project q = projectFromJson(projectToJson(p), QStringLiteral("again.json"));
        QVERIFY(q == p);
        // A schedule of 20 agents at t1 all goes to chat (voice needs none then).
        SolveResult r;
        r.status = SolveStatus::Optimal;
        r.shiftCounts = {20};
        r.intervals = {{0, required[0], 20, 0, 20 - required[0]}, {1, required[1], 20, 0, 20 - required[1]}};
        const auto chat = p.achievedService(r, 1);
        QCOMPARE(chat[1].servers, 48); // 20 × 0.8 = 16 agents × 3 chats
        QCOMPARE(p.achievedService(r, 0)[1].servers, 0);
    }

    void queuesInProblemJsonErrors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("field");
        const QByteArray shifts = R"(, "shifts": [{"id": "a", "start": 0, "end": 2}]})";
        QTest::newRow("gap in a queue") << QByteArray(R"({"intervalMinutes": 30, "forecast": [
            {"queue": "v", "interval": 0, "offered": 1, "ahtSeconds": 60}, {"queue": "v", "interval": 2, "offered": 1, "ahtSeconds": 60}])") + shifts
                                        << "forecast";
        QTest::newRow("queues of different lengths") << QByteArray(R"({"intervalMinutes": 30, "forecast": [
            {"queue": "v", "offered": 1, "ahtSeconds": 60}, {"queue": "v", "offered": 1, "ahtSeconds": 60},
            {"queue": "c", "offered": 1, "ahtSeconds": 60}])") + shifts << "forecast";
        QTest::newRow("interval twice") << QByteArray(R"({"intervalMinutes": 30, "forecast": [
            {"queue": "v", "interval": 0, "offered": 1, "ahtSeconds": 60}, {"queue": "v", "interval": 0, "offered": 1, "ahtSeconds": 60}])") + shifts
                                        << "forecast[1].interval";
        QTest::newRow("settings for an unknown queue") << QByteArray(R"({"intervalMinutes": 30, "forecast": [
            {"queue": "v", "offered": 1, "ahtSeconds": 60}, {"queue": "v", "offered": 1, "ahtSeconds": 60}],
            "queues": [{"name": "email", "channel": "email", "deadlineMinutes": 60}])") + shifts << "queues[0].name";
        QTest::newRow("bad target in a queue") << QByteArray(R"({"intervalMinutes": 30, "forecast": [
            {"queue": "v", "offered": 1, "ahtSeconds": 60}, {"queue": "c", "offered": 1, "ahtSeconds": 60}],
            "queues": [{"name": "c", "channel": "email"}])") + shifts << "queues[0].deadlineMinutes";
    }
    void queuesInProblemJsonErrors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, field);
        try {
            projectFromJson(nlohmann::json::parse(json.constData()), QStringLiteral("Q.json"));
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), QStringLiteral("Q.json"));
            QCOMPARE(e.field(), field);
        }
    }

    void problemJsonStaffingErrors_data()
    {
        QTest::addColumn<QByteArray>("fields");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown channel") << QByteArray(R"("channel": "fax")") << "channel";
        QTest::newRow("unknown model") << QByteArray(R"("staffingModel": "erlangB")") << "staffingModel";
        QTest::newRow("Erlang A without patience") << QByteArray(R"("staffingModel": "erlangA")") << "patienceSeconds";
        QTest::newRow("unknown SL definition") << QByteArray(R"("serviceLevel": {"definition": "handled"})")
                                             << "serviceLevel.definition";
        QTest::newRow("email without deadline") << QByteArray(R"("channel": "email")") << "deadlineMinutes";
        QTest::newRow("byDay with 5 values") << QByteArray(R"("shrinkage": [{"category": "x", "byDay": [0, 0, 0, 0, 0]}])")
                                           << "shrinkage[0].byDay";
        QTest::newRow("category value 1.2") << QByteArray(R"("shrinkage": [{"category": "x", "value": 1.2}])")
                                          << "shrinkage[0].value";
        QTest::newRow("byInterval too short") << QByteArray(R"("shrinkage": [{"category": "x", "byInterval": [0.1]}])")
                                            << "shrinkage[0].byInterval";
    }
    void problemJsonStaffingErrors()
    {
        QFETCH(QByteArray, fields);
        QFETCH(QString, field);
        const QByteArray json = R"({"intervalMinutes": 30, "forecast": [{"offered": 1, "ahtSeconds": 100},
            {"offered": 2, "ahtSeconds": 100}], "shifts": [{"id": "a", "start": 0, "end": 2}], )" + fields + "}";
        try {
            projectFromJson(nlohmann::json::parse(json.constData()), QStringLiteral("P.json"));
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.file(), QStringLiteral("P.json"));
            QCOMPARE(e.field(), field);
        }
    }
};

QTEST_MAIN(TestStaffing)
#include "test_staffing.moc"

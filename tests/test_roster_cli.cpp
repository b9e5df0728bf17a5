// SPDX-License-Identifier: GPL-3.0-or-later
// `tessera-cli roster PROBLEM.json --format tessera`: schedule, roster, validator, relaxations, R.json.
#include "clisupport.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using nlohmann::json;

namespace {

/// One Monday (2026-11-23) in hourly intervals; two agents needed 08–16, one 16–24; shifts
/// "day" 08–16 and "late" 16–24. The roster's agents come from `agents`.
json problem(const json &agents)
{
    json demand = json::array();
    for (int h = 0; h < 24; ++h)
        demand.push_back(h >= 8 && h < 16 ? 2 : h >= 16 ? 1 : 0);
    return {{"timeZone", "Europe/Berlin"},
            {"start", "2026-11-23T00:00"},
            {"intervalMinutes", 60},
            {"demand", demand},
            {"shifts", json::array({{{"id", "day"}, {"start", 8}, {"end", 16}, {"cost", 8}},
                                    {{"id", "late"}, {"start", 16}, {"end", 24}, {"cost", 8}}})},
            {"roster", {{"contracts", json::array({{{"id", "FT"}, {"maxMinutesPerWeek", 2400}}})}, {"agents", agents}}}};
}

void write(const QString &path, const json &j)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QByteArray::fromStdString(j.dump()));
}

} // namespace

class TestRosterCli : public QObject
{
    Q_OBJECT
private slots:
    void rosters_data()
    {
        QTest::addColumn<QString>("agents");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<int>("unstaffed");
        QTest::addColumn<int>("assigned");
        QTest::addColumn<QStringList>("relaxations");
        QTest::addColumn<QString>("method");
        const char *three = R"([{"id": "a", "contract": "FT"}, {"id": "b", "contract": "FT"}, {"id": "c", "contract": "FT"}])";
        const char *oneOff = R"([{"id": "a", "contract": "FT"}, {"id": "b", "contract": "FT", "fixedDaysOff": [0]}, {"id": "c", "contract": "FT"}])";
        for (const char *method : {"auto", "lns"}) {
            QTest::addRow("three agents, %s", method) << three << 0 << 0 << 3 << QStringList{} << method;
            QTest::addRow("one off that day, %s", method) << oneOff << 0 << 1 << 2 << QStringList{"addAgents"} << method;
        }
    }
    void rosters()
    {
        QFETCH(QString, agents);
        QFETCH(int, exitCode);
        QFETCH(int, unstaffed);
        QFETCH(int, assigned);
        QFETCH(QStringList, relaxations);
        QFETCH(QString, method);
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("PROBLEM.json")), out = dir.filePath(QStringLiteral("R.json"));
        write(in, problem(json::parse(agents.toStdString())));
        const test::Run r = test::cli({"roster", in, "--format", "tessera", "--time-limit", "10", "--out", out, "--relaxations",
                                       "--method", method});
        QCOMPARE(r.code, exitCode);
        const json j = test::readJson(out);
        QCOMPARE(j.at("unstaffedShifts").get<int>(), unstaffed);
        QCOMPARE(j.at("violations").size(), size_t(0));
        QCOMPARE(j.at("roster").at("assignments").size(), size_t(assigned));
        QCOMPARE(j.at("objective").get<double>(), 1000.0 * unstaffed); // the default unstaffed weight
        QVERIFY(j.at("bestBound").get<double>() <= j.at("objective").get<double>() + 1e-6);
        QStringList kinds;
        for (const json &x : j.at("relaxations"))
            kinds << QString::fromStdString(x.at("kind").get<std::string>());
        QCOMPARE(kinds, relaxations);
        QVERIFY2(r.out.contains(QStringLiteral("unstaffed shifts %1").arg(unstaffed)), qPrintable(r.out));
    }

    /// eveningFairness at 7 per shift of spread: one of three agents works the late shift (16–24,
    /// ends after 22:00: evening), so the spread is 1 whatever the roster (balancing it would take
    /// two extra late shifts, 10 each, and leave the day shifts open) — priced 7, reported as one
    /// soft violation of the contract (no agent) and as evaluation.fairnessPenalty.
    void fairnessInTheJson()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("PROBLEM.json")), out = dir.filePath(QStringLiteral("R.json"));
        json p = problem(json::parse(R"([{"id": "a", "contract": "FT"}, {"id": "b", "contract": "FT"}, {"id": "c", "contract": "FT"}])"));
        p["roster"]["rules"] = {{"eveningFairness", {{"hard", false}, {"weight", 7}}}};
        write(in, p);
        const test::Run r = test::cli({"roster", in, "--format", "tessera", "--time-limit", "10", "--out", out});
        QCOMPARE(r.code, 0);
        const json j = test::readJson(out);
        QCOMPARE(j.at("unstaffedShifts").get<int>(), 0);
        QCOMPARE(j.at("evaluation").at("eveningSpread").get<int>(), 1);
        QCOMPARE(j.at("evaluation").at("fairnessPenalty").get<double>(), 7.0);
        QCOMPARE(j.at("evaluation").at("softRulePenalty").get<double>(), 7.0);
        QCOMPARE(j.at("objective").get<double>(), 7.0);
        QCOMPARE(j.at("softViolations").size(), size_t(1));
        QCOMPARE(j.at("softViolations").at(0).at("rule").get<std::string>(), std::string("eveningFairness"));
        QVERIFY(j.at("softViolations").at(0).at("agent").is_null());
        QCOMPARE(j.at("softViolations").at(0).at("amount").get<double>(), 1.0);
    }

    void noAgentsIsAnErrorUnlessSampleTeam()
    {
        QTemporaryDir dir;
        const QString in = dir.filePath(QStringLiteral("PROBLEM.json")), out = dir.filePath(QStringLiteral("R.json"));
        write(in, problem(json::array()));
        test::Run r = test::cli({"roster", in, "--format", "tessera", "--time-limit", "10"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("roster.agents")) && r.err.contains(QStringLiteral("--sample-team")), qPrintable(r.err));
        r = test::cli({"roster", in, "--format", "tessera", "--time-limit", "10", "--sample-team", "--out", out});
        QCOMPARE(r.code, 0);
        const json j = test::readJson(out);
        // 3 full-time shifts → ⌈1.1 × 3 / 5⌉ = 1 full-timer, no part-timer: one shift stays open.
        QCOMPARE(j.at("roster").at("agents").size(), size_t(1));
        QCOMPARE(j.at("unstaffedShifts").get<int>(), 2);
    }

    void unknownOptionAndFormat()
    {
        test::Run r = test::cli({"roster", "x.json", "--format", "tessera", "--relax", "1"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--relax")), qPrintable(r.err));
        r = test::cli({"roster", "x.json", "--format", "tessera", "--method", "vns"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("--method")) && r.err.contains(QStringLiteral("vns")), qPrintable(r.err));
        r = test::cli({"roster", "x.json", "--format", "excel"});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("excel")), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestRosterCli)
#include "test_roster_cli.moc"

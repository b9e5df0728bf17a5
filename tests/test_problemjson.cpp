// SPDX-License-Identifier: GPL-3.0-or-later
// PROBLEM.json and RESULT.json: round trips, errors naming the file and the JSON path, and the
// RESULT.json fields.
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/project/sampleproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tessera;
using nlohmann::json;

namespace {
const QString kLabel = QStringLiteral("problem.json");

/// A small valid problem; tests break one field of it at a time.
json validProblem()
{
    return json::parse(R"({
      "name": "small",
      "timeZone": "Europe/Berlin",
      "start": "2026-03-29T00:00",
      "intervalMinutes": 60,
      "cyclic": false,
      "demand": [1, 2, 2, 1],
      "shifts": [
        {"id": "early", "start": 0, "end": 3, "cost": 3, "breaks": [{"start": 1, "end": 2}]},
        {"id": "late", "start": 1, "end": 4, "cost": 3.5, "max": 4, "partTime": true}
      ],
      "constraints": {"maxHeadcount": 6, "minStaffing": 1, "maxPartTimeShare": 0.5},
      "coverage": {"mode": "soft", "underPenalty": 50, "overPenalty": 0.25},
      "solve": {"timeLimitSeconds": 5, "relativeGap": 0.01}
    })");
}

Project withoutResult(Project p)
{
    p.lastResult.reset();
    return p;
}

SolveResult solveProject(const Project &p)
{
    return solveSchedule(p.toProblem(), p.solveOptions());
}
} // namespace

class TestProblemJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAllFields();
    void roundTrip_data();
    void roundTrip();
    void fileRoundTrip();
    void errorsNamePath_data();
    void errorsNamePath();
    void fileErrorsNameFile();
    void resultJsonOptimal();
    void resultJsonInfeasible();
};

void TestProblemJson::readsAllFields()
{
    const Project p = projectFromJson(validProblem(), kLabel);
    QCOMPARE(p.name, QStringLiteral("small"));
    QCOMPARE(p.timeZone, QByteArray("Europe/Berlin"));
    QCOMPARE(p.effectiveStart(), QDateTime(QDate(2026, 3, 28), QTime(23, 0), QTimeZone::utc()));
    QCOMPARE(p.intervalMinutes, 60);
    QCOMPARE(p.demand, std::vector<double>({1, 2, 2, 1}));
    QCOMPARE(p.shifts.size(), size_t(2));
    QCOMPARE(p.shifts[0].breaks, std::vector<Break>({{1, 2}}));
    QCOMPARE(p.shifts[0].max, -1); // default: unlimited
    QCOMPARE(p.shifts[0].cost, 3.0);
    QCOMPARE(p.shifts[1].cost, 3.5);
    QCOMPARE(p.shifts[1].max, 4);
    QVERIFY(p.shifts[1].partTime);
    QCOMPARE(p.constraints, (Constraints{6, 1.0, 0.5}));
    QCOMPARE(p.coverage, (Coverage{CoverageMode::Soft, 50.0, 0.25}));
    QCOMPARE(p.solveTimeLimitSeconds, 5.0);
    QCOMPARE(p.solveRelativeGap, 0.01);
    QCOMPARE(p.staffing.shrinkage, 0.0); // PROBLEM.json default, unlike the GUI's 30 %

    // Integer ids are accepted and read as text.
    json j = validProblem();
    j["shifts"][0]["id"] = 7;
    QCOMPARE(projectFromJson(j, kLabel).shifts[0].id, QStringLiteral("7"));
}

void TestProblemJson::roundTrip_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("small problem") << 0;
    QTest::newRow("sample project (forecast, cyclic)") << 1;
    QTest::newRow("forecast with NaN history and explicit demand") << 2;
    QTest::newRow("no start, no name") << 3;
    QTest::newRow("with a roster") << 4;
    QTest::newRow("with a roster and availability") << 5;
}

void TestProblemJson::roundTrip()
{
    QFETCH(int, which);
    Project p;
    if (which == 0) {
        p = projectFromJson(validProblem(), kLabel);
    } else if (which == 1) {
        p = makeSampleProject();
    } else if (which == 2) {
        p = projectFromJson(validProblem(), kLabel);
        p.forecast = {{10, 180, 1.25}, {0, 0, std::nan("")}, {3.5, 200.5, 0.0}, {1.0 / 3.0, 0.1 + 0.2, std::nan("")}};
        p.demand = {0.1, 1.0 / 7.0, 2, 0};
        p.staffing = StaffingParams();
        p.staffing.serviceLevelTarget = 0.85;
        p.staffing.serviceLevelSeconds = 15;
        p.staffing.shrinkage = 0.3;
        p.staffing.maxOccupancy = 0.9;
    } else if (which == 3) {
        p = projectFromJson(validProblem(), kLabel);
        p.name.clear();
        p.start = QDateTime();
    } else {
        json withRoster = validProblem();
        withRoster.merge_patch(json::parse(R"({"roster": {
              "contracts": [{"id": "FT", "maxMinutesPerWeek": 2400, "minRestMinutes": 660, "maxWorkingWeekends": 1,
                             "maxShiftsPerCode": {"early": 1}, "forbiddenSuccessions": [["late", "early"]]}],
              "agents": [{"id": "a1", "name": "Dana", "skills": ["billing"], "contract": "FT", "seniority": 1,
                          "fixedDaysOff": [0], "requests": [{"day": 0, "code": "early", "on": false, "weight": 2.5}]},
                         {"id": "a2"}],
              "assignments": [{"agent": "a2", "start": 0, "end": 3, "code": "early", "breaks": [[1, 2]]}],
              "rules": {"minRest": {"hard": false, "weight": 4}, "eveningFairness": {"hard": false, "weight": 1.5}}}})"));
        p = projectFromJson(withRoster, kLabel);
        QCOMPARE(p.roster.agents.size(), size_t(2));
        QCOMPARE(p.roster.assignments.at(0).agent, 1);
        QCOMPARE(p.roster.assignments.at(0).breaks, (std::vector<Break>{Break{1, 2}}));
        QCOMPARE(p.roster.contracts.at(0).maxShiftsPerCode.at(QStringLiteral("early")), 1);
        QCOMPARE(p.roster.contracts.at(0).forbiddenSuccessions.at(0).second, QStringLiteral("early"));
        QCOMPARE(p.roster.firstWeekday, 7); // 29 March 2026 is a Sunday
        QCOMPARE(p.roster.weekendDays, (std::vector<int>{6, 7})); // Germany's, as the file gives none
        QVERIFY(!p.roster.rules.at(QStringLiteral("minRest")).hard);
        QCOMPARE(p.roster.rules.at(QStringLiteral("eveningFairness")).weight, 1.5);
        // Written before availability windows existed: nobody is restricted.
        QVERIFY(p.roster.agents.at(0).availability.empty() && p.roster.agents.at(1).availability.empty());
        if (which == 5) {
            p.roster.agents[0].availability = {rostering::AvailabilityWindow{1, 480, 960}, rostering::AvailabilityWindow{0, 1320, 1800}};
            p.roster.agents[1].availability = {rostering::AvailabilityWindow{7, 0, 1440}};
        }
    }
    const json j = projectToJson(p);
    QCOMPARE(QString::fromStdString(j.at("format").get<std::string>()), QStringLiteral("tessera-problem"));
    const Project q = projectFromJson(j, kLabel);
    QVERIFY(q == withoutResult(p));
    // Through text too: doubles survive dump/parse bit for bit.
    const Project r = projectFromJson(json::parse(j.dump(2)), kLabel);
    QVERIFY(r == withoutResult(p));
    if (which == 2) {
        QVERIFY(std::isnan(r.forecast[1].observedBusy));
        QCOMPARE(r.forecast[3].ahtSeconds, 0.1 + 0.2);
        QCOMPARE(r.demand[1], 1.0 / 7.0);
    }
    if (which == 3)
        QCOMPARE(r.effectiveStart(), QDateTime(QDate(2000, 1, 1), QTime(0, 0), QTimeZone("Europe/Berlin")));
    if (which == 5) {
        QCOMPARE(r.roster.agents.at(0).availability.at(1).toMinutes, 1800);
        QCOMPARE(j.at("roster").at("agents").at(1).at("availability").at(0).at("weekday").get<int>(), 7);
    }
    if (which == 4)
        QVERIFY(!j.at("roster").at("agents").at(0).contains("availability")); // left out when empty
}

void TestProblemJson::fileRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("PROBLEM.json"));
    Project p = makeSampleProject();
    p.lastResult = solveProject(p); // not part of PROBLEM.json
    writeProblemFile(p, file);
    const Project q = readProblemFile(file);
    QVERIFY(q == withoutResult(p));
    QVERIFY(!q.lastResult.has_value());
    // The written file is the documented format.
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const json j = json::parse(f.readAll().toStdString());
    QCOMPARE(j.at("intervalMinutes").get<int>(), 30);
    QCOMPARE(j.at("cyclic").get<bool>(), true);
    QCOMPARE(j.at("forecast").size(), size_t(336));
    QCOMPARE(QString::fromStdString(j.at("start").get<std::string>()), QStringLiteral("1999-02-07T00:00:00+02:00"));
    QCOMPARE(QString::fromStdString(j.at("coverage").at("mode").get<std::string>()), QStringLiteral("hard"));
}

void TestProblemJson::errorsNamePath_data()
{
    QTest::addColumn<QString>("change"); // JSON merge patch applied to the valid problem
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("shifts[1].start not an integer") << R"({"shifts": [{"id": "early", "start": 0, "end": 3}, {"id": "late", "start": "1", "end": 4}]})"
                                                    << "shifts[1].start" << "expected an integer, found \"1\"";
    QTest::newRow("shifts[1].start fractional") << R"({"shifts": [{"id": "early", "start": 0, "end": 3}, {"id": "late", "start": 1.5, "end": 4}]})"
                                                << "shifts[1].start" << "integer";
    QTest::newRow("missing shifts") << R"({"shifts": null})" << "shifts" << "missing";
    QTest::newRow("shifts not an array") << R"({"shifts": {"id": "x"}})" << "shifts" << "array";
    QTest::newRow("shift not an object") << R"({"shifts": [3]})" << "shifts[0]" << "object";
    QTest::newRow("break outside its shift") << R"({"shifts": [{"id": "a", "start": 0, "end": 2, "breaks": [{"start": 2, "end": 3}]}]})"
                                             << "shifts[0].breaks" << "outside";
    QTest::newRow("break without end") << R"({"shifts": [{"id": "a", "start": 0, "end": 2, "breaks": [{"start": 1}]}]})"
                                       << "shifts[0].breaks[0].end" << "missing";
    QTest::newRow("shift past the horizon") << R"({"shifts": [{"id": "a", "start": 2, "end": 6}]})" << "shifts[0].end"
                                            << "past the horizon";
    QTest::newRow("duplicate shift id") << R"({"shifts": [{"id": "a", "start": 0, "end": 2}, {"id": "a", "start": 1, "end": 3}]})"
                                        << "shifts[1].id" << "twice";
    QTest::newRow("demand negative") << R"({"demand": [1, 2, -0.5, 1]})" << "demand[2]" << ">= 0";
    QTest::newRow("demand not a number") << R"({"demand": [1, "two", 2, 1]})" << "demand[1]" << ">= 0";
    QTest::newRow("no demand nor forecast") << R"({"demand": null})" << "demand" << "forecast";
    QTest::newRow("demand and forecast disagree") << R"({"forecast": [{"offered": 1, "ahtSeconds": 100}]})" << "demand"
                                                  << "4 intervals";
    QTest::newRow("forecast offered negative") << R"({"demand": null, "forecast": [{"offered": 1, "ahtSeconds": 100}, {"offered": -1, "ahtSeconds": 100}, {"offered": 1, "ahtSeconds": 100}, {"offered": 1, "ahtSeconds": 100}]})"
                                               << "forecast[1].offered" << "negative";
    QTest::newRow("forecast AHT missing") << R"({"demand": null, "forecast": [{"offered": 1}]})" << "forecast[0].ahtSeconds"
                                          << "missing";
    QTest::newRow("forecast AHT 0 with volume") << R"({"demand": null, "forecast": [{"offered": 1, "ahtSeconds": 0}]})"
                                                << "forecast[0].ahtSeconds" << "AHT";
    QTest::newRow("intervalMinutes missing") << R"({"intervalMinutes": null})" << "intervalMinutes" << "missing";
    QTest::newRow("intervalMinutes 7") << R"({"intervalMinutes": 7})" << "intervalMinutes" << "divide";
    QTest::newRow("unknown time zone") << R"({"timeZone": "Mars/Olympus_Mons"})" << "timeZone" << "Mars/Olympus_Mons";
    QTest::newRow("start in the DST gap") << R"({"start": "2026-03-29T02:30"})" << "start" << "does not exist";
    QTest::newRow("cyclic not a boolean") << R"({"cyclic": "yes"})" << "cyclic" << "true or false";
    QTest::newRow("coverage mode") << R"({"coverage": {"mode": "medium"}})" << "coverage.mode" << "medium";
    QTest::newRow("coverage penalty text") << R"({"coverage": {"underPenalty": "high"}})" << "coverage.underPenalty"
                                           << "number";
    QTest::newRow("service level 1.5") << R"({"serviceLevel": {"target": 1.5}})" << "serviceLevel.target" << "1.5";
    QTest::newRow("shrinkage 1") << R"({"shrinkage": 1})" << "shrinkage" << "[0, 1)";
    QTest::newRow("part-time share 2") << R"({"constraints": {"maxPartTimeShare": 2}})"
                                       << "constraints.maxPartTimeShare" << "[0, 1]";
    QTest::newRow("roster: unknown contract") << R"({"roster": {"agents": [{"id": "a", "contract": "X"}]}})"
                                              << "roster.agents[0].contract" << "no contract 'X'";
    QTest::newRow("roster: unknown agent") << R"({"roster": {"agents": [{"id": "a"}], "assignments": [{"agent": "b", "start": 0, "end": 2}]}})"
                                           << "roster.assignments[0].agent" << "no agent 'b'";
    QTest::newRow("roster: shift past the horizon") << R"({"roster": {"agents": [{"id": "a"}], "assignments": [{"agent": "a", "start": 30, "end": 32}]}})"
                                                    << "roster.assignments[0].start" << "outside the horizon";
    QTest::newRow("roster: negative limit") << R"({"roster": {"contracts": [{"id": "FT", "maxMinutesPerWeek": -5}]}})"
                                            << "roster.contracts[0].maxMinutesPerWeek" << "negative";
    QTest::newRow("roster: duplicate agent") << R"({"roster": {"agents": [{"id": "a"}, {"id": "a"}]}})"
                                             << "roster.agents[1].id" << "duplicate";
    QTest::newRow("roster: day off past the horizon") << R"({"roster": {"agents": [{"id": "a", "fixedDaysOff": [3]}]}})"
                                                      << "roster.agents[0].fixedDaysOff" << "0 … 0";
    QTest::newRow("roster: availability weekday 8") << R"({"roster": {"agents": [{"id": "a", "availability": [{"weekday": 8}]}]}})"
                                                    << "roster.agents[0].availability[0].weekday" << "0 (every day)";
    QTest::newRow("roster: availability ends before it starts")
        << R"({"roster": {"agents": [{"id": "a", "availability": [{"weekday": 1, "fromMinutes": 600, "toMinutes": 480}]}]}})"
        << "roster.agents[0].availability[0].toMinutes" << "after fromMinutes";
    QTest::newRow("headcount fractional") << R"({"constraints": {"maxHeadcount": 2.5}})" << "constraints.maxHeadcount"
                                          << "integer";
}

void TestProblemJson::errorsNamePath()
{
    QFETCH(QString, change);
    QFETCH(QString, field);
    QFETCH(QString, phrase);
    json j = validProblem();
    const json patch = json::parse(change.toStdString());
    for (auto it = patch.begin(); it != patch.end(); ++it) {
        if (it.value().is_null())
            j.erase(it.key());
        else if (it.value().is_object() && j.contains(it.key()) && j[it.key()].is_object())
            j[it.key()].update(it.value());
        else
            j[it.key()] = it.value();
    }
    try {
        projectFromJson(j, kLabel);
        QFAIL("invalid problem accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), kLabel);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().contains(phrase), qPrintable(e.message()));
        QVERIFY2(e.message().startsWith(kLabel + QStringLiteral(", field '") + field + QLatin1Char('\'')),
                 qPrintable(e.message()));
    }
}

void TestProblemJson::fileErrorsNameFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // Syntax error on line 3.
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    {
        QFile f(broken);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\n  \"intervalMinutes\": 60,\n  oops\n}\n");
    }
    try {
        readProblemFile(broken);
        QFAIL("broken JSON accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), broken);
        QCOMPARE(e.row(), 3);
        QVERIFY2(e.message().contains(QStringLiteral("JSON")), qPrintable(e.message()));
    }
    // A semantic error names the file path, not a label.
    const QString bad = dir.filePath(QStringLiteral("bad.json"));
    {
        json j = validProblem();
        j["demand"][3] = -1;
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::fromStdString(j.dump()));
    }
    try {
        readProblemFile(bad);
        QFAIL("negative demand accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), bad);
        QCOMPARE(e.field(), QStringLiteral("demand[3]"));
    }
    const QString missing = dir.filePath(QStringLiteral("missing.json"));
    try {
        readProblemFile(missing);
        QFAIL("missing file read");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), missing);
    }
}

void TestProblemJson::resultJsonOptimal()
{
    const Project p = readProblemFile(QStringLiteral(TESSERA_TEST_DATA "/cyclic_daily_8h.json"));
    const SchedulingProblem problem = p.toProblem();
    const SolveResult r = solveSchedule(problem, p.solveOptions());
    const json j = resultToJson(r, problem);
    QCOMPARE(QString::fromStdString(j.at("format").get<std::string>()), QStringLiteral("tessera-result"));
    QCOMPARE(QString::fromStdString(j.at("status").get<std::string>()), QStringLiteral("optimal"));
    QCOMPARE(j.at("objective").get<double>(), 55.0);
    QCOMPARE(j.at("bestBound").get<double>(), 55.0);
    QCOMPARE(j.at("gap").get<double>(), 0.0);
    QVERIFY(j.at("seconds").is_number());
    const json &counts = j.at("shiftCounts");
    QVERIFY(counts.is_object());
    QCOMPARE(counts.size(), size_t(24));
    int total = 0;
    for (size_t s = 0; s < problem.shifts.size(); ++s) {
        const json &n = counts.at(problem.shifts[s].id.toStdString());
        QCOMPARE(n.get<int>(), r.shiftCounts[s]);
        total += n.get<int>();
    }
    QCOMPARE(total, 55);
    const json &ivs = j.at("intervals");
    QCOMPARE(ivs.size(), size_t(24));
    for (size_t t = 0; t < 24; ++t) {
        const json &c = ivs.at(t);
        QCOMPARE(c.at("index").get<int>(), int(t));
        QCOMPARE(c.at("required").get<double>(), problem.demand[t]);
        QCOMPARE(c.at("scheduled").get<double>(), r.intervals[t].scheduled);
        QCOMPARE(c.at("under").get<double>(), 0.0);
        QCOMPARE(c.at("over").get<double>(), r.intervals[t].scheduled - problem.demand[t]);
    }
    QCOMPARE(ivs.at(10).at("required").get<double>(), 25.0);
    QVERIFY(j.at("diagnosis").is_array());
    QVERIFY(j.at("diagnosis").empty());
    const json &sum = j.at("summary");
    QCOMPARE(sum.at("shifts").get<int>(), 55);
    QCOMPARE(sum.at("shiftCost").get<double>(), 55.0);
    QCOMPARE(sum.at("requiredAgentHours").get<double>(), 368.0); // Σ hourly demand (Python: 368)
    QCOMPARE(sum.at("scheduledAgentHours").get<double>(), 440.0); // 55 shifts × 8 h
    QCOMPARE(sum.at("underAgentHours").get<double>(), 0.0);
    QCOMPARE(sum.at("overAgentHours").get<double>(), 72.0); // 440 − 368

    // Read back: the same result (ids here sort in catalog order).
    QVERIFY(resultFromJson(json::parse(j.dump()), kLabel) == r);
}

void TestProblemJson::resultJsonInfeasible()
{
    json pj = validProblem();
    pj["coverage"]["mode"] = "hard";
    pj["demand"] = {1, 2, 2, 5};
    pj["shifts"] = json::parse(R"([{"id": "a", "start": 0, "end": 3}])");
    const Project p = projectFromJson(pj, kLabel);
    const SchedulingProblem problem = p.toProblem();
    const SolveResult r = solveSchedule(problem, p.solveOptions());
    QCOMPARE(r.status, SolveStatus::Infeasible);
    const json j = resultToJson(r, problem);
    QCOMPARE(QString::fromStdString(j.at("status").get<std::string>()), QStringLiteral("infeasible"));
    QVERIFY(j.at("objective").is_null());
    QVERIFY(j.at("bestBound").is_null());
    QVERIFY(j.at("gap").is_null());
    QVERIFY(j.at("shiftCounts").empty());
    QVERIFY(j.at("intervals").empty());
    QVERIFY(!j.contains("summary"));
    const json &d = j.at("diagnosis");
    QCOMPARE(d.size(), size_t(1));
    QCOMPARE(QString::fromStdString(d.at(0).at("kind").get<std::string>()), QStringLiteral("uncovered"));
    QCOMPARE(d.at(0).at("intervals").get<std::vector<int>>(), std::vector<int>({3}));
    // Labels come from the project's calendar: interval 3 is Sun 04:00, after the DST jump
    // (intervals start 00:00, 01:00, 03:00, 04:00 local on 29 Mar 2026 in Berlin).
    const QString message = QString::fromStdString(d.at(0).at("message").get<std::string>());
    QVERIFY2(message.contains(QStringLiteral("Sun 04:00")), qPrintable(message));
    const SolveResult back = resultFromJson(j, kLabel);
    QCOMPARE(back.status, SolveStatus::Infeasible);
    QCOMPARE(back.diagnosis, r.diagnosis);
    QVERIFY(!back.hasSolution());
}

QTEST_MAIN(TestProblemJson)
#include "test_problemjson.moc"

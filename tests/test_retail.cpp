// SPDX-License-Identifier: GPL-3.0-or-later
// Retail multi-activity shift scheduling (schedulingbenchmarks.org instances): the reader on real
// files and corrupted copies, the independent checker on hand-built rosters, task decoding, the
// two-step solver on 1_7_10_1 checked by the checker, and tessera-cli roster for both benchmark
// formats (retail and shiftdesign) with their R.json fields.
#include "core/cli/cli.h"
#include "core/error.h"
#include "core/rostering/retail.h"
#include "core/rostering/shiftdesign.h"

#include <nlohmann/json.hpp>

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>

using namespace tessera;
using namespace tessera::rostering;

namespace {

QString retailFile(const QString &name)
{
    return QStringLiteral(TESSERA_SHARED_DATA "/retail-multiactivity-7day/") + name;
}

QByteArray fileText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

/// Interval index of calendar day `day` (1-based) at hh:mm.
int at(int day, int hh, int mm)
{
    return ((day - 1) * 1440 + hh * 60 + mm - 360) / 15;
}

/// 7 days, 2 tasks, one person (min 480, max 3000 minutes); no demand unless set.
RetailInstance small()
{
    RetailInstance inst;
    inst.days = 7;
    inst.tasks = 2;
    inst.staff.push_back({QStringLiteral("A"), 480, 3000});
    inst.coverMin.assign(size_t(inst.intervals()) * 2, 0);
    inst.coverMax.assign(size_t(inst.intervals()) * 2, 0);
    return inst;
}

RetailShift shift(int staff, int start, int end, int task = 0)
{
    return {staff, start, end, {{task, start, end}}};
}

QStringList rules(const RetailCheck &c)
{
    QStringList out;
    for (const RetailViolation &v : c.violations)
        out << v.rule;
    return out;
}

} // namespace

class TestRetail : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("tasks");
        QTest::addColumn<int>("staff");
        QTest::addColumn<int>("staffIndex");
        QTest::addColumn<int>("minMinutes");
        QTest::addColumn<int>("maxMinutes");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("task");
        QTest::addColumn<int>("min");
        QTest::addColumn<int>("max");
        // 1_7_10_1: staff 3 is "3,900,1200"; "1,08:30-08:45,1,2,2".
        QTest::newRow("1_7_10_1") << "1_7_10_1.txt" << 1 << 10 << 2 << 900 << 1200 << at(1, 8, 30) << 0 << 2 << 2;
        // 5_7_10_2: staff 2 "2,2160,2400"; "8,05:45-06:00,2,0,0" is the horizon's last interval.
        QTest::newRow("5_7_10_2 last") << "5_7_10_2.txt" << 2 << 10 << 1 << 2160 << 2400 << 7 * 96 - 1 << 1 << 0 << 0;
        // "3,23:45-00:00,2,1,1": the quarter-hour before midnight of day 3.
        QTest::newRow("5_7_10_2 midnight") << "5_7_10_2.txt" << 2 << 10 << 0 << 2100 << 2400 << at(3, 23, 45) << 1 << 1 << 1;
    }
    void reader()
    {
        QFETCH(QString, file);
        QFETCH(int, staffIndex);
        QFETCH(int, interval);
        QFETCH(int, task);
        const RetailInstance inst = readRetail(retailFile(file));
        QCOMPARE(inst.days, 7);
        QTEST(inst.tasks, "tasks");
        QTEST(inst.staffCount(), "staff");
        QTEST(inst.staff[size_t(staffIndex)].minMinutes, "minMinutes");
        QTEST(inst.staff[size_t(staffIndex)].maxMinutes, "maxMinutes");
        QTEST(inst.minCover(interval, task), "min");
        QTEST(inst.maxCover(interval, task), "max");
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        // 1_7_10_1: line 16 is staff "3,900,1200", line 37 is "1,08:30-08:45,1,2,2".
        QTest::newRow("max below min") << QByteArray("\n3,900,1200") << QByteArray("\n3,900,800")
                                       << "bad.txt, row 16, field 'MaxTotalMinutes': 800 is below MinTotalMinutes 900";
        QTest::newRow("half hour") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,08:30-09:00,1,2,2")
                                   << "bad.txt, row 37, field 'Time': '08:30-09:00' is not one 15-minute interval";
        QTest::newRow("bad clock") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,8h30-08:45,1,2,2")
                                   << "bad.txt, row 37, field 'Time': '8h30' is not a time HH:MM";
        QTest::newRow("unknown task") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,08:30-08:45,2,2,2")
                                      << "bad.txt, row 37, field 'TaskID': '2' is not an integer in [1, 1]";
        QTest::newRow("min above max") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,08:30-08:45,1,3,2")
                                       << "bad.txt, row 37, field 'Max': 2 is below Min 3";
        QTest::newRow("before the horizon") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,05:30-05:45,1,2,2")
                                            << "bad.txt, row 37, field 'Time': day 1 05:30 lies outside the horizon";
        QTest::newRow("repeated cover") << QByteArray("1,08:30-08:45,1,2,2") << QByteArray("1,08:15-08:30,1,2,2")
                                        << "bad.txt, row 37, field 'Time': cover for this interval and task is already given on line 36";
        QTest::newRow("no cover") << QByteArray("SECTION_COVER") << QByteArray("SECTION_KOVER")
                                  << "bad.txt, field 'SECTION_COVER': the section is missing";
    }
    void readerErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray text = fileText(retailFile(QStringLiteral("1_7_10_1.txt")));
        QVERIFY2(text.count(from) == 1, from.constData());
        text.replace(from, to);
        try {
            parseRetail(text, QStringLiteral("bad.txt"));
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
        }
    }

    void checkerRules_data()
    {
        QTest::addColumn<QList<int>>("shifts"); // staff, start, end triples (task 1)
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("valid") << QList<int>{0, 8, 40} << QStringList{};
        QTest::newRow("too few minutes") << QList<int>{0, 8, 24} << QStringList{QStringLiteral("min-minutes")};
        QTest::newRow("two on one day") << QList<int>{0, 0, 16, 0, 40, 56} << QStringList{QStringLiteral("one-shift-per-day")};
        QTest::newRow("overlap") << QList<int>{0, 90, 110, 0, 100, 120} << QStringList{QStringLiteral("overlap")};
        QList<int> six, five;
        for (int d = 0; d < 6; ++d)
            six << 0 << d * 96 + 8 << d * 96 + 24;
        for (int d : {0, 1, 2, 3, 4, 6})
            five << 0 << d * 96 + 8 << d * 96 + 24;
        QTest::newRow("six days in a row") << six << QStringList{QStringLiteral("consecutive-days")};
        QTest::newRow("five, rest, one") << five << QStringList{};
        QTest::newRow("past the horizon") << QList<int>{0, 660, 680} << QStringList{QStringLiteral("shift"), QStringLiteral("min-minutes")};
    }
    void checkerRules()
    {
        QFETCH(QList<int>, shifts);
        QFETCH(QStringList, expected);
        const RetailInstance inst = small();
        RetailRoster r;
        for (int i = 0; i + 2 < shifts.size(); i += 3)
            r.shifts.push_back(shift(shifts[i], shifts[i + 1], shifts[i + 2]));
        QCOMPARE(rules(checkRetail(inst, r)), expected);
    }

    void checkerCover()
    {
        // Both tasks need one person during [8, 16); one shift [8, 16) on task 1 for 4 intervals
        // then task 2 for 4: each task is short 4 person-intervals; task 2 is over by 2 at [16, 18).
        RetailInstance inst = small();
        for (int t = 8; t < 16; ++t)
            for (int k = 0; k < 2; ++k) {
                inst.coverMin[size_t(t) * 2 + k] = 1;
                inst.coverMax[size_t(t) * 2 + k] = 1;
            }
        RetailRoster r;
        r.shifts.push_back({0, 8, 40, {{0, 8, 12}, {1, 12, 18}, {0, 18, 40}}});
        const RetailCheck c = checkRetail(inst, r);
        QVERIFY(c.feasible());
        QCOMPARE(c.underPerTask, (std::vector<long long>{4, 4}));
        QCOMPARE(c.overPerTask, (std::vector<long long>{22, 2}));
        QCOMPARE(c.demand, 16LL);
        QCOMPARE(c.met, 8LL);
        QCOMPARE(c.coveragePercent, 50.0);
        QCOMPARE(c.objective, 8.0 + 24.0);
        r.shifts[0].blocks.pop_back(); // leaves [18, 40) without a task
        QCOMPARE(rules(checkRetail(inst, r)), QStringList{QStringLiteral("blocks")});
    }

    void decodingFillsMinimaFirst()
    {
        // Task 1 needs 1 during [0, 8), task 2 needs 1 during [4, 12); max as min. Two people
        // [0, 12): the least penalty covers both tasks during [4, 8) and is over by one elsewhere;
        // each person stays on one task (blocks, not a switch every interval).
        RetailInstance inst = small();
        inst.staff.push_back({QStringLiteral("B"), 0, 3000});
        for (int t = 0; t < 8; ++t)
            inst.coverMin[size_t(t) * 2] = inst.coverMax[size_t(t) * 2] = 1;
        for (int t = 4; t < 12; ++t)
            inst.coverMin[size_t(t) * 2 + 1] = inst.coverMax[size_t(t) * 2 + 1] = 1;
        RetailRoster r;
        r.shifts.push_back({0, 0, 12, {}});
        r.shifts.push_back({1, 0, 12, {}});
        assignTasks(inst, r);
        const RetailCheck c = checkRetail(inst, r);
        QVERIFY(c.violations.size() == 1 && c.violations[0].rule == QLatin1String("min-minutes")); // A works 180 < 480
        QCOMPARE(c.under, 0LL);
        QCOMPARE(c.over, 8LL); // [0, 4) and [8, 12): one person more than demanded
        QCOMPARE(int(r.shifts[0].blocks.size()), 1); // each person keeps one task all shift
        QCOMPARE(int(r.shifts[1].blocks.size()), 1);
    }

    void tinyOptimum()
    {
        // One day, two people who must each work 6–8 h; task 1 needs one person 08:00–12:00,
        // task 2 one person 10:00–14:00: 32 person-intervals of demand against at least 48 of
        // work, so at least 16 over; 08:00–14:00 for both reaches it (A task 1 then 2, B 2).
        QByteArray text = "SECTION_HORIZON\n1\nSECTION_TASKS\n2\nSECTION_STAFF\nA,360,480\nB,360,480\nSECTION_COVER\n";
        for (int m = 8 * 60; m < 14 * 60; m += 15) {
            const QByteArray from = QStringLiteral("%1:%2").arg(m / 60, 2, 10, QLatin1Char('0')).arg(m % 60, 2, 10, QLatin1Char('0')).toUtf8();
            const QByteArray to = QStringLiteral("%1:%2").arg((m + 15) / 60, 2, 10, QLatin1Char('0')).arg((m + 15) % 60, 2, 10, QLatin1Char('0')).toUtf8();
            if (m < 12 * 60)
                text += "1," + from + "-" + to + ",1,1,1\n";
            if (m >= 10 * 60)
                text += "1," + from + "-" + to + ",2,1,1\n";
        }
        const RetailInstance inst = parseRetail(text, QStringLiteral("tiny.txt"));
        const RetailResult r = solveRetail(inst, 20.0);
        const RetailCheck c = checkRetail(inst, r.roster);
        QVERIFY(c.feasible());
        QCOMPARE(c.under, 0LL);
        QCOMPARE(c.over, 16LL);
        QCOMPARE(r.objective, 16.0);
        QCOMPARE(r.modelObjective, 16.0);
        QCOMPARE(r.bestBound, 16.0);
    }

    void solveSmallFile()
    {
        const RetailInstance inst = readRetail(retailFile(QStringLiteral("1_7_10_1.txt")));
        const RetailResult r = solveRetail(inst, 8.0);
        QVERIFY(r.hasSolution);
        const RetailCheck c = checkRetail(inst, r.roster);
        QStringList messages;
        for (const RetailViolation &v : c.violations)
            messages << v.message;
        QVERIFY2(c.feasible(), qPrintable(messages.join(QLatin1Char('\n'))));
        QCOMPARE(c.objective, r.objective);
        if (!std::isnan(r.modelObjective)) // unless repaired after a stop: the program's value is the checker's
            QVERIFY2(std::fabs(r.modelObjective - c.objective) < 1e-6,
                     qPrintable(QStringLiteral("model %1, checker %2").arg(r.modelObjective).arg(c.objective)));
        QVERIFY(std::isnan(r.bestBound) || r.bestBound <= c.objective + 1e-6);
        // Aggregating tasks is exact: per interval, the cover penalty of w people is
        // max(0, ΣMin − w) + max(0, w − ΣMax), which the decoded task blocks must reach.
        std::vector<int> onDuty(size_t(inst.intervals()), 0);
        for (const RetailShift &s : r.roster.shifts)
            for (int t = s.start; t < s.end; ++t)
                ++onDuty[size_t(t)];
        long long aggregate = 0;
        for (int t = 0; t < inst.intervals(); ++t) {
            int lo = 0, hi = 0;
            for (int k = 0; k < inst.tasks; ++k) {
                lo += inst.minCover(t, k);
                hi += inst.maxCover(t, k);
            }
            aggregate += std::max(0, lo - onDuty[size_t(t)]) + std::max(0, onDuty[size_t(t)] - hi);
        }
        QCOMPARE(c.under + c.over, aggregate);
    }

    void greedyFallbackKeepsHardRules_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("5_7_10_2") << "5_7_10_2.txt";
        QTest::newRow("23_7_50_4") << "23_7_50_4.txt";
    }
    void greedyFallbackKeepsHardRules()
    {
        // Without the staff-level program, step 1's shifts are handed out greedily: worse cover,
        // but still every hard rule (minutes, one shift a day, 5 days in a row).
        QFETCH(QString, file);
        const RetailInstance inst = readRetail(retailFile(file));
        RetailOptions opt;
        opt.staffLevelProgram = false;
        const RetailResult r = solveRetail(inst, 5.0, opt);
        QVERIFY(r.greedyFallback);
        const RetailCheck c = checkRetail(inst, r.roster, opt);
        QStringList messages;
        for (const RetailViolation &v : c.violations)
            messages << v.message;
        QVERIFY2(c.feasible(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(std::isnan(r.modelObjective));
        QVERIFY(c.objective >= r.bestBound - 1e-6);
    }

    void staffGroupsKeepHardRules()
    {
        // A cap of 600 columns splits 5_7_10_2's ten people into groups solved one after
        // another (the path 150-staff, 28-day instances take); the roster must stay valid.
        const RetailInstance inst = readRetail(retailFile(QStringLiteral("5_7_10_2.txt")));
        RetailOptions opt;
        opt.maxGroupColumns = 600;
        const RetailResult r = solveRetail(inst, 8.0, opt);
        QVERIFY(r.groups > 1);
        QVERIFY(std::isnan(r.modelObjective));
        const RetailCheck c = checkRetail(inst, r.roster, opt);
        QStringList messages;
        for (const RetailViolation &v : c.violations)
            messages << v.message;
        QVERIFY2(c.feasible(), qPrintable(messages.join(QLatin1Char('\n'))));
        QVERIFY(c.objective >= r.bestBound - 1e-6);
        QVERIFY(c.coveragePercent > 50.0);
    }

    void cli_data()
    {
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("instance");
        QTest::addColumn<QString>("solutionKey");
        QTest::newRow("shiftdesign")
            << "shiftdesign" << QStringLiteral(TESSERA_SHARED_DATA "/shift-design-musliu/DataSet1/RandomExample1.dzn") << "solution";
        QTest::newRow("retail") << "retail" << retailFile(QStringLiteral("2_7_10_1.txt")) << "roster";
    }
    void cli()
    {
        QFETCH(QString, format);
        QFETCH(QString, instance);
        QFETCH(QString, solutionKey);
        QTemporaryDir dir;
        const QString outPath = dir.filePath(QStringLiteral("R.json"));
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runCli({QStringLiteral("roster"), instance, QStringLiteral("--format"), format,
                                 QStringLiteral("--time-limit"), QStringLiteral("5"), QStringLiteral("--out"), outPath},
                                out, err);
        out.flush();
        err.flush();
        QVERIFY2(code == CliOk, qPrintable(errText + outText));
        QVERIFY2(outText.contains(QLatin1String("hard-rule violations 0")), qPrintable(outText));
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(QString::fromStdString(j.at("instanceFormat").get<std::string>()), format);
        QVERIFY(j.at("objective").is_number());
        QVERIFY(j.at("bestBound").is_number());
        QVERIFY(j.at("bestBound").get<double>() <= j.at("objective").get<double>() + 1e-6);
        QVERIFY(j.at("violations").is_array() && j.at("violations").empty());
        QVERIFY(j.at("seconds").get<double>() >= 0.0);
        QVERIFY(j.at(solutionKey.toStdString()).is_array() && !j.at(solutionKey.toStdString()).empty());
        QVERIFY2(outText.contains(QStringLiteral("objective %1").arg(j.at("objective").get<double>(), 0, 'f', format == QLatin1String("retail") ? 0 : 2)),
                 qPrintable(outText));
        if (format == QLatin1String("shiftdesign")) {
            // Recompute the objective from R.json's solution with the evaluator.
            ShiftDesignSolution sol;
            for (const auto &s : j.at("solution"))
                sol.shifts.push_back({s.at("type").get<int>() - 1, s.at("start").get<int>(), s.at("length").get<int>(),
                                      s.at("employees").get<std::vector<int>>()});
            const ShiftDesignInstance inst = readShiftDesign(instance);
            QCOMPARE(evaluateShiftDesign(inst, sol).objective, j.at("objective").get<double>());
        } else {
            const auto &first = j.at("roster").at(0);
            QVERIFY(first.at("staff").is_string());
            QVERIFY(first.at("blocks").is_array() && !first.at("blocks").empty());
            QVERIFY(j.at("coveragePercent").get<double>() > 0.0);
        }
    }

    void cliRejectsUnknownFormat()
    {
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        QCOMPARE(runCli({QStringLiteral("roster"), retailFile(QStringLiteral("1_7_10_1.txt")), QStringLiteral("--format"),
                         QStringLiteral("matsp")},
                        out, err),
                 int(CliError));
        err.flush();
        QVERIFY2(errText.contains(QLatin1String("field '--format': 'matsp' is not a known instance format (curtois, retail, shiftdesign, tessera)")),
                 qPrintable(errText));
        // A shift design file read as retail: the reader names the file and what is wrong.
        QCOMPARE(runCli({QStringLiteral("roster"), QStringLiteral(TESSERA_SHARED_DATA "/shift-design-musliu/DataSet1/RandomExample1.dzn"),
                         QStringLiteral("--format"), QStringLiteral("retail")},
                        out, err),
                 int(CliError));
        err.flush();
        QVERIFY2(errText.contains(QLatin1String("RandomExample1.dzn, row 1: data before the first SECTION_ header")), qPrintable(errText));
    }
};

QTEST_MAIN(TestRetail)
#include "test_retail.moc"

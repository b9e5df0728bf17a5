// SPDX-License-Identifier: GPL-3.0-or-later
// Named-agent rostering: the integer program (core/rostering/nrpmodel.h) on hand-solved tiny
// instances and on Curtois & Qu's Instance1, checked by the independent validator; the CLI command.
#include "core/cli/cli.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"

#include <nlohmann/json.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::rostering;

namespace {

/**
 * A tiny instance: `horizon` days; shifts D (480 min) — or E and L (480 each, E may not follow L)
 * when `twoShifts`; then the STAFF lines and any further sections (days off, requests, cover).
 * Staff fields: EmpID, MaxShifts, MaxTotalMinutes, MinTotalMinutes, MaxConsecutiveShifts,
 * MinConsecutiveShifts, MinConsecutiveDaysOff, MaxWeekends.
 */
QByteArray tiny(int horizon, bool twoShifts, const QByteArray &staff, const QByteArray &sections)
{
    return "SECTION_HORIZON\n" + QByteArray::number(horizon) + "\nSECTION_SHIFTS\n"
           + (twoShifts ? QByteArray("E,480,\nL,480,E\n") : QByteArray("D,480,\n")) + "SECTION_STAFF\n" + staff
           + "\n" + sections + "\n";
}

QStringList describe(const Evaluation &e)
{
    QStringList out;
    for (const Violation &v : e.hardViolations)
        out << QStringLiteral("%1:%2:%3 %4").arg(v.rule).arg(v.staff).arg(v.day).arg(v.message);
    return out;
}

QString instance1Path()
{
    return QStringLiteral(TESSERA_SHARED_DATA "/curtois-qu-nrp/txt/Instance1.txt");
}

} // namespace

class TestNrpModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void tinyOptimum_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("optimum");
        // Cover alone: work all three days, except that a shift-off request (5) is cheaper than
        // leaving day 1 short (100).
        QTest::newRow("cover and off-request")
            << tiny(3, false, "A,D=3,100000,0,3,1,1,1",
                    "SECTION_SHIFT_OFF_REQUESTS\nA,1,D,5\nSECTION_COVER\n0,D,1,100,1\n1,D,1,100,1\n2,D,1,100,1")
            << 5;
        // On-requests keep their constant: day 0 is a fixed day off (7 always paid); on day 1
        // working costs 1 over cover, cheaper than missing the request (3).
        QTest::newRow("day off and on-requests")
            << tiny(2, false, "A,D=2,100000,0,2,1,1,1",
                    "SECTION_DAYS_OFF\nA,0\nSECTION_SHIFT_ON_REQUESTS\nA,0,D,7\nA,1,D,3\nSECTION_COVER\n1,D,0,10,1")
            << 8;
        // L may not be followed by E: without the rule A works L then E (0); with it one of the two
        // days stays short (10).
        QTest::newRow("forbidden succession")
            << tiny(2, true, "A,E=2|L=2,100000,0,2,1,1,1", "SECTION_COVER\n0,L,1,10,1\n1,E,1,10,1") << 10;
        // At most one E and no L: day 1 is short (5), not day 0 (10).
        QTest::newRow("max shifts per type")
            << tiny(2, true, "A,E=1|L=0,100000,0,2,1,1,1", "SECTION_COVER\n0,E,1,10,1\n1,E,1,5,1\n0,L,1,1,0") << 6;
        // Four days wanted, at most 2 in a row: one day short (10).
        QTest::newRow("max consecutive shifts")
            << tiny(4, false, "A,D=4,100000,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,1,10,1\n3,D,1,10,1")
            << 10;
        // Day 2 must be off (100 over); a single interior day off is too short for 2 days off in a
        // row, so a second day off costs 10.
        QTest::newRow("min consecutive days off")
            << tiny(5, false, "A,D=5,100000,0,5,1,2,1",
                    "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,0,10,100\n3,D,1,10,1\n4,D,1,10,1")
            << 10;
        // Boundary convention: a run of days off starting on day 0 is never too short.
        QTest::newRow("min days off at the horizon start")
            << tiny(3, false, "A,D=3,100000,0,3,1,2,1", "SECTION_COVER\n0,D,0,10,100\n1,D,1,10,1\n2,D,1,10,1") << 0;
        // Day 1 wanted (10 if short), every worked day else costs 1 over; runs need 3 days unless
        // they touch the horizon edge: days 0–1 (cost 1) beat days 1–3 (2).
        QTest::newRow("min consecutive shifts")
            << tiny(4, false, "A,D=4,100000,0,4,3,1,1",
                    "SECTION_COVER\n0,D,0,10,1\n1,D,1,10,1\n2,D,0,10,1\n3,D,0,10,1")
            << 1;
        // Two weekends wanted (days 5, 6, 12, 13), at most one worked: two days short (20).
        QTest::newRow("max weekends")
            << tiny(14, false, "A,D=14,100000,0,14,1,1,1", "SECTION_COVER\n5,D,1,10,1\n6,D,1,10,1\n12,D,1,10,1\n13,D,1,10,1")
            << 20;
        // At least 960 minutes: a second shift is forced, one over cover (3).
        QTest::newRow("min total minutes")
            << tiny(3, false, "A,D=3,100000,960,3,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,0,10,3\n2,D,0,10,4") << 3;
        // Max total minutes: 480 allows one shift; the other day is short (10).
        QTest::newRow("max total minutes")
            << tiny(2, false, "A,D=2,480,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,12,1") << 10;
        // Two staff share the cover; B's weekend limit is 0, so A takes the weekend alone.
        QTest::newRow("two staff")
            << tiny(7, false, "A,D=7,100000,0,7,1,1,1\nB,D=7,100000,0,7,1,1,0",
                    "SECTION_COVER\n5,D,2,10,1\n6,D,2,10,1\n0,D,2,10,1")
            << 20;
    }
    void tinyOptimum()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, optimum);
        const NrpInstance inst = readNrpText(text, QStringLiteral("tiny"));
        const RosterResult r = solveNrp(inst, 30.0);
        QVERIFY(r.hasSolution);
        QVERIFY(r.provenOptimal);
        const Evaluation e = evaluate(inst, r.roster);
        QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
        QCOMPARE(r.objective, double(e.objective));
        QCOMPARE(e.objective, (long long)optimum);
        QCOMPARE(r.bestBound, double(optimum));
    }

    void infeasible()
    {
        // 1,440 minutes wanted from a 2-day horizon of 480-minute shifts.
        const NrpInstance inst =
            readNrpText(tiny(2, false, "A,D=2,100000,1440,2,1,1,1", "SECTION_COVER\n0,D,1,10,1"), QStringLiteral("tiny"));
        const RosterResult r = solveNrp(inst, 10.0);
        QVERIFY(!r.hasSolution);
        QVERIFY(r.provenInfeasible);
        QVERIFY(!r.provenOptimal);
        QVERIFY(std::isnan(r.bestBound));
    }

    void instance1()
    {
        if (!QFileInfo::exists(instance1Path()))
            QSKIP("shared Curtois & Qu data not available");
        const NrpInstance inst = readNrpText(instance1Path());
        int calls = 0;
        QElapsedTimer clock;
        clock.start();
        const RosterResult r = solveNrp(inst, 20.0, nullptr, [&calls](const SolveProgress &) { ++calls; });
        const double wall = clock.elapsed() / 1000.0;
        QVERIFY(r.hasSolution);
        const Evaluation e = evaluate(inst, r.roster);
        QVERIFY2(e.feasible(), qPrintable(describe(e).join(QLatin1String("; "))));
        QCOMPARE(r.objective, double(e.objective));
        QVERIFY(r.objective >= r.bestBound);
        QVERIFY(r.bestBound <= 607); // best known value (PROVENANCE.md)
        QVERIFY(wall < 40.0);
        qInfo("Instance1: objective %.0f, bound %.0f, %.1f s (wall %.1f s), proven optimal %d, %d progress calls",
              r.objective, r.bestBound, r.seconds, wall, int(r.provenOptimal), calls);
    }

    void cli()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString in = dir.filePath(QStringLiteral("tiny.txt"));
        const QString outPath = dir.filePath(QStringLiteral("r.json"));
        {
            QFile f(in);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(tiny(4, false, "A,D=4,100000,0,2,1,1,1", "SECTION_COVER\n0,D,1,10,1\n1,D,1,10,1\n2,D,1,10,1\n3,D,1,10,1"));
        }
        QString outText, errText;
        QTextStream out(&outText), err(&errText);
        const int code = runCli({QStringLiteral("roster"), in, QStringLiteral("--format"), QStringLiteral("curtois"),
                                 QStringLiteral("--time-limit"), QStringLiteral("20"), QStringLiteral("--out"), outPath},
                                out, err);
        out.flush();
        err.flush();
        QVERIFY2(code == CliOk, qPrintable(errText));
        QVERIFY2(outText.contains(QLatin1String("objective 10")), qPrintable(outText));
        QVERIFY2(outText.contains(QLatin1String("hard-rule violations 0")), qPrintable(outText));
        QFile f(outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const nlohmann::json j = nlohmann::json::parse(f.readAll().toStdString());
        QCOMPARE(j.at("objective").get<double>(), 10.0);
        QCOMPARE(j.at("bestBound").get<double>(), 10.0);
        QVERIFY(j.at("seconds").is_number());
        QVERIFY(j.at("violations").is_array());
        QVERIFY(j.at("violations").empty());
        const nlohmann::json &days = j.at("roster").at("A");
        QCOMPARE(int(days.size()), 4);
        int worked = 0;
        for (const nlohmann::json &d : days) {
            QVERIFY(d.is_null() || d.get<std::string>() == "D");
            worked += d.is_null() ? 0 : 1;
        }
        QCOMPARE(worked, 3);

        // Bad input: unknown format, unknown option.
        QString o2, e2;
        QTextStream out2(&o2), err2(&e2);
        QCOMPARE(runCli({QStringLiteral("roster"), in, QStringLiteral("--format"), QStringLiteral("xml")}, out2, err2), int(CliError));
        QCOMPARE(runCli({QStringLiteral("roster"), in, QStringLiteral("--gap"), QStringLiteral("0")}, out2, err2), int(CliError));
    }
};

QTEST_MAIN(TestNrpModel)
#include "test_nrpmodel.moc"

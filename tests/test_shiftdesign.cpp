// SPDX-License-Identifier: GPL-3.0-or-later
// Shift design (Musliu, Schaerf & Slany 2004; Di Gaspero et al. 2007): the .dzn reader on the
// DBAI DataSet1 files and corrupted copies, hand-solved tiny instances, the independent evaluator
// against hand-computed figures and against the integer program's own objective on the real files.
#include "core/error.h"
#include "core/rostering/shiftdesign.h"

#include <QFile>
#include <QtTest>

#include <cmath>

using namespace tessera;
using namespace tessera::rostering;

namespace {

QString dataSet1(const QString &name)
{
    return QStringLiteral(TESSERA_SHARED_DATA "/shift-design-musliu/DataSet1/") + name;
}

QByteArray fileText(const QString &name)
{
    QFile f(dataSet1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(f.fileName()));
    return f.readAll();
}

/// A one-day (cyclic) instance with hourly timeslots and one shift type.
QByteArray tinyDzn(const QList<int> &demand, int minStart, int maxStart, int minLength, int maxLength,
                   int weightShift, int weightDuties = 0, int minDuties = 0, int maxDuties = 7, int avgMinutes = 2400)
{
    QStringList d;
    for (int v : demand)
        d << QString::number(v);
    return QStringLiteral("interval = 60;\ndays = 1;\ndemand = [%1];\nshiftTypes = 1;\nminStart = [%2];\n"
                          "maxStart = [%3];\nminLength = [%4];\nmaxLength = [%5];\nminDuties = %6;\nmaxDuties = %7;\n"
                          "avgMinutes = %8;\nweightUnderCover = 1;\nweightOverCover = 1;\nweightDutiesPerWeek = %9;\n"
                          "weightShiftInstances = %10;\n")
        .arg(d.join(QLatin1Char(',')))
        .arg(minStart)
        .arg(maxStart)
        .arg(minLength)
        .arg(maxLength)
        .arg(minDuties)
        .arg(maxDuties)
        .arg(avgMinutes)
        .arg(weightDuties)
        .arg(weightShift)
        .toUtf8();
}

/// 24 hourly values: `a` during [8, 16), `b` during [16, 24), 0 otherwise.
QList<int> dayProfile(int a, int b)
{
    QList<int> d;
    for (int h = 0; h < 24; ++h)
        d << (h >= 8 && h < 16 ? a : h >= 16 ? b : 0);
    return d;
}

} // namespace

class TestShiftDesign : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void reader_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("demandSize");
        QTest::addColumn<int>("demandIndex");
        QTest::addColumn<int>("demandValue");
        QTest::addColumn<int>("minStartD"); // minStart of type 2 (D)
        QTest::addColumn<int>("maxLengthN");
        QTest::addColumn<double>("weightDuties");
        QTest::addColumn<double>("weightShifts");
        QTest::newRow("RandomExample1") << "RandomExample1.dzn" << 60 << 168 << 35 << 20 << 9 << 9 << 1000.0 << 60.0;
        QTest::newRow("RandomExample1 night") << "RandomExample1.dzn" << 60 << 168 << 167 << 0 << 9 << 9 << 1000.0 << 60.0;
        QTest::newRow("RandomExample2") << "RandomExample2.dzn" << 30 << 336 << 100 << 7 << 18 << 18 << 0.0 << 30.0;
        QTest::newRow("RandomExample4") << "RandomExample4.dzn" << 30 << 336 << 335 << 11 << 18 << 18 << 1000.0 << 30.0;
    }
    void reader()
    {
        QFETCH(QString, file);
        const ShiftDesignInstance inst = readShiftDesign(dataSet1(file));
        QTEST(inst.intervalMinutes, "interval");
        QCOMPARE(inst.days, 7);
        QTEST(int(inst.demand.size()), "demandSize");
        QFETCH(int, demandIndex);
        QTEST(inst.demand[size_t(demandIndex)], "demandValue");
        QCOMPARE(int(inst.types.size()), 4);
        QTEST(inst.types[1].minStart, "minStartD");
        QTEST(inst.types[3].maxLength, "maxLengthN");
        QCOMPARE(inst.minDuties, 3);
        QCOMPARE(inst.maxDuties, 5);
        QCOMPARE(inst.avgMinutes, 2310);
        QTEST(inst.weightDutiesPerWeek, "weightDuties");
        QTEST(inst.weightShiftInstances, "weightShifts");
    }

    void repeatedBlockIsAccepted()
    {
        const QByteArray text = fileText(QStringLiteral("RandomExample3.dzn"));
        const ShiftDesignInstance once = parseShiftDesign(text, QStringLiteral("once.dzn"));
        const ShiftDesignInstance twice = parseShiftDesign(text + "\n% repeated\n" + text, QStringLiteral("twice.dzn"));
        QCOMPARE(twice.demand, once.demand);
        QCOMPARE(twice.weightShiftInstances, once.weightShiftInstances);
    }

    void readerErrors_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("expected");
        // RandomExample1: line 1 interval, 3 demand, 5 minStart, 6 maxStart, 13 weightOverCover.
        QTest::newRow("no demand") << QByteArray("demand =") << QByteArray("demandX =")
                                   << "bad.dzn, field 'demand': missing";
        QTest::newRow("short demand") << QByteArray("[0,0,0,0,") << QByteArray("[0,0,0,")
                                      << "bad.dzn, row 3, field 'demand': has 167 values; expected 168";
        QTest::newRow("not a number") << QByteArray("weightOverCover = 1;") << QByteArray("weightOverCover = one;")
                                      << "bad.dzn, row 13, field 'weightOverCover': 'one' is not a number";
        QTest::newRow("negative weight") << QByteArray("weightOverCover = 1;") << QByteArray("weightOverCover = -1;")
                                         << "bad.dzn, row 13, field 'weightOverCover': -1 is negative";
        QTest::newRow("window reversed") << QByteArray("maxStart = [8,") << QByteArray("maxStart = [4,")
                                         << "bad.dzn, row 6, field 'maxStart': shift type 1";
        QTest::newRow("interval not dividing") << QByteArray("interval = 60;") << QByteArray("interval = 7;")
                                               << "bad.dzn, row 1, field 'interval': 7 minutes do not divide a day";
        QTest::newRow("conflicting repeat") << QByteArray("days = 7;") << QByteArray("days = 7;\ninterval = 30;")
                                            << "bad.dzn, row 3, field 'interval': defined again with a different value (first on line 1)";
    }
    void readerErrors()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, expected);
        QByteArray text = fileText(QStringLiteral("RandomExample1.dzn"));
        QVERIFY2(text.contains(from), from.constData());
        text.replace(from, to);
        try {
            parseShiftDesign(text, QStringLiteral("bad.dzn"));
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().startsWith(expected), qPrintable(e.message()));
        }
    }

    void tinyOptimum_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<double>("optimum");
        QTest::addColumn<int>("shifts");
        // Two shifts 08–16 and 16–24 meet the demand exactly: 2 × 100.
        QTest::newRow("two shifts") << tinyDzn(dayProfile(2, 1), 8, 16, 8, 8, 100) << 200.0 << 2;
        // At 500 a shift, one 08–16 shift with two people is cheaper: 8 h short → 480 + 500
        // (no shift at all: 24 person-hours short, 1440).
        QTest::newRow("one shift") << tinyDzn(dayProfile(2, 1), 8, 16, 8, 8, 500) << 980.0 << 1;
        // A 20:00 shift of 8 h wraps past midnight onto the start of the (cyclic) day: one shift, no deviation.
        QList<int> night(24, 0);
        for (int h : {20, 21, 22, 23, 0, 1, 2, 3})
            night[h] = 1;
        QTest::newRow("night wraps") << tinyDzn(night, 20, 20, 8, 8, 50) << 50.0 << 1;
        // Duties: demand 1 during 08–14, avgMinutes 480, 1 duty a week. A 6 h shift matches the
        // demand but means 480/360 = 1.33 duties per employee; an 8 h shift costs 2 h excess + 10.
        QList<int> morning(24, 0);
        for (int h = 8; h < 14; ++h)
            morning[h] = 1;
        QTest::newRow("duties ratio") << tinyDzn(morning, 8, 8, 4, 8, 10, 1000, 1, 1, 480) << 130.0 << 1;
        QTest::newRow("duties ignored") << tinyDzn(morning, 8, 8, 4, 8, 10, 0, 1, 1, 480) << 10.0 << 1;
    }
    void tinyOptimum()
    {
        QFETCH(QByteArray, text);
        const ShiftDesignInstance inst = parseShiftDesign(text, QStringLiteral("tiny.dzn"));
        const ShiftDesignResult r = solveShiftDesign(inst, 20.0);
        QVERIFY(r.hasSolution);
        QTEST(r.objective, "optimum");
        QVERIFY(r.provenOptimal);
        const ShiftDesignEvaluation e = evaluateShiftDesign(inst, r.solution);
        QTEST(e.shiftsUsed, "shifts");
        QVERIFY2(e.violations.isEmpty(), qPrintable(e.violations.join(QLatin1Char('\n'))));
    }

    void evaluatorByHand()
    {
        // 08–16 demand 2, 16–24 demand 1; three people 08–16: 8 h × 1 excess and 8 h × 1 short.
        // Duties: 3 duties, 1440 min / 2400 avg = 0.6 employees → 5 duties each, 1 above max 4.
        const ShiftDesignInstance inst =
            parseShiftDesign(tinyDzn(dayProfile(2, 1), 8, 16, 8, 8, 100, 10, 2, 4, 2400), QStringLiteral("tiny.dzn"));
        ShiftDesignSolution sol;
        sol.shifts.push_back({0, 8, 8, {3}});
        const ShiftDesignEvaluation e = evaluateShiftDesign(inst, sol);
        QCOMPARE(e.excessMinutes, 480LL);
        QCOMPARE(e.shortageMinutes, 480LL);
        QCOMPARE(e.shiftsUsed, 1);
        QCOMPARE(e.duties, 3LL);
        QCOMPARE(e.averageDuties, 5.0);
        QCOMPARE(e.dutiesDeviation, 1.0);
        QCOMPARE(e.objective, 480.0 + 480.0 + 100.0 + 10.0);
        QVERIFY(e.violations.isEmpty());
        sol.shifts.push_back({0, 7, 8, {1}}); // starts before the window
        sol.shifts.push_back({0, 8, 8, {0}}); // the same shift again
        const ShiftDesignEvaluation bad = evaluateShiftDesign(inst, sol);
        QCOMPARE(bad.violations.size(), 2);
    }

    void evaluatorAgreesOnDataSet1_data()
    {
        QTest::addColumn<QString>("file");
        for (int i = 1; i <= 5; ++i)
            QTest::newRow(qPrintable(QStringLiteral("RandomExample%1").arg(i))) << QStringLiteral("RandomExample%1.dzn").arg(i);
    }
    void evaluatorAgreesOnDataSet1()
    {
        QFETCH(QString, file);
        const ShiftDesignInstance inst = readShiftDesign(dataSet1(file));
        const ShiftDesignResult r = solveShiftDesign(inst, 2.0);
        QVERIFY(r.hasSolution);
        const ShiftDesignEvaluation e = evaluateShiftDesign(inst, r.solution);
        QVERIFY2(e.violations.isEmpty(), qPrintable(e.violations.join(QLatin1Char('\n'))));
        QVERIFY2(std::fabs(e.objective - r.modelObjective) < 1e-6,
                 qPrintable(QStringLiteral("evaluator %1, model %2").arg(e.objective).arg(r.modelObjective)));
        QVERIFY(r.bestBound <= e.objective + 1e-6);
        if (inst.weightDutiesPerWeek > 0) // the model keeps the duties ratio inside the range
            QCOMPARE(e.dutiesDeviation, 0.0);
    }
};

QTEST_MAIN(TestShiftDesign)
#include "test_shiftdesign.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Erlang B / Erlang C staffing formulas and the per-interval requirements built on them.
//
// Reference values were computed independently in Python with exact rational arithmetic
// (fractions.Fraction over the factorial forms  B = (A^n/n!) / Σ_{k≤n} A^k/k!  and
// C = (A^n/n! · n/(n−A)) / (Σ_{k<n} A^k/k! + A^n/n! · n/(n−A)), the exponential of the SL formula
// with mpmath at 40 digits), and for n = 3000 with mpmath log-sum-exp at 60 digits.
#include "core/error.h"
#include "core/staffing/erlangc.h"
#include "core/staffing/requirements.h"

#include <QtTest>

#include <cmath>

using namespace tessera;
using namespace tessera::staffing;

namespace {
bool closeRel(double actual, double expected, double rel)
{
    return std::fabs(actual - expected) <= rel * std::max(std::fabs(expected), 1e-300);
}
} // namespace

class TestErlangC : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void erlangBPublishedTable_data();
    void erlangBPublishedTable();
    void erlangBExactSmall_data();
    void erlangBExactSmall();
    void erlangCExactSmall_data();
    void erlangCExactSmall();
    void trafficFromVolume();
    void classicWorkedExample_data();
    void classicWorkedExample();
    void requiredAgentsTargets_data();
    void requiredAgentsTargets();
    void largeCenterIsStable();
    void zeroTrafficNeedsNobody();
    void occupancyCapForcesAgents_data();
    void occupancyCapForcesAgents();
    void erlangBSumMatchesRecursion_data();
    void erlangBSumMatchesRecursion();
    void invalidInputsThrow_data();
    void invalidInputsThrow();
    void requirementsShrinkage_data();
    void requirementsShrinkage();
    void requirementsErrorsNameInterval_data();
    void requirementsErrorsNameInterval();
};

// Classic Erlang B table: traffic carried by n servers at 1 % blocking (3 or 4 significant digits).
void TestErlangC::erlangBPublishedTable_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("exact"); // B(n, A) at the tabulated A, exact to 10 digits (Python)
    QTest::newRow("5 servers, 1.361 E") << 5 << 1.361 << 0.01000572414;
    QTest::newRow("10 servers, 4.461 E") << 10 << 4.461 << 0.009997786688;
    QTest::newRow("20 servers, 12.031 E") << 20 << 12.031 << 0.0100025918;
    QTest::newRow("100 servers, 84.06 E") << 100 << 84.06 << 0.009991702588;
}

void TestErlangC::erlangBPublishedTable()
{
    QFETCH(int, servers);
    QFETCH(double, traffic);
    QFETCH(double, exact);
    const double b = erlangB(servers, traffic);
    // The table's rounding of A allows ~1e-3 relative around 1 %.
    QVERIFY2(closeRel(b, 0.01, 1e-3), qPrintable(QString::number(b, 'g', 12)));
    QVERIFY2(closeRel(b, exact, 1e-8), qPrintable(QString::number(b, 'g', 12)));
}

void TestErlangC::erlangBExactSmall_data()
{
    QTest::addColumn<int>("servers");
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("expected");
    QTest::newRow("B(0, 3) = 1") << 0 << 3.0 << 1.0;
    QTest::newRow("B(1, 1) = 1/2") << 1 << 1.0 << 0.5;
    QTest::newRow("B(1, 0.25) = 1/5") << 1 << 0.25 << 0.2;
    QTest::newRow("B(2, 1) = 1/5") << 2 << 1.0 << 0.2;
    QTest::newRow("B(3, 2) = 4/19") << 3 << 2.0 << 4.0 / 19.0;
    QTest::newRow("B(4, 0) = 0") << 4 << 0.0 << 0.0;
}

void TestErlangC::erlangBExactSmall()
{
    QFETCH(int, servers);
    QFETCH(double, traffic);
    QFETCH(double, expected);
    QVERIFY2(std::fabs(erlangB(servers, traffic) - expected) < 1e-14,
             qPrintable(QString::number(erlangB(servers, traffic), 'g', 17)));
}

void TestErlangC::erlangCExactSmall_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("expected");
    QTest::newRow("M/M/1 rho 0.2: C = rho") << 1 << 0.2 << 0.2;
    QTest::newRow("M/M/1 rho 0.5: C = rho") << 1 << 0.5 << 0.5;
    QTest::newRow("M/M/1 rho 0.9: C = rho") << 1 << 0.9 << 0.9;
    QTest::newRow("M/M/2 A 1: C = 1/3") << 2 << 1.0 << 1.0 / 3.0;
    QTest::newRow("M/M/2 A 0.5: C = 1/10") << 2 << 0.5 << 0.1; // (0.125·4/3)/(1.5+0.125·4/3) = 1/10
    QTest::newRow("n = A: unstable, C = 1") << 2 << 2.0 << 1.0;
    QTest::newRow("n < A: unstable, C = 1") << 3 << 4.5 << 1.0;
    QTest::newRow("no traffic: C = 0") << 3 << 0.0 << 0.0;
}

void TestErlangC::erlangCExactSmall()
{
    QFETCH(int, agents);
    QFETCH(double, traffic);
    QFETCH(double, expected);
    const double c = erlangC(agents, traffic);
    QVERIFY2(std::fabs(c - expected) < 1e-14, qPrintable(QString::number(c, 'g', 17)));
}

void TestErlangC::trafficFromVolume()
{
    // 100 calls per 30 min at 180 s AHT = 10 Erlangs; 50 calls per 15 min likewise.
    QCOMPARE(trafficErlangs(100, 180, 1800), 10.0);
    QCOMPARE(trafficErlangs(50, 180, 900), 10.0);
    QCOMPARE(trafficErlangs(30, 240, 3600), 2.0);
    QCOMPARE(trafficErlangs(0, 0, 1800), 0.0); // no volume: AHT irrelevant
}

// The classic worked example: 100 calls in 30 min, AHT 180 s → A = 10 Erlangs, target 80/20.
void TestErlangC::classicWorkedExample_data()
{
    QTest::addColumn<int>("agents");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("sl");
    QTest::addColumn<double>("asa");
    QTest::newRow("11") << 11 << 0.6821182046893324 << 0.389613811729 << 122.78127684407983;
    QTest::newRow("12") << 12 << 0.44938822429827086 << 0.640158040374 << 40.44494018684438;
    QTest::newRow("13") << 13 << 0.28527045303649295 << 0.795594788418 << 17.116227182189576;
    QTest::newRow("14") << 14 << 0.17413193359504983 << 0.888350019179 << 7.835937011777243;
    QTest::newRow("15") << 15 << 0.10204236700798801 << 0.941452842869 << 3.673525212287568;
    QTest::newRow("18") << 18 << 0.015928277434601363 << 0.99345168938 << 0.3583862422785306;
}

void TestErlangC::classicWorkedExample()
{
    QFETCH(int, agents);
    QFETCH(double, c);
    QFETCH(double, sl);
    QFETCH(double, asa);
    const double a = trafficErlangs(100, 180, 1800);
    QVERIFY2(closeRel(erlangC(agents, a), c, 1e-10), qPrintable(QString::number(erlangC(agents, a), 'g', 17)));
    QVERIFY2(closeRel(serviceLevel(agents, a, 180, 20), sl, 1e-10),
             qPrintable(QString::number(serviceLevel(agents, a, 180, 20), 'g', 17)));
    QVERIFY2(closeRel(averageSpeedOfAnswer(agents, a, 180), asa, 1e-10),
             qPrintable(QString::number(averageSpeedOfAnswer(agents, a, 180), 'g', 17)));
    QVERIFY(closeRel(occupancy(agents, a), 10.0 / agents, 1e-15));
    // 13 agents miss 80/20 (79.6 %), 14 make it (88.8 %): the textbook answer is 14.
    QCOMPARE(requiredAgents(a, 180, StaffingTarget{0.80, 20.0, 1.0}), 14);
}

void TestErlangC::requiredAgentsTargets_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("seconds");
    QTest::addColumn<int>("expected");
    QTest::newRow("A 10, 80/20") << 10.0 << 180.0 << 0.80 << 20.0 << 14;
    QTest::newRow("A 10, 90/20") << 10.0 << 180.0 << 0.90 << 20.0 << 15;
    QTest::newRow("A 10, 95/20") << 10.0 << 180.0 << 0.95 << 20.0 << 16;
    QTest::newRow("A 10, 99/20") << 10.0 << 180.0 << 0.99 << 20.0 << 18;
    QTest::newRow("A 10, 50/20") << 10.0 << 180.0 << 0.50 << 20.0 << 12;
    QTest::newRow("A 10, 80/0 (C <= 0.2)") << 10.0 << 180.0 << 0.80 << 0.0 << 14;
    QTest::newRow("A 6, 80/20") << 6.0 << 180.0 << 0.80 << 20.0 << 9;
    QTest::newRow("A 2.5, AHT 240, 80/20") << 2.5 << 240.0 << 0.80 << 20.0 << 5;
    QTest::newRow("A 1, 80/20") << 1.0 << 180.0 << 0.80 << 20.0 << 3;
    QTest::newRow("A 0.5, AHT 300, 80/20") << 0.5 << 300.0 << 0.80 << 20.0 << 2;
}

void TestErlangC::requiredAgentsTargets()
{
    QFETCH(double, traffic);
    QFETCH(double, aht);
    QFETCH(double, target);
    QFETCH(double, seconds);
    QFETCH(int, expected);
    const int n = requiredAgents(traffic, aht, StaffingTarget{target, seconds, 1.0});
    QCOMPARE(n, expected);
    // Minimality: one agent fewer misses the target.
    QVERIFY(serviceLevel(n, traffic, aht, seconds) >= target);
    QVERIFY(serviceLevel(n - 1, traffic, aht, seconds) < target);
}

void TestErlangC::largeCenterIsStable()
{
    // Factorials of 3000 overflow a double (170! already does): the recursion must not.
    const double c = erlangC(3000, 2900.0);
    QVERIFY(std::isfinite(c));
    QVERIFY(c > 0.0 && c < 1.0);
    QVERIFY2(closeRel(c, 0.0394604697533657, 1e-9), qPrintable(QString::number(c, 'g', 17)));
    QVERIFY2(closeRel(erlangB(3000, 2900.0), 0.0013675129379396, 1e-9),
             qPrintable(QString::number(erlangB(3000, 2900.0), 'g', 17)));
    QVERIFY2(closeRel(erlangC(2901, 2900.0), 0.977035742548406, 1e-9),
             qPrintable(QString::number(erlangC(2901, 2900.0), 'g', 17)));

    // SL increases with every agent from the first stable level on.
    double previous = serviceLevel(2900, 2900.0, 180, 20);
    QCOMPARE(previous, 0.0);
    for (int n = 2901; n <= 3100; ++n) {
        const double sl = serviceLevel(n, 2900.0, 180, 20);
        QVERIFY(std::isfinite(sl));
        QVERIFY2(sl > previous || (sl == 1.0 && previous == 1.0), qPrintable(QStringLiteral("n = %1").arg(n)));
        previous = sl;
    }
    QVERIFY(previous > 0.999);

    const int n = requiredAgents(2900.0, 180, StaffingTarget{0.80, 20.0, 1.0});
    QVERIFY(n > 2900 && n < 3100);
    QVERIFY(serviceLevel(n, 2900.0, 180, 20) >= 0.80);
    QVERIFY(serviceLevel(n - 1, 2900.0, 180, 20) < 0.80);
}

void TestErlangC::zeroTrafficNeedsNobody()
{
    QCOMPARE(requiredAgents(0.0, 180, StaffingTarget{}), 0);
    QCOMPARE(requiredAgents(0.0, 0.0, StaffingTarget{0.95, 10.0, 0.5}), 0);
    QCOMPARE(serviceLevel(0, 0.0, 180, 20), 1.0);
    QCOMPARE(averageSpeedOfAnswer(0, 0.0, 180), 0.0);
    QCOMPARE(occupancy(0, 0.0), 0.0);
}

void TestErlangC::occupancyCapForcesAgents_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("target");
    QTest::addColumn<double>("maxOccupancy");
    QTest::addColumn<int>("expected");
    // A = 10, AHT 180: SL alone needs 12 at 50/20; a cap of 0.8 needs 10/n <= 0.8 → 13.
    QTest::newRow("A 10, 50/20, no cap") << 10.0 << 0.50 << 1.0 << 12;
    QTest::newRow("A 10, 50/20, cap 0.8") << 10.0 << 0.50 << 0.8 << 13;
    QTest::newRow("A 10, 50/20, cap 0.7") << 10.0 << 0.50 << 0.7 << 15;
    // At 80/20 the SL already needs 14 > 13: the cap does not add more.
    QTest::newRow("A 10, 80/20, cap 0.8") << 10.0 << 0.80 << 0.8 << 14;
    // Boundary: A/n exactly equal to the cap is allowed.
    QTest::newRow("A 8, 10/20, no cap") << 8.0 << 0.10 << 1.0 << 9;
    QTest::newRow("A 8, 10/20, cap 0.8 (8/10 exact)") << 8.0 << 0.10 << 0.8 << 10;
    QTest::newRow("A 8, 10/20, cap 0.79") << 8.0 << 0.10 << 0.79 << 11;
}

void TestErlangC::occupancyCapForcesAgents()
{
    QFETCH(double, traffic);
    QFETCH(double, target);
    QFETCH(double, maxOccupancy);
    QFETCH(int, expected);
    const int n = requiredAgents(traffic, 180, StaffingTarget{target, 20.0, maxOccupancy});
    QCOMPARE(n, expected);
    QVERIFY(traffic / n <= maxOccupancy + 1e-12);
}

void TestErlangC::erlangBSumMatchesRecursion_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<double>("a");
    QTest::newRow("1 agent, 0.5 E") << 1 << 0.5;
    QTest::newRow("10 agents, 5 E") << 10 << 5.0;
    QTest::newRow("50 agents, 49.5 E") << 50 << 49.5;
    QTest::newRow("300 agents, 250 E") << 300 << 250.0;
    QTest::newRow("2000 agents, 1990 E") << 2000 << 1990.0;
    QTest::newRow("3000 agents, 2900 E") << 3000 << 2900.0;
    QTest::newRow("fewer agents than traffic: 100, 150 E") << 100 << 150.0;
    QTest::newRow("far fewer: 5, 50 E") << 5 << 50.0;
    QTest::newRow("far more: 120, 3 E") << 120 << 3.0;
}

void TestErlangC::erlangBSumMatchesRecursion()
{
    // The truncated sum must agree with the textbook recursion B(k) = A·B(k−1) / (k + A·B(k−1)).
    QFETCH(int, n);
    QFETCH(double, a);
    double b = 1.0;
    for (int k = 1; k <= n; ++k)
        b = a * b / (k + a * b);
    const double fast = erlangB(n, a);
    QVERIFY2(std::fabs(fast - b) <= 1e-12 * b + 1e-300, qPrintable(QStringLiteral("%1 vs %2").arg(fast, 0, 'g', 17).arg(b, 0, 'g', 17)));
}

void TestErlangC::invalidInputsThrow_data()
{
    QTest::addColumn<int>("which"); // 0, 2: requiredAgents, 1: trafficErlangs
    QTest::addColumn<double>("a");
    QTest::addColumn<double>("b");
    QTest::addColumn<double>("c");
    QTest::addColumn<double>("d");
    QTest::addColumn<QString>("field");
    // requiredAgents(traffic a, aht b, {sl c, threshold d, occupancy 1})
    QTest::newRow("SL target 1.2") << 0 << 10.0 << 180.0 << 1.2 << 20.0 << "serviceLevel.target";
    QTest::newRow("SL target 1.0") << 0 << 10.0 << 180.0 << 1.0 << 20.0 << "serviceLevel.target";
    QTest::newRow("SL target 0") << 0 << 10.0 << 180.0 << 0.0 << 20.0 << "serviceLevel.target";
    QTest::newRow("SL target NaN") << 0 << 10.0 << 180.0 << std::nan("") << 20.0 << "serviceLevel.target";
    QTest::newRow("negative threshold") << 0 << 10.0 << 180.0 << 0.8 << -1.0 << "serviceLevel.seconds";
    QTest::newRow("negative traffic") << 0 << -1.0 << 180.0 << 0.8 << 20.0 << "";
    QTest::newRow("infinite traffic") << 0 << qInf() << 180.0 << 0.8 << 20.0 << "";
    QTest::newRow("traffic with AHT 0") << 0 << 2.0 << 0.0 << 0.8 << 20.0 << "ahtSeconds";
    // requiredAgents(traffic a, aht b, {0.8, 20, occupancy c})
    QTest::newRow("max occupancy 0") << 2 << 10.0 << 180.0 << 0.0 << 0.0 << "maxOccupancy";
    QTest::newRow("max occupancy 1.5") << 2 << 10.0 << 180.0 << 1.5 << 0.0 << "maxOccupancy";
    // trafficErlangs(offered a, aht b, interval c)
    QTest::newRow("negative volume") << 1 << -5.0 << 180.0 << 1800.0 << 0.0 << "offered";
    QTest::newRow("AHT 0 with volume") << 1 << 10.0 << 0.0 << 1800.0 << 0.0 << "ahtSeconds";
    QTest::newRow("AHT negative with volume") << 1 << 10.0 << -3.0 << 1800.0 << 0.0 << "ahtSeconds";
    QTest::newRow("zero interval") << 1 << 10.0 << 180.0 << 0.0 << 0.0 << "";
}

void TestErlangC::invalidInputsThrow()
{
    QFETCH(int, which);
    QFETCH(double, a);
    QFETCH(double, b);
    QFETCH(double, c);
    QFETCH(double, d);
    QFETCH(QString, field);
    try {
        if (which == 0)
            requiredAgents(a, b, StaffingTarget{c, d, 1.0});
        else if (which == 2)
            requiredAgents(a, b, StaffingTarget{0.8, 20.0, c});
        else
            trafficErlangs(a, b, c);
        QFAIL("no InputError thrown");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), field);
        QVERIFY(!e.reason().isEmpty());
    }
}

void TestErlangC::requirementsShrinkage_data()
{
    QTest::addColumn<double>("shrinkage");
    QTest::addColumn<double>("gross"); // 14 net agents / (1 − s)
    QTest::newRow("no shrinkage") << 0.0 << 14.0;
    QTest::newRow("30 %") << 0.30 << 20.0;
    QTest::newRow("25 %") << 0.25 << 56.0 / 3.0;
    QTest::newRow("50 %") << 0.50 << 28.0;
}

void TestErlangC::requirementsShrinkage()
{
    QFETCH(double, shrinkage);
    QFETCH(double, gross);
    const std::vector<ForecastInterval> forecast = {{100, 180}, {0, 0}, {60, 180}, {50, 180}};
    StaffingParams params;
    params.shrinkage = shrinkage;
    // 30-minute intervals: A = 10, 0, 6, 5.
    const std::vector<IntervalRequirement> r = computeRequirements(forecast, 30, params);
    QCOMPARE(int(r.size()), 4);
    QCOMPARE(r[0].trafficErlangs, 10.0);
    QCOMPARE(r[0].netAgents, 14.0);
    QVERIFY(closeRel(r[0].grossAgents, gross, 1e-12));
    QVERIFY(closeRel(r[0].serviceLevel, 0.888350019179, 1e-10));
    QVERIFY(closeRel(r[0].asaSeconds, 7.835937011777243, 1e-10));
    QVERIFY(closeRel(r[0].occupancy, 10.0 / 14.0, 1e-15));

    QCOMPARE(r[1].trafficErlangs, 0.0);
    QCOMPARE(r[1].netAgents, 0.0);
    QCOMPARE(r[1].grossAgents, 0.0);
    QCOMPARE(r[1].serviceLevel, 1.0);
    QCOMPARE(r[1].occupancy, 0.0);

    QCOMPARE(r[2].trafficErlangs, 6.0);
    QCOMPARE(r[2].netAgents, 9.0);
    QVERIFY(closeRel(r[2].grossAgents, 9.0 / (1.0 - shrinkage), 1e-12));
    QVERIFY(closeRel(r[3].trafficErlangs, 5.0, 1e-15));
    // Gross is never rounded: the scheduler covers fractional requirements.
    QVERIFY(closeRel(r[3].grossAgents, r[3].netAgents / (1.0 - shrinkage), 1e-12));

    // The same volume in 15-minute intervals is twice the traffic.
    const std::vector<IntervalRequirement> q = computeRequirements({{50, 180}}, 15, params);
    QCOMPARE(q[0].trafficErlangs, 10.0);
    QCOMPARE(q[0].netAgents, 14.0);
}

void TestErlangC::requirementsErrorsNameInterval_data()
{
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("shrinkage");
    QTest::addColumn<double>("slTarget");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    // The bad value sits in the third interval (row 3).
    QTest::newRow("negative volume") << -1.0 << 180.0 << 0.3 << 0.8 << 3 << "offered";
    QTest::newRow("AHT 0 with volume") << 20.0 << 0.0 << 0.3 << 0.8 << 3 << "ahtSeconds";
    QTest::newRow("shrinkage 1") << 20.0 << 180.0 << 1.0 << 0.8 << 0 << "shrinkage";
    QTest::newRow("shrinkage negative") << 20.0 << 180.0 << -0.1 << 0.8 << 0 << "shrinkage";
    QTest::newRow("SL target 1.2") << 20.0 << 180.0 << 0.3 << 1.2 << 0 << "serviceLevel.target"; // a parameter: no row
}

void TestErlangC::requirementsErrorsNameInterval()
{
    QFETCH(double, offered);
    QFETCH(double, aht);
    QFETCH(double, shrinkage);
    QFETCH(double, slTarget);
    QFETCH(int, row);
    QFETCH(QString, field);
    const std::vector<ForecastInterval> forecast = {{10, 180}, {12, 200}, {offered, aht}};
    StaffingParams params;
    params.shrinkage = shrinkage;
    params.serviceLevelTarget = slTarget;
    try {
        computeRequirements(forecast, 30, params);
        QFAIL("no InputError thrown");
    } catch (const InputError &e) {
        if (row >= 0)
            QCOMPARE(e.row(), row);
        QCOMPARE(e.field(), field);
    }
}

QTEST_MAIN(TestErlangC)
#include "test_erlangc.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Infeasibility diagnosis: each infeasible catalog names the limit to relax and the intervals.
// Expected kinds, intervals and minimal headcounts were worked out by hand (each problem is small
// enough to enumerate; see the comments per row).
#include "core/error.h"
#include "core/scheduling/solver.h"

#include <QtTest>

#include "testsupport.h"

#include <cmath>

using namespace tessera;
using tessera::test::shift;

namespace {

SchedulingProblem problem(std::vector<double> demand, std::vector<Shift> shifts)
{
    SchedulingProblem p;
    p.intervalMinutes = 60; // one day holds all intervals: the headcount row is the day's
    p.demand = std::move(demand);
    p.shifts = std::move(shifts);
    return p;
}

SolveOptions labelled()
{
    SolveOptions o;
    o.timeLimitSeconds = 30;
    o.intervalLabel = [](int i) { return QStringLiteral("T%1").arg(i); };
    return o;
}

using Intervals = std::vector<int>;
using IntervalLists = std::vector<Intervals>;

SchedulingProblem build(const QString &name)
{
    if (name == QLatin1String("uncovered: end of day")) // only [0,2) exists
        return problem({1, 1, 1, 1}, {shift("a", 0, 2)});
    if (name == QLatin1String("uncovered: hole at a break"))
        return problem({1, 1, 1}, {shift("a", 0, 3, 1.0, -1, false, {{1, 2}})});
    if (name == QLatin1String("uncovered: max 0 disables a shift"))
        return problem({1, 1, 1, 1}, {shift("off", 0, 4, 1.0, 0), shift("a", 0, 2)});
    if (name == QLatin1String("uncovered: zero demand is fine"))
        return problem({1, 0, 0, 1}, {shift("a", 0, 1)});
    if (name == QLatin1String("maxCount: shift max too low")) // 2 allowed, 3 required at T0, T1
        return problem({3, 3, 1, 1}, {shift("a", 0, 4, 1.0, 2)});
    if (name == QLatin1String("maxCount: fractional demand rounds up")) // 2 allowed, 2.5 → 3 required at T0
        return problem({2.5, 1}, {shift("a", 0, 2, 1.0, 1), shift("b", 0, 1, 1.0, 1)});
    if (name == QLatin1String("maxCount: floor above max")) { // demand 1 but floor 2, max 1
        SchedulingProblem p = problem({1, 1, 0, 1}, {shift("a", 0, 4, 1.0, 1)});
        p.constraints.minStaffing = 2;
        return p;
    }
    if (name == QLatin1String("headcount")) {
        // all + peak >= 3 at T1, all >= 1 elsewhere: 3 shifts at least; the day allows 2. The
        // elastic LP keeps all = 1 and is short at T1 only.
        SchedulingProblem p = problem({1, 3, 1, 1}, {shift("all", 0, 4), shift("peak", 1, 2)});
        p.constraints.maxHeadcount = 2;
        return p;
    }
    if (name == QLatin1String("partTimeShare")) {
        // T2, T3 are worked only by a part-time shift, and the share is 0.
        SchedulingProblem p = problem({1, 1, 1, 1}, {shift("FT", 0, 2), shift("PT", 2, 4, 1.0, -1, true)});
        p.constraints.maxPartTimeShare = 0.0;
        return p;
    }
    if (name == QLatin1String("minStaffing with headcount")) {
        // Demand 1 everywhere is met by one "all" (headcount 1), but a floor of 2 needs two.
        SchedulingProblem p = problem({1, 1, 1, 1}, {shift("all", 0, 4), shift("first", 0, 2)});
        p.constraints.minStaffing = 2;
        p.constraints.maxHeadcount = 1;
        return p;
    }
    if (name == QLatin1String("minStaffing with max counts and headcount")) {
        // "all" max 1: the floor of 2 needs early + late on top (3 shifts); the day allows 2.
        // Dropping the floor (all = 1), the headcount (3) or the max (all = 2) each fixes it.
        SchedulingProblem p = problem({1, 1, 1, 1}, {shift("all", 0, 4, 1.0, 1), shift("early", 0, 2), shift("late", 2, 4)});
        p.constraints.minStaffing = 2;
        p.constraints.maxHeadcount = 2;
        return p;
    }
    qFatal("unknown case");
}
} // namespace

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void diagnoses_data();
    void diagnoses();
    void feasibleProblemsNeedNoDiagnosis();
    void softCoverageIsNeverInfeasible();
};

void TestDiagnosis::diagnoses_data()
{
    QTest::addColumn<QStringList>("kinds");
    QTest::addColumn<IntervalLists>("intervals"); // {-1}: some (the LP picks which), not none
    QTest::addColumn<QStringList>("phrases"); // must appear in the messages, in order of kinds
    QTest::newRow("uncovered: end of day") << QStringList{"uncovered"} << IntervalLists{{2, 3}} << QStringList{"T2, T3"};
    QTest::newRow("uncovered: hole at a break") << QStringList{"uncovered"} << IntervalLists{{1}} << QStringList{"T1"};
    QTest::newRow("uncovered: max 0 disables a shift") << QStringList{"uncovered"} << IntervalLists{{2, 3}}
                                                       << QStringList{"T2, T3"};
    QTest::newRow("uncovered: zero demand is fine") << QStringList{"uncovered"} << IntervalLists{{3}} << QStringList{"T3"};
    QTest::newRow("maxCount: shift max too low") << QStringList{"maxCount"} << IntervalLists{{0, 1}}
                                                 << QStringList{"2 allowed, 3 required"};
    QTest::newRow("maxCount: fractional demand rounds up") << QStringList{"maxCount"} << IntervalLists{{0}}
                                                           << QStringList{"2 allowed, 3 required"};
    // Documented in solver.h: a floor above what the max counts allow is a "maxCount" finding.
    QTest::newRow("maxCount: floor above max") << QStringList{"maxCount"} << IntervalLists{{0, 1, 3}}
                                               << QStringList{"1 allowed, 2 required by the staffing floor"};
    QTest::newRow("headcount") << QStringList{"headcount"} << IntervalLists{{1}}
                               << QStringList{"at least 3"};
    QTest::newRow("partTimeShare") << QStringList{"partTimeShare"} << IntervalLists{{2, 3}} << QStringList{"T2, T3"};
    QTest::newRow("minStaffing with headcount") << QStringList{"headcount", "minStaffing"}
                                                << IntervalLists{{0, 1, 2, 3}, {0, 1, 2, 3}}
                                                << QStringList{"at least 2", "T0, T1, T2, T3"};
    QTest::newRow("minStaffing with max counts and headcount")
        << QStringList{"headcount", "minStaffing", "maxCount"} << IntervalLists{{-1}, {-1}, {-1}}
        << QStringList{"at least 3", "floor of 2", "Raise max"};
}

void TestDiagnosis::diagnoses()
{
    QFETCH(QStringList, kinds);
    QFETCH(IntervalLists, intervals);
    QFETCH(QStringList, phrases);
    const SchedulingProblem p = build(QString::fromLatin1(QTest::currentDataTag()));
    const std::vector<Diagnosis> d = diagnoseInfeasibility(p, labelled());
    QStringList got;
    for (const Diagnosis &x : d)
        got << x.kind;
    QCOMPARE(got, kinds);
    for (size_t i = 0; i < d.size(); ++i) {
        if (intervals[i] == Intervals{-1}) {
            QVERIFY2(!d[i].intervals.empty(), qPrintable(d[i].message));
            for (int t : d[i].intervals)
                QVERIFY(t >= 0 && t < p.horizon());
        } else {
            QCOMPARE(d[i].intervals, intervals[i]);
        }
        QVERIFY2(d[i].message.contains(phrases[int(i)]), qPrintable(d[i].message));
        // Every named interval appears in the message by its label.
        for (int t : d[i].intervals)
            QVERIFY2(d[i].message.contains(QStringLiteral("T%1").arg(t)), qPrintable(d[i].message));
    }

    // The solve reports the same diagnosis and no schedule.
    const SolveResult r = solveSchedule(p, labelled());
    QCOMPARE(r.status, SolveStatus::Infeasible);
    QVERIFY(!r.hasSolution());
    QVERIFY(std::isnan(r.objective));
    QCOMPARE(r.diagnosis, d);
}

void TestDiagnosis::feasibleProblemsNeedNoDiagnosis()
{
    SchedulingProblem p = problem({1, 3, 1, 1}, {shift("all", 0, 4), shift("peak", 1, 2)});
    p.constraints.maxHeadcount = 3; // exactly enough
    p.constraints.minStaffing = 1;
    QVERIFY(diagnoseInfeasibility(p).empty());
    const SolveResult r = solveSchedule(p, labelled());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 3.0);
    QVERIFY(r.diagnosis.empty());
}

void TestDiagnosis::softCoverageIsNeverInfeasible()
{
    SchedulingProblem p = build(QStringLiteral("uncovered: end of day"));
    p.coverage.mode = CoverageMode::Soft;
    p.coverage.underPenalty = 5.0;
    const SolveResult r = solveSchedule(p, labelled());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QVERIFY(r.diagnosis.empty());
    // One "a" (cost 1) covers T0, T1; T2, T3 stay short at 5 each.
    QCOMPARE(r.objective, 11.0);
    QCOMPARE(r.intervals[2].under, 1.0);
    QCOMPARE(r.intervals[3].under, 1.0);
}

QTEST_MAIN(TestDiagnosis)
#include "test_diagnosis.moc"

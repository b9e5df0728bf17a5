// SPDX-License-Identifier: GPL-3.0-or-later
// The set-covering shift scheduler: optimal values, coverage modes, side constraints, evaluation,
// bounds and cancellation.
//
// The optimum 55 of tests/data/cyclic_daily_8h.json is the published value and was re-checked by
// writing the model from the JSON as an LP file in Python and solving it with the cbc command line.
// The small problems' optima were worked out by hand and confirmed by brute-force enumeration of
// all count vectors in Python.
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/scheduling/solver.h"

#include <QElapsedTimer>
#include <QtTest>

#include "testsupport.h"

#include <atomic>
#include <cmath>
#include <numeric>

using namespace tessera;
using tessera::test::shift;

namespace {

SchedulingProblem problem(std::vector<double> demand, std::vector<Shift> shifts, int minutes = 60, bool cyclic = false)
{
    SchedulingProblem p;
    p.intervalMinutes = minutes;
    p.cyclic = cyclic;
    p.demand = std::move(demand);
    p.shifts = std::move(shifts);
    return p;
}

SolveOptions options(double seconds = 30.0)
{
    SolveOptions o;
    o.timeLimitSeconds = seconds;
    return o;
}

double sum(const std::vector<IntervalCoverage> &c, double IntervalCoverage::*m)
{
    double s = 0;
    for (const IntervalCoverage &i : c)
        s += i.*m;
    return s;
}

SchedulingProblem cyclicClassic()
{
    return readProblemFile(QStringLiteral(TESSERA_TEST_DATA "/cyclic_daily_8h.json")).toProblem();
}
} // namespace

class TestSolver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cyclicClassicOptimal();
    void smallNonCyclicByHand();
    void softCoverageTradesPenalties_data();
    void softCoverageTradesPenalties();
    void overPenaltyPricesExcess_data();
    void overPenaltyPricesExcess();
    void partTimeShareRespected_data();
    void partTimeShareRespected();
    void shiftMaxCountsRespected_data();
    void shiftMaxCountsRespected();
    void breaksAndWrapping();
    void evaluateAndSummarize_data();
    void evaluateAndSummarize();
    void statusNamesRoundTrip();
    void cancelledBeforeStart();
    void invalidProblemsThrow_data();
    void invalidProblemsThrow();
};

void TestSolver::cyclicClassicOptimal()
{
    const SchedulingProblem p = cyclicClassic();
    QCOMPARE(p.horizon(), 24);
    QVERIFY(p.cyclic);
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 55.0);
    // Proven optimal: the bound meets the objective and the gap is exactly 0.
    QCOMPARE(r.bestBound, r.objective);
    QCOMPARE(r.gap, 0.0);
    QVERIFY(r.diagnosis.empty());
    QCOMPARE(int(r.shiftCounts.size()), int(p.shifts.size()));
    QCOMPARE(int(r.shiftIds.size()), int(p.shifts.size()));
    QCOMPARE(r.shiftIds.front(), QStringLiteral("00:00"));
    QCOMPARE(std::accumulate(r.shiftCounts.begin(), r.shiftCounts.end(), 0), 55);
    QCOMPARE(evaluateObjective(p, r.shiftCounts), 55.0);
    QCOMPARE(int(r.intervals.size()), 24);
    QCOMPARE(r.intervals, evaluateCoverage(p, r.shiftCounts));
    for (const IntervalCoverage &c : r.intervals) {
        QCOMPARE(c.under, 0.0);
        QVERIFY(c.scheduled >= c.required);
    }
    QCOMPARE(r.intervals[10].required, 25.0); // the 10:00 peak
    QVERIFY(r.seconds >= 0.0 && r.seconds < 30.0);
}

void TestSolver::smallNonCyclicByHand()
{
    // Demand 1,2,2,2,1,0. Without "long", early+mid+late = 9 is needed; one "long" plus "mid"
    // gives exactly 1,2,2,2,1 for 7; two "long" cost 8. Optimum 7, unique.
    const SchedulingProblem p = problem({1, 2, 2, 2, 1, 0},
                                        {shift("early", 0, 3, 3), shift("mid", 1, 4, 3), shift("late", 2, 5, 3),
                                         shift("long", 0, 5, 4)});
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 7.0);
    QCOMPARE(r.shiftCounts, std::vector<int>({0, 1, 0, 1}));
    QCOMPARE(sum(r.intervals, &IntervalCoverage::over), 0.0);
    QCOMPARE(r.intervals[5].scheduled, 0.0);
}

void TestSolver::softCoverageTradesPenalties_data()
{
    QTest::addColumn<std::vector<double>>("demand");
    QTest::addColumn<double>("penalty");
    QTest::addColumn<double>("objective");
    QTest::addColumn<double>("under");
    QTest::addColumn<std::vector<int>>("counts");
    // Shifts: "all" [0,4) costs 10, "first" [0,1) costs 2.5.
    // 4 agent-intervals short at 2 each (8) beat a 10 shift; at 3 each (12) they do not.
    QTest::newRow("cheap penalty: leave uncovered") << std::vector<double>{1, 1, 1, 1} << 2.0 << 8.0 << 4.0
                                                    << std::vector<int>{0, 0};
    QTest::newRow("dear penalty: cover") << std::vector<double>{1, 1, 1, 1} << 3.0 << 10.0 << 0.0 << std::vector<int>{1, 0};
    QTest::newRow("zero penalty: staff nobody") << std::vector<double>{1, 1, 1, 1} << 0.0 << 0.0 << 4.0
                                                << std::vector<int>{0, 0};
    // Fractional demand: 2 agent-intervals short.
    QTest::newRow("half agents, penalty 3: 6 < 10") << std::vector<double>{0.5, 0.5, 0.5, 0.5} << 3.0 << 6.0 << 2.0
                                                    << std::vector<int>{0, 0};
    QTest::newRow("half agents, penalty 6: 12 > 10") << std::vector<double>{0.5, 0.5, 0.5, 0.5} << 6.0 << 10.0 << 0.0
                                                     << std::vector<int>{1, 0};
    // Mixed: 2,1,1,1. Penalty 3: "all" + "first" = 12.5 beats "all" + one short (13).
    QTest::newRow("mixed, penalty 3") << std::vector<double>{2, 1, 1, 1} << 3.0 << 12.5 << 0.0 << std::vector<int>{1, 1};
    // Penalty 2: everything short costs 5·2 = 10, cheaper than any staffing (≥ 12 or 2.5 + 8).
    QTest::newRow("mixed, penalty 2") << std::vector<double>{2, 1, 1, 1} << 2.0 << 10.0 << 5.0 << std::vector<int>{0, 0};
}

void TestSolver::softCoverageTradesPenalties()
{
    QFETCH(std::vector<double>, demand);
    QFETCH(double, penalty);
    QFETCH(double, objective);
    QFETCH(double, under);
    QFETCH(std::vector<int>, counts);
    SchedulingProblem p = problem(demand, {shift("all", 0, 4, 10), shift("first", 0, 1, 2.5)});
    p.coverage.mode = CoverageMode::Soft;
    p.coverage.underPenalty = penalty;
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QVERIFY2(std::fabs(r.objective - objective) < 1e-9, qPrintable(QString::number(r.objective)));
    QCOMPARE(r.shiftCounts, counts);
    QVERIFY(std::fabs(sum(r.intervals, &IntervalCoverage::under) - under) < 1e-9);
    QCOMPARE(evaluateObjective(p, r.shiftCounts), r.objective);
    // The same demand under hard coverage must be covered whatever the penalty.
    p.coverage.mode = CoverageMode::Hard;
    const SolveResult h = solveSchedule(p, options());
    QCOMPARE(h.status, SolveStatus::Optimal);
    QCOMPARE(sum(h.intervals, &IntervalCoverage::under), 0.0);
}

void TestSolver::overPenaltyPricesExcess_data()
{
    QTest::addColumn<double>("overPenalty");
    QTest::addColumn<double>("objective");
    QTest::addColumn<double>("over");
    QTest::addColumn<std::vector<int>>("counts");
    // Demand 2,1,1,2; "full" [0,4), "a" [0,1), "d" [3,4), each cost 1.
    // Two "full" (2, with 2 excess) versus "full" + "a" + "d" (3, exact).
    QTest::newRow("no over penalty") << 0.0 << 2.0 << 2.0 << std::vector<int>{2, 0, 0};
    QTest::newRow("over 0.25: 2 + 0.5 < 3") << 0.25 << 2.5 << 2.0 << std::vector<int>{2, 0, 0};
    QTest::newRow("over 1: 2 + 2 > 3") << 1.0 << 3.0 << 0.0 << std::vector<int>{1, 1, 1};
}

void TestSolver::overPenaltyPricesExcess()
{
    QFETCH(double, overPenalty);
    QFETCH(double, objective);
    QFETCH(double, over);
    QFETCH(std::vector<int>, counts);
    for (CoverageMode mode : {CoverageMode::Hard, CoverageMode::Soft}) {
        SchedulingProblem p = problem({2, 1, 1, 2}, {shift("full", 0, 4), shift("a", 0, 1), shift("d", 3, 4)});
        p.coverage.mode = mode;
        p.coverage.underPenalty = 100.0;
        p.coverage.overPenalty = overPenalty;
        const SolveResult r = solveSchedule(p, options());
        QCOMPARE(r.status, SolveStatus::Optimal);
        QVERIFY2(std::fabs(r.objective - objective) < 1e-9, qPrintable(QString::number(r.objective)));
        QCOMPARE(r.shiftCounts, counts);
        QCOMPARE(sum(r.intervals, &IntervalCoverage::over), over);
        QCOMPARE(sum(r.intervals, &IntervalCoverage::under), 0.0);
    }
}

void TestSolver::partTimeShareRespected_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("objective");
    QTest::addColumn<std::vector<int>>("counts");
    // Demand 2 in 4 intervals; FT [0,4) costs 4, PT1 [0,2) and PT2 [2,4) cost 1 each.
    // PT ≤ share·(FT + PT): with one FT, PT1 = PT2 = 1 needs share ≥ 2/3.
    QTest::newRow("no limit: 4 part-timers") << 1.0 << 4.0 << std::vector<int>{0, 2, 2};
    QTest::newRow("2/3: 1 FT + 2 PT") << 2.0 / 3.0 << 6.0 << std::vector<int>{1, 1, 1};
    QTest::newRow("0.6: 2 FT") << 0.6 << 8.0 << std::vector<int>{2, 0, 0};
    QTest::newRow("0: 2 FT") << 0.0 << 8.0 << std::vector<int>{2, 0, 0};
}

void TestSolver::partTimeShareRespected()
{
    QFETCH(double, share);
    QFETCH(double, objective);
    QFETCH(std::vector<int>, counts);
    SchedulingProblem p = problem({2, 2, 2, 2}, {shift("FT", 0, 4, 4), shift("PT1", 0, 2, 1, -1, true),
                                                 shift("PT2", 2, 4, 1, -1, true)});
    p.constraints.maxPartTimeShare = share;
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QVERIFY2(std::fabs(r.objective - objective) < 1e-9, qPrintable(QString::number(r.objective)));
    QCOMPARE(r.shiftCounts, counts);
    const int total = r.shiftCounts[0] + r.shiftCounts[1] + r.shiftCounts[2];
    const int partTime = r.shiftCounts[1] + r.shiftCounts[2];
    QVERIFY(partTime <= share * total + 1e-9);
}

void TestSolver::shiftMaxCountsRespected_data()
{
    QTest::addColumn<int>("cheapMax");
    QTest::addColumn<double>("objective");
    QTest::addColumn<std::vector<int>>("counts");
    // Demand 3,3: "cheap" costs 1, "dear" 5, both [0,2).
    QTest::newRow("unlimited") << -1 << 3.0 << std::vector<int>{3, 0};
    QTest::newRow("max 5 (not binding)") << 5 << 3.0 << std::vector<int>{3, 0};
    QTest::newRow("max 1") << 1 << 11.0 << std::vector<int>{1, 2};
    QTest::newRow("max 0 (disabled)") << 0 << 15.0 << std::vector<int>{0, 3};
}

void TestSolver::shiftMaxCountsRespected()
{
    QFETCH(int, cheapMax);
    QFETCH(double, objective);
    QFETCH(std::vector<int>, counts);
    const SchedulingProblem p = problem({3, 3}, {shift("cheap", 0, 2, 1, cheapMax), shift("dear", 0, 2, 5, 4)});
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, objective);
    QCOMPARE(r.shiftCounts, counts);
    if (cheapMax >= 0)
        QVERIFY(r.shiftCounts[0] <= cheapMax);
    QVERIFY(r.shiftCounts[1] <= 4);
}

void TestSolver::breaksAndWrapping()
{
    const Shift wrap = shift("wrap", 3, 6);
    const Shift withBreak = shift("brk", 0, 4, 1, -1, false, {{1, 2}});
    QCOMPARE(wrap.workedIntervals(4, true), std::vector<int>({3, 0, 1}));
    QCOMPARE(wrap.workedIntervals(4, false), std::vector<int>({3}));
    QCOMPARE(withBreak.workedIntervals(4, false), std::vector<int>({0, 2, 3}));
    QCOMPARE(shift("twoBreaks", 0, 8, 1, -1, false, {{2, 3}, {5, 7}}).workedIntervals(8, false),
             std::vector<int>({0, 1, 3, 4, 7}));
    QCOMPARE(wrap.lengthIntervals(), 3);

    // A break is a hole in coverage: demand in the break interval needs another shift.
    const SchedulingProblem p = problem({1, 1, 1, 1}, {shift("brk", 0, 4, 2, -1, false, {{1, 2}}), shift("one", 1, 2, 1.5)});
    const SolveResult r = solveSchedule(p, options());
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 3.5);
    QCOMPARE(r.shiftCounts, std::vector<int>({1, 1}));
}

void TestSolver::evaluateAndSummarize_data()
{
    QTest::addColumn<int>("mode"); // 0 hard, 1 soft
    QTest::addColumn<double>("overPenalty");
    QTest::addColumn<double>("objective");
    // Shift costs 2·3 + 1·2 = 8; 1 agent-interval short (priced 10 in soft mode); 3 excess.
    QTest::newRow("hard") << 0 << 0.0 << 8.0;
    QTest::newRow("hard, over 0.5") << 0 << 0.5 << 9.5;
    QTest::newRow("soft, under 10") << 1 << 0.0 << 18.0;
    QTest::newRow("soft, under 10, over 0.5") << 1 << 0.5 << 19.5;
}

void TestSolver::evaluateAndSummarize()
{
    QFETCH(int, mode);
    QFETCH(double, overPenalty);
    QFETCH(double, objective);
    // Cyclic 4 intervals of 30 min; "wrap" works 3,0,1; "brk" works 0,2,3 (break at 1).
    SchedulingProblem p =
        problem({1, 3, 1, 2}, {shift("wrap", 3, 6, 3), shift("brk", 0, 4, 2, -1, false, {{1, 2}})}, 30, true);
    p.coverage.mode = mode == 1 ? CoverageMode::Soft : CoverageMode::Hard;
    p.coverage.underPenalty = 10.0;
    p.coverage.overPenalty = overPenalty;
    const std::vector<int> counts{2, 1};
    const std::vector<IntervalCoverage> c = evaluateCoverage(p, counts);
    QCOMPARE(int(c.size()), 4);
    const std::vector<IntervalCoverage> expected = {
        {0, 1, 3, 0, 2}, {1, 3, 2, 1, 0}, {2, 1, 1, 0, 0}, {3, 2, 3, 0, 1}};
    QCOMPARE(c, expected);
    QCOMPARE(evaluateObjective(p, counts), objective);

    SolveResult r;
    r.shiftIds = {QStringLiteral("wrap"), QStringLiteral("brk")}; // as solveSchedule fills them
    r.shiftCounts = counts;
    r.intervals = c;
    const CoverageSummary s = summarize(p, r);
    QCOMPARE(s.shiftCost, 8.0);
    // Costs follow the ids, not positions: after the catalog is reordered and "brk" deleted, the
    // same result costs 2 × 3 = 6.
    SchedulingProblem edited = p;
    edited.shifts = {p.shifts[0]};
    QCOMPARE(summarize(edited, r).shiftCost, 6.0);
    QCOMPARE(s.shifts, 3);
    QCOMPARE(s.requiredAgentHours, 3.5);  // 7 agent-intervals of 30 min
    QCOMPARE(s.scheduledAgentHours, 4.5); // 9
    QCOMPARE(s.underAgentHours, 0.5);
    QCOMPARE(s.overAgentHours, 1.5);
    QVERIFY(std::fabs(s.underPercent - 100.0 / 7.0) < 1e-12);
    QVERIFY(std::fabs(s.overPercent - 300.0 / 7.0) < 1e-12);

    // Counts shorter than the catalog count as zeros.
    QCOMPARE(evaluateCoverage(p, {2})[2].scheduled, 0.0);
    QCOMPARE(evaluateCoverage(p, {2})[0].scheduled, 2.0);
}

void TestSolver::statusNamesRoundTrip()
{
    const QStringList names = {"optimal", "feasible", "infeasible", "timeLimit", "cancelled", "error"};
    for (const QString &n : names)
        QCOMPARE(statusName(statusFromName(n)), n);
    QCOMPARE(statusName(SolveStatus::TimeLimit), QStringLiteral("timeLimit"));
    QVERIFY_THROWS_EXCEPTION(InputError, statusFromName(QStringLiteral("Optimal")));
}

void TestSolver::cancelledBeforeStart()
{
    // Twelve copies of the classic day side by side (a 12-day cyclic horizon): large enough that
    // CBC goes through its event loop.
    SchedulingProblem base = cyclicClassic();
    SchedulingProblem p = base;
    p.demand.clear();
    p.shifts.clear();
    const int days = 12;
    for (int d = 0; d < days; ++d) {
        for (double v : base.demand)
            p.demand.push_back(v + (d % 3));
        for (Shift s : base.shifts) {
            s.id = QStringLiteral("d%1 %2").arg(d).arg(s.id);
            s.start += 24 * d;
            s.end += 24 * d;
            s.cost = 1.0 + 0.01 * ((s.start * 7) % 5);
            p.shifts.push_back(s);
        }
    }
    std::atomic_bool cancel{true};
    QElapsedTimer clock;
    clock.start();
    const SolveResult r = solveSchedule(p, options(60.0), &cancel);
    QVERIFY2(clock.elapsed() < 5000, qPrintable(QString::number(clock.elapsed())));
    QCOMPARE(r.status, SolveStatus::Cancelled);
    if (r.hasSolution()) {
        // What is kept is a real schedule, honestly priced.
        QCOMPARE(r.objective, evaluateObjective(p, r.shiftCounts));
        QVERIFY(r.bestBound <= r.objective + 1e-9);
    }

    // The same flag left false: solved to optimality.
    cancel = false;
    const SolveResult full = solveSchedule(base, options(), &cancel);
    QCOMPARE(full.status, SolveStatus::Optimal);
    QCOMPARE(full.objective, 55.0);
}

void TestSolver::invalidProblemsThrow_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<QString>("field");
    QTest::newRow("end past horizon, not cyclic") << 0 << "shifts[1].end";
    QTest::newRow("break outside its shift") << 1 << "shifts[0].breaks";
    QTest::newRow("duplicate id") << 2 << "shifts[1].id";
    QTest::newRow("empty id") << 3 << "shifts[0].id";
    QTest::newRow("negative cost") << 4 << "shifts[0].cost";
    QTest::newRow("negative demand") << 5 << "demand[2]";
    QTest::newRow("part-time share 1.5") << 6 << "constraints.maxPartTimeShare";
    QTest::newRow("empty shift") << 7 << "shifts[1]";
    QTest::newRow("interval 7 min") << 8 << "intervalMinutes";
}

void TestSolver::invalidProblemsThrow()
{
    QFETCH(int, which);
    QFETCH(QString, field);
    SchedulingProblem p = problem({1, 1, 1, 1}, {shift("a", 0, 2), shift("b", 2, 4)});
    switch (which) {
    case 0: p.shifts[1].end = 5; break;
    case 1: p.shifts[0].breaks = {{1, 3}}; break;
    case 2: p.shifts[1].id = QStringLiteral("a"); break;
    case 3: p.shifts[0].id.clear(); break;
    case 4: p.shifts[0].cost = -1; break;
    case 5: p.demand[2] = -0.5; break;
    case 6: p.constraints.maxPartTimeShare = 1.5; break;
    case 7: p.shifts[1].end = 2; break;
    case 8: p.intervalMinutes = 7; break;
    }
    try {
        solveSchedule(p, options());
        QFAIL("invalid problem solved");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), field);
    }
}

QTEST_MAIN(TestSolver)
#include "test_solver.moc"

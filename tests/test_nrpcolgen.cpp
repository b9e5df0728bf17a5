// SPDX-License-Identifier: GPL-3.0-or-later
// Column generation for Curtois & Qu rostering (core/rostering/nrpcolgen.h): the pricing dynamic
// program against brute force over every schedule (feasibility judged by the independent
// validator), and the bound and roster of the set-partitioning master on published instances.
#include "core/rostering/nrpcolgen.h"
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrplocal.h"
#include "core/rostering/nrpmodel.h"
#include "core/rostering/validator.h"
#include "nrpgenerated.h"

#include <QtTest>

#include <cmath>
#include <limits>
#include <random>

using namespace tessera;
using namespace tessera::rostering;
using namespace tessera::rostering::testing;

namespace {

/// One staff member over `days` days with random rules, fixed days off, unavailable cells and
/// forbidden successions (no cover, no requests: only the hard rules matter).
NrpInstance randomPerson(unsigned seed, int days, int types)
{
    std::mt19937 rng(seed);
    auto between = [&](int lo, int hi) { return lo + int(rng() % unsigned(hi - lo + 1)); };
    NrpInstance in;
    in.days = days;
    for (int t = 0; t < types; ++t)
        in.shifts.push_back({QStringLiteral("S%1").arg(t), 60 * between(4, 10), -1, {}, {}});
    StaffMember s;
    s.id = QStringLiteral("P");
    for (int t = 0; t < types; ++t)
        s.maxShifts.push_back(between(0, 4) == 0 ? 0 : between(1, days));
    s.maxConsecutiveShifts = between(2, days);
    s.minConsecutiveShifts = between(1, 3);
    s.minConsecutiveDaysOff = between(1, 3);
    s.maxWeekends = between(0, 2);
    s.minTotalMinutes = 60 * between(0, 24);
    s.maxTotalMinutes = s.minTotalMinutes + 60 * between(0, 40);
    in.staff.push_back(s);
    in.resize();
    for (int a = 0; a < types; ++a)
        for (int b = 0; b < types; ++b)
            if (between(0, 3) == 0)
                in.setForbiddenSuccession(a, b);
    for (int d = 0; d < days; ++d) {
        if (between(0, 9) == 0)
            in.setDayOff(0, d);
        else
            for (int t = 0; t < types; ++t)
                if (between(0, 11) == 0)
                    in.setUnavailable(0, d, t);
    }
    return in;
}

} // namespace

class TestNrpColgen : public QObject
{
    Q_OBJECT

private slots:
    void pricingMatchesBruteForce_data()
    {
        QTest::addColumn<unsigned>("seed");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("types");
        for (unsigned seed = 1; seed <= 40; ++seed)
            QTest::addRow("seed %u", seed) << seed << int(7 + seed % 3) << int(1 + seed % 3);
    }

    /// The dynamic program's cheapest schedule costs exactly the cheapest of all (T+1)^H
    /// schedules that evaluate() finds free of hard violations, and is itself one of them.
    void pricingMatchesBruteForce()
    {
        QFETCH(unsigned, seed);
        QFETCH(int, days);
        QFETCH(int, types);
        const NrpInstance in = randomPerson(seed, days, types);
        std::mt19937 rng(seed * 31u + 7u);
        std::vector<double> cost(size_t(days) * types);
        for (double &c : cost)
            c = double(int(rng() % 41) - 25); // mostly negative: working is attractive

        double best = 1e300;
        int feasibleCount = 0;
        std::vector<int> digits(size_t(days), -1);
        Roster r(1, days);
        for (;;) {
            for (int d = 0; d < days; ++d)
                r.set(0, d, digits[size_t(d)]);
            if (evaluate(in, r).feasible()) {
                ++feasibleCount;
                double c = 0.0;
                for (int d = 0; d < days; ++d)
                    if (digits[size_t(d)] >= 0)
                        c += cost[size_t(d) * types + digits[size_t(d)]];
                best = std::min(best, c);
            }
            int d = 0;
            while (d < days && ++digits[size_t(d)] == types) {
                digits[size_t(d)] = -1;
                ++d;
            }
            if (d == days)
                break;
        }
        bool supported = false;
        const auto priced = cheapestSchedules(in, 0, cost, 5, &supported);
        QVERIFY(supported);
        if (feasibleCount == 0) {
            QVERIFY(priced.empty());
            return;
        }
        QVERIFY(!priced.empty());
        QCOMPARE(priced.front().cost, best);
        // Sought below a threshold: the cheapest when it is below, nothing when it is not.
        const auto under = cheapestSchedules(in, 0, cost, 5, nullptr, 20'000'000, best + 0.5);
        QVERIFY(!under.empty());
        QCOMPARE(under.front().cost, best);
        for (const PricedSchedule &p : under)
            QVERIFY(p.cost < best + 0.5);
        QVERIFY(cheapestSchedules(in, 0, cost, 5, nullptr, 20'000'000, best).empty());
        for (size_t i = 0; i < priced.size(); ++i) {
            double c = 0.0;
            for (int d = 0; d < days; ++d) {
                r.set(0, d, priced[i].cells[size_t(d)]);
                if (priced[i].cells[size_t(d)] >= 0)
                    c += cost[size_t(d) * types + priced[i].cells[size_t(d)]];
            }
            QVERIFY2(evaluate(in, r).feasible(), qPrintable(describe(evaluate(in, r)).join(QLatin1Char('\n'))));
            QCOMPARE(priced[i].cost, c);
            if (i > 0)
                QVERIFY(priced[i].cost >= priced[i - 1].cost);
        }
    }

    void pricingKeepsMaximumShiftsPerType_data()
    {
        QTest::addColumn<int>("maxA");   // most shifts of type A (cost −10 a day)
        QTest::addColumn<int>("maxB");   // most shifts of type B (cost −3 a day)
        QTest::addColumn<double>("firstB"); // B's cost on days 0 and 1
        QTest::addColumn<int>("daysA");  // A in the cheapest schedule
        QTest::addColumn<double>("cost");
        // 14 days, no other binding rule: every day worked while a maximum allows.
        QTest::newRow("no maximum binds") << 14 << 14 << -3.0 << 14 << -140.0;
        QTest::newRow("A at most 13") << 13 << 14 << -3.0 << 13 << -133.0;
        QTest::newRow("A at most 5") << 5 << 14 << -3.0 << 5 << -77.0;
        QTest::newRow("A 5, B 4: days off") << 5 << 4 << -3.0 << 5 << -62.0;
        QTest::newRow("A never") << 0 << 14 << -3.0 << 0 << -42.0;
        // B on days 0–1, then A on all 12 days left: A's count reaches its maximum exactly on the
        // last day, so merging the counts too low to reach it must not overstate it (−19 − 120;
        // off by one it would be −9.5 − 3 − 120).
        QTest::newRow("B on days 0-1, then A to its maximum") << 12 << 14 << -9.5 << 12 << -139.0;
    }

    /// Pricing starts without the counts per shift type in its state and adds a count once the
    /// cheapest schedule breaks that type's maximum: the result is the exact cheapest schedule
    /// that keeps every maximum, not the relaxation's (14 × A, −140).
    void pricingKeepsMaximumShiftsPerType()
    {
        QFETCH(int, maxA);
        QFETCH(int, maxB);
        QFETCH(double, firstB);
        QFETCH(int, daysA);
        QFETCH(double, cost);
        NrpInstance in;
        in.days = 14;
        in.shifts.push_back({QStringLiteral("A"), 480, -1, {}, {}});
        in.shifts.push_back({QStringLiteral("B"), 480, -1, {}, {}});
        StaffMember m;
        m.id = QStringLiteral("P");
        m.maxShifts = {maxA, maxB};
        m.maxConsecutiveShifts = 14;
        m.minConsecutiveShifts = 1;
        m.minConsecutiveDaysOff = 1;
        m.maxWeekends = 2;
        m.minTotalMinutes = 0;
        m.maxTotalMinutes = 14 * 480;
        in.staff.push_back(m);
        in.resize();
        std::vector<double> cellCost;
        for (int d = 0; d < in.days; ++d)
            cellCost.insert(cellCost.end(), {-10.0, d < 2 ? firstB : -3.0});
        bool supported = false;
        const auto priced = cheapestSchedules(in, 0, cellCost, 3, &supported);
        QVERIFY(supported);
        QVERIFY(!priced.empty());
        QCOMPARE(priced.front().cost, cost);
        QCOMPARE(int(std::count(priced.front().cells.begin(), priced.front().cells.end(), 0)), daysA);
        Roster r(1, in.days);
        for (const PricedSchedule &p : priced) {
            for (int d = 0; d < in.days; ++d)
                r.set(0, d, p.cells[size_t(d)]);
            QVERIFY2(evaluate(in, r).feasible(), qPrintable(describe(evaluate(in, r)).join(QLatin1Char('\n'))));
        }
    }

    void softRulesAreNotPriced()
    {
        NrpInstance in = randomPerson(3, 7, 2);
        in.staff[0].softWeight[size_t(StaffRule::MaxWeekends)] = 5;
        bool supported = true;
        QVERIFY(cheapestSchedules(in, 0, std::vector<double>(14, -1.0), 1, &supported).empty());
        QVERIFY(!supported);
    }

    void publishedInstances_data()
    {
        QTest::addColumn<int>("instance");
        QTest::addColumn<double>("optimum"); // optimal (Curtois & Qu 2014: proven by Gurobi)
        QTest::addColumn<bool>("tight");     // the LP bound equals the optimum and the dive reaches it
        QTest::newRow("Instance1") << 1 << 607.0 << false; // LP bound 558 (integrality gap)
        QTest::newRow("Instance2") << 2 << 828.0 << true;
        QTest::newRow("Instance3") << 3 << 1001.0 << true;
        QTest::newRow("Instance4") << 4 << 1716.0 << true;
    }

    /// The Lagrangian bound never exceeds the optimum (and on 2–4 equals it, rounded up to the
    /// integer objective); the dive's roster meets every hard rule, has the objective evaluate()
    /// gives it and, where the bound is tight, is optimal.
    void publishedInstances()
    {
        QFETCH(int, instance);
        QFETCH(double, optimum);
        QFETCH(bool, tight);
        const NrpInstance in = readNrpText(instancePath(instance));
        LocalSearchOptions lo;
        lo.seconds = 0;
        lo.maxMoves = 200000;
        lo.stopWhenFeasible = true;
        const Roster start = improveRosterLocally(in, blockPatternRoster(in, 1), lo).roster;
        ColumnGenerationOptions o;
        o.timeLimitSeconds = 5; // the dives run until then unless the bound proves a roster optimal
        const ColumnGenerationResult r = solveNrpColumnGeneration(in, evaluate(in, start).feasible() ? start : Roster(), o);
        QVERIFY(r.supported);
        QVERIFY(r.lpOptimal);
        QVERIFY(!std::isnan(r.lowerBound));
        qInfo("instance %d: bound %.3f (lp %.3f), %d rounds, %lld columns, roster %lld, %.2f s", instance,
              r.lowerBound, r.lpValue, r.rounds, r.columns, r.hasRoster ? r.objective : -1LL, r.seconds);
        QVERIFY(r.rounds > 1); // the start roster's columns alone are not LP-optimal
        QVERIFY(r.lowerBound <= optimum + 1e-6);
        QVERIFY(r.hasRoster);
        const Evaluation ev = evaluate(in, r.roster);
        QVERIFY2(ev.feasible(), qPrintable(describe(ev).join(QLatin1Char('\n'))));
        QCOMPARE(ev.objective, r.objective);
        QVERIFY(double(r.objective) >= optimum);
        if (tight) {
            QCOMPARE(std::ceil(r.lowerBound - 1e-6), optimum);
            QCOMPARE(double(r.objective), optimum);
        }
    }

    void diveAtTheUpperBound_data()
    {
        QTest::addColumn<int>("instance");
        QTest::addColumn<double>("optimum"); // equal to the LP bound (publishedInstances)
        QTest::addColumn<int>("pruneSlack");
        QTest::addColumn<int>("pruneSlackGap");
        QTest::addColumn<bool>("reachesOptimum");
        constexpr int always = std::numeric_limits<int>::max();
        QTest::newRow("Instance2, slack 0") << 2 << 828.0 << 0 << always << false;
        QTest::newRow("Instance2, slack 1") << 2 << 828.0 << 1 << always << true;
        QTest::newRow("Instance2, slack 1 within 0") << 2 << 828.0 << 1 << 0 << true;
        QTest::newRow("Instance2, slack 1 never") << 2 << 828.0 << 1 << -1 << false;
        QTest::newRow("Instance3, slack 0") << 3 << 1001.0 << 0 << always << false;
        QTest::newRow("Instance3, slack 1") << 3 << 1001.0 << 1 << always << true;
        QTest::newRow("Instance3, slack 1 within 0") << 3 << 1001.0 << 1 << 0 << true;
        QTest::newRow("Instance3, slack 1 never") << 3 << 1001.0 << 1 << -1 << false;
    }

    /// With the upper bound at the optimum (= the LP bound), slack 0 gives the root up (its LP
    /// cannot beat the bound), leaving the first roster of the zero-dual columns; slack 1 keeps
    /// nodes whose LP is at most the bound, so the dive reaches a roster at it. The upper bound
    /// is 0 above ⌈LP bound⌉: within a pruneSlackGap of 0 the slack applies; with −1, never.
    void diveAtTheUpperBound()
    {
        QFETCH(int, instance);
        QFETCH(double, optimum);
        QFETCH(int, pruneSlack);
        QFETCH(int, pruneSlackGap);
        QFETCH(bool, reachesOptimum);
        const NrpInstance in = readNrpText(instancePath(instance));
        ColumnGenerationOptions o;
        o.timeLimitSeconds = 10;
        o.upperBound = (long long)optimum;
        o.pruneSlack = pruneSlack;
        o.pruneSlackGap = pruneSlackGap;
        const ColumnGenerationResult r = solveNrpColumnGeneration(in, Roster(), o);
        QVERIFY(r.lpOptimal);
        QCOMPARE(std::ceil(r.lowerBound - 1e-6), optimum);
        QVERIFY(r.hasRoster);
        QVERIFY(evaluate(in, r.roster).feasible());
        if (reachesOptimum)
            QCOMPARE(double(r.objective), optimum);
        else
            QVERIFY2(double(r.objective) > optimum, qPrintable(QString::number(r.objective)));
    }
};

QTEST_GUILESS_MAIN(TestNrpColgen)
#include "test_nrpcolgen.moc"

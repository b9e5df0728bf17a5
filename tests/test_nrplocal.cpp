// SPDX-License-Identifier: GPL-3.0-or-later
// The simulated annealing of core/rostering/nrplocal.h and its block-pattern start: optima it must
// reach (hand-computed with soft rules priced, Curtois & Qu 1),
// repair of a roster breaking hard rules, reproducible runs, and the rules the pattern keeps.
#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrplocal.h"
#include "core/rostering/validator.h"
#include "nrpgenerated.h"

#include <QFileInfo>
#include <QtTest>

#include <random>

using namespace tessera;
using namespace tessera::rostering;
using namespace tessera::rostering::testing;

namespace {

LocalSearchOptions byMoves(long long moves, unsigned seed = 1)
{
    LocalSearchOptions o;
    o.seconds = 0;
    o.maxMoves = moves;
    o.seed = seed;
    return o;
}

/**
 * One staff member, five days (no weekend), one 8-hour shift type, cover 1 a day with 10 per
 * person short; at most 3 days in a row, weight `maxConsecutiveWeight` per day over when soft.
 * Working all five days costs 2 days over; any day off costs 10 of cover (and never less: a day
 * off is the only way to shorten the run). So the optimum is min(2 × weight, 10) when soft, 10
 * when hard.
 */
NrpInstance fiveDays(int maxConsecutiveWeight)
{
    NrpInstance in;
    in.days = 5;
    in.shifts.push_back({QStringLiteral("D"), 480, -1, {}, {}});
    StaffMember s;
    s.id = QStringLiteral("A");
    s.maxShifts = {5};
    s.maxTotalMinutes = 5 * 480;
    s.minTotalMinutes = 0;
    s.maxConsecutiveShifts = 3;
    s.minConsecutiveShifts = 1;
    s.minConsecutiveDaysOff = 1;
    s.maxWeekends = 1;
    s.softWeight[size_t(StaffRule::MaxConsecutiveShifts)] = maxConsecutiveWeight;
    in.staff.push_back(s);
    in.resize();
    for (int d = 0; d < 5; ++d)
        in.setCover(d, 0, {1, 10, 0});
    return in;
}

/**
 * Three staff, one week, one shift type D; cover 1 on Saturday and Sunday (10 per person short, 5
 * over), nothing else wanted (1 over on weekdays); weekends balanced at `weight` per unit of spread.
 * Optimum (hand-computed): one or two staff work the weekend (spread 1: the weight), all three
 * work it (one over: 5) or nobody does (20) — min(weight, 5).
 */
NrpInstance oneWeekend(int weight)
{
    NrpInstance in;
    in.days = 7;
    in.shifts.push_back({QStringLiteral("D"), 480, -1, {}, {}});
    for (const char *id : {"A", "B", "C"}) {
        StaffMember s;
        s.id = QLatin1String(id);
        s.maxShifts = {7};
        s.maxTotalMinutes = 7 * 480;
        s.maxConsecutiveShifts = 7;
        s.minConsecutiveShifts = 1;
        s.minConsecutiveDaysOff = 1;
        s.maxWeekends = 1;
        in.staff.push_back(s);
    }
    in.resize();
    for (int d = 0; d < 7; ++d)
        in.setCover(d, 0, d >= 5 ? CoverRequirement{1, 10, 5} : CoverRequirement{0, 0, 1});
    in.fairnessGroups.push_back({{0, 1, 2}, {}, true, weight});
    return in;
}

/// Anneals `in` from all days off (20000 moves): the result must meet every hard rule and reach
/// `optimum`, in the search's bookkeeping and in evaluate(), whose verdict comes back in `ev`.
void annealToOptimum(const NrpInstance &in, long long optimum, Roster &roster, Evaluation &ev)
{
    const LocalSearchResult r = improveRosterLocally(in, Roster(in.staffCount(), in.days), byMoves(20000));
    roster = r.roster;
    ev = evaluate(in, r.roster);
    QVERIFY2(r.feasible && ev.feasible(), qPrintable(describe(ev).join('\n')));
    QCOMPARE(r.objective, optimum);
    QCOMPARE(r.trackedObjective, optimum);
    QCOMPARE(ev.objective, optimum);
}

} // namespace

class TestNrpLocal : public QObject
{
    Q_OBJECT

private slots:
    void handComputedOptima_data()
    {
        QTest::addColumn<int>("weight");
        QTest::addColumn<long long>("optimum");
        QTest::addColumn<int>("daysWorked");
        QTest::newRow("hard: one day off") << 0 << 10LL << 4;
        QTest::newRow("soft 4: all five days, 2 over") << 4 << 8LL << 5;
        QTest::newRow("soft 5: tie at 10") << 5 << 10LL << -1;
        QTest::newRow("soft 6: a day off is cheaper") << 6 << 10LL << 4;
    }
    void handComputedOptima()
    {
        QFETCH(int, weight);
        QFETCH(long long, optimum);
        QFETCH(int, daysWorked);
        // Start from the worst: nothing worked.
        Roster roster;
        Evaluation ev;
        annealToOptimum(fiveDays(weight), optimum, roster, ev);
        if (QTest::currentTestFailed())
            return;
        int worked = 0;
        for (int d = 0; d < 5; ++d)
            worked += roster.at(0, d) >= 0 ? 1 : 0;
        if (daysWorked >= 0)
            QCOMPARE(worked, daysWorked);
        QCOMPARE(ev.rulePenalty, worked == 5 ? 2LL * weight : 0LL);
    }

    /// Fairness groups priced by the annealer as evaluate() prices them (oneWeekend()).
    void fairnessOptimum_data()
    {
        QTest::addColumn<int>("weight");
        QTest::addColumn<long long>("optimum");
        QTest::addColumn<int>("weekendStaff"); // staff working the weekend
        QTest::newRow("weight 4: spread 1") << 4 << 4LL << -1;
        QTest::newRow("weight 30: all three, one over") << 30 << 5LL << 3;
    }
    void fairnessOptimum()
    {
        QFETCH(int, weight);
        QFETCH(long long, optimum);
        QFETCH(int, weekendStaff);
        Roster roster;
        Evaluation ev;
        annealToOptimum(oneWeekend(weight), optimum, roster, ev);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(ev.fairnessPenalty, (long long)weight * (ev.fairness[0].max - ev.fairness[0].min));
        int working = 0;
        for (int e = 0; e < 3; ++e)
            working += roster.at(e, 5) >= 0 || roster.at(e, 6) >= 0 ? 1 : 0;
        if (weekendStaff >= 0)
            QCOMPARE(working, weekendStaff);
    }

    /// A roster breaking hard rules (everybody works every day) comes back meeting all of them.
    void repairsHardRules_data()
    {
        QTest::addColumn<int>("staff");
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("types");
        QTest::newRow("6 x 21 x 2") << 6 << 21 << 2;
        QTest::newRow("12 x 28 x 3") << 12 << 28 << 3;
    }
    void repairsHardRules()
    {
        QFETCH(int, staff);
        QFETCH(int, days);
        QFETCH(int, types);
        const Generated g = generate(staff, days, types, 17);
        Roster start(staff, days);
        for (int e = 0; e < staff; ++e)
            for (int d = 0; d < days; ++d)
                start.set(e, d, (e + d) % types);
        QVERIFY(!evaluate(g.instance, start).feasible());
        // The generated rules are tight (weekends and minutes fit only around its roster), so the
        // repair needs many moves a cell; larger ones (20 × 56) are not always repaired by
        // annealing alone — solveNrpLns() then hands the rest to CBC.
        const LocalSearchResult r = improveRosterLocally(g.instance, start, byMoves(4000LL * staff * days));
        const Evaluation ev = evaluate(g.instance, r.roster);
        QVERIFY2(r.feasible && ev.feasible(), qPrintable(describe(ev).join('\n')));
        QCOMPARE(r.objective, ev.objective);
        QCOMPARE(r.trackedObjective, ev.objective);
        // Fixed days off are never worked, even though the start worked them.
        for (int e = 0; e < staff; ++e)
            for (int d = 0; d < days; ++d)
                if (g.instance.isDayOff(e, d))
                    QCOMPARE(r.roster.at(e, d), -1);
    }

    /// Curtois & Qu instance 1 (8 staff × 14 days): its optimum 607 (proven by CBC, see
    /// test_nrplns), by annealing alone from the block pattern.
    void curtoisQuInstance1()
    {
        if (!QFileInfo::exists(instancePath(1)))
            QSKIP("shared Curtois & Qu data not available");
        const NrpInstance in = readNrpText(instancePath(1));
        const LocalSearchResult r = improveRosterLocally(in, blockPatternRoster(in, 1), byMoves(1000000));
        const Evaluation ev = evaluate(in, r.roster);
        QVERIFY2(ev.feasible(), qPrintable(describe(ev).join('\n')));
        QCOMPARE(ev.objective, 607LL);
        QCOMPARE(r.objective, 607LL);
        QCOMPARE(r.trackedObjective, 607LL);
        qInfo("Instance1: 607 after %lld moves (%lld taken), %.2f s", r.moves, r.accepted, r.seconds);
    }

    /// Every rule soft, long horizon, random start: the search's incremental bookkeeping (per
    /// move, only the changed days are rescored) must end where evaluate() does.
    void bookkeepingMatchesValidator_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("firstWeight");
        QTest::addColumn<bool>("groups"); // overlapping fairness groups: weekends, one type, two types
        QTest::addColumn<bool>("ownPairs"); // each member's own forbidden pairs, each at its price
        QTest::newRow("91 days, weights 1-8") << 91 << 1 << false << false;
        QTest::newRow("364 days, weights 3-10") << 364 << 3 << false << false;
        QTest::newRow("91 days, weights 1-8, fairness groups") << 91 << 1 << true << false;
        QTest::newRow("364 days, weights 3-10, fairness groups") << 364 << 3 << true << false;
        QTest::newRow("91 days, weights 1-8, own pairs") << 91 << 1 << false << true;
    }
    void bookkeepingMatchesValidator()
    {
        QFETCH(int, days);
        QFETCH(int, firstWeight);
        QFETCH(bool, groups);
        QFETCH(bool, ownPairs);
        Generated g = generate(8, days, 3, 23);
        for (StaffMember &s : g.instance.staff)
            for (int r = 0; r < kStaffRuleCount; ++r)
                s.softWeight[size_t(r)] = firstWeight + r;
        if (ownPairs) // 0>1 and 1>1 at prices of their own, 2>0 hard for every other member
            for (int e = 0; e < 8; ++e) {
                StaffMember &s = g.instance.staff[size_t(e)];
                s.forbiddenSuccessions = {{0, 1}, {1, 1}, {2, 0}};
                s.forbiddenSuccessionPrices = {3 + e, 20, e % 2 == 0 ? 0 : 5};
            }
        if (groups)
            g.instance.fairnessGroups = {{{0, 1, 2, 3}, {}, true, 7}, {{2, 3, 4, 5, 6, 7}, {1}, false, 4}, {{0, 1, 2, 3, 4, 5, 6, 7}, {0, 2}, false, 2}};
        std::mt19937 rng(5);
        Roster start(8, days);
        for (int e = 0; e < 8; ++e)
            for (int d = 0; d < days; ++d)
                start.set(e, d, int(rng() % 4) - 1);
        const LocalSearchResult r = improveRosterLocally(g.instance, start, byMoves(300000, 2));
        const Evaluation ev = evaluate(g.instance, r.roster);
        QVERIFY2(ev.feasible(), qPrintable(describe(ev).join('\n'))); // only fixed days off stay hard
        QCOMPARE(r.trackedObjective, ev.objective);
        QVERIFY(r.objective < evaluate(g.instance, start).objective);
        QCOMPARE(ev.fairness.size(), g.instance.fairnessGroups.size());
        if (groups) // the start is random: far from balanced; the search balances
            QVERIFY(ev.fairnessPenalty < evaluate(g.instance, start).fairnessPenalty);
    }

    void reproducible()
    {
        const Generated g = generate(10, 28, 3, 5);
        const Roster start = blockPatternRoster(g.instance, 9);
        const LocalSearchResult a = improveRosterLocally(g.instance, start, byMoves(50000, 4));
        const LocalSearchResult b = improveRosterLocally(g.instance, start, byMoves(50000, 4));
        QCOMPARE(a.objective, b.objective);
        QCOMPARE(a.accepted, b.accepted);
        for (int e = 0; e < 10; ++e)
            for (int d = 0; d < 28; ++d)
                QCOMPARE(a.roster.at(e, d), b.roster.at(e, d));
    }

    /// The pattern keeps each person's run rules and, where a phase allows it, their weekends.
    void blockPattern_data()
    {
        QTest::addColumn<int>("days");
        QTest::addColumn<int>("minRun");
        QTest::addColumn<int>("maxRun");
        QTest::addColumn<int>("minOff");
        QTest::addColumn<int>("minShifts");
        QTest::addColumn<int>("maxShifts");
        QTest::addColumn<int>("maxWeekends");
        // 20 of 28 days: 5 on, 2 off fits exactly and can leave every weekend off.
        QTest::newRow("5 on 2 off, no weekends") << 28 << 2 << 5 << 2 << 20 << 20 << 0;
        QTest::newRow("3-4 on, 3 off, 2 weekends") << 28 << 3 << 4 << 3 << 14 << 16 << 2;
        QTest::newRow("long horizon") << 364 << 2 << 6 << 2 << 208 << 260 << 30;
        QTest::newRow("2 on 2 off") << 56 << 2 << 2 << 2 << 28 << 28 << 8;
    }
    void blockPattern()
    {
        QFETCH(int, days);
        QFETCH(int, minRun);
        QFETCH(int, maxRun);
        QFETCH(int, minOff);
        QFETCH(int, minShifts);
        QFETCH(int, maxShifts);
        QFETCH(int, maxWeekends);
        NrpInstance in;
        in.days = days;
        in.shifts.push_back({QStringLiteral("E"), 480, -1, {}, {}});
        in.shifts.push_back({QStringLiteral("L"), 480, -1, {}, {}});
        StaffMember s;
        s.id = QStringLiteral("A");
        s.maxShifts = {days, days};
        s.minTotalMinutes = minShifts * 480;
        s.maxTotalMinutes = maxShifts * 480;
        s.minConsecutiveShifts = minRun;
        s.maxConsecutiveShifts = maxRun;
        s.minConsecutiveDaysOff = minOff;
        s.maxWeekends = maxWeekends;
        in.staff = {s, s, s};
        in.staff[1].id = QStringLiteral("B");
        in.staff[2].id = QStringLiteral("C");
        in.resize();
        in.setForbiddenSuccession(1, 0); // L may not be followed by E: blocks keep one type
        for (unsigned seed : {1u, 2u, 3u}) {
            const Roster r = blockPatternRoster(in, seed);
            const Evaluation ev = evaluate(in, r);
            QVERIFY2(ev.feasible(), qPrintable(describe(ev).join('\n')));
        }
    }
};

QTEST_GUILESS_MAIN(TestNrpLocal)
#include "test_nrplocal.moc"

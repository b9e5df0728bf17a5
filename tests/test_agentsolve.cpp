// SPDX-License-Identifier: GPL-3.0-or-later
// Assigning named agents to scheduled shifts (solveAgentRoster): skills, rest, weekends,
// seniority tie-breaks, contract minutes, availability windows, per-contract successions, soft
// rules — every solution checked by the independent validator.
#include "core/rostering/agentsolve.h"
#include "testsupport.h"

#include <QtTest>

#include <algorithm>
#include <set>

using namespace tessera;
using namespace tessera::rostering;

namespace {

constexpr int kPerDay = 24; // hourly intervals

AgentRoster team(int agents, int firstWeekday = 1)
{
    AgentRoster r;
    r.intervalMinutes = 60;
    r.days = 7;
    r.firstWeekday = firstWeekday;
    const Contract c = test::fullTimeContract();
    r.contracts.push_back(c);
    for (int a = 0; a < agents; ++a) {
        Agent ag;
        ag.id = QStringLiteral("a%1").arg(a);
        ag.contractId = c.id;
        r.agents.push_back(ag);
    }
    return r;
}

ShiftDemand need(int day, int from, int to, int count, const QString &skill = {})
{
    ShiftDemand d;
    d.shift.id = QStringLiteral("d%1-%2").arg(day).arg(from);
    d.shift.start = day * kPerDay + from;
    d.shift.end = day * kPerDay + to;
    d.count = count;
    d.skill = skill;
    return d;
}

/// Two agents 8–16 Monday to Friday, one 9–17 on Saturday: 11 shifts.
std::vector<ShiftDemand> weekdaysAndSaturday()
{
    std::vector<ShiftDemand> demand;
    for (int d = 0; d < 5; ++d)
        demand.push_back(need(d, 8, 16, 2));
    demand.push_back(need(5, 9, 17, 1));
    return demand;
}

AgentRosterSolution solve(const AgentRoster &r, const std::vector<ShiftDemand> &demand)
{
    AgentRosterOptions o;
    o.timeLimitSeconds = 20;
    const AgentRosterSolution s = solveAgentRoster(r, demand, o);
    if (!s.hasSolution)
        qFatal("no roster");
    return s;
}

/// "weekday:from-to;…" in minutes, e.g. "1:600-1320" = Mondays 10:00–22:00.
std::vector<AvailabilityWindow> windows(const QString &spec)
{
    std::vector<AvailabilityWindow> out;
    for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList dayRange = item.split(QLatin1Char(':'));
        const QStringList range = dayRange.at(1).split(QLatin1Char('-'));
        out.push_back({dayRange.at(0).toInt(), range.at(0).toInt(), range.at(1).toInt()});
    }
    return out;
}

QList<int> agentsOnDay(const AgentRosterSolution &s, int day)
{
    QList<int> out;
    for (const Assignment &a : s.roster.assignments)
        if (a.day(kPerDay) == day)
            out << a.agent;
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace

class TestAgentSolve : public QObject
{
    Q_OBJECT
private slots:
    void weekdayTeam()
    {
        // Two agents a day Monday–Friday, 8-hour shifts, three agents of at most 5 days: 10 of 15.
        AgentRoster r = team(3);
        std::vector<ShiftDemand> demand;
        for (int d = 0; d < 5; ++d)
            demand.push_back(need(d, 8, 16, 2));
        const AgentRosterSolution s = solve(r, demand);
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.extraShifts, 0);
        QCOMPARE(int(s.roster.assignments.size()), 10);
        QVERIFY(s.evaluation.valid());
        QCOMPARE(s.modelObjective, 0.0);
    }

    void restForbidsLateThenEarly_data()
    {
        QTest::addColumn<int>("lateEnd");  // the day-0 shift ends at this hour
        QTest::addColumn<int>("unstaffed");
        QTest::newRow("ends 22:00, 10 h rest") << 22 << 1;
        QTest::newRow("ends 21:00, 11 h rest") << 21 << 0;
    }
    void restForbidsLateThenEarly()
    {
        QFETCH(int, lateEnd);
        QFETCH(int, unstaffed);
        AgentRoster r = team(1);
        const AgentRosterSolution s = solve(r, {need(0, lateEnd - 8, lateEnd, 1), need(1, 8, 16, 1)});
        QCOMPARE(s.unstaffedShifts, unstaffed);
        QVERIFY(s.evaluation.valid()); // the validator finds no rest violation either way
    }

    void forbiddenSuccessionsHold()
    {
        // One agent; "10:00-18:00" may not be followed by "08:00-16:00": one of the two stays open.
        AgentRoster r = team(1);
        r.contracts[0].minRestMinutes = 0;
        r.contracts[0].forbiddenSuccessions = {{QStringLiteral("10:00-18:00"), QStringLiteral("08:00-16:00")}};
        const AgentRosterSolution s = solve(r, {need(0, 10, 18, 1), need(1, 8, 16, 1)});
        QCOMPARE(s.unstaffedShifts, 1);
        QVERIFY(s.evaluation.valid());
        r.contracts[0].forbiddenSuccessions.clear();
        QCOMPARE(solve(r, {need(0, 10, 18, 1), need(1, 8, 16, 1)}).unstaffedShifts, 0);
    }

    /// A contract's successions bind its own agents only. Two late shifts (10–18) on Monday, two
    /// early ones (08–16) on Tuesday, two agents: each agent whose contract forbids late → early
    /// (by code, or by a 15-hour minimum rest; the pair rests 14 h) works one of the two days.
    void successionsPerContract_data()
    {
        QTest::addColumn<int>("strictAgents");
        QTest::addColumn<bool>("byRest");
        QTest::addColumn<int>("unstaffed");
        QTest::newRow("nobody bound") << 0 << false << 0;
        QTest::newRow("one agent, by code") << 1 << false << 1;
        QTest::newRow("both, by code") << 2 << false << 2;
        QTest::newRow("one agent, by rest") << 1 << true << 1;
        QTest::newRow("both, by rest") << 2 << true << 2;
    }
    void successionsPerContract()
    {
        QFETCH(int, strictAgents);
        QFETCH(bool, byRest);
        QFETCH(int, unstaffed);
        AgentRoster r = team(2);
        r.contracts[0].minRestMinutes = 0;
        Contract strict = r.contracts[0];
        strict.id = QStringLiteral("strict");
        if (byRest)
            strict.minRestMinutes = 15 * 60;
        else
            strict.forbiddenSuccessions = {{QStringLiteral("10:00-18:00"), QStringLiteral("08:00-16:00")}};
        r.contracts.push_back(strict);
        for (int a = 0; a < strictAgents; ++a)
            r.agents[size_t(a)].contractId = strict.id;
        const AgentRosterSolution s = solve(r, {need(0, 10, 18, 2), need(1, 8, 16, 2)});
        QCOMPARE(s.unstaffedShifts, unstaffed);
        QVERIFY(s.evaluation.valid());
        const AgentNrpMapping map = mapToNrp(r, {need(0, 10, 18, 2), need(1, 8, 16, 2)}, {});
        for (int a = 0; a < 2; ++a)
            QCOMPARE(map.instance.staff[size_t(a)].forbiddenSuccessions.size(), size_t(a < strictAgents ? 1 : 0));
        QVERIFY(!map.instance.forbiddenSuccession(0, 1) && !map.instance.forbiddenSuccession(1, 0)); // none instance-wide
    }

    /// Availability windows: one agent, 08–16 and 12–20 scheduled on Monday, a request for 08–16.
    /// Available 10–22 on Mondays, the agent works the later shift; a Tuesday window leaves Monday
    /// free; of two Monday windows either will do; 13:00 onwards every day fits neither.
    void availabilityForcesALaterShift_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("startHour"); // −1: no shift
        QTest::newRow("always available") << QString() << 8;
        QTest::newRow("Mondays 10-22") << "1:600-1320" << 12;
        QTest::newRow("Tuesdays 10-22") << "2:600-1320" << 8;
        QTest::newRow("Mondays 10-22 or 06-16") << "1:600-1320;1:360-960" << 8;
        QTest::newRow("every day from 13:00") << "0:780-1440" << -1;
    }
    void availabilityForcesALaterShift()
    {
        QFETCH(QString, spec);
        QFETCH(int, startHour);
        AgentRoster r = team(1);
        r.agents[0].availability = windows(spec);
        r.agents[0].requests = {AgentRequest{0, QStringLiteral("08:00-16:00"), true, 5.0}};
        const AgentRosterSolution s = solve(r, {need(0, 8, 16, 1), need(0, 12, 20, 1)});
        QVERIFY(s.evaluation.valid());
        QCOMPARE(int(s.roster.assignments.size()), startHour < 0 ? 0 : 1);
        if (startHour >= 0)
            QCOMPARE(s.roster.assignments.front().start, startHour);
        QCOMPARE(s.unstaffedShifts, startHour < 0 ? 2 : 1);
    }

    /// A soft rule trades against cover (1000 per unstaffed shift): four Monday–Thursday shifts
    /// for one agent of at most 2 days in a row — at 1 a day over all four are worked (2 days
    /// over), at 600 (1200 > 1000) one stays open, a soft rule of weight 0 costs nothing; a late
    /// (14–22) then early (08–16) shift rests 10 h of 11 — at 2 a minute short both are worked
    /// (120), at 20 (1200) one stays open.
    void softRulesTradeAgainstCover_data()
    {
        QTest::addColumn<QString>("rule");
        QTest::addColumn<double>("weight"); // < 0: hard
        QTest::addColumn<bool>("restPair");
        QTest::addColumn<int>("unstaffed");
        QTest::addColumn<double>("penalty");
        QTest::newRow("max consecutive, hard") << "maxConsecutiveDays" << -1.0 << false << 1 << 0.0;
        QTest::newRow("max consecutive, soft 1") << "maxConsecutiveDays" << 1.0 << false << 0 << 2.0;
        QTest::newRow("max consecutive, soft 600") << "maxConsecutiveDays" << 600.0 << false << 1 << 0.0;
        QTest::newRow("max consecutive, soft 0") << "maxConsecutiveDays" << 0.0 << false << 0 << 0.0;
        QTest::newRow("min rest, hard") << "minRest" << -1.0 << true << 1 << 0.0;
        QTest::newRow("min rest, soft 2") << "minRest" << 2.0 << true << 0 << 120.0;
        QTest::newRow("min rest, soft 20") << "minRest" << 20.0 << true << 1 << 0.0;
    }
    void softRulesTradeAgainstCover()
    {
        QFETCH(QString, rule);
        QFETCH(double, weight);
        QFETCH(bool, restPair);
        QFETCH(int, unstaffed);
        QFETCH(double, penalty);
        AgentRoster r = team(1);
        r.contracts[0].maxConsecutiveDays = 2;
        if (weight >= 0)
            r.rules[rule] = RuleSetting{false, weight};
        std::vector<ShiftDemand> demand;
        if (restPair) {
            demand = {need(0, 14, 22, 1), need(1, 8, 16, 1)};
        } else {
            for (int d = 0; d < 4; ++d)
                demand.push_back(need(d, 8, 16, 1));
        }
        const AgentRosterSolution s = solve(r, demand);
        QCOMPARE(s.unstaffedShifts, unstaffed);
        QVERIFY(s.evaluation.valid());
        QCOMPARE(s.evaluation.softRulePenalty, penalty);
        QCOMPARE(s.modelObjective, 1000.0 * unstaffed + penalty);
        // The model's weight: the rule's weight (K = 1 without seniority), per day over / per pair.
        const AgentNrpMapping map = mapToNrp(r, demand, {});
        const StaffMember &m = map.instance.staff[0];
        const int expected = weight <= 0 ? 0 : restPair ? int(weight) * 60 : int(weight);
        QCOMPARE(m.weight(restPair ? StaffRule::ShiftSuccession : StaffRule::MaxConsecutiveShifts), expected);
    }

    /// Each pair resting too little costs its own minutes short: late (14–22) → early (08–16)
    /// rests 10 h (60 min short of 11 h, 300 at 5 a minute), early → night (00–08) 8 h (180
    /// short, 900), late → night 2 h (540 short, 2700). All three shifts: 1200 > one open (1000),
    /// so the early one stays open. Priced at the cheapest pair (300 each) the solver would work
    /// all three and the validator would charge 1200.
    void successionsPricedPairByPair()
    {
        AgentRoster r = team(1);
        r.rules[QStringLiteral("minRest")] = RuleSetting{false, 5.0};
        const std::vector<ShiftDemand> demand = {need(0, 14, 22, 1), need(1, 8, 16, 1), need(2, 0, 8, 1)};
        const AgentNrpMapping map = mapToNrp(r, demand, {});
        const StaffMember &m = map.instance.staff[0];
        std::vector<int> prices = m.forbiddenSuccessionPrices;
        std::sort(prices.begin(), prices.end());
        QCOMPARE(prices, (std::vector<int>{300, 900, 2700}));
        const AgentRosterSolution s = solve(r, demand);
        QVERIFY(s.evaluation.valid());
        QCOMPARE(s.unstaffedShifts, 1);
        QCOMPARE(s.evaluation.softRulePenalty, 0.0);
        QCOMPARE(s.modelObjective, 1000.0);
        QCOMPARE(agentsOnDay(s, 1), QList<int>{});
    }

    void skillDecidesWhoWorks()
    {
        AgentRoster r = team(3);
        r.agents[2].skills = {QStringLiteral("billing")};
        const AgentRosterSolution s = solve(r, {need(0, 8, 16, 1, QStringLiteral("billing"))});
        QCOMPARE(agentsOnDay(s, 0), QList<int>{2});
        QCOMPARE(s.roster.assignments.front().skill, QStringLiteral("billing"));
        QVERIFY(s.evaluation.valid());
    }

    void seniorityBreaksTies_data()
    {
        QTest::addColumn<int>("seniority0");
        QTest::addColumn<int>("seniority1");
        QTest::addColumn<int>("winner");
        QTest::newRow("a0 senior") << 1 << 2 << 0;
        QTest::newRow("a1 senior") << 2 << 1 << 1;
    }
    void seniorityBreaksTies()
    {
        QFETCH(int, seniority0);
        QFETCH(int, seniority1);
        QFETCH(int, winner);
        AgentRoster r = team(2);
        r.agents[0].seniority = seniority0;
        r.agents[1].seniority = seniority1;
        // Both want the one Wednesday shift, with the same weight.
        const QString code = QStringLiteral("08:00-16:00");
        r.agents[0].requests = {AgentRequest{2, code, true, 5.0}};
        r.agents[1].requests = {AgentRequest{2, code, true, 5.0}};
        const AgentRosterSolution s = solve(r, {need(2, 8, 16, 1)});
        QCOMPARE(agentsOnDay(s, 2), QList<int>{winner});
        QCOMPARE(s.evaluation.requestPenalty, 5.0); // one of the two is refused either way
    }

    void seniorityNeverBeatsARealPenalty()
    {
        // The junior's request weighs 3, the senior's 2: the junior gets the shift.
        AgentRoster r = team(2);
        r.agents[0].seniority = 1;
        r.agents[1].seniority = 2;
        const QString code = QStringLiteral("08:00-16:00");
        r.agents[0].requests = {AgentRequest{2, code, true, 2.0}};
        r.agents[1].requests = {AgentRequest{2, code, true, 3.0}};
        const AgentRosterSolution s = solve(r, {need(2, 8, 16, 1)});
        QCOMPARE(agentsOnDay(s, 2), QList<int>{1});
        QCOMPARE(s.evaluation.requestPenalty, 2.0);
    }

    void weekendsFollowTheFirstWeekday_data()
    {
        QTest::addColumn<int>("firstWeekday");
        QTest::addColumn<QList<int>>("weekend");
        QTest::addColumn<int>("unstaffed");
        const QList<int> satSun{6, 7}, friSat{5, 6}, sunMon{1, 7};
        QTest::newRow("day 0 is a Monday") << 1 << satSun << 0;
        QTest::newRow("day 0 is a Sunday") << 7 << satSun << 1;
        QTest::newRow("day 0 is a Saturday") << 6 << satSun << 1;
        QTest::newRow("Sunday, Friday-Saturday weekend") << 7 << friSat << 0;
        QTest::newRow("Friday, Friday-Saturday weekend") << 5 << friSat << 1;
        QTest::newRow("Monday, Sunday-Monday weekend") << 1 << sunMon << 1;
    }
    void weekendsFollowTheFirstWeekday()
    {
        QFETCH(int, firstWeekday);
        QFETCH(QList<int>, weekend);
        QFETCH(int, unstaffed);
        AgentRoster r = team(1, firstWeekday);
        r.weekendDays.assign(weekend.begin(), weekend.end());
        r.contracts[0].maxWorkingWeekends = 0;
        const AgentRosterSolution s = solve(r, {need(0, 8, 16, 1)});
        QCOMPARE(s.unstaffedShifts, unstaffed);
        QVERIFY(s.evaluation.valid());
    }

    void weekendRunsMatchTheValidator()
    {
        // Friday–Saturday weekend, week from Sunday: max one weekend; shifts wanted on Friday and
        // Saturday (one weekend: both can be worked) and on Sunday (a working day).
        AgentRoster r = team(1, 7);
        r.weekendDays = {5, 6};
        r.contracts[0].maxWorkingWeekends = 1;
        const AgentRosterSolution s = solve(r, {need(0, 8, 16, 1), need(5, 8, 16, 1), need(6, 8, 16, 1)});
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.evaluation.fairness[0].weekendsWorked, 1);
        QVERIFY(s.evaluation.valid());
    }

    void bothMethodsAgree_data()
    {
        QTest::addColumn<int>("method");
        QTest::newRow("mip") << int(AgentRosterOptions::Method::Mip);
        QTest::newRow("lns") << int(AgentRosterOptions::Method::Lns);
    }
    void bothMethodsAgree()
    {
        // Two agents a day Monday–Friday and one on Saturday; four agents, one with Tuesday off,
        // one who asks not to work Saturday: everything staffed, no request refused.
        QFETCH(int, method);
        AgentRoster r = team(4);
        r.agents[1].fixedDaysOff = {1};
        r.agents[2].requests = {AgentRequest{5, QString(), false, 4.0}};
        const std::vector<ShiftDemand> demand = weekdaysAndSaturday();
        AgentRosterOptions o;
        o.timeLimitSeconds = 20;
        o.method = AgentRosterOptions::Method(method);
        const AgentRosterSolution s = solveAgentRoster(r, demand, o);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.evaluation.requestPenalty, 0.0);
        QCOMPARE(s.modelObjective, 0.0);
        QVERIFY(s.evaluation.valid());
        for (const Assignment &a : s.roster.assignments)
            QVERIFY(!(a.agent == 1 && a.day(kPerDay) == 1));
    }

    /// startFromAssignments: a solved roster maps back onto the model's shift types exactly; a
    /// shift the planner moved goes back to its type's times (by code); one with a code of no type,
    /// or a second shift of the agent that day, is left out; the start's penalty counts what is
    /// then unstaffed (1000 each), and the solve still ends at 0 with either method.
    void startFromAssignments_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("kept");
        QTest::addColumn<int>("retimed");
        QTest::addColumn<int>("dropped");
        QTest::addColumn<double>("startObjective");
        const int mip = int(AgentRosterOptions::Method::Mip), lns = int(AgentRosterOptions::Method::Lns);
        QTest::newRow("as solved, mip") << "none" << mip << 11 << 0 << 0 << 0.0;
        QTest::newRow("as solved, lns") << "none" << lns << 11 << 0 << 0 << 0.0;
        QTest::newRow("one moved two hours, mip") << "move" << mip << 10 << 1 << 0 << 0.0;
        QTest::newRow("one of no type, lns") << "recode" << lns << 10 << 0 << 1 << 1000.0;
        QTest::newRow("one removed, mip") << "remove" << mip << 10 << 0 << 0 << 1000.0;
        QTest::newRow("a second shift that day, lns") << "double" << lns << 11 << 0 << 1 << 0.0;
    }
    void startFromAssignments()
    {
        QFETCH(QString, edit);
        QFETCH(int, method);
        QFETCH(int, kept);
        QFETCH(int, retimed);
        QFETCH(int, dropped);
        QFETCH(double, startObjective);
        AgentRoster r = team(4);
        const std::vector<ShiftDemand> demand = weekdaysAndSaturday();
        AgentRosterOptions o;
        o.timeLimitSeconds = 20;
        o.method = AgentRosterOptions::Method(method);
        const AgentRosterSolution first = solveAgentRoster(r, demand, o);
        QVERIFY(first.hasSolution);
        QCOMPARE(first.modelObjective, 0.0);
        AgentRoster edited = first.roster;
        QCOMPARE(int(edited.assignments.size()), 11);
        Assignment &a = edited.assignments[3];
        // Two hours later: retimed by its code (10–18 is no type's time of day either).
        if (edit == QLatin1String("move")) {
            a.start += 2;
            a.end += 2;
        } else if (edit == QLatin1String("recode")) {
            a.start += 2;
            a.end += 2;
            a.code = QStringLiteral("no such shift");
        } else if (edit == QLatin1String("remove")) {
            edited.assignments.erase(edited.assignments.begin() + 3);
        } else if (edit == QLatin1String("double")) {
            Assignment late = a;
            late.start += 8;
            late.end += 8;
            edited.assignments.push_back(late);
        }
        const StartMapping m = nrpStartRoster(edited, mapToNrp(edited, demand, o));
        QCOMPARE(m.kept, kept);
        QCOMPARE(m.retimed, retimed);
        QCOMPARE(m.dropped, dropped);
        o.startFromAssignments = true;
        const AgentRosterSolution s = solveAgentRoster(edited, demand, o);
        QCOMPARE(s.startKept, kept);
        QCOMPARE(s.startRetimed, retimed);
        QCOMPARE(s.startDropped, dropped);
        QCOMPARE(s.startObjective, startObjective);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.modelObjective, 0.0);
        QVERIFY(s.evaluation.valid());
    }

    /// Fairness optimised: two agents, agent a0 asks (weight 1 each) for every shift wanted —
    /// weekends: one shift on each Saturday and Sunday of two weeks; evenings: 18–23 on Monday to
    /// Thursday. Off (no setting or weight 0), a0 gets them all (spread 2 weekends / 4 evenings,
    /// objective 0); at weight 10 per unit of spread the solver splits them evenly (spread 0) and
    /// refuses two requests (2 < 10 × any spread). The solver's objective is the validator's.
    void fairnessIsOptimised_data()
    {
        QTest::addColumn<bool>("evenings");
        QTest::addColumn<double>("weight"); // < 0: no setting
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("spread");
        QTest::addColumn<double>("requestPenalty");
        const int mip = int(AgentRosterOptions::Method::Mip), lns = int(AgentRosterOptions::Method::Lns);
        QTest::newRow("weekends, off") << false << -1.0 << mip << 2 << 0.0;
        QTest::newRow("weekends, weight 0") << false << 0.0 << mip << 2 << 0.0;
        QTest::newRow("weekends, weight 10") << false << 10.0 << mip << 0 << 2.0;
        QTest::newRow("weekends, weight 10, lns") << false << 10.0 << lns << 0 << 2.0;
        QTest::newRow("evenings, off") << true << -1.0 << mip << 4 << 0.0;
        QTest::newRow("evenings, weight 10") << true << 10.0 << mip << 0 << 2.0;
        QTest::newRow("evenings, weight 10, lns") << true << 10.0 << lns << 0 << 2.0;
    }
    void fairnessIsOptimised()
    {
        QFETCH(bool, evenings);
        QFETCH(double, weight);
        QFETCH(int, method);
        QFETCH(int, spread);
        QFETCH(double, requestPenalty);
        AgentRoster r = team(2);
        r.days = 14;
        std::vector<ShiftDemand> demand;
        for (int d : evenings ? std::vector<int>{0, 1, 2, 3} : std::vector<int>{5, 6, 12, 13}) {
            demand.push_back(evenings ? need(d, 18, 23, 1) : need(d, 8, 16, 1));
            r.agents[0].requests.push_back(AgentRequest{d, evenings ? QStringLiteral("18:00-23:00") : QStringLiteral("08:00-16:00"), true, 1.0});
        }
        const QString rule = evenings ? QStringLiteral("eveningFairness") : QStringLiteral("weekendFairness");
        if (weight >= 0)
            r.rules[rule] = RuleSetting{false, weight};
        AgentRosterOptions o;
        o.timeLimitSeconds = 10;
        o.method = AgentRosterOptions::Method(method);
        const AgentRosterSolution s = solveAgentRoster(r, demand, o);
        QVERIFY(s.hasSolution);
        QCOMPARE(s.unstaffedShifts, 0);
        QVERIFY(s.evaluation.valid());
        QCOMPARE(evenings ? s.evaluation.eveningSpread : s.evaluation.weekendSpread, spread);
        QCOMPARE(s.evaluation.requestPenalty, requestPenalty);
        QCOMPARE(s.evaluation.fairnessPenalty, weight > 0 ? weight * spread : 0.0);
        QCOMPARE(s.modelObjective, s.evaluation.objective());
        // One group per contract in the model, at K × the weight (K = 1: no seniority).
        const NrpInstance inst = mapToNrp(r, demand, o).instance;
        QCOMPARE(int(inst.fairnessGroups.size()), weight > 0 ? 1 : 0);
        if (weight > 0) {
            QCOMPARE(inst.fairnessGroups[0].weight, int(weight));
            QCOMPARE(inst.fairnessGroups[0].weekends, !evenings);
            QCOMPARE(int(inst.fairnessGroups[0].shiftTypes.size()), evenings ? 1 : 0);
        }
    }

    void contractMinimumAddsShifts()
    {
        // 24 h a week at least, but only two 8-hour shifts scheduled: one extra shift is worked.
        AgentRoster r = team(1);
        r.contracts[0].minMinutesPerWeek = 24 * 60;
        const AgentRosterSolution s = solve(r, {need(0, 8, 16, 1), need(1, 8, 16, 1)});
        QCOMPARE(s.extraShifts, 1);
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.evaluation.fairness[0].paidMinutes, 24 * 60);
        QVERIFY(s.evaluation.valid());
    }

    void breaksAreUnpaidAndKeptInPlace()
    {
        AgentRoster r = team(1);
        r.contracts[0].maxMinutesPerWeek = 7 * 60; // one 8-hour shift with a 1-hour meal = 7 h paid
        ShiftDemand d = need(3, 8, 16, 1);
        d.shift.breaks = {Break{3 * kPerDay + 12, 3 * kPerDay + 13}};
        const AgentRosterSolution s = solve(r, {d});
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.roster.assignments.front().breaks, d.shift.breaks);
        QVERIFY(s.evaluation.valid());
    }

    void placedBreaksOfATemplateResult()
    {
        // A work-plan result: three agents on the same variant, two with their paid break at 10:00
        // and the meal at 12:00, one with both an hour later; demand groups them by break times.
        SolveResult result;
        result.shiftIds = {QStringLiteral("Day/d2/0800/480")};
        result.shiftCounts = {3};
        const int day = 2 * kPerDay;
        const auto placed = [day](int rest, int meal) {
            return DecodedShift{QStringLiteral("Day/d2/0800/480"), 0, 0, day + 8, day + 16,
                                {Break{day + rest, day + rest + 1}, Break{day + meal, day + meal + 1}}, {true, false}};
        };
        result.placedShifts = {placed(10, 12), placed(11, 13), placed(10, 12)};
        const std::vector<ShiftDemand> demand = shiftDemandFromResult({}, result); // no catalog needed
        QCOMPARE(demand.size(), size_t(2));
        QCOMPARE(demand[0].count, 2);
        QCOMPARE(demand[1].count, 1);
        QCOMPARE(demand[0].shift.id, QStringLiteral("Day/d2/0800/480"));
        QCOMPARE(demand[0].shift.breaks, (std::vector<Break>{{day + 12, day + 13}}));
        QCOMPARE(demand[0].paidBreaks, (std::vector<Break>{{day + 10, day + 11}}));
        // Rostered with both kinds of break in place: 8 h with a 1-h meal is 7 h paid each.
        AgentRoster r = team(3);
        r.contracts[0].maxMinutesPerWeek = 7 * 60;
        const AgentRosterSolution s = solve(r, demand);
        QCOMPARE(s.unstaffedShifts, 0);
        QCOMPARE(s.roster.assignments.size(), size_t(3));
        std::multiset<std::pair<int, int>> got, want = {{day + 10, day + 12}, {day + 10, day + 12}, {day + 11, day + 13}};
        for (const Assignment &a : s.roster.assignments) {
            QCOMPARE(a.breaks.size(), size_t(1));
            QCOMPARE(a.paidBreaks.size(), size_t(1));
            got.insert({a.paidBreaks[0].start, a.breaks[0].start});
        }
        QVERIFY(got == want);
        QVERIFY(s.evaluation.valid());
        for (const auto &f : s.evaluation.fairness)
            QCOMPARE(f.paidMinutes, 7 * 60);
    }
};

QTEST_GUILESS_MAIN(TestAgentSolve)
#include "test_agentsolve.moc"

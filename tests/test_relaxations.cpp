// SPDX-License-Identifier: GPL-3.0-or-later
// Ranked, priced relaxations of a roster that cannot staff its schedule: each is re-solved, and
// the affected agents are counted from the relaxed roster by the validator.
#include "core/rostering/relaxations.h"

#include <QtTest>

using namespace tessera;
using namespace tessera::rostering;

namespace {

constexpr int kPerDay = 24; // hourly intervals

AgentRoster oneAgent()
{
    AgentRoster r;
    r.intervalMinutes = 60;
    r.days = 7;
    Contract c;
    c.id = QStringLiteral("FT");
    c.maxMinutesPerWeek = 40 * 60;
    c.minConsecutiveDaysOff = 1;
    c.minRestMinutes = 11 * 60;
    r.contracts.push_back(c);
    Agent a;
    a.id = QStringLiteral("ann");
    a.contractId = c.id;
    r.agents.push_back(a);
    return r;
}

ShiftDemand need(int day, int from, int to)
{
    ShiftDemand d;
    d.shift.id = QStringLiteral("d%1-%2").arg(day).arg(from);
    d.shift.start = day * kPerDay + from;
    d.shift.end = day * kPerDay + to;
    d.count = 1;
    return d;
}

/// 14–22 on Monday, then 08–16 on Tuesday (required as scheduled): 10 h rest against 11 h.
AgentRoster lateThenEarly()
{
    AgentRoster r = oneAgent();
    std::vector<double> required(size_t(r.horizon()), 0.0);
    for (int h = 14; h < 22; ++h)
        required[size_t(h)] = 1.0;
    for (int h = 8; h < 16; ++h)
        required[size_t(kPerDay + h)] = 1.0;
    r.required[QString()] = required;
    return r;
}

QStringList kinds(const std::vector<Relaxation> &list)
{
    QStringList out;
    for (const Relaxation &r : list)
        out << r.kind;
    return out;
}

} // namespace

class TestRelaxations : public QObject
{
    Q_OBJECT
private slots:
    void restIsTheBinding()
    {
        const AgentRoster r = lateThenEarly();
        const std::vector<Relaxation> list = rankRelaxations(r, {need(0, 14, 22), need(1, 8, 16)});
        QCOMPARE(kinds(list), (QStringList{"addAgents", "minRest"}));
        const Relaxation &rest = list[1];
        QCOMPARE(rest.title, QStringLiteral("min rest 11 → 10 h for 1 agent(s)"));
        QCOMPARE(rest.agentsAffected, 1);
        QCOMPARE(rest.unstaffedBefore, 1);
        QCOMPARE(rest.unstaffedAfter, 0);
        QCOMPARE(rest.underBefore, 8.0);
        QCOMPARE(rest.underAfter, 0.0);
        QCOMPARE(rest.relaxedRoster.contracts[0].minRestMinutes, 10 * 60);
        QCOMPARE(int(rest.relaxedRoster.assignments.size()), 2);
        QCOMPARE(list[0].relaxedRoster.agents.size(), size_t(2));
    }

    /// A soft rule is never relaxed: the solver already trades it against cover. Rest 60 min
    /// short at 200 a minute (12,000) costs more than the unstaffed shift (1,000): only an agent
    /// helps; at 2 a minute (120) both shifts are staffed and nothing is left to gain.
    void softRuleNeedsNoRelaxation_data()
    {
        QTest::addColumn<double>("weight");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("soft, dear") << 200.0 << QStringList{"addAgents"};
        QTest::newRow("soft, cheap") << 2.0 << QStringList{};
    }
    void softRuleNeedsNoRelaxation()
    {
        QFETCH(double, weight);
        QFETCH(QStringList, expected);
        AgentRoster r = lateThenEarly();
        r.rules[QStringLiteral("minRest")] = RuleSetting{false, weight};
        QCOMPARE(kinds(rankRelaxations(r, {need(0, 14, 22), need(1, 8, 16)})), expected);
    }

    void twoRulesBindTogether_data()
    {
        QTest::addColumn<int>("maxConsecutive");
        QTest::addColumn<QStringList>("expected");
        // Six 8-hour days in a row: 48 h against 40 h, and 6 days against 5 — only an agent helps.
        QTest::newRow("hours and days") << 5 << QStringList{"addAgents"};
        // Without the day limit, the hours alone bind: +8 h a week staffs the sixth shift.
        QTest::newRow("hours only") << 0 << QStringList{"addAgents", "maxMinutesPerWeek"};
    }
    void twoRulesBindTogether()
    {
        QFETCH(int, maxConsecutive);
        QFETCH(QStringList, expected);
        AgentRoster r = oneAgent();
        r.contracts[0].maxConsecutiveDays = maxConsecutive;
        std::vector<ShiftDemand> demand;
        for (int d = 0; d < 6; ++d)
            demand.push_back(need(d, 8, 16));
        RelaxationOptions o;
        o.minutesStep = 8 * 60;
        const std::vector<Relaxation> list = rankRelaxations(r, demand, {}, o);
        QCOMPARE(kinds(list), expected);
        for (const Relaxation &x : list)
            QCOMPARE(x.shiftsGained(), 1);
    }

    void infeasibleContractComesFirst()
    {
        // At least 48 h but at most 40 h a week: no roster at all until the maximum moves.
        AgentRoster r = oneAgent();
        r.contracts[0].minMinutesPerWeek = 48 * 60;
        std::vector<ShiftDemand> demand;
        for (int d = 0; d < 5; ++d)
            demand.push_back(need(d, 8, 16));
        RelaxationOptions o;
        o.minutesStep = 8 * 60;
        const std::vector<Relaxation> list = rankRelaxations(r, demand, {}, o);
        QVERIFY(!list.empty());
        QCOMPARE(list.front().kind, QStringLiteral("maxMinutesPerWeek"));
        QVERIFY(!list.front().feasibleBefore);
        QVERIFY(list.front().feasibleAfter);
        QVERIFY(list.front().description.contains(QStringLiteral("feasible")));
        QCOMPARE(list.front().title, QStringLiteral("max paid time 40 → 48 h a week for 1 agent(s)"));
    }
};

QTEST_GUILESS_MAIN(TestRelaxations)
#include "test_relaxations.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The independent roster validator: every rule, coverage with breaks, fairness spreads.
#include "core/error.h"
#include "core/rostering/agentroster.h"

#include <QRegularExpression>
#include <QtTest>

using namespace tessera;
using namespace tessera::rostering;

namespace {

/// One week, hourly intervals, day 0 a Monday, two agents on contract "FT".
AgentRoster week()
{
    AgentRoster r;
    r.intervalMinutes = 60;
    r.days = 7;
    r.firstWeekday = 1;
    Contract c;
    c.id = QStringLiteral("FT");
    c.maxMinutesPerWeek = 40 * 60;
    c.minMinutesPerWeek = 0;
    c.maxConsecutiveDays = 5;
    c.minConsecutiveDaysOff = 2;
    c.maxWorkingWeekends = 1;
    c.minRestMinutes = 11 * 60;
    c.maxShiftsPerCode[QStringLiteral("N")] = 1;
    c.forbiddenSuccessions = {{QStringLiteral("E"), QStringLiteral("D")}};
    r.contracts.push_back(c);
    Agent a;
    a.id = QStringLiteral("ann");
    a.skills = {QStringLiteral("billing")};
    a.contractId = QStringLiteral("FT");
    a.fixedDaysOff = {2};
    r.agents.push_back(a);
    a.id = QStringLiteral("bob");
    a.skills = {};
    a.fixedDaysOff = {};
    r.agents.push_back(a);
    return r;
}

/// agent works day `day` from `from` to `to` o'clock (to may exceed 24).
Assignment at(int agent, int day, int from, int to, const QString &code = QStringLiteral("D"), const QString &skill = {})
{
    Assignment s;
    s.agent = agent;
    s.start = day * 24 + from;
    s.end = day * 24 + to;
    s.code = code;
    s.skill = skill;
    return s;
}

QStringList ruleNames(const RosterEvaluation &e)
{
    QStringList names;
    for (const RosterViolation &v : e.violations)
        names << v.rule;
    return names;
}

} // namespace

class TestAgentRoster : public QObject
{
    Q_OBJECT
private slots:
    void rules_data()
    {
        QTest::addColumn<QList<Assignment>>("shifts");
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<double>("amount"); // of the first violation

        QTest::newRow("clean week") << QList<Assignment>{at(1, 0, 8, 16), at(1, 1, 8, 16), at(1, 2, 8, 16)}
                                    << QStringList{} << 0.0;
        QTest::newRow("fixed day off") << QList<Assignment>{at(0, 2, 8, 16)} << QStringList{"dayOff"} << 1.0;
        QTest::newRow("rest 10 h") << QList<Assignment>{at(1, 0, 14, 22), at(1, 1, 8, 16)} << QStringList{"minRest"} << 60.0;
        QTest::newRow("rest 11 h exactly") << QList<Assignment>{at(1, 0, 13, 21), at(1, 1, 8, 16)} << QStringList{} << 0.0;
        QTest::newRow("overlap across midnight")
            << QList<Assignment>{at(1, 0, 20, 28), at(1, 1, 2, 6)} << QStringList{"overlap"} << 1.0;
        QTest::newRow("two starts a day") << QList<Assignment>{at(1, 0, 6, 8), at(1, 0, 20, 22)}
                                          << QStringList{"oneShiftPerDay"} << 1.0;
        QTest::newRow("skill missing") << QList<Assignment>{at(1, 0, 8, 16, "D", "billing")} << QStringList{"skill"} << 1.0;
        QTest::newRow("skill held") << QList<Assignment>{at(0, 0, 8, 16, "D", "billing")} << QStringList{} << 0.0;
        QTest::newRow("six days in a row")
            << QList<Assignment>{at(1, 0, 8, 14), at(1, 1, 8, 14), at(1, 2, 8, 14), at(1, 3, 8, 14), at(1, 4, 8, 14),
                                 at(1, 5, 8, 14)}
            << QStringList{"maxConsecutiveDays"} << 1.0;
        QTest::newRow("one day off between") << QList<Assignment>{at(1, 0, 8, 16), at(1, 2, 8, 16)}
                                             << QStringList{"minConsecutiveDaysOff"} << 1.0;
        QTest::newRow("two weekend days one weekend") << QList<Assignment>{at(1, 5, 8, 16), at(1, 6, 8, 16)}
                                                      << QStringList{} << 0.0;
        QTest::newRow("44 h week")
            << QList<Assignment>{at(1, 0, 6, 17), at(1, 1, 6, 17), at(1, 2, 6, 17), at(1, 3, 6, 17)}
            << QStringList{"maxMinutesPerWeek"} << 240.0;
        QTest::newRow("late then day")
            << QList<Assignment>{at(1, 0, 10, 18, "E"), at(1, 1, 8, 16)} << QStringList{"forbiddenSuccession"} << 1.0;
        QTest::newRow("late, off, day") << QList<Assignment>{at(1, 0, 10, 18, "E"), at(1, 2, 8, 16)}
                                        << QStringList{"minConsecutiveDaysOff"} << 1.0;
        QTest::newRow("two nights") << QList<Assignment>{at(1, 0, 22, 30, "N"), at(1, 3, 22, 30, "N")}
                                    << QStringList{"maxShiftsPerCode"} << 1.0;
    }
    void rules()
    {
        QFETCH(QList<Assignment>, shifts);
        QFETCH(QStringList, expected);
        QFETCH(double, amount);
        AgentRoster r = week();
        r.assignments.assign(shifts.begin(), shifts.end());
        const RosterEvaluation e = validateAgentRoster(r);
        QCOMPARE(ruleNames(e), expected);
        QCOMPARE(e.valid(), expected.isEmpty());
        if (!expected.isEmpty())
            QCOMPARE(e.violations.front().amount, amount);
    }

    /// Availability windows ("weekday:from-to;…", minutes after midnight of the shift's day): a
    /// shift must start and end inside one window of its weekday or of every day (weekday 0); a
    /// weekday without windows is unrestricted. Day 0's weekday follows firstWeekday.
    void availability_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("firstWeekday");
        QTest::addColumn<Assignment>("shift");
        QTest::addColumn<bool>("violated");
        QTest::newRow("no windows") << QString() << 1 << at(1, 0, 8, 16) << false;
        QTest::newRow("inside Monday 08-16") << "1:480-960" << 1 << at(1, 0, 8, 16) << false;
        QTest::newRow("ends after Monday 08-16") << "1:480-960" << 1 << at(1, 0, 9, 17) << true;
        QTest::newRow("starts before Monday 08-16") << "1:480-960" << 1 << at(1, 0, 7, 15) << true;
        QTest::newRow("Tuesday unrestricted") << "1:480-960" << 1 << at(1, 1, 18, 22) << false;
        QTest::newRow("any of two windows") << "0:360-840;1:840-1320" << 1 << at(1, 0, 15, 21) << false;
        QTest::newRow("every-day window only") << "0:360-840;1:840-1320" << 1 << at(1, 1, 15, 21) << true;
        QTest::newRow("overnight inside") << "1:1320-1800" << 1 << at(1, 0, 22, 30, "N") << false;
        QTest::newRow("overnight past the window") << "1:1320-1800" << 1 << at(1, 0, 22, 31, "N") << true;
        // Day 0 is a Sunday: day 1 is the Monday.
        QTest::newRow("weekday from firstWeekday") << "1:480-960" << 7 << at(1, 1, 9, 17) << true;
        QTest::newRow("Sunday unrestricted") << "1:480-960" << 7 << at(1, 0, 9, 17) << false;
    }
    void availability()
    {
        QFETCH(QString, spec);
        QFETCH(int, firstWeekday);
        QFETCH(Assignment, shift);
        QFETCH(bool, violated);
        AgentRoster r = week();
        r.firstWeekday = firstWeekday;
        for (const QString &item : spec.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
            const QStringList parts = item.split(QRegularExpression(QStringLiteral("[:-]")));
            r.agents[1].availability.push_back({parts[0].toInt(), parts[1].toInt(), parts[2].toInt()});
        }
        r.assignments = {shift};
        const RosterEvaluation e = validateAgentRoster(r);
        QCOMPARE(ruleNames(e), violated ? QStringList{"availability"} : QStringList{});
        QCOMPARE(e.valid(), !violated);
    }

    void softRulesArePriced()
    {
        AgentRoster r = week();
        r.rules[QStringLiteral("minRest")] = RuleSetting{false, 2.0};
        r.assignments = {at(1, 0, 16, 23), at(1, 1, 8, 16)}; // 9 h rest: 120 min short
        const RosterEvaluation e = validateAgentRoster(r);
        QVERIFY(e.valid());
        QCOMPARE(e.softRulePenalty, 240.0);
        QCOMPARE(e.objective(), 240.0);
    }

    void coverageSubtractsBreaks()
    {
        AgentRoster r = week();
        r.underPenalty = 10.0;
        r.overPenalty = 1.0;
        std::vector<double> need(size_t(r.horizon()), 0.0);
        for (int h = 8; h < 16; ++h)
            need[size_t(h)] = 2.0;
        r.required[QString()] = need;
        Assignment a = at(1, 0, 8, 17);
        a.breaks = {Break{12, 13}};     // unpaid meal 12–13
        a.paidBreaks = {Break{10, 11}}; // paid break 10–11
        r.assignments = {a};
        const RosterEvaluation e = validateAgentRoster(r);
        // Needed 2 × 8 h; on duty 8–10, 11–12, 13–16 = 6 h → short 16 − 6 = 10; over: 16–17 → 1.
        QCOMPARE(e.underAgentIntervals, 10.0);
        QCOMPARE(e.overAgentIntervals, 1.0);
        QCOMPARE(e.coveragePenalty, 101.0);
        QCOMPARE(e.fairness[1].paidMinutes, 8 * 60); // the paid break counts, the meal does not
    }

    void requestsAndFairness()
    {
        AgentRoster r = week();
        r.agents[0].requests = {AgentRequest{0, QStringLiteral("D"), true, 3.0}, AgentRequest{5, {}, false, 2.0}};
        r.agents[1].requests = {AgentRequest{1, QStringLiteral("E"), true, 5.0}};
        r.assignments = {at(0, 0, 8, 16), at(0, 5, 18, 23, "E"), at(1, 1, 8, 16)};
        const RosterEvaluation e = validateAgentRoster(r);
        // ann: on-request granted, off-request on Saturday denied (2); bob: wanted E, got D (5).
        QCOMPARE(e.requestPenalty, 7.0);
        QCOMPARE(e.fairness[0].requestsGranted, 1);
        QCOMPARE(e.fairness[0].requestsDenied, 1);
        QCOMPARE(e.fairness[0].weekendsWorked, 1);
        QCOMPARE(e.fairness[0].eveningShifts, 1);
        QCOMPARE(e.weekendSpread, 1);
        QCOMPARE(e.eveningSpread, 1);
    }

    /// The fairness rules price weight × spread per contract. FT: ann works Saturday 8–16, Sunday
    /// 18–23 and Monday 20–24 (1 weekend, 2 evenings), bob Monday 8–16 (0, 0): spreads 1 and 2.
    /// PT: carl Saturday 8–16 and Tuesday 14–23 (ends after 22:00: 1 weekend, 1 evening), dave
    /// Thursday 19–23 and Friday 18–22 (0 weekends, 2 evenings): spreads 1 and 1.
    void fairnessIsPriced_data()
    {
        QTest::addColumn<double>("weekendWeight"); // < 0: no setting
        QTest::addColumn<double>("eveningWeight");
        QTest::addColumn<bool>("hardFlag"); // the settings say hard (ignored: always soft)
        QTest::addColumn<double>("penalty");
        QTest::addColumn<int>("violations");
        QTest::newRow("no settings") << -1.0 << -1.0 << false << 0.0 << 0;
        QTest::newRow("weekends 10") << 10.0 << -1.0 << false << 20.0 << 2;
        QTest::newRow("evenings 3") << -1.0 << 3.0 << false << 9.0 << 2;
        QTest::newRow("both") << 10.0 << 3.0 << false << 29.0 << 4;
        QTest::newRow("evenings 0.5, weekends 0") << 0.0 << 0.5 << false << 1.5 << 2;
        QTest::newRow("hard flag ignored") << 10.0 << 3.0 << true << 29.0 << 4;
    }
    void fairnessIsPriced()
    {
        QFETCH(double, weekendWeight);
        QFETCH(double, eveningWeight);
        QFETCH(bool, hardFlag);
        QFETCH(double, penalty);
        QFETCH(int, violations);
        AgentRoster r = week();
        Contract pt;
        pt.id = QStringLiteral("PT");
        r.contracts.push_back(pt);
        for (const char *id : {"carl", "dave"}) {
            Agent a;
            a.id = QLatin1String(id);
            a.contractId = pt.id;
            r.agents.push_back(a);
        }
        r.assignments = {at(0, 5, 8, 16), at(0, 6, 18, 23), at(0, 0, 20, 24), at(1, 0, 8, 16),
                         at(2, 5, 8, 16), at(2, 1, 14, 23), at(3, 3, 19, 23), at(3, 4, 18, 22)};
        if (weekendWeight >= 0)
            r.rules[QStringLiteral("weekendFairness")] = RuleSetting{hardFlag, weekendWeight};
        if (eveningWeight >= 0)
            r.rules[QStringLiteral("eveningFairness")] = RuleSetting{hardFlag, eveningWeight};
        const RosterEvaluation e = validateAgentRoster(r);
        QCOMPARE(e.weekendSpread, 1);
        QCOMPARE(e.eveningSpread, 2);
        QCOMPARE(e.fairnessPenalty, penalty);
        int fairness = 0;
        double other = 0.0;
        for (const RosterViolation &v : e.violations) {
            if (v.rule.endsWith(QLatin1String("Fairness"))) {
                ++fairness;
                QVERIFY(!v.hard);
                QCOMPARE(v.agent, -1);
                QVERIFY(v.amount == 1.0 || v.amount == 2.0);
            } else if (!v.hard) {
                other += r.rule(v.rule).weight * v.amount;
            }
        }
        QCOMPARE(fairness, violations);
        QCOMPARE(e.softRulePenalty, other + penalty);
    }

    void weekendsCountOnceAndFollowTheFirstWeekday()
    {
        AgentRoster r = week();
        r.firstWeekday = 6; // day 0 is a Saturday: days 0,1 and 7,8 … but the horizon has 7 days
        r.assignments = {at(1, 0, 8, 16), at(1, 1, 8, 16)};
        QCOMPARE(validateAgentRoster(r).fairness[1].weekendsWorked, 1);
        r.assignments = {at(1, 1, 8, 16), at(1, 6, 8, 16)}; // Sunday, then the next Friday
        QCOMPARE(validateAgentRoster(r).fairness[1].weekendsWorked, 1);
        r.agents[1].contractId = QStringLiteral("FT");
        r.contracts[0].maxWorkingWeekends = 0;
        r.assignments = {at(1, 0, 8, 16), at(1, 1, 8, 16)};
        QCOMPARE(ruleNames(validateAgentRoster(r)), QStringList{"maxWorkingWeekends"});
    }

    void weekendDaysOfTheSite()
    {
        // Friday–Saturday weekend, week from Sunday: Thursday + Friday is one weekend worked
        // (Friday), Saturday + Sunday of the next... here Sunday (day 0) is a working day.
        AgentRoster r = week();
        r.firstWeekday = 7;
        r.weekendDays = {5, 6};
        r.assignments = {at(1, 0, 8, 16), at(1, 5, 8, 16), at(1, 6, 8, 16)}; // Sun, Fri, Sat
        QCOMPARE(validateAgentRoster(r).fairness[1].weekendsWorked, 1);
        r.weekendDays = {6, 7};
        QCOMPARE(validateAgentRoster(r).fairness[1].weekendsWorked, 2); // Sunday, then Saturday
    }

    void badShapeNamesTheField()
    {
        AgentRoster r = week();
        r.assignments = {at(5, 0, 8, 16)};
        try {
            validateAgentRoster(r);
            QFAIL("no error");
        } catch (const InputError &e) {
            QVERIFY2(e.message().contains(QStringLiteral("assignments[0].agent")), qPrintable(e.message()));
        }
        r = week();
        Assignment a = at(1, 0, 8, 16);
        a.breaks = {Break{16, 17}};
        r.assignments = {a};
        QVERIFY_THROWS_EXCEPTION(InputError, validateAgentRoster(r));
    }
};

QTEST_GUILESS_MAIN(TestAgentRoster)
#include "test_agentroster.moc"

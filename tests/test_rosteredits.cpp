// SPDX-License-Identifier: GPL-3.0-or-later
// Roster edits as the grid and the timeline apply them: clamping at the horizon, breaks kept
// inside their shift, templates by code, and on-duty counts agreeing with the validator.
#include "core/rostering/rosteredits.h"

#include <QtTest>

#include <numeric>

using namespace tessera;
using namespace tessera::rostering;

Q_DECLARE_METATYPE(tessera::rostering::Assignment)

namespace {

/// [start, end) with an unpaid break [ub, ub+2) and a paid one [pb, pb+1) (−1: none).
Assignment shiftAt(int start, int end, int ub = -1, int pb = -1)
{
    Assignment a;
    a.start = start;
    a.end = end;
    if (ub >= 0)
        a.breaks = {{ub, ub + 2}};
    if (pb >= 0)
        a.paidBreaks = {{pb, pb + 1}};
    a.code = QStringLiteral("D");
    return a;
}

} // namespace

class TestRosterEdits : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shiftedClampsAtTheHorizon_data()
    {
        QTest::addColumn<Assignment>("before");
        QTest::addColumn<int>("delta");
        QTest::addColumn<Assignment>("expected");
        const int T = 96; // one day of 15-minute intervals
        QTest::newRow("inside") << shiftAt(36, 70, 52, 44) << 4 << shiftAt(40, 74, 56, 48);
        QTest::newRow("before the horizon") << shiftAt(4, 38, 20, 12) << -10 << shiftAt(0, 34, 16, 8);
        QTest::newRow("past the end") << shiftAt(60, 94, 76) << 5 << shiftAt(62, 96, 78);
        // a shift already running past the horizon (a night shift on the last day) may only go back
        QTest::newRow("already past the end") << shiftAt(88, 120) << 3 << shiftAt(88, 120);
        QTest::newRow("already past, back") << shiftAt(88, 120) << -4 << shiftAt(84, 116);
        Q_UNUSED(T);
    }
    void shiftedClampsAtTheHorizon()
    {
        QFETCH(Assignment, before);
        QFETCH(int, delta);
        QFETCH(Assignment, expected);
        QCOMPARE(shifted(before, delta, 96), expected);
    }

    void resizedKeepsBreaksInside_data()
    {
        QTest::addColumn<Assignment>("before");
        QTest::addColumn<int>("start");
        QTest::addColumn<int>("end");
        QTest::addColumn<Assignment>("expected");
        QTest::newRow("longer") << shiftAt(36, 70, 52, 44) << 36 << 74 << shiftAt(36, 74, 52, 44);
        QTest::newRow("break slides in from the end") << shiftAt(36, 70, 60, 44) << 36 << 56 << shiftAt(36, 56, 54, 44);
        QTest::newRow("break slides in from the start") << shiftAt(36, 70, 38, 37) << 44 << 70 << shiftAt(44, 70, 44, 44);
        QTest::newRow("too short for the unpaid break") << shiftAt(36, 70, 52, 44) << 50 << 51 << shiftAt(50, 51, -1, 50);
        QTest::newRow("end before start: one interval") << shiftAt(36, 70) << 40 << 30 << shiftAt(40, 41);
        QTest::newRow("past the horizon") << shiftAt(80, 92) << 80 << 110 << shiftAt(80, 96);
        QTest::newRow("before the horizon") << shiftAt(2, 20) << -5 << 20 << shiftAt(0, 20);
    }
    void resizedKeepsBreaksInside()
    {
        QFETCH(Assignment, before);
        QFETCH(int, start);
        QFETCH(int, end);
        QFETCH(Assignment, expected);
        QCOMPARE(resized(before, start, end, 96), expected);
    }

    void breakMovedStaysInside_data()
    {
        QTest::addColumn<bool>("paid");
        QTest::addColumn<int>("newStart");
        QTest::addColumn<int>("expectedStart");
        QTest::newRow("unpaid inside") << false << 60 << 60;
        QTest::newRow("unpaid past the end") << false << 69 << 68; // 2 long, shift ends at 70
        QTest::newRow("unpaid before the start") << false << 10 << 36;
        QTest::newRow("paid to the last interval") << true << 80 << 69;
    }
    void breakMovedStaysInside()
    {
        QFETCH(bool, paid);
        QFETCH(int, newStart);
        QFETCH(int, expectedStart);
        const Assignment a = shiftAt(36, 70, 52, 44);
        const Assignment b = breakMoved(a, paid, 0, newStart);
        const Break &moved = paid ? b.paidBreaks.front() : b.breaks.front();
        QCOMPARE(moved.start, expectedStart);
        QCOMPARE(moved.end - moved.start, paid ? 1 : 2);
        QCOMPARE(paid ? b.breaks : b.paidBreaks, paid ? a.breaks : a.paidBreaks);
        QCOMPARE(breakMoved(a, paid, 3, newStart), a); // no such break: unchanged
    }

    void templatePrefersTheAgentsSkill()
    {
        AgentRoster r;
        r.intervalMinutes = 60;
        r.days = 3;
        Agent ann;
        ann.id = QStringLiteral("ann");
        ann.skills = {QStringLiteral("billing")};
        r.agents = {ann, ann};
        r.agents[1].skills = {QStringLiteral("sales")};
        Assignment sales = shiftAt(8, 16, 12);
        sales.skill = QStringLiteral("sales");
        Assignment billing = shiftAt(24 + 9, 24 + 17);
        billing.skill = QStringLiteral("billing");
        r.assignments = {sales, billing};
        const auto forAnn = fromTemplate(r, QStringLiteral("D"), 0, 2);
        QVERIFY(forAnn);
        QCOMPARE(forAnn->skill, QStringLiteral("billing"));
        QCOMPARE(forAnn->start, 48 + 9);
        QCOMPARE(forAnn->agent, 0);
        const auto forBob = fromTemplate(r, QStringLiteral("D"), 1, 2);
        QCOMPARE(forBob->skill, QStringLiteral("sales"));
        QCOMPARE(forBob->start, 48 + 8);
        QCOMPARE(forBob->breaks, (std::vector<Break>{{48 + 12, 48 + 14}}));
        QVERIFY(!fromTemplate(r, QStringLiteral("N"), 0, 1));
        QCOMPARE(codesInUse(r), QStringList{QStringLiteral("D")});
        QCOMPARE(assignmentsOn(r, 0, 1), std::vector<int>{1}); // both belong to agent 0
        QCOMPARE(assignmentsOn(r, 1, 1), std::vector<int>{});
    }

    void onDutyMatchesTheValidatorsCoverage()
    {
        // required 1 agent all day; one shift with a 2-interval unpaid and a 1-interval paid break:
        // the validator's under-staffing is the day minus the on-duty intervals
        AgentRoster r;
        r.intervalMinutes = 60;
        r.days = 1;
        Agent a;
        a.id = QStringLiteral("a");
        r.agents = {a};
        r.assignments = {shiftAt(8, 17, 12, 10)};
        r.required[QString()] = std::vector<double>(24, 1.0);
        const std::vector<double> on = onDutyTotal(r);
        double total = 0;
        for (double v : on)
            total += v;
        QCOMPARE(total, 9.0 - 2.0 - 1.0);
        QCOMPARE(on[12], 0.0);
        QCOMPARE(on[10], 0.0);
        QCOMPARE(on[11], 1.0);
        QCOMPARE(validateAgentRoster(r).underAgentIntervals, 24.0 - total);
        QCOMPARE(requiredTotal(r), std::vector<double>(24, 1.0));
        // a drag recounts one shift: take it out, put the moved one in, as a full recount would
        // moved 3 h later: 11–20, unpaid 15–17, paid 13–14 then dragged onto the unpaid one at 16
        const Assignment moved = breakMoved(shifted(r.assignments[0], 3, 24), true, 0, 16);
        std::vector<double> line = on;
        addOnDuty(r.assignments[0], -1.0, line);
        addOnDuty(moved, 1.0, line);
        r.assignments[0] = moved;
        QCOMPARE(line, onDutyTotal(r));
        QCOMPARE(line[16], 0.0); // in both breaks: off once, not −1
        QCOMPARE(line[13], 1.0);
        QCOMPARE(std::accumulate(line.begin(), line.end(), 0.0), 9.0 - 2.0);
    }
};

QTEST_GUILESS_MAIN(TestRosterEdits)
#include "test_rosteredits.moc"

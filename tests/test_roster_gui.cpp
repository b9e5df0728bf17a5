// SPDX-License-Identifier: GPL-3.0-or-later
// The Roster tab: grid model, timeline drags (move, reassign, resize, break), live coverage,
// violations flagged on the spot, one undo command per edit. Offscreen.
//
// Set TESSERA_SCREENSHOT_DIR to also write roster-week.png and roster-day.png of the main window
// with the demo roster below (run under Xvfb for real fonts).
#include "core/rostering/rosteredits.h"
#include "ui/commands.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/rostermodels.h"
#include "ui/rostertimeline.h"
#include "ui/rosterview.h"

#include <QApplication>
#include <QComboBox>
#include <QSignalSpy>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QtTest>

using namespace tessera;
using namespace tessera::ui;
using namespace tessera::rostering;

namespace {

constexpr int kPerDay = 96; // 15-minute intervals
constexpr int kPerHour = 4;

/// Shift templates: code → start hour, end hour, unpaid break start, paid break start (hours;
/// −1 = none). Unpaid breaks last 30 min, paid ones 15 min.
struct Template {
    double start, end, unpaid, paid;
};
const std::map<QString, Template> kShifts = {
    {QStringLiteral("E"), {7, 15.5, 11, 9.5}},
    {QStringLiteral("D"), {9, 17.5, 13, 11}},
    {QStringLiteral("L"), {13, 21.5, 17, 15.5}},
    {QStringLiteral("P"), {10, 14, -1, 12}},
};

Assignment shift(int agent, int day, const QString &code, const QString &skill)
{
    const Template &t = kShifts.at(code);
    const auto at = [day](double hour) { return day * kPerDay + int(hour * kPerHour); };
    Assignment a;
    a.agent = agent;
    a.start = at(t.start);
    a.end = at(t.end);
    if (t.unpaid >= 0)
        a.breaks = {{at(t.unpaid), at(t.unpaid) + 2}};
    if (t.paid >= 0)
        a.paidBreaks = {{at(t.paid), at(t.paid) + 1}};
    a.code = code;
    a.skill = skill;
    return a;
}

/**
 * The demo roster: a week (day 0 = Monday) at 15-minute intervals, 8 agents, skills billing and
 * sales. Known violations: Hana rests 9.5 h between Monday's L (ends 21:30) and Tuesday's E
 * (07:00) — minRest, hard, day 1; Dev (sales only) works a billing shift on Thursday — skill,
 * hard, day 3; Gus works six days in a row — maxConsecutiveDays, soft (weight 10), day 5.
 */
AgentRoster demoRoster()
{
    AgentRoster r;
    r.intervalMinutes = 15;
    r.days = 7;
    r.firstWeekday = 1;
    Contract ft;
    ft.id = QStringLiteral("FT");
    ft.maxMinutesPerWeek = 48 * 60;
    ft.minRestMinutes = 11 * 60;
    ft.maxConsecutiveDays = 5;
    Contract pt;
    pt.id = QStringLiteral("PT");
    pt.maxMinutesPerWeek = 24 * 60;
    pt.minRestMinutes = 11 * 60;
    r.contracts = {ft, pt};
    r.rules[QStringLiteral("maxConsecutiveDays")] = RuleSetting{false, 10.0};
    const QString billing = QStringLiteral("billing"), sales = QStringLiteral("sales");
    struct Row {
        const char *id, *name;
        QStringList skills;
        const char *contract;
        const char *pattern; // one code per day, '-' = off
        QString skill;
    };
    const std::vector<Row> rows = {
        {"ana", "Ana Alves", {billing}, "FT", "EEEEE--", billing},
        {"ben", "Ben Brandt", {billing}, "FT", "-LLLLL-", billing},
        {"cleo", "Cleo Costa", {billing, sales}, "FT", "DDD-DD-", sales},
        {"dev", "Dev Desai", {sales}, "FT", "EEEDE--", sales},
        {"eva", "Eva Eklund", {sales}, "PT", "PP-P--P", sales},
        {"finn", "Finn Fischer", {billing}, "PT", "P-PP-P-", billing},
        {"gus", "Gus Gomez", {sales, billing}, "FT", "DDDDDD-", sales},
        {"hana", "Hana Havel", {billing}, "FT", "LEDD-E-", billing},
    };
    for (int i = 0; i < int(rows.size()); ++i) {
        Agent a;
        a.id = QString::fromLatin1(rows[size_t(i)].id);
        a.name = QString::fromLatin1(rows[size_t(i)].name);
        a.skills = rows[size_t(i)].skills;
        a.contractId = QString::fromLatin1(rows[size_t(i)].contract);
        a.seniority = i + 1;
        r.agents.push_back(a);
        for (int d = 0; d < 7; ++d) {
            const char c = rows[size_t(i)].pattern[d];
            if (c != '-')
                r.assignments.push_back(shift(i, d, QString(QLatin1Char(c)), rows[size_t(i)].skill));
        }
    }
    r.assignments[size_t(rostering::assignmentsOn(r, 3, 3).front())].skill = billing; // Dev lacks billing
    r.agents[4].fixedDaysOff = {4};
    r.agents[4].requests = {{6, QString(), false, 2.0}};                             // Eva: Sunday off (denied)
    r.agents[5].requests = {{2, QString(), false, 1.0}, {1, QStringLiteral("E"), true, 1.0}}; // Finn: both denied
    r.agents[0].requests = {{5, QString(), false, 1.0}};                             // Ana: Saturday off (granted)
    // required: billing 2 agents 08–20 on weekdays (3 from 10 to 16), 1 from 09 to 17 at weekends;
    // sales 2 agents 09–18 on weekdays, 1 from 10 to 16 at weekends
    auto &b = r.required[billing];
    auto &s = r.required[sales];
    b.assign(size_t(r.horizon()), 0.0);
    s.assign(size_t(r.horizon()), 0.0);
    for (int d = 0; d < 7; ++d) {
        const bool weekend = d >= 5;
        for (int i = 0; i < kPerDay; ++i) {
            const double h = double(i) / kPerHour;
            const size_t t = size_t(d * kPerDay + i);
            if (!weekend) {
                b[t] = h >= 10 && h < 16 ? 3 : (h >= 8 && h < 20 ? 2 : 0);
                s[t] = h >= 9 && h < 18 ? 2 : 0;
            } else {
                b[t] = h >= 9 && h < 17 ? 1 : 0;
                s[t] = h >= 10 && h < 16 ? 1 : 0;
            }
        }
    }
    return r;
}

Project demoProject()
{
    Project p;
    p.name = QStringLiteral("roster demo");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone("Europe/Berlin")); // a Monday
    p.intervalMinutes = 15;
    p.roster = demoRoster();
    return p;
}

int indexOf(const AgentRoster &r, int agent, int day)
{
    const std::vector<int> list = assignmentsOn(r, agent, day);
    return list.empty() ? -1 : list.front();
}

/// A timeline and its coverage chart, shown at a known size.
struct TimelineFixture {
    ProjectDocument doc;
    QWidget window;
    RosterTimeline *timeline;
    RosterCoverageChart *chart;
    explicit TimelineFixture(RosterTimeline::Mode mode, int day)
    {
        doc.reset(demoProject(), QString());
        auto *layout = new QVBoxLayout(&window);
        timeline = new RosterTimeline(&doc, &window);
        chart = new RosterCoverageChart(timeline, &window);
        layout->addWidget(timeline, 3);
        layout->addWidget(chart, 1);
        timeline->setMode(mode);
        timeline->setDay(day);
        window.resize(1200, 520);
        window.show();
    }
    QWidget *viewport() const { return timeline->viewport(); }
    /// Drags with the left button from `from` to `to` in `steps` moves (checks can run between).
    void drag(QPoint from, QPoint to, const std::function<void()> &midway = {})
    {
        QTest::mousePress(viewport(), Qt::LeftButton, {}, from);
        const QPoint mid = (from + to) / 2;
        QTest::mouseMove(viewport(), mid);
        QTest::mouseMove(viewport(), to);
        if (midway)
            midway();
        QTest::mouseRelease(viewport(), Qt::LeftButton, {}, to);
    }
    /// A point on the bar of assignment `index`, `offset` intervals after its start.
    QPoint on(int index, int offset) const
    {
        const Assignment &a = timeline->shownRoster().assignments[size_t(index)];
        return QPoint(int(std::lround(timeline->xForInterval(a.start + offset))) + 1, timeline->barRect(index).center().y());
    }
    QPoint shiftedBy(QPoint p, int intervals) const
    {
        return p + QPoint(int(std::lround(timeline->xForInterval(timeline->firstInterval() + intervals) - timeline->xForInterval(timeline->firstInterval()))), 0);
    }
};

} // namespace

class TestRosterGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qApp->setProperty("tesseraNoDialogs", true); }

    void demoRosterHasTheKnownViolations()
    {
        const RosterEvaluation e = validateAgentRoster(demoRoster());
        QStringList found;
        for (const RosterViolation &v : e.violations)
            found << QStringLiteral("%1/%2/%3/%4").arg(v.rule).arg(v.agent).arg(v.day).arg(v.hard ? "hard" : "soft");
        found.sort();
        QCOMPARE(found, (QStringList{"maxConsecutiveDays/6/5/soft", "minRest/7/1/hard", "skill/3/3/hard"}));
    }

    void gridShowsCodesAndFlags_data()
    {
        QTest::addColumn<int>("agent");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("severity");
        QTest::addColumn<QString>("tooltipPart");
        QTest::newRow("Ana Monday") << 0 << 0 << "E" << int(rosterstyle::Severity::None) << "07:00–15:30 (8 h paid), billing";
        QTest::newRow("Hana Tuesday, rest") << 7 << 1 << "E" << int(rosterstyle::Severity::Hard)
                                           << "hana: 570 min rest before day 2's shift, contract needs 660";
        QTest::newRow("Dev Thursday, skill") << 3 << 3 << "D" << int(rosterstyle::Severity::Hard) << "dev lacks skill billing (day 4)";
        QTest::newRow("Gus Saturday, soft") << 6 << 5 << "D" << int(rosterstyle::Severity::Soft)
                                           << "gus: 6 consecutive working days from day 1, contract allows 5";
        QTest::newRow("Eva fixed day off") << 4 << 4 << "off" << int(rosterstyle::Severity::None) << "Fixed day off";
        QTest::newRow("Finn request denied") << 5 << 2 << "P" << int(rosterstyle::Severity::None)
                                             << "Requests not to work any shift (weight 1): denied";
        QTest::newRow("Ana request granted") << 0 << 5 << "" << int(rosterstyle::Severity::None)
                                             << "Requests not to work any shift (weight 1): granted";
    }
    void gridShowsCodesAndFlags()
    {
        QFETCH(int, agent);
        QFETCH(int, day);
        QFETCH(QString, code);
        QFETCH(int, severity);
        QFETCH(QString, tooltipPart);
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QCOMPARE(m.agentCount(), 8);
        QCOMPARE(m.rowCount(), 8 + RosterGridModel::FooterRowCount);
        QCOMPARE(m.columnCount(), 7);
        const QModelIndex cell = m.index(agent, day);
        QCOMPARE(cell.data(Qt::DisplayRole).toString(), code);
        QCOMPARE(cell.data(RosterGridModel::SeverityRole).toInt(), severity);
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(tooltipPart), qPrintable(cell.data(Qt::ToolTipRole).toString()));
        QCOMPARE(m.headerData(0, Qt::Horizontal, Qt::DisplayRole).toString(), QLocale().toString(QDate(2026, 3, 2), QStringLiteral("ddd d MMM")));
        const bool asked = tooltipPart.startsWith(QStringLiteral("Requests"));
        QCOMPARE(cell.data(RosterGridModel::RequestRole).toInt(),
                 !asked ? int(RosterGridModel::NoRequest)
                        : tooltipPart.endsWith(QStringLiteral("granted")) ? int(RosterGridModel::RequestGranted) : int(RosterGridModel::RequestDenied));
    }

    void gridFooterSumsTheDay_data()
    {
        QTest::addColumn<int>("day");
        QTest::addColumn<double>("onDuty");
        QTest::addColumn<double>("required");
        // on duty per shift: E, D, L 8.5 h − 0.5 h unpaid − 0.25 h paid = 7.75 h; P 4 h − 0.25 h = 3.75 h
        // Monday: Ana E, Cleo D, Dev E, Eva P, Finn P, Gus D, Hana L = 5 × 7.75 + 2 × 3.75
        // required Monday: billing 12 h × 2 + 6 h × 1 = 30, sales 9 h × 2 = 18
        QTest::newRow("Monday") << 0 << 5 * 7.75 + 2 * 3.75 << 48.0;
        // Sunday: Eva P only; required billing 8 h, sales 6 h
        QTest::newRow("Sunday") << 6 << 3.75 << 14.0;
    }
    void gridFooterSumsTheDay()
    {
        QFETCH(int, day);
        QFETCH(double, onDuty);
        QFETCH(double, required);
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QCOMPARE(m.footerValue(RosterGridModel::OnDutyHours, day), onDuty);
        QCOMPARE(m.footerValue(RosterGridModel::RequiredHours, day), required);
        QCOMPARE(m.index(m.footerRow(RosterGridModel::OnDutyHours), day).data().toString(), QLocale().toString(onDuty, 'f', 1));
        QVERIFY(!(m.flags(m.index(m.footerRow(RosterGridModel::ShortHours), day)) & Qt::ItemIsEditable));
    }

    void gridEditIsOneUndoableCommand_data()
    {
        QTest::addColumn<int>("agent");
        QTest::addColumn<int>("day");
        QTest::addColumn<QString>("code");
        QTest::addColumn<int>("expectedStart"); // −1: the cell is cleared
        QTest::newRow("Ana Saturday L") << 0 << 5 << "L" << 5 * kPerDay + 13 * kPerHour;
        QTest::newRow("Ana Monday E→D") << 0 << 0 << "D" << 9 * kPerHour;
        QTest::newRow("clear Hana Monday") << 7 << 0 << "" << -1;
    }
    void gridEditIsOneUndoableCommand()
    {
        QFETCH(int, agent);
        QFETCH(int, day);
        QFETCH(QString, code);
        QFETCH(int, expectedStart);
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QSignalSpy changed(&doc, &ProjectDocument::changed);
        const AgentRoster before = doc.project().roster;
        QVERIFY(m.setData(m.index(agent, day), code, Qt::EditRole));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<ProjectDocument::Changes>(), ProjectDocument::Changes(ProjectDocument::Roster));
        const AgentRoster &after = doc.project().roster;
        const int i = indexOf(after, agent, day);
        if (expectedStart < 0) {
            QCOMPARE(i, -1);
            QCOMPARE(after.assignments.size(), before.assignments.size() - 1);
        } else {
            QVERIFY(i >= 0);
            QCOMPARE(after.assignments[size_t(i)].code, code);
            QCOMPARE(after.assignments[size_t(i)].start, expectedStart);
            QCOMPARE(m.index(agent, day).data().toString(), code);
        }
        doc.undoStack()->undo();
        QVERIFY(doc.project().roster == before);
        doc.undoStack()->redo();
        QCOMPARE(indexOf(doc.project().roster, agent, day) >= 0, expectedStart >= 0);
    }

    void replacingTheRosterReshapesTheGrid()
    {
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QSignalSpy reset(&m, &QAbstractItemModel::modelReset);
        AgentRoster bigger = doc.project().roster;
        bigger.agents.push_back(bigger.agents.front());
        bigger.agents.back().id = QStringLiteral("ivy");
        bigger.days = 8;
        for (auto &[skill, line] : bigger.required)
            line.resize(size_t(bigger.horizon()), 0.0);
        commands::replaceRoster(&doc, bigger, QStringLiteral("Solver roster"));
        QCOMPARE(reset.count(), 1);
        QCOMPARE(m.rowCount(), 9 + RosterGridModel::FooterRowCount);
        QCOMPARE(m.columnCount(), 8);
        QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Solver roster"));
        doc.undoStack()->undo();
        QCOMPARE(m.rowCount(), 8 + RosterGridModel::FooterRowCount);
        QCOMPARE(m.columnCount(), 7);
        commands::replaceRoster(&doc, AgentRoster{}, QStringLiteral("Clear"));
        QCOMPARE(m.rowCount(), 0);
    }

    void gridEditorOffersTheCodesInUse()
    {
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        RosterGridDelegate delegate;
        QWidget parent;
        const QModelIndex cell = m.index(1, 0); // Ben, Monday: off
        std::unique_ptr<QWidget> editor(delegate.createEditor(&parent, QStyleOptionViewItem(), cell));
        auto *box = qobject_cast<QComboBox *>(editor.get());
        QVERIFY(box);
        QStringList items;
        for (int i = 0; i < box->count(); ++i)
            items << box->itemData(i).toString();
        QCOMPARE(items, (QStringList{QString(), "D", "E", "L", "P"}));
        delegate.setEditorData(box, cell);
        QCOMPARE(box->currentIndex(), 0);
        box->setCurrentIndex(3); // L
        delegate.setModelData(box, &m, cell);
        QCOMPARE(cell.data().toString(), QStringLiteral("L"));
        QCOMPARE(doc.project().roster.assignments[size_t(indexOf(doc.project().roster, 1, 0))].start, 13 * kPerHour);
        QCOMPARE(doc.undoStack()->count(), 1);
    }

    void gridRejectsUnknownCode()
    {
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QSignalSpy rejected(&m, &RosterGridModel::editRejected);
        QVERIFY(!m.setData(m.index(0, 0), QStringLiteral("X"), Qt::EditRole));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(rejected.at(0).at(0).toString().contains(QStringLiteral("D, E, L, P")));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void gridEditFixesTheViolation()
    {
        // Hana's Tuesday E after Monday's L breaks minimum rest; a D (09:00) is fine (11.5 h).
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterGridModel m(&doc);
        QCOMPARE(m.index(7, 1).data(RosterGridModel::SeverityRole).toInt(), int(rosterstyle::Severity::Hard));
        QVERIFY(m.setData(m.index(7, 1), QStringLiteral("D"), Qt::EditRole));
        QCOMPARE(m.index(7, 1).data(RosterGridModel::SeverityRole).toInt(), int(rosterstyle::Severity::None));
        doc.undoStack()->undo();
        QCOMPARE(m.index(7, 1).data(RosterGridModel::SeverityRole).toInt(), int(rosterstyle::Severity::Hard));
    }

    void dragMovesShiftAndCoverageFollows_data()
    {
        QTest::addColumn<int>("intervals");
        QTest::newRow("+4 (1 h later)") << 4;
        QTest::newRow("-6 (1.5 h earlier)") << -6;
    }
    void dragMovesShiftAndCoverageFollows()
    {
        QFETCH(int, intervals);
        TimelineFixture f(RosterTimeline::Mode::Day, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const AgentRoster before = f.doc.project().roster;
        const int ana = indexOf(before, 0, 0); // E 07:00–15:30
        const Assignment a = before.assignments[size_t(ana)];
        const QVector<double> coverage = f.chart->onDutySeries();
        QCOMPARE(coverage.size(), kPerDay);
        QVERIFY(!f.timeline->barRect(ana).isEmpty());
        const QPoint grab = f.on(ana, 5); // 08:15: working time, not a break
        QVector<double> live;
        f.drag(grab, f.shiftedBy(grab, intervals), [&] {
            QVERIFY(f.timeline->isDragging());
            live = f.chart->onDutySeries();
        });
        QCOMPARE(f.doc.undoStack()->count(), 1);
        const Assignment &moved = f.doc.project().roster.assignments[size_t(ana)];
        QCOMPARE(moved.start, a.start + intervals);
        QCOMPARE(moved.end, a.end + intervals);
        QCOMPARE(moved.breaks.front().start, a.breaks.front().start + intervals);
        QCOMPARE(moved.paidBreaks.front().start, a.paidBreaks.front().start + intervals);
        // the chart showed the moved shift while dragging, and still does
        QCOMPARE(f.chart->onDutySeries(), live);
        const QVector<double> after = f.chart->onDutySeries();
        const int lo = std::min(a.start, moved.start), hi = std::max(a.end, moved.end);
        for (int i = 0; i < kPerDay; ++i) {
            const auto onDuty = [](const Assignment &s, int t) {
                if (t < s.start || t >= s.end)
                    return 0;
                for (const auto *list : {&s.breaks, &s.paidBreaks})
                    for (const Break &b : *list)
                        if (t >= b.start && t < b.end)
                            return 0;
                return 1;
            };
            const double expected = coverage[i] - onDuty(a, i) + onDuty(moved, i);
            QVERIFY2(after[i] == expected, qPrintable(QStringLiteral("interval %1").arg(i)));
            if (i < lo || i >= hi)
                QCOMPARE(after[i], coverage[i]);
        }
        QVERIFY(after != coverage);
        f.doc.undoStack()->undo();
        QVERIFY(f.doc.project().roster == before);
        QCOMPARE(f.chart->onDutySeries(), coverage);
    }

    void dragToAnotherAgent()
    {
        TimelineFixture f(RosterTimeline::Mode::Day, 4); // Friday: Ana E, Ben L; Finn is off
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const int ana = indexOf(f.doc.project().roster, 0, 4);
        const Assignment a = f.doc.project().roster.assignments[size_t(ana)];
        const QPoint grab = f.on(ana, 5);
        f.drag(grab, QPoint(grab.x(), f.timeline->yForAgent(5)));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        const Assignment &moved = f.doc.project().roster.assignments[size_t(ana)];
        QCOMPARE(moved.agent, 5);
        QCOMPARE(moved.start, a.start);
        QCOMPARE(f.doc.undoStack()->undoText(), QStringLiteral("Move shift E to Finn Fischer"));
        f.doc.undoStack()->undo();
        QCOMPARE(f.doc.project().roster.assignments[size_t(ana)].agent, 0);
    }

    void draggingAShiftToAnotherAgentClearsItsViolation()
    {
        // Hana's Tuesday E breaks her minimum rest; given to Finn (off on Tuesday, Monday's P
        // ends 14:00) it breaks nothing. The other violations stay flagged while dragging.
        TimelineFixture f(RosterTimeline::Mode::Day, 1);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const AgentRoster &r = f.doc.project().roster;
        const int hana = indexOf(r, 7, 1), dev = indexOf(r, 3, 3);
        QCOMPARE(f.timeline->severityOf(hana), rosterstyle::Severity::Hard);
        rosterstyle::Severity during = rosterstyle::Severity::Hard, other = rosterstyle::Severity::None;
        const QPoint grab = f.on(hana, 5);
        f.drag(grab, QPoint(grab.x(), f.timeline->yForAgent(5)), [&] {
            during = f.timeline->severityOf(hana);
            other = f.timeline->severityOf(dev);
        });
        QCOMPARE(during, rosterstyle::Severity::None);
        QCOMPARE(other, rosterstyle::Severity::Hard);
        QCOMPARE(f.doc.project().roster.assignments[size_t(hana)].agent, 5);
        QCOMPARE(f.timeline->severityOf(hana), rosterstyle::Severity::None);
        QVERIFY(f.doc.rosterEvaluation().valid() == false); // Dev's skill violation remains
        QCOMPARE(f.doc.rosterEvaluation().violations.size(), size_t(2));
    }

    void resizeEdges_data()
    {
        QTest::addColumn<bool>("rightEdge");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<int>("startDelta");
        QTest::addColumn<int>("endDelta");
        QTest::newRow("end +2") << true << 2 << 0 << 2;
        QTest::newRow("end -8") << true << -8 << 0 << -8;
        QTest::newRow("start -3") << false << -3 << -3 << 0;
    }
    void resizeEdges()
    {
        QFETCH(bool, rightEdge);
        QFETCH(int, intervals);
        QFETCH(int, startDelta);
        QFETCH(int, endDelta);
        TimelineFixture f(RosterTimeline::Mode::Day, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const int cleo = indexOf(f.doc.project().roster, 2, 0); // D 09:00–17:30
        const Assignment a = f.doc.project().roster.assignments[size_t(cleo)];
        const QRect bar = f.timeline->barRect(cleo);
        const QPoint edge(rightEdge ? bar.right() : bar.left(), bar.center().y());
        f.drag(edge, f.shiftedBy(edge, intervals));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        const Assignment &r = f.doc.project().roster.assignments[size_t(cleo)];
        QCOMPARE(r.start, a.start + startDelta);
        QCOMPARE(r.end, a.end + endDelta);
        QCOMPARE(r.breaks, a.breaks); // still inside
        f.doc.undoStack()->undo();
        QVERIFY(f.doc.project().roster.assignments[size_t(cleo)] == a);
    }

    void breakDragIsClampedToItsShift_data()
    {
        QTest::addColumn<bool>("paid");
        QTest::addColumn<int>("intervals");
        QTest::addColumn<int>("expectedOffset"); // break start − shift start after the drop
        // Cleo's D: 09:00–17:30 (34 intervals), unpaid 13:00 (offset 16, 2 long), paid 11:00 (offset 8, 1 long)
        QTest::newRow("unpaid +3") << false << 3 << 19;
        QTest::newRow("unpaid far right") << false << 40 << 32;
        QTest::newRow("unpaid far left") << false << -30 << 0;
        QTest::newRow("paid far right") << true << 40 << 33;
    }
    void breakDragIsClampedToItsShift()
    {
        QFETCH(bool, paid);
        QFETCH(int, intervals);
        QFETCH(int, expectedOffset);
        TimelineFixture f(RosterTimeline::Mode::Day, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const int cleo = indexOf(f.doc.project().roster, 2, 0);
        const Assignment a = f.doc.project().roster.assignments[size_t(cleo)];
        const QRect br = f.timeline->breakRect(cleo, paid, 0);
        QVERIFY(!br.isEmpty());
        f.drag(br.center(), f.shiftedBy(br.center(), intervals));
        QCOMPARE(f.doc.undoStack()->count(), 1);
        const Assignment &r = f.doc.project().roster.assignments[size_t(cleo)];
        QCOMPARE(r.start, a.start); // the shift itself stays
        QCOMPARE(r.end, a.end);
        const Break &b = paid ? r.paidBreaks.front() : r.breaks.front();
        QCOMPARE(b.start - r.start, expectedOffset);
        QCOMPARE(b.end - b.start, paid ? 1 : 2);
        QVERIFY(b.end <= r.end);
        QCOMPARE(paid ? r.breaks : r.paidBreaks, paid ? a.breaks : a.paidBreaks); // the other kind untouched
        f.doc.undoStack()->undo();
        QVERIFY(f.doc.project().roster.assignments[size_t(cleo)] == a);
    }

    void dragBreakingMinRestIsFlaggedOnTheSpot()
    {
        // Cleo works D Monday and D Tuesday (15.5 h rest). Moving Monday's shift 6 h later ends it
        // at 23:30: 9.5 h rest before Tuesday, below the 11 h of her contract.
        TimelineFixture f(RosterTimeline::Mode::Week, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const AgentRoster &r = f.doc.project().roster;
        const int monday = indexOf(r, 2, 0), tuesday = indexOf(r, 2, 1);
        QCOMPARE(f.timeline->severityOf(tuesday), rosterstyle::Severity::None);
        const QPoint grab = f.on(monday, 12); // 12:00, between the paid and the unpaid break
        QVERIFY(f.timeline->toolTipAt(grab).contains(QStringLiteral("09:00–17:30")));
        rosterstyle::Severity during = rosterstyle::Severity::None;
        f.drag(grab, f.shiftedBy(grab, 24), [&] { during = f.timeline->severityOf(tuesday); });
        QCOMPARE(during, rosterstyle::Severity::Hard);
        QCOMPARE(f.doc.project().roster.assignments[size_t(monday)].end, 23 * kPerHour + 2);
        QCOMPARE(f.timeline->severityOf(tuesday), rosterstyle::Severity::Hard);
        const QRect tBar = f.timeline->barRect(tuesday);
        QVERIFY(f.timeline->toolTipAt(QPoint(tBar.left() + 4, tBar.center().y())).contains(QStringLiteral("cleo: 570 min rest before day 2's shift")));
        f.doc.undoStack()->undo();
        QCOMPARE(f.timeline->severityOf(tuesday), rosterstyle::Severity::None);
    }

    void escapeCancelsDrag()
    {
        TimelineFixture f(RosterTimeline::Mode::Day, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const int ana = indexOf(f.doc.project().roster, 0, 0);
        const QPoint grab = f.on(ana, 5);
        QTest::mousePress(f.viewport(), Qt::LeftButton, {}, grab);
        QTest::mouseMove(f.viewport(), f.shiftedBy(grab, 8));
        QVERIFY(f.timeline->isDragging());
        QTest::keyClick(f.timeline, Qt::Key_Escape);
        QVERIFY(!f.timeline->isDragging());
        QTest::mouseRelease(f.viewport(), Qt::LeftButton, {}, f.shiftedBy(grab, 8));
        QCOMPARE(f.doc.undoStack()->count(), 0);
        QCOMPARE(f.timeline->shownRoster().assignments[size_t(ana)].start, 7 * kPerHour);
    }

    void keyboardMovesAndDeletes()
    {
        TimelineFixture f(RosterTimeline::Mode::Day, 0);
        QVERIFY(QTest::qWaitForWindowExposed(&f.window));
        const AgentRoster before = f.doc.project().roster;
        const int ana = indexOf(before, 0, 0);
        f.timeline->selectAssignment(ana);
        f.timeline->setFocus();
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QTest::keyClick(f.timeline, Qt::Key_Right);
        QCOMPARE(f.doc.project().roster.assignments[size_t(ana)].start, before.assignments[size_t(ana)].start + 2);
        QTest::keyClick(f.timeline, Qt::Key_Left, Qt::ShiftModifier); // end one interval earlier
        QCOMPARE(f.doc.project().roster.assignments[size_t(ana)].end, before.assignments[size_t(ana)].end + 1);
        QTest::keyClick(f.timeline, Qt::Key_Down);
        QCOMPARE(f.doc.project().roster.assignments[size_t(ana)].agent, 1);
        QCOMPARE(f.timeline->selectedAssignment(), ana); // edits in place keep the selection
        QTest::keyClick(f.timeline, Qt::Key_Delete);
        QCOMPARE(f.doc.project().roster.assignments.size(), before.assignments.size() - 1);
        QCOMPARE(f.timeline->selectedAssignment(), -1);
        // removing an earlier shift keeps the selected one selected at its new index
        const int cleo = indexOf(f.doc.project().roster, 2, 0);
        f.timeline->selectAssignment(cleo);
        commands::removeAssignment(&f.doc, 0);
        QCOMPARE(f.timeline->selectedAssignment(), cleo - 1);
        f.doc.undoStack()->undo();
        QCOMPARE(f.timeline->selectedAssignment(), cleo);
        QCOMPARE(f.doc.undoStack()->count(), 6); // 5 keys, the removal (undone, redoable)
        while (f.doc.undoStack()->canUndo())
            f.doc.undoStack()->undo();
        QVERIFY(f.doc.project().roster == before);
    }

    void relaxationsAreRankedByGain()
    {
        RelaxationPanel panel;
        QCOMPARE(panel.view()->topLevelItemCount(), 0);
        panel.setRelaxations({{QStringLiteral("Allow 6 consecutive days for Gus"), QStringLiteral("saves one short interval"), 10.0},
                              {QStringLiteral("Hire one more billing agent"), QString(), 250.0},
                              {QStringLiteral("Shorten Hana's rest to 9.5 h"), QString(), 40.0}});
        QCOMPARE(panel.view()->topLevelItemCount(), 3);
        QCOMPARE(panel.view()->topLevelItem(0)->text(1), QStringLiteral("Hire one more billing agent"));
        QCOMPARE(panel.view()->topLevelItem(2)->text(1), QStringLiteral("Allow 6 consecutive days for Gus"));
        QCOMPARE(panel.relaxations()[1].gain, 40.0);
    }

    void violationListSelectsCellAndBar()
    {
        ProjectDocument doc;
        doc.reset(demoProject(), QString());
        RosterView view(&doc);
        view.resize(1400, 800);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QCOMPARE(view.violationList()->count(), 3);
        // hard ones first, by day: Hana's rest (day 1), then Dev's skill (day 3), then Gus (soft)
        QListWidgetItem *skill = view.violationList()->item(1);
        QVERIFY2(skill->text().startsWith(QStringLiteral("Thu 5 Mar · Dev Desai · skill\n")), qPrintable(skill->text()));
        QVERIFY(view.violationList()->item(2)->text().contains(QStringLiteral("maxConsecutiveDays")));
        view.violationList()->setCurrentItem(skill);
        QCOMPARE(view.gridView()->currentIndex(), view.gridModel()->index(3, 3));
        QCOMPARE(view.timeline()->selectedAssignment(), indexOf(doc.project().roster, 3, 3));
        QCOMPARE(view.timeline()->day(), 3);
        // Delete in the grid clears the current cell: one command
        view.gridView()->setFocus();
        QTest::keyClick(view.gridView(), Qt::Key_Delete);
        QCOMPARE(indexOf(doc.project().roster, 3, 3), -1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(view.violationList()->count(), 2); // Dev's skill violation went with the shift
    }

    void mainWindowScreenshot()
    {
        const QByteArray dir = qgetenv("TESSERA_SCREENSHOT_DIR");
        MainWindow w;
        w.document()->reset(demoProject(), QString());
        w.showTab(MainWindow::RosterTab);
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.rosterView()->gridModel()->agentCount(), 8);
        if (dir.isEmpty())
            return;
        w.rosterView()->timeline()->selectAssignment(indexOf(w.document()->project().roster, 7, 1));
        QTest::qWait(300);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/roster-week.png")));
        w.rosterView()->timeline()->setMode(RosterTimeline::Mode::Day);
        QTest::qWait(300);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/roster-day.png")));
        w.rosterView()->findChildren<QTabWidget *>().front()->setCurrentIndex(1);
        QTest::qWait(200);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/roster-fairness.png")));
        w.rosterView()->relaxationPanel()->setRelaxations(
            {{QStringLiteral("Allow Hana 9.5 h rest on Tue 3 Mar"), QStringLiteral("minRest 660 → 570 min for one night; removes a hard violation"), 0.0},
             {QStringLiteral("Add one billing agent on Fri 6 Mar"), QStringLiteral("covers 19 agent-hours short (coverage penalty 100 per agent-interval)"), 7600.0},
             {QStringLiteral("Let Gus work 6 days in a row"), QStringLiteral("maxConsecutiveDays 5 → 6 (soft, weight 10)"), 10.0}});
        w.rosterView()->findChildren<QTabWidget *>().front()->setCurrentIndex(2);
        QTest::qWait(200);
        QVERIFY(w.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/roster-relaxations.png")));
    }
};

QTEST_MAIN(TestRosterGui)
#include "test_roster_gui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// The Work plans tab: the template and break-rule models push one undo command per edit (edit →
// undo → redo restores Project::templates exactly), refuse invalid input with the reason
// (validateTemplates()' own messages), show a template that is already invalid inline and let it
// be repaired, and count shift variants live. Then Solve with work plans through the GUI: the
// template model's shifts with their placed breaks reach the document, the coverage chart, the
// placed-shift table, the project file and Assign Agents. Offscreen.
#include "core/project/projectstore.h"
#include "core/scheduling/templates.h"
#include "ui/charts.h"
#include "ui/commands.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/solverpanel.h"
#include "ui/workplanmodels.h"
#include "ui/workplanview.h"

#include <QApplication>
#include <QStatusBar>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>

using namespace tessera;
using namespace tessera::ui;

Q_DECLARE_METATYPE(std::function<void(tessera::ShiftTemplate &)>)

namespace {

using Edit = std::function<void(ShiftTemplate &)>;

/// A week of 30-min intervals from Monday 3 June 2024 in Berlin (no DST change), explicit demand.
Project weekProject(bool cyclic = false)
{
    Project p;
    p.name = QStringLiteral("work plans");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 30;
    p.cyclic = cyclic;
    p.demand.assign(7 * 48, 0.0);
    return p;
}

/// Weekdays, starts 08:00–09:00 every 30 min, 8 h and 9 h, a 30-min unpaid meal 3:00–5:00 after
/// the start and a paid 30-min break 6:00–7:00 after it for the 9-h shift only.
ShiftTemplate early()
{
    ShiftTemplate t;
    t.id = QStringLiteral("Early");
    t.days = {1, 2, 3, 4, 5};
    t.earliestStartMinutes = 8 * 60;
    t.latestStartMinutes = 9 * 60;
    t.startIncrementMinutes = 30;
    t.lengthsMinutes = {480, 540};
    t.breaks = {BreakRule{30, false, 180, 300, 0, 0}, BreakRule{30, true, 360, 420, 30, 540}};
    t.costPerPaidHour = 20.0;
    return t;
}

struct Fixture {
    ProjectDocument doc;
    WorkPlanModel model{&doc};
    BreakRuleModel rules{&doc};
    explicit Fixture(std::vector<ShiftTemplate> templates = {early()}, bool cyclic = false)
    {
        Project p = weekProject(cyclic);
        p.templates = std::move(templates);
        doc.reset(p, QString());
        rules.setTemplateRow(0);
    }
};

} // namespace

class TestWorkPlansGui : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantCount_data();
    void variantCount();
    void editUndoRedo_data();
    void editUndoRedo();
    void rejectsInvalid_data();
    void rejectsInvalid();
    void breakRuleEdits();
    void invalidTemplateShownAndRepairable();
    void addDuplicateDelete();
    void solveWithWorkPlans();
    void solveReportsInvalidWorkPlans();
};

void TestWorkPlansGui::variantCount_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<bool>("cyclic");
    QTest::addColumn<int>("variants");
    // 3 starts (08:00, 08:30, 09:00) × 2 lengths × 5 weekdays.
    QTest::newRow("3 starts x 2 lengths x 5 weekdays") << Edit([](ShiftTemplate &) {}) << false << 30;
    QTest::newRow("every day") << Edit([](ShiftTemplate &t) { t.days.clear(); }) << false << 42;
    QTest::newRow("hourly: 2 starts") << Edit([](ShiftTemplate &t) { t.startIncrementMinutes = 60; }) << false << 20;
    QTest::newRow("one length") << Edit([](ShiftTemplate &t) { t.lengthsMinutes = {480}; }) << false << 15;
    // Sunday 22:00–23:00 runs past the end of the week: kept only when the week is cyclic.
    const Edit sundayNight = [](ShiftTemplate &t) {
        t.days = {7};
        t.earliestStartMinutes = 22 * 60;
        t.latestStartMinutes = 23 * 60;
        t.lengthsMinutes = {480};
        t.breaks.resize(1);
    };
    QTest::newRow("Sunday night, not cyclic") << sundayNight << false << 0;
    QTest::newRow("Sunday night, cyclic") << sundayNight << true << 3;
}

void TestWorkPlansGui::variantCount()
{
    QFETCH(Edit, edit);
    QFETCH(bool, cyclic);
    QFETCH(int, variants);
    ShiftTemplate t = early();
    edit(t);
    Fixture f({t}, cyclic);
    QCOMPARE(f.model.variantCount(0), variants);
    QCOMPARE(f.model.variantCount(), variants);
    QCOMPARE(f.model.data(f.model.index(0, WorkPlanModel::Variants), Qt::DisplayRole).toString(), QLocale().toString(variants));
    // A second template adds its own variants; the count follows every edit and its undo.
    commands::insertTemplates(&f.doc, 1, {WorkPlanModel::defaultTemplate(f.doc.project(), QStringLiteral("B"))}, QStringLiteral("add"));
    const int b = f.model.variantCount(1);
    QCOMPARE(b, 15); // Mon–Fri, 08:00 and 09:00 and 10:00, 8 h
    QCOMPARE(f.model.variantCount(), variants + b);
    f.doc.undoStack()->undo();
    QCOMPARE(f.model.variantCount(), variants);
}

void TestWorkPlansGui::editUndoRedo_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<Edit>("expected");
    QTest::newRow("id") << int(WorkPlanModel::Id) << QVariant(QStringLiteral(" Morning ")) << Edit([](ShiftTemplate &t) { t.id = QStringLiteral("Morning"); });
    QTest::newRow("days with a range") << int(WorkPlanModel::Days) << QVariant(QStringLiteral("Mon-Wed, Sat"))
                                       << Edit([](ShiftTemplate &t) { t.days = {1, 2, 3, 6}; });
    QTest::newRow("days wrapping the week") << int(WorkPlanModel::Days) << QVariant(QStringLiteral("fri–mon"))
                                            << Edit([](ShiftTemplate &t) { t.days = {1, 5, 6, 7}; });
    QTest::newRow("every day") << int(WorkPlanModel::Days) << QVariant(QString()) << Edit([](ShiftTemplate &t) { t.days.clear(); });
    QTest::newRow("earliest start as QTime") << int(WorkPlanModel::EarliestStart) << QVariant(QTime(7, 30))
                                             << Edit([](ShiftTemplate &t) { t.earliestStartMinutes = 450; });
    QTest::newRow("latest start as text") << int(WorkPlanModel::LatestStart) << QVariant(QStringLiteral("10:00"))
                                          << Edit([](ShiftTemplate &t) { t.latestStartMinutes = 600; });
    QTest::newRow("step") << int(WorkPlanModel::Increment) << QVariant(60) << Edit([](ShiftTemplate &t) { t.startIncrementMinutes = 60; });
    QTest::newRow("lengths h:mm and hours") << int(WorkPlanModel::Lengths) << QVariant(QStringLiteral("8:00, 9.5"))
                                            << Edit([](ShiftTemplate &t) { t.lengthsMinutes = {480, 570}; });
    QTest::newRow("cost") << int(WorkPlanModel::CostPerPaidHour) << QVariant(22.5) << Edit([](ShiftTemplate &t) { t.costPerPaidHour = 22.5; });
    QTest::newRow("evening premium %") << int(WorkPlanModel::EveningPremium) << QVariant(QStringLiteral("15 %"))
                                       << Edit([](ShiftTemplate &t) { t.eveningPremium = 0.15; });
    QTest::newRow("evening window") << int(WorkPlanModel::EveningWindow) << QVariant(QStringLiteral("20:00-06:00"))
                                    << Edit([](ShiftTemplate &t) {
                                           t.eveningFromMinutes = 1200;
                                           t.eveningToMinutes = 360;
                                       });
    QTest::newRow("weekend premium") << int(WorkPlanModel::WeekendPremium) << QVariant(25.0) << Edit([](ShiftTemplate &t) { t.weekendPremium = 0.25; });
    QTest::newRow("weekend days") << int(WorkPlanModel::WeekendDays) << QVariant(QStringLiteral("Fri, Sat"))
                                  << Edit([](ShiftTemplate &t) { t.weekendDays = {5, 6}; });
    QTest::newRow("max per day") << int(WorkPlanModel::MaxPerDay) << QVariant(12) << Edit([](ShiftTemplate &t) { t.maxPerDay = 12; });
    QTest::newRow("groups") << int(WorkPlanModel::Groups) << QVariant(QStringLiteral("agents")) << Edit([](ShiftTemplate &t) { t.groups = {QStringLiteral("agents")}; });
}

void TestWorkPlansGui::editUndoRedo()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(Edit, expected);
    Fixture f;
    const std::vector<ShiftTemplate> before = f.doc.project().templates;
    std::vector<ShiftTemplate> after = before;
    expected(after[0]);
    QSignalSpy changed(&f.doc, &ProjectDocument::changed);
    QSignalSpy rejected(&f.model, &WorkPlanModel::editRejected);
    QVERIFY(f.model.setData(f.model.index(0, column), value, Qt::EditRole));
    QCOMPARE(rejected.count(), 0);
    QVERIFY(f.doc.project().templates == after);
    QCOMPARE(f.doc.undoStack()->count(), 1);
    QCOMPARE(changed.count(), 1); // one signal, from the command
    QCOMPARE(changed.front().front().value<ProjectDocument::Changes>(), ProjectDocument::Changes(ProjectDocument::Templates));
    QVERIFY(f.doc.isModified());
    f.doc.undoStack()->undo();
    QVERIFY(f.doc.project().templates == before);
    f.doc.undoStack()->redo();
    QVERIFY(f.doc.project().templates == after);
    // The cell shows what was entered, re-read from the project.
    QVERIFY(f.model.data(f.model.index(0, column), WorkPlanModel::ErrorRole).toString().isEmpty());
}

void TestWorkPlansGui::rejectsInvalid_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("message");
    // validateTemplates() messages on the 30-min grid.
    QTest::newRow("length off the grid") << int(WorkPlanModel::Lengths) << QVariant(QStringLiteral("7:45, 9:00"))
                                         << QStringLiteral("465 min is not a positive multiple of the 30-min interval up to 24 h");
    QTest::newRow("latest before earliest") << int(WorkPlanModel::LatestStart) << QVariant(QTime(7, 0))
                                            << QStringLiteral("latest start 07:00 is before the earliest start 08:00 or not within the day");
    QTest::newRow("step off the grid") << int(WorkPlanModel::Increment) << QVariant(45)
                                       << QStringLiteral("45 min is not a positive multiple of the 30-min interval");
    QTest::newRow("no length") << int(WorkPlanModel::Lengths) << QVariant(QString()) << QStringLiteral("a template needs at least one shift length");
    QTest::newRow("empty id") << int(WorkPlanModel::Id) << QVariant(QStringLiteral("  ")) << QStringLiteral("a template needs an id");
    QTest::newRow("id used twice") << int(WorkPlanModel::Id) << QVariant(QStringLiteral("Late")) << QStringLiteral("template id 'Late' is used twice");
    // 8-h shift, meal window ending 4:30 + 30 min is fine; a 4-h length leaves it outside.
    QTest::newRow("length too short for the meal") << int(WorkPlanModel::Lengths) << QVariant(QStringLiteral("4, 9"))
                                                   << QStringLiteral("break window (start 180–300 min, 30 min long) lies outside the 240-min shift");
    QTest::newRow("negative cost") << int(WorkPlanModel::CostPerPaidHour) << QVariant(-1.0) << QStringLiteral("cost and premiums must be >= 0");
    // The models' own parsers.
    QTest::newRow("not a weekday") << int(WorkPlanModel::Days) << QVariant(QStringLiteral("Mon, Funday"))
                                   << QStringLiteral("'Funday' is not a weekday (Mon, Tue, … Sun, or ranges like Mon-Fri).");
    QTest::newRow("not a time") << int(WorkPlanModel::EarliestStart) << QVariant(QStringLiteral("8h"))
                                << QStringLiteral("'8h' is not a time of day (HH:mm).");
    QTest::newRow("unknown group") << int(WorkPlanModel::Groups) << QVariant(QStringLiteral("spanish"))
                                   << QStringLiteral("no agent group 'spanish' (the project has: agents)");
    QTest::newRow("max below -1") << int(WorkPlanModel::MaxPerDay) << QVariant(-3) << QStringLiteral("Max / day is a count >= 0, or empty for unlimited.");
}

void TestWorkPlansGui::rejectsInvalid()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, message);
    ShiftTemplate late = early();
    late.id = QStringLiteral("Late");
    Fixture f({early(), late});
    const std::vector<ShiftTemplate> before = f.doc.project().templates;
    QSignalSpy rejected(&f.model, &WorkPlanModel::editRejected);
    QVERIFY(!f.model.setData(f.model.index(0, column), value, Qt::EditRole));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.front().front().toString(), message);
    QVERIFY(f.doc.project().templates == before);
    QCOMPARE(f.doc.undoStack()->count(), 0);
}

void TestWorkPlansGui::breakRuleEdits()
{
    Fixture f;
    QCOMPARE(f.rules.rowCount(), 2);
    QCOMPARE(f.rules.data(f.rules.index(1, BreakRuleModel::AppliesTo), Qt::DisplayRole).toString(), QStringLiteral("9:00"));
    QCOMPARE(f.rules.data(f.rules.index(0, BreakRuleModel::EarliestStart), Qt::DisplayRole).toString(), QStringLiteral("3:00"));
    const std::vector<ShiftTemplate> before = f.doc.project().templates;

    // Meal window from 3:30 (h:mm after the start) and one hour long: one command each.
    QVERIFY(f.rules.setData(f.rules.index(0, BreakRuleModel::EarliestStart), QStringLiteral("3:30"), Qt::EditRole));
    QVERIFY(f.rules.setData(f.rules.index(0, BreakRuleModel::Duration), 60, Qt::EditRole));
    QVERIFY(f.rules.setData(f.rules.index(1, BreakRuleModel::Paid), int(Qt::Unchecked), Qt::CheckStateRole));
    QCOMPARE(f.doc.undoStack()->count(), 3);
    ShiftTemplate expected = early();
    expected.breaks[0].earliestStartMinutes = 210;
    expected.breaks[0].durationMinutes = 60;
    expected.breaks[1].paid = false;
    QVERIFY(f.doc.project().templates[0] == expected);
    // Unpaid time changes the cost: 9 h with 90 unpaid minutes is 7.5 paid hours at 20.
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    f.doc.undoStack()->undo();
    QVERIFY(f.doc.project().templates == before);
    f.doc.undoStack()->redo();
    QCOMPARE(f.doc.project().templates[0].breaks[0].earliestStartMinutes, 210);

    // Refused with the core's message: the window would end past the 8-h shift.
    QSignalSpy rejected(&f.rules, &BreakRuleModel::editRejected);
    QVERIFY(!f.rules.setData(f.rules.index(0, BreakRuleModel::LatestStart), QStringLiteral("8:00"), Qt::EditRole));
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(rejected.back().front().toString(), QStringLiteral("break window (start 210–480 min, 30 min long) lies outside the 480-min shift"));
    QVERIFY(!f.rules.setData(f.rules.index(0, BreakRuleModel::LatestStart), QStringLiteral("4:45"), Qt::EditRole));
    QCOMPARE(rejected.back().front().toString(), QStringLiteral("break times must be non-negative multiples of the 30-min interval"));
    QVERIFY(!f.rules.setData(f.rules.index(0, BreakRuleModel::Duration), QStringLiteral("twenty"), Qt::EditRole));
    QCOMPARE(rejected.back().front().toString(), QStringLiteral("'twenty' is not a duration (h:mm, or a number of minutes)."));
    QCOMPARE(f.doc.undoStack()->count(), 3); // nothing pushed; the two undone edits are still redoable

    // Add, duplicate and delete rules: one command each, all undoable.
    const int index = f.doc.undoStack()->index();
    QVERIFY(f.rules.addRule(0)); // after the meal: a short paid break
    QCOMPARE(f.rules.rowCount(), 3);
    const BreakRule &added = f.doc.project().templates[0].breaks[1];
    QVERIFY(added.paid);
    QCOMPARE(added.durationMinutes, 30); // 15 min rounded up to the 30-min grid
    QVERIFY(f.rules.removeRule(1));
    QCOMPARE(f.rules.rowCount(), 2);
    QVERIFY(f.rules.removeRule(0));
    QCOMPARE(f.doc.project().templates[0].breaks.size(), size_t(1));
    QCOMPARE(f.doc.undoStack()->index(), index + 3);
    while (f.doc.undoStack()->index() > index)
        f.doc.undoStack()->undo();
    QCOMPARE(f.doc.project().templates[0].breaks.size(), size_t(2));
}

void TestWorkPlansGui::invalidTemplateShownAndRepairable()
{
    // A 15-min step is valid on a 15-min grid but not on this 30-min one (e.g. after a forecast
    // import changed the interval): shown inline with validateTemplates()' message.
    ShiftTemplate t = early();
    t.startIncrementMinutes = 15;
    Fixture f({t, early()});
    // Both are called "Early": the first's own problem comes first, the second shows the duplicate.
    const QString message = f.model.data(f.model.index(0, WorkPlanModel::Id), WorkPlanModel::ErrorRole).toString();
    QCOMPARE(message, QStringLiteral("15 min is not a positive multiple of the 30-min interval"));
    QVERIFY(f.model.data(f.model.index(0, WorkPlanModel::Id), Qt::BackgroundRole).isValid());
    QCOMPARE(f.model.data(f.model.index(1, WorkPlanModel::Id), WorkPlanModel::ErrorRole).toString(),
             QStringLiteral("template id 'Early' is used twice"));
    QCOMPARE(f.model.issueMessages(),
             QStringList({QStringLiteral("Early, startIncrement: 15 min is not a positive multiple of the 30-min interval"),
                          QStringLiteral("Early, id: template id 'Early' is used twice")}));
    QCOMPARE(f.model.variantCount(0), -1); // not counted while invalid
    QCOMPARE(f.model.variantCount(), 0);
    // An already invalid template accepts edits, so it can be repaired.
    QVERIFY(f.model.setData(f.model.index(0, WorkPlanModel::Lengths), QStringLiteral("8"), Qt::EditRole));
    QVERIFY(f.model.setData(f.model.index(0, WorkPlanModel::Increment), 30, Qt::EditRole));
    QCOMPARE(f.model.data(f.model.index(0, WorkPlanModel::Id), WorkPlanModel::ErrorRole).toString(),
             QStringLiteral("template id 'Early' is used twice"));
    QVERIFY(f.model.setData(f.model.index(1, WorkPlanModel::Id), QStringLiteral("Early 2"), Qt::EditRole));
    QVERIFY(f.model.issueMessages().isEmpty());
    QCOMPARE(f.model.variantCount(0), 15);
    QCOMPARE(f.model.variantCount(), 15 + 30);
    // A break rule at fault is flagged on its row.
    Fixture g;
    ShiftTemplate bad = early();
    bad.breaks[1].latestStartMinutes = 540; // 9:00 + 30 min past the 9-h shift
    Project p = g.doc.project();
    p.templates = {bad};
    g.doc.reset(p, QString());
    g.rules.setTemplateRow(0);
    QCOMPARE(g.rules.data(g.rules.index(1, BreakRuleModel::Duration), BreakRuleModel::ErrorRole).toString(),
             QStringLiteral("break window (start 360–540 min, 30 min long) lies outside the 540-min shift"));
    QVERIFY(g.rules.data(g.rules.index(0, BreakRuleModel::Duration), BreakRuleModel::ErrorRole).toString().isEmpty());
}

void TestWorkPlansGui::addDuplicateDelete()
{
    ProjectDocument doc;
    doc.reset(weekProject(), QString());
    WorkPlanView view(&doc);
    QVERIFY(view.summaryText().startsWith(QStringLiteral("No work plans")));
    view.addTemplate();
    QCOMPARE(doc.project().templates.size(), size_t(1));
    QVERIFY(view.model()->issueMessages().isEmpty()); // the default plan is valid on this grid
    QCOMPARE(view.model()->variantCount(), 15);
    QVERIFY(view.summaryText().contains(QStringLiteral("15 shift variants on the 7-day horizon")));
    view.selectTemplate(0);
    view.duplicateTemplates();
    QCOMPARE(doc.project().templates.size(), size_t(2));
    QCOMPARE(doc.project().templates[1].id, QStringLiteral("Plan (2)"));
    QCOMPARE(view.model()->variantCount(), 30);
    // An edit resets the model; the current cell and the break rules shown stay on that plan.
    view.templateTable()->setCurrentIndex(view.model()->index(1, WorkPlanModel::Lengths));
    QCOMPARE(view.breakModel()->templateRow(), 1);
    QVERIFY(view.model()->setData(view.model()->index(1, WorkPlanModel::CostPerPaidHour), 30.0, Qt::EditRole));
    QCOMPARE(view.templateTable()->currentIndex(), view.model()->index(1, WorkPlanModel::Lengths));
    QCOMPARE(view.breakModel()->templateRow(), 1);
    doc.undoStack()->undo();
    view.selectTemplate(0);
    view.deleteTemplates();
    QCOMPARE(doc.project().templates.size(), size_t(1));
    QCOMPARE(doc.project().templates[0].id, QStringLiteral("Plan (2)"));
    QCOMPARE(doc.undoStack()->count(), 3);
    QCOMPARE(doc.undoStack()->undoText(), QStringLiteral("Delete 1 work plan(s)"));
    doc.undoStack()->undo();
    QCOMPARE(doc.project().templates.size(), size_t(2));
    view.addStandardPlans();
    QCOMPARE(doc.project().templates.size(), size_t(7));
    QVERIFY2(view.model()->issueMessages().isEmpty(), qPrintable(view.model()->issueMessages().join(QLatin1Char('\n'))));
    doc.undoStack()->undo();
    QCOMPARE(doc.project().templates.size(), size_t(2));
}

void TestWorkPlansGui::solveWithWorkPlans()
{
    // One day, demand 1 agent 08:00–17:00. The only plan: start 08:00, 9 h, a 30-min unpaid meal
    // 4:00–4:30 after the start (12:00 or 12:30), 10 per paid hour. One agent cannot cover their
    // own meal, so the optimum is two agents (2 × 8.5 h × 10 = 170) with the meals staggered:
    // 12:00–12:30 and 12:30–13:00.
    Project p;
    p.name = QStringLiteral("meals");
    p.timeZone = "UTC";
    p.start = QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc());
    p.intervalMinutes = 30;
    p.demand.assign(48, 0.0);
    for (int i = 16; i < 34; ++i)
        p.demand[size_t(i)] = 1.0;
    ShiftTemplate t;
    t.id = QStringLiteral("Day");
    t.earliestStartMinutes = t.latestStartMinutes = 8 * 60;
    t.startIncrementMinutes = 30;
    t.lengthsMinutes = {540};
    t.breaks = {BreakRule{30, false, 240, 270, 0, 0}};
    t.costPerPaidHour = 10.0;
    p.templates = {t};
    p.shifts = {}; // no catalog: Solve must use the work plans
    p.solveTimeLimitSeconds = 30;
    p.roster = p.rosterBase();
    for (const char *id : {"ana", "ben"})
    {
        rostering::Agent a;
        a.id = a.name = QString::fromLatin1(id);
        p.roster.agents.push_back(a);
    }

    qApp->setProperty("tesseraNoDialogs", true);
    MainWindow w;
    w.document()->reset(p, QString());
    QSignalSpy finished(w.solverPanel(), &SolverPanel::solveFinished);
    w.solverPanel()->solve();
    QVERIFY(w.solverPanel()->isSolving()); // off the GUI thread
    QVERIFY(finished.wait(60000));
    const Project &q = w.document()->project();
    QVERIFY(q.lastResult && q.lastResult->hasSolution());
    const SolveResult &r = *q.lastResult;
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 170.0);
    QCOMPARE(r.placedShifts.size(), size_t(2));
    std::vector<Break> meals;
    for (const DecodedShift &s : r.placedShifts) {
        QCOMPARE(s.start, 16);
        QCOMPARE(s.end, 34);
        QCOMPARE(s.breaks.size(), size_t(1));
        QCOMPARE(s.breakPaid, std::vector<bool>{false});
        meals.push_back(s.breaks[0]);
    }
    std::sort(meals.begin(), meals.end(), [](const Break &a, const Break &b) { return a.start < b.start; });
    QCOMPARE(meals[0], (Break{24, 25}));
    QCOMPARE(meals[1], (Break{25, 26}));
    // The coverage chart plots agents on duty: 2 except one on a meal in 12:00–13:00.
    const QVector<double> scheduled = w.coverageChart()->scheduledSeries();
    QCOMPARE(scheduled.size(), 48);
    for (int i = 0; i < 48; ++i)
        QCOMPARE(scheduled[i], i < 16 || i >= 34 ? 0.0 : (i == 24 || i == 25) ? 1.0 : 2.0);
    // The Work plans tab lists them with the placed meal times.
    PlacedShiftModel *placed = w.workPlanView()->placedModel();
    QCOMPARE(placed->rowCount(), 2);
    QCOMPARE(placed->agentCount(), 2);
    QCOMPARE(placed->data(placed->index(0, PlacedShiftModel::Time), Qt::DisplayRole).toString(), QStringLiteral("08:00–17:00"));
    QCOMPARE(placed->data(placed->index(0, PlacedShiftModel::PaidHours), Qt::DisplayRole).toString(), QLocale().toString(8.5, 'f', 2));
    QStringList breakTexts = {placed->data(placed->index(0, PlacedShiftModel::Breaks), Qt::DisplayRole).toString(),
                              placed->data(placed->index(1, PlacedShiftModel::Breaks), Qt::DisplayRole).toString()};
    breakTexts.sort();
    QCOMPARE(breakTexts, QStringList({QStringLiteral("12:00–12:30"), QStringLiteral("12:30–13:00")}));

    // Saved and reopened, the result keeps the break times (schema 5).
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("meals.tessera"));
    w.document()->saveAs(file);
    QVERIFY(ProjectStore::load(file).lastResult->placedShifts == r.placedShifts);

    // Assign Agents rosters the two agents onto those shifts with their meals.
    w.assignAgents(true);
    QTRY_VERIFY_WITH_TIMEOUT(!w.document()->project().roster.assignments.empty(), 60000);
    std::vector<Break> rostered;
    for (const rostering::Assignment &a : w.document()->project().roster.assignments) {
        QCOMPARE(a.start, 16);
        QCOMPARE(a.end, 34);
        QCOMPARE(a.breaks.size(), size_t(1));
        QVERIFY(a.paidBreaks.empty());
        rostered.push_back(a.breaks[0]);
    }
    std::sort(rostered.begin(), rostered.end(), [](const Break &a, const Break &b) { return a.start < b.start; });
    QCOMPARE(rostered, meals);

    // Improve Roster goes on from the planner's edits: one shift deleted, the other moved half an
    // hour. It comes back with both shifts at their scheduled times (penalty 1000 for the
    // unstaffed shift → 0), as one undoable edit.
    rostering::AgentRoster edited = w.document()->project().roster;
    edited.assignments.pop_back();
    edited.assignments[0].start += 1;
    edited.assignments[0].end += 1;
    for (Break &b : edited.assignments[0].breaks) {
        b.start += 1;
        b.end += 1;
    }
    commands::replaceRoster(w.document(), edited, QStringLiteral("hand edit"));
    const int undoBefore = w.document()->undoStack()->count();
    w.improveRoster(true);
    QTRY_COMPARE_WITH_TIMEOUT(w.document()->project().roster.assignments.size(), size_t(2), 60000);
    for (const rostering::Assignment &a : w.document()->project().roster.assignments) {
        QCOMPARE(a.start, 16);
        QCOMPARE(a.end, 34);
    }
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("penalty 1000 → 0")), qPrintable(w.statusBar()->currentMessage()));
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("1 shift(s) of it back")), qPrintable(w.statusBar()->currentMessage()));
    QCOMPARE(w.document()->undoStack()->count(), undoBefore + 1);
    // Nothing left to gain: the roster stays and no edit is pushed.
    w.improveRoster(true);
    QTRY_VERIFY_WITH_TIMEOUT(w.statusBar()->currentMessage().startsWith(QStringLiteral("No better roster")), 60000);
    QCOMPARE(w.document()->undoStack()->count(), undoBefore + 1);
    w.document()->undoStack()->undo();
    QCOMPARE(w.document()->project().roster.assignments.size(), size_t(1));
}

void TestWorkPlansGui::solveReportsInvalidWorkPlans()
{
    // Solve with a plan the grid cannot hold: the job reports the template error as the result's
    // diagnosis (status error), as the catalog solve does for a bad shift.
    Project p = weekProject();
    ShiftTemplate t = early();
    t.startIncrementMinutes = 15;
    p.templates = {t};
    MainWindow w;
    w.document()->reset(p, QString());
    QSignalSpy finished(w.solverPanel(), &SolverPanel::solveFinished);
    w.solverPanel()->solve();
    QVERIFY(finished.wait(30000));
    const SolveResult &r = *w.document()->project().lastResult;
    QCOMPARE(r.status, SolveStatus::Error);
    QCOMPARE(r.diagnosis.size(), size_t(1));
    QCOMPARE(r.diagnosis[0].kind, QStringLiteral("error"));
    QCOMPARE(r.diagnosis[0].message,
             QStringLiteral("field 'templates[0].startIncrement': 15 min is not a positive multiple of the 30-min interval"));
    QVERIFY(r.placedShifts.empty());
}

QTEST_MAIN(TestWorkPlansGui)
#include "test_workplans_gui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Item-model edits go through the undo stack: setData → command → document → model.
#include "core/project/sampleproject.h"
#include "ui/commands.h"
#include "ui/document.h"
#include "ui/shiftcatalogmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace tessera;
using namespace tessera::ui;

Q_DECLARE_METATYPE(tessera::Shift)

namespace {
/// One day, 30-minute intervals, non-cyclic, three shifts.
Project smallProject()
{
    Project p;
    p.name = QStringLiteral("small");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 30;
    p.demand.assign(48, 2.0);
    p.shifts = {{QStringLiteral("early"), 14, 31, {{22, 23}}, 8.0, -1, false},
                {QStringLiteral("late"), 28, 45, {{36, 37}}, 8.0, -1, false},
                {QStringLiteral("mid"), 20, 28, {}, 4.0, 5, true}};
    return p;
}
} // namespace

class TestUndoModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void editCellPushesUndoableCommand_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<tessera::Shift>("expected");
        Shift early = smallProject().shifts[0];
        Shift s = early;
        s.end = s.start + 12; // 6 h
        QTest::newRow("length 6 h") << 0 << int(ShiftCatalogModel::Length) << QVariant(6.0) << s;
        s = early;
        s.start = 19; // 09:30
        s.end = 36;
        s.breaks = {{27, 28}};
        QTest::newRow("start 09:30 moves break along") << 0 << int(ShiftCatalogModel::Start) << QVariant(QTime(9, 30)) << s;
        s = early;
        s.breaks.clear();
        QTest::newRow("break 0 min removes it") << 0 << int(ShiftCatalogModel::BreakLength) << QVariant(0) << s;
        s = early;
        s.breaks = {{22, 24}};
        QTest::newRow("break 60 min") << 0 << int(ShiftCatalogModel::BreakLength) << QVariant(60) << s;
        s = early;
        s.breaks = {{19, 20}};
        QTest::newRow("break at 2.5 h") << 0 << int(ShiftCatalogModel::BreakAt) << QVariant(2.5) << s;
        s = early;
        s.cost = 12.5;
        QTest::newRow("cost") << 0 << int(ShiftCatalogModel::Cost) << QVariant(12.5) << s;
        s = smallProject().shifts[2];
        s.max = -1;
        QTest::newRow("max unlimited") << 2 << int(ShiftCatalogModel::Max) << QVariant(-1) << s;
        s = smallProject().shifts[2];
        s.partTime = false;
        QTest::newRow("part-time off") << 2 << int(ShiftCatalogModel::PartTime) << QVariant(int(Qt::Unchecked)) << s;
        s = smallProject().shifts[1];
        s.id = QStringLiteral("evening");
        QTest::newRow("rename") << 1 << int(ShiftCatalogModel::Id) << QVariant(QStringLiteral("evening")) << s;
    }
    void editCellPushesUndoableCommand()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        QFETCH(tessera::Shift, expected);
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        ShiftCatalogModel model(&doc);
        const Shift before = doc.project().shifts[row];
        const int role = column == ShiftCatalogModel::PartTime ? Qt::CheckStateRole : Qt::EditRole;
        QVERIFY(model.setData(model.index(row, column), value, role));
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.project().shifts[row] == expected);
        QVERIFY(doc.isModified());
        doc.undoStack()->undo();
        QVERIFY(doc.project().shifts[row] == before);
        QVERIFY(!doc.isModified());
        doc.undoStack()->redo();
        QVERIFY(doc.project().shifts[row] == expected);
    }

    void badEditsAreRejected_data()
    {
        QTest::addColumn<int>("row");
        QTest::addColumn<int>("column");
        QTest::addColumn<QVariant>("value");
        QTest::newRow("length not a multiple of 30 min") << 0 << int(ShiftCatalogModel::Length) << QVariant(4.2);
        QTest::newRow("shorter than its break position") << 0 << int(ShiftCatalogModel::Length) << QVariant(4.0);
        QTest::newRow("past the horizon (not cyclic)") << 1 << int(ShiftCatalogModel::Length) << QVariant(12.0);
        QTest::newRow("duplicate name") << 0 << int(ShiftCatalogModel::Id) << QVariant(QStringLiteral("late"));
        QTest::newRow("break outside the shift") << 0 << int(ShiftCatalogModel::BreakAt) << QVariant(9.0);
        QTest::newRow("negative cost") << 0 << int(ShiftCatalogModel::Cost) << QVariant(-1.0);
        QTest::newRow("day outside the horizon") << 0 << int(ShiftCatalogModel::Day) << QVariant(3);
    }
    void badEditsAreRejected()
    {
        QFETCH(int, row);
        QFETCH(int, column);
        QFETCH(QVariant, value);
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        ShiftCatalogModel model(&doc);
        QSignalSpy rejected(&model, &ShiftCatalogModel::editRejected);
        QVERIFY(!model.setData(model.index(row, column), value, Qt::EditRole));
        QCOMPARE(rejected.count(), 1);
        QVERIFY(!rejected.at(0).at(0).toString().isEmpty());
        QCOMPARE(doc.undoStack()->count(), 0);
        QVERIFY(doc.project().shifts == smallProject().shifts);
    }

    void modelShowsLocalTimes()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        ShiftCatalogModel model(&doc);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.data(model.index(0, ShiftCatalogModel::Start), Qt::DisplayRole).toString(), QStringLiteral("07:00"));
        QCOMPARE(model.data(model.index(1, ShiftCatalogModel::Length), Qt::DisplayRole).toDouble(), 8.5);
        QCOMPARE(model.data(model.index(0, ShiftCatalogModel::BreakAt), Qt::DisplayRole).toDouble(), 4.0);
        QCOMPARE(model.data(model.index(2, ShiftCatalogModel::PartTime), Qt::CheckStateRole).toInt(), int(Qt::Checked));
    }

    void insertAndRemoveAreUndoable()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        ShiftCatalogModel model(&doc);
        Shift extra{commands::uniqueShiftId(doc.project().shifts, QStringLiteral("early")), 2, 10, {}, 4.0, -1, true};
        QCOMPARE(extra.id, QStringLiteral("early (2)"));
        commands::insertShifts(&doc, 1, {extra}, QStringLiteral("Add"));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(doc.project().shifts[1].id, QStringLiteral("early (2)"));
        commands::removeShifts(&doc, {0, 2, 2});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(doc.project().shifts[0].id, QStringLiteral("early (2)"));
        QCOMPARE(doc.project().shifts[1].id, QStringLiteral("mid"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(doc.project().shifts == smallProject().shifts);
    }

    void noOpEditsPushNothing()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        commands::setConstraints(&doc, doc.project().constraints, doc.project().coverage);
        commands::setStaffing(&doc, doc.project().staffing);
        commands::editShift(&doc, 0, doc.project().shifts[0]);
        QCOMPARE(doc.undoStack()->count(), 0);
        Constraints c = doc.project().constraints;
        c.maxHeadcount = 7;
        commands::setConstraints(&doc, c, doc.project().coverage);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().constraints.maxHeadcount, 7);
    }

    void staffingEditRecomputesRequiredStaff()
    {
        ProjectDocument doc;
        doc.reset(makeSampleProject(), QString());
        const std::vector<double> before = doc.requiredStaff();
        QSignalSpy changed(&doc, &ProjectDocument::changed);
        StaffingParams s = doc.project().staffing;
        s.shrinkage = 0.0;
        commands::setStaffing(&doc, s);
        QCOMPARE(changed.count(), 1);
        // Monday 10:00: gross = net / (1 - 0.30) before; net afterwards.
        const int t = 48 + 20;
        QVERIFY(before[t] > 0);
        QCOMPARE(doc.requiredStaff()[t], doc.requirements()[t].netAgents);
        QVERIFY(qAbs(before[t] - doc.requiredStaff()[t] / 0.7) < 1e-9);
        doc.undoStack()->undo();
        QVERIFY(doc.requiredStaff() == before);
    }

    void staffingEditsTheSelectedQueue()
    {
        Project p = makeSampleProject();
        p.queueName = QStringLiteral("voice");
        StaffingParams chat;
        chat.channel = Channel::Chat;
        chat.concurrency = 2;
        p.moreQueues = {Queue{QStringLiteral("chat"), chat, p.forecast}};
        ProjectDocument doc;
        doc.reset(p, QString());
        const int t = 48 + 20; // Monday 10:00
        const double voice = doc.requirements()[t].grossAgents;
        QCOMPARE(doc.selectedQueue(), 0);
        doc.setSelectedQueue(1);
        QCOMPARE(doc.queueLabel(1), QStringLiteral("chat"));
        QCOMPARE(doc.undoStack()->count(), 0); // choosing a queue is not an edit
        const double chatGross = doc.requirements()[t].grossAgents;
        QCOMPARE(chatGross, voice / 2); // same traffic, two chats per agent
        QCOMPARE(doc.requiredStaff()[t], voice + chatGross);
        StaffingParams s = doc.selectedStaffing();
        s.concurrency = 4;
        commands::setStaffing(&doc, s);
        QCOMPARE(doc.project().moreQueues[0].staffing.concurrency, 4);
        QCOMPARE(doc.project().staffing.concurrency, 1); // the first queue is untouched
        QCOMPARE(doc.requiredStaff()[t], voice + voice / 4);
        doc.setSelectedQueue(0); // undo still targets the queue it edited
        doc.undoStack()->undo();
        QCOMPARE(doc.project().moreQueues[0].staffing.concurrency, 2);
    }

    void resultGoesStaleAfterEdit()
    {
        ProjectDocument doc;
        doc.reset(smallProject(), QString());
        ShiftCatalogModel model(&doc);
        SolveResult r;
        r.status = SolveStatus::Optimal;
        r.shiftIds = {QStringLiteral("late"), QStringLiteral("early"), QStringLiteral("mid")};
        r.shiftCounts = {4, 3, 0};
        doc.setResult(r);
        QVERIFY(!doc.isResultStale());
        // Agents per shift are matched by id, not by position.
        QCOMPARE(model.data(model.index(0, ShiftCatalogModel::Scheduled), Qt::DisplayRole).toInt(), 3);
        QCOMPARE(model.data(model.index(1, ShiftCatalogModel::Scheduled), Qt::DisplayRole).toInt(), 4);
        Shift s = doc.project().shifts[0];
        s.cost = 9;
        commands::editShift(&doc, 0, s);
        QVERIFY(doc.isResultStale());
    }
};

QTEST_MAIN(TestUndoModels)
#include "test_undo_models.moc"

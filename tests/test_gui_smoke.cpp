// SPDX-License-Identifier: GPL-3.0-or-later
// Offscreen smoke test of the real main window: open the sample, solve, read the coverage chart.
#include "core/project/projectstore.h"
#include "ui/charts.h"
#include "ui/mainwindow.h"
#include "ui/solverpanel.h"

#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using namespace tessera::ui;

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { qApp->setProperty("tesseraNoDialogs", true); }

    void sampleSolvesAndShowsCoverage()
    {
        MainWindow w;
        w.openSample();
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const int T = w.document()->project().intervalCount();
        QCOMPARE(T, 7 * 48);
        QCOMPARE(w.coverageChart()->requiredSeries().size(), T);
        QCOMPARE(w.coverageChart()->observedSeries().size(), T);
        QVERIFY(w.coverageChart()->scheduledSeries().isEmpty());

        QSignalSpy finished(w.solverPanel(), &SolverPanel::solveFinished);
        w.solverPanel()->solve();
        QVERIFY(w.solverPanel()->isSolving());
        QVERIFY(finished.wait(120000));
        const SolveResult r = finished.at(0).at(0).value<SolveResult>();
        QCOMPARE(r.status, SolveStatus::Optimal);

        const QVector<double> scheduled = w.coverageChart()->scheduledSeries();
        const QVector<double> required = w.coverageChart()->requiredSeries();
        QCOMPARE(scheduled.size(), T);
        double total = 0;
        for (int t = 0; t < T; ++t) {
            total += scheduled[t];
            QVERIFY2(scheduled[t] + 1e-9 >= required[t], qPrintable(QStringLiteral("interval %1 under-covered").arg(t)));
        }
        QVERIFY(total > 0);
        // The observed line is the bank's real busy agents: positive on a weekday afternoon.
        const QVector<double> observed = w.coverageChart()->observedSeries();
        QVERIFY(observed[48 + 2 * 14] > 1.0); // Monday 14:00
        QVERIFY(w.document()->isModified());
    }

    void savedSolutionReopensIdentically()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("week.tessera"));
        QVector<double> before;
        {
            MainWindow w;
            w.openSample();
            QSignalSpy finished(w.solverPanel(), &SolverPanel::solveFinished);
            w.solverPanel()->solve();
            QVERIFY(finished.wait(120000));
            before = w.coverageChart()->scheduledSeries();
            w.document()->saveAs(path);
            QVERIFY(!w.document()->isModified());
        }
        MainWindow w2;
        QVERIFY(w2.openFile(path));
        QCOMPARE(w2.coverageChart()->scheduledSeries(), before);
        QVERIFY(!w2.document()->isModified());
    }

    void corruptFileKeepsCurrentProject()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.tessera"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database");
        f.close();
        MainWindow w;
        w.openSample();
        const QString name = w.document()->project().name;
        QVERIFY(!w.openFile(path));
        QCOMPARE(w.document()->project().name, name);
        QCOMPARE(w.document()->project().intervalCount(), 336);
    }
};

QTEST_MAIN(TestGuiSmoke)
#include "test_gui_smoke.moc"

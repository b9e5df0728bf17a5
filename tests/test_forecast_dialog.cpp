// SPDX-License-Identifier: GPL-3.0-or-later
// The "Forecast from history" dialog on the bundled Anonymous Bank February: back-test figures,
// what-if, and applying the forecast as one undoable edit.
#include "core/project/sampleproject.h"
#include "ui/document.h"
#include "ui/forecastdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QtTest>

#include <numeric>

using namespace tessera;
using namespace tessera::ui;

namespace {
double totalOffered(const std::vector<ForecastInterval> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0, [](double s, const ForecastInterval &f) { return s + f.offered; });
}
} // namespace

class TestForecastDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backtestAndApply()
    {
        ProjectDocument doc;
        doc.reset(makeSampleProject(), QString());
        ForecastDialog dialog(&doc);
        QVERIFY(dialog.loadHistory(QStringLiteral(":/sample/anonymous-bank-1999-02-01-4weeks.csv"), "Asia/Jerusalem"));
        // Default: moving average of 3 weeks, 1 week held back (22–28 Feb from 1–21 Feb).
        const forecasting::Backtest b = dialog.runBacktest();
        QCOMPARE(b.intervals, 336);
        QVERIFY(qAbs(b.wape - 0.23569922698524243) < 1e-12); // test_forecasting: verified in python3
        // What-if +10 % volume on the forecast of 1–7 March (mean of weeks 2–4 of February).
        const IntervalForecast plain = dialog.forecastToApply();
        QCOMPARE(int(plain.intervals.size()), 336);
        QCOMPARE(plain.start, QDateTime(QDate(1999, 3, 1), QTime(0, 0), QTimeZone("Asia/Jerusalem")));
        auto *volume = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("volumePercent"));
        QVERIFY(volume);
        volume->setValue(10.0);
        const IntervalForecast more = dialog.forecastToApply();
        QVERIFY(qAbs(totalOffered(more.intervals) - 1.1 * totalOffered(plain.intervals)) < 1e-6);

        const Project before = doc.project();
        dialog.apply();
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.project().intervalCount(), 336);
        QCOMPARE(doc.project().effectiveStart(), plain.start);
        QVERIFY(qAbs(totalOffered(doc.project().forecast) - totalOffered(more.intervals)) < 1e-6);
        QVERIFY(!doc.project().shifts.empty());
        doc.undoStack()->undo();
        QVERIFY(doc.project().forecast == before.forecast);
        QCOMPARE(doc.project().effectiveStart(), before.effectiveStart());
    }

    void badHistoryIsReported()
    {
        ProjectDocument doc;
        doc.reset(makeSampleProject(), QString());
        ForecastDialog dialog(&doc);
        QVERIFY(!dialog.loadHistory(QStringLiteral("/nonexistent/history.csv"), "UTC"));
        QCOMPARE(dialog.runBacktest().intervals, 0);
        dialog.apply();
        QCOMPARE(doc.undoStack()->count(), 0);
    }
};

QTEST_MAIN(TestForecastDialog)
#include "test_forecast_dialog.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// Resampling interval forecasts between grids: volume is conserved, AHT stays workload-weighted.
#include "core/error.h"
#include "core/io/forecastcsv.h"

#include <QtTest>

#include <numeric>

using namespace tessera;

namespace {
IntervalForecast series(int minutes, std::vector<ForecastInterval> v)
{
    IntervalForecast f;
    f.start = QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::utc());
    f.intervalMinutes = minutes;
    f.intervals = std::move(v);
    return f;
}
double total(const IntervalForecast &f)
{
    return std::accumulate(f.intervals.begin(), f.intervals.end(), 0.0,
                           [](double s, const ForecastInterval &i) { return s + i.offered; });
}
} // namespace

class TestResample : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void grids_data()
    {
        QTest::addColumn<int>("from");
        QTest::addColumn<int>("to");
        QTest::addColumn<std::vector<double>>("offered");
        QTest::addColumn<std::vector<double>>("aht");
        // Source: 4 × 15 min: 10 @ 100 s, 30 @ 200 s, 0, 20 @ 300 s.
        QTest::newRow("15 → 30 sums pairs") << 15 << 30 << std::vector<double>{40, 20}
                                            << std::vector<double>{(10 * 100 + 30 * 200) / 40.0, 300};
        QTest::newRow("15 → 60 sums all") << 15 << 60 << std::vector<double>{60}
                                          << std::vector<double>{(10 * 100 + 30 * 200 + 20 * 300) / 60.0};
        QTest::newRow("15 → 5 splits in three") << 15 << 5
                                                << std::vector<double>{10 / 3.0, 10 / 3.0, 10 / 3.0, 10, 10, 10, 0, 0, 0, 20 / 3.0, 20 / 3.0, 20 / 3.0}
                                                << std::vector<double>{100, 100, 100, 200, 200, 200, 300, 300, 300, 300, 300, 300};
        QTest::newRow("15 → 15 identity") << 15 << 15 << std::vector<double>{10, 30, 0, 20}
                                          << std::vector<double>{100, 200, 300, 300};
    }
    void grids()
    {
        QFETCH(int, from);
        QFETCH(int, to);
        QFETCH(std::vector<double>, offered);
        QFETCH(std::vector<double>, aht);
        const IntervalForecast f = series(from, {{10, 100}, {30, 200}, {0, 300}, {20, 300}});
        const int count = int(offered.size());
        const IntervalForecast r = resampleForecast(f, f.start, to, count);
        QCOMPARE(int(r.intervals.size()), count);
        for (int k = 0; k < count; ++k) {
            QVERIFY2(qAbs(r.intervals[k].offered - offered[k]) < 1e-9, qPrintable(QStringLiteral("offered[%1]").arg(k)));
            QVERIFY2(qAbs(r.intervals[k].ahtSeconds - aht[k]) < 1e-9, qPrintable(QStringLiteral("aht[%1]").arg(k)));
        }
        QVERIFY(qAbs(total(r) - 60.0) < 1e-9); // volume conserved
    }

    void offsetGridKeepsVolumeInsideTheSpan()
    {
        // 60-minute source 08:00–10:00 onto 30-minute target 08:30–10:30: 08:00–08:30 falls outside.
        const IntervalForecast f = series(60, {{40, 120}, {80, 240}});
        const IntervalForecast r = resampleForecast(f, f.start.addSecs(1800), 30, 4);
        QCOMPARE(r.intervals[0].offered, 20.0);
        QCOMPARE(r.intervals[1].offered, 40.0);
        QCOMPARE(r.intervals[2].offered, 40.0);
        QCOMPARE(r.intervals[3].offered, 0.0);
        QCOMPARE(total(r), 100.0);
    }

    void historyAndAbandoned()
    {
        IntervalForecast f = series(15, {{10, 100, 2.0}, {30, 200, 4.0}, {0, 300, std::nan("")}, {20, 300, 1.0}});
        f.abandoned = {1, 2, 0, 3};
        const IntervalForecast coarse = resampleForecast(f, f.start, 30, 2);
        QCOMPARE(coarse.intervals[0].observedBusy, 3.0); // time-average of 2 and 4
        QCOMPARE(coarse.intervals[1].observedBusy, 0.5); // unknown half counts as none observed
        QCOMPARE(coarse.abandoned, std::vector<int>({3, 3}));
        const IntervalForecast fine = resampleForecast(f, f.start, 5, 12);
        QVERIFY(fine.abandoned.empty()); // cannot split whole contacts
        QCOMPARE(fine.warnings.size(), 1);
    }

    void toProjectLength()
    {
        // 15-minute rows from 08:15 (four of them, to 09:15) onto 30-minute intervals: 08:00–09:30.
        IntervalForecast f = series(15, {{10, 100}, {30, 200}, {0, 300}, {20, 300}});
        f.start = QDateTime(QDate(2026, 3, 2), QTime(8, 15), QTimeZone("Europe/Berlin"));
        const IntervalForecast r = resampleToLength(f, 30);
        QCOMPARE(r.start, QDateTime(QDate(2026, 3, 2), QTime(8, 0), QTimeZone("Europe/Berlin")));
        QCOMPARE(int(r.intervals.size()), 3);
        QCOMPARE(r.intervals[0].offered, 10.0);
        QCOMPARE(r.intervals[1].offered, 30.0);
        QCOMPARE(r.intervals[2].offered, 20.0);
    }

    void columnMapping()
    {
        // A planner's own export: other names, semicolons, a skill column.
        const QByteArray csv = "Start;Skill;Calls;AHT\n"
                               "2026-03-02 09:00;billing;10;200\n"
                               "2026-03-02 09:00;sales;30;100\n"
                               "2026-03-02 09:30;billing;20;300\n";
        const ForecastColumns guessed = ForecastColumns::guess({"Start", "Skill", "Calls", "AHT"});
        QCOMPARE(guessed.intervalStart, QStringLiteral("Start"));
        QCOMPARE(guessed.offered, QStringLiteral("Calls"));
        QCOMPARE(guessed.ahtSeconds, QStringLiteral("AHT"));
        QCOMPARE(guessed.queue, QStringLiteral("Skill"));
        QVERIFY(guessed.observedBusy.isEmpty());
        const ForecastColumns spec = ForecastColumns::parse(QStringLiteral("interval_start=Start,offered=Calls,aht_seconds=AHT,queue=Skill"));
        const IntervalForecast f = parseForecastCsv(csv, QStringLiteral("export.csv"), QTimeZone::utc(), 0, spec);
        QCOMPARE(int(f.intervals.size()), 2);
        QCOMPARE(f.intervals[0].offered, 40.0);
        QCOMPARE(f.intervals[0].ahtSeconds, (10 * 200 + 30 * 100) / 40.0);
        QCOMPARE(f.queues, QStringList({"billing", "sales"}));
        // Without the mapping the file is refused, naming the missing column.
        try {
            parseForecastCsv(csv, QStringLiteral("export.csv"), QTimeZone::utc());
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.field(), QStringLiteral("interval_start"));
            QCOMPARE(e.row(), 1);
        }
        try {
            ForecastColumns::parse(QStringLiteral("volume=Calls"));
            QFAIL("accepted");
        } catch (const InputError &e) {
            QCOMPARE(e.field(), QStringLiteral("--columns"));
        }
    }

    void queuesOnOneGrid()
    {
        const QByteArray csv = "interval_start,queue,offered,aht_seconds\n"
                               "2026-03-02 09:00,a,60,100\n"
                               "2026-03-02 10:00,a,30,100\n"
                               "2026-03-02 09:30,b,10,50\n"
                               "2026-03-02 09:45,b,10,70\n";
        const auto queues = parseForecastCsvByQueue(csv, QStringLiteral("q.csv"), QTimeZone::utc());
        QCOMPARE(int(queues.size()), 2);
        QCOMPARE(queues[0].first, QStringLiteral("a"));
        for (const auto &[name, f] : queues) {
            QCOMPARE(f.intervalMinutes, 15); // the finest step of any queue
            QCOMPARE(f.start, QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc()));
            QCOMPARE(int(f.intervals.size()), 8); // 09:00–11:00
        }
        QCOMPARE(total(queues[0].second), 90.0);
        QCOMPARE(queues[0].second.intervals[0].offered, 15.0);
        QCOMPARE(total(queues[1].second), 20.0);
        QCOMPARE(queues[1].second.intervals[2].offered, 10.0);
        QCOMPARE(queues[1].second.intervals[3].ahtSeconds, 70.0);
    }
};

QTEST_MAIN(TestResample)
#include "test_resample.moc"

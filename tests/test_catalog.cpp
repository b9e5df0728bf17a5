// SPDX-License-Identifier: GPL-3.0-or-later
// The generated week catalog, the bundled sample, and putting an imported forecast into a project.
#include "core/io/forecastcsv.h"
#include "core/project/sampleproject.h"

#include <QtTest>

using namespace tessera;

class TestCatalog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void catalogFollowsLocalTimeAcrossDst_data()
    {
        QTest::addColumn<QString>("zone");
        QTest::addColumn<QDate>("sunday");
        QTest::addColumn<int>("intervalMinutes");
        QTest::addColumn<int>("expectedShifts");
        // 7 days × 24 start hours × (FT + PT); on the spring-forward day 02:00 does not exist.
        QTest::newRow("Berlin, DST starts Sun 29 Mar 2026") << "Europe/Berlin" << QDate(2026, 3, 29) << 30 << 7 * 48 - 2;
        QTest::newRow("Berlin, ordinary week") << "Europe/Berlin" << QDate(2026, 3, 8) << 30 << 7 * 48;
        QTest::newRow("Jerusalem, 15 min") << "Asia/Jerusalem" << QDate(1999, 2, 7) << 15 << 7 * 48;
    }
    void catalogFollowsLocalTimeAcrossDst()
    {
        QFETCH(QString, zone);
        QFETCH(QDate, sunday);
        QFETCH(int, intervalMinutes);
        QFETCH(int, expectedShifts);
        const QTimeZone tz(zone.toUtf8());
        const QDateTime start(sunday, QTime(0, 0), tz);
        const QDateTime end(sunday.addDays(7), QTime(0, 0), tz);
        const IntervalGrid grid(start, intervalMinutes, int(start.secsTo(end) / (intervalMinutes * 60)));
        const std::vector<Shift> shifts = generateWeekCatalog(grid);
        QCOMPARE(int(shifts.size()), expectedShifts);
        for (const Shift &s : shifts) {
            // Every shift starts on a whole local hour and its id names that local time.
            const QDateTime local = grid.intervalStart(s.start).toTimeZone(tz);
            QCOMPARE(local.time().minute(), 0);
            QVERIFY2(s.id.contains(local.toString(QStringLiteral("HH:mm"))), qPrintable(s.id));
            const int perHour = 60 / intervalMinutes;
            if (s.partTime) {
                QCOMPARE(s.end - s.start, 4 * perHour);
                QVERIFY(s.breaks.empty());
                QCOMPARE(s.cost, 4.0);
            } else {
                QCOMPARE(s.end - s.start, 8 * perHour + 30 / intervalMinutes); // 8 paid hours + meal
                QCOMPARE(int(s.breaks.size()), 1);
                QCOMPARE(s.breaks[0].start - s.start, 4 * perHour);
                QCOMPARE(s.cost, 8.0);
            }
        }
        // Monday 07:00 local, whatever DST did on Sunday.
        const QDateTime mondaySeven(sunday.addDays(1), QTime(7, 0), tz);
        const auto it = std::find_if(shifts.begin(), shifts.end(), [&](const Shift &s) { return s.id == QLatin1String("Mon 07:00 FT"); });
        QVERIFY(it != shifts.end());
        QCOMPARE(grid.intervalStart(it->start), mondaySeven);
    }

    void sampleProject()
    {
        const Project p = makeSampleProject();
        QCOMPARE(p.timeZone, QByteArray("Asia/Jerusalem"));
        QCOMPARE(p.intervalCount(), 336);
        QVERIFY(p.cyclic);
        QCOMPARE(p.effectiveStart(), QDateTime(QDate(1999, 2, 7), QTime(0, 0), QTimeZone("Asia/Jerusalem")));
        double offered = 0;
        for (const ForecastInterval &f : p.forecast)
            offered += f.offered;
        QCOMPARE(offered, 7964.0); // PROVENANCE.md: offered calls in the week
        QCOMPARE(int(p.shifts.size()), 336);
        // Monday 10:00–10:30 (interval 68): 87 calls, AHT from the file; Erlang C at 80/20 needs
        // more agents than the bank had busy, and gross = net / 0.7.
        const std::vector<IntervalRequirement> req = p.requirements();
        QVERIFY(req[68].netAgents > p.forecast[68].observedBusy);
        QCOMPARE(p.requiredStaff()[68], req[68].netAgents / 0.7);
    }

    void importKeepsOrRegeneratesCatalog()
    {
        const QTimeZone tz("Europe/Berlin");
        IntervalForecast f;
        f.start = QDateTime(QDate(2026, 3, 2), QTime(0, 0), tz);
        f.intervalMinutes = 60;
        f.intervals.assign(24, ForecastInterval{10, 180});
        Project p;
        QVERIFY(applyImportedForecast(p, f, "Europe/Berlin")); // empty catalog: generated
        QVERIFY(!p.cyclic);
        // One day, hourly starts: shifts that would run past midnight are left out.
        for (const Shift &s : p.shifts)
            QVERIFY(s.end <= 24);
        QCOMPARE(int(p.shifts.size()), (24 - 8) + (24 - 3)); // FT 8.5 h → starts 0..15; PT 4 h → 0..20
        p.shifts.resize(3);
        f.intervals[5].offered = 99;
        QVERIFY(!applyImportedForecast(p, f, "Europe/Berlin")); // same grid: catalog kept
        QCOMPARE(int(p.shifts.size()), 3);
        QCOMPARE(p.forecast[5].offered, 99.0);
        f.intervals.resize(48);
        QVERIFY(applyImportedForecast(p, f, "Europe/Berlin")); // horizon changed
        QVERIFY(int(p.shifts.size()) > 3);
    }
};

QTEST_MAIN(TestCatalog)
#include "test_catalog.moc"

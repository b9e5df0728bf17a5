// SPDX-License-Identifier: GPL-3.0-or-later
// Aggregating per-call records (Technion "Anonymous Bank" layout) into interval forecasts.
//
// Expected values for tests/data/anonymous-bank-excerpt.txt were computed independently with a
// short Python script (csv.DictReader over the TAB-separated excerpt, applying the rules of
// core/io/callrecords.h: PHANTOM dropped, HANG with q_start 0:00:00 not offered, offered at
// vru_exit, AHT = mean ser_time of served arrivals, busy = seconds of service inside the interval).
// The same script over the full February file reproduces the shipped sample CSV and the counts in
// resources/sample/PROVENANCE.md.
#include "core/error.h"
#include "core/io/callrecords.h"
#include "core/io/forecastcsv.h"

#include <QtTest>

#include <cmath>

using namespace tessera;

namespace {
const QTimeZone kJerusalem("Asia/Jerusalem");
const QString kExcerpt = QStringLiteral(TESSERA_TEST_DATA "/anonymous-bank-excerpt.txt");

const QByteArray kHeader = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\t"
                           "q_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\n";

/// One record in the Anonymous Bank layout (only the columns the importer reads vary).
QByteArray record(const char *date, const char *vruExit, const char *qStart, const char *outcome, const char *serStart,
                  const char *serTime)
{
    return QByteArray("AA0101\t1\t0\t0\tPS\t") + date + "\t" + vruExit + "\t" + vruExit + "\t0\t" + qStart + "\t0:00:00\t0\t"
        + outcome + "\t" + serStart + "\t0:00:00\t" + serTime + "\tX\n";
}

bool close(double a, double b)
{
    return std::fabs(a - b) <= 1e-12 * std::max(1.0, std::fabs(b));
}
} // namespace

class TestCallRecords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excerptStats_data();
    void excerptStats();
    void excerptIntervals_data();
    void excerptIntervals();
    void rulesOnSmallFile();
    void localTimeOnDstDays_data();
    void localTimeOnDstDays();
    void malformedRows_data();
    void malformedRows();
    void badWindow();
    void regeneratesShippedSample();
};

void TestCallRecords::excerptStats_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<int>("offered");
    QTest::addColumn<int>("served");
    QTest::addColumn<int>("abandoned");
    QTest::addColumn<int>("outside");
    // All 59 records are on Mon 1 Feb 1999: 1 VRU hang-up, 8 queue abandonments, 50 served.
    QTest::newRow("1 Feb, 1 day, 30 min") << QDate(1999, 2, 1) << 1 << 30 << 48 << 58 << 50 << 8 << 0;
    QTest::newRow("1 Feb, 7 days, 15 min") << QDate(1999, 2, 1) << 7 << 15 << 672 << 58 << 50 << 8 << 0;
    QTest::newRow("31 Jan, 2 days, 60 min") << QDate(1999, 1, 31) << 2 << 60 << 48 << 58 << 50 << 8 << 0;
    QTest::newRow("2 Feb: all outside") << QDate(1999, 2, 2) << 1 << 30 << 48 << 0 << 0 << 0 << 58;
    QTest::newRow("31 Jan, 1 day: all outside") << QDate(1999, 1, 31) << 1 << 30 << 48 << 0 << 0 << 0 << 58;
}

void TestCallRecords::excerptStats()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(int, minutes);
    QFETCH(int, intervals);
    QFETCH(int, offered);
    QFETCH(int, served);
    QFETCH(int, abandoned);
    QFETCH(int, outside);
    const CallRecordAggregate a = aggregateCallRecords(kExcerpt, kJerusalem, from, days, minutes);
    QCOMPARE(a.stats.records, 59);
    QCOMPARE(a.stats.phantom, 0);
    QCOMPARE(a.stats.vruHangups, 1);
    QCOMPARE(a.stats.offered, offered);
    QCOMPARE(a.stats.served, served);
    QCOMPARE(a.stats.abandoned, abandoned);
    QCOMPARE(a.stats.outsideWindow, outside);
    QCOMPARE(int(a.forecast.intervals.size()), intervals);
    QCOMPARE(int(a.forecast.abandoned.size()), intervals);
    QCOMPARE(a.forecast.intervalMinutes, minutes);
    QCOMPARE(a.forecast.start, QDateTime(from, QTime(0, 0), kJerusalem));
    double sumOffered = 0;
    int sumAbandoned = 0;
    for (int i = 0; i < intervals; ++i) {
        sumOffered += a.forecast.intervals[i].offered;
        sumAbandoned += a.forecast.abandoned[i];
    }
    QCOMPARE(sumOffered, double(offered));
    QCOMPARE(sumAbandoned, abandoned);
}

void TestCallRecords::excerptIntervals_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("index");
    QTest::addColumn<double>("offered");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("busySeconds");
    QTest::addColumn<int>("abandoned");
    // 08:30–09:00: arrivals 8:39:53 (148 s), 8:48:54 (77 s), 8:55:07 (376 s, service runs to
    // 9:01:33, so 283 s fall here); plus 294 s of the 8:29 arrival served from 8:30:19.
    QTest::newRow("30 min, 08:30") << 30 << 17 << 3.0 << (148 + 77 + 376) / 3.0 << 802.0 << 0;
    QTest::newRow("30 min, 08:00") << 30 << 16 << 3.0 << 199.0 << 104.0 << 1;
    QTest::newRow("30 min, 09:30") << 30 << 19 << 4.0 << (96 + 819 + 158) / 3.0 << 1073.0 << 1;
    QTest::newRow("30 min, 07:00") << 30 << 14 << 1.0 << 166.0 << 166.0 << 0;
    QTest::newRow("30 min, 17:00 (only a VRU hang-up)") << 30 << 34 << 0.0 << 0.0 << 0.0 << 0;
    QTest::newRow("30 min, 19:00") << 30 << 38 << 2.0 << 2.0 << 2.0 << 1;
    QTest::newRow("60 min, 08:00") << 60 << 8 << 6.0 << 199.8 << 906.0 << 1;
    QTest::newRow("60 min, 03:00 (night)") << 60 << 3 << 0.0 << 0.0 << 0.0 << 0;
}

void TestCallRecords::excerptIntervals()
{
    QFETCH(int, minutes);
    QFETCH(int, index);
    QFETCH(double, offered);
    QFETCH(double, aht);
    QFETCH(double, busySeconds);
    QFETCH(int, abandoned);
    const CallRecordAggregate a = aggregateCallRecords(kExcerpt, kJerusalem, QDate(1999, 2, 1), 1, minutes);
    const ForecastInterval &fi = a.forecast.intervals.at(index);
    QCOMPARE(fi.offered, offered);
    QVERIFY2(close(fi.ahtSeconds, aht), qPrintable(QString::number(fi.ahtSeconds, 'g', 17)));
    QVERIFY2(close(fi.observedBusy, busySeconds / (minutes * 60.0)), qPrintable(QString::number(fi.observedBusy, 'g', 17)));
    QCOMPARE(a.forecast.abandoned.at(index), abandoned);
}

void TestCallRecords::rulesOnSmallFile()
{
    QByteArray data = kHeader;
    data += record("990201", "9:00:00", "9:00:01", "PHANTOM", "0:00:00", "0");        // dropped
    data += record("990201", "9:10:00", "0:00:00", "HANG", "0:00:00", "0");           // VRU hang-up
    data += record("990201", "10:05:00", "10:05:00", "HANG", "0:00:00", "0");         // abandoned: 10:00 all abandoned
    data += record("990201", "10:40:00", "0:00:00", "AGENT", "10:40:00", "100");      // served (no queue)
    data += record("990201", "10:50:00", "10:50:00", "AGENT", "10:59:00", "300");     // served, 60 s + 240 s
    data += record("990201", "23:59:00", "23:59:00", "AGENT", "0:01:00", "120");      // served after midnight
    data += record("990203", "8:00:00", "8:00:00", "AGENT", "8:00:00", "50");         // outside the window
    data += record("990201", "11:00:00", "11:00:00", "PHANTOM", "xx", "yy");         // dropped before parsing
    const CallRecordAggregate a =
        aggregateCallRecords(data, QStringLiteral("small.txt"), kJerusalem, QDate(1999, 2, 1), 2, 30);
    QCOMPARE(a.stats.records, 8);
    QCOMPARE(a.stats.phantom, 2);
    QCOMPARE(a.stats.vruHangups, 1);
    QCOMPARE(a.stats.outsideWindow, 1);
    QCOMPARE(a.stats.offered, 4);
    QCOMPARE(a.stats.served, 3);
    QCOMPARE(a.stats.abandoned, 1);
    const auto &iv = a.forecast.intervals;
    QCOMPARE(int(iv.size()), 96);
    QCOMPARE(iv[18].offered, 0.0); // 09:00: phantom and VRU hang-up are not offered
    QCOMPARE(iv[20].offered, 1.0); // 10:00: one abandoned call, AHT = the window's mean (100+300+120)/3
    QVERIFY(close(iv[20].ahtSeconds, 520.0 / 3.0));
    QCOMPARE(a.forecast.abandoned[20], 1);
    QCOMPARE(iv[20].observedBusy, 0.0);
    QCOMPARE(iv[21].offered, 2.0); // 10:30: AHT (100 + 300) / 2
    QCOMPARE(iv[21].ahtSeconds, 200.0);
    QVERIFY(close(iv[21].observedBusy, (100 + 60) / 1800.0));
    QVERIFY(close(iv[22].observedBusy, 240 / 1800.0)); // 11:00: the rest of the 10:59 service
    QCOMPARE(iv[47].offered, 1.0);                      // 23:30 arrival...
    QCOMPARE(iv[47].ahtSeconds, 120.0);
    QCOMPARE(iv[47].observedBusy, 0.0);
    QVERIFY(close(iv[48].observedBusy, 120 / 1800.0)); // ...served at 00:01 the next day
    QCOMPARE(iv[0].ahtSeconds, 0.0);                    // idle interval
}

void TestCallRecords::localTimeOnDstDays_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("intervals");
    QTest::addColumn<int>("index"); // hour interval holding a call at 10:00:30 local
    // Asia/Jerusalem 1999: DST began Fri 2 Apr (02:00 → 03:00) and ended Fri 3 Sep (01:00 twice).
    QTest::newRow("normal day") << QDate(1999, 2, 1) << 24 << 10;
    QTest::newRow("spring forward, 23 h") << QDate(1999, 4, 2) << 23 << 9;
    QTest::newRow("fall back, 25 h") << QDate(1999, 9, 3) << 25 << 11;
}

void TestCallRecords::localTimeOnDstDays()
{
    QFETCH(QDate, day);
    QFETCH(int, intervals);
    QFETCH(int, index);
    const QByteArray date = day.toString(QStringLiteral("yyMMdd")).toLatin1();
    const QByteArray data = kHeader + record(date.constData(), "10:00:30", "10:00:30", "AGENT", "10:05:00", "600");
    const CallRecordAggregate a = aggregateCallRecords(data, QStringLiteral("dst.txt"), kJerusalem, day, 1, 60);
    QCOMPARE(int(a.forecast.intervals.size()), intervals);
    QCOMPARE(a.stats.offered, 1);
    // Record times are the center's wall clock: the call belongs to the interval shown as 10:00.
    QCOMPARE(a.forecast.intervals[index].offered, 1.0);
    QVERIFY(close(a.forecast.intervals[index].observedBusy, 600 / 3600.0));
    const QDateTime shown = a.forecast.start.addSecs(qint64(index) * 3600).toTimeZone(kJerusalem);
    QCOMPARE(shown.time(), QTime(10, 0));
}

void TestCallRecords::malformedRows_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<QString>("field");
    QTest::newRow("date Feb 30") << record("990230", "9:00:00", "9:00:00", "AGENT", "9:00:10", "60") << "date";
    QTest::newRow("date 5 digits") << record("99021", "9:00:00", "9:00:00", "AGENT", "9:00:10", "60") << "date";
    QTest::newRow("date text") << record("1999-02-01", "9:00:00", "9:00:00", "AGENT", "9:00:10", "60") << "date";
    QTest::newRow("vru_exit minutes 6x") << record("990201", "9:6x:00", "9:00:00", "AGENT", "9:00:10", "60") << "vru_exit";
    QTest::newRow("vru_exit two parts") << record("990201", "9:00", "9:00:00", "HANG", "0:00:00", "0") << "vru_exit";
    QTest::newRow("ser_start seconds 61") << record("990201", "9:00:00", "9:00:00", "AGENT", "9:00:61", "60") << "ser_start";
    QTest::newRow("ser_time text") << record("990201", "9:00:00", "9:00:00", "AGENT", "9:00:10", "abc") << "ser_time";
    QTest::newRow("ser_time negative") << record("990201", "9:00:00", "9:00:00", "AGENT", "9:00:10", "-5") << "ser_time";
    QTest::newRow("unknown outcome") << record("990201", "9:00:00", "9:00:00", "BUSY", "9:00:10", "60") << "outcome";
}

void TestCallRecords::malformedRows()
{
    QFETCH(QByteArray, bad);
    QFETCH(QString, field);
    // Header on line 1, two good records on lines 2–3, the bad one on line 4.
    const QByteArray data = kHeader + record("990201", "8:00:00", "8:00:00", "AGENT", "8:00:05", "60")
        + record("990201", "8:10:00", "0:00:00", "HANG", "0:00:00", "0") + bad
        + record("990201", "9:30:00", "9:30:00", "AGENT", "9:30:05", "60");
    try {
        aggregateCallRecords(data, QStringLiteral("calls.txt"), kJerusalem, QDate(1999, 2, 1), 1, 30);
        QFAIL("malformed record accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("calls.txt"));
        QCOMPARE(e.row(), 4);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().contains(QStringLiteral("calls.txt")) && e.message().contains(QStringLiteral("row 4")),
                 qPrintable(e.message()));
    }
}

void TestCallRecords::badWindow()
{
    const QByteArray data = kHeader + record("990201", "8:00:00", "8:00:00", "AGENT", "8:00:05", "60");
    QVERIFY_THROWS_EXCEPTION(InputError, aggregateCallRecords(data, QStringLiteral("c.txt"), kJerusalem, QDate(1999, 2, 1), 0, 30));
    QVERIFY_THROWS_EXCEPTION(InputError, aggregateCallRecords(data, QStringLiteral("c.txt"), kJerusalem, QDate(1999, 2, 1), 1, 7));
    // A file without the ser_time column names it.
    QByteArray noSerTime = data;
    noSerTime.replace("ser_time", "service");
    try {
        aggregateCallRecords(noSerTime, QStringLiteral("c.txt"), kJerusalem, QDate(1999, 2, 1), 1, 30);
        QFAIL("missing column accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.row(), 1);
        QCOMPARE(e.field(), QStringLiteral("ser_time"));
    }
}

void TestCallRecords::regeneratesShippedSample()
{
    const QString raw = QStringLiteral(TESSERA_SHARED_DATA "/anonymous-bank-1999-feb/data_anonymous_bank_february.txt");
    if (!QFileInfo::exists(raw))
        QSKIP("the raw Anonymous Bank file (../shared/data) is not present");
    QFile shipped(QStringLiteral(TESSERA_SOURCE_DIR "/resources/sample/anonymous-bank-1999-02-07.csv"));
    QVERIFY(shipped.open(QIODevice::ReadOnly));
    const QByteArray expected = shipped.readAll();

    const CallRecordAggregate a = aggregateCallRecords(raw, kJerusalem, QDate(1999, 2, 7), 7, 30);
    // The counts quoted in resources/sample/PROVENANCE.md (re-derived in Python).
    QCOMPARE(a.stats.records, 33344);
    QCOMPARE(a.stats.phantom, 278);
    QCOMPARE(a.stats.vruHangups, 1941);
    QCOMPARE(a.stats.offered, 7964);
    QCOMPARE(a.stats.served, 6892);
    QCOMPARE(a.stats.abandoned, 1072);
    QCOMPARE(int(a.forecast.intervals.size()), 336);
    const QByteArray bytes = forecastCsvBytes(a.forecast);
    if (bytes != expected) {
        const QList<QByteArray> got = bytes.split('\n'), want = expected.split('\n');
        for (int i = 0; i < std::min(got.size(), want.size()); ++i)
            if (got[i] != want[i])
                QFAIL(qPrintable(QStringLiteral("line %1 differs:\n got  %2\n want %3")
                                     .arg(i + 1)
                                     .arg(QString::fromUtf8(got[i]), QString::fromUtf8(want[i]))));
        QFAIL("lengths differ");
    }
}

QTEST_MAIN(TestCallRecords)
#include "test_callrecords.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// IntervalGrid: elapsed-time intervals anchored in a site time zone, across DST changes.
//
// DST dates verified with Python's zoneinfo (tzdata): Europe/Berlin 2026 springs forward on
// Sun 29 Mar (02:00 → 03:00, 23 h) and falls back on Sun 25 Oct (03:00 → 02:00, 25 h);
// Asia/Jerusalem springs forward on Fri 27 Mar 2026 (02:00 → 03:00, 23 h) and falls back on
// Sun 25 Oct 2026 (25 h).
#include "core/error.h"
#include "core/time/intervalgrid.h"

#include <QtTest>

using namespace tessera;

namespace {
QDateTime local(const char *zone, int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone(zone));
}
QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}
} // namespace

class TestIntervalGrid : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void intervalsOnLocalDate_data();
    void intervalsOnLocalDate();
    void startsAreElapsedTime();
    void indexAcrossSpringForward_data();
    void indexAcrossSpringForward();
    void indexAcrossFallBack_data();
    void indexAcrossFallBack();
    void indexOutOfRange();
    void labelsUseLocalTime();
    void rejectsBadIntervalLength_data();
    void rejectsBadIntervalLength();
    void parseLocalFormats_data();
    void parseLocalFormats();
    void parseLocalGapThrows_data();
    void parseLocalGapThrows();
    void parseLocalRepeatedHour();
    void parseLocalMalformed_data();
    void parseLocalMalformed();
};

void TestIntervalGrid::intervalsOnLocalDate_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("expected");
    QTest::newRow("Berlin spring forward, 15 min") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 15 << 92;
    QTest::newRow("Berlin fall back, 15 min") << QByteArray("Europe/Berlin") << QDate(2026, 10, 25) << 15 << 100;
    QTest::newRow("Berlin normal day, 15 min") << QByteArray("Europe/Berlin") << QDate(2026, 3, 30) << 15 << 96;
    QTest::newRow("Berlin day before, 15 min") << QByteArray("Europe/Berlin") << QDate(2026, 3, 28) << 15 << 96;
    QTest::newRow("Berlin spring forward, 30 min") << QByteArray("Europe/Berlin") << QDate(2026, 3, 29) << 30 << 46;
    QTest::newRow("Jerusalem spring forward (Fri 27 Mar), 60 min")
        << QByteArray("Asia/Jerusalem") << QDate(2026, 3, 27) << 60 << 23;
    QTest::newRow("Jerusalem spring forward, 30 min") << QByteArray("Asia/Jerusalem") << QDate(2026, 3, 27) << 30 << 46;
    QTest::newRow("Jerusalem Sun 29 Mar (already summer)")
        << QByteArray("Asia/Jerusalem") << QDate(2026, 3, 29) << 60 << 24;
    QTest::newRow("Jerusalem fall back, 60 min") << QByteArray("Asia/Jerusalem") << QDate(2026, 10, 25) << 60 << 25;
    QTest::newRow("UTC, 5 min") << QByteArray("UTC") << QDate(2026, 3, 29) << 5 << 288;
}

void TestIntervalGrid::intervalsOnLocalDate()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, date);
    QFETCH(int, minutes);
    QFETCH(int, expected);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const IntervalGrid g(QDateTime(QDate(2026, 1, 1), QTime(0, 0), tz), minutes, 400 * 1440 / minutes);
    QCOMPARE(g.intervalsOnLocalDate(date), expected);
    QCOMPARE(g.intervalsPerDay(), 1440 / minutes); // nominal, DST-blind
}

void TestIntervalGrid::startsAreElapsedTime()
{
    const IntervalGrid g(local("Europe/Berlin", 2026, 3, 29, 0, 0), 15, 92);
    // 00:00 CET = 23:00 UTC the day before; index 8 is two hours later = 01:00 UTC = 03:00 CEST.
    QCOMPARE(g.intervalStart(0), utc(2026, 3, 28, 23, 0));
    QCOMPARE(g.intervalStart(8), utc(2026, 3, 29, 1, 0));
    const QDateTime eight = g.intervalStart(8).toTimeZone(g.timeZone());
    QCOMPARE(eight.time(), QTime(3, 0));
    QCOMPARE(g.intervalStart(7).toTimeZone(g.timeZone()).time(), QTime(1, 45));
    // The whole local day is exactly 92 intervals: index 92 is the next local midnight.
    QCOMPARE(g.intervalStart(92), local("Europe/Berlin", 2026, 3, 30, 0, 0));
    QCOMPARE(g.intervalStart(92).toTimeZone(g.timeZone()).time(), QTime(0, 0));
}

void TestIntervalGrid::indexAcrossSpringForward_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<int>("start");
    QTest::addColumn<int>("containing");
    const char *b = "Europe/Berlin";
    QTest::newRow("00:00") << local(b, 2026, 3, 29, 0, 0) << 0 << 0;
    QTest::newRow("01:45") << local(b, 2026, 3, 29, 1, 45) << 7 << 7;
    QTest::newRow("01:59 (mid-interval)") << local(b, 2026, 3, 29, 1, 59) << -1 << 7;
    QTest::newRow("03:00 local, right after the jump") << local(b, 2026, 3, 29, 3, 0) << 8 << 8;
    QTest::newRow("03:10 local") << local(b, 2026, 3, 29, 3, 10) << -1 << 8;
    QTest::newRow("04:00 local") << local(b, 2026, 3, 29, 4, 0) << 12 << 12;
    QTest::newRow("23:45 local") << local(b, 2026, 3, 29, 23, 45) << 91 << 91;
    QTest::newRow("same instant given in UTC") << utc(2026, 3, 29, 1, 0) << 8 << 8;
    QTest::newRow("same instant given in Tokyo") << QDateTime(QDate(2026, 3, 29), QTime(10, 0), QTimeZone("Asia/Tokyo")) << 8 << 8;
}

void TestIntervalGrid::indexAcrossSpringForward()
{
    QFETCH(QDateTime, t);
    QFETCH(int, start);
    QFETCH(int, containing);
    const IntervalGrid g(local("Europe/Berlin", 2026, 3, 29, 0, 0), 15, 92);
    QCOMPARE(g.indexOfStart(t), start);
    QCOMPARE(g.indexContaining(t), containing);
}

void TestIntervalGrid::indexAcrossFallBack_data()
{
    QTest::addColumn<QDateTime>("t");
    QTest::addColumn<int>("start");
    // 25-hour day: 02:00–02:59 happens twice (CEST = UTC+2, then CET = UTC+1).
    QTest::newRow("01:00 CEST") << utc(2026, 10, 24, 23, 0) << 4;
    QTest::newRow("02:30 CEST (first)") << utc(2026, 10, 25, 0, 30) << 10;
    QTest::newRow("02:30 CET (second)") << utc(2026, 10, 25, 1, 30) << 14;
    QTest::newRow("03:00 CET") << local("Europe/Berlin", 2026, 10, 25, 3, 0) << 16;
    QTest::newRow("23:45 CET") << local("Europe/Berlin", 2026, 10, 25, 23, 45) << 99;
}

void TestIntervalGrid::indexAcrossFallBack()
{
    QFETCH(QDateTime, t);
    QFETCH(int, start);
    const IntervalGrid g(local("Europe/Berlin", 2026, 10, 25, 0, 0), 15, 100);
    QCOMPARE(g.indexOfStart(t), start);
    QCOMPARE(g.indexContaining(t.addSecs(14 * 60)), start);
    QCOMPARE(g.indexContaining(t.addSecs(15 * 60)), start + 1 < 100 ? start + 1 : -1);
}

void TestIntervalGrid::indexOutOfRange()
{
    const IntervalGrid g(local("Europe/Berlin", 2026, 3, 29, 0, 0), 15, 92);
    QCOMPARE(g.indexContaining(local("Europe/Berlin", 2026, 3, 28, 23, 59)), -1);
    QCOMPARE(g.indexOfStart(local("Europe/Berlin", 2026, 3, 28, 23, 45)), -1);
    QCOMPARE(g.indexContaining(local("Europe/Berlin", 2026, 3, 30, 0, 0)), -1); // one past the end
    QCOMPARE(g.indexOfStart(local("Europe/Berlin", 2026, 3, 30, 0, 0)), -1);
    QCOMPARE(g.indexContaining(local("Europe/Berlin", 2026, 3, 29, 23, 59)), 91);
    QCOMPARE(g.count(), 92);
}

void TestIntervalGrid::labelsUseLocalTime()
{
    const IntervalGrid g(local("Asia/Jerusalem", 2026, 3, 27, 0, 0), 30, 48);
    QCOMPARE(g.label(0), QStringLiteral("Fri 00:00"));
    QCOMPARE(g.label(3), QStringLiteral("Fri 01:30"));
    QCOMPARE(g.label(4), QStringLiteral("Fri 03:00")); // 02:00 does not exist that day
    QCOMPARE(g.label(46), QStringLiteral("Sat 00:00"));
}

void TestIntervalGrid::rejectsBadIntervalLength_data()
{
    QTest::addColumn<int>("minutes");
    QTest::newRow("0") << 0;
    QTest::newRow("-15") << -15;
    QTest::newRow("7") << 7;
    QTest::newRow("25") << 25;
}

void TestIntervalGrid::rejectsBadIntervalLength()
{
    QFETCH(int, minutes);
    QVERIFY_THROWS_EXCEPTION(InputError, IntervalGrid(utc(2026, 1, 1, 0, 0), minutes, 10));
}

void TestIntervalGrid::parseLocalFormats_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDateTime>("expected");
    QTest::newRow("local minutes") << "2026-03-29 03:00" << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 1, 0);
    QTest::newRow("local seconds") << "2026-03-29 01:15:00" << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 0, 15);
    QTest::newRow("ISO with T") << "2026-03-29T04:00" << QByteArray("Europe/Berlin") << utc(2026, 3, 29, 2, 0);
    QTest::newRow("surrounding blanks") << "  2026-01-05 08:30 " << QByteArray("Europe/Berlin") << utc(2026, 1, 5, 7, 30);
    QTest::newRow("offset wins over zone") << "2026-03-29T02:30:00+01:00" << QByteArray("Europe/Berlin")
                                           << utc(2026, 3, 29, 1, 30);
    QTest::newRow("Z") << "1999-02-07T00:00:00Z" << QByteArray("Asia/Jerusalem") << utc(1999, 2, 7, 0, 0);
    QTest::newRow("Jerusalem winter +02") << "1999-02-07 00:00" << QByteArray("Asia/Jerusalem") << utc(1999, 2, 6, 22, 0);
    QTest::newRow("Jerusalem after the jump") << "2026-03-27 03:00" << QByteArray("Asia/Jerusalem") << utc(2026, 3, 27, 0, 0);
}

void TestIntervalGrid::parseLocalFormats()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    QFETCH(QDateTime, expected);
    const QTimeZone tz(zone);
    const QDateTime t = IntervalGrid::parseLocal(text, tz, QStringLiteral("f.csv"), 2, QStringLiteral("interval_start"));
    QVERIFY(t.isValid());
    QCOMPARE(t, expected);
    QCOMPARE(t.timeZone(), tz); // shown in the site's zone
}

void TestIntervalGrid::parseLocalGapThrows_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QByteArray>("zone");
    QTest::newRow("Berlin 02:30") << "2026-03-29 02:30" << QByteArray("Europe/Berlin");
    QTest::newRow("Berlin 02:00") << "2026-03-29 02:00" << QByteArray("Europe/Berlin");
    QTest::newRow("Berlin 02:59:59") << "2026-03-29 02:59:59" << QByteArray("Europe/Berlin");
    QTest::newRow("Jerusalem 02:30") << "2026-03-27 02:30" << QByteArray("Asia/Jerusalem");
}

void TestIntervalGrid::parseLocalGapThrows()
{
    QFETCH(QString, text);
    QFETCH(QByteArray, zone);
    try {
        IntervalGrid::parseLocal(text, QTimeZone(zone), QStringLiteral("forecast.csv"), 17, QStringLiteral("interval_start"));
        QFAIL("a time inside the DST gap was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("forecast.csv"));
        QCOMPARE(e.row(), 17);
        QCOMPARE(e.field(), QStringLiteral("interval_start"));
        QVERIFY2(e.message().contains(QString::fromLatin1(zone)), qPrintable(e.message()));
        QVERIFY2(e.message().contains(QStringLiteral("row 17")), qPrintable(e.message()));
    }
    // One minute before the gap is fine.
    QVERIFY(IntervalGrid::parseLocal(text.left(11) + QStringLiteral("01:59"), QTimeZone(zone), QString(), 0, QString())
                .isValid());
}

void TestIntervalGrid::parseLocalRepeatedHour()
{
    const QTimeZone tz("Europe/Berlin");
    const QString f = QStringLiteral("f.csv"), fld = QStringLiteral("interval_start");
    const QDateTime first = utc(2026, 10, 25, 0, 30);  // 02:30 CEST
    const QDateTime second = utc(2026, 10, 25, 1, 30); // 02:30 CET
    // No context: the first occurrence.
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 02:30"), tz, f, 2, fld), first);
    // Before the first occurrence (a chronological file at 02:15 CEST): still the first.
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 02:30"), tz, f, 3, fld, utc(2026, 10, 25, 0, 15)), first);
    // After the first occurrence: the repeated hour, i.e. the second occurrence.
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 02:30"), tz, f, 4, fld, first), second);
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 02:30"), tz, f, 4, fld, utc(2026, 10, 25, 1, 15)), second);
    // 02:00 after 02:45 CEST (a chronological file going through the change).
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 02:00"), tz, f, 5, fld, utc(2026, 10, 25, 0, 45)),
             utc(2026, 10, 25, 1, 0));
    // An unambiguous time is never shifted by `after`, even when it is not after it.
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 01:30"), tz, f, 6, fld, second), utc(2026, 10, 24, 23, 30));
    QCOMPARE(IntervalGrid::parseLocal(QStringLiteral("2026-10-25 03:00"), tz, f, 7, fld, second), utc(2026, 10, 25, 2, 0));
}

void TestIntervalGrid::parseLocalMalformed_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << "";
    QTest::newRow("date only") << "2026-03-29";
    QTest::newRow("words") << "tomorrow";
    QTest::newRow("month 13") << "2026-13-01 08:00";
    QTest::newRow("hour 25") << "2026-01-01 25:00";
    QTest::newRow("bad offset form") << "2026-01-01Tab:00+01:00";
}

void TestIntervalGrid::parseLocalMalformed()
{
    QFETCH(QString, text);
    try {
        IntervalGrid::parseLocal(text, QTimeZone("Europe/Berlin"), QStringLiteral("x.csv"), 9, QStringLiteral("start"));
        QFAIL("malformed time accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("x.csv"));
        QCOMPARE(e.row(), 9);
        QCOMPARE(e.field(), QStringLiteral("start"));
    }
}

QTEST_MAIN(TestIntervalGrid)
#include "test_intervalgrid.moc"

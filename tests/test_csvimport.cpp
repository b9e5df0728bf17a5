// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast CSV import: values, grid inference, queue aggregation, DST, line endings and errors
// that name file, line and column.
#include "core/error.h"
#include "core/io/csv.h"
#include "core/io/forecastcsv.h"

#include <QtTest>

#include <cmath>

using namespace tessera;

namespace {
const QString kFile = QStringLiteral("forecast.csv");

QDateTime utc(int y, int mo, int d, int h, int mi)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone::utc());
}

IntervalForecast parse(const QByteArray &csv, const char *zone = "UTC", int minutes = 0)
{
    return parseForecastCsv(csv, kFile, QTimeZone(zone), minutes);
}
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void happyPath();
    void infersGrid_data();
    void infersGrid();
    void aggregatesQueues();
    void optionalColumns();
    void fillsGapsWithWarning();
    void lineEndingsAndDelimiters_data();
    void lineEndingsAndDelimiters();
    void quotedFields();
    void fallBackDayInLocalTime();
    void springForwardDayInLocalTime();
    void errorsNameFileRowField_data();
    void errorsNameFileRowField();
    void errorRowsCountPhysicalLines_data();
    void errorRowsCountPhysicalLines();
};

void TestCsvImport::happyPath()
{
    const QByteArray csv = "interval_start,offered,aht_seconds\n"
                           "2026-01-05 08:00,10,200\n"
                           "2026-01-05 08:15,20.5,180\n"
                           "2026-01-05 08:30,0,0\n"
                           "2026-01-05 08:45,4,250\n";
    const IntervalForecast f = parse(csv, "Europe/Berlin");
    QCOMPARE(f.intervalMinutes, 15);
    QCOMPARE(f.start, utc(2026, 1, 5, 7, 0)); // 08:00 CET
    QCOMPARE(f.start.timeZone(), QTimeZone("Europe/Berlin"));
    QCOMPARE(int(f.intervals.size()), 4);
    QCOMPARE(f.intervals[0].offered, 10.0);
    QCOMPARE(f.intervals[0].ahtSeconds, 200.0);
    QCOMPARE(f.intervals[1].offered, 20.5);
    QCOMPARE(f.intervals[1].ahtSeconds, 180.0);
    QCOMPARE(f.intervals[2].offered, 0.0);
    QCOMPARE(f.intervals[3].offered, 4.0);
    QCOMPARE(f.intervals[3].ahtSeconds, 250.0);
    QVERIFY(std::isnan(f.intervals[0].observedBusy)); // no observed_busy column
    QVERIFY(f.abandoned.empty());
    QVERIFY(f.queues.isEmpty());
    QVERIFY(f.warnings.isEmpty());
}

void TestCsvImport::infersGrid_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("count");
    QTest::newRow("15 min") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 08:00,1,100\n"
                                          "2026-01-05 08:15,1,100\n2026-01-05 08:30,1,100\n")
                            << 0 << 15 << 3;
    QTest::newRow("30 min") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 08:00,1,100\n"
                                          "2026-01-05 08:30,1,100\n2026-01-05 09:00,1,100\n")
                            << 0 << 30 << 3;
    // The smallest step wins even when a gap comes first.
    QTest::newRow("30 min after a gap") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 08:00,1,100\n"
                                                      "2026-01-05 09:30,1,100\n2026-01-05 10:00,1,100\n")
                                        << 0 << 30 << 5;
    // Rows need not be sorted.
    QTest::newRow("unsorted") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 09:00,1,100\n"
                                            "2026-01-05 08:00,1,100\n2026-01-05 08:30,1,100\n")
                              << 0 << 30 << 3;
    QTest::newRow("single row: 30 min default") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 08:00,1,100\n")
                                                << 0 << 30 << 1;
    QTest::newRow("given 15 over 30-min rows") << QByteArray("interval_start,offered,aht_seconds\n2026-01-05 08:00,1,100\n"
                                                             "2026-01-05 08:30,1,100\n")
                                               << 15 << 15 << 3;
}

void TestCsvImport::infersGrid()
{
    QFETCH(QByteArray, csv);
    QFETCH(int, given);
    QFETCH(int, minutes);
    QFETCH(int, count);
    const IntervalForecast f = parse(csv, "UTC", given);
    QCOMPARE(f.intervalMinutes, minutes);
    QCOMPARE(int(f.intervals.size()), count);
    QCOMPARE(f.start, utc(2026, 1, 5, 8, 0));
}

void TestCsvImport::aggregatesQueues()
{
    const QByteArray csv = "interval_start,queue,offered,aht_seconds,observed_busy,abandoned\n"
                           "2026-01-05 08:00,sales,10,100,1.5,1\n"
                           "2026-01-05 08:00,service,30,300,4.25,2\n"
                           "2026-01-05 08:30,sales,0,0,0,0\n"
                           "2026-01-05 08:30,service,5,200,0.5,0\n"
                           "2026-01-05 09:00,sales,0,120,,\n"
                           "2026-01-05 09:00,service,0,0,,\n";
    const IntervalForecast f = parse(csv);
    QCOMPARE(f.intervalMinutes, 30);
    QCOMPARE(int(f.intervals.size()), 3);
    QCOMPARE(f.queues, QStringList({QStringLiteral("sales"), QStringLiteral("service")}));
    // Offered summed, AHT weighted by offered: (10·100 + 30·300) / 40 = 250.
    QCOMPARE(f.intervals[0].offered, 40.0);
    QCOMPARE(f.intervals[0].ahtSeconds, 250.0);
    QCOMPARE(f.intervals[0].observedBusy, 5.75);
    QCOMPARE(f.abandoned[0], 3);
    // A queue with no volume does not dilute the AHT.
    QCOMPARE(f.intervals[1].offered, 5.0);
    QCOMPARE(f.intervals[1].ahtSeconds, 200.0);
    QCOMPARE(f.intervals[1].observedBusy, 0.5);
    // An idle interval keeps an AHT for display; empty observed_busy cells stay unknown.
    QCOMPARE(f.intervals[2].offered, 0.0);
    QCOMPARE(f.intervals[2].ahtSeconds, 120.0);
    QVERIFY(std::isnan(f.intervals[2].observedBusy));
    QCOMPARE(f.abandoned[2], 0);
}

void TestCsvImport::optionalColumns()
{
    // Column order and case do not matter; extra columns are ignored.
    const QByteArray csv = "note,AHT_Seconds,Offered,Interval_Start\n"
                           "x,90,12,2026-01-05T08:00:00+01:00\n"
                           "y,110,8,2026-01-05T09:00:00+01:00\n";
    const IntervalForecast f = parse(csv, "Europe/Berlin");
    QCOMPARE(f.intervalMinutes, 60);
    QCOMPARE(f.start, utc(2026, 1, 5, 7, 0));
    QCOMPARE(f.intervals[0].offered, 12.0);
    QCOMPARE(f.intervals[0].ahtSeconds, 90.0);
    QCOMPARE(f.intervals[1].ahtSeconds, 110.0);
}

void TestCsvImport::fillsGapsWithWarning()
{
    const QByteArray csv = "interval_start,offered,aht_seconds\n"
                           "2026-01-05 08:00,10,200\n"
                           "2026-01-05 08:15,20,180\n"
                           "2026-01-05 09:00,30,160\n";
    const IntervalForecast f = parse(csv, "UTC", 15);
    QCOMPARE(int(f.intervals.size()), 5);
    QCOMPARE(f.intervals[2].offered, 0.0);
    QCOMPARE(f.intervals[3].offered, 0.0);
    QCOMPARE(f.intervals[4].offered, 30.0);
    QCOMPARE(f.intervals[4].ahtSeconds, 160.0);
    QCOMPARE(f.warnings.size(), 1);
    QVERIFY2(f.warnings.front().contains(QLatin1String("2")), qPrintable(f.warnings.front()));
    QVERIFY2(f.warnings.front().contains(QLatin1String("08:30")), qPrintable(f.warnings.front()));
}

void TestCsvImport::lineEndingsAndDelimiters_data()
{
    QTest::addColumn<QByteArray>("csv");
    const QByteArray lf = "interval_start,offered,aht_seconds\n2026-01-05 08:00,10,200\n2026-01-05 08:30,20,180\n";
    QByteArray crlf = lf;
    crlf.replace("\n", "\r\n");
    QByteArray cr = lf;
    cr.replace("\n", "\r");
    QByteArray semicolon = lf;
    semicolon.replace(',', ';');
    QByteArray tab = lf;
    tab.replace(',', '\t');
    QTest::newRow("LF") << lf;
    QTest::newRow("CRLF") << crlf;
    QTest::newRow("lone CR") << cr;
    QTest::newRow("no final newline") << lf.left(lf.size() - 1);
    QTest::newRow("semicolon") << semicolon;
    QTest::newRow("semicolon CRLF") << QByteArray(semicolon).replace("\n", "\r\n");
    QTest::newRow("tab") << tab;
    QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + lf;
    QTest::newRow("blank lines") << QByteArray(lf).replace("\n2026", "\n\n2026") + "\n\n";
}

void TestCsvImport::lineEndingsAndDelimiters()
{
    QFETCH(QByteArray, csv);
    const IntervalForecast f = parse(csv);
    QCOMPARE(f.intervalMinutes, 30);
    QCOMPARE(int(f.intervals.size()), 2);
    QCOMPARE(f.start, utc(2026, 1, 5, 8, 0));
    QCOMPARE(f.intervals[0].offered, 10.0);
    QCOMPARE(f.intervals[0].ahtSeconds, 200.0);
    QCOMPARE(f.intervals[1].offered, 20.0);
    QCOMPARE(f.intervals[1].ahtSeconds, 180.0);
}

void TestCsvImport::quotedFields()
{
    const QByteArray csv = "interval_start,queue,offered,aht_seconds\n"
                           "\"2026-01-05 08:00\",\"Sales, \"\"North\"\"\",\"10\",200\n"
                           "2026-01-05 08:30,\"multi\nline\",20,100\n"
                           "2026-01-05 09:00,x,-1,100\n";
    try {
        parse(csv);
        QFAIL("negative offered accepted");
    } catch (const InputError &e) {
        // The quoted line break makes the third record start on line 5.
        QCOMPARE(e.row(), 5);
        QCOMPARE(e.field(), QStringLiteral("offered"));
    }
    const CsvTable t = parseCsv(csv, kFile);
    QCOMPARE(t.text(0, 1), QStringLiteral("Sales, \"North\""));
    QCOMPARE(t.text(1, 1), QStringLiteral("multi\nline"));
    QCOMPARE(t.lineNumbers, std::vector<int>({2, 3, 5}));
}

void TestCsvImport::fallBackDayInLocalTime()
{
    // Europe/Berlin, Sun 25 Oct 2026: local 02:00–02:45 appears twice. A chronological file
    // lists it twice; the second run is the CET hour, not a duplicate.
    QByteArray csv = "interval_start,offered,aht_seconds\n";
    const char *times[] = {"00:00", "00:15", "00:30", "00:45", "01:00", "01:15", "01:30", "01:45", "02:00", "02:15",
                           "02:30", "02:45", "02:00", "02:15", "02:30", "02:45", "03:00", "03:15", "03:30", "03:45"};
    int k = 0;
    for (const char *t : times)
        csv += "2026-10-25 " + QByteArray(t) + "," + QByteArray::number(++k) + ",100\n";
    const IntervalForecast f = parse(csv, "Europe/Berlin");
    QCOMPARE(f.intervalMinutes, 15);
    QCOMPARE(int(f.intervals.size()), 20); // 5 elapsed hours from 00:00 to 04:00 local
    QVERIFY2(f.warnings.isEmpty(), qPrintable(f.warnings.join(QLatin1Char('\n'))));
    for (int i = 0; i < 20; ++i)
        QCOMPARE(f.intervals[i].offered, double(i + 1));
    QCOMPARE(f.start, utc(2026, 10, 24, 22, 0));
}

void TestCsvImport::springForwardDayInLocalTime()
{
    // 01:45 is followed by 03:00 local: consecutive 15-minute intervals, no gap to fill.
    const QByteArray csv = "interval_start,offered,aht_seconds\n"
                           "2026-03-29 01:30,1,100\n"
                           "2026-03-29 01:45,2,100\n"
                           "2026-03-29 03:00,3,100\n"
                           "2026-03-29 03:15,4,100\n";
    const IntervalForecast f = parse(csv, "Europe/Berlin");
    QCOMPARE(f.intervalMinutes, 15);
    QCOMPARE(int(f.intervals.size()), 4);
    QVERIFY(f.warnings.isEmpty());
    QCOMPARE(f.intervals[2].offered, 3.0);
}

void TestCsvImport::errorsNameFileRowField_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<int>("minutes");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    const QByteArray head = "interval_start,offered,aht_seconds\n";
    const QByteArray ok = "2026-01-05 08:00,10,200\n";
    QTest::newRow("missing column aht_seconds")
        << QByteArray("interval_start,offered,aht\n2026-01-05 08:00,10,200\n") << QByteArray("UTC") << 0 << 1
        << "aht_seconds";
    QTest::newRow("missing column interval_start")
        << QByteArray("start,offered,aht_seconds\n2026-01-05 08:00,10,200\n") << QByteArray("UTC") << 0 << 1
        << "interval_start";
    QTest::newRow("not a number") << head + ok + "2026-01-05 08:30,ten,200\n" << QByteArray("UTC") << 0 << 3 << "offered";
    QTest::newRow("empty number") << head + ok + "2026-01-05 08:30,10,\n" << QByteArray("UTC") << 0 << 3 << "aht_seconds";
    QTest::newRow("infinite number") << head + ok + "2026-01-05 08:30,inf,100\n" << QByteArray("UTC") << 0 << 3 << "offered";
    QTest::newRow("negative offered") << head + ok + ok.left(11) + "08:30,-3,200\n" << QByteArray("UTC") << 0 << 3
                                      << "offered";
    QTest::newRow("AHT 0 with offered") << head + ok + "2026-01-05 08:30,5,0\n" << QByteArray("UTC") << 0 << 3
                                        << "aht_seconds";
    QTest::newRow("negative AHT without offered") << head + ok + "2026-01-05 08:30,0,-1\n" << QByteArray("UTC") << 0 << 3
                                                  << "aht_seconds";
    QTest::newRow("short row") << head + ok + "2026-01-05 08:30,5\n" << QByteArray("UTC") << 0 << 3 << "aht_seconds";
    QTest::newRow("duplicate interval") << head + ok + "2026-01-05 08:30,1,100\n" + ok << QByteArray("UTC") << 0 << 4
                                        << "interval_start";
    QTest::newRow("duplicate via offset") << head + ok + "2026-01-05T08:00:00Z,1,100\n" << QByteArray("UTC") << 0 << 3
                                          << "interval_start";
    QTest::newRow("off-grid start (given 15)") << head + ok + "2026-01-05 08:15,1,100\n2026-01-05 08:37,1,100\n"
                                               << QByteArray("UTC") << 15 << 4 << "interval_start";
    QTest::newRow("off-grid start (inferred 20)")
        << head + ok + "2026-01-05 08:20,1,100\n2026-01-05 08:50,1,100\n" << QByteArray("UTC") << 0 << 4
        << "interval_start";
    QTest::newRow("DST-gap local time") << head + QByteArray("2026-03-29 01:45,1,100\n2026-03-29 02:30,1,100\n")
                                        << QByteArray("Europe/Berlin") << 0 << 3 << "interval_start";
    QTest::newRow("not a date-time") << head + ok + "05/01/2026 08:30,1,100\n" << QByteArray("UTC") << 0 << 3
                                     << "interval_start";
    QTest::newRow("no data rows") << head << QByteArray("UTC") << 0 << 2 << "";
    QTest::newRow("negative observed_busy")
        << QByteArray("interval_start,offered,aht_seconds,observed_busy\n2026-01-05 08:00,1,100,-2\n") << QByteArray("UTC")
        << 0 << 2 << "observed_busy";
}

void TestCsvImport::errorsNameFileRowField()
{
    QFETCH(QByteArray, csv);
    QFETCH(QByteArray, zone);
    QFETCH(int, minutes);
    QFETCH(int, row);
    QFETCH(QString, field);
    try {
        parse(csv, zone.constData(), minutes);
        QFAIL("bad input accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), kFile);
        QCOMPARE(e.row(), row);
        QCOMPARE(e.field(), field);
        QVERIFY2(e.message().startsWith(kFile), qPrintable(e.message()));
        if (row > 0)
            QVERIFY2(e.message().contains(QStringLiteral("row %1").arg(row)), qPrintable(e.message()));
        if (!field.isEmpty())
            QVERIFY2(e.message().contains(field), qPrintable(e.message()));
    }
}

void TestCsvImport::errorRowsCountPhysicalLines_data()
{
    QTest::addColumn<QByteArray>("eol");
    QTest::newRow("LF") << QByteArray("\n");
    QTest::newRow("CRLF") << QByteArray("\r\n");
    QTest::newRow("CR") << QByteArray("\r");
}

void TestCsvImport::errorRowsCountPhysicalLines()
{
    QFETCH(QByteArray, eol);
    // A blank line is skipped but still counted: the bad row is line 5 of the file.
    const QByteArray csv = "interval_start;offered;aht_seconds" + eol + "2026-01-05 08:00;1;100" + eol + eol
        + "2026-01-05 08:30;2;100" + eol + "2026-01-05 09:00;x;100" + eol;
    try {
        parse(csv);
        QFAIL("bad number accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.row(), 5);
        QCOMPARE(e.field(), QStringLiteral("offered"));
    }
}

QTEST_MAIN(TestCsvImport)
#include "test_csvimport.moc"

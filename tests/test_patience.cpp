// SPDX-License-Identifier: GPL-3.0-or-later
// Patience estimation from Anonymous Bank call records (Brown et al. 2005: Ê[W] / P̂(Ab)), the
// observed-vs-Erlang A comparison per hour of day, and the `patience` CLI command.
//
// Expected values were computed independently in Python (csv.DictReader over the TAB-separated
// records; PHANTOM dropped, HANG with q_start 0:00:00 not offered, offered at vru_exit in the
// window, W = q_time, abandoned = HANG after queue; exact sums with fractions.Fraction). For the
// comparison table a separate Python reimplementation built the (day, hour) cells (service seconds
// and distinct named servers from every served call's [ser_start, ser_start + ser_time)), and
// evaluated Erlang A's P(Ab) and E[W] for each cell with mpmath at 30 digits (the series of
// core/staffing/erlanga.h, itself checked against the exact birth–death chain).
#include "core/cli/patiencecommand.h"
#include "core/error.h"
#include "core/io/callrecords.h"
#include "core/staffing/patience.h"

#include <QRegularExpression>
#include <QtTest>

#include <cmath>

using namespace tessera;
using namespace tessera::staffing;

namespace {
const QTimeZone kJerusalem("Asia/Jerusalem");
const QString kExcerpt = QStringLiteral(TESSERA_TEST_DATA "/anonymous-bank-excerpt.txt");
const QString kFebruary = QStringLiteral(TESSERA_SHARED_DATA "/anonymous-bank-1999-feb/data_anonymous_bank_february.txt");

const QByteArray kHeader = "vru+line\tcall_id\tcustomer_id\tpriority\ttype\tdate\tvru_entry\tvru_exit\tvru_time\tq_start\t"
                           "q_exit\tq_time\toutcome\tser_start\tser_exit\tser_time\tserver\n";

/// One record in the Anonymous Bank layout (only the columns the estimator reads vary).
QByteArray record(const char *date, const char *vruExit, const char *qStart, const char *qTime, const char *outcome,
                  const char *serStart = "0:00:00", const char *serTime = "0", const char *server = "NO_SERVER")
{
    return QByteArray("AA0101\t1\t0\t0\tPS\t") + date + "\t" + vruExit + "\t" + vruExit + "\t0\t" + qStart + "\t0:00:00\t"
        + qTime + "\t" + outcome + "\t" + serStart + "\t0:00:00\t" + serTime + "\t" + server + "\n";
}

bool closeRel(double a, double b, double rel)
{
    return std::fabs(a - b) <= rel * std::max(std::fabs(b), 1e-300);
}

const PatienceFitRow *hourRow(const PatienceFit &fit, int hour)
{
    for (const PatienceFitRow &r : fit.hours)
        if (r.hour == hour)
            return &r;
    return nullptr;
}
} // namespace

class TestPatience : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void excerptEstimate_data();
    void excerptEstimate();
    void rulesOnSmallFile();
    void nothingAbandonedOrOffered();
    void malformedRecords_data();
    void malformedRecords();
    void excerptFit_data();
    void excerptFit();
    void cliCommand();
    void cliErrors_data();
    void cliErrors();
    void fullFebruary();
};

void TestPatience::excerptEstimate_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("offered");
    // All 59 records are on Mon 1 Feb 1999: 58 offered (50 served, 8 abandoned in queue), Σ q_time
    // = 2002 s, so P(Ab) = 8/58, E[W] = 2002/58 s and the mean patience 2002/8 = 250.25 s.
    QTest::newRow("1 Feb, 1 day") << QDate(1999, 2, 1) << 1 << 58;
    QTest::newRow("31 Jan, 2 days") << QDate(1999, 1, 31) << 2 << 58;
    QTest::newRow("1 Feb, 7 days") << QDate(1999, 2, 1) << 7 << 58;
}

void TestPatience::excerptEstimate()
{
    QFETCH(QDate, from);
    QFETCH(int, days);
    QFETCH(int, offered);
    const PatienceEstimate e = estimatePatience(kExcerpt, kJerusalem, from, days);
    QCOMPARE(e.offered, offered);
    QCOMPARE(e.abandoned, 8);
    QVERIFY(closeRel(e.probAbandon, 8.0 / 58.0, 1e-15));
    QVERIFY(closeRel(e.meanWaitSeconds, 2002.0 / 58.0, 1e-15));
    QVERIFY(closeRel(e.patienceSeconds, 250.25, 1e-15));
    // The same offered / abandoned calls as the interval importer.
    const CallRecordAggregate agg = aggregateCallRecords(kExcerpt, kJerusalem, from, days, 30);
    QCOMPARE(e.offered, agg.stats.offered);
    QCOMPARE(e.abandoned, agg.stats.abandoned);
}

void TestPatience::rulesOnSmallFile()
{
    QByteArray data = kHeader;
    data += record("990201", "9:00:00", "9:00:01", "50", "PHANTOM");                          // dropped
    data += record("990201", "9:10:00", "0:00:00", "0", "HANG");                              // VRU hang-up: not offered
    data += record("990201", "10:00:00", "10:00:00", "40", "HANG");                           // abandoned after 40 s
    data += record("990201", "10:05:00", "10:05:00", "100", "HANG");                          // abandoned after 100 s
    data += record("990201", "10:06:00", "0:00:00", "0", "AGENT", "10:06:00", "60", "DORIT"); // answered at once
    data += record("990201", "10:07:00", "10:07:00", "30", "AGENT", "10:07:30", "90", "DORIT");
    // Queue entry at exactly midnight: q_start reads 0:00:00 but q_time is real (27 s).
    data += record("990201", "23:59:54", "0:00:00", "27", "AGENT", "0:00:21", "67", "AVNI");
    data += record("990203", "8:00:00", "8:00:00", "500", "HANG");                           // outside the window
    const PatienceEstimate e = estimatePatience(data, QStringLiteral("small.txt"), kJerusalem, QDate(1999, 2, 1), 2);
    QCOMPARE(e.offered, 5);
    QCOMPARE(e.abandoned, 2);
    QCOMPARE(e.probAbandon, 0.4);
    QCOMPARE(e.meanWaitSeconds, (40 + 100 + 0 + 30 + 27) / 5.0);
    QCOMPARE(e.patienceSeconds, (40 + 100 + 0 + 30 + 27) / 2.0);
}

void TestPatience::nothingAbandonedOrOffered()
{
    const QByteArray served = kHeader + record("990201", "10:00:00", "10:00:00", "12", "AGENT", "10:00:12", "60", "X");
    const PatienceEstimate e = estimatePatience(served, QStringLiteral("s.txt"), kJerusalem, QDate(1999, 2, 1), 1);
    QCOMPARE(e.offered, 1);
    QCOMPARE(e.abandoned, 0);
    QVERIFY(std::isinf(e.patienceSeconds)); // nobody gave up: no finite patience estimate
    const PatienceEstimate none = estimatePatience(kExcerpt, kJerusalem, QDate(1999, 2, 2), 1);
    QCOMPARE(none.offered, 0);
    QVERIFY(std::isnan(none.patienceSeconds) && std::isnan(none.probAbandon));
    const PatienceFit fit = fitPatience(kExcerpt, kJerusalem, QDate(1999, 2, 2), 1);
    QVERIFY(fit.hours.empty());
    QCOMPARE(fit.total.offered, 0);
}

void TestPatience::malformedRecords_data()
{
    QTest::addColumn<QByteArray>("bad");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("field");
    QTest::newRow("q_time text") << record("990201", "9:00:00", "9:00:00", "abc", "HANG") << 3 << "q_time";
    QTest::newRow("q_time negative") << record("990201", "9:00:00", "9:00:00", "-4", "AGENT", "9:00:00", "60", "X") << 3 << "q_time";
    QTest::newRow("bad date") << record("990230", "9:00:00", "9:00:00", "4", "HANG") << 3 << "date";
    QTest::newRow("bad vru_exit") << record("990201", "9:77:00", "9:00:00", "4", "HANG") << 3 << "vru_exit";
    QTest::newRow("unknown outcome") << record("990201", "9:00:00", "9:00:00", "4", "BUSY") << 3 << "outcome";
}

void TestPatience::malformedRecords()
{
    QFETCH(QByteArray, bad);
    QFETCH(int, row);
    QFETCH(QString, field);
    const QByteArray data = kHeader + record("990201", "8:00:00", "8:00:00", "5", "HANG") + bad;
    try {
        estimatePatience(data, QStringLiteral("calls.txt"), kJerusalem, QDate(1999, 2, 1), 1);
        QFAIL("malformed record accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), QStringLiteral("calls.txt"));
        QCOMPARE(e.row(), row);
        QCOMPARE(e.field(), field);
    }
    // A file without q_time names the column; a window of no days is refused.
    QByteArray noQTime = kHeader;
    noQTime.replace("q_time", "queue_time");
    try {
        estimatePatience(noQTime, QStringLiteral("c.txt"), kJerusalem, QDate(1999, 2, 1), 1);
        QFAIL("missing column accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), QStringLiteral("q_time"));
    }
    QVERIFY_THROWS_EXCEPTION(InputError, estimatePatience(data, QStringLiteral("c.txt"), kJerusalem, QDate(1999, 2, 1), 0));
}

void TestPatience::excerptFit_data()
{
    QTest::addColumn<int>("hour"); // −1 = the whole window
    QTest::addColumn<int>("offered");
    QTest::addColumn<int>("abandoned");
    QTest::addColumn<double>("meanWait");
    QTest::addColumn<double>("aht");
    QTest::addColumn<double>("busySeconds"); // per cell
    QTest::addColumn<double>("servers");
    QTest::addColumn<double>("predBusy");
    QTest::addColumn<double>("predServers");
    QTest::addColumn<double>("waitBusy");
    QTest::addColumn<double>("waitServers");
    // 08:00: 906 s of service in the hour (as test_callrecords' 60-min interval), 3 named agents.
    QTest::newRow("08:00") << 8 << 6 << 1 << 127.0 / 6 << 199.8 << 906.0 << 3.0 << 0.136790105569108
                           << 0.00107491619057231 << 34.23172392 << 0.2689977767;
    QTest::newRow("09:00") << 9 << 6 << 1 << 31.0 / 6 << 264.4 << 1415.0 << 5.0 << 0.194771016618089
                           << 1.76399303789227e-05 << 48.74144691 << 0.004414392577;
    QTest::newRow("16:00") << 16 << 4 << 1 << 49.0 << 81.0 << 396.0 << 3.0 << 0.0224228097778539
                           << 1.13662221215236e-05 << 5.611308147 << 0.002844397086;
    QTest::newRow("19:00 (one 2-s call)") << 19 << 2 << 1 << 9.5 << 2.0 << 2.0 << 1.0 << 8.81909296915722e-06
                                          << 8.81909296915722e-06 << 0.002206978016 << 0.002206978016;
    QTest::newRow("whole day") << -1 << 58 << 8 << 2002.0 / 58 << 189.82 << 9491.0 / 13 << 43.0 / 13
                               << 0.115276716627281 << 0.000223917802916633 << 28.84799834 << 0.05603543018;
}

void TestPatience::excerptFit()
{
    QFETCH(int, hour);
    QFETCH(int, offered);
    QFETCH(int, abandoned);
    QFETCH(double, meanWait);
    QFETCH(double, aht);
    QFETCH(double, busySeconds);
    QFETCH(double, servers);
    QFETCH(double, predBusy);
    QFETCH(double, predServers);
    QFETCH(double, waitBusy);
    QFETCH(double, waitServers);
    const PatienceFit fit = fitPatience(kExcerpt, kJerusalem, QDate(1999, 2, 1), 1);
    QCOMPARE(fit.estimate.offered, 58);
    QCOMPARE(fit.estimate.patienceSeconds, 250.25);
    QCOMPARE(int(fit.hours.size()), 13); // 07:00–19:00
    const PatienceFitRow *r = hour < 0 ? &fit.total : hourRow(fit, hour);
    QVERIFY(r);
    QCOMPARE(r->hour, hour);
    QCOMPARE(r->offered, offered);
    QCOMPARE(r->abandoned, abandoned);
    QVERIFY(closeRel(r->observedAbandon, double(abandoned) / offered, 1e-15));
    QVERIFY(closeRel(r->observedMeanWaitSeconds, meanWait, 1e-14));
    QVERIFY(closeRel(r->patienceSeconds, meanWait * offered / abandoned, 1e-14));
    QVERIFY(closeRel(r->ahtSeconds, aht, 1e-14));
    QVERIFY(closeRel(r->busyAgents, busySeconds / 3600, 1e-12));
    QVERIFY(closeRel(r->servers, servers, 1e-14));
    QVERIFY2(closeRel(r->predictedAbandonBusy, predBusy, 1e-9), qPrintable(QString::number(r->predictedAbandonBusy, 'g', 17)));
    QVERIFY2(closeRel(r->predictedAbandonServers, predServers, 1e-9),
             qPrintable(QString::number(r->predictedAbandonServers, 'g', 17)));
    QVERIFY(closeRel(r->predictedMeanWaitBusy, waitBusy, 1e-9));
    QVERIFY(closeRel(r->predictedMeanWaitServers, waitServers, 1e-9));
}

void TestPatience::cliCommand()
{
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    const int rc = patienceCommand({kExcerpt}, {{QStringLiteral("--from"), QStringLiteral("1999-02-01")},
                                                {QStringLiteral("--days"), QStringLiteral("1")}},
                                   out, err);
    out.flush();
    QCOMPARE(rc, 0);
    QVERIFY2(errText.isEmpty(), qPrintable(errText));
    QVERIFY2(outText.contains(QStringLiteral("offered         58 (abandoned 8)")), qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("P(abandon)      0.1379")), qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("mean wait       34.5 s")), qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("mean patience   250.")), qPrintable(outText));
    // 13 hour rows, the total with its predictions (11.5 % with n = ⌈busy⌉, 0.0 % with all agents).
    QVERIFY2(outText.contains(QRegularExpression(QStringLiteral("\\n08 .* 16\\.7% .* 13\\.7% "))), qPrintable(outText));
    QVERIFY2(outText.contains(QRegularExpression(QStringLiteral("\\nall +13 +58 +13\\.8% .* 11\\.5% +0\\.0% "))),
             qPrintable(outText));
    QVERIFY2(outText.contains(QStringLiteral("between the two predictions in 2 of 13 hours (0 of 0 hours")), qPrintable(outText));
}

void TestPatience::cliErrors_data()
{
    QTest::addColumn<QStringList>("positional");
    QTest::addColumn<QStringList>("options"); // name, value, name, value, ...
    QTest::addColumn<QString>("mentions");
    QTest::newRow("no --from") << QStringList{kExcerpt} << QStringList{} << "--from";
    QTest::newRow("bad --from") << QStringList{kExcerpt} << QStringList{"--from", "1999-02-31"} << "--from";
    QTest::newRow("bad --days") << QStringList{kExcerpt} << QStringList{"--from", "1999-02-01", "--days", "0"} << "--days";
    QTest::newRow("bad --tz") << QStringList{kExcerpt} << QStringList{"--from", "1999-02-01", "--tz", "Mars/Base"} << "--tz";
    QTest::newRow("unknown option") << QStringList{kExcerpt} << QStringList{"--from", "1999-02-01", "--interval", "30"}
                                    << "--interval";
    QTest::newRow("no file") << QStringList{} << QStringList{"--from", "1999-02-01"} << "RECORDS";
    QTest::newRow("missing file") << QStringList{QStringLiteral("/nonexistent/calls.txt")}
                                  << QStringList{"--from", "1999-02-01"} << "calls.txt";
}

void TestPatience::cliErrors()
{
    QFETCH(QStringList, positional);
    QFETCH(QStringList, options);
    QFETCH(QString, mentions);
    QMap<QString, QString> opts;
    for (int i = 0; i + 1 < options.size(); i += 2)
        opts.insert(options[i], options[i + 1]);
    QString outText, errText;
    QTextStream out(&outText), err(&errText);
    QCOMPARE(patienceCommand(positional, opts, out, err), 1);
    err.flush();
    QVERIFY2(errText.startsWith(QStringLiteral("tessera-cli: ")) && errText.contains(mentions), qPrintable(errText));
}

void TestPatience::fullFebruary()
{
    if (!QFileInfo::exists(kFebruary))
        QSKIP("the raw Anonymous Bank file (../shared/data) is not present");
    // The whole month (28 days from Mon 1 Feb): 31,125 offered, 3,963 abandoned in queue,
    // Σ q_time = 1,367,207 s → P(Ab) 12.73 %, E[W] 43.93 s, mean patience 344.99 s.
    const PatienceEstimate month = estimatePatience(kFebruary, kJerusalem, QDate(1999, 2, 1), 28);
    QCOMPARE(month.offered, 31125);
    QCOMPARE(month.abandoned, 3963);
    QVERIFY(closeRel(month.probAbandon, 3963.0 / 31125.0, 1e-15));
    QVERIFY(closeRel(month.meanWaitSeconds, 1367207.0 / 31125.0, 1e-15));
    QVERIFY(closeRel(month.patienceSeconds, 1367207.0 / 3963.0, 1e-15));
    // The sample week (Sun 7 Feb + 7 days) agrees with the importer's counts in PROVENANCE.md.
    const PatienceEstimate week = estimatePatience(kFebruary, kJerusalem, QDate(1999, 2, 7), 7);
    QCOMPARE(week.offered, 7964);
    QCOMPARE(week.abandoned, 1072);
    QVERIFY(closeRel(week.patienceSeconds, 347021.0 / 1072.0, 1e-15));

    const PatienceFit fit = fitPatience(kFebruary, kJerusalem, QDate(1999, 2, 1), 28);
    QCOMPARE(fit.estimate.offered, 31125);
    QCOMPARE(fit.total.cells, 407);
    QVERIFY(closeRel(fit.total.ahtSeconds, 176.3529932, 1e-9));
    QVERIFY(closeRel(fit.total.busyAgents, 3.268549686, 1e-9));
    QVERIFY(closeRel(fit.total.servers, 6.997542998, 1e-9));
    QVERIFY2(closeRel(fit.total.predictedAbandonBusy, 0.174063361472295, 1e-9),
             qPrintable(QString::number(fit.total.predictedAbandonBusy, 'g', 17)));
    QVERIFY2(closeRel(fit.total.predictedAbandonServers, 0.0301465581537359, 1e-9),
             qPrintable(QString::number(fit.total.predictedAbandonServers, 'g', 17)));
    QVERIFY(closeRel(fit.total.predictedMeanWaitBusy, 60.05062989, 1e-9));
    QVERIFY(closeRel(fit.total.predictedMeanWaitServers, 10.40034957, 1e-9));
    const PatienceFitRow *ten = hourRow(fit, 10);
    QVERIFY(ten);
    QCOMPARE(ten->cells, 24);
    QCOMPARE(ten->offered, 2698);
    QCOMPARE(ten->abandoned, 420);
    QVERIFY(closeRel(ten->predictedAbandonBusy, 0.170957421208495, 1e-9));
    QVERIFY(closeRel(ten->predictedAbandonServers, 0.0498902802390758, 1e-9));
    // What the fit shows: with the two staffing proxies the model brackets the observed
    // abandonment in every hour with at least 100 calls (and over the month: 3.0 % < 12.7 % < 17.4 %).
    for (const PatienceFitRow &r : fit.hours) {
        if (r.offered < 100)
            continue;
        QVERIFY2(r.observedAbandon > r.predictedAbandonServers && r.observedAbandon < r.predictedAbandonBusy,
                 qPrintable(QStringLiteral("hour %1: observed %2, predicted %3 .. %4")
                                .arg(r.hour)
                                .arg(r.observedAbandon)
                                .arg(r.predictedAbandonServers)
                                .arg(r.predictedAbandonBusy)));
    }
}

QTEST_MAIN(TestPatience)
#include "test_patience.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
// tessera-cli through runCli(): exit codes, RESULT.json, messages naming the file.
#include "clisupport.h"
#include "core/cli/cli.h"
#include "core/error.h"
#include "core/io/forecastcsv.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"
#include "core/project/sampleproject.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace tessera;
using nlohmann::json;

namespace {
using test::cli;
using test::Run;
using test::readJson;

void writeText(const QString &path, const QByteArray &text)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(text);
}

const QString kCyclic = QStringLiteral(TESSERA_TEST_DATA "/cyclic_daily_8h.json");
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void solveCyclic();
    void solveInfeasible();
    void badInput_data();
    void badInput();
    void usage_data();
    void usage();
    void importCalls();
    void staffingPerQueue();
    void resultCarriesPredictedService();
    void importForecastWithQueues();
    void staffingErrorsNameQueueAndRow();
    void sampleProjectAndSave();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestCli::solveCyclic()
{
    const QString result = path(QStringLiteral("RESULT.json"));
    const Run r = cli({QStringLiteral("solve"), kCyclic, QStringLiteral("--out"), result});
    QVERIFY2(r.code == CliOk, qPrintable(r.err));
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains(QStringLiteral("status      optimal")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("objective   55.00")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("shifts      55")), qPrintable(r.out));
    QVERIFY(r.err.isEmpty());
    const json j = readJson(result);
    QCOMPARE(QString::fromStdString(j.at("status").get<std::string>()), QStringLiteral("optimal"));
    QCOMPARE(j.at("objective").get<double>(), 55.0);
    QCOMPARE(j.at("bestBound").get<double>(), 55.0);
    QCOMPARE(j.at("gap").get<double>(), 0.0);
    QCOMPARE(j.at("intervals").size(), size_t(24));
    QVERIFY(j.at("diagnosis").empty());
    int total = 0;
    for (const auto &[id, n] : j.at("shiftCounts").items())
        total += n.get<int>();
    QCOMPARE(total, 55);

    // Options are parsed: a gap tolerance is accepted, a bad number is an input error.
    QCOMPARE(cli({QStringLiteral("solve"), kCyclic, QStringLiteral("--gap"), QStringLiteral("0.05")}).code, 0);
    const Run bad = cli({QStringLiteral("solve"), kCyclic, QStringLiteral("--time-limit"), QStringLiteral("soon")});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("--time-limit")), qPrintable(bad.err));
}

void TestCli::solveInfeasible()
{
    const QString problem = path(QStringLiteral("infeasible.json"));
    writeText(problem, R"({"intervalMinutes": 60, "demand": [1, 1, 2, 0],
                           "shifts": [{"id": "a", "start": 0, "end": 2}]})");
    const QString result = path(QStringLiteral("RESULT-infeasible.json"));
    QFile::remove(result);
    const Run r = cli({QStringLiteral("solve"), problem, QStringLiteral("--out"), result});
    QCOMPARE(r.code, 2);
    QCOMPARE(r.code, int(CliInfeasible));
    QVERIFY2(r.out.contains(QStringLiteral("status      infeasible")), qPrintable(r.out));
    QVERIFY2(r.err.contains(QStringLiteral("diagnosis [uncovered]")), qPrintable(r.err));
    QVERIFY(QFile::exists(result));
    const json j = readJson(result);
    QCOMPARE(QString::fromStdString(j.at("status").get<std::string>()), QStringLiteral("infeasible"));
    QVERIFY(j.at("objective").is_null());
    QCOMPARE(j.at("diagnosis").size(), size_t(1));
    QCOMPARE(QString::fromStdString(j.at("diagnosis").at(0).at("kind").get<std::string>()), QStringLiteral("uncovered"));
    QCOMPARE(j.at("diagnosis").at(0).at("intervals").get<std::vector<int>>(), std::vector<int>({2}));
    // Without a start the intervals are named by day and time.
    const QString message = QString::fromStdString(j.at("diagnosis").at(0).at("message").get<std::string>());
    QVERIFY2(message.contains(QStringLiteral("day 1 02:00")), qPrintable(message));
}

void TestCli::badInput_data()
{
    QTest::addColumn<QByteArray>("content"); // empty: the file does not exist
    QTest::addColumn<QString>("phrase");
    QTest::newRow("JSON syntax error") << QByteArray("{\"intervalMinutes\": 60,,}") << "JSON";
    QTest::newRow("bad field") << QByteArray(R"({"intervalMinutes": 60, "demand": [1], "shifts": [{"id": "a", "start": "0", "end": 1}]})")
                               << "shifts[0].start";
    QTest::newRow("missing file") << QByteArray() << "cannot be read";
}

void TestCli::badInput()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, phrase);
    const QString problem = path(QStringLiteral("bad-%1.json").arg(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    if (!content.isEmpty())
        writeText(problem, content);
    const QString result = path(QStringLiteral("RESULT-bad.json"));
    QFile::remove(result);
    const Run r = cli({QStringLiteral("solve"), problem, QStringLiteral("--out"), result});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(problem), qPrintable(r.err));
    QVERIFY2(r.err.contains(phrase), qPrintable(r.err));
    QVERIFY(!QFile::exists(result)); // nothing to report on
}

void TestCli::usage_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::newRow("no arguments") << QStringList{} << 64;
    QTest::newRow("help") << QStringList{"help"} << 0;
    QTest::newRow("--help") << QStringList{"solve", "--help"} << 0;
    QTest::newRow("unknown command") << QStringList{"frobnicate"} << 64;
    QTest::newRow("option without value") << QStringList{"solve", "x.json", "--fast"} << 1;
    QTest::newRow("misspelt option") << QStringList{"solve", "x.json", "--time-limt", "5"} << 1;
    QTest::newRow("option without value") << QStringList{"solve", "x.json", "--out"} << 1;
    QTest::newRow("solve without input") << QStringList{"solve"} << 1;
}

void TestCli::usage()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    const Run r = cli(args);
    QCOMPARE(r.code, code);
    if (code == 64 || code == 0)
        QVERIFY2((r.out + r.err).contains(QStringLiteral("usage: tessera-cli")), qPrintable(r.out + r.err));
}

void TestCli::importCalls()
{
    const QString csv = path(QStringLiteral("excerpt.csv"));
    const Run r = cli({QStringLiteral("import-calls"), QStringLiteral(TESSERA_TEST_DATA "/anonymous-bank-excerpt.txt"),
                       QStringLiteral("--from"), QStringLiteral("1999-02-01"), QStringLiteral("--days"), QStringLiteral("1"),
                       QStringLiteral("--out"), csv});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("records 59")), qPrintable(r.out));
    QVERIFY2(r.out.contains(QStringLiteral("offered 58 (served 50, abandoned 8) in 48 intervals")), qPrintable(r.out));
    const IntervalForecast f = importForecastCsv(csv, QTimeZone("Asia/Jerusalem"));
    QCOMPARE(f.intervalMinutes, 30);
    QCOMPARE(int(f.intervals.size()), 48);
    QCOMPARE(f.intervals[17].offered, 3.0);
    QCOMPARE(f.abandoned[16], 1);

    const Run bad = cli({QStringLiteral("import-calls"), QStringLiteral(TESSERA_TEST_DATA "/anonymous-bank-excerpt.txt"),
                         QStringLiteral("--from"), QStringLiteral("1 Feb 1999"), QStringLiteral("--out"), csv});
    QCOMPARE(bad.code, 1);
    QVERIFY2(bad.err.contains(QStringLiteral("--from")), qPrintable(bad.err));
}

void TestCli::sampleProjectAndSave()
{
    const QString project = path(QStringLiteral("sample.tessera"));
    QCOMPARE(cli({QStringLiteral("sample"), QStringLiteral("--out"), project}).code, 0);
    const Project loaded = ProjectStore::load(project);
    QVERIFY(loaded == makeSampleProject());
    QVERIFY(!loaded.lastResult.has_value());
    const Run r = cli({QStringLiteral("solve"), project, QStringLiteral("--save")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const Project solved = ProjectStore::load(project);
    QVERIFY(solved.lastResult.has_value());
    QVERIFY(solved.lastResult->hasSolution());
    QCOMPARE(solved.lastResult->status, SolveStatus::Optimal);

    const QString mps = path(QStringLiteral("model.mps"));
    QCOMPARE(cli({QStringLiteral("export-mps"), project, QStringLiteral("--out"), mps}).code, 0);
    QFile f(mps);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray text = f.readAll();
    QVERIFY(text.contains("ROWS"));
    QVERIFY(text.contains("COLUMNS"));
}

void TestCli::staffingPerQueue()
{
    // billing on 30-minute rows, chat on 15-minute rows: both land on the 15-minute grid;
    // billing's 100 calls of 09:00–09:30 split 50/50, i.e. A = 50 × 180 / 900 = 10 Erlangs.
    const QString csv = path(QStringLiteral("queues.csv"));
    writeText(csv, "interval_start,queue,offered,aht_seconds\n"
                   "2026-03-02 09:00,billing,100,180\n"
                   "2026-03-02 09:30,billing,50,200\n"
                   "2026-03-02 09:00,chat,40,300\n"
                   "2026-03-02 09:15,chat,20,300\n");
    const QString outJson = path(QStringLiteral("staffing.json"));
    const Run r = cli({QStringLiteral("staffing"), csv, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                       QStringLiteral("--out"), outJson});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("2 queues, 4 intervals of 15 min")), qPrintable(r.out));
    const json j = readJson(outJson);
    QCOMPARE(j["intervals"].size(), size_t(4));
    const json &i0 = j["intervals"][0];
    QCOMPARE(i0["start"].get<std::string>(), std::string("2026-03-02T09:00:00+01:00"));
    QCOMPARE(i0["queues"][0]["queue"].get<std::string>(), std::string("billing"));
    QCOMPARE(i0["queues"][0]["erlangs"].get<double>(), 10.0);
    QCOMPARE(i0["queues"][0]["servers"].get<int>(), 14); // Erlang C, 80/20
    // chat 40 × 300 / 900 = 13.33 Erlangs → 18 servers; required = (14 + 18) / (1 − 0.3), unrounded.
    QCOMPARE(i0["queues"][1]["servers"].get<int>(), 18);
    QVERIFY(qAbs(i0["required"].get<double>() - 32.0 / 0.7) < 1e-9);
    // The last interval has only billing's second half-hour: 25 calls.
    QCOMPARE(j["intervals"][3]["queues"][0]["offered"].get<double>(), 25.0);
    QCOMPARE(j["intervals"][3]["queues"][1]["offered"].get<double>(), 0.0);

    // CSV output, chat channel with 2 chats per agent from the command line.
    const QString outCsv = path(QStringLiteral("staffing.csv"));
    const Run c = cli({QStringLiteral("staffing"), csv, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                       QStringLiteral("--channel"), QStringLiteral("chat"), QStringLiteral("--concurrency"),
                       QStringLiteral("2"), QStringLiteral("--shrinkage"), QStringLiteral("0"), QStringLiteral("--out"), outCsv});
    QVERIFY2(c.code == 0, qPrintable(c.err));
    QFile f(outCsv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().split('\n');
    QVERIFY(lines[0].startsWith("interval_start,queue,offered"));
    QCOMPARE(lines[1], QByteArray("2026-03-02T09:00:00+01:00,billing,50,180,10,14,7,0,7,0.8883500192,7.835937012,0,0.7142857143"));
    QCOMPARE(lines[3], QByteArray("2026-03-02T09:00:00+01:00,total,,,,,,,16,,,,")); // 7 + 18/2
}

void TestCli::resultCarriesPredictedService()
{
    const QString result = path(QStringLiteral("sample-result.json"));
    const Run r = cli({QStringLiteral("solve"), QStringLiteral("sample"), QStringLiteral("--out"), result});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const json j = readJson(result);
    const Project sample = makeSampleProject();
    int checked = 0;
    for (const json &iv : j.at("intervals")) {
        const int t = iv.at("index").get<int>();
        if (sample.forecast[t].offered <= 0)
            continue;
        // Hard coverage schedules at least net / (1 − shrinkage), so the agents left after
        // shrinkage reach the Erlang C level and the predicted SL meets the 80 % target.
        QVERIFY2(iv.at("serviceLevel").get<double>() >= 0.8, qPrintable(QString::number(t)));
        const IntervalRequirement expected = predictService(sample.forecast, t, 30, sample.staffing, iv.at("scheduled").get<double>());
        QCOMPARE(iv.at("serviceLevel").get<double>(), expected.serviceLevel);
        QCOMPARE(iv.at("occupancy").get<double>(), expected.occupancy);
        QCOMPARE(iv.at("abandonment").get<double>(), 0.0); // Erlang C: nobody abandons
        ++checked;
    }
    QCOMPARE(checked, 198); // half-hours of the week with calls
}

void TestCli::importForecastWithQueues()
{
    // A planner's export with its own column names, two skills, 60-minute rows, resampled to 30.
    const QString csv = path(QStringLiteral("export.csv"));
    writeText(csv, "Start,Skill,Calls,AHT\n2026-03-02 09:00,billing,60,180\n2026-03-02 10:00,billing,30,180\n"
                   "2026-03-02 09:00,sales,20,300\n2026-03-02 10:00,sales,0,0\n");
    const QString project = path(QStringLiteral("queues.tessera"));
    const Run r = cli({QStringLiteral("import-forecast"), csv, QStringLiteral("--tz"), QStringLiteral("Europe/Berlin"),
                       QStringLiteral("--interval"), QStringLiteral("30"), QStringLiteral("--columns"),
                       QStringLiteral("interval_start=Start,queue=Skill,offered=Calls,aht_seconds=AHT"),
                       QStringLiteral("--out"), project});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("4 intervals of 30 min, 2 queues")), qPrintable(r.out));
    const Project p = ProjectStore::load(project);
    QCOMPARE(p.queueName, QStringLiteral("billing"));
    QCOMPARE(p.moreQueues.size(), size_t(1));
    QCOMPARE(p.forecast[1].offered, 30.0); // 60 calls in the hour, split in two half-hours
    QCOMPARE(p.moreQueues[0].forecast[0].offered, 10.0);
    const Run s = cli({QStringLiteral("staffing"), project});
    QVERIFY2(s.out.contains(QStringLiteral("2 queues, 4 intervals of 30 min")), qPrintable(s.out));
}

void TestCli::staffingErrorsNameQueueAndRow()
{
    const QString csv = path(QStringLiteral("badqueue.csv"));
    writeText(csv, "interval_start,queue,offered,aht_seconds\n2026-03-02 09:00,billing,10,0\n");
    const Run r = cli({QStringLiteral("staffing"), csv, QStringLiteral("--tz"), QStringLiteral("UTC")});
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains(csv) && r.err.contains(QStringLiteral("row 2")) && r.err.contains(QStringLiteral("aht_seconds")),
             qPrintable(r.err));
    const Run noTz = cli({QStringLiteral("staffing"), csv});
    QCOMPARE(noTz.code, 1);
    QVERIFY2(noTz.err.contains(QStringLiteral("--tz")), qPrintable(noTz.err));
}

QTEST_MAIN(TestCli)
#include "test_cli.moc"

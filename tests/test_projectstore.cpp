// SPDX-License-Identifier: GPL-3.0-or-later
// The .tessera project file: exact round trips, refusing foreign or damaged files with an error
// naming the file, and saves that never damage the previous file.
#include "core/error.h"
#include "core/project/projectstore.h"
#include "core/project/sampleproject.h"
#include "core/scheduling/templatesolver.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#include "testsupport.h"

#include <cmath>

using namespace tessera;
using tessera::test::shift;

namespace {
QByteArray readBytes(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeBytes(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Runs SQL statements on an SQLite file with Qt's driver (to forge or damage project files).
bool runSql(const QString &path, const QStringList &statements)
{
    static int n = 0;
    const QString name = QStringLiteral("test-%1").arg(++n);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &s : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(s);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}


/// A project exercising the awkward values: NaN history, explicit fractional demand, non-ASCII
/// text, breaks, limits, soft coverage and a DST-day start.
Project awkwardProject()
{
    Project p;
    p.name = QStringLiteral("Nachtschicht – Zürich ☎ \"quoted\"");
    p.timeZone = "Europe/Berlin";
    p.start = QDateTime(QDate(2026, 3, 29), QTime(0, 0), QTimeZone("Europe/Berlin"));
    p.intervalMinutes = 15;
    p.cyclic = false;
    const double nan = std::nan("");
    p.forecast = {{12, 187.25, 2.5}, {0, 0, nan}, {7.5, 201.125, nan}, {3, 90, 0.0}, {1e-3, 1e4, 1.0 / 3.0}, {0, 0, nan}};
    p.demand = {1.0 / 3.0, 2.675, 0.0, 4.0, 0.1 + 0.2, 1e-9};
    p.staffing.serviceLevelTarget = 0.9;
    p.staffing.serviceLevelSeconds = 15.0;
    p.staffing.shrinkage = 0.275;
    p.staffing.maxOccupancy = 0.85;
    p.shifts = {shift("früh", 0, 4, 0.1, 3, false, {{1, 2}}), shift("spät", 2, 6, 7.25, -1, true),
                shift("x,y;z", 0, 6, 1e6, 0, false, {{2, 3}, {4, 5}})};
    p.constraints = Constraints{5, 1.5, 0.35};
    p.coverage = Coverage{CoverageMode::Soft, 12.5, 0.75};
    p.solveTimeLimitSeconds = 2.5;
    p.solveRelativeGap = 0.015;
    return p;
}
} // namespace

class TestProjectStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sampleRoundTrip();
    void awkwardRoundTrip_data();
    void awkwardRoundTrip();
    void equalityIsNotTrivial();
    void rejectsCorruptFiles_data();
    void rejectsCorruptFiles();
    void failedSaveKeepsPreviousFile_data();
    void failedSaveKeepsPreviousFile();
    void saveIntoMissingDirectory();
    void staffingSettingsRoundTrip();
    void migratesSchema1File();
    void rosterRoundTrip();
    void migratesSchema3File();
    void placedBreaksRoundTrip();
    void migratesSchema4File();

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
};

void TestProjectStore::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestProjectStore::sampleRoundTrip()
{
    Project p = makeSampleProject();
    QCOMPARE(p.intervalCount(), 336);
    const SolveResult r = solveSchedule(p.toProblem(), p.solveOptions());
    QVERIFY(r.hasSolution());
    p.lastResult = r;

    const QString file = path(QStringLiteral("sample.tessera"));
    ProjectStore::save(p, file);
    const QByteArray head = readBytes(file).left(16);
    QCOMPARE(head, QByteArray("SQLite format 3\0", 16));
    const QByteArray before = readBytes(file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    QCOMPARE(readBytes(file), before); // opening never writes to the user's file
    QCOMPARE(q.shifts.size(), p.shifts.size());
    QCOMPARE(q.shifts[0].breaks, p.shifts[0].breaks);
    QCOMPARE(q.forecast.size(), size_t(336));
    QCOMPARE(q.forecast[100].observedBusy, p.forecast[100].observedBusy);
    QCOMPARE(q.effectiveStart(), p.effectiveStart());
    QCOMPARE(q.timeZone, QByteArray("Asia/Jerusalem"));
    QVERIFY(q.lastResult.has_value());
    QCOMPARE(q.lastResult->status, r.status);
    QCOMPARE(q.lastResult->objective, r.objective);
    QCOMPARE(q.lastResult->shiftCounts, r.shiftCounts);
    QCOMPARE(q.lastResult->intervals, r.intervals);

    // Saving over an existing project replaces it completely.
    Project smaller = p;
    smaller.lastResult.reset();
    smaller.shifts.resize(10);
    smaller.name = QStringLiteral("renamed");
    ProjectStore::save(smaller, file);
    const Project s = ProjectStore::load(file);
    QVERIFY(s == smaller);
    QVERIFY(!s.lastResult.has_value());
    QCOMPARE(s.shifts.size(), size_t(10));
}

void TestProjectStore::awkwardRoundTrip_data()
{
    QTest::addColumn<int>("resultKind");
    QTest::newRow("no result") << 0;
    QTest::newRow("infeasible result with diagnosis") << 1;
    QTest::newRow("cancelled result with counts, NaN bound") << 2;
}

void TestProjectStore::awkwardRoundTrip()
{
    QFETCH(int, resultKind);
    Project p = awkwardProject();
    if (resultKind == 1) {
        SolveResult r;
        r.status = SolveStatus::Infeasible;
        r.seconds = 0.125;
        for (const Shift &s : p.shifts)
            r.shiftIds.push_back(s.id);
        r.diagnosis = {{QStringLiteral("uncovered"), {0, 3, 5}, QStringLiteral("No shift… (Sun 00:00, Sun 00:45)")},
                       {QStringLiteral("error"), {}, QString()}}; // as SolveJob reports bad input: no intervals
        p.lastResult = r;
    } else if (resultKind == 2) {
        SolveResult r;
        r.status = SolveStatus::Cancelled;
        r.objective = 1234.5678901234567;
        r.gap = 0.1 + 0.2;
        r.seconds = 3.0e-7;
        for (const Shift &s : p.shifts)
            r.shiftIds.push_back(s.id);
        r.shiftCounts = {2, 0, 1};
        r.intervals = evaluateCoverage(p.toProblem(), r.shiftCounts);
        p.lastResult = r;
    }
    const QString file = path(QStringLiteral("awkward-%1.tessera").arg(resultKind));
    ProjectStore::save(p, file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    // NaN history stays unknown, real values are bit-exact.
    QVERIFY(std::isnan(q.forecast[1].observedBusy));
    QVERIFY(std::isnan(q.forecast[5].observedBusy));
    QCOMPARE(q.forecast[3].observedBusy, 0.0);
    QCOMPARE(q.forecast[4].observedBusy, 1.0 / 3.0);
    QCOMPARE(q.demand, p.demand);
    QCOMPARE(q.demand[4], 0.1 + 0.2); // 0.30000000000000004, not 0.3
    QCOMPARE(q.name, p.name);
    QCOMPARE(q.shifts[2].id, QStringLiteral("x,y;z"));
    QCOMPARE(q.shifts[2].breaks.size(), size_t(2));
    QCOMPARE(q.coverage.mode, CoverageMode::Soft);
    QCOMPARE(q.effectiveStart(), QDateTime(QDate(2026, 3, 28), QTime(23, 0), QTimeZone::utc()));
    if (resultKind == 1) {
        QVERIFY(!q.lastResult->hasSolution());
        QVERIFY(std::isnan(q.lastResult->objective));
        QCOMPARE(q.lastResult->diagnosis[0].intervals, std::vector<int>({0, 3, 5}));
        QVERIFY(q.lastResult->diagnosis[1].intervals.empty());
    }
    if (resultKind == 2) {
        QCOMPARE(q.lastResult->objective, 1234.5678901234567);
        QVERIFY(std::isnan(q.lastResult->bestBound));
        QCOMPARE(q.lastResult->seconds, 3.0e-7);
    }
}

void TestProjectStore::equalityIsNotTrivial()
{
    // The round-trip checks rely on Project::operator== noticing differences.
    const Project a = awkwardProject();
    Project b = a;
    QVERIFY(a == b);
    b.forecast[1].observedBusy = 0.0;
    QVERIFY(!(a == b));
    b = a;
    b.demand[0] = std::nextafter(b.demand[0], 1.0);
    QVERIFY(!(a == b));
    b = a;
    b.shifts[0].breaks.clear();
    QVERIFY(!(a == b));
    b = a;
    b.lastResult = SolveResult{};
    QVERIFY(!(a == b));
}

void TestProjectStore::rejectsCorruptFiles_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("random bytes") << "random";
    QTest::newRow("empty file") << "empty";
    QTest::newRow("text file") << "text";
    QTest::newRow("truncated copy (half)") << "truncated-half";
    QTest::newRow("truncated copy (1000 bytes)") << "truncated-1000";
    QTest::newRow("SQLite without Tessera's application_id") << "foreign";
    QTest::newRow("user_version 99") << "version99";
    QTest::newRow("Tessera id but no schema") << "version0";
    QTest::newRow("meta key missing") << "meta-missing";
    QTest::newRow("shift beyond the horizon") << "inconsistent";
    QTest::newRow("does not exist") << "missing";
    QTest::newRow("a directory") << "directory";
}

void TestProjectStore::rejectsCorruptFiles()
{
    QFETCH(QString, kind);
    const QString file = path(QStringLiteral("corrupt-%1.tessera").arg(kind));
    QString expectedField;
    QString expectedPhrase;
    auto saveValid = [&] {
        Project p = makeSampleProject();
        p.lastResult = solveSchedule(p.toProblem(), p.solveOptions());
        ProjectStore::save(p, file);
    };
    if (kind == QLatin1String("random")) {
        QRandomGenerator rng(20260329);
        QByteArray bytes(4096, Qt::Uninitialized);
        for (char &c : bytes)
            c = char(rng.bounded(256));
        writeBytes(file, bytes);
    } else if (kind == QLatin1String("empty")) {
        writeBytes(file, QByteArray());
    } else if (kind == QLatin1String("text")) {
        writeBytes(file, "{\"format\": \"tessera-problem\"}\n");
    } else if (kind.startsWith(QLatin1String("truncated"))) {
        saveValid();
        const QByteArray full = readBytes(file);
        QVERIFY(full.size() > 8192);
        writeBytes(file, full.left(kind.endsWith(QLatin1String("half")) ? full.size() / 2 : 1000));
    } else if (kind == QLatin1String("foreign")) {
        QVERIFY(runSql(file, {QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"),
                              QStringLiteral("INSERT INTO notes (body) VALUES ('hello')"),
                              QStringLiteral("PRAGMA user_version = 1")}));
        expectedPhrase = QStringLiteral("not a Tessera project");
    } else if (kind == QLatin1String("version99")) {
        saveValid();
        QVERIFY(runSql(file, {QStringLiteral("PRAGMA user_version = 99")}));
        expectedPhrase = QStringLiteral("99");
    } else if (kind == QLatin1String("version0")) {
        QVERIFY(runSql(file, {QStringLiteral("PRAGMA application_id = %1").arg(ProjectStore::kApplicationId),
                              QStringLiteral("CREATE TABLE t (x)")}));
    } else if (kind == QLatin1String("meta-missing")) {
        saveValid();
        QVERIFY(runSql(file, {QStringLiteral("DELETE FROM meta WHERE key = 'intervalMinutes'")}));
        expectedField = QStringLiteral("intervalMinutes");
    } else if (kind == QLatin1String("inconsistent")) {
        saveValid();
        QVERIFY(runSql(file, {QStringLiteral("UPDATE shift SET end_ = 5000 WHERE ord = 0")}));
        expectedField = QStringLiteral("shifts[0]");
    } else if (kind == QLatin1String("directory")) {
        QVERIFY(QDir().mkpath(file));
    }
    const QByteArray before = readBytes(file);
    try {
        ProjectStore::load(file);
        QFAIL("a bad project file was loaded");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), file);
        QVERIFY2(e.message().contains(file), qPrintable(e.message()));
        if (!expectedField.isEmpty())
            QVERIFY2(e.field().startsWith(expectedField), qPrintable(e.message()));
        if (!expectedPhrase.isEmpty())
            QVERIFY2(e.message().contains(expectedPhrase), qPrintable(e.message()));
    }
    QCOMPARE(readBytes(file), before); // a failed open leaves the file alone too
}

void TestProjectStore::failedSaveKeepsPreviousFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("write fails midway (duplicate shift id)") << "duplicate";
    QTest::newRow("directory not writable") << "readonly";
}

void TestProjectStore::failedSaveKeepsPreviousFile()
{
    QFETCH(QString, kind);
    const QString dirPath = path(QStringLiteral("save-%1").arg(kind));
    QVERIFY(QDir().mkpath(dirPath));
    const QString file = QDir(dirPath).filePath(QStringLiteral("plan.tessera"));
    const Project original = awkwardProject();
    ProjectStore::save(original, file);
    const QByteArray before = readBytes(file);
    QVERIFY(!before.isEmpty());

    Project changed = makeSampleProject();
    if (kind == QLatin1String("duplicate")) {
        changed.shifts[5].id = changed.shifts[4].id; // the UNIQUE column fails after many rows
    } else {
        QVERIFY(QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup | QFile::ExeGroup));
        QFile probe(QDir(dirPath).filePath(QStringLiteral("probe")));
        if (probe.open(QIODevice::WriteOnly)) { // root ignores permissions
            probe.close();
            probe.remove();
            QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
            QSKIP("permissions are not enforced for this user (root)");
        }
    }
    try {
        ProjectStore::save(changed, file);
        QFAIL("save reported success");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), file);
    }
    QFile::setPermissions(dirPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QCOMPARE(readBytes(file), before);
    QVERIFY(ProjectStore::load(file) == original);
    // No half-written temporary is left next to it.
    QCOMPARE(QDir(dirPath).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
             QStringList{QStringLiteral("plan.tessera")});
}

void TestProjectStore::saveIntoMissingDirectory()
{
    const QString dirPath = path(QStringLiteral("no/such/dir"));
    const QString file = dirPath + QStringLiteral("/plan.tessera");
    try {
        ProjectStore::save(awkwardProject(), file);
        QFAIL("saved into a missing directory");
    } catch (const InputError &e) {
        QCOMPARE(e.file(), file);
        QVERIFY2(e.message().contains(file), qPrintable(e.message()));
    }
    QVERIFY(!QFileInfo::exists(dirPath));
}

void TestProjectStore::staffingSettingsRoundTrip()
{
    Project p = makeSampleProject();
    p.staffing.channel = Channel::Chat;
    p.staffing.concurrency = 3;
    p.staffing.asaSeconds = 30.0;
    p.staffing.model = StaffingModel::ErlangA;
    p.staffing.patienceSeconds = 97.5;
    p.staffing.slDefinition = staffing::SlDefinition::Answered;
    p.staffing.maxAbandonment = 0.04;
    p.staffing.shrinkage = 0.05;
    ShrinkageCategory training{QStringLiteral("training"), 0.0, std::vector<double>(p.intervalCount(), 0.0)};
    training.byInterval[100] = 0.25;
    p.staffing.shrinkageCategories = {{QStringLiteral("breaks"), 0.1, {}}, training};
    const QString file = path(QStringLiteral("staffing.tessera"));
    ProjectStore::save(p, file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    QCOMPARE(q.staffing.shrinkageAt(100), 0.05 + 0.1 + 0.25);
    QCOMPARE(q.staffing.shrinkageAt(101), 0.05 + 0.1);
    QCOMPARE(q.staffing.channel, Channel::Chat);
    QCOMPARE(q.staffing.concurrency, 3);
    QCOMPARE(q.staffing.patienceSeconds, 97.5);
    // A second queue with its own target and forecast.
    Project two = p;
    two.queueName = QStringLiteral("voice");
    StaffingParams chat;
    chat.channel = Channel::Chat;
    chat.concurrency = 2;
    chat.shrinkageCategories = {training};
    std::vector<ForecastInterval> chats = p.forecast;
    for (ForecastInterval &f : chats) {
        f.offered = std::floor(f.offered / 2);
        f.observedBusy = std::nan("");
    }
    two.moreQueues = {Queue{QStringLiteral("chat"), chat, chats}};
    ProjectStore::save(two, file);
    const Project back = ProjectStore::load(file);
    QVERIFY(back == two);
    QCOMPARE(back.moreQueues[0].staffing.shrinkageAt(100), 0.30 + 0.25); // StaffingParams' own 30 % + training
    QCOMPARE(q.staffing.slDefinition, staffing::SlDefinition::Answered);
}

namespace {

/// A sample project with a small roster: two contracts, three agents, two assignments.
Project withRoster()
{
    Project p = makeSampleProject();
    using namespace tessera::rostering;
    AgentRoster &r = p.roster;
    Contract ft;
    ft.id = QStringLiteral("FT");
    ft.maxMinutesPerWeek = 2400;
    ft.minRestMinutes = 660;
    ft.maxWorkingWeekends = 1;
    ft.maxShiftsPerCode[QStringLiteral("22:00-06:00")] = 2;
    Contract pt;
    pt.id = QStringLiteral("PT");
    pt.maxMinutesPerWeek = 1200;
    r.contracts = {ft, pt};
    Agent a;
    a.id = QStringLiteral("a1");
    a.name = QStringLiteral("Dana Levi");
    a.skills = {QStringLiteral("billing"), QStringLiteral("sales")};
    a.contractId = QStringLiteral("FT");
    a.seniority = 2;
    a.fixedDaysOff = {0, 6};
    a.requests = {AgentRequest{2, QStringLiteral("08:00-16:00"), true, 3.0}, AgentRequest{3, QString(), false, 1.5}};
    Agent b;
    b.id = QStringLiteral("a2");
    b.contractId = QStringLiteral("PT");
    Agent c;
    c.id = QStringLiteral("a3");
    r.agents = {a, b, c};
    Assignment s;
    s.agent = 1;
    s.start = 16;
    s.end = 32;
    s.breaks = {Break{24, 25}};
    s.paidBreaks = {Break{20, 21}};
    s.code = QStringLiteral("08:00-16:00");
    r.assignments = {s};
    s.agent = 0;
    s.start = 64;
    s.end = 80;
    s.breaks = {Break{72, 74}};
    s.paidBreaks = {};
    s.skill = QStringLiteral("billing");
    r.assignments.push_back(s);
    r.rules[QStringLiteral("minRest")] = RuleSetting{false, 2.5};
    r.underPenalty = 50;
    return p;
}

} // namespace

void TestProjectStore::rosterRoundTrip()
{
    const Project p = withRoster();
    const QString file = path(QStringLiteral("roster.tessera"));
    ProjectStore::save(p, file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    QCOMPARE(q.roster.agents, p.roster.agents);
    QCOMPARE(q.roster.assignments, p.roster.assignments);
    QCOMPARE(q.roster.contracts, p.roster.contracts);
    QCOMPARE(q.roster.rules.at(QStringLiteral("minRest")).weight, 2.5);
    // The grid fields come from the project: 30-minute intervals, a week from Sunday.
    QCOMPARE(q.roster.intervalMinutes, 30);
    QCOMPARE(q.roster.days, 7);
    QCOMPARE(q.roster.firstWeekday, 7);
    QCOMPARE(q.roster.weekendDays, p.roster.weekendDays);         // stored with the roster
    QCOMPARE(q.rosterBase().weekendDays, (std::vector<int>{5, 6})); // Israel: Friday and Saturday
    // A project without agents takes the site's weekend; one with a roster keeps its own.
    QCOMPARE(makeSampleProject().currentRoster().weekendDays, (std::vector<int>{5, 6}));
    QCOMPARE(q.currentRoster().weekendDays, (std::vector<int>{6, 7}));
    // The validator sees the project's requirement through currentRoster().
    QCOMPARE(int(q.currentRoster().required.at(QString()).size()), 336);
    // Rule settings alone (the Team tab before any agent exists) are kept too, and the roster
    // still takes the site's weekend.
    Project rulesOnly = makeSampleProject();
    rulesOnly.roster.rules[QStringLiteral("maxConsecutiveDays")] = {false, 12.5};
    rulesOnly.roster.rules[QStringLiteral("weekendFairness")] = {false, 40.0}; // soft-only rules by name too
    const QString rulesFile = path(QStringLiteral("rules.tessera"));
    ProjectStore::save(rulesOnly, rulesFile);
    const Project r = ProjectStore::load(rulesFile);
    QCOMPARE(r.roster.rules, rulesOnly.roster.rules);
    QVERIFY(r.roster.agents.empty());
    QCOMPARE(r.currentRoster().weekendDays, (std::vector<int>{5, 6}));
}

void TestProjectStore::migratesSchema3File()
{
    const Project p = makeSampleProject();
    const QString file = path(QStringLiteral("schema3.tessera"));
    ProjectStore::save(p, file);
    QVERIFY(runSql(file, {QStringLiteral("DROP TABLE roster"), QStringLiteral("PRAGMA user_version = 3")}));
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    QVERIFY(q.roster.agents.empty());
    // Saved again, it has the roster table (schema 4) and keeps a roster.
    Project r = withRoster();
    ProjectStore::save(r, file);
    QCOMPARE(ProjectStore::load(file).roster.agents.size(), size_t(3));
}

void TestProjectStore::migratesSchema1File()
{
    // Forge what Tessera 0.1 wrote (schema 1): no shrinkage tables, no channel/ASA meta keys.
    const Project p = makeSampleProject();
    const QString file = path(QStringLiteral("schema1.tessera"));
    ProjectStore::save(p, file);
    QVERIFY(runSql(file, {QStringLiteral("DROP TABLE roster"), QStringLiteral("DROP TABLE shift_template"), QStringLiteral("DROP TABLE skill_demand"),
                          QStringLiteral("DROP TABLE skill"), QStringLiteral("DROP TABLE agent_group"),
                          QStringLiteral("DROP TABLE shrinkage_value"), QStringLiteral("DROP TABLE shrinkage_category"),
                          QStringLiteral("DROP TABLE queue_forecast"), QStringLiteral("DROP TABLE queue"),
                          QStringLiteral("DELETE FROM meta WHERE key IN ('asaSeconds', 'channel', 'concurrency', "
                                         "'deadlineMinutes', 'staffingModel', 'patienceSeconds', 'sl.definition', "
                                         "'maxAbandonment', 'queueName')"),
                          QStringLiteral("PRAGMA user_version = 1")}));
    const QByteArray before = readBytes(file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p); // defaults for everything schema 1 did not have
    QCOMPARE(q.staffing.channel, Channel::Voice);
    QCOMPARE(readBytes(file), before); // migrated on a private copy, the file is untouched
    // Saving writes the current schema.
    ProjectStore::save(q, file);
    QVERIFY(runSql(file, {QStringLiteral("SELECT count(*) FROM shrinkage_category")}));
}

namespace {
/// A work-plan project on one UTC day (30-min intervals) with a solved result: shifts 08:00–17:00
/// with a 30-min unpaid meal 4:00–4:30 and a paid 30-min break 1:00–2:00 after the start.
Project solvedWorkPlans()
{
    Project p;
    p.name = QStringLiteral("work plans");
    p.timeZone = "UTC";
    p.start = QDateTime(QDate(2024, 6, 3), QTime(0, 0), QTimeZone::utc());
    p.demand.assign(48, 0.0);
    for (int i = 16; i < 34; ++i)
        p.demand[size_t(i)] = i < 24 ? 2.0 : 3.0;
    ShiftTemplate t;
    t.id = QStringLiteral("Day");
    t.earliestStartMinutes = t.latestStartMinutes = 8 * 60;
    t.lengthsMinutes = {540};
    t.startIncrementMinutes = 30;
    t.breaks = {BreakRule{30, true, 60, 120, 0, 0}, BreakRule{30, false, 240, 270, 60, 0}};
    p.templates = {t};
    const TemplateProblem tp = p.toTemplateProblem();
    p.lastResult = toSolveResult(tp, solveTemplates(tp, p.solveOptions()));
    return p;
}
} // namespace

void TestProjectStore::placedBreaksRoundTrip()
{
    const Project p = solvedWorkPlans();
    QVERIFY(p.lastResult->hasSolution());
    const std::vector<DecodedShift> &placed = p.lastResult->placedShifts;
    QVERIFY(placed.size() >= 4); // 3 agents at the peak, plus cover for their breaks
    for (const DecodedShift &s : placed) {
        QCOMPARE(s.breaks.size(), size_t(2));
        QCOMPARE(s.breakPaid, (std::vector<bool>{true, false}));
    }
    const QString file = path(QStringLiteral("placed.tessera"));
    ProjectStore::save(p, file);
    const Project q = ProjectStore::load(file);
    QVERIFY(q == p);
    QVERIFY(q.lastResult->placedShifts == placed);
    // A damaged row is refused, naming the table.
    QVERIFY(runSql(file, {QStringLiteral("UPDATE solution_placed_break SET end_ = 99 WHERE shift_ord = 0 AND ord = 1")}));
    try {
        ProjectStore::load(file);
        QFAIL("a break outside its shift was accepted");
    } catch (const InputError &e) {
        QCOMPARE(e.field(), QStringLiteral("solution_placed_break"));
        QCOMPARE(e.reason(), QStringLiteral("a break of placed shift 0 lies outside the shift"));
    }
}

void TestProjectStore::migratesSchema4File()
{
    // What Tessera wrote before schema 5: a work-plan result with counts per variant, no breaks.
    const Project p = solvedWorkPlans();
    const QString file = path(QStringLiteral("schema4.tessera"));
    ProjectStore::save(p, file);
    QVERIFY(runSql(file, {QStringLiteral("DROP TABLE solution_placed_break"), QStringLiteral("DROP TABLE solution_placed_shift"),
                          QStringLiteral("PRAGMA user_version = 4")}));
    const QByteArray before = readBytes(file);
    const Project q = ProjectStore::load(file);
    QCOMPARE(readBytes(file), before); // migrated on a private copy
    QVERIFY(q.lastResult && q.lastResult->placedShifts.empty());
    Project expected = p;
    expected.lastResult->placedShifts.clear();
    QVERIFY(q == expected); // counts, coverage, templates all kept
    // Saved again (schema 5), it keeps break times once it has them.
    ProjectStore::save(p, file);
    QVERIFY(ProjectStore::load(file).lastResult->placedShifts == p.lastResult->placedShifts);
}

QTEST_MAIN(TestProjectStore)
#include "test_projectstore.moc"

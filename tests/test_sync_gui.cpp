// SPDX-License-Identifier: GPL-3.0-or-later
// Platform ▸ Connection Settings and Platform ▸ Sync (ui/syncdialogs.h) against the in-process
// emulator. Set TESSERA_SCREENSHOT_DIR to also write sync-dialog.png (after a pull and a dry run
// with one error) and connection-dialog.png; run under Xvfb for real fonts.
#include "app/platformsim/platformsim.h"
#include "core/sync/rosterexport.h"
#include "ui/document.h"
#include "ui/syncdialogs.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QtTest>

using namespace tessera;
using namespace tessera::ui;
using namespace tessera::sim;

namespace {

const QDate kWeek(2026, 11, 30);
const QString kWrongSecret = QStringLiteral("wrong-secret-7f3a");

/// A store whose backend is missing, like QtKeychain without a Secret Service.
struct NoKeychain : SecretStore {
    std::optional<QString> read(const QString &) override { throw std::runtime_error("No keychain service available"); }
    void write(const QString &, const QString &) override { throw std::runtime_error("No keychain service available"); }
    void remove(const QString &) override {}
};

void saveConnection(const SimThread &sim, MemorySecretStore &store, const QString &secret)
{
    PlatformConnection c;
    c.baseUrl = sim.baseUrl();
    c.clientId = QString::fromLatin1(kDemoClientId);
    c.save();
    store.write(c.secretKey(), secret);
}

bool waitStep(SyncDialog &d)
{
    QSignalSpy spy(&d, &SyncDialog::stepFinished);
    return spy.wait(60000) && spy.first().first().toBool();
}

/// Connect, load the business units and pull one week into the document.
void pullOneWeek(SyncDialog &d)
{
    RetryPolicy p;
    p.baseBackoffMs = 10;
    p.maxBackoffMs = 40;
    d.setRetryPolicy(p);
    PublishOptions o;
    o.pollIntervalMs = 50;
    d.setPublishOptions(o);
    d.refreshBusinessUnits();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
    QCOMPARE(d.businessUnitBox()->count(), 1);
    QCOMPARE(d.managementUnitList()->count(), 3);
    d.weekEdit()->setDate(kWeek);
    d.pull();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
}

/// Four platform agents, Monday to Friday 08:00-16:30 Berlin with a paid break and a meal.
void addShifts(ProjectDocument &doc)
{
    rostering::AgentRoster r = doc.project().roster;
    for (int k = 0; k < 4; ++k)
        for (int day = 0; day < 5; ++day) {
            const int s = day * 96 + 32 + 2 * k;
            r.assignments.push_back({k, s, s + 34, {{s + 16, s + 18}}, {{s + 8, s + 9}}, QStringLiteral("D"), {}});
        }
    doc.applyRoster(r);
}

QStringList filesContaining(const QString &dir, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(needle))
            hits << f.fileName();
    }
    return hits;
}

} // namespace

class TestSyncGui : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void settingsRoundTripWithoutSecret();
    void noKeychainOffersSessionOnly();
    void testConnection_data();
    void testConnection();
    void pullIsOneUndoStep();
    void dryRunErrorBlocksPublish();
    void publishLandsOnEmulator();
    void warningsNeedConfirmation();
    void cancelledPullLeavesProjectUnchanged();
    void cxoneShowsCapabilities();
    void cleanupTestCase();
};

void TestSyncGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("TesseraTest"));
    QCoreApplication::setApplicationName(QStringLiteral("test_sync_gui"));
}

void TestSyncGui::init()
{
    QSettings().clear();
    QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/publish")).removeRecursively();
    sessionSecrets() = MemorySecretStore();
}

void TestSyncGui::settingsRoundTripWithoutSecret()
{
    MemorySecretStore store;
    {
        ConnectionDialog d(&store);
        d.baseUrlEdit()->setText(QStringLiteral("http://127.0.0.1:8085"));
        d.clientIdEdit()->setText(QStringLiteral("demo-client"));
        d.secretEdit()->setText(QStringLiteral("demo-secret"));
        QVERIFY(d.apply());
        QVERIFY(d.secretEdit()->text().isEmpty());
    }
    QCOMPARE(store.read(QStringLiteral("genesys/demo-client")).value_or(QString()), QStringLiteral("demo-secret"));
    ConnectionDialog again(&store);
    QCOMPARE(again.baseUrlEdit()->text(), QStringLiteral("http://127.0.0.1:8085"));
    QCOMPARE(again.clientIdEdit()->text(), QStringLiteral("demo-client"));
    QVERIFY(again.secretEdit()->text().isEmpty());
    QSettings s;
    s.sync();
    for (const QString &k : s.allKeys())
        QVERIFY2(!s.value(k).toString().contains(QStringLiteral("demo-secret")), qPrintable(k));
    QVERIFY(!QFileInfo(s.fileName()).exists() || filesContaining(QFileInfo(s.fileName()).absolutePath(), "demo-secret").isEmpty());
}

void TestSyncGui::noKeychainOffersSessionOnly()
{
    NoKeychain store;
    ConnectionDialog d(&store);
    d.clientIdEdit()->setText(QStringLiteral("demo-client"));
    d.secretEdit()->setText(QStringLiteral("demo-secret"));
    QString asked;
    d.setNoKeychainPrompt([&](const QString &why) {
        asked = why;
        return false;
    });
    QVERIFY(!d.apply());
    QCOMPARE(asked, QStringLiteral("No keychain service available"));
    QVERIFY(!sessionSecrets().read(QStringLiteral("genesys/demo-client")));
    d.setNoKeychainPrompt([](const QString &) { return true; });
    QVERIFY(d.apply());
    PlatformConnection c = PlatformConnection::load();
    QCOMPARE(readSecret(&store, c), QStringLiteral("demo-secret"));
    sessionSecrets() = MemorySecretStore();
    try {
        readSecret(&store, c);
        QFAIL("no error");
    } catch (const std::runtime_error &e) {
        QVERIFY2(QString::fromUtf8(e.what()).contains(QStringLiteral("keychain cannot be read")), e.what());
    }
}

void TestSyncGui::testConnection_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("result");
    QTest::newRow("demo credentials") << "demo-secret" << true
                                      << "Connected: 1 business unit(s): Demo Contact Center (3 management units)";
    QTest::newRow("wrong secret") << kWrongSecret << false << "Failed: ";
}

void TestSyncGui::testConnection()
{
    QFETCH(QString, secret);
    QFETCH(bool, ok);
    QFETCH(QString, result);
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    MemorySecretStore store;
    saveConnection(sim, store, secret);
    ConnectionDialog d(&store);
    QSignalSpy spy(&d, &ConnectionDialog::testFinished);
    d.testConnection();
    QVERIFY(spy.wait(30000));
    QCOMPARE(spy.first().first().toBool(), ok);
    qInfo().noquote() << d.resultText();
    QVERIFY2(d.resultText().startsWith(result), qPrintable(d.resultText()));
    if (!ok) {
        QVERIFY2(d.resultText().contains(QStringLiteral("401")), qPrintable(d.resultText()));
        QVERIFY(!d.resultText().contains(secret));
    }
}

void TestSyncGui::pullIsOneUndoStep()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    MemorySecretStore store;
    saveConnection(sim, store, QStringLiteral("demo-secret"));
    ProjectDocument doc;
    {
        // A one-day project on a 30-minute grid with a local agent and one shift.
        Project local;
        local.demand.assign(48, 2.0);
        local.roster = local.rosterBase();
        rostering::Agent a;
        a.id = QStringLiteral("local-1");
        local.roster.agents.push_back(a);
        local.roster.assignments.push_back({0, 16, 34, {}, {}, QStringLiteral("E"), {}});
        doc.reset(local, QString());
    }
    const Project before = doc.project();
    const int undoBefore = doc.undoStack()->count();
    SyncDialog d(&doc, &store);
    pullOneWeek(d);
    QVERIFY2(d.summaryText().contains(QStringLiteral("the 1 roster shifts of the old grid were removed")), qPrintable(d.summaryText()));
    QVERIFY(doc.project().roster.assignments.empty());
    QCOMPARE(doc.project().roster.agents[0].id, QStringLiteral("local-1")); // local agents stay
    QCOMPARE(doc.undoStack()->count(), undoBefore + 1);
    const Project &p = doc.project();
    QCOMPARE(p.intervalMinutes, 15);
    QCOMPARE(p.intervalCount(), 7 * 96);
    QCOMPARE(p.timeZone, QByteArray("Europe/Berlin"));
    QCOMPARE(int(p.roster.agents.size()), 13);
    QCOMPARE(p.roster.agents[1].contractId, QStringLiteral("platform"));
    QVERIFY2(d.summaryText().startsWith(QStringLiteral("Pulled 12 agents, 8 activity codes and 1 week(s) of forecast")),
             qPrintable(d.summaryText()));
    QVERIFY(d.logText().contains(QStringLiteral("Pulling")));
    doc.undoStack()->undo();
    QVERIFY(doc.project() == before);
    QCOMPARE(int(doc.project().roster.assignments.size()), 1);
    doc.undoStack()->redo();
    QCOMPARE(int(doc.project().roster.agents.size()), 13);

    // Unchecking a management unit leaves its agents out of a second pull into a fresh document.
    ProjectDocument doc2;
    SyncDialog d2(&doc2, &store);
    d2.refreshBusinessUnits();
    QVERIFY(waitStep(d2));
    d2.managementUnitList()->item(2)->setCheckState(Qt::Unchecked);
    d2.weekEdit()->setDate(kWeek);
    d2.pull();
    QVERIFY(waitStep(d2));
    QCOMPARE(int(doc2.project().roster.agents.size()), 12 - int(sim.sim()->agentIds(2).size()));
}

void TestSyncGui::dryRunErrorBlocksPublish()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    MemorySecretStore store;
    saveConnection(sim, store, QStringLiteral("demo-secret"));
    ProjectDocument doc;
    SyncDialog d(&doc, &store);
    pullOneWeek(d);
    addShifts(doc);
    rostering::AgentRoster r = doc.project().roster;
    rostering::Agent stranger;
    stranger.id = QStringLiteral("not-on-platform");
    stranger.name = QStringLiteral("Stranger");
    r.agents.push_back(stranger);
    r.assignments.push_back({int(r.agents.size()) - 1, 32, 66, {}, {}, QStringLiteral("D"), {}});
    doc.applyRoster(r);
    d.dryRun();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
    QVERIFY(d.lastReport().has_value());
    QCOMPARE(d.lastReport()->errorCount(), 1);
    QCOMPARE(d.reportView()->topLevelItemCount(), int(d.lastReport()->issues.size()));
    QCOMPARE(d.reportView()->topLevelItem(0)->text(0), QStringLiteral("Error"));
    QVERIFY(!d.publishButton()->isEnabled());
    d.publish();
    QVERIFY(sim.sim()->schedules().empty());

    if (const QByteArray dir = qgetenv("TESSERA_SCREENSHOT_DIR"); !dir.isEmpty()) {
        d.tabs()->setCurrentIndex(1);
        d.resize(900, 680);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/sync-dialog.png")));
        d.tabs()->setCurrentIndex(0);
        QVERIFY(d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/sync-dialog-pull.png")));
        d.tabs()->setCurrentIndex(2);
        QVERIFY(d.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/sync-dialog-log.png")));
        ConnectionDialog c(&store);
        c.show();
        QVERIFY(QTest::qWaitForWindowExposed(&c));
        QVERIFY(c.grab().save(QString::fromLocal8Bit(dir) + QStringLiteral("/connection-dialog.png")));
    }
}

void TestSyncGui::publishLandsOnEmulator()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    MemorySecretStore store;
    saveConnection(sim, store, QStringLiteral("demo-secret"));
    ProjectDocument doc;
    SyncDialog d(&doc, &store);
    pullOneWeek(d);
    QCOMPARE(d.editsList()->item(0)->text(), QStringLiteral("None: the roster is as it was at the last sync."));
    addShifts(doc);
    QCOMPARE(d.editsList()->count(), 20); // 4 agents × 5 days added offline
    QCOMPARE(d.pushWeekEdit()->date(), kWeek);
    QVERIFY(!d.publishButton()->isEnabled()); // no dry run yet
    d.dryRun();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
    QVERIFY(d.lastReport()->ok());
    QVERIFY(d.publishButton()->isEnabled());
    d.publish();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
    QVERIFY2(d.summaryText().startsWith(QStringLiteral("Published week 2026-11-30: 20 shifts added, 0 deleted, 0 kept")),
             qPrintable(d.summaryText()));
    int found = 0, shifts = 0;
    for (const auto &s : sim.sim()->schedules()) {
        ++found;
        QCOMPARE(int(s.shifts.size()), 4);
        for (const auto &[user, list] : s.shifts) {
            QVERIFY(std::any_of(doc.project().roster.agents.begin(), doc.project().roster.agents.begin() + 4,
                                [&](const auto &a) { return a.id == user; }));
            shifts += int(list.size());
        }
    }
    QCOMPARE(found, 1);
    QCOMPARE(shifts, 20);
    QCOMPARE(d.editsList()->item(0)->text(), QStringLiteral("None: the roster is as it was at the last sync."));
    // An edit after the publish is listed, and invalidates the dry run.
    rostering::AgentRoster r = doc.project().roster;
    r.assignments[0].end -= 2;
    doc.applyRoster(r);
    QCOMPARE(d.editsList()->count(), 1);
    QVERIFY2(d.editsList()->item(0)->text().endsWith(QStringLiteral("Mon 2026-11-30: shift changed")),
             qPrintable(d.editsList()->item(0)->text()));
    QVERIFY(!d.publishButton()->isEnabled());
}

void TestSyncGui::warningsNeedConfirmation()
{
    FixtureParams fp;
    fp.agents = 12;
    SimThread sim(fp);
    MemorySecretStore store;
    saveConnection(sim, store, QStringLiteral("demo-secret"));
    ProjectDocument doc;
    SyncDialog d(&doc, &store);
    pullOneWeek(d);
    // One 8.5-hour shift without any break: a warning (> 360 minutes without Break or Meal).
    rostering::AgentRoster r = doc.project().roster;
    r.assignments.push_back({0, 32, 66, {}, {}, QStringLiteral("D"), {}});
    doc.applyRoster(r);
    d.dryRun();
    QVERIFY(waitStep(d));
    QVERIFY(d.lastReport()->ok());
    QCOMPARE(int(d.lastReport()->issues.size()), 1);
    QCOMPARE(d.lastReport()->issues[0].severity, DryRunIssue::Warning);
    QVERIFY(d.publishButton()->isEnabled());
    QString shown;
    d.setConfirmWarnings([&](const QString &report) {
        shown = report;
        return false;
    });
    QSignalSpy spy(&d, &SyncDialog::stepFinished);
    d.publish();
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.first().first().toBool(), false);
    QVERIFY2(shown.contains(QStringLiteral("without a Break or Meal")), qPrintable(shown));
    QVERIFY(sim.sim()->schedules().empty());
    d.setConfirmWarnings([](const QString &) { return true; });
    d.publish();
    QVERIFY2(waitStep(d), qPrintable(d.summaryText()));
    QVERIFY2(d.summaryText().contains(QStringLiteral("1 shifts added")), qPrintable(d.summaryText()));
}

void TestSyncGui::cancelledPullLeavesProjectUnchanged()
{
    FixtureParams fp;
    fp.agents = 12;
    SimOptions so;
    so.slowMs = 3000;
    SimThread sim(fp, so);
    MemorySecretStore store;
    saveConnection(sim, store, QStringLiteral("demo-secret"));
    ProjectDocument doc;
    const Project before = doc.project();
    SyncDialog d(&doc, &store);
    d.refreshBusinessUnits();
    QVERIFY(waitStep(d));
    sim.sim()->setFault(QStringLiteral("slow"), 1.0);
    QSignalSpy spy(&d, &SyncDialog::stepFinished);
    d.pull();
    QVERIFY(d.isBusy());
    QTest::qWait(300);
    d.cancel();
    QVERIFY(spy.wait(10000));
    QCOMPARE(spy.first().first().toBool(), false);
    QVERIFY2(d.summaryText().startsWith(QStringLiteral("Pull cancelled; the project is unchanged.")), qPrintable(d.summaryText()));
    QVERIFY(doc.project() == before);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TestSyncGui::cxoneShowsCapabilities()
{
    MemorySecretStore store;
    ConnectionDialog d(&store);
    d.platformBox()->setCurrentIndex(d.platformBox()->findData(QStringLiteral("cxone")));
    QVERIFY(!d.capabilitiesLabel()->isHidden());
    QVERIFY(d.capabilitiesLabel()->text().contains(QStringLiteral("Publish schedules: <b>no</b>")));
    QVERIFY(d.apply());
    ProjectDocument doc;
    SyncDialog s(&doc, &store);
    QVERIFY(s.windowTitle().contains(QStringLiteral("NICE CXone")));
}

void TestSyncGui::cleanupTestCase()
{
    // No file the run wrote (settings, publish checkpoints, temp files) holds a secret.
    QStringList dirs = {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                        QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation),
                        QStandardPaths::writableLocation(QStandardPaths::CacheLocation)};
    for (const QString &dir : dirs) {
        if (dir.isEmpty() || !QFileInfo::exists(dir))
            continue;
        QCOMPARE(filesContaining(dir, "demo-secret"), QStringList());
        QCOMPARE(filesContaining(dir, kWrongSecret.toUtf8()), QStringList());
    }
}

QTEST_MAIN(TestSyncGui)
#include "test_sync_gui.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/genesysclient.h"
#include "core/sync/secretstore.h"
#include "core/sync/syncjobs.h"
#include "core/sync/wfmapi.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <map>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

namespace tessera::ui {

class ProjectDocument;

/**
 * The non-secret connection settings, kept in QSettings group "platform" (platform, region,
 * baseUrl, clientId). The client secret is never here: it lives in a SecretStore (the OS
 * keychain in the app) under secretKey(platform, clientId), or, when no keychain is available
 * and the planner agrees, in sessionSecrets() for the life of the process.
 */
struct PlatformConnection {
    QString platform = QStringLiteral("genesys"); ///< "genesys" or "cxone"
    QString region = QStringLiteral("api.mypurecloud.com");
    QString baseUrl; ///< overrides the region (the emulator: http://127.0.0.1:PORT)
    QString clientId;
    ConnectionSettings settings() const;
    QString secretKey() const;
    static PlatformConnection load();
    void save() const;
};

/// Secrets held for this session only (no keychain available): process memory, never written.
MemorySecretStore &sessionSecrets();

/// The secret for `c`: the store's, else the session's. Throws std::runtime_error with a
/// readable message when there is none (or the store failed and the session has none).
QString readSecret(SecretStore *store, const PlatformConnection &c);

/// Lists the business units and their management units (token + GET businessunits; the
/// "Test connection" job and the Sync dialog's BU list).
class BusinessUnitsJob : public SyncJob
{
    Q_OBJECT
public:
    using SyncJob::SyncJob;
    struct Unit {
        BusinessUnitInfo bu;
        std::vector<ManagementUnitInfo> managementUnits;
    };
    const std::vector<Unit> &units() const { return m_units; }

protected:
    void execute() override;

private:
    std::vector<Unit> m_units;
};

/**
 * Platform ▸ Connection Settings: platform (Genesys Cloud or NICE CXone: the latter shows what
 * its public API cannot do and points to file import/export), region or custom base URL, client
 * id, the secret (written straight to the SecretStore, never to QSettings), and Test connection
 * (a BusinessUnitsJob) with its result. Accepting saves PlatformConnection and the secret.
 */
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(SecretStore *store, QWidget *parent = nullptr);
    PlatformConnection connection() const;
    /// Runs Test connection; the result appears in resultText() when testFinished() is emitted.
    void testConnection();
    QString resultText() const;
    QLineEdit *secretEdit() const { return m_secret; }
    QLineEdit *clientIdEdit() const { return m_clientId; }
    QLineEdit *baseUrlEdit() const { return m_baseUrl; }
    QComboBox *platformBox() const { return m_platform; }
    QLabel *capabilitiesLabel() const { return m_capabilities; }
    /// Asked when the keychain fails: true = keep the secret for this session only. Default: a
    /// message box.
    void setNoKeychainPrompt(std::function<bool(const QString &why)> f) { m_noKeychain = std::move(f); }
    /// Saves settings and secret (what OK does); false when the secret could not be kept.
    bool apply();
    void accept() override;

Q_SIGNALS:
    void testFinished(bool ok);

private:
    void updatePlatform();
    SecretStore *m_store;
    QComboBox *m_platform, *m_region;
    QLineEdit *m_baseUrl, *m_clientId, *m_secret;
    QLabel *m_capabilities, *m_result;
    QPushButton *m_test;
    QPointer<BusinessUnitsJob> m_job;
    std::function<bool(const QString &)> m_noKeychain;
};

/**
 * Platform ▸ Sync: pull (business unit, management units, forecast weeks: what will be pulled is
 * spelled out) and push (the week to publish, offline edits since the last sync, the dry-run
 * report before any write: errors block, warnings need confirmation), progress per step with
 * Cancel, the jobs' log lines (context ids included) and a summary. A pull lands in the
 * document as one undo step ("Pull from platform": forecast and grid, roster agents).
 * "Last synced" fingerprints (rosterDayFingerprints) are kept in QSettings under
 * "sync/<project path or name>".
 */
class SyncDialog : public QDialog
{
    Q_OBJECT
public:
    SyncDialog(ProjectDocument *doc, SecretStore *store, QWidget *parent = nullptr);
    ~SyncDialog() override;

    /// Steps, also run by the buttons; each emits stepFinished(ok) at its end.
    void refreshBusinessUnits();
    void pull();
    void dryRun();
    void publish();
    void cancel();
    bool isBusy() const;

    /// Asked before publishing with warnings: true = go on. Default: a message box.
    void setConfirmWarnings(std::function<bool(const QString &report)> f) { m_confirm = std::move(f); }
    void setRetryPolicy(const RetryPolicy &p) { m_policy = p; }
    void setPublishOptions(const PublishOptions &o) { m_publishOptions = o; }

    QComboBox *businessUnitBox() const { return m_bu; }
    QListWidget *managementUnitList() const { return m_mus; }
    QDateEdit *weekEdit() const { return m_week; }
    QSpinBox *weeksBox() const { return m_weeks; }
    QDateEdit *pushWeekEdit() const { return m_pushWeek; }
    QTreeWidget *reportView() const { return m_report; }
    QListWidget *editsList() const { return m_edits; }
    QPushButton *publishButton() const { return m_publishBtn; }
    QTabWidget *tabs() const { return m_tabs; }
    QString summaryText() const;
    QString logText() const;
    const std::optional<DryRunReport> &lastReport() const { return m_lastReport; }
    const std::optional<PublishResult> &lastPublish() const { return m_lastPublish; }
    /// Offline edits since the last pull or publish of this project (listed on the Push tab).
    void updateOfflineEdits();

Q_SIGNALS:
    void stepFinished(bool ok);

private:
    void startJob(SyncJob *job, const QString &step, std::function<void(SyncJob *)> done);
    void finishStep(bool ok, const QString &summary);
    /// The client secret; when it cannot be read (or, with checkAddress, the connection's address
    /// is bad) the step ends with `failure` (its %1 = the reason) and nullopt is returned.
    std::optional<QString> secretOrReport(const QString &failure, bool checkAddress = false);
    /// Returns the number of agents taken into the roster (those of the checked MUs).
    int applyPull(const PlatformSnapshot &snap);
    void recordSynced();
    QString settingsKey() const;
    /// The agent's name: the report's, else the roster's, else the user id.
    QString agentLabel(const QString &userId, const QString &name) const;
    void appendLog(const QString &line);
    void updatePullText();
    void updateButtons();
    ScheduleWeek buildWeek();
    void exportWeekFile();

    ProjectDocument *m_doc;
    SecretStore *m_store;
    PlatformConnection m_conn;
    RetryPolicy m_policy;
    PublishOptions m_publishOptions;
    std::vector<BusinessUnitsJob::Unit> m_units;
    std::optional<PlatformSnapshot> m_snapshot; ///< the last pull's (agents, codes) for dry runs
    std::optional<DryRunReport> m_lastReport;
    std::optional<PublishResult> m_lastPublish;
    std::optional<ScheduleWeek> m_checkedWeek; ///< the week the last dry run checked
    std::function<bool(const QString &)> m_confirm;
    QPointer<SyncJob> m_job;
    int m_droppedShifts = 0; ///< roster shifts the last pull removed (the grid changed)

    QTabWidget *m_tabs;
    QComboBox *m_bu;
    QListWidget *m_mus;
    QDateEdit *m_week, *m_pushWeek;
    QSpinBox *m_weeks;
    QLabel *m_editsLabel = nullptr;
    QLabel *m_pullText, *m_pushText, *m_step, *m_summary, *m_reportHeader;
    QListWidget *m_edits;
    QTreeWidget *m_report;
    QPlainTextEdit *m_log;
    QProgressBar *m_progress;
    QPushButton *m_refreshBtn, *m_pullBtn, *m_dryRunBtn, *m_publishBtn, *m_cancelBtn, *m_exportBtn;
};

} // namespace tessera::ui

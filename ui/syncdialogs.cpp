// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/syncdialogs.h"

#include "core/error.h"
#include "core/sync/cxone.h"
#include "core/sync/rosterexport.h"
#include "ui/commands.h"
#include "ui/document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTreeWidget>
#include <QStyle>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <cstring>

namespace tessera::ui {

// ---- connection ------------------------------------------------------------------------------

ConnectionSettings PlatformConnection::settings() const
{
    ConnectionSettings s;
    s.region = region;
    s.baseUrl = baseUrl.trimmed();
    s.clientId = clientId.trimmed();
    return s;
}

QString PlatformConnection::secretKey() const
{
    return tessera::secretKey(platform, clientId.trimmed());
}

PlatformConnection PlatformConnection::load()
{
    QSettings s;
    s.beginGroup(QStringLiteral("platform"));
    PlatformConnection c;
    c.platform = s.value(QStringLiteral("platform"), c.platform).toString();
    c.region = s.value(QStringLiteral("region"), c.region).toString();
    c.baseUrl = s.value(QStringLiteral("baseUrl")).toString();
    c.clientId = s.value(QStringLiteral("clientId")).toString();
    return c;
}

void PlatformConnection::save() const
{
    QSettings s;
    s.beginGroup(QStringLiteral("platform"));
    s.setValue(QStringLiteral("platform"), platform);
    s.setValue(QStringLiteral("region"), region);
    s.setValue(QStringLiteral("baseUrl"), baseUrl.trimmed());
    s.setValue(QStringLiteral("clientId"), clientId.trimmed());
}

MemorySecretStore &sessionSecrets()
{
    static MemorySecretStore store;
    return store;
}

QString readSecret(SecretStore *store, const PlatformConnection &c)
{
    if (c.clientId.trimmed().isEmpty())
        throw std::runtime_error("No client id: set it in Platform ▸ Connection Settings.");
    QString failure;
    if (store) {
        try {
            if (auto s = store->read(c.secretKey()))
                return *s;
        } catch (const std::exception &e) {
            failure = QString::fromUtf8(e.what());
        }
    }
    if (auto s = sessionSecrets().read(c.secretKey()))
        return *s;
    if (!failure.isEmpty())
        throw std::runtime_error(QStringLiteral("The keychain cannot be read (%1) and no secret was given for this "
                                                "session: enter it in Platform ▸ Connection Settings.")
                                     .arg(failure)
                                     .toStdString());
    throw std::runtime_error(QStringLiteral("No client secret stored for client id %1: enter it in Platform ▸ "
                                            "Connection Settings.")
                                 .arg(c.clientId)
                                 .toStdString());
}

void BusinessUnitsJob::execute()
{
    auto client = makeClient();
    try {
        WfmApi api(*client);
        reportProgress(0.1, QStringLiteral("Requesting a token and the business units"));
        const auto bus = api.businessUnits();
        m_units.clear();
        for (std::size_t i = 0; i < bus.size(); ++i) {
            reportProgress(0.3 + 0.7 * double(i) / double(bus.size()), QStringLiteral("Management units of %1").arg(bus[i].name));
            m_units.push_back({bus[i], api.managementUnits(bus[i].id)});
        }
    } catch (...) {
        keepStats(*client);
        throw;
    }
    keepStats(*client);
}

namespace {

QString platformLabel(const QString &p)
{
    return p == QLatin1String("cxone") ? QStringLiteral("NICE CXone") : QStringLiteral("Genesys Cloud");
}

/// The CXone capabilities as a short HTML list: what works and why the rest goes through files.
QString capabilitiesHtml(const PlatformCapabilities &c)
{
    const std::pair<const char *, const SyncCapability *> rows[] = {
        {"Pull agents", &c.pullAgents},         {"Pull activity codes", &c.pullActivityCodes},
        {"Pull forecasts", &c.pullForecast},    {"Export schedules", &c.exportSchedules},
        {"Publish schedules", &c.publishSchedules}, {"Real-time adherence", &c.realTimeAdherence}};
    QString html = QStringLiteral("<b>%1</b> — what its public API allows:<ul>").arg(c.platform.toHtmlEscaped());
    for (const auto &[name, cap] : rows)
        html += QStringLiteral("<li>%1: %2%3</li>")
                    .arg(QLatin1String(name), cap->available ? QStringLiteral("yes") : QStringLiteral("<b>no</b>"),
                         cap->reason.isEmpty() ? QString() : QStringLiteral(" — ") + cap->reason.toHtmlEscaped());
    html += QStringLiteral("</ul>Where there is no public API, use File ▸ Import Forecast… and the Sync dialog's "
                           "<i>Export week to file…</i> instead.");
    return html;
}

} // namespace

ConnectionDialog::ConnectionDialog(SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setWindowTitle(tr("Platform Connection Settings"));
    const PlatformConnection c = PlatformConnection::load();
    m_platform = new QComboBox;
    m_platform->addItem(platformLabel(QStringLiteral("genesys")), QStringLiteral("genesys"));
    m_platform->addItem(platformLabel(QStringLiteral("cxone")), QStringLiteral("cxone"));
    m_platform->setCurrentIndex(qMax(0, m_platform->findData(c.platform)));
    m_region = new QComboBox;
    m_region->addItems(genesysRegionHosts());
    m_region->setCurrentText(c.region);
    m_baseUrl = new QLineEdit(c.baseUrl);
    m_baseUrl->setPlaceholderText(tr("optional, e.g. http://127.0.0.1:8085 for tessera-platform-sim"));
    m_clientId = new QLineEdit(c.clientId);
    m_secret = new QLineEdit;
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(tr("leave empty to keep the stored secret"));
    auto *secretNote = new QLabel(tr("Stored in the system keychain only — never in the project or the settings."));
    secretNote->setWordWrap(true);
    m_capabilities = new QLabel;
    m_capabilities->setWordWrap(true);
    m_capabilities->setTextFormat(Qt::RichText);
    m_test = new QPushButton(tr("&Test connection"));
    m_result = new QLabel;
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *form = new QFormLayout;
    form->addRow(tr("Platform:"), m_platform);
    form->addRow(tr("Region:"), m_region);
    form->addRow(tr("Custom base URL:"), m_baseUrl);
    form->addRow(tr("Client id:"), m_clientId);
    form->addRow(tr("Client secret:"), m_secret);
    form->addRow(QString(), secretNote);
    auto *testRow = new QHBoxLayout;
    testRow->addWidget(m_test);
    testRow->addWidget(m_result, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_capabilities);
    layout->addLayout(testRow);
    layout->addStretch();
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_platform, &QComboBox::currentIndexChanged, this, &ConnectionDialog::updatePlatform);
    updatePlatform();
    resize(560, sizeHint().height());
}

void ConnectionDialog::updatePlatform()
{
    const bool cxone = m_platform->currentData().toString() == QLatin1String("cxone");
    m_capabilities->setVisible(cxone);
    if (cxone)
        m_capabilities->setText(capabilitiesHtml(cxoneCapabilities()));
    m_region->setEnabled(!cxone);
    m_test->setEnabled(!cxone);
    m_clientId->setPlaceholderText(cxone ? tr("access key id") : tr("OAuth client id (client credentials grant)"));
}

PlatformConnection ConnectionDialog::connection() const
{
    PlatformConnection c;
    c.platform = m_platform->currentData().toString();
    c.region = m_region->currentText();
    c.baseUrl = m_baseUrl->text().trimmed();
    c.clientId = m_clientId->text().trimmed();
    return c;
}

QString ConnectionDialog::resultText() const
{
    return m_result->text();
}

void ConnectionDialog::testConnection()
{
    if (m_job)
        return;
    const PlatformConnection c = connection();
    QString secret = m_secret->text();
    try {
        c.settings().apiBase(); // a bad region or a non-loopback http URL fails here, readably
        if (secret.isEmpty())
            secret = readSecret(m_store, c);
    } catch (const std::exception &e) {
        m_result->setText(tr("Not tested: %1").arg(QString::fromUtf8(e.what())));
        Q_EMIT testFinished(false);
        return;
    }
    RetryPolicy quick;
    quick.maxAttempts = 2;
    quick.timeoutMs = 15000;
    m_job = new BusinessUnitsJob(c.settings(), secret, quick, this);
    m_result->setText(tr("Testing…"));
    m_test->setEnabled(false);
    connect(m_job, &Job::finished, this, [this] {
        BusinessUnitsJob *job = m_job;
        const bool ok = job->errorMessage().isEmpty();
        if (ok) {
            QStringList names;
            for (const auto &u : job->units())
                names << QStringLiteral("%1 (%2 management units)").arg(u.bu.name).arg(u.managementUnits.size());
            m_result->setText(tr("Connected: %n business unit(s): %1", nullptr, int(job->units().size())).arg(names.join(QStringLiteral(", "))));
        } else {
            m_result->setText(tr("Failed: %1").arg(job->errorMessage()));
        }
        m_test->setEnabled(true);
        job->deleteLater();
        Q_EMIT testFinished(ok);
    });
    m_job->start();
}

bool ConnectionDialog::apply()
{
    const PlatformConnection c = connection();
    c.save();
    const QString secret = m_secret->text();
    if (secret.isEmpty() || c.clientId.isEmpty())
        return true;
    try {
        if (!m_store)
            throw std::runtime_error("no keychain in this build");
        m_store->write(c.secretKey(), secret);
        sessionSecrets().remove(c.secretKey());
        m_secret->clear();
        return true;
    } catch (const std::exception &e) {
        const QString why = QString::fromUtf8(e.what());
        const bool session = m_noKeychain ? m_noKeychain(why)
                                          : QMessageBox::question(this, tr("No keychain available"),
                                                                  tr("The secret cannot be stored in the system keychain (%1).\n\n"
                                                                     "Use it for this session only? It will not be saved anywhere "
                                                                     "and must be entered again after a restart.")
                                                                      .arg(why)) == QMessageBox::Yes;
        if (!session)
            return false;
        sessionSecrets().write(c.secretKey(), secret);
        m_secret->clear();
        return true;
    }
}

void ConnectionDialog::accept()
{
    if (apply())
        QDialog::accept();
}

// ---- sync ------------------------------------------------------------------------------------

namespace {

int weekdayNumber(const QString &name)
{
    static const char *names[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
    for (int i = 0; i < 7; ++i)
        if (name.compare(QLatin1String(names[i]), Qt::CaseInsensitive) == 0)
            return i + 1;
    return 1;
}

QDate snapToWeekStart(const QDate &d, int startDay)
{
    return d.addDays(-((d.dayOfWeek() - startDay + 7) % 7));
}

} // namespace

SyncDialog::SyncDialog(ProjectDocument *doc, SecretStore *store, QWidget *parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_store(store)
    , m_conn(PlatformConnection::load())
{
    setWindowTitle(tr("Sync with %1").arg(platformLabel(m_conn.platform)));
    m_publishOptions.pollIntervalMs = 250;
    const QString target = m_conn.baseUrl.isEmpty() ? m_conn.region : m_conn.baseUrl;
    auto *where = new QLabel(tr("<b>%1</b> at %2, client id %3")
                                 .arg(platformLabel(m_conn.platform), target.toHtmlEscaped(),
                                      m_conn.clientId.isEmpty() ? tr("(none — see Connection Settings)") : m_conn.clientId.toHtmlEscaped()));
    m_tabs = new QTabWidget;

    // Pull
    auto *pullPage = new QWidget;
    m_bu = new QComboBox;
    m_refreshBtn = new QPushButton(tr("&Load business units"));
    m_mus = new QListWidget;
    m_mus->setMaximumHeight(110);
    m_week = new QDateEdit(QDate::currentDate());
    m_week->setCalendarPopup(true);
    m_week->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_weeks = new QSpinBox;
    m_weeks->setRange(1, 6);
    m_weeks->setSuffix(tr(" week(s)"));
    m_pullText = new QLabel;
    m_pullText->setWordWrap(true);
    m_pullBtn = new QPushButton(tr("&Pull"));
    auto *buRow = new QHBoxLayout;
    buRow->addWidget(m_bu, 1);
    buRow->addWidget(m_refreshBtn);
    auto *pullForm = new QFormLayout;
    pullForm->addRow(tr("Business unit:"), buRow);
    pullForm->addRow(tr("Management units:"), m_mus);
    pullForm->addRow(tr("Forecast from week:"), m_week);
    pullForm->addRow(tr("Forecast length:"), m_weeks);
    auto *pullLayout = new QVBoxLayout(pullPage);
    pullLayout->addLayout(pullForm);
    pullLayout->addWidget(m_pullText);
    pullLayout->addWidget(m_pullBtn, 0, Qt::AlignRight);
    pullLayout->addStretch();
    m_tabs->addTab(pullPage, tr("Pull"));

    // Push
    auto *pushPage = new QWidget;
    m_pushWeek = new QDateEdit(doc->project().effectiveStart().date());
    m_pushWeek->setCalendarPopup(true);
    m_pushWeek->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd"));
    m_pushText = new QLabel;
    m_pushText->setWordWrap(true);
    m_edits = new QListWidget;
    m_edits->setMaximumHeight(90);
    m_reportHeader = new QLabel(tr("No dry run yet: the schedule is checked locally before anything is written."));
    m_reportHeader->setWordWrap(true);
    m_report = new QTreeWidget;
    m_report->setHeaderLabels({tr("Severity"), tr("Agent"), tr("Problem")});
    m_report->setRootIsDecorated(false);
    m_report->header()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_dryRunBtn = new QPushButton(tr("&Dry run"));
    m_publishBtn = new QPushButton(tr("P&ublish"));
    m_exportBtn = new QPushButton(tr("&Export week to file…"));
    auto *pushForm = new QFormLayout;
    pushForm->addRow(tr("Week to publish:"), m_pushWeek);
    m_editsLabel = new QLabel(tr("Offline edits since the last sync:"));
    pushForm->addRow(m_editsLabel, m_edits);
    auto *pushButtons = new QHBoxLayout;
    pushButtons->addWidget(m_exportBtn);
    pushButtons->addStretch();
    pushButtons->addWidget(m_dryRunBtn);
    pushButtons->addWidget(m_publishBtn);
    auto *pushLayout = new QVBoxLayout(pushPage);
    pushLayout->addLayout(pushForm);
    pushLayout->addWidget(m_pushText);
    pushLayout->addWidget(m_reportHeader);
    pushLayout->addWidget(m_report, 1);
    pushLayout->addLayout(pushButtons);
    m_tabs->addTab(pushPage, tr("Push"));

    // Log
    m_log = new QPlainTextEdit;
    m_log->setReadOnly(true);
    m_log->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_tabs->addTab(m_log, tr("Log"));

    m_step = new QLabel(tr("Ready."));
    m_progress = new QProgressBar;
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    m_cancelBtn = new QPushButton(tr("&Cancel"));
    m_summary = new QLabel;
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_step, 2);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancelBtn);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(where);
    layout->addWidget(m_tabs, 1);
    layout->addLayout(progressRow);
    layout->addWidget(m_summary);
    layout->addWidget(close);

    if (m_conn.platform == QLatin1String("cxone")) {
        const QString html = capabilitiesHtml(cxoneCapabilities());
        m_pullText->setText(html);
        m_pushText->setText(html);
        m_pullText->setTextFormat(Qt::RichText);
        m_pushText->setTextFormat(Qt::RichText);
    }

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refreshBtn, &QPushButton::clicked, this, &SyncDialog::refreshBusinessUnits);
    connect(m_pullBtn, &QPushButton::clicked, this, &SyncDialog::pull);
    connect(m_dryRunBtn, &QPushButton::clicked, this, &SyncDialog::dryRun);
    connect(m_publishBtn, &QPushButton::clicked, this, &SyncDialog::publish);
    connect(m_cancelBtn, &QPushButton::clicked, this, &SyncDialog::cancel);
    connect(m_exportBtn, &QPushButton::clicked, this, &SyncDialog::exportWeekFile);
    connect(m_bu, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_mus->clear();
        if (i >= 0 && i < int(m_units.size())) {
            for (const auto &mu : m_units[i].managementUnits) {
                auto *item = new QListWidgetItem(mu.name, m_mus);
                item->setData(Qt::UserRole, mu.id);
                item->setCheckState(Qt::Checked);
            }
            const int startDay = weekdayNumber(m_units[i].bu.startDayOfWeek);
            m_week->setDate(snapToWeekStart(m_week->date(), startDay));
            m_pushWeek->setDate(snapToWeekStart(m_pushWeek->date(), startDay));
        }
        if (m_snapshot && (i < 0 || i >= int(m_units.size()) || m_snapshot->businessUnit.id != m_units[i].bu.id))
            m_snapshot.reset();
        updatePullText();
        updateButtons();
    });
    connect(m_mus, &QListWidget::itemChanged, this, &SyncDialog::updatePullText);
    connect(m_week, &QDateEdit::dateChanged, this, &SyncDialog::updatePullText);
    connect(m_weeks, &QSpinBox::valueChanged, this, &SyncDialog::updatePullText);
    const auto invalidate = [this] {
        m_lastReport.reset();
        m_checkedWeek.reset();
        m_report->clear();
        m_reportHeader->setText(tr("Changed since the dry run: run it again before publishing."));
        updateButtons();
    };
    connect(m_pushWeek, &QDateEdit::dateChanged, this, invalidate);
    connect(m_doc, &ProjectDocument::changed, this, [this, invalidate] {
        if (m_lastReport)
            invalidate();
        updateOfflineEdits();
    });
    updatePullText();
    updateOfflineEdits();
    updateButtons();
    resize(760, 600);
}

SyncDialog::~SyncDialog()
{
    if (m_job) {
        m_job->cancel();
        m_job->wait();
    }
}

bool SyncDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void SyncDialog::updateButtons()
{
    const bool genesys = m_conn.platform != QLatin1String("cxone");
    const bool busy = isBusy();
    const bool haveBu = m_bu->currentIndex() >= 0;
    m_refreshBtn->setEnabled(genesys && !busy);
    m_pullBtn->setEnabled(genesys && !busy && haveBu);
    m_dryRunBtn->setEnabled(genesys && !busy && haveBu);
    m_publishBtn->setEnabled(genesys && !busy && m_lastReport && m_lastReport->ok() && m_checkedWeek);
    m_exportBtn->setVisible(!genesys);
    m_cancelBtn->setEnabled(busy);
}

void SyncDialog::updatePullText()
{
    if (m_conn.platform == QLatin1String("cxone"))
        return;
    const int i = m_bu->currentIndex();
    if (i < 0 || i >= int(m_units.size())) {
        m_pullText->setText(tr("Load the business units to choose what to pull."));
        return;
    }
    QStringList mus;
    for (int r = 0; r < m_mus->count(); ++r)
        if (m_mus->item(r)->checkState() == Qt::Checked)
            mus << m_mus->item(r)->text();
    const auto &bu = m_units[i].bu;
    m_pullText->setText(
        tr("Will pull from %1 (%2, weeks start on %3):\n"
           "• the agents of %4 — added to the roster as named agents (user id, name, skills and queues; "
           "contract “platform” for new ones);\n"
           "• the activity codes (for publishing later);\n"
           "• %n week(s) of 15-minute forecast from %5 — replaces the project's forecast, time zone and "
           "interval grid. One undo step reverts the whole pull.",
           nullptr, m_weeks->value())
            .arg(bu.name, bu.timeZone, bu.startDayOfWeek,
                 mus.isEmpty() ? tr("no management unit") : mus.join(QStringLiteral(", ")),
                 m_week->date().toString(QStringLiteral("ddd d MMM yyyy"))));
}

QString SyncDialog::settingsKey() const
{
    const QString id = m_doc->filePath().isEmpty() ? QStringLiteral("unsaved/") + m_doc->project().name
                                                   : QFileInfo(m_doc->filePath()).absoluteFilePath();
    return QStringLiteral("sync/") + QString::fromLatin1(id.toUtf8().toBase64(QByteArray::Base64UrlEncoding));
}

QString SyncDialog::agentLabel(const QString &userId, const QString &name) const
{
    if (!name.isEmpty())
        return name;
    for (const auto &a : m_doc->project().roster.agents)
        if (a.id == userId && !a.name.isEmpty())
            return a.name;
    return userId;
}

void SyncDialog::recordSynced()
{
    QSettings s;
    QVariantMap map;
    for (const auto &[k, v] : rosterDayFingerprints(m_doc->project()))
        map.insert(k, v);
    s.setValue(settingsKey(), map);
    updateOfflineEdits();
}

void SyncDialog::updateOfflineEdits()
{
    m_edits->clear();
    m_editsLabel->setText(tr("Offline edits since the last sync:"));
    const QVariant stored = QSettings().value(settingsKey());
    if (!stored.isValid()) {
        m_edits->addItem(tr("Never synced: every shift of the roster is new to the platform."));
        return;
    }
    std::map<QString, QString> synced;
    const QVariantMap map = stored.toMap();
    for (auto it = map.begin(); it != map.end(); ++it)
        synced[it.key()] = it.value().toString();
    auto changes = rosterChangesSince(synced, m_doc->project());
    if (changes.empty())
        m_edits->addItem(tr("None: the roster is as it was at the last sync."));
    std::stable_sort(changes.begin(), changes.end(), [this](const RosterDayChange &a, const RosterDayChange &b) {
        return agentLabel(a.agentId, a.agentName) < agentLabel(b.agentId, b.agentName);
    });
    static const char *kinds[] = {QT_TR_NOOP("shift added"), QT_TR_NOOP("shift removed"), QT_TR_NOOP("shift changed")};
    if (!changes.empty())
        m_editsLabel->setText(tr("Offline edits since the last sync (%1 agent-days):").arg(changes.size()));
    for (const auto &c : changes) {
        auto *item = new QListWidgetItem(QStringLiteral("%1, %2: %3")
                                             .arg(agentLabel(c.agentId, c.agentName),
                                                  c.date.toString(QStringLiteral("ddd yyyy-MM-dd")), tr(kinds[c.kind])),
                                         m_edits);
        item->setToolTip(c.text());
    }
}

void SyncDialog::startJob(SyncJob *job, const QString &step, std::function<void(SyncJob *)> done)
{
    m_job = job;
    m_step->setText(step);
    m_progress->setValue(0);
    appendLog(QStringLiteral("— %1").arg(step));
    connect(job, &SyncJob::logLine, this, &SyncDialog::appendLog);
    connect(job, &Job::progress, this, [this, step](double f, const QString &msg) {
        m_progress->setValue(int(f * 100.0));
        m_step->setText(msg.isEmpty() ? step : step + QStringLiteral(": ") + msg);
    });
    connect(job, &Job::finished, this, [this, job, done = std::move(done)] {
        m_job = nullptr;
        job->deleteLater();
        done(job);
        updateButtons();
    });
    updateButtons();
    job->start();
}

void SyncDialog::finishStep(bool ok, const QString &summary)
{
    m_progress->setValue(ok ? 100 : m_progress->value());
    m_step->setText(ok ? tr("Done.") : tr("Stopped."));
    m_summary->setText(summary);
    appendLog(summary);
    updateButtons();
    Q_EMIT stepFinished(ok);
}

void SyncDialog::appendLog(const QString &line)
{
    m_log->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss  ")) + line);
}

QString SyncDialog::summaryText() const
{
    return m_summary->text();
}

QString SyncDialog::logText() const
{
    return m_log->toPlainText();
}

void SyncDialog::cancel()
{
    if (m_job)
        m_job->cancel();
}

namespace {

QString statsText(const SyncStats &s)
{
    return QObject::tr("%1 requests, %2 retries, %3 rate-limited").arg(s.requests).arg(s.retries).arg(s.rateLimited);
}

} // namespace

std::optional<QString> SyncDialog::secretOrReport(const QString &failure, bool checkAddress)
{
    try {
        QString secret = readSecret(m_store, m_conn);
        if (checkAddress)
            m_conn.settings().apiBase(); // throws on a bad region or base URL
        return secret;
    } catch (const std::exception &e) {
        finishStep(false, failure.arg(QString::fromUtf8(e.what())));
        return std::nullopt;
    }
}

void SyncDialog::refreshBusinessUnits()
{
    if (isBusy())
        return;
    const std::optional<QString> secret = secretOrReport(tr("Cannot connect: %1"), true);
    if (!secret)
        return;
    startJob(new BusinessUnitsJob(m_conn.settings(), *secret, m_policy, this), tr("Loading business units"), [this](SyncJob *j) {
        auto *job = static_cast<BusinessUnitsJob *>(j);
        if (!job->errorMessage().isEmpty()) {
            finishStep(false, tr("Loading business units failed: %1").arg(job->errorMessage()));
            return;
        }
        m_units = job->units();
        m_bu->clear();
        for (const auto &u : m_units)
            m_bu->addItem(QStringLiteral("%1 (%2)").arg(u.bu.name, u.bu.timeZone), u.bu.id);
        finishStep(true, tr("%n business unit(s) found; %1.", nullptr, int(m_units.size())).arg(statsText(job->stats())));
    });
}

void SyncDialog::pull()
{
    const int i = m_bu->currentIndex();
    if (isBusy() || i < 0 || i >= int(m_units.size()))
        return;
    const std::optional<QString> secret = secretOrReport(tr("Cannot pull: %1"));
    if (!secret)
        return;
    auto *job = new PullJob(m_conn.settings(), *secret, m_units[i].bu.id, m_week->date(), m_weeks->value(), m_policy, this);
    job->setAgentDetails(true);
    startJob(job, tr("Pulling"), [this](SyncJob *j) {
        auto *job = static_cast<PullJob *>(j);
        if (job->isCancelRequested() && !job->errorMessage().isEmpty()) {
            finishStep(false, tr("Pull cancelled; the project is unchanged."));
            return;
        }
        if (!job->errorMessage().isEmpty()) {
            finishStep(false, tr("Pull failed, the project is unchanged: %1").arg(job->errorMessage()));
            return;
        }
        const int agents = applyPull(job->snapshot());
        const auto &s = job->snapshot();
        finishStep(true, tr("Pulled %1 agents, %2 activity codes and %3 week(s) of forecast for %4 planning group(s) "
                            "into the project (Edit ▸ Undo reverts it); %5.")
                             .arg(agents)
                             .arg(s.activityCodes.size())
                             .arg(s.forecast ? s.forecast->weeks : 0)
                             .arg(s.forecast ? s.forecast->series.size() : 0)
                             .arg(statsText(job->stats())) +
                       (m_droppedShifts > 0 ? tr(" The forecast moved the project to another interval grid, so the %1 "
                                                 "roster shifts of the old grid were removed (also undone by Undo).")
                                                  .arg(m_droppedShifts)
                                            : QString()));
    });
}

int SyncDialog::applyPull(const PlatformSnapshot &pulled)
{
    // Only the checked management units' agents become roster agents.
    m_droppedShifts = 0;
    PlatformSnapshot snap = pulled;
    QStringList keep;
    for (int r = 0; r < m_mus->count(); ++r)
        if (m_mus->item(r)->checkState() == Qt::Checked)
            keep << m_mus->item(r)->data(Qt::UserRole).toString();
    std::erase_if(snap.agents, [&](const AgentInfo &a) { return !keep.contains(a.managementUnitId); });
    m_snapshot = pulled; // the dry run checks against every agent of the BU

    const Project &before = m_doc->project();
    Project after = snap.forecast ? projectFromForecast(*snap.forecast, snap.businessUnit, before) : before;
    rostering::AgentRoster roster = after.rosterBase();
    roster.contracts = before.roster.contracts;
    roster.agents = before.roster.agents;
    roster.rules = before.roster.rules;
    const rostering::AgentRoster oldBase = before.rosterBase();
    if (oldBase.intervalMinutes == roster.intervalMinutes && oldBase.days == roster.days &&
        before.effectiveStart() == after.effectiveStart())
        roster.assignments = before.roster.assignments; // same grid: the shifts keep their meaning
    else
        m_droppedShifts = int(before.roster.assignments.size()); // another grid: old interval indices mean nothing
    mergePlatformAgents(roster, snap);

    QUndoStack *undo = m_doc->undoStack();
    undo->beginMacro(tr("Pull from %1").arg(snap.businessUnit.name));
    if (snap.forecast)
        commands::replaceForecast(m_doc, after, tr("Pull forecast"));
    commands::replaceRoster(m_doc, roster, tr("Pull agents"));
    undo->endMacro();
    recordSynced();
    m_pushWeek->setDate(m_week->date());
    return int(snap.agents.size());
}

ScheduleWeek SyncDialog::buildWeek()
{
    RosterExportOptions o;
    o.weekDate = m_pushWeek->date();
    o.description = m_doc->project().name.isEmpty() ? QStringLiteral("Tessera roster") : m_doc->project().name;
    return scheduleWeekFromRoster(m_doc->project(), *m_snapshot, o);
}

void SyncDialog::dryRun()
{
    const int i = m_bu->currentIndex();
    if (isBusy() || i < 0 || i >= int(m_units.size()))
        return;
    const std::optional<QString> secret = secretOrReport(tr("Cannot check: %1"));
    if (!secret)
        return;
    const auto runDryRun = [this, secret = *secret] {
        ScheduleWeek week;
        try {
            week = buildWeek();
        } catch (const InputError &e) {
            finishStep(false, tr("The roster cannot be turned into a schedule: %1").arg(e.message()));
            return;
        }
        startJob(new PublishJob(m_conn.settings(), secret, week, *m_snapshot, m_publishOptions, true, m_policy, this),
                 tr("Dry run"), [this, week](SyncJob *j) {
                     auto *job = static_cast<PublishJob *>(j);
                     // A report with errors comes with an errorMessage (nothing written): show the report.
                     if (!job->errorMessage().isEmpty() && job->report().ok()) {
                         finishStep(false, tr("Dry run failed: %1").arg(job->errorMessage()));
                         return;
                     }
                     const DryRunReport &r = job->report();
                     m_lastReport = r;
                     m_checkedWeek = week;
                     m_report->clear();
                     for (const auto &issue : r.issues) {
                         auto *item = new QTreeWidgetItem(m_report);
                         const bool error = issue.severity == DryRunIssue::Error;
                         item->setText(0, error ? tr("Error") : tr("Warning"));
                         item->setIcon(0, style()->standardIcon(error ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
                         item->setText(1, agentLabel(issue.userId, issue.agentName));
                         item->setToolTip(1, issue.userId);
                         item->setText(2, issue.message);
                         item->setToolTip(2, issue.message);
                     }
                     appendLog(r.text());
                     m_report->resizeColumnToContents(0);
                     m_report->resizeColumnToContents(1);
                     const QString head = r.text().section(QLatin1Char('\n'), 0, 0);
                     m_reportHeader->setText(
                         r.ok() ? (r.issues.empty() ? tr("%1 — nothing blocks the publish.").arg(head)
                                                    : tr("%1 — warnings need your confirmation before publishing.").arg(head))
                                : tr("%1 — <b>errors block the publish</b>: fix them in the roster, then run the dry run again.")
                                      .arg(head));
                     m_reportHeader->setTextFormat(Qt::RichText);
                     finishStep(true, r.ok() ? tr("Dry run of week %1: %2 agents, %3 shifts, ready to publish.")
                                                   .arg(week.weekDate.toString(Qt::ISODate))
                                                   .arg(r.agents)
                                                   .arg(r.shifts)
                                             : tr("Dry run of week %1: %n error(s) block the publish.", nullptr, r.errorCount())
                                                   .arg(week.weekDate.toString(Qt::ISODate)));
                 });
    };
    if (m_snapshot && m_snapshot->businessUnit.id == m_units[i].bu.id) {
        runDryRun();
        return;
    }
    // No pull in this session: read the platform's agents and activity codes first (no forecast).
    auto *job = new PullJob(m_conn.settings(), *secret, m_units[i].bu.id, m_pushWeek->date(), 0, m_policy, this);
    startJob(job, tr("Reading agents and activity codes"), [this, runDryRun](SyncJob *j) {
        auto *job = static_cast<PullJob *>(j);
        if (!job->errorMessage().isEmpty()) {
            finishStep(false, tr("Reading the platform failed: %1").arg(job->errorMessage()));
            return;
        }
        m_snapshot = job->snapshot();
        runDryRun();
    });
}

void SyncDialog::publish()
{
    if (isBusy() || !m_lastReport || !m_checkedWeek || !m_snapshot)
        return;
    if (!m_lastReport->ok())
        return; // errors block; the button is disabled too
    if (!m_lastReport->issues.empty()) {
        const QString text = m_lastReport->text();
        const bool go = m_confirm ? m_confirm(text)
                                  : QMessageBox::question(this, tr("Publish with warnings?"),
                                                          tr("The dry run found warnings:\n\n%1\n\nPublish anyway?").arg(text)) ==
                                        QMessageBox::Yes;
        if (!go) {
            finishStep(false, tr("Publish not started: the warnings were not confirmed."));
            return;
        }
    }
    const std::optional<QString> secret = secretOrReport(tr("Cannot publish: %1"));
    if (!secret)
        return;
    PublishOptions o = m_publishOptions;
    if (o.checkpointPath.isEmpty()) {
        const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QStringLiteral("/publish");
        QDir().mkpath(dir);
        o.checkpointPath = dir + QStringLiteral("/%1-%2.json").arg(m_checkedWeek->businessUnitId, m_checkedWeek->weekDate.toString(Qt::ISODate));
    }
    const ScheduleWeek week = *m_checkedWeek;
    const QString checkpoint = o.checkpointPath;
    startJob(new PublishJob(m_conn.settings(), *secret, week, *m_snapshot, o, false, m_policy, this), tr("Publishing"),
             [this, week, checkpoint](SyncJob *j) {
                 auto *job = static_cast<PublishJob *>(j);
                 if (job->isCancelRequested() && !job->result()) {
                     finishStep(false, tr("Publish cancelled. Running it again resumes from the last finished chunk "
                                          "without doubling shifts."));
                     return;
                 }
                 if (!job->errorMessage().isEmpty() || !job->result()) {
                     finishStep(false, tr("Publish stopped: %1\nRunning it again resumes without doubling shifts.")
                                           .arg(job->errorMessage()));
                     return;
                 }
                 QFile::remove(checkpoint); // done: a checkpoint only serves to resume an interrupted publish
                 m_lastPublish = job->result();
                 const PublishResult &r = *m_lastPublish;
                 recordSynced();
                 finishStep(true, tr("Published week %1: %2 shifts added, %3 deleted, %4 kept, in %5 chunk(s); "
                                     "schedule version %6; %7.")
                                      .arg(week.weekDate.toString(Qt::ISODate))
                                      .arg(r.shiftsAdded)
                                      .arg(r.shiftsDeleted)
                                      .arg(r.shiftsKept)
                                      .arg(r.chunks)
                                      .arg(r.version)
                                      .arg(statsText(job->stats())));
             });
}

void SyncDialog::exportWeekFile()
{
    // NICE CXone: no public publish API, so the week goes to a ScheduleWeek JSON file for the
    // platform's own import. Activity codes are named by their category.
    PlatformSnapshot snap;
    for (const char *cat : {"OnQueueWork", "Break", "Meal"})
        snap.activityCodes.push_back({QLatin1String(cat), QLatin1String(cat), QLatin1String(cat), std::strcmp(cat, "Meal") != 0, true});
    snap.businessUnit.timeZone = QString::fromUtf8(m_doc->project().timeZone);
    RosterExportOptions o;
    o.weekDate = m_pushWeek->date();
    const QString path = QFileDialog::getSaveFileName(this, tr("Export week"), QString(), tr("Schedule week (*.json)"));
    if (path.isEmpty())
        return;
    try {
        const ScheduleWeek w = scheduleWeekFromRoster(m_doc->project(), snap, o);
        QSaveFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            throw std::runtime_error(f.errorString().toStdString());
        f.write(QByteArray::fromStdString(scheduleWeekToJson(w).dump(2)));
        if (!f.commit())
            throw std::runtime_error(f.errorString().toStdString());
        finishStep(true, tr("Exported %1 shifts to %2.").arg(w.shiftCount()).arg(path));
    } catch (const std::exception &e) {
        finishStep(false, tr("Export failed: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace tessera::ui

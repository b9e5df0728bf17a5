// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "core/error.h"
#include "core/io/forecastcsv.h"
#include "core/io/problemjson.h"
#include "core/project/projectstore.h"
#include "core/project/sampleproject.h"
#include "core/staffing/explain.h"
#include "ui/charts.h"
#include "ui/commands.h"
#include "core/io/csv.h"
#include "ui/forecastdialog.h"
#include "ui/importdialog.h"
#include "ui/forecastmodel.h"
#include "ui/settingswidgets.h"
#include "ui/rostermodels.h"
#include "ui/rosterview.h"
#include "ui/teamview.h"
#include "ui/shiftcatalogmodel.h"
#include "ui/solverpanel.h"
#include "ui/keychainsecretstore.h"
#include "ui/syncdialogs.h"
#include "ui/workplanview.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QSignalBlocker>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QVBoxLayout>

#include <cmath>

namespace tessera::ui {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_doc(new ProjectDocument(this))
{
    setWindowIcon(QIcon(QStringLiteral(":/icons/tessera.svg")));
    m_tabs = new QTabWidget(this);
    m_tabs->setDocumentMode(true);
    m_tabPages[ForecastTab] = createForecastTab();
    m_tabPages[CatalogTab] = createCatalogTab();
    m_tabPages[WorkPlansTab] = m_workPlans = new WorkPlanView(m_doc, this);
    m_tabPages[ConstraintsTab] = createConstraintsTab();
    m_tabPages[CoverageTab] = createCoverageTab();
    m_tabPages[RosterTab] = m_roster = new RosterView(m_doc, this);
    m_tabs->addTab(m_tabPages[ForecastTab], tr("Forecast && staffing"));
    m_tabs->addTab(m_tabPages[CatalogTab], tr("Shift catalog"));
    m_tabs->addTab(m_workPlans, tr("Work plans"));
    m_tabs->addTab(m_tabPages[ConstraintsTab], tr("Constraints"));
    m_tabs->addTab(m_tabPages[CoverageTab], tr("Coverage"));
    m_tabs->addTab(m_roster, tr("Roster"));
    m_tabPages[TeamTab] = m_team = new TeamView(m_doc, this);
    m_tabs->addTab(m_team, tr("Team"));
    connect(m_team, &TeamView::editRejected, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Edit not applied: %1").arg(why), 8000); });
    connect(m_workPlans, &WorkPlanView::editRejected, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Edit not applied: %1").arg(why), 8000); });
    connect(m_roster->relaxationPanel(), &RelaxationPanel::activated, this, &MainWindow::applyRelaxation);
    connect(m_roster->gridModel(), &RosterGridModel::editRejected, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Edit not applied: %1").arg(why), 8000); });
    setCentralWidget(m_tabs);

    m_solver = new SolverPanel(m_doc, this);
    auto *dock = new QDockWidget(tr("Solver"), this);
    dock->setObjectName(QStringLiteral("solverDock"));
    dock->setWidget(m_solver);
    dock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    connect(m_solver, &SolverPanel::solveFinished, this, [this](const SolveResult &r) {
        showTab(CoverageTab);
        statusBar()->showMessage(tr("Solve finished: %1, objective %2 in %3 s")
                                     .arg(SolverPanel::statusText(r.status), std::isnan(r.objective) ? QStringLiteral("–") : QLocale().toString(r.objective, 'f', 2),
                                          QLocale().toString(r.seconds, 'f', 2)),
                                 8000);
    });

    createActions();
    connect(m_doc, &ProjectDocument::fileChanged, this, &MainWindow::updateTitle);
    connect(m_doc->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &ProjectDocument::changed, this, &MainWindow::updateSummary);
    resize(1440, 900);
    updateTitle();
}

void MainWindow::showTab(Tab t)
{
    m_tabs->setCurrentWidget(m_tabPages[t]);
}

void MainWindow::selectInterval(int t)
{
    m_forecastView->selectRow(t);
    m_forecastView->scrollTo(m_forecastModel->index(t, 0), QAbstractItemView::PositionAtCenter);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAct = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")), tr("&New"), this, &MainWindow::newProject);
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this, &MainWindow::openDialog);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addAction(tr("Open &Sample Project"), this, &MainWindow::openSample);
    QAction *saveAct = file->addAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this, &MainWindow::save);
    saveAct->setShortcut(QKeySequence::Save);
    QAction *saveAsAct = file->addAction(tr("Save &As…"), this, &MainWindow::saveAsDialog);
    saveAsAct->setShortcut(QKeySequence::SaveAs);
    file->addSeparator();
    file->addAction(tr("&Import Forecast CSV…"), this, &MainWindow::importForecast);
    file->addAction(tr("&Forecast from History…"), this, [this] {
        ForecastDialog dialog(m_doc, this);
        dialog.exec();
    });
    file->addAction(tr("Export &Problem JSON…"), this, &MainWindow::exportProblem);
    file->addAction(tr("Export &Result JSON…"), this, &MainWindow::exportResult);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setIcon(QIcon::fromTheme(QStringLiteral("edit-undo")));
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    redo->setIcon(QIcon::fromTheme(QStringLiteral("edit-redo")));
    edit->addAction(undo);
    edit->addAction(redo);

    QMenu *solve = menuBar()->addMenu(tr("&Solve"));
    QAction *solveAct = solve->addAction(QIcon::fromTheme(QStringLiteral("media-playback-start")), tr("&Solve"), m_solver, &SolverPanel::solve);
    solveAct->setShortcut(Qt::Key_F5);
    QAction *cancelAct = solve->addAction(QIcon::fromTheme(QStringLiteral("process-stop")), tr("&Cancel Solve"), m_solver, &SolverPanel::cancel);
    cancelAct->setShortcut(Qt::SHIFT | Qt::Key_F5);
    solve->addSeparator();
    m_assignAct = solve->addAction(QIcon::fromTheme(QStringLiteral("system-users")), tr("&Assign Agents"), this, [this] { assignAgents(); });
    m_assignAct->setShortcut(Qt::Key_F6);
    m_assignAct->setStatusTip(tr("Roster the project's agents onto the scheduled shifts (CBC), with ranked relaxations when shifts stay unstaffed"));
    m_improveAct = solve->addAction(tr("&Improve Roster"), this, [this] { improveRoster(); });
    m_improveAct->setShortcut(Qt::SHIFT | Qt::Key_F6);
    m_improveAct->setStatusTip(tr("Search on from the current roster (with your edits): the result is never worse than it"));

    QMenu *platform = menuBar()->addMenu(tr("&Platform"));
    platform->addAction(tr("&Connection Settings…"), this, [this] {
        KeychainSecretStore keychain;
        ConnectionDialog dialog(&keychain, this);
        dialog.exec();
    });
    platform->addAction(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("&Sync…"), this, [this] {
        KeychainSecretStore keychain;
        SyncDialog dialog(m_doc, &keychain, this);
        dialog.exec();
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Tessera"), this, [this] {
        QMessageBox::about(this, tr("About Tessera"),
                           tr("<b>Tessera %1</b><br>Workforce-management planning workstation for contact centers.<br>"
                              "Staffing by Erlang C, shift scheduling with COIN-OR CBC, charts with QCustomPlot.<br>"
                              "Licensed under the GNU GPL, version 3 or later.")
                               .arg(QStringLiteral(TESSERA_VERSION)));
    });

    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("mainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    tb->addAction(openAct);
    tb->addAction(saveAct);
    tb->addSeparator();
    tb->addAction(undo);
    tb->addAction(redo);
    tb->addSeparator();
    tb->addAction(solveAct);
    tb->addAction(cancelAct);
    rebuildRecentMenu();
}

QWidget *MainWindow::createForecastTab()
{
    auto *page = new QWidget(this);
    auto *params = new QGroupBox(tr("Staffing target"), page);
    auto *pl = new QVBoxLayout(params);
    auto *queueRow = new QHBoxLayout;
    queueRow->addWidget(new QLabel(tr("Queue:"), params));
    auto *queueBox = new QComboBox(params);
    queueBox->setToolTip(tr("Each queue (skill or channel) has its own forecast and target; the coverage chart "
                            "schedules for their sum"));
    queueRow->addWidget(queueBox, 1);
    pl->addLayout(queueRow);
    auto fillQueues = [this, queueBox] {
        const QSignalBlocker block(queueBox);
        queueBox->clear();
        for (int q = 0; q < m_doc->project().queueCount(); ++q)
            queueBox->addItem(m_doc->queueLabel(q));
        queueBox->setCurrentIndex(m_doc->selectedQueue());
        queueBox->setEnabled(m_doc->project().queueCount() > 1);
    };
    connect(m_doc, &ProjectDocument::changed, queueBox, [fillQueues](ProjectDocument::Changes w) {
        if (w & ProjectDocument::Forecast)
            fillQueues();
    });
    connect(queueBox, &QComboBox::currentIndexChanged, m_doc, &ProjectDocument::setSelectedQueue);
    fillQueues();
    pl->addWidget(new StaffingParamsWidget(m_doc, params));
    auto *formula = new QLabel(tr("<small>Required = net / (1 − shrinkage), where net is the smallest number of agents "
                                  "n meeting the targets (Erlang C: SL(n) = 1 − C(n, A)·e<sup>−(n−A)t/AHT</sup>; "
                                  "Erlang A adds abandonment), A = offered × AHT / interval length. Select an "
                                  "interval for the full computation.</small>"),
                               params);
    formula->setWordWrap(true);
    pl->addWidget(formula);
    pl->addStretch();
    params->setMaximumWidth(340);

    m_forecastModel = new ForecastModel(m_doc, this);
    auto *table = new QTableView(page);
    m_forecastView = table;
    table->setModel(m_forecastModel);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setDefaultSectionSize(22);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->setAlternatingRowColors(true);
    auto *why = new QTextBrowser(page);
    why->setOpenLinks(false);
    why->setPlaceholderText(tr("Select an interval to see why it needs the staff it needs."));
    auto explain = [this, table, why] {
        const int t = table->currentIndex().row();
        const Project &p = m_doc->project();
        if (!m_doc->staffingError().isEmpty()) {
            why->setHtml(tr("<p><b>Staffing cannot be computed:</b> %1</p>").arg(m_doc->staffingError().toHtmlEscaped()));
            return;
        }
        const std::vector<ForecastInterval> &forecast = m_doc->selectedForecast();
        if (t < 0 || t >= int(forecast.size())) {
            why->clear();
            return;
        }
        double scheduled = p.lastResult && t < int(p.lastResult->intervals.size()) && p.lastResult->hasSolution()
            ? p.lastResult->intervals[t].scheduled : std::nan("");
        if (p.queueCount() > 1 && !std::isnan(scheduled) && t < int(m_doc->requirements().size())) {
            // this queue's share of the pooled agents, as in Project::achievedService
            const double total = m_doc->requiredStaff()[t];
            scheduled *= total > 0 ? m_doc->requirements()[t].grossAgents / total : 0.0;
        }
        try {
            QString label = m_doc->intervalLabel(t);
            if (p.queueCount() > 1)
                label = m_doc->queueLabel(m_doc->selectedQueue()) + QStringLiteral(", ") + label;
            why->setHtml(explainRequirement(forecast, t, p.intervalMinutes, m_doc->selectedStaffing(), label, scheduled));
        } catch (const InputError &e) {
            why->setHtml(e.message().toHtmlEscaped());
        }
    };
    connect(table->selectionModel(), &QItemSelectionModel::currentRowChanged, why, explain);
    connect(m_doc, &ProjectDocument::changed, why, explain);
    auto *lower = new QSplitter(Qt::Horizontal, page);
    lower->addWidget(table);
    lower->addWidget(why);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(new ForecastChart(m_doc, split));
    split->addWidget(lower);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QHBoxLayout(page);
    layout->addWidget(params);
    layout->addWidget(split, 1);
    return page;
}

QWidget *MainWindow::createCatalogTab()
{
    auto *page = new QWidget(this);
    m_catalogModel = new ShiftCatalogModel(m_doc, this);
    m_catalogView = new QTableView(page);
    m_catalogView->setModel(m_catalogModel);
    m_catalogView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_catalogView->verticalHeader()->setDefaultSectionSize(22);
    m_catalogView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_catalogView->setAlternatingRowColors(true);
    m_catalogView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                   | QAbstractItemView::AnyKeyPressed);
    connect(m_catalogModel, &ShiftCatalogModel::editRejected, this,
            [this](const QString &why) { statusBar()->showMessage(tr("Edit not applied: %1").arg(why), 8000); });
    auto *tb = new QToolBar(page);
    tb->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QAction *add = tb->addAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("Add"), this, &MainWindow::addShift);
    add->setShortcut(Qt::CTRL | Qt::Key_Insert);
    tb->addAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Duplicate"), this, &MainWindow::duplicateShifts);
    QAction *del = tb->addAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("Delete"), this, &MainWindow::deleteShifts);
    del->setShortcut(QKeySequence::Delete);
    del->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_catalogView->addAction(del);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(tb);
    layout->addWidget(m_catalogView, 1);
    return page;
}

QWidget *MainWindow::createConstraintsTab()
{
    auto *page = new QWidget(this);
    auto *box = new QGroupBox(tr("Constraints and coverage"), page);
    auto *bl = new QVBoxLayout(box);
    bl->addWidget(new ConstraintsWidget(m_doc, box));
    box->setMaximumWidth(520);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(box);
    layout->addStretch();
    return page;
}

QWidget *MainWindow::createCoverageTab()
{
    auto *page = new QWidget(this);
    m_coverage = new CoverageChart(m_doc, page);
    m_summary = new QLabel(page);
    m_summary->setTextFormat(Qt::RichText);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_shiftCounts = new QTableWidget(0, 3, page);
    m_shiftCounts->setHorizontalHeaderLabels({tr("Shift"), tr("Agents"), tr("Cost")});
    m_shiftCounts->verticalHeader()->setVisible(false);
    m_shiftCounts->verticalHeader()->setDefaultSectionSize(20);
    m_shiftCounts->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_shiftCounts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_diagnosis = new QListWidget(page);
    m_diagnosis->setWordWrap(true);
    auto *bottom = new QWidget(page);
    auto *bl = new QHBoxLayout(bottom);
    bl->setContentsMargins(0, 0, 0, 0);
    bl->addWidget(m_summary, 2);
    auto *countsBox = new QGroupBox(tr("Agents per shift"), bottom);
    (new QVBoxLayout(countsBox))->addWidget(m_shiftCounts);
    bl->addWidget(countsBox, 2);
    auto *diagBox = new QGroupBox(tr("Diagnosis"), bottom);
    (new QVBoxLayout(diagBox))->addWidget(m_diagnosis);
    bl->addWidget(diagBox, 3);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->addWidget(m_coverage);
    split->addWidget(bottom);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(split);
    return page;
}

void MainWindow::updateSummary()
{
    const Project &p = m_doc->project();
    m_shiftCounts->setRowCount(0);
    m_diagnosis->clear();
    if (!p.lastResult) {
        m_summary->setText(tr("<p>No solution yet. Press <b>Solve</b> (F5).</p>"));
        return;
    }
    const SolveResult &r = *p.lastResult;
    for (const Diagnosis &d : r.diagnosis)
        m_diagnosis->addItem(QStringLiteral("[%1] %2").arg(d.kind, d.message));
    if (!r.hasSolution()) {
        m_summary->setText(tr("<p><b>Status:</b> %1</p><p>No schedule: see the diagnosis.</p>").arg(SolverPanel::statusText(r.status)));
        return;
    }
    SchedulingProblem prob;
    prob.intervalMinutes = p.intervalMinutes;
    prob.shifts = p.resultShifts(r); // the catalog, or a work-plan result's template variants
    const CoverageSummary s = summarize(prob, r);
    for (size_t i = 0; i < r.shiftIds.size() && i < r.shiftCounts.size(); ++i) {
        if (r.shiftCounts[i] == 0)
            continue;
        const auto it = std::find_if(prob.shifts.begin(), prob.shifts.end(), [&](const Shift &sh) { return sh.id == r.shiftIds[i]; });
        const double cost = it != prob.shifts.end() ? it->cost * r.shiftCounts[i] : std::nan("");
        const int row = m_shiftCounts->rowCount();
        m_shiftCounts->insertRow(row);
        m_shiftCounts->setItem(row, 0, new QTableWidgetItem(r.shiftIds[i]));
        auto *n = new QTableWidgetItem(QString::number(r.shiftCounts[i]));
        n->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_shiftCounts->setItem(row, 1, n);
        auto *c = new QTableWidgetItem(std::isnan(cost) ? tr("(deleted)") : QLocale().toString(cost, 'f', 2));
        c->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_shiftCounts->setItem(row, 2, c);
    }
    const QLocale l;
    QString html = tr("<table cellspacing=3>"
                      "<tr><td><b>Status</b></td><td>%1%2</td></tr>"
                      "<tr><td><b>Objective</b></td><td>%3</td></tr>"
                      "<tr><td><b>Shift cost</b></td><td>%4 (%5 shifts)</td></tr>"
                      "<tr><td><b>Best bound / gap</b></td><td>%6 / %7</td></tr>"
                      "<tr><td><b>Required</b></td><td>%8 agent-hours</td></tr>"
                      "<tr><td><b>Under-staffed</b></td><td>%9 agent-hours (%10 %)</td></tr>"
                      "<tr><td><b>Over-staffed</b></td><td>%11 agent-hours (%12 %)</td></tr>"
                      "<tr><td><b>Solve time</b></td><td>%13 s</td></tr></table>")
                       .arg(SolverPanel::statusText(r.status), m_doc->isResultStale() ? tr(" — <i>out of date: edited since</i>") : QString())
                       .arg(l.toString(r.objective, 'f', 2))
                       .arg(l.toString(s.shiftCost, 'f', 2))
                       .arg(s.shifts)
                       .arg(l.toString(r.bestBound, 'f', 2), l.toString(r.gap * 100.0, 'f', 2) + QStringLiteral(" %"))
                       .arg(l.toString(s.requiredAgentHours, 'f', 1))
                       .arg(l.toString(s.underAgentHours, 'f', 1), l.toString(s.underPercent, 'f', 1))
                       .arg(l.toString(s.overAgentHours, 'f', 1), l.toString(s.overPercent, 'f', 1))
                       .arg(l.toString(r.seconds, 'f', 2));
    m_summary->setText(html);
}

void MainWindow::updateTitle()
{
    const QString name = m_doc->filePath().isEmpty() ? m_doc->project().name : QFileInfo(m_doc->filePath()).fileName();
    setWindowTitle(tr("%1[*] — Tessera").arg(name.isEmpty() ? tr("Untitled") : name));
    setWindowModified(m_doc->isModified());
}

void MainWindow::openSample()
{
    if (!maybeSave())
        return;
    try {
        m_doc->reset(makeSampleProject(), QString());
    } catch (const InputError &e) {
        showError(tr("Sample project"), e.message());
    }
}

bool MainWindow::openFile(const QString &path)
{
    try {
        Project p = path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? readProblemFile(path) : ProjectStore::load(path);
        const bool isProject = !path.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        m_doc->reset(std::move(p), isProject ? path : QString());
        if (isProject)
            addRecent(path);
        return true;
    } catch (const InputError &e) {
        showError(tr("Cannot open project"), e.message());
        return false;
    }
}

void MainWindow::newProject()
{
    if (!maybeSave())
        return;
    Project p;
    p.name = tr("Untitled");
    m_doc->reset(p, QString());
    statusBar()->showMessage(tr("New project: import a forecast CSV (File ▸ Import Forecast CSV…)"), 10000);
}

void MainWindow::openDialog()
{
    if (!maybeSave())
        return;
    const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), QString(),
                                                      tr("Tessera projects (*.tessera);;Problem JSON (*.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

bool MainWindow::save()
{
    if (m_doc->filePath().isEmpty())
        return saveAsDialog();
    try {
        m_doc->saveAs(m_doc->filePath());
        statusBar()->showMessage(tr("Saved %1").arg(m_doc->filePath()), 5000);
        return true;
    } catch (const InputError &e) {
        showError(tr("Cannot save"), e.message());
        return false;
    }
}

bool MainWindow::saveAsDialog()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), m_doc->filePath(), tr("Tessera projects (*.tessera)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(QLatin1String(".tessera")))
        path += QLatin1String(".tessera");
    try {
        m_doc->saveAs(path);
        addRecent(path);
        return true;
    } catch (const InputError &e) {
        showError(tr("Cannot save"), e.message());
        return false;
    }
}

bool MainWindow::maybeSave()
{
    if (!m_doc->isModified())
        return true;
    const auto answer = QMessageBox::warning(this, tr("Unsaved changes"),
                                             tr("The project has unsaved changes. Save them?"),
                                             QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (maybeSave()) {
        if (m_solver->isSolving())
            m_solver->cancel();
        e->accept();
    } else {
        e->ignore();
    }
}

void MainWindow::importForecast()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import forecast CSV"), QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return;
    try {
        const CsvTable header = readCsv(path);
        ImportForecastDialog dialog(header.header, m_doc->project().timeZone, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const QByteArray zoneId = dialog.timeZone();
        if (!QTimeZone(zoneId).isValid())
            throw InputError(path, 0, QString(), tr("'%1' is not a time zone").arg(QString::fromUtf8(zoneId)));
        auto queues = importForecastCsvByQueue(path, QTimeZone(zoneId), 0, dialog.columns());
        Project src = m_doc->project();
        QStringList warnings = queues.front().second.warnings;
        if (src.intervalCount() > 0 && queues.front().second.intervalMinutes != src.intervalMinutes) {
            for (auto &[name, qf] : queues) // onto the project's interval length
                qf = resampleToLength(qf, src.intervalMinutes);
            warnings << tr("resampled to %1-minute intervals").arg(src.intervalMinutes);
        }
        const IntervalForecast &f = queues.front().second;
        const bool regenerated = applyImportedForecast(src, queues, zoneId);
        commands::replaceForecast(m_doc, src, tr("Import forecast %1").arg(QFileInfo(path).fileName()));
        QString msg = tr("Imported %n interval(s)", nullptr, int(f.intervals.size()));
        if (queues.size() > 1)
            msg += tr(" for %n queue(s)", nullptr, int(queues.size()));
        if (regenerated)
            msg += tr("; the horizon changed, so a default shift catalog was generated");
        for (const QString &w : warnings)
            msg += QStringLiteral("; ") + w;
        statusBar()->showMessage(msg, 15000);
    } catch (const InputError &e) {
        showError(tr("Cannot import forecast"), e.message());
    }
}

void MainWindow::exportProblem()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export problem"), QStringLiteral("PROBLEM.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    try {
        writeProblemFile(m_doc->project(), path);
    } catch (const InputError &e) {
        showError(tr("Cannot export"), e.message());
    }
}

void MainWindow::exportResult()
{
    if (!m_doc->project().lastResult) {
        showError(tr("Cannot export"), tr("There is no result yet: solve first."));
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export result"), QStringLiteral("RESULT.json"), tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    try {
        SchedulingProblem problem = m_doc->project().toProblem();
        problem.shifts = m_doc->project().resultShifts(*m_doc->project().lastResult); // prices work-plan results too
        writeResultFile(*m_doc->project().lastResult, problem, path, m_doc->achievedService());
    } catch (const InputError &e) {
        showError(tr("Cannot export"), e.message());
    }
}

void MainWindow::addShift()
{
    const Project &p = m_doc->project();
    if (p.intervalCount() == 0) {
        showError(tr("Add shift"), tr("The project has no horizon yet: import a forecast first."));
        return;
    }
    const int perHour = 60 / p.intervalMinutes;
    const int current = m_catalogView->currentIndex().isValid() ? m_catalogView->currentIndex().row() : -1;
    Shift s;
    s.start = current >= 0 ? p.shifts[current].start : 0;
    s.end = std::min(s.start + 8 * perHour, p.cyclic ? s.start + 8 * perHour : p.intervalCount());
    s.cost = double(s.end - s.start) / perHour;
    s.id = commands::uniqueShiftId(p.shifts, tr("New shift"));
    commands::insertShifts(m_doc, current + 1, {s}, tr("Add shift"));
    m_catalogView->selectRow(current + 1);
}

void MainWindow::duplicateShifts()
{
    const QModelIndexList rows = m_catalogView->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    std::vector<Shift> copies;
    std::vector<Shift> all = m_doc->project().shifts;
    int last = 0;
    for (const QModelIndex &r : rows) {
        Shift s = all[r.row()];
        s.id = commands::uniqueShiftId(all, s.id);
        all.push_back(s);
        copies.push_back(s);
        last = std::max(last, r.row());
    }
    commands::insertShifts(m_doc, last + 1, copies, tr("Duplicate %n shift(s)", nullptr, int(copies.size())));
}

void MainWindow::deleteShifts()
{
    QList<int> rows;
    for (const QModelIndex &r : m_catalogView->selectionModel()->selectedRows())
        rows << r.row();
    if (rows.isEmpty() && m_catalogView->currentIndex().isValid())
        rows << m_catalogView->currentIndex().row();
    if (!rows.isEmpty())
        commands::removeShifts(m_doc, rows);
}

void MainWindow::addRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(QFileInfo(path).absoluteFilePath());
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(QStringLiteral("recentFiles"), recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QStringLiteral("recentFiles")).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] {
            if (maybeSave())
                openFile(path);
        })->setToolTip(path);
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showError(const QString &title, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    if (qApp->property("tesseraNoDialogs").toBool())
        return; // tests and screenshots: no modal dialogs
    QMessageBox::warning(this, title, message);
}

void MainWindow::assignAgents(bool wait)
{
    startRosterJob(wait, false);
}

void MainWindow::improveRoster(bool wait)
{
    if (m_doc->project().roster.assignments.empty()) {
        statusBar()->showMessage(tr("There is no roster to improve yet: assign agents first (F6)."), 8000);
        return;
    }
    startRosterJob(wait, true);
}

void MainWindow::startRosterJob(bool wait, bool improve)
{
    if (m_rosterJob)
        return;
    const Project &p = m_doc->project();
    if (!p.lastResult || !p.lastResult->hasSolution() || m_doc->isResultStale()) {
        statusBar()->showMessage(tr("Solve the shift schedule first (F5): agents are rostered onto its shifts."), 8000);
        return;
    }
    const std::vector<rostering::ShiftDemand> demand = rostering::shiftDemandFromResult(p.shifts, *p.lastResult, p.groups);
    if (demand.empty()) { // e.g. a work-plan result saved before schema 5 (no placed shifts)
        statusBar()->showMessage(tr("The last result has no shifts to roster: solve again (F5)."), 8000);
        return;
    }
    rostering::AgentRoster base = p.roster;
    const bool madeUp = base.agents.empty();
    if (madeUp) {
        const rostering::AgentRoster team = makeSampleTeam(p, demand);
        base.contracts = team.contracts;
        base.agents = team.agents;
    }
    rostering::AgentRosterOptions options;
    options.timeLimitSeconds = std::clamp(p.solveTimeLimitSeconds, 5.0, 60.0);
    options.startFromAssignments = improve && !madeUp;
    if (!options.startFromAssignments)
        base.assignments.clear();
    m_rosterJob = new rostering::RosterJob(base, demand, options, true, this);
    m_assignAct->setEnabled(false);
    m_improveAct->setEnabled(false);
    rostering::RosterJob *job = m_rosterJob;
    connect(job, &Job::progress, this, [this, improve](double fraction, const QString &message) {
        statusBar()->showMessage((improve ? tr("Improving the roster… %1 % %2") : tr("Assigning agents… %1 % %2"))
                                     .arg(int(100 * fraction))
                                     .arg(message));
    });
    connect(job, &Job::finished, this, [this, job, madeUp, improve] { rosterFinished(job, madeUp, improve); });
    if (wait)
        job->runSynchronously();
    else
        job->start();
}

void MainWindow::rosterFinished(rostering::RosterJob *job, bool madeUpTeam, bool improve)
{
    m_rosterJob = nullptr;
    m_assignAct->setEnabled(true);
    m_improveAct->setEnabled(true);
    job->deleteLater();
    if (!job->errorMessage().isEmpty()) {
        showError(tr("Assign agents"), job->errorMessage());
        return;
    }
    const rostering::AgentRosterSolution s = job->solution();
    m_relaxationResults = job->relaxations();
    std::vector<RelaxationRow> rows;
    for (const rostering::Relaxation &r : m_relaxationResults)
        rows.push_back({r.title, r.description, double(r.shiftsGained())});
    m_roster->relaxationPanel()->setRelaxations(rows);
    if (!s.hasSolution) {
        statusBar()->showMessage(s.provenInfeasible ? tr("No roster meets the hard rules: see the ranked relaxations.")
                                                    : tr("No roster found within the time limit."), 10000);
        showTab(RosterTab);
        return;
    }
    if (improve) {
        const QString moved = s.startRetimed + s.startDropped > 0
                                  ? tr(" (%1 shift(s) of it back at their scheduled times, %2 of no scheduled shift left out)")
                                        .arg(s.startRetimed)
                                        .arg(s.startDropped)
                                  : QString();
        if (s.startRetimed + s.startDropped == 0 && std::isfinite(s.startObjective) && !(s.modelObjective < s.startObjective - 1e-9)) {
            statusBar()->showMessage(tr("No better roster found in %1 s: the current roster (penalty %2) stays.")
                                         .arg(s.seconds, 0, 'f', 1)
                                         .arg(s.startObjective, 0, 'f', 0),
                                     15000);
            showTab(RosterTab);
            return;
        }
        commands::replaceRoster(m_doc, s.roster, tr("Improve roster"));
        statusBar()->showMessage(tr("Roster improved in %1 s: penalty %2 → %3%4")
                                     .arg(s.seconds, 0, 'f', 1)
                                     .arg(std::isfinite(s.startObjective) ? QString::number(s.startObjective, 'f', 0) : tr("(rules broken)"))
                                     .arg(s.modelObjective, 0, 'f', 0)
                                     .arg(moved),
                                 15000);
        showTab(RosterTab);
        return;
    }
    commands::replaceRoster(m_doc, s.roster, madeUpTeam ? tr("Assign agents (sample team)") : tr("Assign agents"));
    statusBar()->showMessage(tr("%1 agents rostered in %2 s: %3 scheduled shift(s) unstaffed, %4 extra%5")
                                 .arg(s.roster.agents.size())
                                 .arg(s.seconds, 0, 'f', 1)
                                 .arg(s.unstaffedShifts)
                                 .arg(s.extraShifts)
                                 .arg(madeUpTeam ? tr(" (the project had no agents: a sample team was made up)") : QString()),
                             15000);
    showTab(RosterTab);
}

void MainWindow::applyRelaxation(int rank)
{
    // The panel shows rows by gain; find the relaxation with that title.
    const std::vector<RelaxationRow> &rows = m_roster->relaxationPanel()->relaxations();
    if (rank < 0 || rank >= int(rows.size()))
        return;
    for (const rostering::Relaxation &r : m_relaxationResults)
        if (r.title == rows[size_t(rank)].title) {
            commands::replaceRoster(m_doc, r.relaxedRoster, tr("Apply relaxation: %1").arg(r.title));
            statusBar()->showMessage(tr("Applied: %1 (undo with Ctrl+Z)").arg(r.description), 10000);
            return;
        }
}

} // namespace tessera::ui

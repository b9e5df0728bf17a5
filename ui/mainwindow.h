// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/solver.h"
#include "core/rostering/rosterjob.h"
#include "ui/document.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;
class QTableWidget;
class QListWidget;

namespace tessera::ui {

class CoverageChart;
class ForecastChart;
class ForecastModel;
class RosterView;
class ShiftCatalogModel;
class SolverPanel;
class TeamView;
class WorkPlanView;

/// Tessera's main window: forecast & staffing, shift catalog, constraints, coverage, and the
/// solver dock. Owns the ProjectDocument.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// Tabs in menu order of --tab names; WorkPlansTab sits next to the catalog on screen.
    enum Tab { ForecastTab, CatalogTab, ConstraintsTab, CoverageTab, RosterTab, WorkPlansTab, TeamTab, TabCount };
    explicit MainWindow(QWidget *parent = nullptr);

    ProjectDocument *document() const { return m_doc; }
    SolverPanel *solverPanel() const { return m_solver; }
    CoverageChart *coverageChart() const { return m_coverage; }
    ShiftCatalogModel *catalogModel() const { return m_catalogModel; }
    /// The Roster tab: grid, agent timeline, violations, fairness, relaxations.
    RosterView *rosterView() const { return m_roster; }
    /// The Work plans tab: shift templates, their break rules, the shifts and breaks a solve placed.
    WorkPlanView *workPlanView() const { return m_workPlans; }
    /// The Team tab: the roster's rules, contracts and agents.
    TeamView *teamView() const { return m_team; }
    void showTab(Tab t);
    /// Selects interval t in the forecast table (the "Why this number?" panel follows).
    void selectInterval(int t);

    /// Opens the bundled Anonymous Bank sample (unsaved).
    void openSample();
    /// Opens a .tessera project or a PROBLEM.json; shows the error and keeps the current project
    /// when the file cannot be read. Returns true on success.
    bool openFile(const QString &path);
    /// Rosters the project's agents (a made-up sample team when it has none) onto the shifts of
    /// the last solve with CBC on a worker thread, then ranks relaxations when shifts stay
    /// unstaffed; the result is one undoable edit. `wait`: block until done (screenshots, tests).
    void assignAgents(bool wait = false);
    /// As assignAgents(), starting from the roster the project has (e.g. after hand edits;
    /// AgentRosterOptions::startFromAssignments): never worse than it in the model's penalty when
    /// it meets every hard rule. Shifts moved off their type's times go back to them; shifts
    /// of no scheduled type are left out of the start (the status bar counts both).
    void improveRoster(bool wait = false);
    /// The relaxations of the last assignAgents(), best first (applied by double-click).
    const std::vector<rostering::Relaxation> &relaxations() const { return m_relaxationResults; }

protected:
    void closeEvent(QCloseEvent *e) override;

private:
    void createActions();
    QWidget *createForecastTab();
    QWidget *createCatalogTab();
    QWidget *createConstraintsTab();
    QWidget *createCoverageTab();
    void newProject();
    void openDialog();
    bool save();
    bool saveAsDialog();
    bool maybeSave();
    void importForecast();
    void exportProblem();
    void exportResult();
    void addShift();
    void duplicateShifts();
    void deleteShifts();
    void updateTitle();
    void updateSummary();
    void addRecent(const QString &path);
    void rebuildRecentMenu();
    void showError(const QString &title, const QString &message);
    void startRosterJob(bool wait, bool improve);
    void rosterFinished(rostering::RosterJob *job, bool madeUpTeam, bool improve);
    void applyRelaxation(int rank);

    ProjectDocument *m_doc;
    QTabWidget *m_tabs = nullptr;
    ForecastModel *m_forecastModel = nullptr;
    ShiftCatalogModel *m_catalogModel = nullptr;
    QTableView *m_catalogView = nullptr;
    QTableView *m_forecastView = nullptr;
    CoverageChart *m_coverage = nullptr;
    SolverPanel *m_solver = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_shiftCounts = nullptr;
    QListWidget *m_diagnosis = nullptr;
    QMenu *m_recentMenu = nullptr;
    RosterView *m_roster = nullptr;
    rostering::RosterJob *m_rosterJob = nullptr;
    std::vector<rostering::Relaxation> m_relaxationResults;
    QAction *m_assignAct = nullptr;
    QAction *m_improveAct = nullptr;
    WorkPlanView *m_workPlans = nullptr;
    TeamView *m_team = nullptr;
    QWidget *m_tabPages[TabCount] = {};
};

} // namespace tessera::ui

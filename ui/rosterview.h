// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QWidget>

#include <vector>

class QComboBox;
class QLabel;
class QTableView;
class QListWidget;
class QTreeWidget;
class QToolButton;

namespace tessera::ui {

class RosterCoverageChart;
class RosterGridModel;
class RosterStatsModel;
class RosterTimeline;

/// One ranked relaxation as the Relaxations panel shows it: what to relax, why, and how much the
/// objective improves (in the objective's units) if it is relaxed.
struct RelaxationRow {
    QString title;
    QString description;
    double gain = 0.0;
};

/**
 * The ranked relaxations when a roster solve cannot meet every rule: a table ranked by gain
 * (largest first). It only shows rows; whoever computes them calls setRelaxations().
 */
class RelaxationPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RelaxationPanel(QWidget *parent = nullptr);
    /// Replaces the rows; they are shown sorted by gain, largest first (stable for ties).
    void setRelaxations(std::vector<RelaxationRow> rows);
    /// The rows in the order shown.
    const std::vector<RelaxationRow> &relaxations() const { return m_rows; }
    QTreeWidget *view() const { return m_view; }

Q_SIGNALS:
    /// The planner double-clicked (or pressed Enter on) row `rank` (0 = best).
    void activated(int rank);

private:
    std::vector<RelaxationRow> m_rows;
    QTreeWidget *m_view;
    QLabel *m_placeholder;
};

/**
 * The Roster tab: the roster grid (agents × days) above the agent timeline and its coverage
 * chart, with the validator's verdict, the violation list (click selects the cell and the bar),
 * the fairness statistics and the relaxations beside them. Everything reads
 * ProjectDocument::project().roster and refreshes on changed(Roster).
 */
class RosterView : public QWidget
{
    Q_OBJECT
public:
    explicit RosterView(ProjectDocument *doc, QWidget *parent = nullptr);

    RosterGridModel *gridModel() const { return m_grid; }
    QTableView *gridView() const { return m_gridView; }
    RosterTimeline *timeline() const { return m_timeline; }
    RosterCoverageChart *coverageChart() const { return m_chart; }
    RosterStatsModel *statsModel() const { return m_stats; }
    RelaxationPanel *relaxationPanel() const { return m_relaxations; }
    /// One item per violation, hard ones first; Qt::UserRole holds its index in the evaluation.
    QListWidget *violationList() const { return m_violationList; }
    /// Selects the cell and the bar of violation `i` (index into the evaluation's violations).
    void showViolation(int i);

private:
    void refresh();
    void syncFromGrid();
    void syncFromTimeline(int assignment);
    void fillDays();
    QWidget *createToolbar();

    ProjectDocument *m_doc;
    RosterGridModel *m_grid;
    RosterStatsModel *m_stats;
    QTableView *m_gridView = nullptr;
    RosterTimeline *m_timeline = nullptr;
    RosterCoverageChart *m_chart = nullptr;
    RelaxationPanel *m_relaxations = nullptr;
    QListWidget *m_violationList = nullptr;
    QLabel *m_verdict = nullptr;
    QLabel *m_legend = nullptr;
    QComboBox *m_dayBox = nullptr;
    QToolButton *m_dayButton = nullptr;
    QToolButton *m_weekButton = nullptr;
    bool m_syncing = false;
};

} // namespace tessera::ui

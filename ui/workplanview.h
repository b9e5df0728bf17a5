// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QPoint>
#include <QWidget>

class QGroupBox;
class QLabel;
class QTableView;

namespace tessera::ui {

class BreakRuleModel;
class PlacedShiftModel;
class WorkPlanModel;

/**
 * The shape of one work plan drawn to scale on a clock axis: a lane per shift length with the
 * earliest-start shift as a bar, the later starts as a pale span and a tick per start time, and
 * each applicable break rule's window on the bar (unpaid hatched, paid light), as the roster
 * timeline draws breaks.
 */
class WorkPlanPreview : public QWidget
{
    Q_OBJECT
public:
    explicit WorkPlanPreview(QWidget *parent = nullptr);
    /// Nothing is drawn for nullptr.
    void setTemplate(const ShiftTemplate *t);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *e) override;

private:
    bool m_has = false;
    ShiftTemplate m_template;
};

/**
 * The Work plans tab: the project's shift templates (WorkPlanModel) with add / duplicate /
 * delete / standard set, the live count of shift variants, every validation message, the break
 * rules of the selected plan (BreakRuleModel) with add / duplicate / delete, its preview, and
 * the shifts the last work-plan solve scheduled with the breaks it placed (PlacedShiftModel).
 * Rejected edits are reported through editRejected() (the main window's status bar).
 */
class WorkPlanView : public QWidget
{
    Q_OBJECT
public:
    explicit WorkPlanView(ProjectDocument *doc, QWidget *parent = nullptr);

    WorkPlanModel *model() const { return m_model; }
    BreakRuleModel *breakModel() const { return m_breakModel; }
    PlacedShiftModel *placedModel() const { return m_placedModel; }
    QTableView *templateTable() const { return m_table; }
    /// The live summary line ("5 work plans · 287 shift variants on 7 days …").
    QString summaryText() const;
    void selectTemplate(int row);

public Q_SLOTS:
    void addTemplate();
    void duplicateTemplates();
    void deleteTemplates();
    /// Adds sampleWorkPlans() for the project's grid (ids made unique), one undoable edit.
    void addStandardPlans();

Q_SIGNALS:
    void editRejected(const QString &reason);

private:
    int currentRow() const;
    void refreshSummary();
    void refreshSelection();

    ProjectDocument *m_doc;
    WorkPlanModel *m_model;
    BreakRuleModel *m_breakModel;
    PlacedShiftModel *m_placedModel;
    QTableView *m_table;
    QTableView *m_breakTable;
    QTableView *m_placedTable;
    QLabel *m_summary;
    QLabel *m_issues;
    QLabel *m_placedSummary;
    QGroupBox *m_breakBox;
    QGroupBox *m_previewBox;
    WorkPlanPreview *m_preview;
    QPoint m_kept; ///< current cell (column, row) across a model reset
};

} // namespace tessera::ui

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QSpinBox;
class QTableWidget;

namespace tessera::ui {

/// Channel, service-level target, answer time, ASA target, occupancy cap, and shrinkage (an
/// uncategorised part plus named categories). Each finished edit pushes an undo command; the
/// fields follow the document (undo/redo, open).
class StaffingParamsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StaffingParamsWidget(ProjectDocument *doc, QWidget *parent = nullptr);

private:
    void load();
    void commit();
    void addCategory();
    void removeCategory();

    ProjectDocument *m_doc;
    QComboBox *m_channel;
    QComboBox *m_model;
    QDoubleSpinBox *m_patience;
    QComboBox *m_definition;
    QDoubleSpinBox *m_maxAbandon;
    QSpinBox *m_concurrency;
    QDoubleSpinBox *m_deadline;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_seconds;
    QDoubleSpinBox *m_asa;
    QDoubleSpinBox *m_occupancy;
    QDoubleSpinBox *m_shrinkage;
    QTableWidget *m_categories;
    QLabel *m_totalShrinkage;
};

/// Max headcount, staffing floor, part-time share and hard/soft coverage with penalties.
class ConstraintsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit ConstraintsWidget(ProjectDocument *doc, QWidget *parent = nullptr);

private:
    void load();
    void commit();

    ProjectDocument *m_doc;
    QSpinBox *m_maxHeadcount;
    QDoubleSpinBox *m_minStaffing;
    QDoubleSpinBox *m_maxPartTime;
    QComboBox *m_mode;
    QDoubleSpinBox *m_under;
    QDoubleSpinBox *m_over;
};

} // namespace tessera::ui

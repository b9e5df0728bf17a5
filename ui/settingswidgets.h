// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QSpinBox;

namespace tessera::ui {

/// Service-level target, answer time, shrinkage and occupancy cap. Each finished edit pushes an
/// undo command; the fields follow the document (undo/redo, open).
class StaffingParamsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit StaffingParamsWidget(ProjectDocument *doc, QWidget *parent = nullptr);

private:
    void load();
    void commit();

    ProjectDocument *m_doc;
    QDoubleSpinBox *m_target;
    QDoubleSpinBox *m_seconds;
    QDoubleSpinBox *m_shrinkage;
    QDoubleSpinBox *m_occupancy;
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

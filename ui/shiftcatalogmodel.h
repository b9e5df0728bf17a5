// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QAbstractTableModel>

namespace tessera::ui {

/**
 * The shift catalog as a table. setData() never edits the project: it builds the changed shift,
 * checks it against the horizon, and pushes an undo command (commands::editShift); the model
 * refreshes from ProjectDocument::changed(). Rejected edits emit editRejected(reason).
 *
 * Columns and edit roles: Id (text), Day (int, 0 = first day of the horizon), Start (QTime,
 * local), Length (hours, double), Break at (hours after start, double), Break length (minutes,
 * int, 0 = none), Cost (double), Max (int, −1 = unlimited), Part-time (check box), and the
 * read-only Scheduled: agents on the shift in the last solution.
 */
class ShiftCatalogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Id, Day, Start, Length, BreakAt, BreakLength, Cost, Max, PartTime, Scheduled, ColumnCount };
    /// Interval index of the shift start, for sorting and tests.
    static constexpr int StartIndexRole = Qt::UserRole + 1;

    explicit ShiftCatalogModel(ProjectDocument *doc, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation o, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    /// Builds the shift a cell edit would produce; returns an error text (empty when valid).
    QString edited(int row, int column, const QVariant &value, Shift *out) const;

Q_SIGNALS:
    void editRejected(const QString &reason);

private:
    void onDocumentChanged(ProjectDocument::Changes what);

    ProjectDocument *m_doc;
};

} // namespace tessera::ui

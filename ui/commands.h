// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/document.h"

#include <QList>

/**
 * The undo facade: every edit of a project goes through one of these functions, which pushes a
 * command onto the document's QUndoStack (nothing is pushed when the edit changes nothing).
 * Commands apply whole snapshots of the part they change (the catalog, the constraints, ...),
 * so undo/redo is exact; the document then emits one changed() signal.
 */
namespace tessera::ui::commands {

void editShift(ProjectDocument *doc, int row, const Shift &shift);
void insertShifts(ProjectDocument *doc, int row, const std::vector<Shift> &shifts, const QString &text);
void removeShifts(ProjectDocument *doc, QList<int> rows);
void setConstraints(ProjectDocument *doc, const Constraints &c, const Coverage &cov);
/// Sets the staffing target of the document's selected queue.
void setStaffing(ProjectDocument *doc, const StaffingParams &s);
/// Replaces forecast, grid and (when given) catalog from src: e.g. a CSV import.
void replaceForecast(ProjectDocument *doc, const Project &src, const QString &text);

/// A shift id not yet used in the catalog, derived from base ("Sun 07:00 FT (2)").
QString uniqueShiftId(const std::vector<Shift> &shifts, const QString &base);

} // namespace tessera::ui::commands

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

/**
 * Roster edits (Project::roster, document change flag Roster). Each call pushes at most one
 * command, which swaps whole roster snapshots, so undo restores the roster exactly. Indices are
 * into roster.assignments; out-of-range indices and edits that change nothing push nothing.
 * Times are interval indices on the roster's horizon; clamping is rostering::shifted(),
 * resized() and breakMoved() (core/rostering/rosteredits.h).
 */
void replaceRoster(ProjectDocument *doc, const rostering::AgentRoster &roster, const QString &text);
void addAssignment(ProjectDocument *doc, const rostering::Assignment &a);
void removeAssignment(ProjectDocument *doc, int index);
/// Replaces assignment `index` by `a` (e.g. the result of a drag: moved, resized and given to
/// another agent at once) as one command named `text`.
void editAssignment(ProjectDocument *doc, int index, const rostering::Assignment &a, const QString &text);
/// Moves the shift by `delta` intervals and gives it to `agent`.
void moveAssignment(ProjectDocument *doc, int index, int agent, int delta);
void resizeAssignment(ProjectDocument *doc, int index, int start, int end);
/// Moves break `breakIndex` (unpaid, or paid when `paid`) to start at `newStart`, inside its shift.
void moveBreak(ProjectDocument *doc, int index, bool paid, int breakIndex, int newStart);
void setAssignmentAgent(ProjectDocument *doc, int index, int agent);
/// Moves the shift to the same time of day on `day`.
void setAssignmentDay(ProjectDocument *doc, int index, int day);
/// The roster grid's edit: the agent's shifts starting on `day` are replaced by one shift of
/// `code` (modelled on rostering::fromTemplate()), or removed when `code` is empty. Returns false
/// (and pushes nothing) when no assignment has that code.
bool setRosterCell(ProjectDocument *doc, int agent, int day, const QString &code);

/// A shift id not yet used in the catalog, derived from base ("Sun 07:00 FT (2)").
QString uniqueShiftId(const std::vector<Shift> &shifts, const QString &base);

/**
 * Work plans (Project::templates, document change flag Templates): each call pushes at most one
 * command swapping whole template lists; break-rule edits are template edits named `text`.
 */
void editTemplate(ProjectDocument *doc, int row, const ShiftTemplate &t, const QString &text);
void insertTemplates(ProjectDocument *doc, int row, const std::vector<ShiftTemplate> &templates, const QString &text);
void removeTemplates(ProjectDocument *doc, QList<int> rows);
/// A template id not yet used, derived from base ("Early (2)").
QString uniqueTemplateId(const std::vector<ShiftTemplate> &templates, const QString &base);

} // namespace tessera::ui::commands

/**
 * Team edits (Project::roster's rules, contracts and agents; change flag Roster): each call pushes
 * at most one roster snapshot command; out-of-range rows and edits that change nothing push nothing.
 */
namespace tessera::ui::commands {

/// Sets rule `name` (a validateAgentRoster() rule name) to `s`.
void setRosterRule(ProjectDocument *doc, const QString &name, const rostering::RuleSetting &s);
/// Replaces contract `row`; when its id changes the agents holding the old id follow (same command).
void editContract(ProjectDocument *doc, int row, const rostering::Contract &c);
void addContract(ProjectDocument *doc, const rostering::Contract &c);
/// Removes contract `row` unless agents use it; returns their ids (nothing is pushed then).
QStringList removeContract(ProjectDocument *doc, int row);
/// Replaces agent `row` by `a`, as one command named `text`.
void editAgent(ProjectDocument *doc, int row, const rostering::Agent &a, const QString &text);
void addAgent(ProjectDocument *doc, const rostering::Agent &a);
/// Removes agent `row` with their shifts (rostering::withoutAgent()).
void removeAgent(ProjectDocument *doc, int row);

} // namespace tessera::ui::commands

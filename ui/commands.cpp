// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands.h"

#include <QCoreApplication>
#include <QUndoCommand>

#include <algorithm>
#include <functional>

namespace tessera::ui::commands {

namespace {

QString undoText(const char *s)
{
    return QCoreApplication::translate("Undo Commands", s);
}

/// Swaps a snapshot of one part of the project in and out.
template<typename T>
class SnapshotCommand : public QUndoCommand
{
public:
    using Apply = std::function<void(ProjectDocument *, const T &)>;
    SnapshotCommand(ProjectDocument *doc, const QString &text, T before, T after, Apply apply)
        : QUndoCommand(text)
        , m_doc(doc)
        , m_before(std::move(before))
        , m_after(std::move(after))
        , m_apply(std::move(apply))
    {
    }
    void undo() override { m_apply(m_doc, m_before); }
    void redo() override { m_apply(m_doc, m_after); }

private:
    ProjectDocument *m_doc;
    T m_before;
    T m_after;
    Apply m_apply;
};

void pushShifts(ProjectDocument *doc, const QString &text, std::vector<Shift> after)
{
    const std::vector<Shift> &before = doc->project().shifts;
    if (before == after)
        return;
    doc->undoStack()->push(new SnapshotCommand<std::vector<Shift>>(
        doc, text, before, std::move(after), [](ProjectDocument *d, const std::vector<Shift> &s) { d->applyShifts(s); }));
}

} // namespace

QString uniqueShiftId(const std::vector<Shift> &shifts, const QString &base)
{
    auto used = [&](const QString &id) {
        return std::any_of(shifts.begin(), shifts.end(), [&](const Shift &s) { return s.id == id; });
    };
    if (!used(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!used(id))
            return id;
    }
}

void editShift(ProjectDocument *doc, int row, const Shift &shift)
{
    std::vector<Shift> after = doc->project().shifts;
    if (row < 0 || row >= int(after.size()))
        return;
    after[row] = shift;
    pushShifts(doc, undoText("Edit shift %1").arg(shift.id), std::move(after));
}

void insertShifts(ProjectDocument *doc, int row, const std::vector<Shift> &shifts, const QString &text)
{
    std::vector<Shift> after = doc->project().shifts;
    row = std::clamp(row, 0, int(after.size()));
    after.insert(after.begin() + row, shifts.begin(), shifts.end());
    pushShifts(doc, text, std::move(after));
}

void removeShifts(ProjectDocument *doc, QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::vector<Shift> after = doc->project().shifts;
    for (int r : rows)
        if (r >= 0 && r < int(after.size()))
            after.erase(after.begin() + r);
    pushShifts(doc, QCoreApplication::translate("Undo Commands", "Delete %n shift(s)", nullptr, int(rows.size())),
               std::move(after));
}

void setConstraints(ProjectDocument *doc, const Constraints &c, const Coverage &cov)
{
    using Pair = std::pair<Constraints, Coverage>;
    const Pair before{doc->project().constraints, doc->project().coverage};
    const Pair after{c, cov};
    if (before == after)
        return;
    doc->undoStack()->push(new SnapshotCommand<Pair>(
        doc, undoText("Change constraints"), before, after,
        [](ProjectDocument *d, const Pair &p) { d->applyConstraints(p.first, p.second); }));
}

void setStaffing(ProjectDocument *doc, const StaffingParams &s)
{
    const int queue = doc->selectedQueue();
    const StaffingParams before = doc->project().queue(queue).staffing;
    if (before == s)
        return;
    doc->undoStack()->push(new SnapshotCommand<StaffingParams>(
        doc, undoText("Change staffing target"), before, s,
        [queue](ProjectDocument *d, const StaffingParams &p) { d->applyStaffing(queue, p); }));
}

void replaceForecast(ProjectDocument *doc, const Project &src, const QString &text)
{
    doc->undoStack()->push(new SnapshotCommand<Project>(
        doc, text, doc->project(), src, [](ProjectDocument *d, const Project &p) { d->applyForecastGrid(p); }));
}

} // namespace tessera::ui::commands

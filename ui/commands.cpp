// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/commands.h"

#include "core/rostering/rosteredits.h"
#include "core/rostering/teamsettings.h"

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

void pushTemplates(ProjectDocument *doc, const QString &text, std::vector<ShiftTemplate> after)
{
    const std::vector<ShiftTemplate> &before = doc->project().templates;
    if (before == after)
        return;
    doc->undoStack()->push(new SnapshotCommand<std::vector<ShiftTemplate>>(
        doc, text, before, std::move(after),
        [](ProjectDocument *d, const std::vector<ShiftTemplate> &t) { d->applyTemplates(t); }));
}

/// `items` without the given rows (duplicates and rows out of range ignored); the row count removed.
template<typename T>
int eraseRows(std::vector<T> &items, QList<int> rows)
{
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    int n = 0;
    for (int r : rows)
        if (r >= 0 && r < int(items.size())) {
            items.erase(items.begin() + r);
            ++n;
        }
    return n;
}

/// `base`, or "base (n)" with the smallest n ≥ 2 that no item's id uses.
template<typename T>
QString uniqueId(const std::vector<T> &items, const QString &base)
{
    auto used = [&](const QString &id) {
        return std::any_of(items.begin(), items.end(), [&](const T &s) { return s.id == id; });
    };
    if (!used(base))
        return base;
    for (int n = 2;; ++n) {
        const QString id = QStringLiteral("%1 (%2)").arg(base).arg(n);
        if (!used(id))
            return id;
    }
}

} // namespace

QString uniqueShiftId(const std::vector<Shift> &shifts, const QString &base)
{
    return uniqueId(shifts, base);
}

QString uniqueTemplateId(const std::vector<ShiftTemplate> &templates, const QString &base)
{
    return uniqueId(templates, base);
}

void editTemplate(ProjectDocument *doc, int row, const ShiftTemplate &t, const QString &text)
{
    std::vector<ShiftTemplate> after = doc->project().templates;
    if (row < 0 || row >= int(after.size()))
        return;
    after[row] = t;
    pushTemplates(doc, text, std::move(after));
}

void insertTemplates(ProjectDocument *doc, int row, const std::vector<ShiftTemplate> &templates, const QString &text)
{
    std::vector<ShiftTemplate> after = doc->project().templates;
    row = std::clamp(row, 0, int(after.size()));
    after.insert(after.begin() + row, templates.begin(), templates.end());
    pushTemplates(doc, text, std::move(after));
}

void removeTemplates(ProjectDocument *doc, QList<int> rows)
{
    std::vector<ShiftTemplate> after = doc->project().templates;
    const int n = eraseRows(after, rows);
    pushTemplates(doc, QCoreApplication::translate("Undo Commands", "Delete %n work plan(s)", nullptr, n), std::move(after));
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
    std::vector<Shift> after = doc->project().shifts;
    const int n = eraseRows(after, rows);
    pushShifts(doc, QCoreApplication::translate("Undo Commands", "Delete %n shift(s)", nullptr, n), std::move(after));
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

namespace {

using rostering::AgentRoster;
using rostering::Assignment;

void pushRoster(ProjectDocument *doc, const QString &text, AgentRoster after)
{
    const AgentRoster &before = doc->project().roster;
    if (before == after)
        return;
    doc->undoStack()->push(new SnapshotCommand<AgentRoster>(
        doc, text, before, std::move(after), [](ProjectDocument *d, const AgentRoster &r) { d->applyRoster(r); }));
}

bool validIndex(ProjectDocument *doc, int index)
{
    return index >= 0 && index < int(doc->project().roster.assignments.size());
}

const Assignment &assignmentAt(ProjectDocument *doc, int index)
{
    return doc->project().roster.assignments[size_t(index)];
}

} // namespace

void replaceRoster(ProjectDocument *doc, const AgentRoster &roster, const QString &text)
{
    pushRoster(doc, text, roster);
}

void addAssignment(ProjectDocument *doc, const Assignment &a)
{
    AgentRoster after = doc->project().roster;
    after.assignments.push_back(a);
    pushRoster(doc, undoText("Add shift %1").arg(a.code), std::move(after));
}

void removeAssignment(ProjectDocument *doc, int index)
{
    if (!validIndex(doc, index))
        return;
    AgentRoster after = doc->project().roster;
    const QString code = after.assignments[size_t(index)].code;
    after.assignments.erase(after.assignments.begin() + index);
    pushRoster(doc, undoText("Remove shift %1").arg(code), std::move(after));
}

void editAssignment(ProjectDocument *doc, int index, const Assignment &a, const QString &text)
{
    if (!validIndex(doc, index))
        return;
    AgentRoster after = doc->project().roster;
    after.assignments[size_t(index)] = a;
    pushRoster(doc, text, std::move(after));
}

void moveAssignment(ProjectDocument *doc, int index, int agent, int delta)
{
    if (!validIndex(doc, index) || agent < 0 || agent >= int(doc->project().roster.agents.size()))
        return;
    Assignment a = rostering::shifted(assignmentAt(doc, index), delta, doc->project().roster.horizon());
    a.agent = agent;
    editAssignment(doc, index, a, undoText("Move shift %1").arg(a.code));
}

void resizeAssignment(ProjectDocument *doc, int index, int start, int end)
{
    if (!validIndex(doc, index))
        return;
    const Assignment a = rostering::resized(assignmentAt(doc, index), start, end, doc->project().roster.horizon());
    editAssignment(doc, index, a, undoText("Resize shift %1").arg(a.code));
}

void moveBreak(ProjectDocument *doc, int index, bool paid, int breakIndex, int newStart)
{
    if (!validIndex(doc, index))
        return;
    const Assignment a = rostering::breakMoved(assignmentAt(doc, index), paid, breakIndex, newStart);
    editAssignment(doc, index, a, undoText("Move break of %1").arg(a.code));
}

void setAssignmentAgent(ProjectDocument *doc, int index, int agent)
{
    if (!validIndex(doc, index) || agent < 0 || agent >= int(doc->project().roster.agents.size()))
        return;
    Assignment a = assignmentAt(doc, index);
    a.agent = agent;
    editAssignment(doc, index, a, undoText("Give shift %1 to %2").arg(a.code, doc->project().roster.agents[size_t(agent)].id));
}

void setAssignmentDay(ProjectDocument *doc, int index, int day)
{
    const AgentRoster &r = doc->project().roster;
    if (!validIndex(doc, index) || day < 0 || day >= r.days)
        return;
    const Assignment a = rostering::onDay(assignmentAt(doc, index), day, r.intervalsPerDay());
    editAssignment(doc, index, a, undoText("Move shift %1 to day %2").arg(a.code).arg(day + 1));
}

bool setRosterCell(ProjectDocument *doc, int agent, int day, const QString &code)
{
    const AgentRoster &r = doc->project().roster;
    if (agent < 0 || agent >= int(r.agents.size()) || day < 0 || day >= r.days)
        return false;
    std::optional<Assignment> added;
    if (!code.isEmpty()) {
        added = rostering::fromTemplate(r, code, agent, day);
        if (!added)
            return false;
    }
    AgentRoster after = r;
    const std::vector<int> old = rostering::assignmentsOn(r, agent, day);
    for (auto it = old.rbegin(); it != old.rend(); ++it)
        after.assignments.erase(after.assignments.begin() + *it);
    QString text;
    const QString who = r.agents[size_t(agent)].id;
    if (added) {
        // keep the roster's order: the new shift takes the place of the first one it replaces
        const int at = old.empty() ? int(after.assignments.size()) : old.front();
        after.assignments.insert(after.assignments.begin() + at, *added);
        text = undoText("Set %1 day %2 to %3").arg(who).arg(day + 1).arg(code);
    } else {
        text = undoText("Clear %1 day %2").arg(who).arg(day + 1);
    }
    pushRoster(doc, text, std::move(after));
    return true;
}

} // namespace tessera::ui::commands

namespace tessera::ui::commands {

void setRosterRule(ProjectDocument *doc, const QString &name, const rostering::RuleSetting &s)
{
    AgentRoster after = doc->project().roster;
    const rostering::RuleSetting before = after.rule(name);
    after.rules[name] = s;
    if (before == s)
        return; // a missing rule reads as its default: storing the default changes nothing
    pushRoster(doc, s.hard ? undoText("Make rule %1 hard").arg(name) : undoText("Make rule %1 soft (weight %2)").arg(name).arg(s.weight),
               std::move(after));
}

void editContract(ProjectDocument *doc, int row, const rostering::Contract &c)
{
    AgentRoster after = doc->project().roster;
    if (row < 0 || row >= int(after.contracts.size()))
        return;
    const QString oldId = after.contracts[size_t(row)].id;
    after.contracts[size_t(row)] = c;
    if (c.id != oldId)
        for (rostering::Agent &a : after.agents)
            if (a.contractId == oldId)
                a.contractId = c.id;
    pushRoster(doc, undoText("Edit contract %1").arg(c.id), std::move(after));
}

void addContract(ProjectDocument *doc, const rostering::Contract &c)
{
    AgentRoster after = doc->project().roster;
    after.contracts.push_back(c);
    pushRoster(doc, undoText("Add contract %1").arg(c.id), std::move(after));
}

QStringList removeContract(ProjectDocument *doc, int row)
{
    AgentRoster after = doc->project().roster;
    if (row < 0 || row >= int(after.contracts.size()))
        return {};
    const QString id = after.contracts[size_t(row)].id;
    const QStringList users = rostering::agentsWithContract(after, id);
    if (!users.isEmpty())
        return users;
    after.contracts.erase(after.contracts.begin() + row);
    pushRoster(doc, undoText("Remove contract %1").arg(id), std::move(after));
    return {};
}

void editAgent(ProjectDocument *doc, int row, const rostering::Agent &a, const QString &text)
{
    AgentRoster after = doc->project().roster;
    if (row < 0 || row >= int(after.agents.size()))
        return;
    after.agents[size_t(row)] = a;
    pushRoster(doc, text, std::move(after));
}

void addAgent(ProjectDocument *doc, const rostering::Agent &a)
{
    AgentRoster after = doc->project().roster;
    after.agents.push_back(a);
    pushRoster(doc, undoText("Add agent %1").arg(a.id), std::move(after));
}

void removeAgent(ProjectDocument *doc, int row)
{
    const AgentRoster &r = doc->project().roster;
    if (row < 0 || row >= int(r.agents.size()))
        return;
    pushRoster(doc, undoText("Remove agent %1").arg(r.agents[size_t(row)].id), rostering::withoutAgent(r, row));
}

} // namespace tessera::ui::commands

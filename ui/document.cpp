// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/document.h"

#include "core/error.h"
#include "core/project/projectstore.h"

#include <algorithm>

namespace tessera::ui {

ProjectDocument::ProjectDocument(QObject *parent)
    : QObject(parent)
{
    connect(&m_undo, &QUndoStack::cleanChanged, this, &ProjectDocument::fileChanged);
}

ProjectDocument::~ProjectDocument()
{
    // ~QUndoStack clears the stack and may emit cleanChanged(); receivers (the window title) must
    // not read this document while its members are being destroyed.
    QObject::disconnect(&m_undo, nullptr, nullptr, nullptr);
}

QString ProjectDocument::intervalLabel(int i) const
{
    return m_intervalLabel ? m_intervalLabel(i) : QString::number(i);
}

void ProjectDocument::reset(Project p, const QString &filePath)
{
    m_project = std::move(p);
    m_selectedQueue = 0;
    m_filePath = filePath;
    m_undo.clear();
    m_undo.setClean();
    m_resultStale = false;
    m_resultModified = false;
    recomputeRequirements();
    recomputeRoster();
    Q_EMIT changed(Everything);
    Q_EMIT fileChanged();
}

void ProjectDocument::saveAs(const QString &path)
{
    ProjectStore::save(m_project, path);
    m_filePath = path;
    m_resultModified = false;
    m_undo.setClean();
    Q_EMIT fileChanged();
}

void ProjectDocument::recomputeRequirements()
{
    m_intervalLabel = m_project.solveOptions().intervalLabel;
    m_staffingError.clear();
    m_queueRequirements.clear();
    m_selectedQueue = std::clamp(m_selectedQueue, 0, m_project.queueCount() - 1);
    try {
        m_queueRequirements = m_project.queueRequirements();
        m_required = m_project.demand.empty() ? totalGrossAgents(m_queueRequirements) : m_project.demand;
    } catch (const InputError &e) {
        m_staffingError = e.message();
        m_required.assign(m_project.intervalCount(), 0.0);
    }
    recomputeAchieved();
}

void ProjectDocument::recomputeAchieved()
{
    m_achieved.clear();
    if (m_project.lastResult && m_staffingError.isEmpty())
        m_achieved = m_project.achievedService(*m_project.lastResult, m_selectedQueue);
}

void ProjectDocument::touch(Changes what)
{
    if (m_project.lastResult && (what & (Forecast | Catalog | Constraints | Templates)))
        m_resultStale = true;
    if (what & Forecast) {
        recomputeRequirements();
        what |= Roster; // the roster's coverage is measured against the requirement
    }
    if (what & Roster)
        recomputeRoster();
    Q_EMIT changed(what);
}

void ProjectDocument::recomputeRoster()
{
    // The roster follows the project's grid, and its coverage is measured against the required
    // staff the views show (Project::currentRoster() without recomputing the requirement).
    if (m_staffingError.isEmpty())
        m_project.roster = m_project.rosterWithRequirement(m_queueRequirements, m_required);
    else
        m_project.roster = m_project.rosterWithRequirement({}, {});
    m_rosterError.clear();
    try {
        m_rosterEval = rostering::validateAgentRoster(m_project.roster);
    } catch (const InputError &e) {
        m_rosterEval = {};
        m_rosterError = e.message();
    }
}

void ProjectDocument::applyRoster(rostering::AgentRoster roster)
{
    m_project.roster = std::move(roster);
    touch(Roster);
}

void ProjectDocument::applyShifts(std::vector<Shift> shifts)
{
    m_project.shifts = std::move(shifts);
    touch(Catalog);
}

void ProjectDocument::applyTemplates(std::vector<ShiftTemplate> templates)
{
    m_project.templates = std::move(templates);
    touch(Templates);
}

void ProjectDocument::applyConstraints(const tessera::Constraints &c, const Coverage &cov)
{
    m_project.constraints = c;
    m_project.coverage = cov;
    touch(Constraints);
}

const std::vector<IntervalRequirement> &ProjectDocument::requirements() const
{
    static const std::vector<IntervalRequirement> none;
    return m_selectedQueue < int(m_queueRequirements.size()) ? m_queueRequirements[m_selectedQueue] : none;
}

const std::vector<ForecastInterval> &ProjectDocument::selectedForecast() const
{
    return m_selectedQueue == 0 ? m_project.forecast : m_project.moreQueues.at(m_selectedQueue - 1).forecast;
}

const StaffingParams &ProjectDocument::selectedStaffing() const
{
    return m_selectedQueue == 0 ? m_project.staffing : m_project.moreQueues.at(m_selectedQueue - 1).staffing;
}

QString ProjectDocument::queueLabel(int q) const
{
    const QString name = q == 0 ? m_project.queueName : m_project.moreQueues.at(q - 1).name;
    return name.isEmpty() ? tr("Queue %1").arg(q + 1) : name;
}

void ProjectDocument::setSelectedQueue(int q)
{
    q = std::clamp(q, 0, m_project.queueCount() - 1);
    if (q == m_selectedQueue)
        return;
    m_selectedQueue = q;
    recomputeAchieved();
    Q_EMIT changed(Forecast);
}

void ProjectDocument::applyStaffing(int queue, const StaffingParams &s)
{
    if (queue == 0)
        m_project.staffing = s;
    else if (queue - 1 < int(m_project.moreQueues.size()))
        m_project.moreQueues[queue - 1].staffing = s;
    touch(Forecast);
}

void ProjectDocument::applyForecastGrid(const Project &src)
{
    m_project.timeZone = src.timeZone;
    m_project.start = src.start;
    m_project.intervalMinutes = src.intervalMinutes;
    m_project.cyclic = src.cyclic;
    m_project.queueName = src.queueName;
    m_project.forecast = src.forecast;
    m_project.staffing = src.staffing;
    m_project.moreQueues = src.moreQueues;
    m_project.demand = src.demand;
    m_project.shifts = src.shifts;
    touch(Forecast | Catalog);
}

void ProjectDocument::setResult(const SolveResult &r, bool stale)
{
    m_project.lastResult = r;
    m_resultStale = stale;
    recomputeAchieved();
    m_resultModified = true;
    Q_EMIT changed(Result);
    Q_EMIT fileChanged();
}

} // namespace tessera::ui

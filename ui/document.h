// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace tessera::ui {

/**
 * The open project, its undo stack and its file. Views read project(); edits go through undo
 * commands (commands.h), which call the apply*() mutators; every mutator emits changed() with
 * what changed, so models and charts refresh from one signal.
 */
class ProjectDocument : public QObject
{
    Q_OBJECT
public:
    enum Change {
        Forecast = 0x1,    ///< forecast, grid or staffing parameters (required staff changes)
        Catalog = 0x2,     ///< shift catalog
        Constraints = 0x4, ///< constraints, coverage settings, solve settings
        Result = 0x8,      ///< last solve result
        Roster = 0x10,     ///< the named-agent roster (Project::roster) and its evaluation
        Templates = 0x20,  ///< shift templates (work plans, Project::templates)
        Everything = 0x3F,
    };
    Q_DECLARE_FLAGS(Changes, Change)

    explicit ProjectDocument(QObject *parent = nullptr);
    ~ProjectDocument() override;

    const Project &project() const { return m_project; }
    QUndoStack *undoStack() { return &m_undo; }
    const QString &filePath() const { return m_filePath; }
    bool isModified() const { return m_resultModified || !m_undo.isClean(); }
    /// Required staff per interval, all queues together (cached; recomputed on forecast changes).
    const std::vector<double> &requiredStaff() const { return m_required; }
    /// The queue the staffing views show (0 = the project's first queue) and its data. Choosing a
    /// queue is a view setting: not undoable, not a modification; it emits changed(Forecast).
    int selectedQueue() const { return m_selectedQueue; }
    void setSelectedQueue(int q);
    const std::vector<ForecastInterval> &selectedForecast() const;
    const StaffingParams &selectedStaffing() const;
    QString queueLabel(int q) const;
    /// The selected queue's requirements per interval.
    const std::vector<IntervalRequirement> &requirements() const;
    /// Service predicted for the selected queue with the last solution's scheduled agents, per
    /// interval (empty without a solution or when its intervals do not match the forecast).
    const std::vector<IntervalRequirement> &achievedService() const { return m_achieved; }
    /// A message when required staff cannot be computed (bad forecast), else empty.
    const QString &staffingError() const { return m_staffingError; }
    /// True when the catalog/templates/forecast/constraints changed since the last result was computed.
    bool isResultStale() const { return m_resultStale; }
    /// A label for interval i, "Sun 07:30".
    QString intervalLabel(int i) const;

    /// Replaces everything (open / new); clears undo history.
    void reset(Project p, const QString &filePath);
    /// Saves to path (ProjectStore); throws InputError; marks clean on success.
    void saveAs(const QString &path);

    // Mutators for undo commands only.
    void applyShifts(std::vector<Shift> shifts);
    void applyTemplates(std::vector<ShiftTemplate> templates);
    void applyConstraints(const tessera::Constraints &c, const Coverage &cov);
    void applyStaffing(int queue, const StaffingParams &s);
    void applyForecastGrid(const Project &forecastSource);
    void applyRoster(rostering::AgentRoster roster);
    /// The validator's verdict on project().roster (validateAgentRoster), recomputed on every
    /// Roster change; rosterError() is set instead when the roster is malformed (InputError).
    const rostering::RosterEvaluation &rosterEvaluation() const { return m_rosterEval; }
    const QString &rosterError() const { return m_rosterError; }
    /// Not undoable: a solve result is an outcome, not an edit.
    void setResult(const SolveResult &r, bool stale = false);

Q_SIGNALS:
    void changed(tessera::ui::ProjectDocument::Changes what);
    void fileChanged();

private:
    void recomputeRequirements();
    void recomputeAchieved();
    void recomputeRoster();
    void touch(Changes what);

    Project m_project;
    QUndoStack m_undo;
    QString m_filePath;
    std::vector<double> m_required;
    std::vector<std::vector<IntervalRequirement>> m_queueRequirements;
    int m_selectedQueue = 0;
    std::vector<IntervalRequirement> m_achieved;
    QString m_staffingError;
    std::function<QString(int)> m_intervalLabel; ///< from the grid; refreshed with the forecast
    bool m_resultStale = false;
    bool m_resultModified = false;
    rostering::RosterEvaluation m_rosterEval;
    QString m_rosterError;
};

} // namespace tessera::ui

Q_DECLARE_OPERATORS_FOR_FLAGS(tessera::ui::ProjectDocument::Changes)

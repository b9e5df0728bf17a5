// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/job.h"
#include "core/scheduling/solver.h"
#include "core/scheduling/templatesolver.h"

#include <QMetaType>
#include <QMutex>

#include <optional>

namespace tessera {

/**
 * Solves a SchedulingProblem (the shift catalog) or a TemplateProblem (work plans, breaks placed
 * by the template model) with CBC as a Job. The problem is copied at construction, so the planner
 * may keep editing while it runs. solverProgress() carries incumbent, bound and gap (queued to
 * the GUI thread); result() is valid after finished().
 */
class SolveJob : public Job
{
    Q_OBJECT
public:
    SolveJob(SchedulingProblem problem, SolveOptions options, QObject *parent = nullptr);
    /// A work-plan solve (solveTemplates() with `breaks`); result() is its toSolveResult() view,
    /// whose placedShifts carry each agent's shift with its break times.
    SolveJob(TemplateProblem problem, SolveOptions options, BreakModel breaks = BreakModel::Implicit,
             QObject *parent = nullptr);

    const SchedulingProblem &problem() const { return m_problem; }
    bool isTemplateSolve() const { return m_templates.has_value(); }
    /// The result, valid after finished(); status Error with a diagnosis when the input was bad.
    SolveResult result() const;
    /// A work-plan solve's full result (per-skill coverage, model size), valid after finished().
    TemplateSolveResult templateResult() const;

Q_SIGNALS:
    void solverProgress(const tessera::SolveProgress &p);

protected:
    void execute() override;

private:
    const SchedulingProblem m_problem;
    const std::optional<TemplateProblem> m_templates;
    const BreakModel m_breaks = BreakModel::Implicit;
    const SolveOptions m_options;
    mutable QMutex m_mutex;
    SolveResult m_result;
    TemplateSolveResult m_templateResult;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::SolveProgress)

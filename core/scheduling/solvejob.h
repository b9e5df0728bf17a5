// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/job.h"
#include "core/scheduling/solver.h"

#include <QMetaType>
#include <QMutex>

namespace tessera {

/**
 * Solves a SchedulingProblem with CBC as a Job. The problem is copied at construction, so the
 * planner may keep editing while it runs. solverProgress() carries incumbent, bound and gap
 * (queued to the GUI thread); result() is valid after finished().
 */
class SolveJob : public Job
{
    Q_OBJECT
public:
    SolveJob(SchedulingProblem problem, SolveOptions options, QObject *parent = nullptr);

    const SchedulingProblem &problem() const { return m_problem; }
    /// The result, valid after finished(); status Error with a diagnosis when the input was bad.
    SolveResult result() const;

Q_SIGNALS:
    void solverProgress(const tessera::SolveProgress &p);

protected:
    void execute() override;

private:
    const SchedulingProblem m_problem;
    const SolveOptions m_options;
    mutable QMutex m_mutex;
    SolveResult m_result;
};

} // namespace tessera

Q_DECLARE_METATYPE(tessera::SolveProgress)

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/solvejob.h"

#include "core/error.h"

namespace tessera {

SolveJob::SolveJob(SchedulingProblem problem, SolveOptions options, QObject *parent)
    : Job(parent)
    , m_problem(std::move(problem))
    , m_options(std::move(options))
{
    qRegisterMetaType<tessera::SolveProgress>();
}

SolveResult SolveJob::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

void SolveJob::execute()
{
    SolveResult r;
    try {
        r = solveSchedule(m_problem, m_options, cancelFlag(), [this](const SolveProgress &p) {
            Q_EMIT solverProgress(p);
            if (m_options.timeLimitSeconds > 0)
                reportProgress(std::min(1.0, p.elapsedSeconds / m_options.timeLimitSeconds), QString());
        });
    } catch (const InputError &e) {
        r.status = SolveStatus::Error;
        r.diagnosis.push_back({QStringLiteral("error"), {}, e.message()});
    }
    QMutexLocker lock(&m_mutex);
    m_result = std::move(r);
}

} // namespace tessera

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

SolveJob::SolveJob(TemplateProblem problem, SolveOptions options, BreakModel breaks, QObject *parent)
    : Job(parent)
    , m_templates(std::move(problem))
    , m_breaks(breaks)
    , m_options(std::move(options))
{
    qRegisterMetaType<tessera::SolveProgress>();
}

SolveResult SolveJob::result() const
{
    QMutexLocker lock(&m_mutex);
    return m_result;
}

TemplateSolveResult SolveJob::templateResult() const
{
    QMutexLocker lock(&m_mutex);
    return m_templateResult;
}

void SolveJob::execute()
{
    SolveResult r;
    TemplateSolveResult tr;
    const auto progress = [this](const SolveProgress &p) {
        Q_EMIT solverProgress(p);
        if (m_options.timeLimitSeconds > 0)
            reportProgress(std::min(1.0, p.elapsedSeconds / m_options.timeLimitSeconds), QString());
    };
    try {
        if (m_templates) {
            tr = solveTemplates(*m_templates, m_options, m_breaks, cancelFlag(), progress);
            r = toSolveResult(*m_templates, tr);
        } else {
            r = solveSchedule(m_problem, m_options, cancelFlag(), progress);
        }
    } catch (const InputError &e) {
        r.status = tr.status = SolveStatus::Error;
        r.diagnosis.push_back({QStringLiteral("error"), {}, e.message()});
        tr.diagnosis = r.diagnosis;
    }
    QMutexLocker lock(&m_mutex);
    m_result = std::move(r);
    m_templateResult = std::move(tr);
}

} // namespace tessera

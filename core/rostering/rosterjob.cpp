// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/rosterjob.h"

#include "core/error.h"

namespace tessera::rostering {

RosterJob::RosterJob(AgentRoster base, std::vector<ShiftDemand> demand, AgentRosterOptions options, bool rankRelaxations,
                     QObject *parent)
    : Job(parent)
    , m_base(std::move(base))
    , m_demand(std::move(demand))
    , m_options(options)
    , m_rank(rankRelaxations)
{
    qRegisterMetaType<tessera::SolveProgress>();
}

AgentRosterSolution RosterJob::solution() const
{
    QMutexLocker lock(&m_mutex);
    return m_solution;
}

std::vector<Relaxation> RosterJob::relaxations() const
{
    QMutexLocker lock(&m_mutex);
    return m_relaxations;
}

void RosterJob::execute()
{
    reportProgress(0.0, tr("Rostering %n agent(s)", nullptr, int(m_base.agents.size())));
    AgentRosterSolution s = solveAgentRoster(m_base, m_demand, m_options, cancelFlag(), [this](const SolveProgress &p) {
        Q_EMIT solverProgress(p);
        if (m_options.timeLimitSeconds > 0)
            reportProgress(std::min(m_rank ? 0.5 : 1.0, p.elapsedSeconds / m_options.timeLimitSeconds), QString());
    });
    std::vector<Relaxation> relaxations;
    const bool short_ = !s.hasSolution || !s.evaluation.valid() || s.unstaffedShifts > 0;
    if (m_rank && short_ && !isCancelRequested()) {
        RelaxationOptions o;
        o.secondsPerSolve = std::max(2.0, m_options.timeLimitSeconds / 4);
        relaxations = rankRelaxations(m_base, m_demand, m_options, o, cancelFlag(), [this](int done, int total) {
            reportProgress(0.5 + 0.5 * done / std::max(1, total), tr("Pricing relaxation %1 of %2").arg(done + 1).arg(total));
        }, &s);
    }
    QMutexLocker lock(&m_mutex);
    m_solution = std::move(s);
    m_relaxations = std::move(relaxations);
}

} // namespace tessera::rostering

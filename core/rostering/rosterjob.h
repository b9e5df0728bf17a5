// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/jobs/job.h"
#include "core/rostering/relaxations.h"
#include "core/scheduling/solvejob.h" // SolveProgress and its metatype

#include <QMutex>

namespace tessera::rostering {

/**
 * Rosters named agents onto scheduled shifts as a Job (solveAgentRoster(), then — when shifts
 * stay unstaffed or no valid roster exists and `rankRelaxations` is set — rankRelaxations()).
 * Inputs are copied at construction. solverProgress() carries CBC's incumbent and bound (in the
 * model's scaled units; use them for the curve, not as penalties); progress() the phase.
 * solution() and relaxations() are valid after finished(); errorMessage() is set on bad input.
 */
class RosterJob : public Job
{
    Q_OBJECT
public:
    RosterJob(AgentRoster base, std::vector<ShiftDemand> demand, AgentRosterOptions options, bool rankRelaxations,
              QObject *parent = nullptr);

    AgentRosterSolution solution() const;
    std::vector<Relaxation> relaxations() const;

Q_SIGNALS:
    void solverProgress(const tessera::SolveProgress &p);

protected:
    void execute() override;

private:
    const AgentRoster m_base;
    const std::vector<ShiftDemand> m_demand;
    const AgentRosterOptions m_options;
    const bool m_rank;
    mutable QMutex m_mutex;
    AgentRosterSolution m_solution;
    std::vector<Relaxation> m_relaxations;
};

} // namespace tessera::rostering

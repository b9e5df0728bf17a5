// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/staffing/requirements.h"

#include <QString>

namespace tessera {

/**
 * "Why this number?": the computation of interval t's requirement as HTML for the planner —
 * inputs (offered, AHT, interval length), workload in Erlangs, the queueing table around the
 * chosen staffing level (P(wait), SL, ASA, occupancy for n − 2 … n + 1) with the target that
 * picked n, the channel's conversion to agents, the shrinkage breakdown and the gross figure,
 * each with its formula and source; and, when scheduledAgents is a number, the service the
 * schedule gives. `label` names the interval ("Mon 10:00"). Throws InputError like
 * computeRequirements for bad inputs.
 */
QString explainRequirement(const std::vector<ForecastInterval> &forecast, int t, int intervalMinutes,
                           const StaffingParams &params, const QString &label, double scheduledAgents);

} // namespace tessera

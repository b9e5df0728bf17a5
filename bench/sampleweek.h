// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the week-scale benchmarks.
#pragma once

#include "core/project/sampleproject.h"

#include <algorithm>
#include <cmath>
#include <vector>

namespace tessera::bench {

/// The sample week's required agents (Erlang C on the Anonymous Bank data), each half hour split
/// into two quarter-hours (672 values) and scaled so the peak is `peak` agents, rounded up.
inline std::vector<double> sampleWeekQuarterHours(double peak)
{
    const std::vector<double> req = makeSampleProject().requiredStaff();
    const double top = *std::max_element(req.begin(), req.end());
    std::vector<double> out;
    for (double r : req) {
        const double v = std::ceil(r / top * peak - 1e-9);
        out.push_back(v);
        out.push_back(v);
    }
    return out;
}

} // namespace tessera::bench

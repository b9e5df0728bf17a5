// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/mip.h"

#include <QElapsedTimer>

#include <atomic>

namespace tessera::rostering {

/**
 * solveMip with a wall-clock deadline: CBC's own -sec limit counts CPU time, which on a loaded
 * machine lets a solve overrun its limit. This also stops CBC (through solveMip's cancel flag, at
 * its next event) once `seconds` of wall time have passed, or when *cancel is set. seconds ≤ 0:
 * no limit. The incumbent is kept, as on cancel.
 */
inline MipOutcome solveMipWithin(const MipModel &m, double seconds, const std::atomic_bool *cancel)
{
    std::atomic_bool stop{false};
    QElapsedTimer wall;
    wall.start();
    const auto watch = [&](const SolveProgress &) {
        if ((cancel && cancel->load()) || (seconds > 0 && wall.elapsed() > qint64(seconds * 1000.0)))
            stop = true;
    };
    MipOutcome o = solveMip(m, seconds, 0.0, &stop, watch);
    if (cancel && cancel->load())
        o.cancelled = true;
    else if (o.cancelled) { // our deadline, not the caller's cancel
        o.cancelled = false;
        o.timeLimitReached = true;
    }
    return o;
}

} // namespace tessera::rostering

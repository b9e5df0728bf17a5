// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests.
#pragma once

#include "core/scheduling/problem.h"

#include <vector>

namespace tessera::test {

/// A shift on intervals [start, end) with the given cost, max count (−1 unlimited), part-time
/// flag and breaks.
inline Shift shift(const char *id, int start, int end, double cost = 1.0, int max = -1, bool partTime = false,
                   std::vector<Break> breaks = {})
{
    return Shift{QString::fromUtf8(id), start, end, std::move(breaks), cost, max, partTime};
}

} // namespace tessera::test

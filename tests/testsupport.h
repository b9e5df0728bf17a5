// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the tests.
#pragma once

#include "core/rostering/agentroster.h"
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

/// The full-time contract of the rostering tests: id "FT", at most 40 h a week and 5 days in a
/// row, at least 1 day off in a row and 11 h of rest between shifts.
inline rostering::Contract fullTimeContract()
{
    rostering::Contract c;
    c.id = QStringLiteral("FT");
    c.maxMinutesPerWeek = 40 * 60;
    c.maxConsecutiveDays = 5;
    c.minConsecutiveDaysOff = 1;
    c.minRestMinutes = 11 * 60;
    return c;
}

} // namespace tessera::test

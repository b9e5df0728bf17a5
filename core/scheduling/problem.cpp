// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/problem.h"

#include "core/error.h"

#include <QSet>

namespace tessera {

std::vector<int> Shift::workedIntervals(int horizon, bool cyclic) const
{
    std::vector<int> out;
    out.reserve(std::max(0, end - start));
    for (int t = start; t < end; ++t) {
        bool onBreak = false;
        for (const Break &b : breaks)
            if (t >= b.start && t < b.end) {
                onBreak = true;
                break;
            }
        if (onBreak)
            continue;
        if (t < horizon)
            out.push_back(t);
        else if (cyclic && horizon > 0)
            out.push_back(t % horizon);
    }
    return out;
}

void SchedulingProblem::validate() const
{
    const QString none;
    if (intervalMinutes <= 0 || 1440 % intervalMinutes != 0)
        throw InputError(none, 0, QStringLiteral("intervalMinutes"),
                         Tr::tr("%1 does not divide a day into whole intervals").arg(intervalMinutes));
    const int T = horizon();
    for (int t = 0; t < T; ++t)
        if (!(demand[t] >= 0.0))
            throw InputError(none, 0, QStringLiteral("demand[%1]").arg(t), Tr::tr("%1 is negative").arg(demand[t]));
    QSet<QString> ids;
    for (size_t i = 0; i < shifts.size(); ++i) {
        const Shift &s = shifts[i];
        const QString f = QStringLiteral("shifts[%1]").arg(i);
        if (s.id.isEmpty())
            throw InputError(none, 0, f + QStringLiteral(".id"), Tr::tr("a shift needs an id"));
        if (ids.contains(s.id))
            throw InputError(none, 0, f + QStringLiteral(".id"), Tr::tr("shift id '%1' is used twice").arg(s.id));
        ids.insert(s.id);
        if (s.start < 0 || s.start >= T || s.end <= s.start)
            throw InputError(none, 0, f, Tr::tr("shift '%1' [%2, %3) is empty or starts outside the horizon of %4 intervals")
                                             .arg(s.id).arg(s.start).arg(s.end).arg(T));
        if (s.end > T && !cyclic)
            throw InputError(none, 0, f + QStringLiteral(".end"),
                             Tr::tr("shift '%1' ends at %2, past the horizon of %3 intervals (set cyclic to wrap)")
                                 .arg(s.id).arg(s.end).arg(T));
        if (s.end - s.start > T)
            throw InputError(none, 0, f + QStringLiteral(".end"), Tr::tr("shift '%1' is longer than the horizon").arg(s.id));
        for (const Break &b : s.breaks)
            if (b.start < s.start || b.end > s.end || b.end <= b.start)
                throw InputError(none, 0, f + QStringLiteral(".breaks"),
                                 Tr::tr("break [%1, %2) lies outside shift '%3' [%4, %5)")
                                     .arg(b.start).arg(b.end).arg(s.id).arg(s.start).arg(s.end));
        if (!(s.cost >= 0.0))
            throw InputError(none, 0, f + QStringLiteral(".cost"), Tr::tr("%1 is negative").arg(s.cost));
    }
    if (constraints.maxHeadcount < 0)
        throw InputError(none, 0, QStringLiteral("constraints.maxHeadcount"), Tr::tr("%1 is negative").arg(constraints.maxHeadcount));
    if (!(constraints.minStaffing >= 0.0))
        throw InputError(none, 0, QStringLiteral("constraints.minStaffing"), Tr::tr("%1 is negative").arg(constraints.minStaffing));
    if (!(constraints.maxPartTimeShare >= 0.0 && constraints.maxPartTimeShare <= 1.0))
        throw InputError(none, 0, QStringLiteral("constraints.maxPartTimeShare"),
                         Tr::tr("%1 is outside [0, 1]").arg(constraints.maxPartTimeShare));
    if (!(coverage.underPenalty >= 0.0) || !(coverage.overPenalty >= 0.0))
        throw InputError(none, 0, QStringLiteral("coverage"), Tr::tr("penalties must be >= 0"));
}

} // namespace tessera

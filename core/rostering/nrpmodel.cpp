// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrpmodel.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <utility>
#include <vector>

namespace tessera::rostering {

namespace {

using Entries = std::vector<std::pair<int, double>>;

struct Built {
    MipModel model;
    double constant = 0.0;
    std::vector<int> xColumn; ///< (staff × day × shift) → column, −1 when absent (fixed day off)
};

Built build(const NrpInstance &inst)
{
    Built b;
    MipModel &m = b.model;
    const int E = inst.staffCount(), H = inst.days, T = inst.shiftCount();
    const double inf = kMipInfinity;
    auto ed = [H](int e, int d) { return size_t(e) * H + d; };
    auto edt = [H, T](int e, int d, int t) { return (size_t(e) * H + d) * T + t; };

    // Row entries are collected per (staff, day) — coefficients of y[e,d], applied to every x[e,d,t] —
    // and per (staff, day, shift), then the columns are added with them.
    std::vector<Entries> yEntries(size_t(E) * H);
    std::vector<Entries> xEntries(size_t(E) * H * T);
    std::vector<double> xCost(size_t(E) * H * T, 0.0);
    std::vector<std::vector<int>> weekendRows(E); // per staff: rows of the weekend indicators, in pairs per weekend
    std::vector<int> weekendSumRow(E, -1);
    const int weekendCount = (H + 1) / 7; // weekends whose Saturday (7k+5) lies in the horizon

    for (int e = 0; e < E; ++e) {
        const StaffMember &s = inst.staff[e];
        const std::string tag = std::to_string(e);
        // One shift a day.
        if (T > 1)
            for (int d = 0; d < H; ++d) {
                const int r = m.addRow(-inf, 1.0, "one_" + tag + "_" + std::to_string(d));
                yEntries[ed(e, d)].push_back({r, 1.0});
            }
        // Forbidden successions.
        for (int d = 0; d + 1 < H; ++d)
            for (int t = 0; t < T; ++t) {
                std::vector<int> next;
                for (int u = 0; u < T; ++u)
                    if (inst.forbiddenSuccession(t, u))
                        next.push_back(u);
                if (next.empty() || inst.isDayOff(e, d) || inst.isDayOff(e, d + 1))
                    continue;
                const int r = m.addRow(-inf, 1.0, "succ_" + tag + "_" + std::to_string(d) + "_" + std::to_string(t));
                xEntries[edt(e, d, t)].push_back({r, 1.0});
                for (int u : next)
                    xEntries[edt(e, d + 1, u)].push_back({r, 1.0});
            }
        // Max shifts per type.
        for (int t = 0; t < T; ++t)
            if (s.maxShifts[t] < H) {
                const int r = m.addRow(-inf, s.maxShifts[t], "maxshifts_" + tag + "_" + std::to_string(t));
                for (int d = 0; d < H; ++d)
                    xEntries[edt(e, d, t)].push_back({r, 1.0});
            }
        // Total minutes.
        {
            const int r = m.addRow(s.minTotalMinutes, s.maxTotalMinutes, "minutes_" + tag);
            for (int d = 0; d < H; ++d)
                for (int t = 0; t < T; ++t)
                    xEntries[edt(e, d, t)].push_back({r, double(inst.shifts[t].lengthMinutes)});
        }
        // Max consecutive shifts: every window of C+1 days inside the horizon has at most C worked.
        const int C = s.maxConsecutiveShifts;
        for (int d = 0; C >= 0 && d + C < H; ++d) {
            const int r = m.addRow(-inf, C, "maxcons_" + tag + "_" + std::to_string(d));
            for (int i = d; i <= d + C; ++i)
                yEntries[ed(e, i)].push_back({r, 1.0});
        }
        // Min consecutive shifts / days off: forbid "off, k on, off" and "on, k off, on" strictly inside.
        for (int k = 1; k < s.minConsecutiveShifts; ++k)
            for (int d = 1; d + k <= H - 1; ++d) {
                const int r = m.addRow(-inf, k - 1, "mincons_" + tag + "_" + std::to_string(d) + "_" + std::to_string(k));
                for (int i = d; i < d + k; ++i)
                    yEntries[ed(e, i)].push_back({r, 1.0});
                yEntries[ed(e, d - 1)].push_back({r, -1.0});
                yEntries[ed(e, d + k)].push_back({r, -1.0});
            }
        for (int k = 1; k < s.minConsecutiveDaysOff; ++k)
            for (int d = 1; d + k <= H - 1; ++d) {
                const int r = m.addRow(-inf, 1.0, "minoff_" + tag + "_" + std::to_string(d) + "_" + std::to_string(k));
                for (int i = d; i < d + k; ++i)
                    yEntries[ed(e, i)].push_back({r, -1.0});
                yEntries[ed(e, d - 1)].push_back({r, 1.0});
                yEntries[ed(e, d + k)].push_back({r, 1.0});
            }
        // Max weekends: w[e,k] ≥ y[e,sat], w[e,k] ≥ y[e,sun], Σ_k w[e,k] ≤ W.
        if (s.maxWeekends < weekendCount) {
            weekendSumRow[e] = m.addRow(-inf, s.maxWeekends, "weekends_" + tag);
            for (int k = 0; k < weekendCount; ++k)
                for (int day : {7 * k + 5, 7 * k + 6}) {
                    if (day >= H) {
                        weekendRows[e].push_back(-1);
                        continue;
                    }
                    const int r = m.addRow(0.0, inf, "weekend_" + tag + "_" + std::to_string(day));
                    yEntries[ed(e, day)].push_back({r, -1.0});
                    weekendRows[e].push_back(r);
                }
        }
    }

    // Requests: an on-request costs weight·(1 − x), an off-request weight·x.
    for (const ShiftRequest &q : inst.shiftOnRequests) {
        b.constant += q.weight;
        xCost[edt(q.staff, q.day, q.shift)] -= q.weight;
    }
    for (const ShiftRequest &q : inst.shiftOffRequests)
        xCost[edt(q.staff, q.day, q.shift)] += q.weight;

    // Cover rows: Σ_e x + u − v = requirement (only where a weight makes it matter).
    std::vector<int> coverRow(size_t(H) * T, -1);
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const CoverRequirement &c = inst.cover(d, t);
            if (c.weightUnder == 0 && c.weightOver == 0)
                continue;
            coverRow[size_t(d) * T + t] =
                m.addRow(c.requirement, c.requirement, "cover_" + std::to_string(d) + "_" + std::to_string(t));
        }

    // Columns.
    b.xColumn.assign(size_t(E) * H * T, -1);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d) {
            if (inst.isDayOff(e, d))
                continue;
            for (int t = 0; t < T; ++t) {
                if (inst.staff[e].maxShifts[t] <= 0)
                    continue; // never allowed: no column (x = 0)
                Entries entries = xEntries[edt(e, d, t)];
                entries.insert(entries.end(), yEntries[ed(e, d)].begin(), yEntries[ed(e, d)].end());
                if (coverRow[size_t(d) * T + t] >= 0)
                    entries.push_back({coverRow[size_t(d) * T + t], 1.0});
                b.xColumn[edt(e, d, t)] =
                    m.addColumn(0.0, 1.0, xCost[edt(e, d, t)], true,
                                "x_" + std::to_string(e) + "_" + std::to_string(d) + "_" + std::to_string(t), entries);
            }
        }
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const int r = coverRow[size_t(d) * T + t];
            if (r < 0)
                continue;
            const CoverRequirement &c = inst.cover(d, t);
            const std::string tag = std::to_string(d) + "_" + std::to_string(t);
            m.addColumn(0.0, inf, c.weightUnder, true, "under_" + tag, {{r, 1.0}});
            m.addColumn(0.0, inf, c.weightOver, true, "over_" + tag, {{r, -1.0}});
        }
    for (int e = 0; e < E; ++e) {
        if (weekendSumRow[e] < 0)
            continue;
        for (int k = 0; k < weekendCount; ++k) {
            Entries entries{{weekendSumRow[e], 1.0}};
            for (int j = 0; j < 2; ++j)
                if (weekendRows[e][2 * k + j] >= 0)
                    entries.push_back({weekendRows[e][2 * k + j], 1.0});
            m.addColumn(0.0, 1.0, 0.0, true, "w_" + std::to_string(e) + "_" + std::to_string(k), entries);
        }
    }
    return b;
}

} // namespace

RosterResult solveNrp(const NrpInstance &inst, double timeLimitSeconds, const std::atomic_bool *cancel,
                      const std::function<void(const SolveProgress &)> &progress)
{
    const Built b = build(inst);
    const double constant = b.constant;
    std::function<void(const SolveProgress &)> shifted;
    if (progress)
        shifted = [&progress, constant](const SolveProgress &p) {
            SolveProgress q = p;
            q.incumbent += constant; // NaN stays NaN
            q.bestBound += constant;
            progress(q);
        };
    const MipOutcome o = solveMip(b.model, timeLimitSeconds, 0.0, cancel, shifted);

    RosterResult r;
    r.roster = Roster(inst.staffCount(), inst.days);
    r.seconds = o.seconds;
    r.provenInfeasible = o.provenInfeasible;
    if (!std::isnan(o.bestBound) && !o.provenInfeasible)
        r.bestBound = std::ceil(o.bestBound + constant - 1e-6); // integer objective
    if (o.solution.empty())
        return r;
    const int T = inst.shiftCount();
    for (int e = 0; e < inst.staffCount(); ++e)
        for (int d = 0; d < inst.days; ++d)
            for (int t = 0; t < T; ++t) {
                const int c = b.xColumn[(size_t(e) * inst.days + d) * T + t];
                if (c >= 0 && o.solution[size_t(c)] > 0.5)
                    r.roster.set(e, d, t);
            }
    r.hasSolution = true;
    r.objective = double(evaluate(inst, r.roster).objective);
    r.provenOptimal = o.provenOptimal || (!std::isnan(r.bestBound) && r.bestBound >= r.objective);
    return r;
}

} // namespace tessera::rostering

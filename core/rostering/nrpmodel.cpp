// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrpmodel.h"

#include "core/rostering/nrplocal.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace tessera::rostering {

namespace {

using Entries = std::vector<std::pair<int, double>>;

/// Rows collected before the model is assembled: a row gets into the model only when a free
/// column enters it; fixed cells add to its constant, which shifts its bounds. A soft row (weight
/// > 0) has one finite side and gets a slack column that relaxes it: −1 on a ≤ row, +1 on a ≥ row.
struct SoftRow {
    int weight = 0; ///< 0: hard
    StaffRule rule = StaffRule::MaxShifts;
    int staff = -1;
    int day = -1;
};

struct RowStage {
    using Soft = SoftRow;
    std::vector<double> lo, up, constant;
    std::vector<std::string> names;
    std::vector<char> used;
    std::vector<Soft> soft;
    int add(double l, double u, std::string name, Soft s = {})
    {
        lo.push_back(l);
        up.push_back(u);
        constant.push_back(0.0);
        names.push_back(std::move(name));
        used.push_back(0);
        soft.push_back(s);
        return int(lo.size()) - 1;
    }
    /// How far the constant alone lies outside the bounds (the violation of a row no column enters).
    double violation(size_t r) const { return std::max(0.0, lo[r] - constant[r]) + std::max(0.0, constant[r] - up[r]); }
};

StaffRule ruleOf(const QString &name)
{
    for (int k = 0; k < kStaffRuleCount; ++k)
        if (staffRuleName(StaffRule(k)) == name)
            return StaffRule(k);
    return StaffRule::MaxShifts; // not reached: evaluate() reports soft violations of staff rules only
}

} // namespace

NrpModel buildNrpModel(const NrpInstance &inst, const Roster *current, const NrpNeighbourhood *nb)
{
    NrpModel b;
    const int E = inst.staffCount(), H = inst.days, T = inst.shiftCount();
    const double inf = kMipInfinity;

    // The free window: staff list S (position p ↔ staff S[p]) × days a..z.
    std::vector<int> S;
    int a = 0, z = H - 1;
    if (nb) {
        S = nb->staff;
        a = std::clamp(nb->firstDay, 0, std::max(0, H - 1));
        z = nb->lastDay < nb->firstDay ? H - 1 : std::min(nb->lastDay, H - 1);
    } else {
        S.resize(size_t(E));
        for (int e = 0; e < E; ++e)
            S[size_t(e)] = e;
    }
    const int W = std::max(0, z - a + 1);
    std::vector<int> pos(size_t(E), -1);
    for (size_t p = 0; p < S.size(); ++p)
        pos[size_t(S[p])] = int(p);
    auto cur = [current](int e, int d) { return current ? current->at(e, d) : -1; };
    auto freeCell = [&](int e, int d) { return pos[size_t(e)] >= 0 && d >= a && d <= z && !inst.isDayOff(e, d); };
    auto cell = [&](int e, int d) { return size_t(pos[size_t(e)]) * W + (d - a); };
    auto cellT = [&](int e, int d, int t) { return cell(e, d) * T + t; };

    RowStage rows;
    std::vector<Entries> yEntries(S.size() * W);
    std::vector<Entries> xEntries(S.size() * W * T);
    std::vector<double> xCost(S.size() * W * T, 0.0);
    // y[e,d] (worked) with coefficient c in row r.
    auto addY = [&](int r, int e, int d, double c) {
        if (freeCell(e, d)) {
            yEntries[cell(e, d)].push_back({r, c});
            rows.used[size_t(r)] = 1;
        } else if (cur(e, d) >= 0) {
            rows.constant[size_t(r)] += c;
        }
    };
    // A free cell may take shift t unless t is never allowed (a hard max of 0) or the member is
    // unavailable.
    auto allowed = [&](int e, int d, int t) {
        const StaffMember &m = inst.staff[size_t(e)];
        return (m.maxShifts[size_t(t)] > 0 || m.weight(StaffRule::MaxShifts) > 0) && !inst.isUnavailable(e, d, t);
    };
    auto addX = [&](int r, int e, int d, int t, double c) {
        if (freeCell(e, d)) {
            if (allowed(e, d, t)) {
                xEntries[cellT(e, d, t)].push_back({r, c});
                rows.used[size_t(r)] = 1;
            }
        } else if (cur(e, d) == t) {
            rows.constant[size_t(r)] += c;
        }
    };


    const int weekendCount = (H + 1) / 7; // weekends whose Saturday (7k+5) lies in the horizon
    struct WeekendColumn {
        int staff, k;
        Entries entries;
        double lower;
        bool exact = false; ///< has the row w ≤ y[sat] + y[sun] (fairness groups need w exact)
    };
    std::vector<WeekendColumn> weekendColumns;
    // Whether weekend k of e is worked in the current roster on its fixed days.
    auto fixedWeekendWorked = [&](int e, int k) {
        bool worked = false;
        for (int day : {7 * k + 5, 7 * k + 6})
            worked = worked || (day < H && !freeCell(e, day) && cur(e, day) >= 0);
        return worked;
    };
    // The indicator w[e,k] ≥ y[e,sat], w[e,k] ≥ y[e,sun] of a weekend with a free day (made once,
    // shared by maxWeekends and the fairness groups), or −1 when both its days are fixed.
    std::vector<int> weekendIndex(S.size() * size_t(weekendCount), -1);
    auto weekendColumn = [&](int e, int k) {
        if (pos[size_t(e)] < 0)
            return -1;
        int &slot = weekendIndex[size_t(pos[size_t(e)]) * weekendCount + k];
        if (slot >= 0 || !((7 * k + 5 < H && freeCell(e, 7 * k + 5)) || (7 * k + 6 < H && freeCell(e, 7 * k + 6))))
            return slot;
        WeekendColumn wc{e, k, {}, fixedWeekendWorked(e, k) ? 1.0 : 0.0};
        for (int day : {7 * k + 5, 7 * k + 6})
            if (day < H && freeCell(e, day)) {
                const int r = rows.add(0.0, inf, "weekend_" + std::to_string(e) + "_" + std::to_string(day));
                addY(r, e, day, -1.0);
                wc.entries.push_back({r, 1.0});
            }
        slot = int(weekendColumns.size());
        weekendColumns.push_back(std::move(wc));
        return slot;
    };
    // Σ_k w[e,k] with coefficient 1 in row r (fixed weekends as constants); `exact` adds
    // w ≤ y[sat] + y[sun] where a column would otherwise be free to exceed the days worked.
    auto addWeekends = [&](int r, int e, bool exact) {
        for (int k = 0; k < weekendCount; ++k) {
            const int j = weekendColumn(e, k);
            if (j < 0) {
                rows.constant[size_t(r)] += fixedWeekendWorked(e, k) ? 1.0 : 0.0;
                continue;
            }
            WeekendColumn &wc = weekendColumns[size_t(j)];
            wc.entries.push_back({r, 1.0});
            rows.used[size_t(r)] = 1;
            if (exact && !wc.exact) {
                const int up = rows.add(-inf, 0.0, "weekendup_" + std::to_string(e) + "_" + std::to_string(k));
                for (int day : {7 * k + 5, 7 * k + 6})
                    if (day < H)
                        addY(up, e, day, -1.0);
                weekendColumns[size_t(j)].entries.push_back({up, 1.0});
                weekendColumns[size_t(j)].exact = true;
            }
        }
    };

    for (int e : S) {
        const StaffMember &s = inst.staff[size_t(e)];
        const std::string tag = std::to_string(e);
        // A soft rule's rows span the whole horizon (those outside the window have no free column
        // and price the fixed part's violations into the constant); a hard rule's rows only touch
        // the window (outside it the current roster already meets them).
        // `units`: violation units one unit of the row's slack stands for.
        const auto soft = [&](StaffRule rule, int day = -1, int units = 1) {
            return RowStage::Soft{s.weight(rule) * units, rule, e, day};
        };
        // First / last day d of a rule's rows: `touching` the window when hard, `horizon` when soft.
        const auto from = [&](StaffRule rule, int touching, int horizon) { return s.weight(rule) > 0 ? horizon : touching; };
        const auto to = [&](StaffRule rule, int touching) { return s.weight(rule) > 0 ? H - 1 : touching; };
        // Per shift type t: the types forbidden after it for e, grouped by price (0: hard).
        std::vector<std::map<int, std::vector<int>>> succ(static_cast<size_t>(T));
        for (int t = 0; t < T; ++t)
            for (int u = 0; u < T; ++u)
                if (const int price = inst.successionPrice(e, t, u); price >= 0)
                    succ[size_t(t)][price].push_back(u);
        // One shift a day.
        if (T > 1)
            for (int d = a; d <= z; ++d)
                if (freeCell(e, d))
                    addY(rows.add(-inf, 1.0, "one_" + tag + "_" + std::to_string(d)), e, d, 1.0);
        // Forbidden successions (pairs of days d, d+1 touching the window; soft ones over the
        // horizon): x[d,t] + Σ x[d+1,u] ≤ 1 per group of types u of one price — one shift a day,
        // so a row's slack is 1 exactly when one of its pairs is worked.
        for (int d = from(StaffRule::ShiftSuccession, std::max(0, a - 1), 0); d <= to(StaffRule::ShiftSuccession, z) && d + 1 < H; ++d)
            for (int t = 0; t < T; ++t) {
                if (succ[size_t(t)].empty() || inst.isDayOff(e, d) || inst.isDayOff(e, d + 1))
                    continue;
                for (const auto &[price, next] : succ[size_t(t)]) {
                    if (price == 0 && (d + 1 < a || d > z))
                        continue; // a hard pair outside the window: the roster already meets it
                    const int r = rows.add(-inf, 1.0, "succ_" + tag + "_" + std::to_string(d) + "_" + std::to_string(t) + "_" + std::to_string(price),
                                           RowStage::Soft{price, StaffRule::ShiftSuccession, e, d + 1});
                    addX(r, e, d, t, 1.0);
                    for (int u : next)
                        addX(r, e, d + 1, u, 1.0);
                }
            }
        // Max shifts per type.
        for (int t = 0; t < T; ++t)
            if (s.maxShifts[size_t(t)] < H) {
                const int r = rows.add(-inf, s.maxShifts[size_t(t)], "maxshifts_" + tag + "_" + std::to_string(t),
                                       soft(StaffRule::MaxShifts));
                for (int d = 0; d < H; ++d)
                    addX(r, e, d, t, 1.0);
            }
        // Total minutes: one range row when both limits are hard, else a row per limit.
        {
            std::vector<int> minuteRows;
            if (s.weight(StaffRule::MinTotalMinutes) == 0 && s.weight(StaffRule::MaxTotalMinutes) == 0) {
                minuteRows.push_back(rows.add(s.minTotalMinutes, s.maxTotalMinutes, "minutes_" + tag));
            } else {
                minuteRows.push_back(rows.add(-inf, s.maxTotalMinutes, "maxminutes_" + tag, soft(StaffRule::MaxTotalMinutes)));
                if (s.minTotalMinutes > 0)
                    minuteRows.push_back(rows.add(s.minTotalMinutes, inf, "minminutes_" + tag, soft(StaffRule::MinTotalMinutes)));
            }
            for (int r : minuteRows)
                for (int d = 0; d < H; ++d)
                    for (int t = 0; t < T; ++t)
                        addX(r, e, d, t, double(inst.shifts[size_t(t)].lengthMinutes));
        }
        // Max consecutive shifts: every window of C+1 days inside the horizon has at most C worked.
        // Soft: a window's slack is 1 when all its C+1 days are worked, so the slacks of a run of
        // C + k days sum to k (evaluate()'s days over).
        const int C = s.maxConsecutiveShifts;
        for (int d = from(StaffRule::MaxConsecutiveShifts, std::max(0, a - C), 0);
             C >= 0 && d <= to(StaffRule::MaxConsecutiveShifts, z) && d + C < H; ++d) {
            const int r = rows.add(-inf, C, "maxcons_" + tag + "_" + std::to_string(d), soft(StaffRule::MaxConsecutiveShifts, d + C));
            for (int i = d; i <= d + C; ++i)
                addY(r, e, i, 1.0);
        }
        // Min consecutive shifts / days off: forbid "off, k on, off" and "on, k off, on" strictly
        // inside. Soft: a run of k < m days matches exactly one pattern, whose slack is 1, priced
        // as m − k days short.
        for (int k = 1; k < s.minConsecutiveShifts; ++k)
            for (int d = from(StaffRule::MinConsecutiveShifts, std::max(1, a - k), 1);
                 d <= to(StaffRule::MinConsecutiveShifts, z + 1) && d + k <= H - 1; ++d) {
                const int r = rows.add(-inf, k - 1, "mincons_" + tag + "_" + std::to_string(d) + "_" + std::to_string(k),
                                       soft(StaffRule::MinConsecutiveShifts, d, s.minConsecutiveShifts - k));
                for (int i = d; i < d + k; ++i)
                    addY(r, e, i, 1.0);
                addY(r, e, d - 1, -1.0);
                addY(r, e, d + k, -1.0);
            }
        for (int k = 1; k < s.minConsecutiveDaysOff; ++k)
            for (int d = from(StaffRule::MinConsecutiveDaysOff, std::max(1, a - k), 1);
                 d <= to(StaffRule::MinConsecutiveDaysOff, z + 1) && d + k <= H - 1; ++d) {
                const int r = rows.add(-inf, 1.0, "minoff_" + tag + "_" + std::to_string(d) + "_" + std::to_string(k),
                                       soft(StaffRule::MinConsecutiveDaysOff, d, s.minConsecutiveDaysOff - k));
                for (int i = d; i < d + k; ++i)
                    addY(r, e, i, -1.0);
                addY(r, e, d - 1, 1.0);
                addY(r, e, d + k, 1.0);
            }
        // Max weekends: w[e,k] ≥ y[e,sat], w[e,k] ≥ y[e,sun], Σ_k w[e,k] ≤ W. A weekend without a
        // free day is a constant (worked or not in the current roster).
        if (s.maxWeekends < weekendCount)
            addWeekends(rows.add(-inf, s.maxWeekends, "weekends_" + tag, soft(StaffRule::MaxWeekends)), e, false);
    }

    // Fairness groups: hi ≥ count_e ≥ lo for every member (staff outside the neighbourhood and
    // fixed days are constants in those rows); hi costs +weight, lo −weight, so at the optimum
    // weight·(hi − lo) = weight × (max − min), evaluate()'s fairnessPenalty.
    struct FairColumns {
        int group;
        Entries hi, lo;
    };
    std::vector<FairColumns> fairColumns;
    for (size_t g = 0; g < inst.fairnessGroups.size(); ++g) {
        const FairnessGroup &group = inst.fairnessGroups[g];
        if (!group.active())
            continue;
        FairColumns fc{int(g), {}, {}};
        for (int e : group.staff) {
            const std::string tag = std::to_string(g) + "_" + std::to_string(e);
            const int rHi = rows.add(-inf, 0.0, "fairmax_" + tag); // count_e − hi ≤ 0
            const int rLo = rows.add(0.0, inf, "fairmin_" + tag);  // count_e − lo ≥ 0
            for (int r : {rHi, rLo}) {
                rows.used[size_t(r)] = 1; // hi / lo enter it
                if (group.weekends) {
                    addWeekends(r, e, true);
                } else {
                    for (int d = 0; d < H; ++d)
                        for (int t : group.shiftTypes)
                            if (t >= 0 && t < T)
                                addX(r, e, d, t, 1.0);
                }
            }
            fc.hi.push_back({rHi, -1.0});
            fc.lo.push_back({rLo, -1.0});
        }
        fairColumns.push_back(std::move(fc));
    }

    // Requests: an on-request costs weight·(1 − x), an off-request weight·x; on fixed cells they
    // are constants.
    for (const ShiftRequest &q : inst.shiftOnRequests) {
        if (freeCell(q.staff, q.day)) {
            b.constant += q.weight;
            xCost[cellT(q.staff, q.day, q.shift)] -= q.weight;
        } else if (cur(q.staff, q.day) != q.shift) {
            b.constant += q.weight;
        }
    }
    for (const ShiftRequest &q : inst.shiftOffRequests) {
        if (freeCell(q.staff, q.day))
            xCost[cellT(q.staff, q.day, q.shift)] += q.weight;
        else if (cur(q.staff, q.day) == q.shift)
            b.constant += q.weight;
    }

    // Cover: staffed count of the fixed part per (day, shift) in the window; other days are constants.
    std::vector<int> fixedCount(size_t(H) * T, 0);
    if (current)
        for (int e = 0; e < E; ++e)
            for (int d = 0; d < H; ++d)
                if (!freeCell(e, d) && cur(e, d) >= 0)
                    ++fixedCount[size_t(d) * T + cur(e, d)];
    std::vector<int> coverRow(size_t(H) * T, -1);
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const CoverRequirement &c = inst.cover(d, t);
            if (c.weightUnder == 0 && c.weightOver == 0)
                continue;
            const int have = fixedCount[size_t(d) * T + t];
            if (d < a || d > z || S.empty()) {
                b.constant += have < c.requirement ? double(c.weightUnder) * (c.requirement - have)
                                                   : double(c.weightOver) * (have - c.requirement);
                continue;
            }
            const int r = rows.add(c.requirement, c.requirement, "cover_" + std::to_string(d) + "_" + std::to_string(t));
            rows.constant[size_t(r)] += have;
            rows.used[size_t(r)] = 1; // u, v enter it
            coverRow[size_t(d) * T + t] = r;
        }

    // Soft rules of the staff outside the neighbourhood: all fixed, a constant (evaluate()'s units
    // are the slacks', see StaffMember::softWeight).
    if (current && S.size() < size_t(E)
        && std::any_of(inst.staff.begin(), inst.staff.end(), [](const StaffMember &m) {
               return std::any_of(m.softWeight.begin(), m.softWeight.end(), [](int w) { return w > 0; });
           }))
        for (const Violation &v : evaluate(inst, *current).softViolations)
            if (pos[size_t(v.staff)] < 0)
                b.constant += double(inst.staff[size_t(v.staff)].weight(ruleOf(v.rule))) * v.amount;

    // Assemble: rows in use, shifted by their constants; a soft row no column enters adds its
    // violation by the fixed part to the constant.
    MipModel &m = b.mip;
    std::vector<int> rowMap(rows.lo.size(), -1);
    std::vector<size_t> softRows;
    for (size_t r = 0; r < rows.lo.size(); ++r) {
        if (rows.used[r]) {
            rowMap[r] = m.addRow(rows.lo[r] <= -inf ? -inf : rows.lo[r] - rows.constant[r],
                                 rows.up[r] >= inf ? inf : rows.up[r] - rows.constant[r],
                                 rows.soft[r].weight > 0 ? rows.names[r] : std::move(rows.names[r]));
            if (rows.soft[r].weight > 0)
                softRows.push_back(r);
        } else if (rows.soft[r].weight > 0) {
            b.constant += rows.soft[r].weight * rows.violation(r);
        }
    }
    auto mapped = [&rowMap](const Entries &in, Entries &out) {
        for (const auto &[r, c] : in)
            if (rowMap[size_t(r)] >= 0)
                out.push_back({rowMap[size_t(r)], c});
    };

    for (int e : S)
        for (int d = a; d <= z; ++d) {
            if (!freeCell(e, d))
                continue;
            for (int t = 0; t < T; ++t) {
                if (!allowed(e, d, t))
                    continue; // never allowed or unavailable: no column (x = 0)
                Entries entries;
                mapped(xEntries[cellT(e, d, t)], entries);
                mapped(yEntries[cell(e, d)], entries);
                if (coverRow[size_t(d) * T + t] >= 0)
                    entries.push_back({rowMap[size_t(coverRow[size_t(d) * T + t])], 1.0});
                m.addColumn(0.0, 1.0, xCost[cellT(e, d, t)], true,
                            "x_" + std::to_string(e) + "_" + std::to_string(d) + "_" + std::to_string(t), entries);
                b.columns.push_back({NrpModel::Kind::Shift, e, d, t});
            }
        }
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const int r = coverRow[size_t(d) * T + t];
            if (r < 0)
                continue;
            const CoverRequirement &c = inst.cover(d, t);
            const std::string tag = std::to_string(d) + "_" + std::to_string(t);
            m.addColumn(0.0, inf, c.weightUnder, true, "under_" + tag, {{rowMap[size_t(r)], 1.0}});
            b.columns.push_back({NrpModel::Kind::Under, -1, d, t});
            m.addColumn(0.0, inf, c.weightOver, true, "over_" + tag, {{rowMap[size_t(r)], -1.0}});
            b.columns.push_back({NrpModel::Kind::Over, -1, d, t});
        }
    for (const WeekendColumn &wc : weekendColumns) {
        Entries entries;
        mapped(wc.entries, entries);
        m.addColumn(wc.lower, 1.0, 0.0, true, "w_" + std::to_string(wc.staff) + "_" + std::to_string(wc.k), entries);
        b.columns.push_back({NrpModel::Kind::Weekend, wc.staff, -1, wc.k});
    }
    for (size_t r : softRows) {
        const RowStage::Soft &sf = rows.soft[r];
        const double sign = rows.up[r] >= inf ? 1.0 : -1.0; // relaxes the lower / the upper side
        m.addColumn(0.0, inf, sf.weight, false, "slack_" + rows.names[r], {{rowMap[r], sign}});
        b.columns.push_back({NrpModel::Kind::Slack, sf.staff, sf.day, rowMap[r], sf.rule});
    }
    for (const FairColumns &fc : fairColumns) {
        const int w = inst.fairnessGroups[size_t(fc.group)].weight;
        Entries hi, lo;
        mapped(fc.hi, hi);
        mapped(fc.lo, lo);
        m.addColumn(0.0, inf, w, false, "fairmax_" + std::to_string(fc.group), hi);
        b.columns.push_back({NrpModel::Kind::FairMax, -1, -1, fc.group});
        m.addColumn(0.0, inf, -w, false, "fairmin_" + std::to_string(fc.group), lo);
        b.columns.push_back({NrpModel::Kind::FairMin, -1, -1, fc.group});
    }
    return b;
}

std::vector<double> NrpModel::columnValues(const NrpInstance &inst, const Roster &roster) const
{
    const int T = inst.shiftCount();
    std::vector<int> staffed(size_t(inst.days) * T, 0);
    for (int e = 0; e < roster.staffCount(); ++e)
        for (int d = 0; d < roster.days(); ++d)
            if (roster.at(e, d) >= 0)
                ++staffed[size_t(d) * T + roster.at(e, d)];
    std::vector<double> x(columns.size(), 0.0);
    for (size_t j = 0; j < columns.size(); ++j) {
        const Column &c = columns[j];
        switch (c.kind) {
        case Kind::Shift:
            x[j] = roster.at(c.staff, c.day) == c.index ? 1.0 : 0.0;
            break;
        case Kind::Under:
        case Kind::Over: {
            const int diff = inst.cover(c.day, c.index).requirement - staffed[size_t(c.day) * T + c.index];
            x[j] = c.kind == Kind::Under ? std::max(0, diff) : std::max(0, -diff);
            break;
        }
        case Kind::Weekend: {
            bool worked = false;
            for (int day : {7 * c.index + 5, 7 * c.index + 6})
                worked = worked || (day < inst.days && roster.at(c.staff, day) >= 0);
            x[j] = worked ? 1.0 : 0.0;
            break;
        }
        case Kind::Slack:
            break; // below, once the other columns are known
        case Kind::FairMax:
        case Kind::FairMin: {
            const FairnessGroup &g = inst.fairnessGroups[size_t(c.index)];
            int lo = 0, hi = 0;
            for (size_t i = 0; i < g.staff.size(); ++i) {
                const int n = fairnessCount(g, roster, g.staff[i]);
                lo = i == 0 ? n : std::min(lo, n);
                hi = i == 0 ? n : std::max(hi, n);
            }
            x[j] = c.kind == Kind::FairMax ? hi : lo;
            break;
        }
        }
    }
    // A slack takes the violation of its row by the other columns (the least that meets the row).
    std::vector<double> activity;
    for (size_t j = 0; j < columns.size(); ++j) {
        if (columns[j].kind != Kind::Slack)
            continue;
        if (activity.empty()) {
            activity.assign(size_t(mip.rows), 0.0);
            for (size_t k = 0; k < columns.size(); ++k)
                if (columns[k].kind != Kind::Slack)
                    for (int i = mip.colStarts[k]; i < mip.colStarts[k + 1]; ++i)
                        activity[size_t(mip.rowIndex[size_t(i)])] += mip.value[size_t(i)] * x[k];
        }
        const size_t r = size_t(columns[j].index);
        x[j] = mip.value[size_t(mip.colStarts[j])] > 0 ? std::max(0.0, mip.rowLower[r] - activity[r])
                                                       : std::max(0.0, activity[r] - mip.rowUpper[r]);
    }
    return x;
}

Roster NrpModel::apply(const Roster &base, const std::vector<double> &solution) const
{
    Roster r = base;
    for (size_t j = 0; j < columns.size(); ++j)
        if (columns[j].kind == Kind::Shift)
            r.set(columns[j].staff, columns[j].day, -1);
    for (size_t j = 0; j < columns.size() && j < solution.size(); ++j)
        if (columns[j].kind == Kind::Shift && solution[j] > 0.5)
            r.set(columns[j].staff, columns[j].day, columns[j].index);
    return r;
}

namespace {
/// Share of solveNrp()'s time limit the annealer gets for a MIP start when there are fairness
/// groups (on the sample team, 30 s: objective 185 with 3 s of annealing, 2226 with 0.2 s).
constexpr double kFairnessStartShare = 0.1;
} // namespace

RosterResult solveNrp(const NrpInstance &inst, double timeLimitSeconds, const std::atomic_bool *cancel,
                      const std::function<void(const SolveProgress &)> &progress, const Roster *start)
{
    const NrpModel b = buildNrpModel(inst);
    const double constant = b.constant;
    std::function<void(const SolveProgress &)> shifted;
    if (progress)
        shifted = [&progress, constant](const SolveProgress &p) {
            SolveProgress q = p;
            q.incumbent += constant; // NaN stays NaN
            q.bestBound += constant;
            progress(q);
        };
    MipOptions options;
    options.timeLimitSeconds = timeLimitSeconds;
    // With fairness groups CBC's heuristics seldom find a first roster (max − min terms: on the
    // sample team of 41 agents none in 30 s): the annealer's roster, when it meets every hard
    // rule, becomes the MIP start (a share of the limit; without a limit 1000 moves a staff-day).
    if (start)
        requireRosterOf(inst, *start, "solveNrp start");
    if (start && evaluate(inst, *start).feasible()) {
        options.start = b.columnValues(inst, *start);
    } else if (std::any_of(inst.fairnessGroups.begin(), inst.fairnessGroups.end(), [](const FairnessGroup &g) { return g.active(); })) {
        LocalSearchOptions lo;
        if (timeLimitSeconds > 0) {
            lo.seconds = std::max(0.2, kFairnessStartShare * timeLimitSeconds);
        } else {
            lo.seconds = 0;
            lo.maxMoves = 1000LL * inst.staffCount() * inst.days;
        }
        const LocalSearchResult start = improveRosterLocally(inst, blockPatternRoster(inst, 1), lo, cancel);
        if (start.feasible)
            options.start = b.columnValues(inst, start.roster);
        if (timeLimitSeconds > 0)
            options.timeLimitSeconds = std::max(0.1, timeLimitSeconds - start.seconds);
    }
    const MipOutcome o = solveMip(b.mip, options, cancel, shifted);

    RosterResult r;
    r.roster = Roster(inst.staffCount(), inst.days);
    r.seconds = o.seconds;
    r.provenInfeasible = o.provenInfeasible;
    if (!std::isnan(o.bestBound) && !o.provenInfeasible)
        r.bestBound = std::ceil(o.bestBound + constant - 1e-6); // integer objective
    if (o.solution.empty())
        return r;
    r.roster = b.apply(r.roster, o.solution);
    r.hasSolution = true;
    r.objective = double(evaluate(inst, r.roster).objective);
    r.provenOptimal = o.provenOptimal || (!std::isnan(r.bestBound) && r.bestBound >= r.objective);
    return r;
}

} // namespace tessera::rostering

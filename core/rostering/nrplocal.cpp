// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrplocal.h"

#include <QElapsedTimer>

#include <algorithm>
#include <climits>
#include <tuple>
#include <cmath>
#include <cstdint>
#include <random>
#include <vector>

namespace tessera::rostering {

namespace {

using Cell = std::int16_t;

class Annealer
{
public:
    Annealer(const NrpInstance &inst, const Roster &start, const LocalSearchOptions &opt, const std::atomic_bool *cancel);
    LocalSearchResult run();

private:
    /// One person's rules: the totals, and the parts they are made of (so that a move updates
    /// them from the days it changes alone).
    struct Score {
        long long soft = 0; ///< priced soft-rule penalty of one person
        long long hard = 0; ///< hard-rule units of one person
        long long minutes = 0;
        int overShifts = 0; ///< Σ over types of shifts beyond maxShifts
        int successions = 0;       ///< hard forbidden pairs worked
        long long successionSoft = 0; ///< the soft ones' prices (NrpInstance::successionPrice())
        int weekends = 0;
        long long runSoft = 0, runHard = 0; ///< the run rules (consecutive shifts and days off)
    };
    /// One candidate move, evaluated before it is taken.
    struct Move {
        int kind = 0; ///< 0 change/block change (e1), 1 block swap (e1, e2), 2 swap of e1's first and last day
        int e1 = 0, e2 = -1, first = 0, length = 1;
        Cell value = -1; ///< kind 0: the new value of every day in the block
        long long delta = 0;
        long long hardDelta = 0;
        Score s1, s2;
    };

    Cell &at(int e, int d) { return m_cell[size_t(e) * m_H + d]; }
    Cell at(int e, int d) const { return m_cell[size_t(e) * m_H + d]; }
    bool allowed(int e, int d, Cell v) const
    {
        return v < 0 || m_allowed[(size_t(e) * m_H + d) * m_T + v] != 0;
    }
    long long requestCost(int e, int d, Cell v) const { return m_request[(size_t(e) * m_H + d) * (m_T + 1) + (v + 1)]; }
    long long coverCost(int d, int t, int n) const
    {
        const CoverRequirement &c = m_inst.cover(d, t);
        return n < c.requirement ? (long long)(c.requirement - n) * c.weightUnder
                                 : (long long)(n - c.requirement) * c.weightOver;
    }
    /// Cost change of one cell (e, d) going from a to b: cover and requests.
    long long cellDelta(int e, int d, Cell a, Cell b) const;
    Score scoreRow(int e, const Cell *row) const;
    /// The score of e's row `now`, which differs from their current row only on days a..b.
    Score scoreChange(int e, const Cell *now, int a, int b) const;
    void runs(const StaffMember &s, const Cell *row, int first, int last, long long &soft, long long &hard) const;
    void finish(const StaffMember &s, Score &sc) const;
    long long total() const { return objective() + m_hardWeight * m_hard; }
    long long objective() const { return m_cover + m_requests + m_soft + m_fair; }
    /// Fairness groups (FairnessGroup): a move's change of weight × spread, from the new counts of
    /// the members it touches (kept in m_fairNew for take()); O(group size) per touched group.
    void fairChange(int e, const Cell *now, const Score &sc, int a, int b);
    long long fairDelta();
    void fairTake();

    bool propose(Move &mv);
    void take(const Move &mv);
    void setCell(int e, int d, Cell v);
    double calibrate();
    LocalSearchResult finish(LocalSearchResult &out, const QElapsedTimer &clock) const;
    void keepIfBest();

    const NrpInstance &m_inst;
    const LocalSearchOptions &m_opt;
    const std::atomic_bool *m_cancel;
    int m_E, m_H, m_T;
    std::mt19937 m_rng;
    std::vector<Cell> m_cell;
    std::vector<int> m_staffed;       ///< day × shift
    std::vector<std::uint8_t> m_allowed; ///< staff × day × shift: the type may be assigned there
    std::vector<long long> m_request; ///< staff × day × (off, shift 0..T−1): request penalty of that value
    /// staff × shift × shift: NrpInstance::successionPrice() (−1 allowed, 0 hard, > 0 soft price)
    std::vector<int> m_succession;
    std::vector<Score> m_score;       ///< per staff
    mutable std::vector<int> m_counts; ///< scratch for scoreRow() and scoreChange(), per shift type
    mutable std::vector<int> m_touched; ///< scratch for scoreChange(): types whose count changes
    std::vector<int> m_typeCount;      ///< staff × shift type: shifts worked
    std::vector<Cell> m_row1, m_row2; ///< scratch rows
    long long m_cover = 0, m_requests = 0, m_soft = 0, m_hard = 0;
    // Fairness groups: per staff the (group, member position) pairs of the active groups they are
    // in; per group the members' counts and its spread; the pending changes of the last proposal.
    struct FairUpdate {
        int group, member, count;
    };
    std::vector<std::vector<std::pair<int, int>>> m_groupsOf;
    std::vector<std::vector<int>> m_fairCount;
    std::vector<int> m_spread;
    std::vector<FairUpdate> m_fairNew;
    std::vector<std::pair<int, int>> m_spreadNew; ///< (group, new spread) of the last proposal
    bool m_anyFair = false;
    long long m_fair = 0; ///< Σ weight × spread
    long long m_hardWeight = 0;
    long long m_minuteUnit = 60; ///< minutes per hard unit of the minutes rules: the shortest shift's length

    std::vector<Cell> m_best;
    long long m_bestObjective = 0;
    long long m_bestHard = 0;
    bool m_bestFeasible = false;
    bool m_hasBest = false;
};

/// A rule's violation: priced by its weight when soft (`units`, exactly the units of
/// StaffMember::softWeight that evaluate() uses), else counted as hard units (`guide`, a finer
/// measure of how far off the rule is, to steer the search back).
void chargeRule(const StaffMember &s, StaffRule rule, long long units, long long guide, long long &soft, long long &hard)
{
    if (units <= 0)
        return;
    if (const int w = s.weight(rule); w > 0)
        soft += w * units;
    else
        hard += guide;
}

int pick(std::mt19937 &rng, int n)
{
    return n <= 1 ? 0 : int(rng() % unsigned(n));
}

Annealer::Annealer(const NrpInstance &inst, const Roster &start, const LocalSearchOptions &opt,
                   const std::atomic_bool *cancel)
    : m_inst(inst)
    , m_opt(opt)
    , m_cancel(cancel)
    , m_E(inst.staffCount())
    , m_H(inst.days)
    , m_T(inst.shiftCount())
    , m_rng(opt.seed)
{
    const int E = m_E, H = m_H, T = m_T;
    m_cell.assign(size_t(E) * H, -1);
    m_staffed.assign(size_t(H) * T, 0);
    m_allowed.assign(size_t(E) * H * T, 0);
    m_request.assign(size_t(E) * H * (T + 1), 0);
    m_succession.assign(size_t(E) * T * T, -1);
    m_counts.assign(size_t(T), 0);
    long long shortest = 0;
    for (const ShiftType &t : inst.shifts)
        if (t.lengthMinutes > 0 && (shortest == 0 || t.lengthMinutes < shortest))
            shortest = t.lengthMinutes;
    m_minuteUnit = shortest > 0 ? shortest : 60;
    m_row1.assign(size_t(H), -1);
    m_row2.assign(size_t(H), -1);
    for (int e = 0; e < E; ++e)
        for (int t = 0; t < T; ++t)
            for (int u = 0; u < T; ++u)
                m_succession[(size_t(e) * T + t) * T + u] = inst.successionPrice(e, t, u);
    // A type a person may never work (maxShifts 0, when that rule is hard) is never assigned.
    for (int e = 0; e < E; ++e) {
        const StaffMember &s = inst.staff[size_t(e)];
        for (int d = 0; d < H; ++d)
            for (int t = 0; t < T; ++t)
                m_allowed[(size_t(e) * H + d) * T + t] =
                    !inst.isUnavailable(e, d, t) && (s.maxShifts[size_t(t)] > 0 || s.weight(StaffRule::MaxShifts) > 0);
    }
    // Request penalty of each value of a cell: an on-request costs its weight unless its shift is
    // worked, an off-request costs its weight when its shift is worked.
    for (const ShiftRequest &q : inst.shiftOnRequests)
        for (int v = -1; v < T; ++v)
            if (v != q.shift)
                m_request[(size_t(q.staff) * H + q.day) * (T + 1) + (v + 1)] += q.weight;
    for (const ShiftRequest &q : inst.shiftOffRequests)
        m_request[(size_t(q.staff) * H + q.day) * (T + 1) + (q.shift + 1)] += q.weight;

    long long maxWeight = 1;
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t)
            maxWeight = std::max<long long>({maxWeight, inst.cover(d, t).weightUnder, inst.cover(d, t).weightOver});
    for (const auto *list : {&inst.shiftOnRequests, &inst.shiftOffRequests})
        for (const ShiftRequest &q : *list)
            maxWeight = std::max<long long>(maxWeight, q.weight);
    for (const StaffMember &s : inst.staff)
        for (int w : s.softWeight)
            maxWeight = std::max<long long>(maxWeight, w);
    for (const FairnessGroup &g : inst.fairnessGroups)
        maxWeight = std::max<long long>(maxWeight, g.weight);
    m_hardWeight = opt.hardWeight > 0 ? opt.hardWeight : std::max<long long>(100, 2 * maxWeight);

    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d) {
            const int v = start.at(e, d);
            // A cell the search may not hold (fixed day off, forbidden type) starts off.
            at(e, d) = Cell(v >= 0 && allowed(e, d, Cell(v)) ? v : -1);
        }
    m_typeCount.assign(size_t(E) * T, 0);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d) {
            if (at(e, d) >= 0) {
                ++m_staffed[size_t(d) * T + at(e, d)];
                ++m_typeCount[size_t(e) * T + at(e, d)];
            }
            m_requests += requestCost(e, d, at(e, d));
        }
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t)
            m_cover += coverCost(d, t, m_staffed[size_t(d) * T + t]);
    m_score.resize(size_t(E));
    for (int e = 0; e < E; ++e) {
        m_score[size_t(e)] = scoreRow(e, &m_cell[size_t(e) * H]);
        m_soft += m_score[size_t(e)].soft;
        m_hard += m_score[size_t(e)].hard;
    }
    const size_t G = inst.fairnessGroups.size();
    m_groupsOf.resize(size_t(E));
    m_fairCount.resize(G);
    m_spread.assign(G, 0);
    Roster current(E, H);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d)
            current.set(e, d, at(e, d));
    for (size_t g = 0; g < G; ++g) {
        const FairnessGroup &group = inst.fairnessGroups[g];
        if (!group.active())
            continue;
        m_anyFair = true;
        for (size_t i = 0; i < group.staff.size(); ++i) {
            m_groupsOf[size_t(group.staff[i])].push_back({int(g), int(i)});
            m_fairCount[g].push_back(fairnessCount(group, current, group.staff[i]));
        }
        const auto [lo, hi] = std::minmax_element(m_fairCount[g].begin(), m_fairCount[g].end());
        m_spread[g] = *hi - *lo;
        m_fair += (long long)group.weight * m_spread[g];
    }
}

void Annealer::fairChange(int e, const Cell *now, const Score &sc, int a, int b)
{
    const Cell *was = &m_cell[size_t(e) * m_H];
    for (const auto &[g, i] : m_groupsOf[size_t(e)]) {
        const FairnessGroup &group = m_inst.fairnessGroups[size_t(g)];
        int n = sc.weekends;
        if (!group.weekends) {
            n = m_fairCount[size_t(g)][size_t(i)];
            for (int d = a; d <= b; ++d)
                n += int(group.counts(now[d])) - int(group.counts(was[d]));
        }
        if (n != m_fairCount[size_t(g)][size_t(i)])
            m_fairNew.push_back({g, i, n});
    }
}

long long Annealer::fairDelta()
{
    long long delta = 0;
    m_spreadNew.clear();
    for (const FairUpdate &u : m_fairNew) {
        const int g = u.group;
        if (std::any_of(m_spreadNew.begin(), m_spreadNew.end(), [g](const auto &p) { return p.first == g; }))
            continue; // a group both members of a swap are in: done with both updates
        const std::vector<int> &counts = m_fairCount[size_t(g)];
        int lo = INT_MAX, hi = INT_MIN;
        for (size_t i = 0; i < counts.size(); ++i) {
            int n = counts[i];
            for (const FairUpdate &v : m_fairNew)
                if (v.group == g && v.member == int(i))
                    n = v.count;
            lo = std::min(lo, n);
            hi = std::max(hi, n);
        }
        m_spreadNew.push_back({g, hi - lo});
        delta += (long long)m_inst.fairnessGroups[size_t(g)].weight * (hi - lo - m_spread[size_t(g)]);
    }
    return delta;
}

void Annealer::fairTake()
{
    for (const FairUpdate &u : m_fairNew)
        m_fairCount[size_t(u.group)][size_t(u.member)] = u.count;
    for (const auto &[g, spread] : m_spreadNew) {
        m_fair += (long long)m_inst.fairnessGroups[size_t(g)].weight * (spread - m_spread[size_t(g)]);
        m_spread[size_t(g)] = spread;
    }
}

long long Annealer::cellDelta(int e, int d, Cell a, Cell b) const
{
    if (a == b)
        return 0;
    long long delta = requestCost(e, d, b) - requestCost(e, d, a);
    if (a >= 0) {
        const int n = m_staffed[size_t(d) * m_T + a];
        delta += coverCost(d, a, n - 1) - coverCost(d, a, n);
    }
    if (b >= 0) {
        const int n = m_staffed[size_t(d) * m_T + b];
        delta += coverCost(d, b, n + 1) - coverCost(d, b, n);
    }
    return delta;
}

void Annealer::finish(const StaffMember &s, Score &sc) const
{
    sc.soft = sc.runSoft;
    sc.hard = sc.runHard;
    auto charge = [&sc, &s](StaffRule rule, long long units, long long guide) {
        chargeRule(s, rule, units, guide, sc.soft, sc.hard);
    };
    sc.soft += sc.successionSoft; // priced pair by pair
    sc.hard += sc.successions;
    charge(StaffRule::MaxShifts, sc.overShifts, sc.overShifts); // per type; one weight for all types
    const long long unit = m_minuteUnit, over = sc.minutes - s.maxTotalMinutes, under = s.minTotalMinutes - sc.minutes;
    charge(StaffRule::MaxTotalMinutes, over, (over + unit - 1) / unit);
    charge(StaffRule::MinTotalMinutes, under, (under + unit - 1) / unit);
    charge(StaffRule::MaxWeekends, sc.weekends - s.maxWeekends, sc.weekends - s.maxWeekends);
}

void Annealer::runs(const StaffMember &s, const Cell *row, int first, int last, long long &soft,
                    long long &hard) const
{
    // Runs of worked days and days off lying in first..last (each starts and ends a run), with the
    // validator's boundary convention: a run touching the horizon's edge is never too short.
    auto charge = [&soft, &hard, &s](StaffRule rule, long long units, long long guide) {
        chargeRule(s, rule, units, guide, soft, hard);
    };
    const int H = m_H;
    int from = first;
    while (from <= last) {
        const bool working = row[from] >= 0;
        int to = from;
        while (to + 1 <= last && (row[to + 1] >= 0) == working)
            ++to;
        const int length = to - from + 1;
        const bool interior = from > 0 && to < H - 1;
        if (working) {
            charge(StaffRule::MaxConsecutiveShifts, length - s.maxConsecutiveShifts, length - s.maxConsecutiveShifts);
            if (interior && length < s.minConsecutiveShifts)
                charge(StaffRule::MinConsecutiveShifts, s.minConsecutiveShifts - length, s.minConsecutiveShifts - length);
        } else if (interior && length < s.minConsecutiveDaysOff) {
            charge(StaffRule::MinConsecutiveDaysOff, s.minConsecutiveDaysOff - length, s.minConsecutiveDaysOff - length);
        }
        from = to + 1;
    }
}

Annealer::Score Annealer::scoreRow(int e, const Cell *row) const
{
    const StaffMember &s = m_inst.staff[size_t(e)];
    const int H = m_H, T = m_T;
    Score sc;
    int *counts = m_counts.data();
    std::fill(counts, counts + T, 0);
    const int *succession = &m_succession[size_t(e) * T * T];
    for (int d = 0; d < H; ++d) {
        const int t = row[d];
        if (t < 0)
            continue;
        ++counts[t];
        sc.minutes += m_inst.shifts[size_t(t)].lengthMinutes;
        if (d > 0 && row[d - 1] >= 0) {
            const int price = succession[size_t(row[d - 1]) * T + t];
            if (price == 0)
                ++sc.successions;
            else if (price > 0)
                sc.successionSoft += price;
        }
    }
    for (int t = 0; t < T; ++t)
        sc.overShifts += std::max(0, counts[t] - s.maxShifts[size_t(t)]);
    std::fill(counts, counts + T, 0);
    for (int sat = 5; sat < H; sat += 7)
        if (row[sat] >= 0 || (sat + 1 < H && row[sat + 1] >= 0))
            ++sc.weekends;
    runs(s, row, 0, H - 1, sc.runSoft, sc.runHard);
    finish(s, sc);
    return sc;
}

Annealer::Score Annealer::scoreChange(int e, const Cell *now, int a, int b) const
{
    const StaffMember &s = m_inst.staff[size_t(e)];
    const int H = m_H, T = m_T;
    const Cell *was = &m_cell[size_t(e) * H];
    const int *succession = &m_succession[size_t(e) * T * T];
    Score sc = m_score[size_t(e)];
    // Counts and minutes.
    int *delta = m_counts.data(); // all zero between calls
    m_touched.clear();
    for (int d = a; d <= b; ++d) {
        const int o = was[d], v = now[d];
        if (o == v)
            continue;
        if (o >= 0) {
            sc.minutes -= m_inst.shifts[size_t(o)].lengthMinutes;
            if (delta[o]-- == 0)
                m_touched.push_back(o);
        }
        if (v >= 0) {
            sc.minutes += m_inst.shifts[size_t(v)].lengthMinutes;
            if (delta[v]++ == 0)
                m_touched.push_back(v);
        }
    }
    for (int t : m_touched) {
        const int c = m_typeCount[size_t(e) * T + t], mx = s.maxShifts[size_t(t)];
        sc.overShifts += std::max(0, c + delta[t] - mx) - std::max(0, c - mx);
        delta[t] = 0;
    }
    // Successions: the pairs (d − 1, d) with d in a..b+1.
    auto pairPrice = [succession, T](const Cell *row, int d) {
        return row[d - 1] >= 0 && row[d] >= 0 ? succession[size_t(row[d - 1]) * T + row[d]] : -1;
    };
    for (int d = std::max(1, a); d <= std::min(H - 1, b + 1); ++d) {
        const int before = pairPrice(was, d), after = pairPrice(now, d);
        sc.successions += int(after == 0) - int(before == 0);
        sc.successionSoft += std::max(0, after) - std::max(0, before);
    }
    // Weekends with a day in a..b.
    auto workedWeekend = [H](const Cell *row, int sat) { return row[sat] >= 0 || (sat + 1 < H && row[sat + 1] >= 0); };
    for (int sat = 5 + 7 * (a / 7); sat <= b && sat < H; sat += 7) // the first weekend touching a
        if (sat + 1 >= a)
            sc.weekends += int(workedWeekend(now, sat)) - int(workedWeekend(was, sat));
    // Runs: from the start of the run holding day a − 1 to the end of the run holding b + 1 (days
    // outside a..b are the same in both rows, so those are run boundaries in both).
    int first = a, last = b;
    if (a > 0) {
        first = a - 1;
        while (first > 0 && (was[first - 1] >= 0) == (was[a - 1] >= 0))
            --first;
    }
    if (b < H - 1) {
        last = b + 1;
        while (last < H - 1 && (was[last + 1] >= 0) == (was[b + 1] >= 0))
            ++last;
    }
    long long soft = 0, hard = 0;
    runs(s, was, first, last, soft, hard);
    sc.runSoft -= soft;
    sc.runHard -= hard;
    soft = hard = 0;
    runs(s, now, first, last, soft, hard);
    sc.runSoft += soft;
    sc.runHard += hard;
    finish(s, sc);
    return sc;
}

bool Annealer::propose(Move &mv)
{
    const int H = m_H;
    const int r = pick(m_rng, 10);
    mv = Move{};
    mv.e1 = pick(m_rng, m_E);
    if (r < 3 || (r >= 6 && H < 2)) {
        // Change one day.
        mv.first = pick(m_rng, H);
        mv.length = 1;
        const Cell cur = at(mv.e1, mv.first);
        mv.value = Cell(pick(m_rng, m_T + 1) - 1);
        if (mv.value == cur || !allowed(mv.e1, mv.first, mv.value))
            return false;
    } else if (r < 6) {
        // Swap a block of 1–7 days with another staff member.
        if (m_E < 2)
            return false;
        mv.kind = 1;
        mv.e2 = pick(m_rng, m_E - 1);
        if (mv.e2 >= mv.e1)
            ++mv.e2;
        mv.length = std::min(H, 1 + pick(m_rng, 7));
        mv.first = pick(m_rng, H - mv.length + 1);
    } else if (r < 8) {
        // Swap two days 1–7 apart of one staff member (moves a day off, keeps their counts).
        mv.kind = 2;
        mv.length = std::min(H, 2 + pick(m_rng, 7));
        mv.first = pick(m_rng, H - mv.length + 1);
    } else {
        // Set a block of 2–7 days to one value.
        mv.length = std::min(H, 2 + pick(m_rng, 6));
        mv.first = pick(m_rng, H - mv.length + 1);
        mv.value = Cell(pick(m_rng, m_T + 1) - 1);
    }

    const Cell *row1 = &m_cell[size_t(mv.e1) * H];
    std::copy(row1, row1 + H, m_row1.begin());
    bool changed = false;
    long long delta = 0;
    if (mv.kind == 2) {
        const int d1 = mv.first, d2 = mv.first + mv.length - 1;
        const Cell a = row1[d1], b = row1[d2];
        if (a == b || !allowed(mv.e1, d1, b) || !allowed(mv.e1, d2, a))
            return false;
        delta += cellDelta(mv.e1, d1, a, b) + cellDelta(mv.e1, d2, b, a);
        m_row1[size_t(d1)] = b;
        m_row1[size_t(d2)] = a;
        changed = true;
    } else if (mv.kind == 0) {
        for (int d = mv.first; d < mv.first + mv.length; ++d) {
            const Cell a = row1[d];
            if (a == mv.value)
                continue;
            if (!allowed(mv.e1, d, mv.value))
                return false;
            // Cover counts are read before any cell of the block changes; each day is its own
            // (day, type) pair, so the per-day deltas add up.
            delta += cellDelta(mv.e1, d, a, mv.value);
            m_row1[size_t(d)] = mv.value;
            changed = true;
        }
    } else {
        const Cell *row2 = &m_cell[size_t(mv.e2) * H];
        std::copy(row2, row2 + H, m_row2.begin());
        for (int d = mv.first; d < mv.first + mv.length; ++d) {
            const Cell a = row1[d], b = row2[d];
            if (a == b)
                continue;
            if (!allowed(mv.e1, d, b) || !allowed(mv.e2, d, a))
                return false;
            delta += requestCost(mv.e1, d, b) - requestCost(mv.e1, d, a) + requestCost(mv.e2, d, a)
                     - requestCost(mv.e2, d, b);
            m_row1[size_t(d)] = b;
            m_row2[size_t(d)] = a;
            changed = true;
        }
    }
    if (!changed)
        return false;
    const int lastDay = mv.first + mv.length - 1;
    mv.s1 = scoreChange(mv.e1, m_row1.data(), mv.first, lastDay);
    const Score &old1 = m_score[size_t(mv.e1)];
    delta += mv.s1.soft - old1.soft;
    mv.hardDelta = mv.s1.hard - old1.hard;
    if (mv.kind == 1) {
        mv.s2 = scoreChange(mv.e2, m_row2.data(), mv.first, lastDay);
        const Score &old2 = m_score[size_t(mv.e2)];
        delta += mv.s2.soft - old2.soft;
        mv.hardDelta += mv.s2.hard - old2.hard;
    }
    m_fairNew.clear();
    m_spreadNew.clear();
    if (m_anyFair) {
        fairChange(mv.e1, m_row1.data(), mv.s1, mv.first, lastDay);
        if (mv.kind == 1)
            fairChange(mv.e2, m_row2.data(), mv.s2, mv.first, lastDay);
        delta += fairDelta();
    }
    mv.delta = delta + m_hardWeight * mv.hardDelta;
    return true;
}

void Annealer::setCell(int e, int d, Cell v)
{
    const Cell a = at(e, d);
    if (a == v)
        return;
    if (a >= 0)
        --m_typeCount[size_t(e) * m_T + a];
    if (v >= 0)
        ++m_typeCount[size_t(e) * m_T + v];
    m_requests += requestCost(e, d, v) - requestCost(e, d, a);
    if (a >= 0) {
        int &n = m_staffed[size_t(d) * m_T + a];
        m_cover += coverCost(d, a, n - 1) - coverCost(d, a, n);
        --n;
    }
    if (v >= 0) {
        int &n = m_staffed[size_t(d) * m_T + v];
        m_cover += coverCost(d, v, n + 1) - coverCost(d, v, n);
        ++n;
    }
    at(e, d) = v;
}

void Annealer::take(const Move &mv)
{
    // The scratch rows still hold the move's rows (propose() filled them).
    for (int d = mv.first; d < mv.first + mv.length; ++d) {
        setCell(mv.e1, d, m_row1[size_t(d)]);
        if (mv.kind == 1)
            setCell(mv.e2, d, m_row2[size_t(d)]);
    }
    auto rescore = [this](int e, const Score &s) {
        m_soft += s.soft - m_score[size_t(e)].soft;
        m_hard += s.hard - m_score[size_t(e)].hard;
        m_score[size_t(e)] = s;
    };
    rescore(mv.e1, mv.s1);
    if (mv.kind == 1)
        rescore(mv.e2, mv.s2);
    fairTake(); // the fairness changes propose() left for this move
}

void Annealer::keepIfBest()
{
    const bool feasible = m_hard == 0;
    const bool better = !m_hasBest || (feasible && !m_bestFeasible)
                        || (feasible && objective() < m_bestObjective)
                        || (!feasible && !m_bestFeasible
                            && (m_hard < m_bestHard || (m_hard == m_bestHard && objective() < m_bestObjective)));
    if (!better)
        return;
    m_best = m_cell;
    m_bestObjective = objective();
    m_bestHard = m_hard;
    m_bestFeasible = feasible;
    m_hasBest = true;
}

double Annealer::calibrate()
{
    // Mean increase of random worsening moves that break no further hard rule (moves into
    // infeasibility would set the temperature by the hard weight instead of the objective).
    double sum = 0.0;
    int n = 0;
    Move mv;
    for (int i = 0; i < 2000 && n < 200; ++i)
        if (propose(mv) && mv.delta > 0 && mv.hardDelta <= 0) {
            sum += double(mv.delta);
            ++n;
        }
    return n > 0 ? sum / n : 10.0;
}

LocalSearchResult Annealer::run()
{
    QElapsedTimer clock;
    clock.start();
    LocalSearchResult out;
    keepIfBest();
    if (m_opt.stopWhenFeasible && m_bestFeasible)
        return finish(out, clock);
    if (m_E == 0 || m_H == 0 || m_T == 0) {
        out.roster = Roster(m_E, m_H);
        return out;
    }
    const double t0 = m_opt.startTemperature > 0 ? m_opt.startTemperature : calibrate();
    const double t1 = m_opt.endTemperature > 0 ? m_opt.endTemperature : t0 / 200.0;
    const bool byMoves = m_opt.maxMoves >= 0;
    const double budget = byMoves ? double(std::max<long long>(1, m_opt.maxMoves)) : std::max(1e-3, m_opt.seconds);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    double temperature = t0;
    double progress = 0.0;
    Move mv;
    while (true) {
        if ((out.moves & 1023) == 0) {
            progress = byMoves ? double(out.moves) / budget : clock.elapsed() / 1000.0 / budget;
            if (progress >= 1.0 || (m_cancel && m_cancel->load()))
                break;
            temperature = t0 * std::pow(t1 / t0, progress);
        }
        ++out.moves;
        if (!propose(mv))
            continue;
        if (mv.delta <= 0 || unit(m_rng) < std::exp(-double(mv.delta) / temperature)) {
            take(mv);
            ++out.accepted;
            if (m_hard == 0 ? !m_bestFeasible || objective() < m_bestObjective : !m_bestFeasible && mv.delta < 0)
                keepIfBest();
            if (m_bestFeasible && (m_opt.stopWhenFeasible || m_bestObjective <= m_opt.stopAtObjective))
                break;
        }
        if (byMoves && out.moves >= m_opt.maxMoves)
            break;
    }
    return finish(out, clock);
}

LocalSearchResult Annealer::finish(LocalSearchResult &out, const QElapsedTimer &clock) const
{
    Roster r(m_E, m_H);
    for (int e = 0; e < m_E; ++e)
        for (int d = 0; d < m_H; ++d)
            r.set(e, d, m_best[size_t(e) * m_H + d]);
    const Evaluation ev = evaluate(m_inst, r);
    out.roster = r;
    out.objective = ev.objective;
    out.trackedObjective = m_bestObjective;
    out.feasible = ev.feasible();
    out.seconds = clock.elapsed() / 1000.0;
    return out;
}

} // namespace

Roster blockPatternRoster(const NrpInstance &inst, unsigned seed)
{
    std::mt19937 rng(seed);
    const int H = inst.days, T = inst.shiftCount();
    Roster r(inst.staffCount(), H);
    if (T == 0 || H == 0)
        return r;
    double meanLength = 0.0;
    for (const ShiftType &t : inst.shifts)
        meanLength += t.lengthMinutes;
    meanLength = std::max(1.0, meanLength / T);
    for (int e = 0; e < inst.staffCount(); ++e) {
        const StaffMember &s = inst.staff[size_t(e)];
        if (s.maxTotalMinutes <= 0)
            continue;
        const int wLo = std::max(1, s.minConsecutiveShifts), wHi = std::min(H, std::max(wLo, s.maxConsecutiveShifts));
        const int oLo = std::max(1, s.minConsecutiveDaysOff);
        // The (w, o, phase) with the fewest shifts outside the minutes range, then the fewest
        // weekends beyond maxWeekends, then the count of shifts nearest the middle of the range
        // (then the first drawn: phases are tried from a random one on).
        const double lo = s.minTotalMinutes / meanLength, hi = s.maxTotalMinutes / meanLength;
        int bestW = wLo, bestO = oLo, bestPhase = 0;
        std::tuple<double, int, double> bestKey{1e300, INT_MAX, 1e300};
        for (int w = wLo; w <= wHi; ++w)
            for (int o = oLo; o <= oLo + 14; ++o) {
                const int period = w + o, shift = pick(rng, period);
                for (int k = 0; k < period; ++k) {
                    const int phase = (k + shift) % period; // day 0 is day `phase` of the period
                    auto worked = [&](int d) { return (d + phase) % period < w; };
                    int n = 0;
                    for (int d = 0; d < H; ++d)
                        n += worked(d) ? 1 : 0;
                    int weekends = 0;
                    for (int sat = 5; sat < H; sat += 7)
                        weekends += worked(sat) || (sat + 1 < H && worked(sat + 1)) ? 1 : 0;
                    const std::tuple<double, int, double> key{std::max({0.0, lo - n, n - hi}),
                                                              std::max(0, weekends - s.maxWeekends),
                                                              std::fabs(n - 0.5 * (lo + hi))};
                    if (key < bestKey) {
                        bestKey = key;
                        bestW = w;
                        bestO = o;
                        bestPhase = phase;
                    }
                }
            }
        std::vector<int> left(s.maxShifts.begin(), s.maxShifts.end());
        const int period = bestW + bestO;
        for (int d = -bestPhase; d < H; d += period) {
            // One type for the whole block: the one available on most of its days, then the one
            // with the most allowance left; days it is unavailable stay off.
            int type = -1, typeDays = 0;
            for (int t = 0; t < T; ++t) {
                int days = 0;
                for (int i = std::max(0, d); i < std::min(H, d + bestW); ++i)
                    days += inst.isUnavailable(e, i, t) ? 0 : 1;
                days = std::min(days, left[size_t(t)]);
                if (days > typeDays || (days == typeDays && type >= 0 && days > 0 && left[size_t(t)] > left[size_t(type)])) {
                    type = t;
                    typeDays = days;
                }
            }
            if (type < 0)
                continue;
            for (int i = std::max(0, d); i < std::min(H, d + bestW) && left[size_t(type)] > 0; ++i)
                if (!inst.isUnavailable(e, i, type)) {
                    r.set(e, i, type);
                    --left[size_t(type)];
                }
        }
    }
    return r;
}

LocalSearchResult improveRosterLocally(const NrpInstance &instance, const Roster &start, const LocalSearchOptions &options,
                                       const std::atomic_bool *cancel)
{
    Annealer a(instance, start, options, cancel);
    return a.run();
}

} // namespace tessera::rostering

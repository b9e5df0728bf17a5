// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrpcolgen.h"

#include <CoinPackedMatrix.hpp>
#include <CoinPackedVector.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <string>
#include <thread>

namespace tessera::rostering {

namespace {

/// The parts of one staff member's rules the pricing state needs, and the state's mixed radix.
struct StateSpace {
    int H = 0, T = 0;
    int maxCons = 0, minCons = 0, minOff = 0;
    int workCap = 1, offCap = 1; ///< run lengths are stored up to these
    int R = 2;                   ///< run values 0..R-1
    bool minutesTracked = false;
    int maxMinutes = 0, minMinutes = 0, longest = 0, shortest = 0;
    std::vector<int> minuteIndex; ///< minutes → index among reachable values (−1: unreachable)
    int M = 1;
    std::vector<int> countStride; ///< per shift type: stride in the counts code, 0 = not tracked
    /// Per shift type: its count is in the state (when it can bind); the others are checked on the
    /// schedules found (decremental state-space relaxation, see priceExact()).
    std::vector<char> countTracked;
    std::vector<int> countRadix;
    long long C = 1;
    bool weekendsTracked = false;
    int W = 1;
    long long size = 0;
    std::vector<char> allowed;   ///< day × shift: may work it (available, type not excluded)
    std::vector<char> forbidden; ///< shift × shift: the succession is forbidden for this member

    long long index(int last, int run, bool fromStart, int wk, int minutes, long long counts) const
    {
        const int m = minutesTracked ? minuteIndex[size_t(minutes)] : 0;
        return (((((long long)(last + 1) * R + run) * 2 + (fromStart ? 1 : 0)) * W + wk) * M + m) * C + counts;
    }
    int count(long long code, int t) const
    {
        return countStride[size_t(t)] ? int(code / countStride[size_t(t)] % countRadix[size_t(t)]) : 0;
    }
};

/// The state space of member e with every count that can bind tracked, or only those of
/// `countTypes` (per shift type, non-zero: tracked). False when it exceeds stateLimit.
bool buildStateSpace(const NrpInstance &inst, int e, StateSpace &s, long long stateLimit,
                     const std::vector<char> *countTypes = nullptr)
{
    const StaffMember &m = inst.staff[size_t(e)];
    s.H = inst.days;
    s.T = inst.shiftCount();
    s.maxCons = m.maxConsecutiveShifts;
    s.minCons = m.minConsecutiveShifts;
    s.minOff = m.minConsecutiveDaysOff;
    // Work runs: exact up to the maximum when it can bind, else only up to the minimum.
    s.workCap = std::max(1, s.maxCons < s.H ? s.maxCons : std::min(s.H, s.minCons));
    s.offCap = std::max(1, std::min(s.H, s.minOff));
    s.R = std::max(s.workCap, s.offCap) + 1;
    // Shift types: available days per type, longest allowed shift, counts that can bind.
    s.countStride.assign(size_t(s.T), 0);
    s.countRadix.assign(size_t(s.T), 1);
    s.countTracked = countTypes ? *countTypes : std::vector<char>(size_t(s.T), 1);
    s.C = 1;
    std::vector<int> lengths;
    for (int t = 0; t < s.T; ++t) {
        int available = 0;
        for (int d = 0; d < s.H; ++d)
            available += inst.isUnavailable(e, d, t) ? 0 : 1;
        const int limit = m.maxShifts[size_t(t)];
        if (limit <= 0 || available == 0)
            continue; // never worked
        lengths.push_back(inst.shifts[size_t(t)].lengthMinutes);
        if (limit < available && (!countTypes || (*countTypes)[size_t(t)])) {
            s.countStride[size_t(t)] = int(s.C);
            s.countRadix[size_t(t)] = limit + 1;
            s.C *= limit + 1;
            if (s.C > stateLimit)
                return false;
        }
    }
    s.longest = lengths.empty() ? 0 : *std::max_element(lengths.begin(), lengths.end());
    s.shortest = lengths.empty() ? 0 : *std::min_element(lengths.begin(), lengths.end());
    s.allowed.assign(size_t(s.H) * s.T, 0);
    for (int d = 0; d < s.H; ++d)
        for (int t = 0; t < s.T; ++t)
            s.allowed[size_t(d) * s.T + t] = !inst.isUnavailable(e, d, t) && m.maxShifts[size_t(t)] > 0;
    s.forbidden.assign(size_t(s.T) * s.T, 0);
    for (int a = 0; a < s.T; ++a)
        for (int b = 0; b < s.T; ++b)
            s.forbidden[size_t(a) * s.T + b] = inst.forbiddenSuccession(e, a, b);
    s.maxMinutes = m.maxTotalMinutes;
    s.minMinutes = m.minTotalMinutes;
    const long long most = (long long)s.H * s.longest;
    s.minutesTracked = m.minTotalMinutes > 0 || m.maxTotalMinutes < most;
    if (s.minutesTracked) {
        const int cap = int(std::min<long long>(std::max(0, m.maxTotalMinutes), most));
        if (cap > 5'000'000)
            return false;
        std::vector<char> reach(size_t(cap) + 1, 0);
        reach[0] = 1;
        for (int v = 0; v <= cap; ++v)
            if (reach[size_t(v)])
                for (int len : lengths)
                    if (v + len <= cap)
                        reach[size_t(v + len)] = 1;
        s.minuteIndex.assign(size_t(cap) + 1, -1);
        s.M = 0;
        for (int v = 0; v <= cap; ++v)
            if (reach[size_t(v)])
                s.minuteIndex[size_t(v)] = s.M++;
        s.maxMinutes = cap;
    }
    const int weekends = (s.H + 1) / 7; // Saturdays inside the horizon (day 5, 12, ...)
    s.weekendsTracked = m.maxWeekends < weekends;
    s.W = s.weekendsTracked ? std::max(0, m.maxWeekends) + 1 : 1;
    const double size = double(s.T + 1) * s.R * 2 * s.W * s.M * double(s.C);
    if (size > double(stateLimit))
        return false;
    s.size = (long long)size;
    return true;
}

struct Label {
    double cost = 0.0;
    int pred = -1;
    std::int16_t choice = -1; ///< shift worked on this label's day, −1 off
    std::int8_t last = -1;    ///< same as choice (kept for the transition)
    bool fromStart = false;
    std::int16_t run = 0;
    std::int16_t weekends = 0;
    int minutes = 0;
    long long counts = 0;
};

/// Buffers of the dynamic program, reused from call to call (one per thread): `slot` maps a
/// state to its label of the day being built and is all −1 between days.
struct PricingWorkspace {
    std::vector<std::vector<Label>> layers;
    std::vector<int> slot;
    std::vector<long long> touched;
    /// Per day d: the sums of the j cheapest of the days after d (each day its cheapest shift;
    /// days without an allowed shift left out), j = 0..; and how many of those days are < 0.
    std::vector<std::vector<double>> cheapestSums;
    std::vector<int> negativeDays;
    std::vector<double> dayCost;
};

bool hasSoftRule(const StaffMember &m)
{
    return std::any_of(m.softWeight.begin(), m.softWeight.end(), [](int w) { return w > 0; });
}

/// The dynamic program; only schedules cheaper than `below` are wanted, so a label that cannot
/// end below it is dropped — which leaves every schedule below `below` reachable. The completion
/// bound of a label on day d: the remaining days must hold at least ⌈(minimum − minutes) /
/// longest shift⌉ and at most ⌊(maximum − minutes) / shortest shift⌋ more shifts, so their cost is
/// at least the sum of the j cheapest remaining days (each its cheapest shift), j = the number of
/// negative days clamped to that range (with no minutes rule: every negative day).
std::vector<PricedSchedule> price(const NrpInstance &inst, int e, const StateSpace &s, const std::vector<double> &cellCost,
                                  int maxSchedules, PricingWorkspace &w,
                                  double below = std::numeric_limits<double>::infinity())
{
    const StaffMember &m = inst.staff[size_t(e)];
    const int H = s.H, T = s.T;
    if (w.slot.size() < size_t(s.size))
        w.slot.assign(size_t(s.size), -1);
    w.layers.resize(size_t(H));
    for (std::vector<Label> &l : w.layers)
        l.clear();
    std::vector<std::vector<Label>> &layers = w.layers;
    std::vector<int> &slot = w.slot;
    std::vector<long long> &touched = w.touched;
    touched.clear();
    // Each day's cheapest shift (+∞: none allowed), then per day d the sorted sums over the days
    // after it (the completion bound, see above).
    std::vector<double> &dayCost = w.dayCost;
    dayCost.assign(size_t(H), std::numeric_limits<double>::infinity());
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t)
            if (s.allowed[size_t(d) * T + t])
                dayCost[size_t(d)] = std::min(dayCost[size_t(d)], cellCost[size_t(d) * T + t]);
    w.cheapestSums.resize(size_t(H));
    w.negativeDays.assign(size_t(H), 0);
    {
        std::vector<double> rest;
        for (int d = H - 1; d >= 0; --d) {
            std::vector<double> &sums = w.cheapestSums[size_t(d)];
            std::vector<double> sorted = rest;
            std::sort(sorted.begin(), sorted.end());
            sums.assign(1, 0.0);
            for (double c : sorted) {
                sums.push_back(sums.back() + c);
                if (c < 0)
                    ++w.negativeDays[size_t(d)];
            }
            if (std::isfinite(dayCost[size_t(d)]))
                rest.push_back(dayCost[size_t(d)]);
        }
    }
    // The least the days after d can add to a label with `minutes` worked; +∞ when no completion
    // can meet the minutes rule.
    auto completion = [&](int d, int minutes) {
        const std::vector<double> &sums = w.cheapestSums[size_t(d)];
        const int days = int(sums.size()) - 1;
        int least = 0, most = days;
        if (s.minutesTracked && s.longest > 0) {
            least = std::max(0, (s.minMinutes - minutes + s.longest - 1) / s.longest);
            most = std::min(days, (s.maxMinutes - minutes) / std::max(1, s.shortest));
        }
        if (least > most)
            return std::numeric_limits<double>::infinity();
        return sums[size_t(std::clamp(w.negativeDays[size_t(d)], least, most))];
    };

    // Labels reaching day d from `from` (nullptr on day 0) with choice c; keeps the cheapest per state.
    auto extend = [&](const Label *from, int fromIndex, int d, int c) {
        Label n;
        n.pred = fromIndex;
        n.choice = std::int16_t(c);
        n.last = std::int8_t(c);
        n.cost = from ? from->cost : 0.0;
        n.minutes = from ? from->minutes : 0;
        n.counts = from ? from->counts : 0;
        n.weekends = from ? from->weekends : 0;
        const bool prevWorked = from && from->last >= 0;
        if (c < 0) {
            if (from && prevWorked) { // a work run ends: an interior one must be long enough
                if (!from->fromStart && from->run < s.minCons)
                    return;
                n.run = 1;
                n.fromStart = false;
            } else if (from) {
                n.run = std::int16_t(std::min(s.offCap, from->run + 1));
                n.fromStart = from->fromStart;
            } else {
                n.run = 1;
                n.fromStart = true;
            }
            if (n.run >= s.minOff)
                n.fromStart = false;
        } else {
            if (!s.allowed[size_t(d) * T + c])
                return;
            if (prevWorked && s.forbidden[size_t(from->last) * T + c])
                return;
            if (s.countStride[size_t(c)]) {
                if (s.count(n.counts, c) + 1 > m.maxShifts[size_t(c)])
                    return;
                n.counts += s.countStride[size_t(c)];
            }
            n.minutes += inst.shifts[size_t(c)].lengthMinutes;
            if (s.minutesTracked && n.minutes > s.maxMinutes)
                return;
            if (prevWorked) {
                if (from->run + 1 > s.maxCons)
                    return;
                n.run = std::int16_t(std::min(s.workCap, from->run + 1));
                n.fromStart = from->fromStart;
            } else {
                if (from && !from->fromStart && from->run < s.minOff)
                    return; // an interior run of days off too short
                n.run = 1;
                n.fromStart = !from;
            }
            if (n.run >= s.minCons)
                n.fromStart = false;
            const int weekday = d % 7;
            if (weekday == 5 || (weekday == 6 && !prevWorked && d > 0))
                ++n.weekends;
            if (s.weekendsTracked && n.weekends > m.maxWeekends)
                return;
            n.cost += cellCost[size_t(d) * T + c];
        }
        if (!s.weekendsTracked)
            n.weekends = 0;
        // Minutes still reachable? (at most the longest shift on each remaining day)
        if (s.minutesTracked && n.minutes + (long long)(H - 1 - d) * s.longest < s.minMinutes)
            return;
        if (n.cost + completion(d, n.minutes) >= below)
            return;
        // A count so low that the shifts still to come cannot take it past its maximum is as good
        // as any other such count: raise it to the highest of them, so those labels share a state
        // (exact: they have the same completions). At most `future` more shifts: the days left,
        // and what the maximum minutes leave room for.
        if (s.C > 1) {
            int future = H - 1 - d;
            if (s.minutesTracked && s.shortest > 0)
                future = std::min(future, (s.maxMinutes - n.minutes) / s.shortest);
            for (int t = 0; t < T; ++t)
                if (s.countStride[size_t(t)]) {
                    const int have = s.count(n.counts, t), floor = m.maxShifts[size_t(t)] - future;
                    if (have < floor)
                        n.counts += (long long)(floor - have) * s.countStride[size_t(t)];
                }
        }
        const long long key = s.index(n.last, n.run, n.fromStart, n.weekends, s.minutesTracked ? n.minutes : 0, n.counts);
        std::vector<Label> &layer = layers[size_t(d)];
        int &at = slot[size_t(key)];
        if (at < 0) {
            at = int(layer.size());
            layer.push_back(n);
            touched.push_back(key);
        } else if (n.cost < layer[size_t(at)].cost) {
            layer[size_t(at)] = n;
        }
    };

    for (int d = 0; d < H; ++d) {
        if (d == 0) {
            for (int c = -1; c < T; ++c)
                extend(nullptr, -1, 0, c);
        } else {
            const std::vector<Label> &prev = layers[size_t(d - 1)];
            for (int i = 0; i < int(prev.size()); ++i)
                for (int c = -1; c < T; ++c)
                    extend(&prev[size_t(i)], i, d, c);
        }
        for (long long k : touched)
            slot[size_t(k)] = -1;
        touched.clear();
        if (layers[size_t(d)].empty())
            return {};
    }
    // End: the last run touches the horizon's end (no minimum applies); minutes must reach the minimum.
    const std::vector<Label> &end = layers[size_t(H - 1)];
    std::vector<int> order;
    for (int i = 0; i < int(end.size()); ++i)
        if (end[size_t(i)].minutes >= m.minTotalMinutes)
            order.push_back(i);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return end[size_t(a)].cost < end[size_t(b)].cost; });
    if (int(order.size()) > maxSchedules)
        order.resize(size_t(std::max(0, maxSchedules)));
    std::vector<PricedSchedule> out;
    for (int i : order) {
        PricedSchedule p;
        p.cost = end[size_t(i)].cost;
        p.cells.assign(size_t(H), -1);
        int at = i;
        for (int d = H - 1; d >= 0; --d) {
            const Label &l = layers[size_t(d)][size_t(at)];
            p.cells[size_t(d)] = l.choice;
            at = l.pred;
        }
        out.push_back(std::move(p));
    }
    return out;
}


/// price() under a state space that tracks only some of the counts per shift type, made exact
/// by decremental state-space relaxation (G. Righini, M. Salani, "New dynamic programming
/// algorithms for the resource constrained elementary shortest path problem", Networks
/// 51(3):155–170, 2008; N. Boland, J. Dethridge, I. Dumitrescu, "Accelerated label setting
/// algorithms for the elementary resource constrained shortest path problem", Operations
/// Research Letters 34(1):58–68, 2006): the relaxation's cheapest schedule costs at most the
/// exact one, so when it keeps every maximum shifts per type it is the exact cheapest; when it
/// breaks one, that type's count joins the state (in `s`, for later calls too) and the program
/// runs again. The schedules returned are those of the last run that keep every maximum.
/// Each count is tracked only once some dual prices make it bind: on Curtois & Qu 8, most
/// members never need the counts that multiply their states by up to 1,125.
std::vector<PricedSchedule> priceExact(const NrpInstance &inst, int e, StateSpace &s, const std::vector<double> &cellCost,
                                       int maxSchedules, PricingWorkspace &w,
                                       double below = std::numeric_limits<double>::infinity())
{
    const StaffMember &m = inst.staff[size_t(e)];
    const int T = s.T;
    // The shift types whose maximum a schedule breaks.
    auto over = [&](const PricedSchedule &p, std::vector<char> &types) {
        std::vector<int> count(size_t(T), 0);
        for (std::int16_t c : p.cells)
            if (c >= 0)
                ++count[size_t(c)];
        bool any = false;
        for (int t = 0; t < T; ++t)
            if (count[size_t(t)] > m.maxShifts[size_t(t)]) {
                types[size_t(t)] = 1;
                any = true;
            }
        return any;
    };
    for (;;) {
        std::vector<PricedSchedule> found = price(inst, e, s, cellCost, maxSchedules, w, below);
        std::vector<char> types = s.countTracked;
        if (found.empty() || !over(found.front(), types)) {
            std::vector<char> scratch(size_t(T), 0);
            found.erase(std::remove_if(found.begin(), found.end(), [&](const PricedSchedule &p) { return over(p, scratch); }),
                        found.end());
            return found;
        }
        StateSpace grown; // at most the full space, which the caller checked against its limit
        buildStateSpace(inst, e, grown, std::numeric_limits<long long>::max(), &types);
        s = std::move(grown);
    }
}

/// The state space pricing starts from: no count per shift type tracked (priceExact() adds them
/// as they bind). False, like buildStateSpace(), when the space with every count exceeds the limit.
bool buildRelaxedStateSpace(const NrpInstance &inst, int e, StateSpace &s, long long stateLimit)
{
    if (!buildStateSpace(inst, e, s, stateLimit))
        return false;
    const std::vector<char> none(size_t(inst.shiftCount()), 0);
    return buildStateSpace(inst, e, s, stateLimit, &none);
}

} // namespace

std::vector<PricedSchedule> cheapestSchedules(const NrpInstance &inst, int e, const std::vector<double> &cellCost,
                                              int maxSchedules, bool *supported, long long stateLimit, double below)
{
    StateSpace s;
    const bool ok = !hasSoftRule(inst.staff[size_t(e)]) && buildRelaxedStateSpace(inst, e, s, stateLimit);
    if (supported)
        *supported = ok;
    if (!ok)
        return {};
    PricingWorkspace w;
    return priceExact(inst, e, s, cellCost, maxSchedules, w, below);
}

namespace {

struct Column {
    int staff = 0;
    std::vector<std::int16_t> cells;
    double cost = 0.0; ///< request penalties of this schedule
};

class ColumnGeneration
{
public:
    ColumnGeneration(const NrpInstance &inst, const ColumnGenerationOptions &opt, const std::atomic_bool *cancel)
        : m_inst(inst)
        , m_opt(opt)
        , m_cancel(cancel)
        , m_E(inst.staffCount())
        , m_H(inst.days)
        , m_T(inst.shiftCount())
        , m_slacks(2 * inst.days * inst.shiftCount())
    {
        m_clock.start();
        // Request penalties as a constant per member plus a cost per worked cell.
        m_requestConstant.assign(size_t(m_E), 0.0);
        m_requestCell.assign(size_t(m_E) * m_H * m_T, 0.0);
        for (const ShiftRequest &q : inst.shiftOnRequests) {
            m_requestConstant[size_t(q.staff)] += q.weight;
            m_requestCell[cell(q.staff, q.day, q.shift)] -= q.weight;
        }
        for (const ShiftRequest &q : inst.shiftOffRequests)
            m_requestCell[cell(q.staff, q.day, q.shift)] += q.weight;
        m_lp.messageHandler()->setLogLevel(0);
    }

    ColumnGenerationResult run(const Roster &start);

private:
    size_t cell(int e, int d, int t) const { return (size_t(e) * m_H + d) * m_T + t; }
    double elapsed() const { return m_clock.elapsed() / 1000.0; }
    bool cancelled() const { return m_cancel && m_cancel->load(); }
    double columnCost(int e, const std::vector<std::int16_t> &cells) const
    {
        double c = m_requestConstant[size_t(e)];
        for (int d = 0; d < m_H; ++d)
            if (cells[size_t(d)] >= 0)
                c += m_requestCell[cell(e, d, cells[size_t(d)])];
        return c;
    }
    void loadMaster();
    void addColumn(int e, std::vector<std::int16_t> cells);
    void addRoster(const Roster &r);
    bool generate(const std::vector<int> &fixed, double deadline, ColumnGenerationResult *out, int maxRounds = 0);
    bool dive(double deadline, ColumnGenerationResult &out);
    Roster rosterOf(const std::vector<int> &columnOfStaff) const;
    /// Per staff member: the column the current LP solution uses most.
    std::vector<int> largestColumns() const;
    bool isBanned(int e, const std::vector<std::int16_t> &cells) const
    {
        if (m_bannedAt.empty())
            return false;
        for (int k : m_columnsOf[size_t(e)])
            if (m_bannedAt[size_t(k)] >= 0 && m_columns[size_t(k)].cells == cells)
                return true;
        return false;
    }
    void keep(const Roster &r, ColumnGenerationResult &out) const;
    void applyBounds(int e);
    /// Keeps `step(r)` when better and adds its rows as columns (polish and improve).
    void polish(const Roster &r, ColumnGenerationResult &out, const std::function<Roster(const Roster &)> &step);
    /// A roster found elsewhere (ColumnGenerationOptions::incoming), kept like polish's result;
    /// false when none came. Its new columns leave the LP to be solved again.
    bool takeIncoming(ColumnGenerationResult &out);

    const NrpInstance &m_inst;
    const ColumnGenerationOptions &m_opt;
    const std::atomic_bool *m_cancel;
    const int m_E, m_H, m_T;
    const int m_slacks; ///< under and over columns, before the schedules in the LP
    QElapsedTimer m_clock;
    double m_pricingSeconds = 0.0; ///< in the pricing dynamic program (ColumnGenerationResult::pricingSeconds)
    std::vector<double> m_requestConstant, m_requestCell;
    std::vector<Column> m_columns; ///< LP column m_slacks + k
    std::vector<std::vector<int>> m_columnsOf; ///< per staff member: their column indices k
    std::vector<int> m_fixed;    ///< per staff member: the column a dive fixed, −1 none
    std::vector<int> m_bannedAt; ///< per column: the dive depth that banned it, −1 none
    std::vector<StateSpace> m_spaces;           ///< per staff member
    std::vector<PricingWorkspace> m_workspaces; ///< per pricing thread
    OsiClpSolverInterface m_lp;
};

void ColumnGeneration::loadMaster()
{
    // Convexity rows (one per member), then cover rows (day-major); under/over columns first.
    const int rows = m_E + m_H * m_T;
    std::vector<double> rowLo(static_cast<size_t>(rows)), rowUp(static_cast<size_t>(rows));
    for (int e = 0; e < m_E; ++e)
        rowLo[size_t(e)] = rowUp[size_t(e)] = 1.0;
    for (int d = 0; d < m_H; ++d)
        for (int t = 0; t < m_T; ++t)
            rowLo[size_t(m_E + d * m_T + t)] = rowUp[size_t(m_E + d * m_T + t)] = m_inst.cover(d, t).requirement;
    CoinPackedMatrix matrix(true, 0, 0);
    matrix.setDimensions(rows, 0);
    std::vector<double> colLo, colUp, obj;
    for (int d = 0; d < m_H; ++d)
        for (int t = 0; t < m_T; ++t) {
            const CoverRequirement &c = m_inst.cover(d, t);
            for (double sign : {1.0, -1.0}) { // under, over
                CoinPackedVector v;
                v.insert(m_E + d * m_T + t, sign);
                matrix.appendCol(v);
                colLo.push_back(0.0);
                colUp.push_back(COIN_DBL_MAX);
                obj.push_back(sign > 0 ? c.weightUnder : c.weightOver);
            }
        }
    m_lp.loadProblem(matrix, colLo.data(), colUp.data(), obj.data(), rowLo.data(), rowUp.data());
    m_lp.setHintParam(OsiDoReducePrint, true, OsiHintTry);
    m_lp.getModelPtr()->setLogLevel(0);
    m_columnsOf.assign(size_t(m_E), {});
    m_fixed.assign(size_t(m_E), -1);
}

void ColumnGeneration::addColumn(int e, std::vector<std::int16_t> cells)
{
    Column c;
    c.staff = e;
    c.cost = columnCost(e, cells);
    c.cells = std::move(cells);
    std::vector<int> rows{e};
    std::vector<double> ones{1.0};
    for (int d = 0; d < m_H; ++d)
        if (c.cells[size_t(d)] >= 0) {
            rows.push_back(m_E + d * m_T + c.cells[size_t(d)]);
            ones.push_back(1.0);
        }
    m_lp.addCol(int(rows.size()), rows.data(), ones.data(), 0.0, COIN_DBL_MAX, c.cost);
    m_columnsOf[size_t(e)].push_back(int(m_columns.size()));
    m_columns.push_back(std::move(c));
    if (!m_bannedAt.empty())
        m_bannedAt.push_back(-1);
}

void ColumnGeneration::addRoster(const Roster &r)
{
    for (int e = 0; e < m_E; ++e) {
        std::vector<std::int16_t> cells(static_cast<size_t>(m_H));
        for (int d = 0; d < m_H; ++d)
            cells[size_t(d)] = std::int16_t(r.at(e, d));
        addColumn(e, std::move(cells));
    }
}

/// Pricing rounds until no column of negative reduced cost is left for the members not in
/// `fixed` (≥ 0: their fixed column), or the deadline. Updates out's bound when nobody is fixed.
bool ColumnGeneration::generate(const std::vector<int> &fixed, double deadline, ColumnGenerationResult *out, int maxRounds)
{
    int rounds = 0;
    const bool free = std::all_of(fixed.begin(), fixed.end(), [](int k) { return k < 0; });
    std::vector<std::vector<PricedSchedule>> best(static_cast<size_t>(m_E));
    while (m_lp.isProvenOptimal() && !cancelled() && (deadline <= 0 || elapsed() < deadline)) {
        const double *dual = m_lp.getRowPrice();
        const double z = m_lp.getObjValue();
        // Price every member not fixed, members split over the threads (each with its workspace);
        // the columns are then added in staff order, so the result does not depend on the threads.
        auto work = [&](int thread) {
            std::vector<double> cost(size_t(m_H) * m_T);
            for (int e = thread; e < m_E; e += int(m_workspaces.size())) {
                best[size_t(e)].clear();
                if (fixed[size_t(e)] >= 0)
                    continue;
                for (int d = 0; d < m_H; ++d)
                    for (int t = 0; t < m_T; ++t)
                        cost[size_t(d) * m_T + t] = m_requestCell[cell(e, d, t)] - dual[m_E + d * m_T + t];
                // Only columns of negative reduced cost are wanted: cost + constant − dual < 0.
                best[size_t(e)] = priceExact(m_inst, e, m_spaces[size_t(e)], cost, std::max(1, m_opt.schedulesPerStaff),
                                        m_workspaces[size_t(thread)], dual[e] - m_requestConstant[size_t(e)]);
            }
        };
        QElapsedTimer pricing;
        pricing.start();
        std::vector<std::thread> threads;
        for (int i = 1; i < int(m_workspaces.size()); ++i)
            threads.emplace_back(work, i);
        work(0);
        for (std::thread &t : threads)
            t.join();
        m_pricingSeconds += pricing.nsecsElapsed() * 1e-9;
        double bound = z;
        int added = 0;
        for (int e = 0; e < m_E; ++e) {
            const double base = m_requestConstant[size_t(e)] - dual[e];
            if (!best[size_t(e)].empty())
                bound += std::min(0.0, base + best[size_t(e)].front().cost);
            for (const PricedSchedule &p : best[size_t(e)])
                if (base + p.cost < -1e-6 && !isBanned(e, p.cells)) {
                    addColumn(e, p.cells);
                    ++added;
                }
        }
        if (out) {
            ++out->rounds;
            if (free) {
                out->lpValue = z;
                if (std::isnan(out->lowerBound) || bound > out->lowerBound)
                    out->lowerBound = bound;
            }
        }
        // A better roster found elsewhere meanwhile joins the columns of the root LP too. Adding
        // columns leaves the LP without a proven-optimal status, so it is solved again (else
        // the loop would end here, the LP unfinished and no dive run: seen on Curtois & Qu 9).
        const bool arrived = free && out && takeIncoming(*out);
        if (added == 0 && !arrived)
            return true;
        m_lp.resolve();
        if (added == 0)
            continue; // the new columns priced nothing: the next round confirms optimality
        if (maxRounds > 0 && ++rounds >= maxRounds)
            return false;
    }
    return false;
}

Roster ColumnGeneration::rosterOf(const std::vector<int> &columnOfStaff) const
{
    Roster r(m_E, m_H);
    for (int e = 0; e < m_E; ++e)
        if (columnOfStaff[size_t(e)] >= 0)
            for (int d = 0; d < m_H; ++d)
                r.set(e, d, m_columns[size_t(columnOfStaff[size_t(e)])].cells[size_t(d)]);
    return r;
}

std::vector<int> ColumnGeneration::largestColumns() const
{
    const double *x = m_lp.getColSolution();
    std::vector<int> out(size_t(m_E), -1);
    for (int e = 0; e < m_E; ++e)
        for (int k : m_columnsOf[size_t(e)])
            if (out[size_t(e)] < 0 || x[m_slacks + k] > x[m_slacks + out[size_t(e)]])
                out[size_t(e)] = k;
    return out;
}

/// Diving with backtracking, a depth-first search over column fixings: fix the member whose
/// column the LP uses most (and every member at ≥ 0.99), price again, repeat until everyone is
/// fixed — the diving heuristic of branch-and-price (M. E. Lübbecke, J. Desrosiers, "Selected
/// topics in column generation", Operations Research 53(6):1007–1023, 2005, section 4; J. Desrosiers,
/// M. E. Lübbecke, "Branch-price-and-cut algorithms", Wiley EORMS 2011: diving with backtracking).
/// A node is abandoned once ⌈LP⌉ ≥ best roster (or `upperBound`) + pruneSlack (the slack only
/// while the best is within pruneSlackGap of ⌈LP bound⌉, else + 0): its last fixing
/// is undone and that column banned (pricing skips banned schedules), and the search goes on
/// from there until the deadline. Out of time before any roster, the rest are fixed to their largest
/// columns without pricing.
bool ColumnGeneration::dive(double deadline, ColumnGenerationResult &out)
{
    struct Level {
        std::vector<int> staff; ///< fixed at this level
        int top = -1;           ///< the member whose choice was discretionary
        int topColumn = -1;     ///< and their column
    };
    std::vector<Level> stack;
    std::fill(m_fixed.begin(), m_fixed.end(), -1);
    m_bannedAt.assign(m_columns.size(), -1);
    auto setBounds = [this](int e) { applyBounds(e); };
    auto resolve = [&] {
        m_lp.setHintParam(OsiDoDualInResolve, true, OsiHintDo); // bounds changed: dual simplex
        m_lp.resolve();
        m_lp.setHintParam(OsiDoDualInResolve, false, OsiHintDo);
    };
    // Undo the levels from a random one up (so the search does not stay at the bottom of the
    // tree, where changes are worth little) and ban that level's discretionary column; false when
    // the stack is empty.
    std::mt19937 rng(m_opt.seed);
    auto backtrack = [&]() -> bool {
        if (stack.empty())
            return false;
        const int depth = int(rng() % unsigned(stack.size()));
        const Level level = stack[size_t(depth)];
        std::vector<int> touched;
        for (size_t i = size_t(depth); i < stack.size(); ++i)
            for (int e : stack[i].staff) {
                m_fixed[size_t(e)] = -1;
                touched.push_back(e);
            }
        stack.resize(size_t(depth));
        for (size_t k = 0; k < m_bannedAt.size(); ++k)
            if (m_bannedAt[k] > depth) {
                m_bannedAt[k] = -1;
                touched.push_back(m_columns[k].staff);
            }
        const int topColumn = level.topColumn;
        m_bannedAt[size_t(topColumn)] = depth;
        std::sort(touched.begin(), touched.end());
        touched.erase(std::unique(touched.begin(), touched.end()), touched.end());
        for (int e : touched)
            setBounds(e);
        resolve();
        return true;
    };
    bool pricing = true;
    bool randomTop = false;
    // Everything unfixed and unbanned; from now on the dives choose less greedily.
    auto restart = [&] {
        stack.clear();
        std::fill(m_fixed.begin(), m_fixed.end(), -1);
        std::fill(m_bannedAt.begin(), m_bannedAt.end(), -1);
        for (int e = 0; e < m_E; ++e)
            setBounds(e);
        resolve();
        randomTop = true;
    };
    int stalled = 0;            ///< backtracks since the best roster last improved
    double improvedAt = elapsed(); ///< when it last improved (or improve last ran)
    for (;;) {
        if (cancelled())
            break;
        if (out.hasRoster && !std::isnan(out.lowerBound) && out.objective <= std::ceil(out.lowerBound - 1e-6))
            break; // the bound proves the best roster optimal (objectives are integers)
        if (deadline > 0 && elapsed() >= deadline) {
            if (out.hasRoster)
                break;
            pricing = false; // out of time without a roster: finish this dive without pricing
        }
        if (pricing) {
            generate(m_fixed, deadline, nullptr, m_opt.diveRounds);
            ++out.diveNodes;
        }
        long long best = out.hasRoster ? out.objective : 0;
        if (m_opt.upperBound > 0 && (best == 0 || m_opt.upperBound < best))
            best = m_opt.upperBound;
        // The slack only near the bound: far from it, kept nodes cost dives elsewhere.
        const bool nearBound = m_opt.pruneSlackGap == std::numeric_limits<int>::max()
                               || (!std::isnan(out.lowerBound) && best > 0
                                   && best - (long long)std::ceil(out.lowerBound - 1e-6) <= m_opt.pruneSlackGap);
        const int slack = nearBound ? m_opt.pruneSlack : 0;
        const bool prune = !m_lp.isProvenOptimal()
                           || (best > 0 && pricing && std::ceil(m_lp.getObjValue() - 1e-6) >= best + slack);
        const int left = int(std::count(m_fixed.begin(), m_fixed.end(), -1));
        if (left == 0 || prune) {
            const long long before = out.hasRoster ? out.objective : -1;
            if (left == 0) {
                const Roster r = rosterOf(m_fixed);
                keep(r, out);
                polish(r, out, m_opt.polish);
            }
            if (!pricing)
                break;
            takeIncoming(out); // the LP is solved again when the dive backtracks or restarts
            const bool improved = out.hasRoster && out.objective != before;
            stalled = improved ? 0 : stalled + 1;
            if (improved)
                improvedAt = elapsed();
            // No better roster for stallSeconds: improve the best one (the dive goes on from here).
            if (m_opt.stallSeconds > 0 && elapsed() - improvedAt >= m_opt.stallSeconds) {
                if (out.hasRoster)
                    polish(out.roster, out, m_opt.improve);
                improvedAt = elapsed(); // after improve's slice
            }
            // Stalled (no better roster over many backtracks): start over from the root.
            if (stalled >= m_opt.restartAfter && m_opt.restartAfter > 0) {
                stalled = 0;
                restart();
                continue;
            }
            if (!backtrack()) {
                // Back at the root: unless the root LP itself cannot beat the best roster (then
                // it is optimal), start over without bans.
                const bool anyBan = std::any_of(m_bannedAt.begin(), m_bannedAt.end(), [](int d) { return d >= 0; });
                if (!anyBan)
                    break;
                restart();
            }
            continue;
        }
            const double *x = m_lp.getColSolution();
        std::vector<std::pair<double, int>> choice(size_t(m_E), {-1.0, -1}); // per member: (value, column)
        for (int e = 0; e < m_E; ++e)
            if (m_fixed[size_t(e)] < 0)
                for (int k : m_columnsOf[size_t(e)])
                    if (m_bannedAt[size_t(k)] < 0 && x[m_slacks + k] > choice[size_t(e)].first)
                        choice[size_t(e)] = {x[m_slacks + k], k};
        Level level;
        for (int e = 0; e < m_E; ++e)
            if (m_fixed[size_t(e)] < 0 && choice[size_t(e)].second >= 0
                && (level.top < 0 || choice[size_t(e)].first > choice[size_t(level.top)].first))
                level.top = e;
        if (randomTop && level.top >= 0) { // any member whose column is at least half the top's
            std::vector<int> near;
            for (int e = 0; e < m_E; ++e)
                if (m_fixed[size_t(e)] < 0 && choice[size_t(e)].second >= 0
                    && choice[size_t(e)].first >= 0.5 * choice[size_t(level.top)].first)
                    near.push_back(e);
            level.top = near[rng() % near.size()];
        }
        if (level.top < 0) { // every column of the members left is banned
            if (!backtrack())
                break;
            continue;
        }
        level.topColumn = choice[size_t(level.top)].second;
        for (int e = 0; e < m_E; ++e) {
            if (m_fixed[size_t(e)] >= 0 || choice[size_t(e)].second < 0
                || (e != level.top && choice[size_t(e)].first < m_opt.diveFixAbove && pricing))
                continue;
            m_fixed[size_t(e)] = choice[size_t(e)].second;
            level.staff.push_back(e);
            setBounds(e);
        }
        stack.push_back(level);
        resolve();
    }
    return out.hasRoster;
}

void ColumnGeneration::applyBounds(int e)
{
    for (int k : m_columnsOf[size_t(e)]) {
        const bool on = m_fixed[size_t(e)] == k;
        // (m_bannedAt is empty until the first dive.)
        const bool off = (m_fixed[size_t(e)] >= 0 && !on) || (!m_bannedAt.empty() && m_bannedAt[size_t(k)] >= 0);
        m_lp.setColLower(m_slacks + k, on ? 1.0 : 0.0);
        m_lp.setColUpper(m_slacks + k, on ? 1.0 : off ? 0.0 : COIN_DBL_MAX);
    }
}

void ColumnGeneration::polish(const Roster &r, ColumnGenerationResult &out, const std::function<Roster(const Roster &)> &step)
{
    if (!step)
        return;
    const Roster p = step(r);
    if (p.staffCount() != m_E || p.days() != m_H)
        return;
    keep(p, out);
    // Its rows become columns (unless already there), bounded by the dive's current fixings.
    for (int e = 0; e < m_E; ++e) {
        std::vector<std::int16_t> cells(static_cast<size_t>(m_H));
        for (int d = 0; d < m_H; ++d)
            cells[size_t(d)] = std::int16_t(p.at(e, d));
        const auto &mine = m_columnsOf[size_t(e)];
        if (std::none_of(mine.begin(), mine.end(), [&](int k) { return m_columns[size_t(k)].cells == cells; })) {
            addColumn(e, std::move(cells));
            applyBounds(e);
        }
    }
}

bool ColumnGeneration::takeIncoming(ColumnGenerationResult &out)
{
    if (!m_opt.incoming)
        return false;
    const Roster found = m_opt.incoming();
    if (found.staffCount() != m_E)
        return false;
    polish(found, out, [&found](const Roster &) { return found; });
    return true;
}

void ColumnGeneration::keep(const Roster &r, ColumnGenerationResult &out) const
{
    const Evaluation ev = evaluate(m_inst, r);
    if (!ev.feasible() || (out.hasRoster && ev.objective >= out.objective))
        return;
    out.hasRoster = true;
    out.roster = r;
    out.objective = ev.objective;
    if (m_opt.onRoster)
        m_opt.onRoster(out.roster, out.objective);
}

ColumnGenerationResult ColumnGeneration::run(const Roster &start)
{
    ColumnGenerationResult out;
    out.supported = true;
    // Every member's pricing must be exact, else there is no bound.
    std::vector<double> zero(size_t(m_H) * m_T, 0.0);
    std::vector<std::vector<std::int16_t>> firstSchedule(static_cast<size_t>(m_E));
    if (!m_inst.fairnessGroups.empty()) {
        out.supported = false; // a spread across members is not a sum over columns
        return out;
    }
    m_spaces.resize(size_t(m_E));
    const unsigned hw = std::max(1u, std::thread::hardware_concurrency());
    m_workspaces.resize(size_t(m_opt.threads > 0 ? m_opt.threads : int(std::min(hw, 8u))));
    for (int e = 0; e < m_E; ++e) {
        if (hasSoftRule(m_inst.staff[size_t(e)]) || !buildRelaxedStateSpace(m_inst, e, m_spaces[size_t(e)], m_opt.stateLimit)) {
            out.supported = false; // soft rules or too many states: no exact pricing
            return out;
        }
        const auto first = priceExact(m_inst, e, m_spaces[size_t(e)], zero, 1, m_workspaces[0]);
        if (first.empty()) { // nobody can roster this member
            out.supported = false;
            return out;
        }
        firstSchedule[size_t(e)] = first.front().cells;
    }
    loadMaster();
    const bool haveStart = start.staffCount() == m_E && start.days() == m_H;
    if (haveStart)
        addRoster(start);
    if (!haveStart) { // each member's cheapest schedule under zero duals: a first roster
        std::vector<int> first(static_cast<size_t>(m_E));
        for (int e = 0; e < m_E; ++e) {
            first[size_t(e)] = int(m_columns.size());
            addColumn(e, firstSchedule[size_t(e)]);
        }
        keep(rosterOf(first), out);
    }
    m_lp.initialSolve();
    m_lp.setHintParam(OsiDoDualInResolve, false, OsiHintDo); // new columns: primal simplex

    const double limit = m_opt.timeLimitSeconds;
    const std::vector<int> none(size_t(m_E), -1);
    out.lpOptimal = generate(none, limit > 0 ? std::clamp(m_opt.lpShare, 0.0, 1.0) * limit : 0.0, &out);
    out.columns = (long long)m_columns.size();
    out.lpSeconds = elapsed();
    if (m_opt.onBound && !std::isnan(out.lowerBound))
        m_opt.onBound(out.lowerBound);
    if (out.lpOptimal && m_opt.dive && !cancelled())
        dive(limit, out);
    else if (m_lp.isProvenOptimal() && !cancelled()) // out of time: each member's largest column
        keep(rosterOf(largestColumns()), out);
    out.columns = (long long)m_columns.size();
    out.seconds = elapsed();
    out.pricingSeconds = m_pricingSeconds;
    return out;
}

} // namespace

ColumnGenerationResult solveNrpColumnGeneration(const NrpInstance &instance, const Roster &start,
                                                const ColumnGenerationOptions &options, const std::atomic_bool *cancel)
{
    if (instance.staffCount() == 0 || instance.days == 0)
        return {};
    ColumnGeneration cg(instance, options, cancel);
    return cg.run(start);
}

} // namespace tessera::rostering

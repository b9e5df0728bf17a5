// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/nrplns.h"

#include "core/rostering/nrpcolgen.h"
#include "core/rostering/nrplocal.h"
#include "core/rostering/validator.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <numeric>
#include <random>
#include <thread>
#include <vector>

namespace tessera::rostering {

namespace {

/// Uniform integer in [0, n) from the generator, the same on every platform (unlike
/// std::uniform_int_distribution, whose algorithm the standard leaves open).
int pick(std::mt19937 &rng, int n)
{
    return n <= 1 ? 0 : int(rng() % unsigned(n));
}

/// k distinct staff indices out of E, in random order.
std::vector<int> sampleStaff(std::mt19937 &rng, int E, int k)
{
    std::vector<int> all(static_cast<size_t>(E));
    std::iota(all.begin(), all.end(), 0);
    k = std::clamp(k, 1, E);
    for (int i = 0; i < k; ++i)
        std::swap(all[size_t(i)], all[size_t(i + pick(rng, E - i))]);
    all.resize(size_t(k));
    std::sort(all.begin(), all.end());
    return all;
}

struct SubResult {
    Roster roster;
    long long objective = 0;
    bool improvedOrEqual = false; ///< a feasible roster came back (never worse than the start)
    bool solvedToOptimality = false;
    bool infeasible = false;
    double seconds = 0.0;
};

class Search
{
public:
    Search(const NrpInstance &inst, const LnsOptions &opt, const std::atomic_bool *cancel,
           const std::function<void(const SolveProgress &)> &progress)
        : m_inst(inst)
        , m_opt(opt)
        , m_cancel(cancel)
        , m_stopFlag(cancel)
        , m_progress(progress)
        , m_rng(opt.seed)
        , m_anySoft(std::any_of(inst.staff.begin(), inst.staff.end(), [](const StaffMember &s) {
            return std::any_of(s.softWeight.begin(), s.softWeight.end(), [](int w) { return w > 0; });
        }))
    {
        m_clock.start();
    }

    RosterResult run();

private:
    double elapsed() const { return m_clock.elapsed() / 1000.0; }
    /// Seconds left of the time limit, or of the current search slice (m_until) when shorter.
    double remaining() const
    {
        double r = m_opt.timeLimitSeconds > 0 ? m_opt.timeLimitSeconds - elapsed() : 1e30;
        if (m_until > 0)
            r = std::min(r, m_until - elapsed());
        return r;
    }
    bool stopped() const
    {
        return (m_cancel && m_cancel->load()) || (m_stopFlag && m_stopFlag->load()) || remaining() <= 0.0;
    }
    /// Time cap for one CBC run: the per-run cap, never beyond the overall limit (0: none).
    double capSeconds(double cap) const
    {
        double c = cap > 0 ? cap : 0.0;
        if (m_opt.timeLimitSeconds > 0)
            c = c > 0 ? std::min(c, std::max(0.05, remaining())) : std::max(0.05, remaining());
        return c;
    }
    /// `current` solved in the neighbourhood; improvedOrEqual compares with `currentObjective`.
    SubResult solveNeighbourhood(const Roster &current, long long currentObjective, const NrpNeighbourhood &nb,
                                 bool warmStart, int nodes, double seconds);
    /// LnsOptions::start, else blockPatternRoster(), annealed until every hard rule is met, for at
    /// most `share` of the time limit (at least 0.5 s); the roster may still break hard rules.
    Roster annealedStart(double share);
    bool construct();
    void bound();
    /// Column generation with the neighbourhood search on a second thread (both on the shared
    /// incumbent) until the limit, a proof or cancel; false when column generation does not apply
    /// (everything is stopped then, and the caller goes on alone).
    bool columnGenerationBesideSearch();
    /// Column generation (see solveNrpColumnGeneration); `searchThread`: the neighbourhood search
    /// runs on a second thread meanwhile, on the shared incumbent. False when it does not apply.
    bool columnGeneration(bool searchThread);
    void search();
    void anneal();
    NrpNeighbourhood nextNeighbourhood(int cells, const Roster &current);
    std::pair<int, int> penalisedSpot(const Roster &current);
    /// The incumbent and its objective (a copy: the search thread may replace it meanwhile).
    std::pair<Roster, long long> incumbent() const;
    /// Makes `r` the incumbent unless it is worse than the present one (equal is kept: the search
    /// drifts across plateaus); `fromSearch`: found by search() (column generation is told).
    void accept(const Roster &r, long long objective, bool fromSearch = false);
    void setBound(double bound);
    void report();
    RosterResult result() const;

    const NrpInstance &m_inst;
    const LnsOptions &m_opt;
    const std::atomic_bool *m_cancel;
    /// What the solvers called are told to stop on: m_cancel, or m_stop while two threads run.
    const std::atomic_bool *m_stopFlag;
    const std::function<void(const SolveProgress &)> &m_progress;
    std::mt19937 m_rng;
    const bool m_anySoft; ///< some staff rule is soft (then its violations place neighbourhoods too)
    QElapsedTimer m_clock;

    // The incumbent, shared by column generation and the search thread (guarded by m_mutex).
    mutable std::mutex m_mutex;
    std::condition_variable m_hasRoster; ///< signalled when an incumbent arrives
    Roster m_best;
    long long m_bestObjective = 0;
    bool m_has = false;
    double m_timeToBest = kNaN;
    long long m_searchVersion = 0; ///< counts search() improvements (for column generation's intake)

    bool m_infeasible = false;
    std::atomic_bool m_optimal{false};
    /// Set (by a watcher thread, while column generation and the search thread run side by side)
    /// on cancel, once the roster is proven optimal, or to end the search thread.
    std::atomic_bool m_stop{false};
    bool m_columnGenerationTried = false;
    std::atomic<double> m_bound{kNaN};
    std::atomic<long long> m_iterations{0};
    std::atomic<long long> m_bursts{0};
    double m_annealSeconds = 0.0; ///< search() only
    double m_until = 0.0; ///< end (elapsed seconds) of a search slice between dives; 0: none
    std::mutex m_reportMutex; ///< progress is reported from one thread at a time
};

std::pair<Roster, long long> Search::incumbent() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return {m_best, m_bestObjective};
}

void Search::setBound(double bound)
{
    m_bound = bound;
    std::lock_guard<std::mutex> lock(m_mutex);
    if (m_has && !std::isnan(bound) && bound >= double(m_bestObjective))
        m_optimal = true;
}

SubResult Search::solveNeighbourhood(const Roster &current, long long currentObjective, const NrpNeighbourhood &nb,
                                     bool warmStart, int nodes, double seconds)
{
    SubResult out;
    const NrpModel model = buildNrpModel(m_inst, &current, &nb);
    MipOptions o;
    o.maxNodes = nodes;
    o.timeLimitSeconds = capSeconds(seconds);
    if (warmStart)
        o.start = model.columnValues(m_inst, current);
    // Many small sub-problems beat a few well-proven ones: a short root (5 cut passes, 1 in the
    // tree) and no strong branching make each much cheaper (measured on Curtois & Qu 3, 5).
    // Time limits count wall-clock seconds (CBC's default is CPU time). No preprocessing with a MIP
    // start: CBC 2.10.8 crashed in CglPreProcess::postProcess when its time limit struck a
    // warm-started run (seen on Curtois & Qu 7).
    o.cbcArguments = {"-passCuts", "5", "-passTree", "1", "-strongBranching", "0", "-preprocess", "off",
                      "-timeMode", "elapsed"};
    if (!warmStart) // the start roster: no cuts (the root LP and CBC's heuristics find one fast)
        o.cbcArguments = {"-cutsOnOff", "off", "-strongBranching", "0", "-timeMode", "elapsed"};
    const MipOutcome mo = solveMip(model.mip, o, m_stopFlag);
    out.infeasible = mo.provenInfeasible;
    out.seconds = mo.seconds;
    out.solvedToOptimality = mo.provenOptimal;
    if (mo.solution.empty())
        return out;
    out.roster = model.apply(current, mo.solution);
    const Evaluation ev = evaluate(m_inst, out.roster);
    out.objective = ev.objective;
    out.improvedOrEqual = warmStart ? ev.feasible() && ev.objective <= currentObjective : true;
    return out;
}

Roster Search::annealedStart(double share)
{
    Roster r = m_opt.start.staffCount() > 0 ? m_opt.start : blockPatternRoster(m_inst, m_opt.seed);
    LocalSearchOptions o;
    o.stopWhenFeasible = true;
    o.seed = m_opt.seed;
    if (m_opt.timeLimitSeconds > 0) {
        o.seconds = std::max(0.5, share * m_opt.timeLimitSeconds);
    } else {
        o.seconds = 0;
        o.maxMoves = 200LL * m_inst.staffCount() * m_inst.days;
    }
    return improveRosterLocally(m_inst, r, o, m_stopFlag).roster;
}

bool Search::construct()
{
    // 1. Annealing from a block pattern per person (blockPatternRoster), hard-rule units
    //    penalised, until every hard rule is met or a quarter of the limit is used (at least 0.5 s).
    Roster r = annealedStart(0.25);
    // 2. Each staff member still breaking a hard rule: the integer program of their whole horizon
    //    with everybody else fixed. Their hard rules do not interact, so each sub-problem is
    //    feasible exactly when that person's rules can be met.
    std::vector<char> broken(size_t(m_inst.staffCount()), 0);
    for (const Violation &v : evaluate(m_inst, r).hardViolations)
        broken[size_t(v.staff)] = 1;
    for (int e = 0; e < m_inst.staffCount(); ++e) {
        if (!broken[size_t(e)])
            continue;
        NrpNeighbourhood nb;
        nb.staff = {e};
        // Root node only (LP and CBC's heuristics, no cuts) first: a person's rules are usually easy
        // to meet and the search improves the roster later; branch only when the root finds none.
        SubResult s = solveNeighbourhood(r, 0, nb, false, 0, m_opt.subproblemSeconds);
        if (s.roster.staffCount() == 0 && !s.infeasible && !stopped())
            s = solveNeighbourhood(r, 0, nb, false, -1, 0.0); // branch, until the overall limit
        if (s.infeasible) {
            m_infeasible = true;
            return false;
        }
        if (s.roster.staffCount() == 0)
            return false; // out of time (or cancelled) before this person had a roster
        r = s.roster;
    }
    const Evaluation ev = evaluate(m_inst, r);
    if (!ev.feasible())
        return false; // cannot happen when the sub-models are right; never report a broken roster
    accept(r, ev.objective);
    return true;
}

void Search::bound()
{
    const long long cells = (long long)m_inst.staffCount() * m_inst.days * m_inst.shiftCount();
    if (m_opt.boundSeconds == 0.0 || cells > m_opt.boundCellLimit || stopped())
        return;
    // Cap: the one asked for, or 10 % of the time limit (≤ 30 s); with neither, none.
    const double cap = m_opt.boundSeconds > 0 ? m_opt.boundSeconds
                       : m_opt.timeLimitSeconds > 0 ? std::min(30.0, 0.1 * m_opt.timeLimitSeconds)
                                                    : 0.0;
    if (m_opt.columnGeneration && !m_columnGenerationTried && columnGeneration(false))
        return;
    const NrpModel model = buildNrpModel(m_inst);
    const auto [best, bestObjective] = incumbent();
    MipOptions o;
    o.maxNodes = 0;
    o.timeLimitSeconds = cap > 0 ? capSeconds(cap) : 0.0;
    o.start = model.columnValues(m_inst, best);
    o.cbcArguments = {"-preprocess", "off", "-timeMode", "elapsed"}; // see solveNeighbourhood()
    const MipOutcome mo = solveMip(model.mip, o, m_stopFlag);
    if (!mo.solution.empty()) {
        const Roster r = model.apply(best, mo.solution);
        const Evaluation ev = evaluate(m_inst, r);
        if (ev.feasible() && ev.objective < bestObjective)
            accept(r, ev.objective);
    }
    if (!std::isnan(mo.bestBound))
        setBound(std::ceil(mo.bestBound + model.constant - 1e-6)); // integer objective
}

bool Search::columnGeneration(bool searchThread)
{
    m_columnGenerationTried = true;
    ColumnGenerationOptions o;
    // With the search thread beside it, column generation runs until the limit on one core.
    const double share = searchThread ? 1.0 : m_opt.columnGenerationShare;
    o.timeLimitSeconds = m_opt.timeLimitSeconds > 0 ? std::max(0.05, std::min(share * m_opt.timeLimitSeconds, remaining())) : 0.0;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        o.upperBound = m_has ? m_bestObjective : 0;
    }
    o.seed = m_opt.seed;
    o.diveRounds = m_opt.diveRounds;
    o.pruneSlack = m_opt.pruneSlack;
    o.pruneSlackGap = m_opt.pruneSlackGap;
    if (searchThread)
        o.threads = 1;
    o.onBound = [this](double lowerBound) {
        setBound(std::ceil(lowerBound - 1e-6)); // integer objective
        report();
    };
    o.onRoster = [this](const Roster &r, long long objective) {
        accept(r, objective);
        report();
    };
    if (m_opt.polishSeconds > 0)
        o.polish = [this](const Roster &r) {
            LocalSearchOptions lo;
            lo.seconds = std::min(m_opt.polishSeconds, std::max(0.01, remaining()));
            lo.seed = m_opt.seed + unsigned(++m_bursts) * 7919u;
            lo.startTemperature = 2.0; // cool: a near-descent that keeps the dive's structure
            lo.endTemperature = 0.05;
            if (!std::isnan(m_bound))
                lo.stopAtObjective = (long long)m_bound;
            const LocalSearchResult l = improveRosterLocally(m_inst, r, lo, m_stopFlag);
            return l.feasible ? l.roster : r;
        };
    const double slice = m_opt.timeLimitSeconds > 0 ? m_opt.stallSearchShare * m_opt.timeLimitSeconds : 0.0;
    if (searchThread) {
        // The search thread's better rosters join the columns and prune the dives.
        long long seen = 0;
        o.incoming = [this, seen]() mutable {
            std::lock_guard<std::mutex> lock(m_mutex);
            if (m_searchVersion == seen)
                return Roster();
            seen = m_searchVersion;
            return m_best;
        };
    } else if (slice > 0) {
        o.stallSeconds = slice;
        o.improve = [this, slice](const Roster &) {
            // A slice of the neighbourhood search on the incumbent (which the dives' rosters
            // update through onRoster).
            m_until = elapsed() + slice;
            search();
            m_until = 0.0;
            return incumbent().first;
        };
    }
    const Roster start = incumbent().first;
    const ColumnGenerationResult r = solveNrpColumnGeneration(m_inst, start, o, m_stopFlag);
    return r.supported;
}

std::pair<int, int> Search::penalisedSpot(const Roster &current)
{
    // (day, staff) of a random penalty of the current roster: a day and shift type off its cover
    // (staff −1), a request not met or a soft rule broken (its staff), each equally likely.
    const int E = m_inst.staffCount(), H = m_inst.days, T = m_inst.shiftCount();
    std::vector<int> staffed(size_t(H) * T, 0);
    for (int e = 0; e < E; ++e)
        for (int d = 0; d < H; ++d)
            if (current.at(e, d) >= 0)
                ++staffed[size_t(d) * T + current.at(e, d)];
    std::vector<std::pair<int, int>> spots;
    for (int d = 0; d < H; ++d)
        for (int t = 0; t < T; ++t) {
            const CoverRequirement &c = m_inst.cover(d, t);
            const int have = staffed[size_t(d) * T + t];
            if ((have < c.requirement && c.weightUnder > 0) || (have > c.requirement && c.weightOver > 0))
                spots.push_back({d, -1});
        }
    for (const ShiftRequest &q : m_inst.shiftOnRequests)
        if (current.at(q.staff, q.day) != q.shift)
            spots.push_back({q.day, q.staff});
    for (const ShiftRequest &q : m_inst.shiftOffRequests)
        if (current.at(q.staff, q.day) == q.shift)
            spots.push_back({q.day, q.staff});
    // Soft staff rules broken: their staff member on their day (a random day for a rule about the
    // whole horizon).
    if (m_anySoft)
        for (const Violation &v : evaluate(m_inst, current).softViolations)
            spots.push_back({v.day >= 0 ? v.day : pick(m_rng, H), v.staff});
    if (spots.empty())
        return {-1, -1};
    return spots[size_t(pick(m_rng, int(spots.size())))];
}

NrpNeighbourhood Search::nextNeighbourhood(int cells, const Roster &current)
{
    const int E = m_inst.staffCount(), H = m_inst.days;
    NrpNeighbourhood nb;
    const int kind = pick(m_rng, 3);
    // Half of the neighbourhoods are placed around a penalty of the current roster.
    const auto [spotDay, spotStaff] = pick(m_rng, 2) == 0 ? penalisedSpot(current) : std::pair<int, int>{-1, -1};
    auto include = [&](int e) {
        if (e < 0 || std::find(nb.staff.begin(), nb.staff.end(), e) != nb.staff.end())
            return;
        nb.staff[size_t(pick(m_rng, int(nb.staff.size())))] = e;
        std::sort(nb.staff.begin(), nb.staff.end());
    };
    if (kind == 0 || H <= 7) {
        // A few staff over the whole horizon.
        nb.staff = sampleStaff(m_rng, E, std::max(1, cells / std::max(1, H)));
        include(spotStaff);
        nb.firstDay = 0;
        nb.lastDay = H - 1;
        return nb;
    }
    // A window of consecutive days across all staff (kind 1) or a random half of them (kind 2),
    // as long as the size allows (at least 3 days).
    const int staffCount = kind == 1 ? E : std::max(1, E / 2);
    const int len = std::clamp(cells / std::max(1, staffCount), std::min(H, 3), H);
    nb.firstDay = spotDay >= 0 ? std::clamp(spotDay - pick(m_rng, len), 0, H - len) : pick(m_rng, H - len + 1);
    nb.lastDay = nb.firstDay + len - 1;
    nb.staff = sampleStaff(m_rng, E, staffCount);
    include(spotStaff);
    return nb;
}

void Search::accept(const Roster &r, long long objective, bool fromSearch)
{
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        if (m_has && objective > m_bestObjective)
            return; // the other thread found better meanwhile
        const bool better = !m_has || objective < m_bestObjective;
        if (better)
            m_timeToBest = elapsed();
        if (better && fromSearch)
            ++m_searchVersion;
        m_has = true;
        m_best = r;
        m_bestObjective = objective;
    }
    m_hasRoster.notify_all();
    const double bound = m_bound;
    if (!std::isnan(bound) && bound >= double(objective))
        m_optimal = true; // the bound proves it: stop searching
}

void Search::report()
{
    if (!m_progress)
        return;
    std::lock_guard<std::mutex> reporting(m_reportMutex);
    SolveProgress p;
    p.elapsedSeconds = elapsed();
    bool has = false;
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        has = m_has;
        if (has)
            p.incumbent = double(m_bestObjective);
    }
    const double bound = m_bound;
    p.bestBound = bound;
    if (has && !std::isnan(bound))
        p.gap = std::fabs(p.incumbent - bound) / std::max(std::fabs(p.incumbent), 1e-9);
    p.nodes = int(std::min<long long>(m_iterations, 1 << 30));
    m_progress(p);
}

void Search::anneal()
{
    LocalSearchOptions o;
    if (m_opt.timeLimitSeconds > 0) {
        const double burst = m_opt.localSearchSeconds > 0 ? m_opt.localSearchSeconds
                                                          : std::max(1.0, m_opt.timeLimitSeconds / 6.0);
        o.seconds = std::max(0.05, std::min(burst, remaining()));
    } else {
        o.maxMoves = m_opt.localSearchMoves;
        o.seconds = 0;
    }
    o.seed = m_opt.seed + unsigned(++m_bursts) * 7919u;
    const double bound = m_bound;
    if (!std::isnan(bound))
        o.stopAtObjective = (long long)bound;
    const auto [start, startObjective] = incumbent();
    const LocalSearchResult r = improveRosterLocally(m_inst, start, o, m_stopFlag);
    m_annealSeconds += r.seconds;
    if (r.feasible && r.objective <= startObjective)
        accept(r.roster, r.objective, true);
    report();
}

void Search::search()
{
    const int E = m_inst.staffCount(), H = m_inst.days;
    const double all = double(E) * H;
    double cells = m_opt.initialCells > 0 ? m_opt.initialCells : std::max(2.0 * H, 40.0);
    cells = std::min(cells, all);
    const double searchStart = elapsed();
    const double annealedBefore = m_annealSeconds; // bursts of earlier slices do not count here
    while (!m_optimal && !stopped() && (m_opt.maxIterations < 0 || m_iterations < m_opt.maxIterations)) {
        if (m_opt.localSearchShare > 0) {
            const bool due = m_opt.timeLimitSeconds > 0
                                 ? m_annealSeconds - annealedBefore < m_opt.localSearchShare * (elapsed() - searchStart)
                                 : m_iterations % std::max(1, m_opt.localSearchEvery) == 0;
            if (due) {
                anneal();
                if (m_opt.timeLimitSeconds > 0
                    && m_annealSeconds - annealedBefore < m_opt.localSearchShare * (elapsed() - searchStart))
                    continue;
            }
        }
        const auto [current, currentObjective] = incumbent();
        const NrpNeighbourhood nb = nextNeighbourhood(int(cells), current);
        const SubResult s = solveNeighbourhood(current, currentObjective, nb, true, m_opt.subproblemNodes,
                                               m_opt.subproblemSeconds);
        ++m_iterations;
        if (s.improvedOrEqual)
            accept(s.roster, s.objective, true);
        const bool whole = int(nb.staff.size()) == E && nb.firstDay == 0 && nb.lastDay >= H - 1;
        if (s.solvedToOptimality && whole && s.improvedOrEqual && !(m_stopFlag && m_stopFlag->load()))
            setBound(double(s.objective)); // the whole roster re-optimised exactly
        // Grow after a quick exact solve, shrink after one cut off by its limits.
        if (s.solvedToOptimality && s.seconds < 1.0)
            cells = std::min(all, cells * 1.1);
        else if (!s.solvedToOptimality)
            cells = std::max(double(std::min(H, 7)), cells * 0.8);
        report();
    }
}

bool Search::columnGenerationBesideSearch()
{
    m_stopFlag = &m_stop;
    std::atomic_bool done{false};
    // Relays cancel and proofs to both threads' solvers (they only poll a flag).
    std::thread watcher([this, &done] {
        while (!done.load()) {
            if ((m_cancel && m_cancel->load()) || m_optimal.load())
                m_stop = true;
            std::this_thread::sleep_for(std::chrono::milliseconds(10));
        }
    });
    std::thread searcher([this] {
        {
            std::unique_lock<std::mutex> lock(m_mutex);
            while (!m_has && !stopped())
                m_hasRoster.wait_for(lock, std::chrono::milliseconds(20));
        }
        search();
    });
    const bool supported = columnGeneration(true);
    if (!supported)
        m_stop = true;
    searcher.join(); // until the limit, a proof or cancel, unless stopped above
    done = true;
    watcher.join();
    m_stop = false;
    m_stopFlag = m_cancel;
    return supported;
}

/// Largest share of the time limit the start roster may anneal for before column generation.
constexpr double kQuickStartShare = 0.05;

RosterResult Search::run()
{
    if (m_inst.staffCount() > 0 && m_inst.days > 0) {
        // Column generation first where it applies: its rosters meet every hard rule by
        // construction, so the annealed start roster (up to a quarter of the limit) is only
        // needed when it does not apply or found none.
        const long long cells = (long long)m_inst.staffCount() * m_inst.days * m_inst.shiftCount();
        const bool columnsFirst = m_opt.columnGeneration && m_opt.boundSeconds != 0.0 && cells <= m_opt.boundCellLimit;
        bool columns = false;
        if (columnsFirst) {
            // Two threads where both apply (every rule hard, no fairness groups: no soft rule
            // for the search to weigh against the columns' exact pricing), else one.
            const bool beside = m_opt.searchThread && m_opt.timeLimitSeconds > 0 && !m_anySoft
                                && m_inst.fairnessGroups.empty();
            // Its columns seed the LP when the annealing meets every hard rule quickly (Curtois &
            // Qu 10, one run each: the dives found 4631 at 6.7 s with them, at 58 s without; with
            // the search thread, 8 and 10 over seeds 1-2 did no better when it was left out).
            const Roster start = annealedStart(kQuickStartShare);
            const Evaluation ev = evaluate(m_inst, start);
            if (ev.feasible()) {
                accept(start, ev.objective);
                report();
            }
            if (beside) {
                columns = columnGenerationBesideSearch();
                if (columns && m_has)
                    return result();
            } else {
                columns = columnGeneration(false);
            }
        }
        if ((columns && m_has) || construct()) {
            report();
            if (!columns)
                bound();
            report();
            search();
        }
    }
    return result();
}

RosterResult Search::result() const
{
    RosterResult r;
    r.roster = Roster(m_inst.staffCount(), m_inst.days);
    r.iterations = m_iterations;
    r.seconds = elapsed();
    r.provenInfeasible = m_infeasible;
    if (!m_has)
        return r;
    r.roster = m_best;
    r.hasSolution = true;
    r.objective = double(m_bestObjective);
    r.bestBound = m_bound;
    r.provenOptimal = m_optimal || (!std::isnan(m_bound) && m_bound >= r.objective);
    r.secondsToBest = m_timeToBest;
    return r;
}

} // namespace

RosterResult solveNrpLns(const NrpInstance &instance, const LnsOptions &options, const std::atomic_bool *cancel,
                         const std::function<void(const SolveProgress &)> &progress)
{
    if (options.start.staffCount() > 0)
        requireRosterOf(instance, options.start, "solveNrpLns start");
    Search s(instance, options, cancel, progress);
    return s.run();
}

} // namespace tessera::rostering

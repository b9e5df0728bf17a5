// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/nrpinstance.h"
#include "core/rostering/nrpmodel.h"
#include "core/scheduling/mip.h"

#include <atomic>
#include <functional>

namespace tessera::rostering {

struct LnsOptions {
    double timeLimitSeconds = 60.0; ///< whole run, bound included; ≤ 0: none (then set maxIterations)
    /// A roster to start from (staff × days of the instance; an empty Roster(): none), e.g. one a
    /// planner edited or an earlier run's best: it replaces the block-pattern start of steps 1–2
    /// below. Meeting every hard rule, it is the first incumbent (so the result is never worse)
    /// and column generation starts from it; otherwise it is annealed until it does.
    /// solveNrpLns() throws std::invalid_argument when its shape differs from the instance's or a
    /// cell names a shift type index outside it.
    Roster start;
    unsigned seed = 1;
    long long maxIterations = -1;   ///< neighbourhoods to solve after the start roster; < 0: no limit
    int subproblemNodes = 100;      ///< CBC branch-and-bound nodes per neighbourhood
    /// Wall-clock cap per neighbourhood, seconds (≤ 0: none). With no caps at all (this, the time
    /// limit and boundSeconds ≤ 0) a run depends only on the seed: reproducible.
    double subproblemSeconds = 3.0;
    /// Seconds for the lower bound (CBC's root node on the full model); < 0: 10 % of the time
    /// limit (at most 30 s); 0: no bound.
    double boundSeconds = -1.0;
    /// The bound is skipped when staff × days × shift types exceeds this (the full model of a
    /// 150-staff × 364-day instance does not fit a workstation's memory comfortably).
    long long boundCellLimit = 200000;
    /// Start roster and bound by column generation (solveNrpColumnGeneration: dives after the LP)
    /// instead of the annealed start and CBC's root node, whenever every staff rule is hard and
    /// its pricing is exact (step 1 below); it may take columnGenerationShare of the time limit.
    bool columnGeneration = true;
    double columnGenerationShare = 0.8;
    int diveRounds = 8; ///< ColumnGenerationOptions::diveRounds
    int pruneSlack = 1;    ///< ColumnGenerationOptions::pruneSlack (objective units)
    int pruneSlackGap = 1; ///< ColumnGenerationOptions::pruneSlackGap (objective units)
    /// Seconds of cool annealing on every roster a dive completes (ColumnGenerationOptions::polish);
    /// 0: none.
    double polishSeconds = 0.3;
    /// Dives that find no better roster for this share of the time limit stall
    /// (ColumnGenerationOptions::stallSeconds): the neighbourhood search of step 3 then runs on
    /// the incumbent for the same share (ColumnGenerationOptions::improve) before the dives go
    /// on; 0: never.
    double stallSearchShare = 0.2;
    /// Under a time limit, when column generation applies and no staff rule is soft: run the
    /// neighbourhood search of step 3 on a second thread beside column generation from the start
    /// (both on the shared incumbent; the search's better rosters join the columns), instead of
    /// in stall slices and after it. The run then no longer depends on the seed alone.
    bool searchThread = true;
    /// Initial neighbourhood size in free cells (staff × days); adapted as the search goes.
    int initialCells = 0; ///< ≤ 0: 2 staff over the horizon (at least 40 cells)
    /// Share of the search spent in simulated-annealing bursts (improveRosterLocally) between
    /// neighbourhoods, 0–1 (1: annealing only); 0: none. Without a time limit: one burst after every
    /// `localSearchEvery` neighbourhoods instead.
    double localSearchShare = 0.8;
    long long localSearchMoves = 1000000; ///< moves per burst without a time limit
    /// Seconds per burst under a time limit (the temperature falls over the burst's seconds);
    /// ≤ 0: a sixth of the time limit, at least 1 s.
    double localSearchSeconds = 0.0;
    int localSearchEvery = 10;
};

/**
 * Curtois & Qu rostering by large-neighbourhood search over exact CBC sub-problems — the
 * "fix-and-optimise" scheme of the IP-based hybrids for these instances (S. Rahimian, K. Akartunalı,
 * J. Levine, "A hybrid integer programming and variable neighbourhood search algorithm to solve
 * nurse rostering problems", EJOR 258(2):411–423, 2017; T. Curtois, R. Qu, "Computational results on
 * new staff scheduling benchmark instances", 2014):
 *
 *  1. Column generation first (solveNrpColumnGeneration, no start roster) whenever every staff
 *     rule is hard, no fairness group is set, each member's pricing state space is small enough
 *     and staff × days × shift types ≤ boundCellLimit: the set-partitioning LP over whole-horizon
 *     schedules (priced exactly by dynamic programming) gives the Lagrangian bound, far stronger
 *     than the compact model's (Curtois & Qu 4: 1716 = optimum, against 1517 from CBC's root),
 *     and diving with backtracking over column fixings, pruned by the incumbent, gives rosters;
 *     it may take columnGenerationShare of the time limit. Every column meets every hard rule,
 *     so these rosters need no repair, and step 2 is skipped (it took up to a quarter of the
 *     limit on Curtois & Qu 8 before the bound could start). Either may prove the roster optimal
 *     (then the search stops).
 *  2. Otherwise, a start roster: blockPatternRoster() (each person's work/rest blocks from their own rules),
 *     repaired by simulated annealing with hard-rule units penalised (improveRosterLocally,
 *     stopping once every hard rule is met; at most a quarter of the time limit). Anyone still
 *     breaking a hard rule is then rostered by the integer program of their own whole horizon
 *     with everybody else fixed (buildNrpModel with a one-person neighbourhood; CBC's root node
 *     without cuts, branching only when that finds nothing). The hard rules bind each person
 *     separately (cover is soft), so this meets every hard rule whenever each person's rules can
 *     be met at all; a person whose model CBC proves infeasible makes the instance infeasible
 *     (provenInfeasible).
 *     Its bound: CBC's root node (cuts, no branching) on the full model, warm-started with the
 *     start roster, within boundSeconds; skipped above boundCellLimit. It may improve the roster
 *     and may prove it optimal (then the search stops).
 *  3. Search, alternating two kinds of move of different reach — the hybrid of Rahimian et al.
 *     with annealing in place of their VNS: simulated-annealing bursts on the incumbent
 *     (improveRosterLocally, each cooling over localSearchSeconds, kept when not worse) for
 *     localSearchShare of the search time (measured on Curtois & Qu 5–9: 0.8 with bursts of a
 *     sixth of the limit beat 0.5, shorter bursts and no annealing), and exact CBC neighbourhoods
 *     for the rest. A neighbourhood is chosen at random from the seed with equal odds among
 *     (a) a few staff over the whole horizon, (b) a window of consecutive days (≥ 3) across all
 *     staff, (c) a window across a random half of the staff; half of the time the neighbourhood
 *     is placed around a random penalty of the current roster (its day, and its staff member for
 *     a request or a soft staff rule). Only its sub-model is built (buildNrpModel; the rest enters as constants),
 *     solved by CBC within subproblemNodes nodes and warm-started with the current roster
 *     (MipOptions::start), and the result is kept when it is not worse. CBC runs with a short root
 *     (5 cut passes, 1 in the tree) and no strong branching: many cheap sub-problems beat a few
 *     well-proven ones. The size (free cells, initially 2 staff × horizon) grows by 10 % after a
 *     sub-problem solved to optimality within a second and shrinks by 20 % after one cut off by its
 *     limits. A neighbourhood covering the whole roster solved to optimality proves it optimal.
 *
 * Threads (searchThread, under a time limit, where step 1 applies and no staff rule is soft):
 * column generation runs on the calling thread until the limit, pricing on that one core, while
 * step 3 runs on a second thread from the first incumbent on. Both work on one shared incumbent:
 * the dives' rosters become the search's starting point at its next move, and the search's better
 * rosters join the columns at the dives' next node (ColumnGenerationOptions::incoming), pruning
 * them. A proof by either side, or cancel, stops both (a watcher relays it to the solvers within
 * about 10 ms). Measured on Curtois & Qu 1–10 (bench/RESULTS.md): the serial run used 61–75 s of
 * CPU per 60 s; this one uses both cores. Without the thread, step 3 runs in slices whenever the
 * dives stall (stallSearchShare) and after column generation.
 *
 * Every roster kept is checked with evaluate(); objective equals evaluate(roster).objective.
 * Returns the best roster (hasSolution false only when no start roster was found in time or the
 * instance is infeasible), bestBound (NaN when skipped), secondsToBest and iterations.
 * `progress` is called after each neighbourhood with incumbent, bound and elapsed seconds;
 * `cancel` stops the run at the next CBC event and keeps the incumbent.
 */
RosterResult solveNrpLns(const NrpInstance &instance, const LnsOptions &options,
                         const std::atomic_bool *cancel = nullptr,
                         const std::function<void(const SolveProgress &)> &progress = {});

} // namespace tessera::rostering

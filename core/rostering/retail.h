// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <atomic>
#include <vector>

namespace tessera::rostering {

/**
 * Multi-activity, multi-day shift scheduling (retail) in the form of the instances published by
 * T. Curtois at schedulingbenchmarks.org ("Multi-activity, Multi-day Shift Scheduling Instances").
 *
 * Time is counted in 15-minute intervals from the start of the horizon, 06:00 on day 1; horizon
 * day d (0-based) is intervals [96·d, 96·(d+1)), i.e. 06:00 to 06:00 the next morning. Tasks
 * (activities) are 0-based here (the files number them from 1). Cover per (interval, task) is a
 * range [min, max] of staff working on that task; an (interval, task) without a line has [0, 0].
 */
struct RetailStaff {
    QString id;
    int minMinutes = 0; ///< working minutes over the horizon, at least
    int maxMinutes = 0; ///< … at most
};

struct RetailInstance {
    static constexpr int kIntervalMinutes = 15;
    static constexpr int kIntervalsPerDay = 96;

    int days = 0;
    int tasks = 0;
    std::vector<RetailStaff> staff;
    std::vector<int> coverMin; ///< interval-major: [interval · tasks + task]
    std::vector<int> coverMax;

    int intervals() const { return days * kIntervalsPerDay; }
    int staffCount() const { return int(staff.size()); }
    int minCover(int interval, int task) const { return coverMin[size_t(interval) * tasks + task]; }
    int maxCover(int interval, int task) const { return coverMax[size_t(interval) * tasks + task]; }
};

/**
 * Reads an instance file: sections SECTION_HORIZON (days), SECTION_TASKS (count),
 * SECTION_STAFF (`ID, MinTotalMinutes, MaxTotalMinutes`), SECTION_COVER
 * (`Day, HH:MM-HH:MM, TaskID, Min, Max`, one 15-minute interval of calendar day Day; times before
 * 06:00 on day Day belong to horizon day Day−1). `#` starts a comment line. Errors: InputError
 * naming the file, line and field (a bad number, an interval that is not 15 minutes on the grid or
 * lies outside the horizon, an unknown task, Min > Max, a repeated cover line, a missing section).
 */
RetailInstance parseRetail(const QByteArray &text, const QString &fileName);
RetailInstance readRetail(const QString &path);

/// A block of consecutive intervals [start, end) on one task.
struct TaskBlock {
    int task = 0;
    int start = 0;
    int end = 0;
};

/// One shift: staff member, intervals [start, end) (horizon-relative), split into task blocks
/// that tile the shift. Its day is start / 96.
struct RetailShift {
    int staff = 0;
    int start = 0;
    int end = 0;
    std::vector<TaskBlock> blocks;
};

struct RetailRoster {
    std::vector<RetailShift> shifts;
};

/**
 * Modelling choices (the files state no shift lengths, weights or breaks): a shift lasts
 * minShiftMinutes..maxShiftMinutes in steps of shiftStepMinutes (default 4–9 h in whole hours),
 * starts on a startStepMinutes boundary and lies within its horizon day (06:00–06:00), so two
 * shifts of one person never overlap; no breaks. Soft cover: weightUnder per person-interval below
 * a task's Min, weightOver per person-interval above its Max (the same for every task).
 */
struct RetailOptions {
    int minShiftMinutes = 240;
    int maxShiftMinutes = 540;
    int shiftStepMinutes = 60;
    int startStepMinutes = 15;
    int maxConsecutiveDays = 5;
    double weightUnder = 1.0;
    double weightOver = 1.0;
    /// Shifts (start, length) offered to each person per day in the staff-level model.
    int maxShiftsPerDay = 40;
    /// Size cap of one staff-level integer program (people × days × offered shifts): larger
    /// staffs are solved group by group (memory and time on 150 staff × 28 days).
    int maxGroupColumns = 12000;
    /// false: skip CBC in step 2 and assign step 1's shifts greedily (tests, very tight limits).
    bool staffLevelProgram = true;
};

struct RetailViolation {
    QString rule; ///< "shift", "blocks", "one-shift-per-day", "overlap", "min-minutes", "max-minutes", "consecutive-days"
    int staff = -1;
    int day = -1;
    QString message;
};

/**
 * Independent check of a roster: hard rules (a shift inside the horizon with positive length,
 * blocks tiling it with valid tasks, at most one shift per staff member per day, no overlap,
 * working minutes within [min, max], at most maxConsecutiveDays consecutive working days) and
 * cover recomputed per (interval, task) from the task blocks.
 */
struct RetailCheck {
    std::vector<RetailViolation> violations;
    long long under = 0; ///< person-intervals below Min, summed over intervals and tasks
    long long over = 0;  ///< person-intervals above Max
    std::vector<long long> underPerTask, overPerTask;
    long long demand = 0; ///< Σ Min (person-intervals)
    long long met = 0;    ///< Σ min(staffed, Min)
    double coveragePercent = 100.0; ///< 100·met/demand (100 when nothing is demanded)
    double objective = 0.0;         ///< weightUnder·under + weightOver·over
    bool feasible() const { return violations.empty(); }
};
RetailCheck checkRetail(const RetailInstance &inst, const RetailRoster &roster, const RetailOptions &opt = {});

struct RetailResult {
    RetailRoster roster;
    bool hasSolution = false;
    double objective = 0.0; ///< checkRetail() of the roster
    double modelObjective = 0.0; ///< the staff-level program's value (NaN unless one group solved by CBC)
    double bestBound = 0.0; ///< lower bound from the aggregate model (NaN when none)
    double seconds = 0.0;
    int patterns = 0;     ///< shift patterns (day, start, length) in the aggregate model
    int staffColumns = 0; ///< staff × shift columns of the staff-level model
    bool greedyFallback = false; ///< some group's staff-level model found nothing in time; greedy used
    bool repaired = false;       ///< someone short of their minimum in step 2 was topped up greedily
    int groups = 1;              ///< staff groups of step 2
};

/**
 * Solves in two integer programs on MipModel/CBC, both with per-day shift-pattern columns:
 * 1. aggregate: integer count of staff per (day, start, length) pattern; per interval, soft cover
 *    of the all-task range [Σ_k Min_k, Σ_k Max_k]; per day at most |staff| shifts, in every
 *    maxConsecutiveDays+1 days at most maxConsecutiveDays·|staff|; total minutes within
 *    [Σ min, Σ max]. Its CBC bound is a lower bound for the whole problem (with this shift set).
 * 2. staff level: binary person × (day, shift) over the shifts of step 1 plus nearby variants
 *    (at most maxShiftsPerDay a day), one shift per day, max minutes and consecutive days as hard
 *    rows, min minutes soft (10 × the larger cover weight per 15 minutes short, then repaired
 *    greedily: more days, longer shifts), the same soft cover. Staffs too large for one program (maxGroupColumns)
 *    are solved in groups, one after another: a group sees the shifts of earlier groups as fixed
 *    and expects later groups to staff their share of step 1's shifts. A group for which CBC
 *    finds nothing in time gets a greedy assignment of step 1's unclaimed shifts instead.
 * Multi-activity: with the same weights for every task, the least cover penalty of w people in an
 * interval is max(0, ΣMin − w)·weightUnder + max(0, w − ΣMax)·weightOver (fill every task to its
 * Min, then to its Max), so aggregating tasks is exact; decoding assigns people to tasks interval
 * by interval in that order, keeping each person on their previous task where possible (blocks).
 * The time limit (seconds, ≤ 0: none) is split 30/70 between the two steps (step 2 evenly over
 * its groups); CBC is also stopped on wall time (mipdeadline.h), though it only notices at its
 * next event, so a very large model can overrun in its root heuristics.
 */
RetailResult solveRetail(const RetailInstance &inst, double timeLimitSeconds, const RetailOptions &opt = {},
                         const std::atomic_bool *cancel = nullptr);

/// Splits the shifts of a roster (blocks ignored) into task blocks as solveRetail() does.
void assignTasks(const RetailInstance &inst, RetailRoster &roster);

} // namespace tessera::rostering

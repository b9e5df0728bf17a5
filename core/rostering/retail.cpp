// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/rostering/retail.h"

#include "core/error.h"
#include "core/rostering/mipdeadline.h"
#include "core/scheduling/mip.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QList>

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

namespace tessera::rostering {

namespace {

constexpr int kPerDay = RetailInstance::kIntervalsPerDay;
constexpr int kHorizonStartMinute = 6 * 60; // 06:00 of day 1

struct Line {
    int number = 0;
    QList<QByteArray> fields;
};

class RetailParser
{
public:
    explicit RetailParser(QString file)
        : m_file(std::move(file))
    {
    }

    [[noreturn]] void fail(int row, const QString &field, const QString &reason) const
    {
        throw InputError(m_file, row, field, reason);
    }

    int integer(const Line &l, int i, const QString &name, int lo, int hi) const
    {
        if (i >= l.fields.size())
            fail(l.number, name, Tr::tr("missing; the line has %1 fields").arg(l.fields.size()));
        bool ok = false;
        const int v = l.fields[i].trimmed().toInt(&ok);
        if (!ok || v < lo || v > hi)
            fail(l.number, name, Tr::tr("'%1' is not an integer in [%2, %3]")
                                     .arg(QString::fromUtf8(l.fields[i].trimmed()))
                                     .arg(lo)
                                     .arg(hi));
        return v;
    }

    /// "HH:MM" → minutes after midnight.
    int clock(const Line &l, const QByteArray &text, const QString &name) const
    {
        const QList<QByteArray> hm = text.trimmed().split(':');
        bool okH = false, okM = false;
        const int h = hm.value(0).toInt(&okH);
        const int m = hm.value(1).toInt(&okM);
        if (hm.size() != 2 || !okH || !okM || h < 0 || h > 24 || m < 0 || m > 59)
            fail(l.number, name, Tr::tr("'%1' is not a time HH:MM").arg(QString::fromUtf8(text.trimmed())));
        return h * 60 + m;
    }

    QString m_file;
};

} // namespace

RetailInstance parseRetail(const QByteArray &text, const QString &fileName)
{
    const RetailParser p(fileName);
    std::map<QByteArray, std::vector<Line>> sections;
    std::map<QByteArray, int> sectionLine;
    QByteArray current;
    int number = 0;
    for (const QByteArray &raw : text.split('\n')) {
        ++number;
        const QByteArray line = raw.trimmed();
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith("SECTION_")) {
            current = line;
            if (sectionLine.count(current))
                p.fail(number, QString::fromUtf8(current), Tr::tr("the section appears twice (first on line %1)").arg(sectionLine[current]));
            sectionLine[current] = number;
            sections[current];
            continue;
        }
        if (current.isEmpty())
            p.fail(number, QString(), Tr::tr("data before the first SECTION_ header"));
        sections[current].push_back({number, line.split(',')});
    }
    auto section = [&](const char *name) -> const std::vector<Line> & {
        const auto it = sections.find(QByteArray(name));
        if (it == sections.end())
            p.fail(0, QString::fromLatin1(name), Tr::tr("the section is missing"));
        return it->second;
    };
    auto single = [&](const char *name, const QString &field, int hi) {
        const std::vector<Line> &s = section(name);
        if (s.size() != 1)
            p.fail(s.empty() ? sectionLine[QByteArray(name)] : s[1].number, field,
                   Tr::tr("%1 must hold exactly one number").arg(QString::fromLatin1(name)));
        return p.integer(s.front(), 0, field, 1, hi);
    };

    RetailInstance inst;
    inst.days = single("SECTION_HORIZON", QStringLiteral("days"), 3660);
    inst.tasks = single("SECTION_TASKS", QStringLiteral("tasks"), 1000);
    std::set<QString> ids;
    for (const Line &l : section("SECTION_STAFF")) {
        RetailStaff s;
        s.id = QString::fromUtf8(l.fields.value(0).trimmed());
        if (s.id.isEmpty())
            p.fail(l.number, QStringLiteral("ID"), Tr::tr("empty staff id"));
        if (!ids.insert(s.id).second)
            p.fail(l.number, QStringLiteral("ID"), Tr::tr("staff '%1' is listed twice").arg(s.id));
        const int horizonMinutes = inst.days * 1440;
        s.minMinutes = p.integer(l, 1, QStringLiteral("MinTotalMinutes"), 0, horizonMinutes);
        s.maxMinutes = p.integer(l, 2, QStringLiteral("MaxTotalMinutes"), 0, horizonMinutes);
        if (s.maxMinutes < s.minMinutes)
            p.fail(l.number, QStringLiteral("MaxTotalMinutes"),
                   Tr::tr("%1 is below MinTotalMinutes %2").arg(s.maxMinutes).arg(s.minMinutes));
        inst.staff.push_back(s);
    }
    const size_t cells = size_t(inst.intervals()) * size_t(inst.tasks);
    inst.coverMin.assign(cells, 0);
    inst.coverMax.assign(cells, 0);
    std::vector<int> seenLine(cells, 0);
    for (const Line &l : section("SECTION_COVER")) {
        const int day = p.integer(l, 0, QStringLiteral("Day"), 1, inst.days + 1);
        const QList<QByteArray> range = l.fields.value(1).split('-');
        if (range.size() != 2)
            p.fail(l.number, QStringLiteral("Time"), Tr::tr("'%1' is not HH:MM-HH:MM").arg(QString::fromUtf8(l.fields.value(1).trimmed())));
        const int from = p.clock(l, range[0], QStringLiteral("Time"));
        const int to = p.clock(l, range[1], QStringLiteral("Time"));
        if (from % RetailInstance::kIntervalMinutes != 0 || from >= 1440
            || (to - from + 1440) % 1440 != RetailInstance::kIntervalMinutes)
            p.fail(l.number, QStringLiteral("Time"), Tr::tr("'%1' is not one 15-minute interval on the quarter-hour grid")
                                                         .arg(QString::fromUtf8(l.fields.value(1).trimmed())));
        const int interval = ((day - 1) * 1440 + from - kHorizonStartMinute) / RetailInstance::kIntervalMinutes;
        if (interval < 0 || interval >= inst.intervals())
            p.fail(l.number, QStringLiteral("Time"), Tr::tr("day %1 %2 lies outside the horizon (06:00 on day 1 to 06:00 on day %3)")
                                                         .arg(day)
                                                         .arg(QString::fromUtf8(range[0].trimmed()))
                                                         .arg(inst.days + 1));
        const int task = p.integer(l, 2, QStringLiteral("TaskID"), 1, inst.tasks) - 1;
        const int lo = p.integer(l, 3, QStringLiteral("Min"), 0, 1000000);
        const int hi = p.integer(l, 4, QStringLiteral("Max"), 0, 1000000);
        if (hi < lo)
            p.fail(l.number, QStringLiteral("Max"), Tr::tr("%1 is below Min %2").arg(hi).arg(lo));
        const size_t cell = size_t(interval) * inst.tasks + size_t(task);
        if (seenLine[cell] != 0)
            p.fail(l.number, QStringLiteral("Time"), Tr::tr("cover for this interval and task is already given on line %1").arg(seenLine[cell]));
        seenLine[cell] = l.number;
        inst.coverMin[cell] = lo;
        inst.coverMax[cell] = hi;
    }
    return inst;
}

RetailInstance readRetail(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot read the file: %1").arg(f.errorString()));
    return parseRetail(f.readAll(), QFileInfo(path).fileName());
}

// ---------------------------------------------------------------------------------------------
// Checker: works from the task blocks only.

RetailCheck checkRetail(const RetailInstance &inst, const RetailRoster &roster, const RetailOptions &opt)
{
    RetailCheck c;
    const int S = inst.staffCount();
    const int N = inst.intervals();
    auto violate = [&](const char *rule, int staff, int day, const QString &msg) {
        c.violations.push_back({QString::fromLatin1(rule), staff, day, msg});
    };
    std::vector<int> count(size_t(N) * inst.tasks, 0);
    std::vector<std::vector<std::pair<int, int>>> perStaff(size_t(std::max(S, 0)));
    for (const RetailShift &sh : roster.shifts) {
        const int day = sh.start >= 0 ? sh.start / kPerDay : -1;
        if (sh.staff < 0 || sh.staff >= S) {
            violate("shift", sh.staff, day, QStringLiteral("unknown staff index %1").arg(sh.staff));
            continue;
        }
        if (sh.start < 0 || sh.end > N || sh.end <= sh.start) {
            violate("shift", sh.staff, day, QStringLiteral("intervals [%1, %2) are not a shift inside the horizon").arg(sh.start).arg(sh.end));
            continue;
        }
        perStaff[size_t(sh.staff)].push_back({sh.start, sh.end});
        // Blocks must tile [start, end) in order.
        int at = sh.start;
        for (const TaskBlock &b : sh.blocks) {
            if (b.start != at || b.end <= b.start || b.end > sh.end || b.task < 0 || b.task >= inst.tasks) {
                violate("blocks", sh.staff, day, QStringLiteral("block task %1 [%2, %3) does not continue the shift at %4")
                                                     .arg(b.task + 1).arg(b.start).arg(b.end).arg(at));
                at = -1;
                break;
            }
            for (int t = b.start; t < b.end; ++t)
                ++count[size_t(t) * inst.tasks + size_t(b.task)];
            at = b.end;
        }
        if (at != -1 && at != sh.end)
            violate("blocks", sh.staff, day, QStringLiteral("the task blocks leave [%1, %2) of the shift without a task").arg(at).arg(sh.end));
    }
    for (int s = 0; s < S; ++s) {
        auto &list = perStaff[size_t(s)];
        std::sort(list.begin(), list.end());
        std::vector<char> works(size_t(inst.days), 0);
        long long minutes = 0;
        for (size_t i = 0; i < list.size(); ++i) {
            const int day = list[i].first / kPerDay;
            if (works[size_t(day)])
                violate("one-shift-per-day", s, day, QStringLiteral("more than one shift on day %1").arg(day + 1));
            works[size_t(day)] = 1;
            if (i > 0 && list[i].first < list[i - 1].second)
                violate("overlap", s, day, QStringLiteral("shift at interval %1 starts before the previous one ends (%2)")
                                               .arg(list[i].first).arg(list[i - 1].second));
            minutes += (long long)(list[i].second - list[i].first) * RetailInstance::kIntervalMinutes;
        }
        const RetailStaff &st = inst.staff[size_t(s)];
        if (minutes < st.minMinutes)
            violate("min-minutes", s, -1, QStringLiteral("%1 works %2 minutes, fewer than %3").arg(st.id).arg(minutes).arg(st.minMinutes));
        if (minutes > st.maxMinutes)
            violate("max-minutes", s, -1, QStringLiteral("%1 works %2 minutes, more than %3").arg(st.id).arg(minutes).arg(st.maxMinutes));
        int run = 0;
        for (int d = 0; d < inst.days; ++d) {
            run = works[size_t(d)] ? run + 1 : 0;
            if (run == opt.maxConsecutiveDays + 1)
                violate("consecutive-days", s, d, QStringLiteral("%1 works more than %2 days in a row up to day %3")
                                                      .arg(st.id).arg(opt.maxConsecutiveDays).arg(d + 1));
        }
    }
    c.underPerTask.assign(size_t(inst.tasks), 0);
    c.overPerTask.assign(size_t(inst.tasks), 0);
    for (int t = 0; t < N; ++t)
        for (int k = 0; k < inst.tasks; ++k) {
            const int have = count[size_t(t) * inst.tasks + size_t(k)];
            const int lo = inst.minCover(t, k), hi = inst.maxCover(t, k);
            c.demand += lo;
            c.met += std::min(have, lo);
            if (have < lo)
                c.underPerTask[size_t(k)] += lo - have;
            if (have > hi)
                c.overPerTask[size_t(k)] += have - hi;
        }
    for (int k = 0; k < inst.tasks; ++k) {
        c.under += c.underPerTask[size_t(k)];
        c.over += c.overPerTask[size_t(k)];
    }
    c.coveragePercent = c.demand > 0 ? 100.0 * double(c.met) / double(c.demand) : 100.0;
    c.objective = opt.weightUnder * double(c.under) + opt.weightOver * double(c.over);
    return c;
}

// ---------------------------------------------------------------------------------------------
// Task allocation (decoding).

void assignTasks(const RetailInstance &inst, RetailRoster &roster)
{
    const int N = inst.intervals();
    const int T = inst.tasks;
    // Shifts on duty per interval.
    std::vector<std::vector<int>> onDuty(static_cast<size_t>(N));
    for (size_t i = 0; i < roster.shifts.size(); ++i) {
        RetailShift &sh = roster.shifts[i];
        sh.blocks.clear();
        for (int t = std::max(0, sh.start); t < std::min(N, sh.end); ++t)
            onDuty[size_t(t)].push_back(int(i));
    }
    std::vector<int> task(roster.shifts.size(), -1); // task in the previous interval
    std::vector<int> count(static_cast<size_t>(T));
    for (int t = 0; t < N; ++t) {
        const std::vector<int> &people = onDuty[size_t(t)];
        std::fill(count.begin(), count.end(), 0);
        std::vector<int> chosen(people.size(), -1);
        // Level 0 fills every task to Min, level 1 to Max, level 2 takes the rest.
        for (int level = 0; level < 3; ++level) {
            auto cap = [&](int k) {
                return level == 0 ? inst.minCover(t, k) : level == 1 ? inst.maxCover(t, k) : 1 << 30;
            };
            for (size_t i = 0; i < people.size(); ++i) { // stay on the previous task
                const int prev = task[size_t(people[i])];
                if (chosen[i] < 0 && prev >= 0 && count[size_t(prev)] < cap(prev)) {
                    chosen[i] = prev;
                    ++count[size_t(prev)];
                }
            }
            for (size_t i = 0; i < people.size(); ++i) {
                if (chosen[i] >= 0)
                    continue;
                int best = -1;
                for (int k = 0; k < T; ++k)
                    if (count[size_t(k)] < cap(k) && (best < 0 || cap(k) - count[size_t(k)] > cap(best) - count[size_t(best)]))
                        best = k;
                if (best >= 0) {
                    chosen[i] = best;
                    ++count[size_t(best)];
                }
            }
        }
        for (size_t i = 0; i < people.size(); ++i) {
            RetailShift &sh = roster.shifts[size_t(people[i])];
            task[size_t(people[i])] = chosen[i];
            if (!sh.blocks.empty() && sh.blocks.back().task == chosen[i] && sh.blocks.back().end == t)
                ++sh.blocks.back().end;
            else
                sh.blocks.push_back({chosen[i], t, t + 1});
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Solver.

namespace {

struct Pattern {
    int start = 0; ///< horizon interval
    int length = 0; ///< intervals
    int day() const { return start / kPerDay; }
};

struct CoverRows {
    std::vector<int> lo, hi; ///< Σ_k Min, Σ_k Max per interval
};

CoverRows coverRanges(const RetailInstance &inst)
{
    CoverRows c;
    c.lo.assign(size_t(inst.intervals()), 0);
    c.hi.assign(size_t(inst.intervals()), 0);
    for (int t = 0; t < inst.intervals(); ++t)
        for (int k = 0; k < inst.tasks; ++k) {
            c.lo[size_t(t)] += inst.minCover(t, k);
            c.hi[size_t(t)] += inst.maxCover(t, k);
        }
    return c;
}

/// Adds the per-interval cover rows lo ≤ staffed + under − over ≤ hi and their slack columns.
void addCover(MipModel &m, const CoverRows &c, const RetailOptions &opt, int firstRow)
{
    for (size_t t = 0; t < c.lo.size(); ++t) {
        m.addColumn(0.0, kMipInfinity, opt.weightUnder, false, "under" + std::to_string(t), {{firstRow + int(t), 1.0}});
        m.addColumn(0.0, kMipInfinity, opt.weightOver, false, "over" + std::to_string(t), {{firstRow + int(t), -1.0}});
    }
}

std::vector<int> lengthsOf(const RetailOptions &opt)
{
    std::vector<int> out;
    const int step = std::max(RetailInstance::kIntervalMinutes, opt.shiftStepMinutes);
    for (int l = opt.minShiftMinutes; l <= opt.maxShiftMinutes; l += step)
        if (l % RetailInstance::kIntervalMinutes == 0 && l > 0 && l <= 1440)
            out.push_back(l / RetailInstance::kIntervalMinutes);
    return out;
}

/// Step 1: integer staff count per (day, start, length); returns the patterns with their counts.
std::vector<std::pair<Pattern, int>> aggregate(const RetailInstance &inst, const RetailOptions &opt, const CoverRows &cover,
                                               double limit, const std::atomic_bool *cancel, RetailResult &r)
{
    const int S = inst.staffCount();
    const int N = inst.intervals();
    const int C = opt.maxConsecutiveDays;
    const int startStep = std::max(1, opt.startStepMinutes / RetailInstance::kIntervalMinutes);
    MipModel m;
    for (int t = 0; t < N; ++t)
        m.addRow(cover.lo[size_t(t)], cover.hi[size_t(t)], "cover" + std::to_string(t));
    const int dayRow0 = m.rows;
    for (int d = 0; d < inst.days; ++d)
        m.addRow(-kMipInfinity, S, "day" + std::to_string(d));
    const int windowRow0 = m.rows;
    const int windows = std::max(0, inst.days - C);
    for (int w = 0; w < windows; ++w)
        m.addRow(-kMipInfinity, double(C) * S, "window" + std::to_string(w));
    long long minSum = 0, maxSum = 0;
    for (const RetailStaff &s : inst.staff) {
        minSum += s.minMinutes;
        maxSum += s.maxMinutes;
    }
    const int minutesRow = m.addRow(double(minSum), double(maxSum), "minutes");
    std::vector<Pattern> patterns;
    for (int d = 0; d < inst.days; ++d)
        for (int len : lengthsOf(opt))
            for (int s = 0; s + len <= kPerDay; s += startStep) {
                const Pattern p{d * kPerDay + s, len};
                std::vector<std::pair<int, double>> e;
                for (int t = p.start; t < p.start + len; ++t)
                    e.emplace_back(t, 1.0);
                e.emplace_back(dayRow0 + d, 1.0);
                for (int w = std::max(0, d - C); w <= std::min(d, windows - 1); ++w)
                    e.emplace_back(windowRow0 + w, 1.0);
                e.emplace_back(minutesRow, double(len * RetailInstance::kIntervalMinutes));
                m.addColumn(0.0, S, 0.0, true, "n" + std::to_string(patterns.size()), e);
                patterns.push_back(p);
            }
    addCover(m, cover, opt, 0);
    r.patterns = int(patterns.size());
    const MipOutcome o = solveMipWithin(m, limit, cancel);
    r.bestBound = o.bestBound;
    std::vector<double> x = o.solution;
    if (x.empty() && !o.provenInfeasible && !(cancel && cancel->load()))
        solveLpRelaxation(m, &x); // no integer solution in time: round the LP
    std::vector<std::pair<Pattern, int>> out;
    for (size_t j = 0; j < patterns.size() && j < x.size(); ++j) {
        const int n = int(std::lround(x[j]));
        if (n > 0)
            out.push_back({patterns[j], n});
    }
    return out;
}

/// The shifts offered to each person on each day: step 1's, all lengths at the day's main start,
/// and neighbours (±1 length step, same start or same end; start ±1 h), at most `cap` per day.
std::vector<std::vector<Pattern>> offered(const RetailInstance &inst, const RetailOptions &opt,
                                          const std::vector<std::pair<Pattern, int>> &chosen, int cap)
{
    const std::vector<int> lengths = lengthsOf(opt);
    const int lstep = lengths.size() > 1 ? lengths[1] - lengths[0] : 4;
    std::vector<std::vector<std::pair<int, Pattern>>> byDay(static_cast<size_t>(inst.days));
    for (const auto &[p, n] : chosen)
        byDay[size_t(p.day())].push_back({n, p});
    std::vector<std::vector<Pattern>> out(static_cast<size_t>(inst.days));
    for (int d = 0; d < inst.days; ++d) {
        auto &list = byDay[size_t(d)];
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        std::set<std::pair<int, int>> seen;
        std::vector<Pattern> &mine = out[size_t(d)];
        const int base = d * kPerDay;
        auto add = [&](int start, int len, bool force) {
            if (len < lengths.front() || len > lengths.back() || start < base || start + len > base + kPerDay)
                return;
            if (!force && int(mine.size()) >= cap)
                return;
            if (seen.insert({start, len}).second)
                mine.push_back({start, len});
        };
        for (const auto &[n, p] : list)
            add(p.start, p.length, true);
        const int mainStart = list.empty() ? base + kPerDay / 4 : list.front().second.start;
        for (int len : lengths)
            add(std::min(mainStart, base + kPerDay - len), len, false);
        for (const auto &[n, p] : list) {
            add(p.start, p.length + lstep, false);
            add(p.start, p.length - lstep, false);
            add(p.start - lstep, p.length + lstep, false);
            add(p.start + lstep, p.length - lstep, false);
            add(p.start - 4, p.length, false);
            add(p.start + 4, p.length, false);
        }
    }
    return out;
}

/// Changes the lengths of one person's shifts (keeping each inside its horizon day, start moved
/// earlier only if needed) so that their minutes fall within [lo, hi]; false if no change of one
/// length step at a time gets there.
bool fitLengths(std::vector<RetailShift> &mine, const std::vector<int> &lengths, long long lo, long long hi)
{
    auto total = [&] {
        long long t = 0;
        for (const RetailShift &sh : mine)
            t += (sh.end - sh.start) * RetailInstance::kIntervalMinutes;
        return t;
    };
    auto step = [&](bool longer) { // the shortest shift grows, or the longest shrinks, by one step
        RetailShift *pick = nullptr;
        int next = 0;
        for (RetailShift &sh : mine) {
            const int len = sh.end - sh.start;
            const auto it = std::find(lengths.begin(), lengths.end(), len);
            if (it == lengths.end())
                continue;
            if (longer ? it + 1 == lengths.end() : it == lengths.begin())
                continue;
            if (!pick || (longer ? len < pick->end - pick->start : len > pick->end - pick->start)) {
                pick = &sh;
                next = longer ? *(it + 1) : *(it - 1);
            }
        }
        if (!pick)
            return false;
        const int dayEnd = (pick->start / kPerDay + 1) * kPerDay;
        pick->start = std::min(pick->start, dayEnd - next);
        pick->end = pick->start + next;
        return true;
    };
    while (total() > hi)
        if (!step(false))
            return false;
    while (total() < lo)
        if (!step(true))
            return false;
    return total() <= hi;
}

/// Greedy assignment for a group of people, starting from `out` (shifts they already hold):
/// when `distribute`, hands out step 1's shifts still unclaimed (`left`, decremented) until each
/// person reaches their minimum, the rest too when `takeRest`; then tops up anyone still below
/// their minimum from the offered shifts on free days, and lengthens shifts held if that is not
/// enough. Never breaks max minutes, one shift a day or the consecutive-days rule.
std::vector<RetailShift> greedy(const RetailInstance &inst, const RetailOptions &opt, const std::vector<int> &members,
                                std::vector<std::pair<Pattern, int>> &left, const std::vector<std::vector<Pattern>> &offer,
                                bool distribute, bool takeRest, std::vector<RetailShift> out = {})
{
    const int D = inst.days;
    std::map<int, std::vector<char>> works;
    std::map<int, long long> minutes;
    for (int s : members)
        works[s].assign(size_t(D), 0);
    for (const RetailShift &sh : out) {
        works[sh.staff][size_t(sh.start / kPerDay)] = 1;
        minutes[sh.staff] += (sh.end - sh.start) * RetailInstance::kIntervalMinutes;
    }
    auto canWork = [&](int s, int d, int len) {
        const std::vector<char> &w = works[s];
        if (w[size_t(d)] || minutes[s] + len * RetailInstance::kIntervalMinutes > inst.staff[size_t(s)].maxMinutes)
            return false;
        int run = 1;
        for (int e = d - 1; e >= 0 && w[size_t(e)]; --e)
            ++run;
        for (int e = d + 1; e < D && w[size_t(e)]; ++e)
            ++run;
        return run <= opt.maxConsecutiveDays;
    };
    auto take = [&](int s, const Pattern &p) {
        works[s][size_t(p.day())] = 1;
        minutes[s] += p.length * RetailInstance::kIntervalMinutes;
        out.push_back({s, p.start, p.start + p.length, {}});
    };
    std::vector<int> order = members;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return inst.staff[size_t(a)].minMinutes > inst.staff[size_t(b)].minMinutes; });
    // Round robin: each pass gives everyone below their minimum one more of step 1's shifts.
    for (bool progress = distribute; progress;) {
        progress = false;
        for (int s : order) {
            if (minutes[s] >= inst.staff[size_t(s)].minMinutes)
                continue;
            for (auto &[p, n] : left)
                if (n > 0 && canWork(s, p.day(), p.length)) {
                    take(s, p);
                    --n;
                    progress = true;
                    break;
                }
        }
    }
    if (distribute && takeRest)
        for (auto &[p, n] : left)
            for (int s : order)
                while (n > 0 && canWork(s, p.day(), p.length)) {
                    take(s, p);
                    --n;
                }
    for (int s : order) // top up from the offered shifts, longest first
        for (int d = 0; d < D && minutes[s] < inst.staff[size_t(s)].minMinutes; ++d) {
            const Pattern *best = nullptr;
            for (const Pattern &p : offer[size_t(d)])
                if (canWork(s, d, p.length) && (!best || p.length > best->length))
                    best = &p;
            if (best)
                take(s, *best);
        }
    // Still short (every free day would make too long a run): lengthen shifts already held.
    for (RetailShift &sh : out) {
        const int s = sh.staff;
        const long long need = inst.staff[size_t(s)].minMinutes - minutes[s];
        if (need <= 0)
            continue;
        const int have = sh.end - sh.start;
        // Prefer a shift that contains the one held and adds about what is missing.
        const Pattern *best = nullptr;
        auto score = [&](const Pattern &p) {
            const bool contains = p.start <= sh.start && p.start + p.length >= sh.end;
            const long long extra = (p.length - have) * RetailInstance::kIntervalMinutes;
            return std::pair<int, long long>(contains ? 0 : 1, extra >= need ? extra - need : 100000 + need - extra);
        };
        for (const Pattern &p : offer[size_t(sh.start / kPerDay)]) {
            const long long extra = (p.length - have) * RetailInstance::kIntervalMinutes;
            if (extra > 0 && minutes[s] + extra <= inst.staff[size_t(s)].maxMinutes && (!best || score(p) < score(*best)))
                best = &p;
        }
        if (best) {
            minutes[s] += (best->length - have) * RetailInstance::kIntervalMinutes;
            sh.start = best->start;
            sh.end = best->start + best->length;
        }
    }
    // Still short (e.g. two 9 h shifts against a 20 h minimum and maximum): add a shortest shift
    // on a free day, then fit the lengths into [min, max] one length step at a time.
    const std::vector<int> lengths = lengthsOf(opt);
    for (int s : order) {
        const RetailStaff &st = inst.staff[size_t(s)];
        if (minutes[s] >= st.minMinutes || lengths.empty())
            continue;
        std::vector<RetailShift> mine, others;
        for (RetailShift &sh : out)
            (sh.staff == s ? mine : others).push_back(sh);
        const std::vector<char> saved = works[s];
        const long long savedMinutes = minutes[s];
        for (int d = 0; d < D && !mine.empty(); ++d) {
            if (!canWork(s, d, 0))
                continue;
            const int start = offer[size_t(d)].empty() ? d * kPerDay : offer[size_t(d)].front().start;
            const int len = lengths.front();
            mine.push_back({s, std::min(start, (d + 1) * kPerDay - len), std::min(start, (d + 1) * kPerDay - len) + len, {}});
            works[s][size_t(d)] = 1;
            break;
        }
        if (fitLengths(mine, lengths, st.minMinutes, st.maxMinutes)) {
            long long total = 0;
            for (const RetailShift &sh : mine)
                total += (sh.end - sh.start) * RetailInstance::kIntervalMinutes;
            minutes[s] = total;
            others.insert(others.end(), mine.begin(), mine.end());
            out = std::move(others);
        } else {
            works[s] = saved;
            minutes[s] = savedMinutes;
        }
    }
    return out;
}

/**
 * Step 2 for one group of people: binary person × (day, offered shift); hard one shift a day,
 * minutes and consecutive days; soft cover of [lo − offset, hi − offset] per interval, where
 * offset is what the other people are (or are expected to be) staffing.
 */
struct GroupOutcome {
    std::vector<RetailShift> shifts;
    bool solved = false;
    bool repaired = false; ///< someone is below their minimum minutes (soft in the program)
    double objective = kNaN;
    int columns = 0;
};

GroupOutcome staffLevel(const RetailInstance &inst, const RetailOptions &opt, const CoverRows &cover,
                        const std::vector<std::vector<Pattern>> &offer, const std::vector<int> &members,
                        const std::vector<double> &offset, double limit, const std::atomic_bool *cancel)
{
    const int D = inst.days;
    const int N = inst.intervals();
    const int C = opt.maxConsecutiveDays;
    const int G = int(members.size());
    MipModel m;
    for (int t = 0; t < N; ++t)
        m.addRow(cover.lo[size_t(t)] - offset[size_t(t)], cover.hi[size_t(t)] - offset[size_t(t)], "cover" + std::to_string(t));
    std::vector<int> linkRow0(static_cast<size_t>(D));
    for (int d = 0; d < D; ++d) {
        linkRow0[size_t(d)] = m.rows;
        for (size_t j = 0; j < offer[size_t(d)].size(); ++j)
            m.addRow(0.0, 0.0, "link" + std::to_string(d) + "_" + std::to_string(j));
    }
    const int windows = std::max(0, D - C);
    struct StaffRows {
        int day0, minutes, window0;
    };
    std::vector<StaffRows> sr(static_cast<size_t>(G));
    for (int g = 0; g < G; ++g) {
        const RetailStaff &st = inst.staff[size_t(members[size_t(g)])];
        sr[size_t(g)].day0 = m.rows;
        for (int d = 0; d < D; ++d)
            m.addRow(0.0, 0.0, "day" + std::to_string(g) + "_" + std::to_string(d));
        sr[size_t(g)].minutes = m.addRow(st.minMinutes, st.maxMinutes, "minutes" + std::to_string(g));
        // Minimum minutes are soft here (CBC then always has a solution to improve), priced above
        // any cover gain: 10 × the larger cover weight per 15 minutes short. Shortfalls left are
        // repaired greedily afterwards.
        m.addColumn(0.0, st.minMinutes, 10.0 * std::max(opt.weightUnder, opt.weightOver) / RetailInstance::kIntervalMinutes,
                    false, "short" + std::to_string(g), {{sr[size_t(g)].minutes, 1.0}});
        sr[size_t(g)].window0 = m.rows;
        for (int w = 0; w < windows; ++w)
            m.addRow(-kMipInfinity, C, "window" + std::to_string(g) + "_" + std::to_string(w));
    }
    struct ZCol {
        int member, day, j, column;
    };
    std::vector<ZCol> zcols;
    for (int g = 0; g < G; ++g)
        for (int d = 0; d < D; ++d) {
            for (size_t j = 0; j < offer[size_t(d)].size(); ++j) {
                const Pattern &p = offer[size_t(d)][j];
                const int col = m.addColumn(0.0, 1.0, 0.0, true, "z",
                                            {{linkRow0[size_t(d)] + int(j), 1.0},
                                             {sr[size_t(g)].day0 + d, 1.0},
                                             {sr[size_t(g)].minutes, double(p.length * RetailInstance::kIntervalMinutes)}});
                zcols.push_back({g, d, int(j), col});
            }
            std::vector<std::pair<int, double>> e{{sr[size_t(g)].day0 + d, -1.0}};
            for (int w = std::max(0, d - C); w <= std::min(d, windows - 1); ++w)
                e.emplace_back(sr[size_t(g)].window0 + w, 1.0);
            m.addColumn(0.0, 1.0, 0.0, false, "works", e);
        }
    for (int d = 0; d < D; ++d)
        for (size_t j = 0; j < offer[size_t(d)].size(); ++j) {
            const Pattern &p = offer[size_t(d)][j];
            std::vector<std::pair<int, double>> e;
            for (int t = p.start; t < p.start + p.length; ++t)
                e.emplace_back(t, 1.0);
            e.emplace_back(linkRow0[size_t(d)] + int(j), -1.0);
            m.addColumn(0.0, G, 0.0, false, "count", e);
        }
    addCover(m, cover, opt, 0);
    GroupOutcome out;
    out.columns = int(zcols.size());
    if (cancel && cancel->load())
        return out;
    const MipOutcome o = solveMipWithin(m, limit, cancel);
    if (o.solution.empty())
        return out;
    std::vector<long long> minutes(size_t(G), 0);
    for (const ZCol &z : zcols)
        if (o.solution[size_t(z.column)] > 0.5) {
            const Pattern &p = offer[size_t(z.day)][size_t(z.j)];
            out.shifts.push_back({members[size_t(z.member)], p.start, p.start + p.length, {}});
            minutes[size_t(z.member)] += p.length * RetailInstance::kIntervalMinutes;
        }
    out.repaired = false;
    for (int g = 0; g < G; ++g) {
        const RetailStaff &st = inst.staff[size_t(members[size_t(g)])];
        if (minutes[size_t(g)] > st.maxMinutes) { // CBC stopped from outside: not a solution
            out.shifts.clear();
            return out;
        }
        out.repaired = out.repaired || minutes[size_t(g)] < st.minMinutes;
    }
    out.solved = true;
    out.objective = o.objective;
    return out;
}

} // namespace

RetailResult solveRetail(const RetailInstance &inst, double timeLimitSeconds, const RetailOptions &opt,
                         const std::atomic_bool *cancel)
{
    QElapsedTimer clock;
    clock.start();
    RetailResult r;
    r.bestBound = kNaN;
    const int S = inst.staffCount();
    const int N = inst.intervals();
    const CoverRows cover = coverRanges(inst);

    const double limit1 = timeLimitSeconds > 0 ? 0.3 * timeLimitSeconds : 0.0;
    const std::vector<std::pair<Pattern, int>> chosen = aggregate(inst, opt, cover, limit1, cancel, r);

    const std::vector<std::vector<Pattern>> offer = offered(inst, opt, chosen, std::max(1, opt.maxShiftsPerDay));

    // Step 2, by groups of people small enough for CBC (every group a stride through the staff
    // list, so each mixes full- and part-timers). A group sees as fixed what earlier groups
    // staff and, as expected, step 1's staffing times the share of minutes of later groups.
    int perPerson = 0;
    for (const std::vector<Pattern> &o : offer)
        perPerson += int(o.size());
    const int groupSize = std::clamp(opt.maxGroupColumns / std::max(1, perPerson), 1, std::max(1, S));
    const int groups = (S + groupSize - 1) / std::max(1, groupSize);
    r.groups = groups;
    std::vector<double> step1(size_t(N), 0.0), fixed(size_t(N), 0.0);
    for (const auto &[p, n] : chosen)
        for (int t = p.start; t < p.start + p.length; ++t)
            step1[size_t(t)] += n;
    double totalWeight = 0.0;
    for (const RetailStaff &st : inst.staff)
        totalWeight += 0.5 * (st.minMinutes + st.maxMinutes);
    std::vector<std::pair<Pattern, int>> left = chosen;
    double laterWeight = totalWeight;
    double overrun = 0.0;
    r.modelObjective = 0.0;
    for (int g = 0; g < groups; ++g) {
        std::vector<int> members;
        double weight = 0.0;
        for (int s = g; s < S; s += groups) {
            members.push_back(s);
            weight += 0.5 * (inst.staff[size_t(s)].minMinutes + inst.staff[size_t(s)].maxMinutes);
        }
        laterWeight -= weight;
        const double share = totalWeight > 0 ? std::max(0.0, laterWeight) / totalWeight : 0.0;
        std::vector<double> offset(static_cast<size_t>(N));
        for (int t = 0; t < N; ++t)
            offset[size_t(t)] = fixed[size_t(t)] + (g + 1 < groups ? share * step1[size_t(t)] : 0.0);
        // Each group's share of the time left, less what earlier groups overran theirs by (model
        // building, CBC's root work before its first event); none left: greedy.
        double limit = 0.0;
        bool skip = false;
        if (timeLimitSeconds > 0) {
            const double left = timeLimitSeconds - clock.elapsed() / 1000.0;
            limit = left / (groups - g) - (g > 0 ? overrun / g : 0.0);
            skip = limit < 0.5;
        }
        const qint64 groupStart = clock.elapsed();
        GroupOutcome o;
        if (!skip && opt.staffLevelProgram)
            o = staffLevel(inst, opt, cover, offer, members, offset, limit, cancel);
        if (timeLimitSeconds > 0 && !skip)
            overrun += std::max(0.0, (clock.elapsed() - groupStart) / 1000.0 - limit);
        r.staffColumns += o.columns;
        if (!o.solved) {
            o.shifts = greedy(inst, opt, members, left, offer, true, g + 1 == groups);
            r.greedyFallback = true;
        } else {
            if (o.repaired) {
                std::vector<std::pair<Pattern, int>> none;
                o.shifts = greedy(inst, opt, members, none, offer, false, false, std::move(o.shifts));
                r.repaired = true;
            }
            r.modelObjective += o.objective;
            for (const RetailShift &sh : o.shifts) // claim step 1's shifts the group took
                for (auto &[p, n] : left)
                    if (n > 0 && p.start == sh.start && p.start + p.length == sh.end) {
                        --n;
                        break;
                    }
        }
        for (const RetailShift &sh : o.shifts) {
            for (int t = sh.start; t < sh.end; ++t)
                fixed[size_t(t)] += 1.0;
            r.roster.shifts.push_back(sh);
        }
    }
    if (groups != 1 || r.greedyFallback || r.repaired)
        r.modelObjective = kNaN; // only a single group's model prices the whole roster
    assignTasks(inst, r.roster);
    r.hasSolution = true;
    r.objective = checkRetail(inst, r.roster, opt).objective;
    r.seconds = clock.elapsed() / 1000.0;
    return r;
}

} // namespace tessera::rostering

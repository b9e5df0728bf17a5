// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/solver.h"

#include "core/error.h"


#include <QElapsedTimer>
#include <QStringList>

#include <algorithm>
#include <cmath>

namespace tessera {

namespace {
constexpr double kInf = 1e30; // COIN's infinity convention (COIN_DBL_MAX also works)
constexpr double kEps = 1e-6;

QString defaultLabel(int i)
{
    return Tr::tr("interval %1").arg(i);
}

QString describeIntervals(const std::vector<int> &ivs, const std::function<QString(int)> &label)
{
    auto name = label ? label : defaultLabel;
    QStringList parts;
    const int shown = std::min<int>(int(ivs.size()), 6);
    for (int i = 0; i < shown; ++i)
        parts << name(ivs[i]);
    QString s = parts.join(QStringLiteral(", "));
    if (int(ivs.size()) > shown)
        s += Tr::tr(" and %n more", nullptr, int(ivs.size()) - shown);
    return s;
}

std::vector<std::vector<int>> workedPerShift(const SchedulingProblem &p)
{
    std::vector<std::vector<int>> out;
    out.reserve(p.shifts.size());
    for (const Shift &s : p.shifts)
        out.push_back(s.workedIntervals(p.horizon(), p.cyclic));
    return out;
}
} // namespace

QString statusName(SolveStatus s)
{
    switch (s) {
    case SolveStatus::Optimal: return QStringLiteral("optimal");
    case SolveStatus::Feasible: return QStringLiteral("feasible");
    case SolveStatus::Infeasible: return QStringLiteral("infeasible");
    case SolveStatus::TimeLimit: return QStringLiteral("timeLimit");
    case SolveStatus::Cancelled: return QStringLiteral("cancelled");
    case SolveStatus::Error: break;
    }
    return QStringLiteral("error");
}

SolveStatus statusFromName(const QString &name)
{
    for (SolveStatus s : {SolveStatus::Optimal, SolveStatus::Feasible, SolveStatus::Infeasible, SolveStatus::TimeLimit,
                          SolveStatus::Cancelled, SolveStatus::Error})
        if (statusName(s) == name)
            return s;
    throw InputError(QString(), 0, QStringLiteral("status"), Tr::tr("unknown solve status '%1'").arg(name));
}

bool SolveResult::operator==(const SolveResult &o) const
{
    auto same = [](double a, double b) { return a == b || (std::isnan(a) && std::isnan(b)); };
    return status == o.status && same(objective, o.objective) && same(bestBound, o.bestBound) && same(gap, o.gap)
        && seconds == o.seconds && shiftIds == o.shiftIds && shiftCounts == o.shiftCounts && intervals == o.intervals
        && diagnosis == o.diagnosis && placedShifts == o.placedShifts;
}

std::vector<IntervalCoverage> evaluateCoverage(const SchedulingProblem &p, const std::vector<int> &counts)
{
    const int T = p.horizon();
    std::vector<double> scheduled(T, 0.0);
    for (size_t s = 0; s < p.shifts.size() && s < counts.size(); ++s) {
        if (counts[s] == 0)
            continue;
        for (int t : p.shifts[s].workedIntervals(T, p.cyclic))
            scheduled[t] += counts[s];
    }
    std::vector<IntervalCoverage> out(T);
    for (int t = 0; t < T; ++t) {
        IntervalCoverage &c = out[t];
        c.index = t;
        c.required = p.demand[t];
        c.scheduled = scheduled[t];
        c.under = std::max(0.0, c.required - c.scheduled);
        c.over = std::max(0.0, c.scheduled - c.required);
    }
    return out;
}

double evaluateObjective(const SchedulingProblem &p, const std::vector<int> &counts)
{
    double z = 0.0;
    for (size_t s = 0; s < p.shifts.size() && s < counts.size(); ++s)
        z += p.shifts[s].cost * counts[s];
    for (const IntervalCoverage &c : evaluateCoverage(p, counts)) {
        if (p.coverage.mode == CoverageMode::Soft)
            z += p.coverage.underPenalty * c.under;
        z += p.coverage.overPenalty * c.over;
    }
    return z;
}

CoverageSummary summarize(const SchedulingProblem &p, const SolveResult &r)
{
    CoverageSummary sum;
    const double h = p.intervalMinutes / 60.0;
    for (size_t s = 0; s < r.shiftCounts.size(); ++s) {
        // By id: the catalog may have been edited since the solve (a deleted shift costs nothing).
        const QString &id = s < r.shiftIds.size() ? r.shiftIds[s] : QString();
        const auto it = std::find_if(p.shifts.begin(), p.shifts.end(), [&](const Shift &sh) { return sh.id == id; });
        if (it != p.shifts.end())
            sum.shiftCost += it->cost * r.shiftCounts[s];
        sum.shifts += r.shiftCounts[s];
    }
    for (const IntervalCoverage &c : r.intervals) {
        sum.requiredAgentHours += c.required * h;
        sum.scheduledAgentHours += c.scheduled * h;
        sum.underAgentHours += c.under * h;
        sum.overAgentHours += c.over * h;
    }
    if (sum.requiredAgentHours > 0) {
        sum.underPercent = 100.0 * sum.underAgentHours / sum.requiredAgentHours;
        sum.overPercent = 100.0 * sum.overAgentHours / sum.requiredAgentHours;
    }
    return sum;
}

CoveringModel buildCoveringModel(const SchedulingProblem &p, const ModelVariant &v)
{
    p.validate();
    const int T = p.horizon();
    const auto worked = workedPerShift(p);
    const bool soft = p.coverage.mode == CoverageMode::Soft || v.elastic;
    const bool priceOver = p.coverage.overPenalty > 0.0 && !v.elastic && !v.minimizeHeadcount;
    const double floorLevel = v.dropMinStaffing ? 0.0 : p.constraints.minStaffing;

    std::vector<bool> coveredByAny(T, false);
    for (const auto &w : worked)
        for (int t : w)
            coveredByAny[t] = true;

    CoveringModel m;
    // --- rows
    std::vector<int> covRow(T, -1), floorRow(T, -1);
    for (int t = 0; t < T; ++t) {
        const double d = p.demand[t];
        const bool needed = d > 0.0 || (priceOver && coveredByAny[t]);
        if (!needed)
            continue;
        covRow[t] = m.addRow(d, priceOver ? d : kInf, "cover_" + std::to_string(t));
    }
    if (floorLevel > 0.0)
        for (int t = 0; t < T; ++t)
            if (p.demand[t] > 0.0 && p.demand[t] < floorLevel)
                floorRow[t] = m.addRow(floorLevel, kInf, "floor_" + std::to_string(t));
    const int perDay = p.intervalsPerDay();
    const int days = (T + perDay - 1) / perDay;
    std::vector<int> dayRow(days, -1);
    if ((p.constraints.maxHeadcount > 0 && !v.dropHeadcount) || v.minimizeHeadcount)
        for (int k = 0; k < days; ++k)
            dayRow[k] = m.addRow(-kInf, v.minimizeHeadcount ? 0.0 : double(p.constraints.maxHeadcount),
                               "headcount_day_" + std::to_string(k));
    int ptRow = -1;
    const double share = p.constraints.maxPartTimeShare;
    const bool anyPartTime = std::any_of(p.shifts.begin(), p.shifts.end(), [](const Shift &s) { return s.partTime; });
    if (!v.dropPartTimeShare && share < 1.0 && anyPartTime)
        ptRow = m.addRow(-kInf, 0.0, "part_time_share");

    // --- columns
    // Entries are pushed first (entry()), then the column closes them (no entries of its own).
    auto addCol = [&](double lo, double up, double cost, bool integer, std::string name) {
        return m.addColumn(lo, up, cost, integer, std::move(name), {});
    };
    auto entry = [&](int row, double val) {
        m.rowIndex.push_back(row);
        m.value.push_back(val);
    };
    for (size_t s = 0; s < p.shifts.size(); ++s) {
        const Shift &sh = p.shifts[s];
        for (int t : worked[s]) {
            if (covRow[t] >= 0)
                entry(covRow[t], 1.0);
            if (floorRow[t] >= 0)
                entry(floorRow[t], 1.0);
        }
        if (dayRow[sh.start / perDay] >= 0)
            entry(dayRow[sh.start / perDay], 1.0);
        if (ptRow >= 0)
            entry(ptRow, (sh.partTime ? 1.0 : 0.0) - share);
        const double up = (sh.max >= 0 && !v.dropMaxCounts) ? double(sh.max) : kInf;
        const double cost = (v.elastic || v.minimizeHeadcount) ? 0.0 : sh.cost;
        addCol(0.0, up, cost, true, "x_" + sh.id.toStdString());
    }
    m.shiftColumns = m.columns;
    m.shortfallColumn.assign(T, -1);
    if (soft) {
        const double pen = v.elastic ? 1.0 : p.coverage.underPenalty;
        for (int t = 0; t < T; ++t)
            if (covRow[t] >= 0) {
                entry(covRow[t], 1.0);
                // Elastic (diagnosis): the staffing floor may fall short too, or a floor that
                // cannot be met makes the elastic LP infeasible and no interval gets named.
                if (v.elastic && floorRow[t] >= 0)
                    entry(floorRow[t], 1.0);
                m.shortfallColumn[t] = addCol(0.0, kInf, pen, false, "under_" + std::to_string(t));
            }
    }
    if (priceOver)
        for (int t = 0; t < T; ++t)
            if (covRow[t] >= 0) {
                entry(covRow[t], -1.0);
                addCol(0.0, kInf, p.coverage.overPenalty, false, "over_" + std::to_string(t));
            }
    if (v.minimizeHeadcount) {
        for (int k = 0; k < days; ++k)
            entry(dayRow[k], -1.0);
        m.headcountColumn = addCol(0.0, kInf, 1.0, true, "headcount");
    }
    return m;
}

SolveResult solveSchedule(const SchedulingProblem &p, const SolveOptions &options, const std::atomic_bool *cancel,
                          const std::function<void(const SolveProgress &)> &progress)
{
    QElapsedTimer wall;
    wall.start();
    SolveResult r;
    for (const Shift &s : p.shifts)
        r.shiftIds.push_back(s.id);

    const CoveringModel m = buildCoveringModel(p, {}); // validates; throws InputError
    const bool hard = p.coverage.mode == CoverageMode::Hard;
    auto finishInfeasible = [&](std::vector<Diagnosis> d) {
        r.status = SolveStatus::Infeasible;
        r.objective = r.bestBound = r.gap = kNaN;
        r.shiftCounts.clear();
        r.intervals.clear();
        r.diagnosis = std::move(d);
        r.seconds = wall.elapsed() / 1000.0;
        return r;
    };
    if (hard) {
        // Cheap static checks first: they explain most infeasible catalogs without a solve.
        std::vector<Diagnosis> d = diagnoseInfeasibility(p, options);
        const bool isStatic = !d.empty() && (d.front().kind == QLatin1String("uncovered") || d.front().kind == QLatin1String("maxCount"));
        if (isStatic)
            return finishInfeasible(std::move(d));
    }

    const MipOutcome o = solveMip(m, options.timeLimitSeconds, options.relativeGap, cancel, progress);
    r.seconds = wall.elapsed() / 1000.0;
    if (!o.solution.empty()) {
        r.shiftCounts.resize(p.shifts.size());
        for (size_t s = 0; s < p.shifts.size(); ++s)
            r.shiftCounts[s] = int(std::lround(o.solution[s]));
        r.intervals = evaluateCoverage(p, r.shiftCounts);
        r.objective = evaluateObjective(p, r.shiftCounts);
        r.bestBound = std::isnan(o.bestBound) ? kNaN : std::min(o.bestBound, r.objective);
        r.gap = std::fabs(r.objective) > 1e-9 ? (r.objective - r.bestBound) / std::fabs(r.objective)
                                              : std::fabs(r.objective - r.bestBound);
        if (r.gap < 1e-9)
            r.gap = 0.0;
    } else {
        r.bestBound = o.bestBound;
    }

    if (o.cancelled) {
        r.status = SolveStatus::Cancelled;
    } else if (o.provenOptimal) {
        // Proven optimal with no gap tolerance, or a closed gap: optimal. Stopped at the
        // planner's gap tolerance: feasible, with the gap CBC proved.
        const bool closed = options.relativeGap <= 0.0 || r.gap <= 1e-9;
        r.status = closed ? SolveStatus::Optimal : SolveStatus::Feasible;
        if (r.status == SolveStatus::Optimal) {
            r.bestBound = r.objective;
            r.gap = 0.0;
        }
    } else if (o.provenInfeasible) {
        return finishInfeasible(hard ? diagnoseInfeasibility(p, options) : std::vector<Diagnosis>{});
    } else if (o.timeLimitReached) {
        r.status = SolveStatus::TimeLimit;
    } else {
        r.status = o.solution.empty() ? SolveStatus::Error : SolveStatus::Feasible;
    }
    return r;
}

std::vector<Diagnosis> diagnoseInfeasibility(const SchedulingProblem &p, const SolveOptions &options)
{
    p.validate();
    const int T = p.horizon();
    const auto worked = workedPerShift(p);
    const auto &label = options.intervalLabel;
    std::vector<Diagnosis> out;

    // 1. Demand that no usable shift works.
    std::vector<bool> covered(T, false);
    std::vector<double> capacity(T, 0.0); // Σ max over shifts working t (inf when unlimited)
    for (size_t s = 0; s < p.shifts.size(); ++s) {
        if (p.shifts[s].max == 0)
            continue;
        for (int t : worked[s]) {
            covered[t] = true;
            capacity[t] += p.shifts[s].max < 0 ? kInf : p.shifts[s].max;
        }
    }
    std::vector<int> uncovered;
    for (int t = 0; t < T; ++t)
        if (p.demand[t] > 0.0 && !covered[t])
            uncovered.push_back(t);
    if (!uncovered.empty()) {
        out.push_back({QStringLiteral("uncovered"), uncovered,
                       Tr::tr("No shift in the catalog works %n interval(s) that need staff (%1). Add or extend a shift "
                          "that covers them, or switch coverage to soft.",
                          nullptr, int(uncovered.size()))
                           .arg(describeIntervals(uncovered, label))});
    }
    // 2. Demand above what the shifts' max counts allow.
    std::vector<int> capped;
    double worstNeed = 0, worstCap = 0;
    bool floorBinds = false; // the worst case's need comes from the staffing floor, not demand
    for (int t = 0; t < T; ++t) {
        const double need = std::max(p.demand[t], p.demand[t] > 0 ? p.constraints.minStaffing : 0.0);
        if (covered[t] && need > capacity[t] + kEps) {
            if (capped.empty() || need - capacity[t] > worstNeed - worstCap) {
                worstNeed = need;
                worstCap = capacity[t];
                floorBinds = need > p.demand[t];
            }
            capped.push_back(t);
        }
    }
    if (!capped.empty()) {
        const QString required = floorBinds ? Tr::tr("%1 required by the staffing floor").arg(std::ceil(worstNeed - kEps))
                                            : Tr::tr("%1 required").arg(std::ceil(worstNeed - kEps));
        out.push_back({QStringLiteral("maxCount"), capped,
                       Tr::tr("The max counts of the shifts that work %n interval(s) (%1) allow fewer agents than "
                          "needed (e.g. %2 allowed, %3). Raise max on those shifts, add shifts%4.",
                          nullptr, int(capped.size()))
                           .arg(describeIntervals(capped, label))
                           .arg(worstCap)
                           .arg(required, floorBinds ? Tr::tr(" or lower the floor") : QString())});
    }
    if (!out.empty())
        return out;

    // 3. The LP with every constraint: feasible means nothing to explain at this level.
    if (solveLpRelaxation(buildCoveringModel(p, {})))
        return out;

    // Intervals an elastic LP leaves short, with all side constraints in force.
    std::vector<int> shortIntervals;
    {
        ModelVariant ev;
        ev.elastic = true;
        const CoveringModel em = buildCoveringModel(p, ev);
        std::vector<double> x;
        if (solveLpRelaxation(em, &x))
            for (int t = 0; t < T; ++t)
                if (em.shortfallColumn[t] >= 0 && x[em.shortfallColumn[t]] > kEps)
                    shortIntervals.push_back(t);
    }
    const QString where = describeIntervals(shortIntervals, label);

    if (p.constraints.maxHeadcount > 0) {
        ModelVariant v;
        v.dropHeadcount = true;
        if (solveLpRelaxation(buildCoveringModel(p, v))) {
            // Smallest daily headcount that still covers demand: a small MIP minimising h.
            ModelVariant hv;
            hv.minimizeHeadcount = true;
            const CoveringModel hm = buildCoveringModel(p, hv);
            const MipOutcome o = solveMip(hm, 10.0, 0.0);
            QString need;
            if (!o.solution.empty())
                need = Tr::tr(" Coverage needs a max headcount of at least %1.").arg(std::lround(o.solution[hm.headcountColumn]));
            out.push_back({QStringLiteral("headcount"), shortIntervals,
                           Tr::tr("Max headcount %1 per day is too low to cover %2.%3 Raise it, or use soft coverage.")
                               .arg(p.constraints.maxHeadcount)
                               .arg(where, need)});
        }
    }
    if (p.constraints.maxPartTimeShare < 1.0) {
        ModelVariant v;
        v.dropPartTimeShare = true;
        if (solveLpRelaxation(buildCoveringModel(p, v)))
            out.push_back({QStringLiteral("partTimeShare"), shortIntervals,
                           Tr::tr("Max part-time share %1 % leaves %2 uncovered: only part-time shifts can staff them "
                              "within the other limits. Raise the share or add full-time shifts there.")
                               .arg(p.constraints.maxPartTimeShare * 100.0)
                               .arg(where)});
    }
    if (p.constraints.minStaffing > 0.0) {
        ModelVariant v;
        v.dropMinStaffing = true;
        if (solveLpRelaxation(buildCoveringModel(p, v)))
            out.push_back({QStringLiteral("minStaffing"), shortIntervals,
                           Tr::tr("The staffing floor of %1 agents cannot be met in %2 within the other limits. "
                              "Lower the floor.")
                               .arg(p.constraints.minStaffing)
                               .arg(where)});
    }
    {
        ModelVariant v;
        v.dropMaxCounts = true;
        if (solveLpRelaxation(buildCoveringModel(p, v)))
            out.push_back({QStringLiteral("maxCount"), shortIntervals,
                           Tr::tr("Shift max counts, together with the other limits, leave %1 uncovered. Raise max on "
                              "the shifts that work them.")
                               .arg(where)});
    }
    if (out.empty())
        out.push_back({QStringLiteral("constraints"), shortIntervals,
                       Tr::tr("No single limit explains it: the side constraints together leave %1 uncovered. Relax "
                          "several of them, or use soft coverage to see the shortfall priced.")
                           .arg(where)});
    return out;
}

} // namespace tessera

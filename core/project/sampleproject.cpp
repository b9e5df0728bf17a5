// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/project/sampleproject.h"
#include <algorithm>
#include <numeric>
#include <QRandomGenerator>

#include "core/error.h"
#include "core/io/forecastcsv.h"

#include <QLocale>

#include <cmath>

namespace tessera {

std::vector<Shift> generateWeekCatalog(const IntervalGrid &grid, const CatalogTemplate &t)
{
    std::vector<Shift> out;
    const int len = grid.intervalMinutes();
    const int perHour = 60 / len;
    const int meal = std::max(1, (30 + len - 1) / len); // a 30-minute meal, at least one interval
    const int ft = int(std::lround(t.fullTimeHours * perHour)) + meal;
    const int pt = int(std::lround(t.partTimeHours * perHour));
    const QLocale c = QLocale::c();
    for (int d = 0; d < t.days; ++d) {
        for (int h = t.firstStartHour; h <= t.lastStartHour; ++h) {
            const QDate date = grid.start().toTimeZone(grid.timeZone()).date().addDays(d);
            const QDateTime local(date, QTime(h, 0), grid.timeZone());
            const int start = grid.indexOfStart(local);
            if (!local.isValid() || start < 0 || local.time() != QTime(h, 0))
                continue; // outside the horizon, or an hour the DST change skips
            const QString day = c.toString(grid.intervalStart(start).toTimeZone(grid.timeZone()), QStringLiteral("ddd HH:mm"));
            Shift full;
            full.id = day + QStringLiteral(" FT");
            full.start = start;
            full.end = start + ft;
            full.breaks.push_back({start + 4 * perHour, start + 4 * perHour + meal});
            full.cost = t.fullTimeHours;
            out.push_back(full);
            Shift part;
            part.id = day + QStringLiteral(" PT");
            part.start = start;
            part.end = start + pt;
            part.cost = t.partTimeHours;
            part.partTime = true;
            out.push_back(part);
        }
    }
    return out;
}

namespace {
bool onSameGrid(const Project &p, const IntervalForecast &f)
{
    return p.intervalMinutes == f.intervalMinutes && p.effectiveStart() == f.start
        && p.intervalCount() == int(f.intervals.size());
}

/// Grid, first-queue forecast and (when the horizon changed) the catalog; see the header.
bool applyGrid(Project &p, const IntervalForecast &f, const QByteArray &timeZone)
{
    const bool sameGrid = onSameGrid(p, f);
    p.timeZone = timeZone;
    p.start = f.start;
    p.intervalMinutes = f.intervalMinutes;
    p.forecast = f.intervals;
    p.demand.clear();
    p.cyclic = f.intervals.size() == size_t(7 * 1440 / f.intervalMinutes);
    if (sameGrid && !p.shifts.empty())
        return false;
    CatalogTemplate t;
    t.days = std::max<int>(1, int(f.intervals.size()) / (1440 / f.intervalMinutes));
    p.shifts = generateWeekCatalog(p.grid(), t);
    if (!p.cyclic)
        std::erase_if(p.shifts, [&](const Shift &s) { return s.end > p.intervalCount(); });
    p.lastResult.reset();
    return true;
}
} // namespace

bool applyImportedForecast(Project &p, const std::vector<std::pair<QString, IntervalForecast>> &queues,
                           const QByteArray &timeZone)
{
    if (queues.empty())
        throw InputError(Tr::tr("the file has no forecast"));
    std::vector<Queue> previous;
    for (int q = 0; q < p.queueCount(); ++q)
        previous.push_back(p.queue(q));
    auto staffingFor = [&](const QString &name, const StaffingParams &fallback) {
        for (const Queue &q : previous)
            if (q.name == name)
                return q.staffing;
        return fallback;
    };
    const StaffingParams first = staffingFor(queues.front().first, p.staffing);
    p.queueName = queues.front().first;
    p.staffing = first;
    p.moreQueues.clear();
    for (size_t k = 1; k < queues.size(); ++k)
        p.moreQueues.push_back(Queue{queues[k].first, staffingFor(queues[k].first, first), queues[k].second.intervals});
    return applyGrid(p, queues.front().second, timeZone);
}

bool applyImportedForecast(Project &p, const IntervalForecast &f, const QByteArray &timeZone)
{
    if (!onSameGrid(p, f))
        p.moreQueues.clear(); // their forecasts belong to the old horizon
    return applyGrid(p, f, timeZone);
}

Project makeSampleProject()
{
    const QTimeZone tz("Asia/Jerusalem");
    const IntervalForecast f = importForecastCsv(QStringLiteral(":/sample/anonymous-bank-1999-02-07.csv"), tz, 30);
    Project p;
    p.name = Tr::tr("Anonymous Bank, week of 7 Feb 1999 (sample)");
    p.timeZone = "Asia/Jerusalem";
    p.start = f.start;
    p.intervalMinutes = f.intervalMinutes;
    p.cyclic = true;
    p.forecast = f.intervals;
    p.staffing = StaffingParams(); // 80 % in 20 s, 30 % shrinkage, no occupancy cap
    p.staffing.serviceLevelTarget = 0.80;
    p.staffing.serviceLevelSeconds = 20.0;
    p.staffing.shrinkage = 0.30;
    p.staffing.maxOccupancy = 1.0;
    p.shifts = generateWeekCatalog(p.grid());
    p.constraints.maxPartTimeShare = 0.40;
    p.coverage = Coverage{CoverageMode::Hard, 100.0, 0.0};
    p.solveTimeLimitSeconds = 60.0;
    return p;
}

std::vector<ShiftTemplate> sampleWorkPlans(int L)
{
    const auto grid = [L](int minutes) { return (minutes + L - 1) / L * L; };
    BreakRule rest;
    rest.durationMinutes = grid(15);
    rest.paid = true;
    rest.earliestStartMinutes = grid(90);
    rest.latestStartMinutes = grid(150);
    BreakRule meal;
    meal.durationMinutes = grid(30);
    meal.earliestStartMinutes = grid(210);
    meal.latestStartMinutes = grid(300);
    meal.minGapMinutes = grid(60);
    const auto plan = [&](const char *id, int first, int last, int step, int length) {
        ShiftTemplate t;
        t.id = QString::fromLatin1(id);
        t.earliestStartMinutes = grid(first);
        t.latestStartMinutes = grid(last);
        t.startIncrementMinutes = grid(step);
        t.lengthsMinutes = {grid(length)};
        t.breaks = {rest, meal};
        t.costPerPaidHour = 1.0;
        t.eveningPremium = 0.15;
        t.weekendPremium = 0.20;
        t.weekendDays = {5, 6};
        return t;
    };
    std::vector<ShiftTemplate> out = {plan("Early", 6 * 60, 9 * 60, 30, 510), plan("Day", 9 * 60, 13 * 60, 30, 510),
                                      plan("Late", 13 * 60, 17 * 60, 30, 510), plan("Night", 21 * 60, 23 * 60, 60, 510),
                                      plan("Part-time", 8 * 60, 20 * 60, 60, 240)};
    out.back().breaks = {rest};
    return out;
}

rostering::AgentRoster makeSampleTeam(const Project &p, const std::vector<rostering::ShiftDemand> &demand, quint32 seed)
{
    using namespace rostering;
    AgentRoster r = p.rosterBase();
    Contract ft;
    ft.id = QStringLiteral("FT");
    ft.minMinutesPerWeek = 32 * 60;
    ft.maxMinutesPerWeek = 40 * 60;
    ft.maxConsecutiveDays = 5;
    ft.minConsecutiveDaysOff = 2;
    ft.minRestMinutes = 11 * 60;
    ft.maxWorkingWeekends = std::max(1, r.days / 7);
    Contract pt = ft;
    pt.id = QStringLiteral("PT");
    pt.minMinutesPerWeek = 8 * 60;
    pt.maxMinutesPerWeek = 24 * 60;
    r.contracts = {ft, pt};

    // Scheduled full- and part-time shifts per skill set (a shift's skill and skills, sorted),
    // in first-seen order.
    std::vector<std::pair<QStringList, std::pair<int, int>>> bySkills;
    for (const ShiftDemand &d : demand) {
        QStringList set = d.skills;
        if (!d.skill.isEmpty())
            set << d.skill;
        set.removeAll(QString());
        set.sort();
        set.removeDuplicates();
        auto it = std::find_if(bySkills.begin(), bySkills.end(), [&set](const auto &e) { return e.first == set; });
        if (it == bySkills.end())
            it = bySkills.insert(bySkills.end(), {set, {0, 0}});
        (d.shift.partTime ? it->second.second : it->second.first) += d.count;
    }
    // Shift codes as the roster solver names them ("HH:MM-HH:MM"), for shift requests.
    QStringList codes;
    const AgentNrpMapping map = mapToNrp(r, demand, {});
    for (const ShiftType &t : map.instance.shifts)
        codes << t.id;
    const int weeks = std::max(1, r.days / 7);
    const auto sized = [weeks](int shifts) { return int(std::ceil(1.1 * shifts / (5.0 * weeks))); };
    // The team: full-timers of every skill set, then part-timers of every skill set.
    std::vector<std::pair<const Contract *, QStringList>> places;
    for (const bool partTime : {false, true})
        for (const auto &[set, counts] : bySkills)
            for (int k = sized(partTime ? counts.second : counts.first); k > 0; --k)
                places.push_back({partTime ? &pt : &ft, set});
    const int n = int(places.size());
    QRandomGenerator rng(seed);
    std::vector<int> rank(static_cast<size_t>(n));
    std::iota(rank.begin(), rank.end(), 1);
    std::shuffle(rank.begin(), rank.end(), rng);
    for (int a = 0; a < n; ++a) {
        Agent g;
        g.id = QStringLiteral("A%1").arg(a + 1, 2, 10, QLatin1Char('0'));
        g.name = Tr::tr("Agent %1").arg(a + 1, 2, 10, QLatin1Char('0'));
        g.contractId = places[size_t(a)].first->id;
        g.skills = places[size_t(a)].second;
        g.seniority = rank[size_t(a)];
        if (rng.bounded(3) == 0)
            g.requests.push_back(AgentRequest{int(rng.bounded(r.days)), QString(), false, double(1 + rng.bounded(3))});
        if (!codes.isEmpty() && rng.bounded(5) == 0)
            g.requests.push_back(AgentRequest{int(rng.bounded(r.days)), codes[int(rng.bounded(codes.size()))], true,
                                              double(1 + rng.bounded(3))});
        r.agents.push_back(g);
    }
    return r;
}

} // namespace tessera

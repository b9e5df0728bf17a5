// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"
#include "core/rostering/agentsolve.h"

namespace tessera {

/// Shift-catalog generator for a week starting on `start`: for every day and every start hour
/// in [firstStartHour, lastStartHour], a full-time shift of `fullTimeHours` paid hours with a
/// 30-minute unpaid meal after 4 hours (one interval when intervals are longer), and a part-time shift of `partTimeHours` without a break.
/// Cost = paid hours (illustrative: one currency unit per paid hour). Shift ids read "Sun 07:00 FT".
struct CatalogTemplate {
    int days = 7;
    int firstStartHour = 0;
    int lastStartHour = 23;
    double fullTimeHours = 8.0;
    double partTimeHours = 4.0;
};
std::vector<Shift> generateWeekCatalog(const IntervalGrid &grid, const CatalogTemplate &t = {});

struct IntervalForecast;

/**
 * Puts an imported forecast into project p: time zone, grid, forecast (explicit demand is
 * dropped), cyclic when it spans exactly a week. When the horizon changed or the catalog is
 * empty, the catalog is replaced by generateWeekCatalog() for the horizon's days (shifts that
 * would run past a non-cyclic horizon are left out) and the function returns true.
 */
bool applyImportedForecast(Project &p, const IntervalForecast &f, const QByteArray &timeZone);
/// The same for a file of several queues (importForecastCsvByQueue; all on one grid): the first
/// becomes the project's first queue, the others its further queues. A queue that already exists
/// under the same name keeps its staffing target; new ones take the first queue's.
bool applyImportedForecast(Project &p, const std::vector<std::pair<QString, IntervalForecast>> &queues,
                           const QByteArray &timeZone);

/**
 * The bundled sample: the "Anonymous Bank" (Israel) call center, week of Sunday 7 February 1999,
 * 30-minute intervals in Asia/Jerusalem, built from the derived interval file shipped in
 * resources/sample (see PROVENANCE.md there; regenerate with scripts/build-sample.sh), with
 * 80 % in 20 s, 30 % shrinkage, a generated catalog, max part-time share 40 % and hard coverage.
 */
Project makeSampleProject();

/**
 * Standard work plans for a 24/7 contact center on a grid of `intervalMinutes` (illustrative,
 * like the sample catalog: one currency unit per paid hour): "Early" (starts 06:00–09:00),
 * "Day" (09:00–13:00) and "Late" (13:00–17:00) every 30 min, 8 h 30 with a short paid break
 * (15 min, one interval when intervals are longer) 1:30–2:30 after the start and a 30-min unpaid
 * meal 3:30–5:00 after it; "Night" (21:00–23:00 hourly, 8 h 30, the same breaks); "Part-time"
 * (08:00–20:00 hourly, 4 h with one short paid break 1:30–2:30 after the start). Premiums: 15 %
 * evening (19:00–07:00), 20 % on Friday and Saturday (the sample's weekend).
 */
std::vector<ShiftTemplate> sampleWorkPlans(int intervalMinutes);

/**
 * A made-up team to roster onto scheduled shifts `demand` of project p (for the sample and for
 * demos; not data): agents "A01"… named "Agent 01"…, on two contracts —
 *  - "FT": 32–40 paid hours a week, at most 5 days in a row, 2 days off in a row, 11 h rest,
 *    one working weekend;
 *  - "PT": 8–24 paid hours a week, otherwise the same —
 * sized from the scheduled shifts per skill set (a demand's skill and skills — for a work-plan
 * shift its agent group's skills, see shiftDemandFromResult()): for each set S, ⌈1.1 × full-time
 * shifts of S / (5 × weeks)⌉ full-timers and ⌈1.1 × part-time shifts of S / (5 × weeks)⌉
 * part-timers holding exactly S (part-time = Shift::partTime), so every group's shifts find
 * agents with its skills in proportion to the demand. Full-timers come first (sets in the
 * demand's order), then part-timers. Seniority is a random permutation;
 * about a third of the agents ask for a day off and a fifth for a particular shift (weights 1–3).
 * Deterministic for a given seed.
 * Returns p.rosterBase() with contracts and agents, no assignments.
 */
rostering::AgentRoster makeSampleTeam(const Project &p, const std::vector<rostering::ShiftDemand> &demand, quint32 seed = 1999);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/problem.h"
#include "core/time/intervalgrid.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace tessera {

/**
 * One break (or meal) of a work plan. Times are minutes of elapsed time measured from the shift's
 * start and must be multiples of the interval length.
 *
 * The rules of a template are in time order: break k starts no earlier than
 * minGapMinutes after break k−1 ends (minGapMinutes of the first rule is ignored). A rule
 * applies only to shifts at least minShiftMinutes long (e.g. a second 15-min break from 8 h on).
 */
struct BreakRule {
    int durationMinutes = 30;
    bool paid = false;
    int earliestStartMinutes = 0; ///< earliest break start, minutes after the shift start
    int latestStartMinutes = 0;   ///< latest break start, minutes after the shift start
    int minGapMinutes = 0;        ///< least minutes between the previous break's end and this start
    int minShiftMinutes = 0;      ///< the rule applies to shift lengths ≥ this
    bool operator==(const BreakRule &) const = default;
};

/**
 * A shift template (a work plan's shift rule, in WFM terms): every start from earliestStart to
 * latestStart (local wall-clock minutes after midnight, step startIncrement) on each allowed day
 * of the horizon, combined with every length. generateShifts() expands it into shift variants.
 *
 * Length and DST: a shift starting at local time h on date d with length L ends at the local
 * wall-clock time h + L (on d or the next day), so its elapsed length — and its worked and paid
 * time — is L − 60 min when the night it crosses loses an hour and L + 60 min when it gains one.
 * A start inside a DST gap does not exist and is skipped.
 *
 * Cost (currency units per shift): with paid hours P = elapsed hours − unpaid break hours, and
 * E and W the shares of the shift's elapsed intervals whose local start lies in the evening
 * window [eveningFrom, eveningTo) (wrapping past midnight when from > to) and on a weekend day,
 *     cost = costPerPaidHour × P × (1 + eveningPremium × E + weekendPremium × W).
 * Premiums are fractions (0.25 = +25 %); an interval both evening and weekend earns both.
 * The premium definition is ours (a common CBA pattern: per-hour differentials on the paid time
 * worked in the window), not a vendor's.
 */
struct ShiftTemplate {
    QString id;
    std::vector<int> days;          ///< allowed local weekdays, 1 = Monday … 7 = Sunday (Qt); empty = every day
    int earliestStartMinutes = 0;   ///< local wall-clock minutes after midnight
    int latestStartMinutes = 0;     ///< ≥ earliest, < 1440
    int startIncrementMinutes = 15; ///< multiple of the interval length
    std::vector<int> lengthsMinutes;
    std::vector<BreakRule> breaks;
    double costPerPaidHour = 1.0;
    double eveningPremium = 0.0;
    double weekendPremium = 0.0;
    int eveningFromMinutes = 19 * 60;
    int eveningToMinutes = 7 * 60;
    std::vector<int> weekendDays{6, 7}; ///< weekdays (1 = Monday) paid the weekend premium
    int maxPerDay = -1;                 ///< most shifts of this template starting on one local day; −1 unlimited
    QStringList groups;                 ///< agent groups that may work it; empty = every group
    bool operator==(const ShiftTemplate &) const = default;
};

/// A skill (queue) with its own requirement: agents per interval.
struct Skill {
    QString name;
    std::vector<double> demand;
    bool operator==(const Skill &) const = default;
};

/// Agents sharing a skill set. maxHeadcount > 0 caps the group's shifts starting on one local day.
struct AgentGroup {
    QString name;
    QStringList skills;
    int maxHeadcount = 0;
    bool operator==(const AgentGroup &) const = default;
};

/// A break window of one shift variant, in absolute interval indices of the horizon (the shift's
/// start index + offset; may exceed the horizon in a cyclic problem, like Shift::end).
struct BreakWindow {
    int rule = 0;          ///< index into the template's breaks
    int earliest = 0;      ///< first allowed start interval
    int latest = 0;        ///< last allowed start interval (≥ earliest)
    int duration = 0;      ///< intervals
    int minGap = 0;        ///< intervals after the previous break's end
    bool paid = false;
    bool operator==(const BreakWindow &) const = default;
};

/// One shift variant of a template: a start and a length on one day of the horizon.
struct GeneratedShift {
    Shift shift;              ///< id "<template>/d<day>/<HHmm>/<minutes>", start/end intervals, cost, no breaks
    int templateIndex = 0;
    int day = 0;              ///< local day of the horizon (0 = the grid start's date)
    int nominalMinutes = 0;   ///< the template length it comes from
    std::vector<BreakWindow> windows; ///< the applicable break rules, in order, windows tightened
};

/**
 * Throws InputError (file, row 0, field "templates[i].…") when a template cannot be expanded on a
 * grid of intervalMinutes: empty or duplicate id, latest start before earliest or outside
 * [0, 1440), an increment, length or break time that is not a positive multiple of the interval,
 * an unknown weekday, a break window that does not fit inside a shift length it applies to, a
 * break that cannot follow the previous one, negative cost or premium.
 */
void validateTemplates(const std::vector<ShiftTemplate> &templates, int intervalMinutes, const QString &file = {});

/**
 * Expands templates into shift variants on grid (1–6 weeks of intervals; the grid's zone is the
 * site's). Starts are local wall-clock times; each is mapped to its absolute interval with
 * IntervalGrid, so a DST day yields its real interval indices and a shift crossing a change its
 * real elapsed length (see ShiftTemplate). A shift that would end past the horizon is kept only
 * when cyclic (its end index then exceeds grid.count()). Break windows are tightened so that
 * every start in a window can be part of a feasible sequence of breaks (forward/backward pass
 * over durations and gaps). Throws InputError as validateTemplates().
 */
std::vector<GeneratedShift> generateShifts(const std::vector<ShiftTemplate> &templates, const IntervalGrid &grid,
                                           bool cyclic = false, const QString &file = {});

/// "HH:mm" for minutes after midnight, and back ("7:30" and "07:30" parse; −1 when invalid).
QString minutesToClock(int minutes);
int clockToMinutes(const QString &text);
/// "Mon".."Sun" for 1..7, and back (−1 when unknown).
QString weekdayName(int day);
int weekdayFromName(const QString &name);

} // namespace tessera

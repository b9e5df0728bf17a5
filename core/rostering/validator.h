// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/nrpinstance.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <vector>

namespace tessera::rostering {

/// For each staff member and day the shift type index worked, or −1 for a day off.
/// Stored flat (staff × day, 16 bits a cell).
class Roster
{
public:
    Roster() = default;
    /// All days off.
    Roster(int staffCount, int days);

    int staffCount() const { return m_staff; }
    int days() const { return m_days; }
    int at(int staff, int day) const { return m_cells[size_t(staff) * m_days + day]; }
    void set(int staff, int day, int shift) { m_cells[size_t(staff) * m_days + day] = std::int16_t(shift); }

private:
    int m_staff = 0;
    int m_days = 0;
    std::vector<std::int16_t> m_cells;
};

/// Throws std::invalid_argument (message starting with `who`) unless `roster` is staff × days of
/// `instance` and every cell is −1 or one of its shift type indices (a start roster's check).
void requireRosterOf(const NrpInstance &instance, const Roster &roster, const char *who);

/// evaluate()'s name of a staff rule: "maxShifts", "maxTotalMinutes", "minTotalMinutes",
/// "maxConsecutiveShifts", "minConsecutiveShifts", "minConsecutiveDaysOff", "maxWeekends",
/// "shiftSuccession".
QLatin1String staffRuleName(StaffRule rule);

struct Violation {
    QString rule;  ///< one of the rule names listed at evaluate()
    int staff = -1;
    int day = -1;  ///< −1 for a rule about the whole horizon with no single day to blame
    QString message;
    int amount = 1; ///< units of violation (StaffMember::softWeight lists them per rule)
};

/// One fairness group's counts in a roster (NrpInstance::fairnessGroups, same index).
struct FairnessSpread {
    int group = 0;
    int min = 0, max = 0;          ///< least and most count_e over the group's staff
    int minStaff = -1, maxStaff = -1; ///< a staff member holding each (the first in group order)
    long long penalty = 0;         ///< weight × (max − min)
};

struct Evaluation {
    /// coverPenalty + requestPenalty + rulePenalty + fairnessPenalty (Curtois & Qu's objective when
    /// every rule is hard and there are no fairness groups)
    long long objective = 0;
    std::vector<Violation> hardViolations;
    long long coverPenalty = 0;
    long long requestPenalty = 0;
    long long rulePenalty = 0;             ///< Σ over softViolations of amount × the staff's weight
    std::vector<Violation> softViolations; ///< rules made soft by StaffMember::softWeight
    long long fairnessPenalty = 0;         ///< Σ over fairness groups of weight × spread
    std::vector<FairnessSpread> fairness;  ///< per NrpInstance::fairnessGroups entry (inactive ones too)
    bool feasible() const { return hardViolations.empty(); }
};

/**
 * Scores a roster against the instance, independently of any solver.
 *
 * Objective (Curtois & Qu): the sum of
 *  - for each shift-on request not met (that shift not worked that day): its weight;
 *  - for each shift-off request violated (that shift worked that day): its weight;
 *  - for each day and shift type: WeightUnder × (requirement − staffed) when short and
 *    WeightOver × (staffed − requirement) when above;
 *  - for each staff rule made soft (StaffMember::softWeight > 0) and each of its violations:
 *    weight × amount (rulePenalty; zero on the benchmark's instances, where every rule is hard);
 *  - for each fairness group (NrpInstance::fairnessGroups): weight × (max − min) of its count
 *    (fairnessPenalty, reported per group in `fairness`; Burke et al. 2004's balance objective,
 *    see FairnessGroup). Groups are not violations: they never make a roster infeasible.
 *
 * Staff rules, one Violation each (rule name, staff, day, amount in the units of
 * StaffMember::softWeight); it goes to softViolations when the member's weight for that rule is
 * > 0, else to hardViolations:
 *  - "dayOff" (always hard): works on a fixed day off (day = that day);
 *  - "unavailable" (always hard): works a shift type on a day they are unavailable for it
 *    (NrpInstance::isUnavailable(), fixed days off excepted: those are "dayOff");
 *  - "shiftSuccession": shift on d followed by a shift on d+1 forbidden for that staff member
 *    (instance-wide or their own), amount 1 per pair (day = d+1), soft or hard and priced pair by
 *    pair (NrpInstance::successionPrice(): an own pair may be hard, or dearer, while the rule is
 *    soft);
 *  - "maxShifts": more shifts of one type than allowed, one violation per type (day = the first
 *    one over the limit, amount = shifts over);
 *  - "maxTotalMinutes": day = the shift that first exceeds it, amount = minutes over;
 *    "minTotalMinutes": day = −1, amount = minutes short;
 *  - "maxConsecutiveShifts": a run of worked days longer than allowed (day = the first day
 *    over the limit), one violation per run, amount = days over (a run of C + k days: k, which
 *    is the number of (C+1)-day windows inside the run — the model's window rows);
 *  - "minConsecutiveShifts" / "minConsecutiveDaysOff": a run of worked days / days off shorter
 *    than the minimum (day = the first day of the run, amount = days short: a run of k < m days
 *    counts m − k). Boundary convention of the benchmark
 *    (its published model only constrains patterns "off, k worked, off" and "worked, k off,
 *    worked" that lie inside the horizon; schedulingbenchmarks.org assumes unbounded work/rest
 *    before and after): a run that starts on day 0 or ends on the last day is never too short.
 *    Fixed days off count as days off. Nothing before the horizon is assumed for the maximum.
 *  - "maxWeekends": more weekends worked than allowed (day = the Saturday of the first weekend
 *    over the limit, amount = weekends over). Weekend w is days 7w+5 (Saturday) and 7w+6 (Sunday), day 0 being a Monday;
 *    it counts as worked when either day is worked (a final Saturday without its Sunday counts).
 *
 * Throws InputError when the roster's dimensions do not match the instance or a cell holds a
 * shift index out of range.
 */
Evaluation evaluate(const NrpInstance &instance, const Roster &roster);

/// count_e of FairnessGroup `group` for staff member `staff` in `roster` (weekends worked, or days
/// on a counted shift type), as evaluate() counts it.
int fairnessCount(const FairnessGroup &group, const Roster &roster, int staff);

/**
 * Roster text format: UTF-8; blank lines and lines starting with '#' are ignored; one line per
 * staff member (any order, each exactly once): the staff id followed by exactly `days` tokens,
 * each a shift id or '-' for a day off, separated by spaces or tabs. Example for 3 days:
 * `A D D -`. Errors are InputError naming the file, line and field ("EmpID" or "day N").
 */
Roster readRosterText(const NrpInstance &instance, const QByteArray &data, const QString &fileLabel);
/// Writes that format (staff in instance order, one space between tokens, a '#' header line).
QByteArray writeRosterText(const NrpInstance &instance, const Roster &roster);

} // namespace tessera::rostering

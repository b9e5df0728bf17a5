// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>
#include <vector>

namespace tessera::rostering {

/**
 * A shift-scheduling (named-agent rostering) instance in the model of Curtois & Qu (2014),
 * "Computational results on new staff scheduling benchmark instances" (schedulingbenchmarks.org).
 *
 * Everything is indexed by position: staff 0..staffCount()-1, day 0..days-1 (day 0 is a Monday),
 * shift type 0..shiftCount()-1. Per-day data lives in flat vectors (staff × day, day × shift), so
 * the largest published instances (150 staff × 364 days) take well under a megabyte.
 */
/// A break or meal inside a shift type, placed relative to the shift's start.
struct ShiftBreak {
    int offsetMinutes = 0; ///< from the shift's start
    int minutes = 0;
    bool paid = false;
};

struct ShiftType {
    QString id;
    int lengthMinutes = 0;
    /// Optional, for display and for rest rules of project rosters (the benchmark's text format
    /// has neither): start in minutes after midnight (−1 = unknown), the skill the shift covers
    /// (empty = any), and its placed breaks.
    int startMinutes = -1;
    QString skill;
    std::vector<ShiftBreak> breaks;
};

/// Staff rules that may be soft. Hard is the default (and the benchmark's semantics).
enum class StaffRule : int {
    MaxShifts,
    MaxTotalMinutes,
    MinTotalMinutes,
    MaxConsecutiveShifts,
    MinConsecutiveShifts,
    MinConsecutiveDaysOff,
    MaxWeekends,
    ShiftSuccession
};
constexpr int kStaffRuleCount = 8;

struct StaffMember {
    QString id;
    std::vector<int> maxShifts; ///< per shift type; a type not listed in the file gets `days` (no limit)
    int maxTotalMinutes = 0;
    int minTotalMinutes = 0;
    int maxConsecutiveShifts = 0;
    int minConsecutiveShifts = 0;
    int minConsecutiveDaysOff = 0;
    int maxWeekends = 0;
    /// Per StaffRule: 0 = hard; > 0 = soft with this penalty per unit of violation. Units (the
    /// same in evaluate() and in the slack columns of buildNrpModel()):
    /// MaxShifts: a shift beyond the maximum (per type); Max/MinTotalMinutes: a minute over/short;
    /// MaxConsecutiveShifts: a day beyond the maximum (a run of C+k days = k units);
    /// MinConsecutiveShifts, MinConsecutiveDaysOff: a day short of the minimum (an interior run
    /// of k < m days = m − k units, like the validator of agent rosters counts it);
    /// MaxWeekends: a weekend beyond the maximum; ShiftSuccession: a forbidden pair worked (the
    /// instance-wide pairs and the member's own alike; an own pair may have its own price, see
    /// forbiddenSuccessionPrices and NrpInstance::successionPrice()).
    std::array<int, kStaffRuleCount> softWeight{};
    int weight(StaffRule r) const { return softWeight[size_t(r)]; }
    /// Successions forbidden for this staff member only (shift indices first → next), on top of
    /// the instance-wide ones.
    std::vector<std::pair<int, int>> forbiddenSuccessions;
    /// Optional, one per forbiddenSuccessions entry: that pair's price per occurrence when this
    /// member's successions are soft (softWeight of ShiftSuccession > 0); 0 keeps the pair hard.
    /// Empty: every pair at the softWeight. (Rostering named agents prices each pair as its
    /// contract's rules do: minutes of rest short, a pair the contract forbids by code.)
    std::vector<int> forbiddenSuccessionPrices;
};

/// A soft shift-on (or shift-off) request: staff wants (or does not want) `shift` on `day`.
struct ShiftRequest {
    int staff = 0;
    int day = 0;
    int shift = 0;
    int weight = 0;
};

/// Cover for one day and shift type; a (day, shift) without a line in the file has all zeros,
/// i.e. no penalty at all for any number of staff.
struct CoverRequirement {
    int requirement = 0;
    int weightUnder = 0; ///< penalty per person short of the requirement
    int weightOver = 0;  ///< penalty per person above the requirement
};

/**
 * A soft equity ("fairness") term over a group of staff: the spread max_e count_e − min_e count_e
 * of a per-person count, priced at `weight` per unit of spread. It is the balance objective of
 * nurse rostering — E. K. Burke, P. De Causmaecker, G. Vanden Berghe, H. Van Landeghem, "The state
 * of the art of nurse rostering", J. Scheduling 7:441–499 (2004), on fairness / balancing the
 * workload (weekends, unpopular shifts) among nurses of the same category — as a max − min term.
 *
 * count_e (units):
 *  - `weekends` true: weekends worked by e, exactly as the maxWeekends rule counts them (weekend
 *    k = days 7k+5 and 7k+6, worked when either day is; a final Saturday alone counts);
 *  - else: days on which e works a shift whose type is listed in `shiftTypes` (indices).
 * Penalty = weight × (max − min) over `staff` (0 for fewer than two members or weight ≤ 0).
 * Priced the same way by evaluate(), buildNrpModel() and improveRosterLocally(). The Curtois & Qu
 * files have no groups.
 */
struct FairnessGroup {
    std::vector<int> staff;      ///< staff indices, each at most once
    std::vector<int> shiftTypes; ///< counted types when !weekends
    bool weekends = false;
    int weight = 0; ///< penalty per unit of spread (per weekend / per shift)
    QString name = {}; ///< for reports (e.g. "weekendFairness FT")
    /// Whether type t counts (the evening-style groups).
    bool counts(int t) const { return t >= 0 && std::find(shiftTypes.begin(), shiftTypes.end(), t) != shiftTypes.end(); }
    bool active() const { return weight > 0 && staff.size() >= 2; }
};

class NrpInstance
{
public:
    int days = 0;
    std::vector<ShiftType> shifts;
    std::vector<StaffMember> staff;
    std::vector<ShiftRequest> shiftOnRequests;
    std::vector<ShiftRequest> shiftOffRequests;
    /// Soft equity terms (FairnessGroup); empty by default and in every benchmark file.
    std::vector<FairnessGroup> fairnessGroups;

    int staffCount() const { return int(staff.size()); }
    int shiftCount() const { return int(shifts.size()); }
    /// Index of a shift type / staff member by id (exact, case-sensitive), or −1.
    int shiftIndex(const QString &id) const;
    int staffIndex(const QString &id) const;

    /// Instance-wide: shift type `next` may not be worked the day after shift type `first`
    /// (hard unless the staff member's ShiftSuccession weight makes it soft).
    bool forbiddenSuccession(int first, int next) const { return m_forbidden[size_t(first) * shifts.size() + next] != 0; }
    /// For one staff member: instance-wide or their own (StaffMember::forbiddenSuccessions).
    bool forbiddenSuccession(int staff, int first, int next) const;
    /// What shift `next` the day after `first` costs staff member `staff`: −1 allowed; 0
    /// forbidden and hard; > 0 soft at that price per occurrence — the member's softWeight of
    /// ShiftSuccession, or their own pair's price (StaffMember::forbiddenSuccessionPrices). A
    /// pair both instance-wide and the member's own: hard when either is, else the higher price.
    int successionPrice(int staff, int first, int next) const;
    /// Hard: `staffIdx` must not work on `day`.
    bool isDayOff(int staffIdx, int day) const { return m_daysOff[size_t(staffIdx) * days + day] != 0; }
    /// Hard: staff may not work `shift` on `day` (outside their availability); isDayOff() days
    /// are unavailable for every shift. Storage staff × day × shift bytes, allocated only when
    /// setUnavailable() is first called (the benchmark files never need it).
    bool isUnavailable(int staff, int day, int shift) const
    {
        return isDayOff(staff, day)
               || (!m_unavailable.empty() && m_unavailable[(size_t(staff) * days + day) * shifts.size() + shift] != 0);
    }
    const CoverRequirement &cover(int day, int shift) const { return m_cover[size_t(day) * shifts.size() + shift]; }

    /// Mutators for building instances in code (tests, generators). resize() must come first:
    /// it sets the horizon and sizes the flat tables for the current shifts and staff, clearing them.
    void resize();
    void setForbiddenSuccession(int first, int next, bool forbidden = true);
    void setDayOff(int staffIdx, int day, bool off = true);
    void setUnavailable(int staff, int day, int shift, bool unavailable = true);
    void setCover(int day, int shift, const CoverRequirement &c);

private:
    std::vector<std::uint8_t> m_forbidden; ///< shift × shift
    std::vector<std::uint8_t> m_daysOff;   ///< staff × day
    std::vector<std::uint8_t> m_unavailable; ///< staff × day × shift, empty until setUnavailable()
    std::vector<CoverRequirement> m_cover; ///< day × shift
};

/**
 * Parses the benchmark's text format (see /work/shared/data/curtois-qu-nrp/PROVENANCE.md):
 * `#` comments, `SECTION_<NAME>` headers, comma-separated data lines. Sections may come in any
 * order; SECTION_HORIZON, SECTION_SHIFTS, SECTION_STAFF and SECTION_COVER are required, the
 * others (DAYS_OFF, SHIFT_ON_REQUESTS, SHIFT_OFF_REQUESTS) may be absent or empty.
 * Throws InputError naming `fileLabel`, the 1-based line and the field (e.g. 'ShiftID',
 * 'Weight', or the section name for a missing section) on any malformed, out-of-range, duplicate
 * or unknown value.
 */
NrpInstance readNrpText(const QByteArray &data, const QString &fileLabel);
/// Reads the file at `path` and parses it; throws InputError when it cannot be read.
NrpInstance readNrpText(const QString &path);

} // namespace tessera::rostering

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"

#include <QStringList>

#include <map>
#include <optional>
#include <vector>

/**
 * Edits of a named-agent roster as pure functions (no undo, no GUI): what the roster grid and the
 * agent timeline do to an assignment when the planner drags or retypes it, and the on-duty counts
 * they plot. Units are the roster's: interval indices on its horizon (see agentroster.h).
 */
namespace tessera::rostering {

/// Agents on duty per interval for each skill that has assignments or a requirement ("" = any
/// skill), horizon() entries each. On duty = inside [start, end) of a shift and in none of its
/// breaks, paid or unpaid — the same definition validateAgentRoster() prices coverage with.
std::map<QString, std::vector<double>> onDutyBySkill(const AgentRoster &r);
/// Adds `weight` to `line[i]` for every interval i of [0, line.size()) on which `a` is on duty
/// (weight −1 takes a shift out again): what a drag changes, without recounting the roster.
void addOnDuty(const Assignment &a, double weight, std::vector<double> &line);
/// onDutyBySkill() summed over skills; horizon() entries.
std::vector<double> onDutyTotal(const AgentRoster &r);
/// AgentRoster::required summed over skills; horizon() entries (zeros without a requirement).
std::vector<double> requiredTotal(const AgentRoster &r);

/// `a` moved by `delta` intervals with its breaks, clamped so that it starts at or after interval
/// 0 and ends no later than the horizon (or where it already ended, if that was later).
Assignment shifted(const Assignment &a, int delta, int horizon);
/// `a` with the span [start, end): clamped to at least one interval, start ≥ 0 and end ≤ the
/// horizon (or the old end, if later). Breaks keep their length and slide inside the new span;
/// a break longer than the new span is dropped.
Assignment resized(const Assignment &a, int start, int end, int horizon);
/// `a` with break `index` (of `breaks`, or of `paidBreaks` when `paid`) moved to start at
/// `newStart`, clamped so that it stays inside the shift. Out-of-range indices change nothing.
Assignment breakMoved(const Assignment &a, bool paid, int index, int newStart);
/// `a` moved to the same time of day on `day` (breaks along).
Assignment onDay(const Assignment &a, int day, int intervalsPerDay);

/// The distinct shift codes of the roster's assignments, sorted; empty codes left out.
QStringList codesInUse(const AgentRoster &r);
/// A shift of `code` for `agent` on `day`, modelled on the roster's first assignment of that code
/// whose required skills the agent all holds (Assignment::requiredSkills(); else its first
/// assignment of that code): same time of day, length, breaks and skill(s). nullopt when no assignment has that code.
std::optional<Assignment> fromTemplate(const AgentRoster &r, const QString &code, int agent, int day);
/// Indices of the agent's assignments starting on `day`, in roster order.
std::vector<int> assignmentsOn(const AgentRoster &r, int agent, int day);

} // namespace tessera::rostering

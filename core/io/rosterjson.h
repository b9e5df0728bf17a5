// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/rostering/agentroster.h"

#include <nlohmann/json.hpp>

namespace tessera::io {

/**
 * The `roster` object of PROBLEM.json and of the project file (see README "Interchange JSON"):
 *
 *     { "firstWeekday": 1, "underPenalty": 100, "overPenalty": 0,
 *       "contracts": [ { "id": "FT", "minMinutesPerWeek": 0, "maxMinutesPerWeek": 2400,
 *                        "minMinutesPerPeriod": 0, "maxMinutesPerPeriod": 0,
 *                        "maxConsecutiveDays": 5, "minConsecutiveDaysOff": 2,
 *                        "maxWorkingWeekends": 1, "minRestMinutes": 660,
 *                        "maxShiftsPerCode": { "22:00-06:00": 2 },
 *                        "forbiddenSuccessions": [["22:00-06:00", "06:00-14:00"]] } ],
 *       "agents": [ { "id": "a01", "name": "…", "skills": ["billing"], "contract": "FT",
 *                     "seniority": 1, "fixedDaysOff": [0, 6],
 *                     "availability": [ { "weekday": 1, "fromMinutes": 480, "toMinutes": 960 } ],
 *                     "requests": [ { "day": 2, "code": "08:00-16:00", "on": true, "weight": 3 } ] } ],
 *       "assignments": [ { "agent": "a01", "start": 32, "end": 64, "code": "08:00-16:00",
 *                          "skill": "", "skills": ["billing", "sales"],
 *                          "breaks": [[48, 50]], "paidBreaks": [[40, 41]] } ],
 *       "rules": { "minRest": { "hard": false, "weight": 2 } } }
 *
 * Times are interval indices on the project's horizon; minutes are minutes; days are 0-based.
 * Zero means "no limit" for maxima and "none" for minima; maxWorkingWeekends −1 = no limit.
 * intervalMinutes, days and `required` are not stored: they follow the project's grid and
 * requirement; inside a project file firstWeekday is left out too (the start date decides it).
 * "availability" (Agent::availability; left out when empty, and missing = always available):
 * weekday 0 = every day or 1 … 7, fromMinutes 0 … 1439, toMinutes after it and ≤ 2880.
 * An assignment's "skills" (Assignment::skills: the agent group's skills of a work-plan shift)
 * is left out when empty; files written before it existed have none, which reads as empty —
 * so no project-file migration is needed (the store keeps the roster as this JSON).
 * Unknown agent or contract ids, negative limits or a shift outside the horizon are
 * InputErrors naming `fileLabel` and the JSON path (e.g. "roster.assignments[3].agent").
 */
nlohmann::json rosterToJson(const rostering::AgentRoster &r);
/// `base` supplies intervalMinutes, days and required; the rest comes from `j`.
rostering::AgentRoster rosterFromJson(const nlohmann::json &j, const rostering::AgentRoster &base, const QString &fileLabel,
                                      const QString &path = QStringLiteral("roster"));

} // namespace tessera::io

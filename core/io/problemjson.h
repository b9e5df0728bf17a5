// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"

#include <nlohmann/json.hpp>

namespace tessera {

/**
 * PROBLEM.json ↔ Project, and RESULT.json from a SolveResult. The format is documented in
 * README.md ("Interchange JSON"). Readers throw InputError naming the file and the JSON path of
 * the offending field (e.g. "shifts[3].start") with what was expected; writers use QSaveFile.
 */
Project projectFromJson(const nlohmann::json &j, const QString &fileLabel);
/// A queue's staffing keys as a JSON object, and back (p gives the grid for per-day shrinkage;
/// absent keys keep the values of `defaults`). Used by the project file for extra queues.
nlohmann::json staffingToJson(const StaffingParams &s);
StaffingParams staffingFromJson(const nlohmann::json &j, const Project &p, const StaffingParams &defaults,
                                const QString &fileLabel, const QString &path);
nlohmann::json projectToJson(const Project &p);
Project readProblemFile(const QString &path);
void writeProblemFile(const Project &p, const QString &path);

/// `service` (optional, one per interval: Project::achievedService) adds each interval's predicted
/// serviceLevel, asa (s), abandonment and occupancy with the scheduled agents; null where undefined.
nlohmann::json resultToJson(const SolveResult &r, const SchedulingProblem &problem,
                            const std::vector<IntervalRequirement> &service = {});
SolveResult resultFromJson(const nlohmann::json &j, const QString &fileLabel);
void writeResultFile(const SolveResult &r, const SchedulingProblem &problem, const QString &path,
                     const std::vector<IntervalRequirement> &service = {});

/**
 * Shift templates, skills and agent groups (README "Shift templates, breaks and skills"): one
 * object each, and back. Readers throw InputError naming fileLabel and the JSON path (`path`, e.g.
 * "templates[2]") of the bad field; template rules are checked by validateTemplates().
 */
nlohmann::json templateToJson(const ShiftTemplate &t);
ShiftTemplate templateFromJson(const nlohmann::json &j, const QString &fileLabel, const QString &path);
nlohmann::json groupToJson(const AgentGroup &g);
AgentGroup groupFromJson(const nlohmann::json &j, const QString &fileLabel, const QString &path);

/// RESULT.json of a template solve: the keys of resultToJson() (intervals = all skills
/// together) plus "scheduledShifts" (each agent's shift with its concrete break times, local ISO
/// 8601 and interval indices), "skills" (per-skill coverage) and "model" (size).
nlohmann::json templateResultToJson(const TemplateSolveResult &r, const TemplateProblem &p);
void writeTemplateResultFile(const TemplateSolveResult &r, const TemplateProblem &p, const QString &path);

/// Writes bytes atomically (QSaveFile); throws InputError naming the path on failure.
void writeFileAtomically(const QString &path, const QByteArray &bytes);
/// The JSON document in a file; throws InputError naming the path (and the line of a syntax
/// error) when it cannot be read or parsed.
nlohmann::json readJsonFile(const QString &path);

} // namespace tessera

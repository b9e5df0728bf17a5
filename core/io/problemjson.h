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

/// Writes bytes atomically (QSaveFile); throws InputError naming the path on failure.
void writeFileAtomically(const QString &path, const QByteArray &bytes);

} // namespace tessera

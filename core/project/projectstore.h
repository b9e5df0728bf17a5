// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"

namespace tessera {

/**
 * The .tessera project file: one SQLite database with a versioned schema.
 *
 * `PRAGMA user_version` holds the schema version and `PRAGMA application_id` marks the file as
 * Tessera's. Migrations are an ordered list of SQL steps (step k upgrades version k to k+1), each
 * run in its own transaction; an older file is migrated on a temporary copy, so opening never
 * changes the user's file. save() writes a complete new database next to the target and renames
 * it over the target only when everything is written: a failed or interrupted save leaves the
 * previous file intact. Doubles are stored as SQLite REALs (8-byte IEEE), so values round-trip
 * exactly; NaN is stored as NULL.
 */
class ProjectStore
{
public:
    static constexpr int kSchemaVersion = 5;
    static constexpr int kApplicationId = 0x54455353; // "TESS"

    /// Throws InputError naming the file: unreadable, not SQLite, not a Tessera project, a schema
    /// newer than this build, or inconsistent content.
    static Project load(const QString &path);
    /// Throws InputError naming the file when it cannot be written; the old file is kept.
    static void save(const Project &project, const QString &path);
};

} // namespace tessera

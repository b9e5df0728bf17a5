// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/project/project.h"

#include <QTextStream>

namespace tessera {

/**
 * `tessera-cli solve` for a project with shift templates: expands them, solves the implicit-break
 * (or the chosen break model's) multi-skill model (templatesolver.h) within the project's time limit and gap, prints status,
 * objective, bound, gap, model size, scheduled shifts and per-skill shortfall, writes RESULT.json
 * (writeTemplateResultFile) to outPath when given and, with save, stores the result in the
 * .tessera input. Returns a CliExit code.
 */
int solveTemplateProject(Project &project, const QString &input, const QString &outPath, bool save, QTextStream &out,
                         QTextStream &err, BreakModel breaks = BreakModel::Implicit);

/// "implicit" (Aykin), "aggregated" (Bechtold & Jacobs) or "explicit"; throws InputError naming
/// the option otherwise.
BreakModel breakModelFromName(const QString &name);

} // namespace tessera

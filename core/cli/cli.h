// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

namespace tessera {

/// Exit codes of tessera-cli.
enum CliExit { CliOk = 0, CliError = 1, CliInfeasible = 2, CliUsage = 64, CliNoSolution = 3 };

/**
 * tessera-cli: `solve`, `import-calls`, `import-forecast`, `sample`, `export-problem`,
 * `export-mps`; see usage text (tessera-cli help). Writes human-readable lines to out and
 * errors to err; returns a CliExit code. Infeasible hard coverage returns CliInfeasible after
 * writing RESULT.json with the diagnosis.
 */
int runCli(const QStringList &args, QTextStream &out, QTextStream &err);

} // namespace tessera

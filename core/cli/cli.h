// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTextStream>

#include <functional>

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

/// Runs a command body and turns an InputError (or any std::exception) into
/// "tessera-cli: <message naming file, row and field>" on err and CliError: the one place
/// tessera-cli reports bad input.
int reportingErrors(QTextStream &err, const std::function<int()> &body);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/scheduling/mip.h"
#include "core/scheduling/problem.h"

#include <QString>

namespace tessera {

/// Writes the solve's covering model (buildCoveringModel) as a free-format MPS file that the
/// `cbc` command line (or any MPS reader) solves to the same optimum. Names are sanitized to
/// [A-Za-z0-9_]. Throws InputError naming the path when it cannot be written.
void writeCoveringMps(const SchedulingProblem &p, const QString &path);
/// Writes any MIP the same way (e.g. a rostering model).
void writeMps(const MipModel &m, const QString &path);

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/mpsexport.h"

#include "core/error.h"
#include "core/scheduling/solver.h"

#include <CoinPackedMatrix.hpp>
#include <OsiClpSolverInterface.hpp>

#include <QFile>

namespace tessera {

static std::string sanitize(const std::string &s)
{
    std::string out = s;
    for (char &ch : out)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_')
            ch = '_';
    return out;
}

void writeCoveringMps(const SchedulingProblem &p, const QString &path)
{
    const CoveringModel m = buildCoveringModel(p);
    OsiClpSolverInterface s;
    CoinPackedMatrix matrix(true, m.rows, m.columns, int(m.value.size()), m.value.data(), m.rowIndex.data(),
                            m.colStarts.data(), nullptr);
    s.loadProblem(matrix, m.colLower.data(), m.colUpper.data(), m.objective.data(), m.rowLower.data(), m.rowUpper.data());
    for (int j = 0; j < m.columns; ++j)
        if (m.isInteger[j])
            s.setInteger(j);
    std::vector<std::string> rows, cols;
    for (const auto &n : m.rowNames)
        rows.push_back(sanitize(n));
    for (size_t j = 0; j < m.colNames.size(); ++j)
        cols.push_back(sanitize(m.colNames[j]) + "_" + std::to_string(j));
    std::vector<const char *> rp, cp;
    for (const auto &n : rows)
        rp.push_back(n.c_str());
    for (const auto &n : cols)
        cp.push_back(n.c_str());
    const QByteArray fn = QFile::encodeName(path);
    if (s.writeMpsNative(fn.constData(), rp.data(), cp.data(), 1 /*free format*/, 2, 1.0) != 0 || !QFile::exists(path))
        throw InputError(path, 0, QString(), tr("cannot be written as MPS"));
}

} // namespace tessera

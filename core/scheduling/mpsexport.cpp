// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/scheduling/mpsexport.h"

#include "core/error.h"
#include "core/scheduling/solver.h"

#include <CoinPackedMatrix.hpp>
#include <CoinMpsIO.hpp>

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
    writeMps(buildCoveringModel(p), path);
}

void writeMps(const MipModel &m, const QString &path)
{
    CoinPackedMatrix matrix(true, m.rows, m.columns, int(m.value.size()), m.value.data(), m.rowIndex.data(),
                            m.colStarts.data(), nullptr);
    std::vector<std::string> rows, cols;
    for (const auto &n : m.rowNames)
        rows.push_back(sanitize(n));
    for (size_t j = 0; j < m.colNames.size(); ++j)
        cols.push_back(sanitize(m.colNames[j]) + "_" + std::to_string(j));
    CoinMpsIO io;
    io.setMpsData(matrix, 1e30, m.colLower.data(), m.colUpper.data(), m.objective.data(), m.isInteger.data(),
                  m.rowLower.data(), m.rowUpper.data(), cols, rows);
    io.messageHandler()->setLogLevel(0);
    const QByteArray fn = QFile::encodeName(path);
    // compression 0 (plain text), formatType 1 (extra accuracy), 1 value per line
    if (io.writeMps(fn.constData(), 0, 1, 1) != 0 || !QFile::exists(path))
        throw InputError(path, 0, QString(), Tr::tr("cannot be written as MPS"));
}

} // namespace tessera

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

namespace tessera {

/**
 * A delimited text table (RFC 4180 quoting; LF, CRLF or lone-CR line ends; comma, semicolon or
 * TAB delimiter detected from the header line). Every accessor that can fail throws InputError
 * naming the file, the 1-based line number in the file (the header is line 1) and the column.
 */
struct CsvTable {
    QString file; ///< name used in messages (the path, or a label)
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<int> lineNumbers; ///< file line of each row

    /// Column index by header name (case-insensitive, trimmed), or −1.
    int column(const QString &name) const;
    /// Like column() but throws InputError "missing column" naming the file and the column.
    int requireColumn(const QString &name) const;
    /// Raw cell text, trimmed; throws when the row is too short.
    QString text(size_t row, int col) const;
    /// Cell as a finite number; throws naming file, line and column when it is not one.
    double number(size_t row, int col) const;
    /// Throws InputError for this cell with the given reason.
    [[noreturn]] void fail(size_t row, int col, const QString &reason) const;
};

CsvTable parseCsv(const QByteArray &data, const QString &fileLabel);
/// Reads and parses a file; throws InputError when it cannot be read or has no header.
CsvTable readCsv(const QString &path);

} // namespace tessera

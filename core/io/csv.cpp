// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/io/csv.h"

#include "core/error.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace tessera {

int CsvTable::column(const QString &name) const
{
    if (name.trimmed().isEmpty())
        return -1;
    for (int i = 0; i < header.size(); ++i)
        if (header[i].trimmed().compare(name, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

int CsvTable::requireColumn(const QString &name) const
{
    const int c = column(name);
    if (c < 0)
        throw InputError(file, 1, name,
                         Tr::tr("missing column (the header has: %1)").arg(header.join(QStringLiteral(", "))));
    return c;
}

void CsvTable::fail(size_t row, int col, const QString &reason) const
{
    const QString field = col >= 0 && col < header.size() ? header[col].trimmed() : QString();
    throw InputError(file, row < lineNumbers.size() ? lineNumbers[row] : 0, field, reason);
}

QString CsvTable::text(size_t row, int col) const
{
    const QStringList &r = rows.at(row);
    if (col < 0 || col >= r.size())
        fail(row, col, Tr::tr("the row has %1 fields, the header %2").arg(r.size()).arg(header.size()));
    return r[col].trimmed();
}

double CsvTable::number(size_t row, int col) const
{
    const QString s = text(row, col);
    bool ok = false;
    const double v = s.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        fail(row, col, s.isEmpty() ? Tr::tr("empty; a number is required") : Tr::tr("'%1' is not a number").arg(s));
    return v;
}

CsvTable parseCsv(const QByteArray &bytes, const QString &fileLabel)
{
    CsvTable t;
    t.file = fileLabel;
    QString data = QString::fromUtf8(bytes);
    if (data.startsWith(QChar(0xFEFF)))
        data.remove(0, 1);
    // Delimiter from the first line.
    const qsizetype eol = data.indexOf(QRegularExpression(QStringLiteral("[\r\n]")));
    const QString first = data.left(eol < 0 ? data.size() : eol);
    QChar delim = QLatin1Char(',');
    if (first.count(QLatin1Char('\t')) > first.count(delim))
        delim = QLatin1Char('\t');
    if (first.count(QLatin1Char(';')) > first.count(delim))
        delim = QLatin1Char(';');

    QStringList record;
    QString field;
    bool inQuotes = false;
    bool fieldStarted = false;
    int line = 1;
    int recordLine = 1;
    auto endRecord = [&] {
        record << field;
        field.clear();
        fieldStarted = false;
        const bool blank = record.size() == 1 && record.front().trimmed().isEmpty();
        if (!blank) {
            if (t.header.isEmpty()) {
                t.header = record;
            } else {
                t.rows.push_back(record);
                t.lineNumbers.push_back(recordLine);
            }
        }
        record.clear();
    };
    const qsizetype n = data.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = data[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && data[i + 1] == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && !fieldStarted) {
            inQuotes = true;
            fieldStarted = true;
        } else if (c == delim) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && data[i + 1] == QLatin1Char('\n'))
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (inQuotes)
        throw InputError(fileLabel, recordLine, QString(), Tr::tr("a quoted field is not closed"));
    if (fieldStarted || !field.isEmpty() || !record.isEmpty())
        endRecord();
    if (t.header.isEmpty())
        throw InputError(fileLabel, 0, QString(), Tr::tr("the file is empty: a header row is required"));
    return t;
}

CsvTable readCsv(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        throw InputError(path, 0, QString(), Tr::tr("cannot be read: %1").arg(f.errorString()));
    return parseCsv(f.readAll(), path);
}

} // namespace tessera

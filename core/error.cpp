// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/error.h"

#include <QCoreApplication>

namespace tessera {

static QString compose(const QString &file, int row, const QString &field, const QString &reason)
{
    QStringList parts;
    if (!file.isEmpty())
        parts << file;
    if (row > 0)
        parts << Tr::tr("row %1").arg(row);
    if (!field.isEmpty())
        parts << Tr::tr("field '%1'").arg(field);
    const QString where = parts.join(QStringLiteral(", "));
    return where.isEmpty() ? reason : where + QStringLiteral(": ") + reason;
}

InputError::InputError(QString file, int row, QString field, QString reason)
    : std::runtime_error(compose(file, row, field, reason).toStdString())
    , m_file(std::move(file))
    , m_row(row)
    , m_field(std::move(field))
    , m_reason(std::move(reason))
{
}

InputError::InputError(QString reason)
    : InputError(QString(), 0, QString(), std::move(reason))
{
}

QString InputError::message() const
{
    return QString::fromStdString(what());
}

} // namespace tessera

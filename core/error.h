// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <stdexcept>

namespace tessera {

/**
 * An error in data the user supplied (a CSV, a JSON file, a project file, a parameter).
 *
 * Carries where it happened so the message can name it: the file, the 1-based line (row) in that
 * file (0 when the error is not tied to a row) and the field (column or JSON key, may be empty).
 * what() and message() give one readable sentence such as
 * "forecast.csv, row 12, field 'offered': -3 is negative; offered contacts must be >= 0".
 */
class InputError : public std::runtime_error
{
public:
    InputError(QString file, int row, QString field, QString reason);
    explicit InputError(QString reason);

    const QString &file() const { return m_file; }
    int row() const { return m_row; }
    const QString &field() const { return m_field; }
    const QString &reason() const { return m_reason; }
    /// The full sentence: file, row and field (when known) followed by the reason.
    QString message() const;

private:
    QString m_file;
    int m_row = 0;
    QString m_field;
    QString m_reason;
};

/// Translation context "tessera" for core messages (core has no QObject): Tr::tr("…").
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(tessera)
};

} // namespace tessera

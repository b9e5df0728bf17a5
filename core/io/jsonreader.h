// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QString>

#include <nlohmann/json.hpp>

#include <optional>

namespace tessera::io {

/// Typed access to a JSON object with errors that name the file and the JSON path.
class Reader
{
public:
    Reader(const nlohmann::json &j, QString file, QString path)
        : m_j(j)
        , m_file(std::move(file))
        , m_path(std::move(path))
    {
        if (!m_j.is_object())
            fail(QString(), Tr::tr("expected an object"));
    }
    [[noreturn]] void fail(const QString &key, const QString &why) const
    {
        QString f = m_path;
        if (!key.isEmpty())
            f = f.isEmpty() ? key : f + QLatin1Char('.') + key;
        throw InputError(m_file, 0, f, why);
    }
    bool has(const char *key) const { return m_j.contains(key) && !m_j.at(key).is_null(); }
    const nlohmann::json &raw(const char *key) const { return m_j.at(key); }
    double number(const char *key, std::optional<double> def = std::nullopt) const
    {
        if (!has(key)) {
            if (def)
                return *def;
            fail(QString::fromLatin1(key), Tr::tr("missing; a number is required"));
        }
        const nlohmann::json &v = m_j.at(key);
        if (!v.is_number())
            fail(QString::fromLatin1(key), Tr::tr("expected a number, found %1").arg(QString::fromStdString(v.dump())));
        return v.get<double>();
    }
    int integer(const char *key, std::optional<int> def = std::nullopt) const
    {
        if (!has(key)) {
            if (def)
                return *def;
            fail(QString::fromLatin1(key), Tr::tr("missing; an integer is required"));
        }
        const nlohmann::json &v = m_j.at(key);
        if (!v.is_number_integer())
            fail(QString::fromLatin1(key), Tr::tr("expected an integer, found %1").arg(QString::fromStdString(v.dump())));
        return v.get<int>();
    }
    bool boolean(const char *key, bool def) const
    {
        if (!has(key))
            return def;
        const nlohmann::json &v = m_j.at(key);
        if (!v.is_boolean())
            fail(QString::fromLatin1(key), Tr::tr("expected true or false"));
        return v.get<bool>();
    }
    QString string(const char *key, std::optional<QString> def = std::nullopt) const
    {
        if (!has(key)) {
            if (def)
                return *def;
            fail(QString::fromLatin1(key), Tr::tr("missing; a string is required"));
        }
        const nlohmann::json &v = m_j.at(key);
        if (!v.is_string())
            fail(QString::fromLatin1(key), Tr::tr("expected a string"));
        return QString::fromStdString(v.get<std::string>());
    }
    const nlohmann::json &array(const char *key) const
    {
        const nlohmann::json &v = m_j.at(key);
        if (!v.is_array())
            fail(QString::fromLatin1(key), QCoreApplication::translate("tessera", "expected an array")); // = Tr::tr; lupdate misreads the nlohmann:: return type above
        return v;
    }
    Reader child(const char *key) const
    {
        return Reader(m_j.at(key), m_file, sub(QString::fromLatin1(key)));
    }
    Reader element(const char *key, size_t i) const
    {
        return Reader(m_j.at(key).at(i), m_file, sub(QStringLiteral("%1[%2]").arg(QString::fromLatin1(key)).arg(i)));
    }
    QString sub(const QString &k) const { return m_path.isEmpty() ? k : m_path + QLatin1Char('.') + k; }
    const QString &file() const { return m_file; }

private:
    const nlohmann::json &m_j;
    QString m_file;
    QString m_path;
};

} // namespace tessera::io

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/secretstore.h"

#include <stdexcept>

namespace tessera {

QString secretKey(const QString &platform, const QString &clientId)
{
    return platform + QLatin1Char('/') + clientId;
}

std::optional<QString> MemorySecretStore::read(const QString &key)
{
    auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<QString> EnvSecretStore::read(const QString &)
{
    if (!qEnvironmentVariableIsSet(m_variable.constData()))
        return std::nullopt;
    return qEnvironmentVariable(m_variable.constData());
}

void EnvSecretStore::write(const QString &, const QString &)
{
    throw std::runtime_error("an environment variable secret store is read-only");
}

} // namespace tessera

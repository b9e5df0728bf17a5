// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QString>

#include <optional>

namespace tessera {

/**
 * Where a platform client secret lives. The project file, logs and command lines never hold
 * one: the GUI stores it in the OS keychain (ui/keychainsecretstore.h, QtKeychain), the CLI
 * reads it from an environment variable, tests use MemorySecretStore. Keys are
 * "<platform>/<client id>" (secretKey()).
 */
class SecretStore
{
public:
    virtual ~SecretStore() = default;
    /// The stored secret, or nullopt when none is stored. Throws std::runtime_error when the
    /// store cannot be read (locked keychain, no backend).
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual void write(const QString &key, const QString &secret) = 0;
    virtual void remove(const QString &key) = 0;
};

/// "genesys/<clientId>" or "cxone/<accessKeyId>".
QString secretKey(const QString &platform, const QString &clientId);

/// Process memory only (tests, one-off CLI runs).
class MemorySecretStore : public SecretStore
{
public:
    std::optional<QString> read(const QString &key) override;
    void write(const QString &key, const QString &secret) override { m_values[key] = secret; }
    void remove(const QString &key) override { m_values.remove(key); }

private:
    QMap<QString, QString> m_values;
};

/// Read-only: the secret is the value of one environment variable (whatever the key).
class EnvSecretStore : public SecretStore
{
public:
    explicit EnvSecretStore(QByteArray variable) : m_variable(std::move(variable)) {}
    std::optional<QString> read(const QString &key) override;
    void write(const QString &, const QString &) override;
    void remove(const QString &) override {}

private:
    QByteArray m_variable;
};

} // namespace tessera

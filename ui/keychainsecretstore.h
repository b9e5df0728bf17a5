// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/sync/secretstore.h"

namespace tessera {

/**
 * SecretStore in the OS keychain through QtKeychain (Secret Service / KWallet on Linux,
 * Keychain on macOS, Credential Manager on Windows), service name "Tessera". Calls block in a
 * local event loop until the keychain answers; call them on the GUI thread (before starting a
 * sync job, which receives the secret in memory). read() returns nullopt for "not found" and
 * throws std::runtime_error with QtKeychain's message for any other failure.
 */
class KeychainSecretStore : public SecretStore
{
public:
    explicit KeychainSecretStore(QString service = QStringLiteral("Tessera")) : m_service(std::move(service)) {}
    std::optional<QString> read(const QString &key) override;
    void write(const QString &key, const QString &secret) override;
    void remove(const QString &key) override;

private:
    QString m_service;
};

} // namespace tessera

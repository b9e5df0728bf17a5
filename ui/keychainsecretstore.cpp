// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QEventLoop>

#include <stdexcept>

namespace tessera {

namespace {

/// Starts `job` and waits for its finished() signal.
void runJob(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

std::optional<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() == QKeychain::EntryNotFound)
        return std::nullopt;
    if (job.error() != QKeychain::NoError)
        throw std::runtime_error("keychain: " + job.errorString().toStdString());
    return job.textData();
}

void KeychainSecretStore::write(const QString &key, const QString &secret)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(secret);
    runJob(job);
    if (job.error() != QKeychain::NoError)
        throw std::runtime_error("keychain: " + job.errorString().toStdString());
}

void KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    runJob(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        throw std::runtime_error("keychain: " + job.errorString().toStdString());
}

} // namespace tessera

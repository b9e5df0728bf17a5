// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/jobs/job.h"

#include <exception>

namespace tessera {

Job::Job(QObject *parent)
    : QObject(parent)
{
}

Job::~Job()
{
    if (m_thread) {
        cancel();
        m_thread->wait();
        delete m_thread;
    }
}

void Job::runGuarded()
{
    try {
        execute();
    } catch (const std::exception &e) {
        m_error = QString::fromUtf8(e.what());
    } catch (...) {
        m_error = QStringLiteral("unknown error");
    }
}

void Job::start()
{
    if (m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_error.clear();
    m_thread = QThread::create([this] { runGuarded(); });
    m_thread->setObjectName(QStringLiteral("tessera-job"));
    // QThread::finished is emitted from the worker; the receiver context `this` lives on the
    // Job's thread, so the slot runs there.
    connect(m_thread, &QThread::finished, this, &Job::onWorkerFinished, Qt::QueuedConnection);
    m_thread->start();
}

void Job::onWorkerFinished()
{
    if (m_thread) {
        m_thread->wait();
        m_thread->deleteLater();
        m_thread = nullptr;
    }
    m_running = false;
    Q_EMIT finished();
}

void Job::runSynchronously()
{
    m_running = true;
    m_cancel = false;
    m_error.clear();
    runGuarded();
    m_running = false;
    Q_EMIT finished();
}

void Job::cancel()
{
    m_cancel = true;
}

bool Job::wait(int msecs)
{
    if (!m_thread)
        return true;
    return msecs < 0 ? m_thread->wait() : m_thread->wait(QDeadlineTimer(msecs));
}

} // namespace tessera

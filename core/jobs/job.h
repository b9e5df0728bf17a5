// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <atomic>

namespace tessera {

/**
 * Long work off the GUI thread: the one abstraction for solves (and, later, sync and rostering).
 *
 * A Job lives on the thread that created it (the GUI thread). start() runs execute() on a
 * dedicated worker QThread; execute() polls isCancelRequested() and calls reportProgress(),
 * whose signal reaches receivers on their own threads (queued). When execute() returns (or
 * throws) the worker ends and finished() is emitted on the Job's thread, after which the
 * subclass's result may be read. cancel() is thread-safe and cooperative. runSynchronously()
 * runs execute() on the calling thread (CLI, tests) and still emits finished().
 * Destroying a running Job requests cancellation and waits for the worker.
 */
class Job : public QObject
{
    Q_OBJECT
public:
    explicit Job(QObject *parent = nullptr);
    ~Job() override;

    void start();
    void runSynchronously();
    void cancel();
    bool isRunning() const { return m_running; }
    bool isCancelRequested() const { return m_cancel.load(); }
    /// Set when execute() threw: the exception's message (what()).
    const QString &errorMessage() const { return m_error; }
    /// Blocks until the worker has ended (for shutdown and tests); true if it ended in time.
    bool wait(int msecs = -1);

Q_SIGNALS:
    void progress(double fraction, const QString &message);
    void finished();

protected:
    /// The work. Runs on the worker thread: touch only the job's own data.
    virtual void execute() = 0;
    void reportProgress(double fraction, const QString &message) { Q_EMIT progress(fraction, message); }
    const std::atomic_bool *cancelFlag() const { return &m_cancel; }

private:
    void runGuarded();
    void onWorkerFinished();

    std::atomic_bool m_cancel{false};
    bool m_running = false;
    QString m_error;
    QThread *m_thread = nullptr;
};

} // namespace tessera

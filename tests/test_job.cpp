// SPDX-License-Identifier: GPL-3.0-or-later
// Job: work on a worker thread, finished() back on the creating thread, cooperative cancel,
// progress and errors; SolveJob end to end.
#include "core/error.h"
#include "core/io/problemjson.h"
#include "core/jobs/job.h"
#include "core/scheduling/solvejob.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QtTest>

#include <atomic>
#include <stdexcept>

using namespace tessera;

namespace {
/// A job whose execute() does one of a few scripted things.
class TinyJob : public Job
{
public:
    enum Mode { Quick, LoopUntilCancelled, Progress, Throw, ThrowInput };
    explicit TinyJob(Mode mode, QObject *parent = nullptr)
        : Job(parent)
        , m_mode(mode)
    {
    }
    QThread *executeThread = nullptr;
    std::atomic_bool looping{false};
    std::atomic_bool sawCancel{false};
    std::atomic_int iterations{0};
    std::atomic_bool *externalSawCancel = nullptr; ///< outlives the job

protected:
    void execute() override
    {
        executeThread = QThread::currentThread();
        switch (m_mode) {
        case Quick:
            return;
        case LoopUntilCancelled: {
            QElapsedTimer t;
            t.start();
            while (t.elapsed() < 20000) { // a safety net: the test fails long before
                looping = true;
                ++iterations;
                if (isCancelRequested()) {
                    sawCancel = true;
                    if (externalSawCancel)
                        *externalSawCancel = true;
                    return;
                }
                QThread::msleep(1);
            }
            return;
        }
        case Progress:
            reportProgress(0.25, QStringLiteral("quarter"));
            reportProgress(1.0, QStringLiteral("done"));
            return;
        case Throw:
            throw std::runtime_error("boom in execute");
        case ThrowInput:
            throw InputError(QStringLiteral("input.csv"), 4, QStringLiteral("offered"), QStringLiteral("is negative"));
        }
    }

private:
    Mode m_mode;
};
} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void runsOnWorkerFinishesOnCreator();
    void cancelIsObserved();
    void progressIsDelivered();
    void exceptionsBecomeErrorMessage_data();
    void exceptionsBecomeErrorMessage();
    void runSynchronously();
    void destroyingRunningJobCancelsIt();
    void solveJobCyclicProblem();
    void solveJobBadInput();
};

void TestJob::runsOnWorkerFinishesOnCreator()
{
    TinyJob job(TinyJob::Quick);
    QThread *finishedOn = nullptr;
    connect(&job, &Job::finished, this, [&] { finishedOn = QThread::currentThread(); });
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(job.isRunning());
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 1);
    QVERIFY(job.executeThread != nullptr);
    QVERIFY(job.executeThread != QThread::currentThread());
    QCOMPARE(finishedOn, QThread::currentThread());
    QVERIFY(!job.isRunning());
    QVERIFY(job.errorMessage().isEmpty());

    // A finished job can run again, on a new worker.
    job.start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.count(), 2);
    QVERIFY(job.executeThread != QThread::currentThread());
}

void TestJob::cancelIsObserved()
{
    TinyJob job(TinyJob::LoopUntilCancelled);
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QTRY_VERIFY_WITH_TIMEOUT(job.looping.load(), 5000);
    QVERIFY(!job.isCancelRequested());
    QCOMPARE(spy.count(), 0); // still looping: not finished before cancel
    QElapsedTimer t;
    t.start();
    job.cancel();
    QVERIFY(job.isCancelRequested());
    QVERIFY(spy.wait(5000));
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
    QVERIFY(job.sawCancel.load());
    QVERIFY(job.errorMessage().isEmpty());
    // start() clears a previous cancel request.
    job.sawCancel = false;
    job.looping = false;
    job.start();
    QVERIFY(!job.isCancelRequested());
    QTRY_VERIFY_WITH_TIMEOUT(job.looping.load(), 5000);
    QVERIFY(!job.sawCancel.load());
    job.cancel();
    QVERIFY(spy.wait(5000));
    QVERIFY(job.sawCancel.load());
}

void TestJob::progressIsDelivered()
{
    TinyJob job(TinyJob::Progress);
    QList<QThread *> progressOn;
    connect(&job, &Job::progress, this, [&](double, const QString &) { progressOn << QThread::currentThread(); });
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(progress.count(), 2, 5000);
    QCOMPARE(progress.at(0).at(0).toDouble(), 0.25);
    QCOMPARE(progress.at(0).at(1).toString(), QStringLiteral("quarter"));
    QCOMPARE(progress.at(1).at(0).toDouble(), 1.0);
    QCOMPARE(progress.at(1).at(1).toString(), QStringLiteral("done"));
    // Queued to the receiver's (this test's) thread, not run on the worker.
    QCOMPARE(progressOn.size(), 2);
    QCOMPARE(progressOn.at(0), QThread::currentThread());
}

void TestJob::exceptionsBecomeErrorMessage_data()
{
    QTest::addColumn<int>("mode");
    QTest::addColumn<QString>("message");
    QTest::newRow("std::runtime_error") << int(TinyJob::Throw) << "boom in execute";
    QTest::newRow("InputError") << int(TinyJob::ThrowInput) << "input.csv, row 4, field 'offered': is negative";
}

void TestJob::exceptionsBecomeErrorMessage()
{
    QFETCH(int, mode);
    QFETCH(QString, message);
    TinyJob job{static_cast<TinyJob::Mode>(mode)};
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(spy.wait(5000));
    QCOMPARE(job.errorMessage(), message);
    QVERIFY(!job.isRunning());
    // The next run starts clean.
    TinyJob ok(TinyJob::Quick);
    ok.runSynchronously();
    QVERIFY(ok.errorMessage().isEmpty());
}

void TestJob::runSynchronously()
{
    TinyJob job(TinyJob::Quick);
    QSignalSpy spy(&job, &Job::finished);
    job.runSynchronously();
    QCOMPARE(spy.count(), 1); // emitted before returning, no event loop needed
    QCOMPARE(job.executeThread, QThread::currentThread());
    QVERIFY(!job.isRunning());

    TinyJob bad(TinyJob::Throw);
    bad.runSynchronously();
    QCOMPARE(bad.errorMessage(), QStringLiteral("boom in execute"));
}

void TestJob::destroyingRunningJobCancelsIt()
{
    std::atomic_bool sawCancel{false};
    auto *job = new TinyJob(TinyJob::LoopUntilCancelled);
    job->externalSawCancel = &sawCancel;
    job->start();
    QTRY_VERIFY_WITH_TIMEOUT(job->looping.load(), 5000);
    QElapsedTimer t;
    t.start();
    // The destructor cancels and joins the worker (the loop would otherwise run for 20 s).
    delete job;
    QVERIFY(sawCancel.load()); // the worker saw the request and returned before delete finished
    QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
}

void TestJob::solveJobCyclicProblem()
{
    const SchedulingProblem p = readProblemFile(QStringLiteral(TESSERA_TEST_DATA "/cyclic_daily_8h.json")).toProblem();
    SolveOptions o;
    o.timeLimitSeconds = 60;
    SolveJob job(p, o);
    QCOMPARE(job.problem().horizon(), 24);
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(spy.wait(60000));
    QVERIFY(job.errorMessage().isEmpty());
    const SolveResult r = job.result();
    QCOMPARE(r.status, SolveStatus::Optimal);
    QCOMPARE(r.objective, 55.0);
    QCOMPARE(r.bestBound, 55.0);
    QCOMPARE(int(r.shiftCounts.size()), 24);
}

void TestJob::solveJobBadInput()
{
    SchedulingProblem p;
    p.intervalMinutes = 60;
    p.demand = {1, 1};
    Shift s;
    s.id = QStringLiteral("too long");
    s.start = 0;
    s.end = 5; // past the horizon, not cyclic
    p.shifts = {s};
    SolveJob job(p, SolveOptions{});
    QSignalSpy spy(&job, &Job::finished);
    job.start();
    QVERIFY(spy.wait(10000));
    const SolveResult r = job.result();
    QCOMPARE(r.status, SolveStatus::Error);
    QCOMPARE(r.diagnosis.size(), size_t(1));
    QCOMPARE(r.diagnosis[0].kind, QStringLiteral("error"));
    QVERIFY2(r.diagnosis[0].message.contains(QStringLiteral("shifts[0].end")), qPrintable(r.diagnosis[0].message));
}

QTEST_MAIN(TestJob)
#include "test_job.moc"

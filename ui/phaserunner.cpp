#include "phaserunner.h"

#include "common/workerpool.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parity {

void PhaseRunner::Job::reportProgress(int done, int total, const QString &step)
{
    // Queued: the phase runs on a worker, the runner and its page live on
    // the UI thread. A runner destroyed meanwhile drops the call.
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, done, total, step] { Q_EMIT runner->progressed(done, total, step); },
        Qt::QueuedConnection);
}

void PhaseRunner::Job::enterPhase(int phase, const QString &label)
{
    QMetaObject::invokeMethod(
        m_runner, [runner = m_runner, phase, label] { Q_EMIT runner->phaseEntered(phase, label); },
        Qt::QueuedConnection);
}

PhaseRunner::PhaseRunner(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &PhaseRunner::done);
}

PhaseRunner::~PhaseRunner()
{
    cancelAndWait();
}

bool PhaseRunner::start(Work work)
{
    if (m_running)
        return false;
    m_cancel = false;
    m_running = true;
    m_result = {};
    Job *job = &m_job;
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [work = std::move(work), job] { return work(*job); }));
    Q_EMIT started();
    return true;
}

void PhaseRunner::cancel()
{
    if (m_running)
        m_cancel = true;
}

void PhaseRunner::cancelAndWait()
{
    cancel();
    m_watcher.waitForFinished();
}

void PhaseRunner::done()
{
    if (!m_running)
        return;
    m_running = false;
    // The future was never cancelled (the phase stops on the flag), so it
    // always holds the phase's result.
    m_result = m_watcher.result();
    Q_EMIT finished();
}

} // namespace parity

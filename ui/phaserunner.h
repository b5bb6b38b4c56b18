#pragma once

#include "common/error.h"
#include "common/jobcontext.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <functional>

namespace parity {

/// Runs one blocking phase of a run (ApplyRun::preflight, RollbackRun::execute
/// …) at a time on a worker thread, for a wizard page. The phase sees a
/// JobContext whose progress arrives here as queued signals on the UI thread
/// and whose cancel flag cancel() sets. The phase must not touch widgets; the
/// page reads the run's state again only after finished().
class PhaseRunner : public QObject
{
    Q_OBJECT

public:
    /// What the phase sees: progress goes to the runner's signals, cancel
    /// comes from its flag. enterPhase() names a new step of a work that
    /// chains several phases (apply → verify → finish).
    class Job final : public JobContext
    {
    public:
        Job(PhaseRunner *runner, const std::atomic<bool> &cancelled)
            : m_runner(runner)
            , m_cancelled(cancelled)
        {
        }
        void reportProgress(int done, int total, const QString &step) override;
        [[nodiscard]] bool isCancelled() const override { return m_cancelled.load(); }
        void enterPhase(int phase, const QString &label);

    private:
        PhaseRunner *m_runner; // outlives the job: ~PhaseRunner waits for it
        const std::atomic<bool> &m_cancelled;
    };

    using Work = std::function<Result<void>(Job &job)>;

    explicit PhaseRunner(QObject *parent = nullptr);
    /// Cancels a phase that still runs and waits for it.
    ~PhaseRunner() override;

    /// Starts `work` on the worker pool; false (and nothing starts) while
    /// another phase of this runner runs.
    bool start(Work work);
    /// Asks the phase to stop; it ends at its next check.
    void cancel();
    void cancelAndWait();
    bool isRunning() const { return m_running; }
    /// Cancel was asked for during the last phase.
    bool cancelRequested() const { return m_cancel.load(); }
    /// What the last phase returned (valid after finished()).
    const Result<void> &result() const { return m_result; }

Q_SIGNALS:
    void started();
    void phaseEntered(int phase, const QString &label);
    void progressed(int done, int total, const QString &step);
    void finished();

private:
    void done();

    QFutureWatcher<Result<void>> m_watcher;
    std::atomic<bool> m_cancel{false};
    Job m_job{this, m_cancel};
    bool m_running = false;
    Result<void> m_result;
};

} // namespace parity

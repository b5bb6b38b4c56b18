#include "runcheckcontroller.h"

#include "common/jobcontext.h"
#include "common/workerpool.h"
#include "migration/execution/runcheck.h"
#include "migration/execution/runstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parity {

RunCheckController::RunCheckController(SpecResolver resolver, QObject *parent)
    : QObject(parent), m_resolver(std::move(resolver))
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT checked(outcome.runId, outcome.report, outcome.sessionsLeft);
    });
}

void RunCheckController::check(const QString &runId, const QString &target, bool endSessions)
{
    if (isBusy())
        return;
    m_resolving = true;
    m_resolver(target, [this, runId, endSessions](Result<ConnectionSpec> spec) {
        m_resolving = false;
        if (!spec) {
            Q_EMIT checked(runId, spec.error().message.isEmpty() ? tr("Not checked: no password given.") : spec.error().message, 0);
            return;
        }
        m_watcher.setFuture(QtConcurrent::run(workerPool(), [runId, endSessions, target = *spec]() -> Outcome {
            Outcome outcome;
            outcome.runId = runId;
            const RunStore store;
            auto run = store.load(runId);
            if (!run) {
                outcome.report = run.error().message;
                return outcome;
            }
            QStringList lines;
            // Sessions first: one the run left may hold the locks a
            // measurement needs.
            auto sessions = leftoverSessions(target, runId);
            if (!sessions) {
                outcome.report = sessions.error().message;
                return outcome;
            }
            if (!sessions->isEmpty() && run->outcome != RunOutcome::Running) {
                lines << tr("Sessions the run left on the server:");
                for (const QString &s : *sessions)
                    lines << QStringLiteral("  ") + s;
                if (!endSessions) {
                    lines << tr("They may still hold locks and change %1, so it is not measured now: end them, then "
                                "check again.")
                                 .arg(run->targetName);
                    outcome.sessionsLeft = int(sessions->size());
                    outcome.report = lines.join(QLatin1Char('\n'));
                    return outcome;
                }
                auto ended = endLeftoverSessions(target, runId);
                if (!ended) {
                    lines << ended.error().message;
                    outcome.report = lines.join(QLatin1Char('\n'));
                    return outcome;
                }
                lines << tr("Ended %n session(s): their statements stopped and their transactions rolled back.", nullptr, *ended);
            }
            JobContext job;
            auto check = checkRunLeftState(store, *run, target, job);
            if (!check) {
                lines << check.error().message;
            } else if (!check->measured) {
                lines << tr("Could not measure %1: %2").arg(run->targetName, check->error);
            } else if (check->differences.isEmpty()) {
                lines << tr("Nothing stays applied: %1 has the same schema and the same rows as before the run.").arg(run->targetName);
            } else {
                lines << tr("Measured on %1, this differs from before the run:").arg(run->targetName);
                for (const QString &d : check->differences + check->cleanup)
                    lines << QStringLiteral("  ") + d;
            }
            outcome.report = lines.join(QLatin1Char('\n'));
            return outcome;
        }));
    });
}

} // namespace parity

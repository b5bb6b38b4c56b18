#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"

#include <QFutureWatcher>
#include <QObject>

#include <functional>

namespace parity {

/// Measures what a run left on its database (`parity-cli runs ID --check`)
/// and ends the server sessions an interrupted run left behind, on a
/// worker. The spec resolver turns the run's target ("@profile" or a spec
/// without password) into a connectable spec, asking for a password when
/// needed.
class RunCheckController : public QObject
{
    Q_OBJECT

public:
    using SpecResolver = std::function<void(const QString &, std::function<void(Result<ConnectionSpec>)>)>;

    RunCheckController(SpecResolver resolver, QObject *parent = nullptr);

    /// Reads run `runId`'s target and compares it with the run's record;
    /// with `endSessions` also ends the sessions it left. Ignored while busy.
    void check(const QString &runId, const QString &target, bool endSessions);
    bool isBusy() const { return m_watcher.isRunning() || m_resolving; }

Q_SIGNALS:
    /// The check ended: `report` in words, `sessionsLeft` sessions still on
    /// the server.
    void checked(const QString &runId, const QString &report, int sessionsLeft);

private:
    struct Outcome
    {
        QString runId;
        QString report;
        int sessionsLeft = 0;
    };

    SpecResolver m_resolver;
    QFutureWatcher<Outcome> m_watcher;
    bool m_resolving = false;
};

} // namespace parity

#pragma once

#include "common/error.h"
#include "migration/migrationplan.h"
#include "runrecord.h"

#include <QList>

#include <functional>

namespace parity {

class JobContext;
struct ConnectionSpec;

/// Limits on how long the apply may wait. 0: the server's own setting.
struct ApplyOptions
{
    int lockTimeoutSeconds = 0;      ///< PostgreSQL lock_timeout; MySQL lock_wait_timeout
    int statementTimeoutSeconds = 0; ///< PostgreSQL statement_timeout; MariaDB max_statement_time
    /// The run the statements belong to: PostgreSQL sessions then carry
    /// application_name "parity run <id>" (see runApplicationName), so that
    /// a session an interrupted run left behind can be found.
    QString runId;
};

/// The PostgreSQL application_name of the sessions that apply run `runId`.
QString runApplicationName(const QString &runId);

/// What happened to the statements of one apply.
struct ApplyResult
{
    bool ok = false;        ///< every statement ran and every transaction committed
    bool cancelled = false; ///< the user stopped it
    int failedIndex = -1;   ///< the step that failed (or was running when cancelled); -1 when none
    QString error;          ///< why it stopped, for people; empty when ok
    QList<StatementRecord> statements; ///< every statement sent, in order

    /// The statements whose effect stays on the database.
    QList<StatementRecord> committed() const;
};

/// Called after each statement and each commit, with everything sent so
/// far, so that the caller can write a checkpoint that survives a crash.
using ApplyCheckpoint = std::function<void(const QList<StatementRecord> &statements)>;

/// Runs `steps` on the target on a read-write connection opened on the
/// calling thread (application_name "parity" on PostgreSQL).
///
/// Steps read from a script that has transaction control of its own
/// (PlanStep::control) run exactly as the dialect's client runs them
/// (psql -v ON_ERROR_STOP=1, sqlite3 -bail, mariadb): each statement as
/// written, in autocommit mode outside the script's transactions, its
/// BEGIN/COMMIT/ROLLBACK/SAVEPOINT honoured, and a transaction still open
/// when a statement fails rolled back. Otherwise Parity owns the
/// transactions:
///
/// PostgreSQL and SQLite: consecutive transactional steps run in one
/// transaction, so a failure anywhere rolls all of them back; a step that
/// cannot run in a transaction (ALTER TYPE … ADD VALUE on old servers,
/// CREATE INDEX CONCURRENTLY, SQLite's PRAGMA foreign_keys) runs alone
/// between them, in the order the script has it. MySQL/MariaDB commit each
/// DDL statement on their own, so each statement is its own checkpoint and a
/// failure leaves exactly the statements before it applied.
///
/// Cancel is honoured between statements and, on PostgreSQL and MariaDB,
/// also during a long one (the server is asked to cancel it from a second
/// connection); an open transaction is then rolled back.
///
/// Fails (the Result) only when the target cannot be reached at all;
/// everything after that is told in ApplyResult.
[[nodiscard]] Result<ApplyResult> applySteps(const ConnectionSpec &target, const QList<PlanStep> &steps,
                                             const ApplyOptions &options, JobContext &job,
                                             const ApplyCheckpoint &checkpoint = {});

} // namespace parity

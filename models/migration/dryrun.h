#pragma once

#include "common/error.h"

#include <QString>
#include <QStringList>

namespace parity {

class JobContext;
struct ConnectionSpec;

/// What a dry run of a script found. `ok` is true when every statement that
/// was run succeeded; then `failedLine` is 0 and `error` empty.
struct DryRunOutcome
{
    bool ok = false;
    int statementsRun = 0; ///< statements sent to the server (the failing one included)
    int failedLine =
        0;         ///< 1-based script line of the failing statement (or of the error inside it)
    QString error; ///< the server's message for the failing statement
    QStringList skipped; ///< "Line N: statement" for each statement a transaction block refuses
};

/// Runs a PostgreSQL script inside one transaction on a connection opened on
/// the calling thread and always rolls it back, so the database ends as it
/// was: a rehearsal that finds every error the server would raise (missing
/// objects, failing constraints, duplicate rows), not just syntax.
///
/// The script's own BEGIN / START TRANSACTION / COMMIT / END / ROLLBACK are
/// rehearsed as savepoints of the dry run's transaction (see rehearsedAs),
/// so a block the script rolls back itself is rolled back here too. Statements PostgreSQL refuses inside a transaction block (CREATE
/// INDEX CONCURRENTLY, VACUUM, CREATE DATABASE, ALTER SYSTEM ...) are not run
/// and are listed in DryRunOutcome::skipped. Waiting for a lock gives up after
/// 5 s. Cancelling (JobContext::isCancelled, checked before each statement)
/// rolls back and returns an Error with code Cancelled; so does failing to
/// connect, with the connection's error.
[[nodiscard]] Result<DryRunOutcome> dryRunPostgres(const ConnectionSpec &spec,
                                                   const QString &script, JobContext &job);

} // namespace parity

#pragma once

#include "common/error.h"
#include "migration/migrationplan.h"
#include "schema/catalog.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parity {

class JobContext;
struct ConnectionSpec;

/// What rehearsing a script found.
struct ScriptRehearsal
{
    bool ok = false;          ///< every rehearsed statement succeeded
    int failedLine = 0;       ///< the failing statement's line (1-based), when not ok
    QString error;            ///< the server's message, when not ok
    /// Statements that cannot run inside a transaction and so were not
    /// rehearsed, "line N: statement" each.
    QStringList skipped;
    bool failedAfterSkipped = false; ///< the failure may come from a statement that was not rehearsed
    /// The target as the script leaves it (exact row counts), read inside
    /// the rehearsal's transaction before it was rolled back; set when ok.
    std::optional<Catalog> after;
};

/// What a script's statement becomes inside a rehearsal's own transaction:
/// the statement itself, or for its transaction control a savepoint of the
/// rehearsal's (BEGIN → SAVEPOINT, COMMIT → RELEASE, ROLLBACK → ROLLBACK TO
/// and RELEASE); empty: nothing to send. `scriptInTransaction` follows the
/// script's own transaction. `error` is set where the dialect's server would
/// refuse the statement (SQLite: COMMIT with no transaction open).
QStringList rehearsedAs(Dialect dialect, const PlanStep &step, bool &scriptInTransaction, QString &error);

/// Rehearses a script's steps on a live PostgreSQL or SQLite database in one
/// transaction that is always rolled back, and reads the catalog inside it.
/// The script's own transaction control is rehearsed faithfully: its BEGIN
/// becomes a savepoint, COMMIT releases it, ROLLBACK rolls back to it, and
/// its SAVEPOINTs nest inside. Lock waits give up after 5 s (PostgreSQL).
/// Fails (the Result) when the database cannot be reached, on cancel, and for
/// MySQL/MariaDB, whose schema changes commit on their own.
[[nodiscard]] Result<ScriptRehearsal> rehearseScript(const ConnectionSpec &spec, const QList<PlanStep> &steps,
                                                     JobContext &job);

} // namespace parity

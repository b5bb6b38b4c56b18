#pragma once

#include "applier.h"
#include "common/error.h"
#include "migration/migrationplan.h"
#include "schema/catalog.h"

#include <QList>
#include <QMap>
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
    bool busy = false;        ///< it failed waiting for a lock another session holds, not on the script
    /// The target as the script leaves it (exact row counts), read inside
    /// the rehearsal's transaction before it was rolled back; set when ok.
    std::optional<Catalog> after;
    /// The rows as the script leaves them ("schema.table" → count, checksum).
    QMap<QString, std::pair<qint64, QString>> rowsAfter;
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
/// its SAVEPOINTs nest inside. On PostgreSQL the session is named "parity
/// run <id> rehearsal" and keeps the apply's lock and statement timeouts
/// (lock waits give up after 5 s when none is given); cancel stops the
/// running statement. The rows are checksummed inside the transaction too.
/// What a rolled-back transaction cannot undo stays: sequences it advanced.
/// Fails (the Result) when the database cannot be reached, on cancel, and for
/// MySQL/MariaDB, whose schema changes commit on their own.
/// `from`: the target's catalog before; the rows are checksummed over its
/// columns, in the tables that keep all of them (comparableColumns).
[[nodiscard]] Result<ScriptRehearsal> rehearseScript(const ConnectionSpec &spec, const Catalog &from,
                                                     const QList<PlanStep> &steps, const ApplyOptions &options,
                                                     JobContext &job);

} // namespace parity

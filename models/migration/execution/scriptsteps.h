#pragma once

#include "common/error.h"
#include "migration/migrationplan.h"
#include "schema/dialect.h"

#include <QList>
#include <QString>

namespace parity {

/// The statements of a script, and whether it controls its own transactions.
struct ScriptSteps
{
    QList<PlanStep> steps;
    /// The script has BEGIN/COMMIT/ROLLBACK/SAVEPOINT of its own (every
    /// script `parity-cli plan` writes for PostgreSQL and SQLite does): the
    /// executor then runs it as the dialect's client would, honouring them.
    /// Without, the executor puts the whole script in one transaction.
    bool ownTransactions = false;
};

/// The statements of a script file (one written by `parity-cli plan`, or by
/// hand) as steps the executor runs, each with the line it starts on.
///
/// Transaction statements are classified by the dialect's own grammar
/// (PlanStep::control), whatever their spelling, comments or letter case.
/// Client commands are left out (psql's backslash lines, sqlite3's dot
/// lines, the mariadb client's DELIMITER lines, which only change how the
/// rest is split). A PostgreSQL statement that cannot run in a transaction
/// block, and SQLite's PRAGMA foreign_keys, become non-transactional steps.
///
/// Refused (InvalidInput, naming the line) before anything runs: a comment,
/// quote or dollar-quoted body that is never closed; transaction control
/// Parity cannot follow (COMMIT AND CHAIN, PREPARE TRANSACTION, XA, SET
/// autocommit); a transaction the script opens and never commits.
[[nodiscard]] Result<ScriptSteps> readScriptSteps(Dialect dialect, const QString &script);

/// readScriptSteps' steps; empty when the script is refused.
QList<PlanStep> stepsFromScript(Dialect dialect, const QString &script);

/// Splits MySQL/MariaDB script text as the mariadb client does: at the
/// current delimiter (';' until a DELIMITER line changes it) outside
/// quotes, backquotes and comments. Each statement with its 1-based line.
QList<std::pair<QString, int>> splitMysqlScript(const QString &script);

} // namespace parity

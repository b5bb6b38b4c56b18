#pragma once

#include "migration/migrationplan.h"
#include "schema/dialect.h"

#include <QList>
#include <QString>

namespace parity {

/// The statements of a script file (one written by `parity-cli plan`, or by
/// hand) as steps the executor runs, each with the line it starts on.
///
/// The script's own transaction control (BEGIN, START TRANSACTION, COMMIT,
/// END, ROLLBACK) is left out: the executor owns the transactions. Client
/// commands are left out too (psql's backslash lines, sqlite3's dot lines,
/// the mariadb client's DELIMITER lines, which only change how the rest is
/// split). A PostgreSQL statement that cannot run in a transaction block,
/// and SQLite's PRAGMA foreign_keys, become non-transactional steps.
QList<PlanStep> stepsFromScript(Dialect dialect, const QString &script);

/// Splits MySQL/MariaDB script text as the mariadb client does: at the
/// current delimiter (';' until a DELIMITER line changes it) outside
/// quotes, backquotes and comments. Each statement with its 1-based line.
QList<std::pair<QString, int>> splitMysqlScript(const QString &script);

} // namespace parity

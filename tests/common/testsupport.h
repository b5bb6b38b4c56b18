#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "schema/dialect.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace parity::test {

/// The throwaway server the CTest fixture started for `dialect`
/// (PostgreSQL or MySQL), from PARITY_TEST_PG_URL / PARITY_TEST_MYSQL_URL.
[[nodiscard]] Result<ConnectionSpec> serverSpec(Dialect dialect);

/// Drops and re-creates database `name` on the test server and returns a spec
/// pointing at it. Each test uses its own names so tests can run in parallel.
[[nodiscard]] Result<ConnectionSpec> createScratchDatabase(Dialect dialect, const QString &name);

/// A fresh SQLite file path under a per-process temporary folder.
QString scratchSqlitePath(const QString &name);

/// Runs SQL through the dialect's own client (psql -v ON_ERROR_STOP=1,
/// mariadb, sqlite3), exactly as a user would. The password travels in the
/// environment, never on the command line.
[[nodiscard]] Result<void> runSql(const ConnectionSpec &spec, const QString &sql);
[[nodiscard]] Result<void> runSqlFile(const ConnectionSpec &spec, const QString &path);

/// What one run of a dialect's own client did with a script.
struct ClientRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs `script` through the dialect's own client as runSql does (psql
/// -v ON_ERROR_STOP=1, mariadb, sqlite3 -bail), but reports how it ended
/// instead of failing; `tabular`: unaligned rows without headers, for
/// reading query results.
ClientRun runClientScript(const ConnectionSpec &spec, const QString &script, bool tabular = false);

/// What the dialect's own dump tool prints for `spec` with `options`
/// (`sqlite3 FILE OPTIONS…`, `pg_dump OPTIONS… DB`, `mariadb-dump OPTIONS…
/// DB`), the password in the environment; empty when it fails.
QString dumpTool(const ConnectionSpec &spec, const QStringList &options);

/// A dump without what differs between two dumps of the same database:
/// comments, SET lines, psql meta-commands (\restrict), set_config calls
/// and blank lines.
QString withoutDumpNoise(const QString &dump);

/// The database as its own tools describe it, schema and rows: `sqlite3
/// .dump`, `pg_dump` (comments, SET lines and \restrict lines left out),
/// `mariadb-dump --skip-comments --skip-dump-date`. Empty on failure.
QString serverDump(const ConnectionSpec &spec);

/// What one run of parity-cli (from PARITY_CLI) did.
struct CliRun
{
    int exitCode = -1; ///< -1 when it crashed or hung
    QString out;
    QString err;
};

/// Runs parity-cli with `arguments` as a user would, without PGPASSWORD or
/// MYSQL_PWD from the test's own environment; `env` adds variables.
CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &env = {});

/// Root of the source tree and of the shared corpora (may not exist).
QString sourceDir();
QString corporaDir();

/// Reads a whole text file (for fixtures); empty on failure.
QString readTextFile(const QString &path);

} // namespace parity::test

/// Fails the current test with the error's message when `result` holds one.
#define PARITY_VERIFY_RESULT(result)                                                      \
    do {                                                                                  \
        if (!(result))                                                                    \
            QFAIL(qPrintable(QStringLiteral("unexpected error: ") + (result).error().message)); \
    } while (false)

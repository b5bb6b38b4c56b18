#pragma once

// Internal to the backup module: what backup.cpp and the per-dialect files
// (backuppostgres.cpp, backupmysql.cpp, backupsqlite.cpp) share. Not for
// use elsewhere: the public contract is backup.h.

#include "backup.h"
#include "common/error.h"

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <functional>

class QProcess;

namespace parity {

struct Catalog;
class JobContext;
struct ConnectionSpec;

namespace backupdetail {

inline constexpr auto formatPostgres = "pg_dump-custom";
inline constexpr auto formatMysql = "mysqldump";
inline constexpr auto formatSqlite = "sqlite";

/// One run of a client tool. The password is only ever in `environment`.
struct ToolCommand
{
    QString program; ///< absolute path, from findTool()
    QStringList arguments;
    QProcessEnvironment environment;
    bool discardOutput = false; ///< stdout to the null device (the tool writes a file itself)
};

struct ToolOutput
{
    int exitCode = 0;
    QByteArray out;
    QByteArray err; ///< the tail only: enough for the last lines of an error
};

/// The first of `names` on PATH, as an absolute path; otherwise an error
/// naming the Debian package that has it.
[[nodiscard]] Result<QString> findTool(const QStringList &names, const QString &package);

/// Runs `command` to its end, asking `job` about cancel every 100 ms (and
/// calling `tick` as often, for progress). Cancel kills the tool and gives
/// Error::Code::Cancelled. A tool that cannot start or crashes is an error;
/// a non-zero exit is not (the caller knows what it means).
[[nodiscard]] Result<ToolOutput> runTool(const ToolCommand &command, JobContext &job,
                                         const std::function<void()> &tick = {});

/// Starts `process` as `command` says and waits until it runs.
[[nodiscard]] Result<void> startTool(QProcess &process, const ToolCommand &command);

/// Writes `data` to `process`'s stdin and waits until the tool has taken
/// it all (a worker thread has no event loop to flush it), asking `job`
/// about cancel meanwhile. An error when the tool stopped reading.
[[nodiscard]] Result<void> feedTool(QProcess &process, const QByteArray &data, JobContext &job);

enum class PipeEnd {
    SourceFinished, ///< the source tool ended and all it wrote was passed on
    TargetStopped,  ///< the target tool stopped reading (it exited): its exit code says why
};

/// Passes what `source` writes to stdout into `target`'s stdin, in pieces,
/// until one of the two ends; reports the bytes passed on as `what`, and
/// stops with Error::Code::Cancelled when `job` is cancelled (the caller
/// kills both tools). Does not close `target`'s stdin.
[[nodiscard]] Result<PipeEnd> pipeOutput(QProcess &source, QProcess &target, JobContext &job,
                                         const QString &what);

/// Kills a tool and waits for it to go.
void stopTool(QProcess &process);

/// "pg_dump (PostgreSQL) 15.18": the first line of `program --version`.
QString toolVersion(const QString &program);

/// The last meaningful lines of a tool's stderr, one line, for an error
/// message; a password (should a tool ever echo one) is masked.
QString lastLines(const QByteArray &err, const QString &password, int count = 3);

/// "pg_dump failed (exit code 1) backing up postgresql://…: <last lines>".
QString toolFailure(const QString &program, const ToolOutput &output, const QString &doing,
                    const ConnectionSpec &spec);

/// Hex SHA-256 of a file, read in pieces.
[[nodiscard]] Result<QString> sha256OfFile(const QString &path);

/// "12.3 MB", for progress and messages.
QString formatBytes(qint64 bytes);

/// Reports `bytes` done of about `expected` (KiB, so that ints suffice);
/// `expected` 0 or less: total unknown.
void reportBytes(JobContext &job, qint64 bytes, qint64 expected, const QString &what);

/// The environment a PostgreSQL client tool runs with: PGPASSWORD, PGAPPNAME,
/// PGSSLMODE and the other libpq settings the spec's options name.
QProcessEnvironment postgresEnvironment(const ConnectionSpec &spec);
/// --host/--port/--username/--dbname for a PostgreSQL tool; `database`
/// overrides the spec's (for a restore into another database).
QStringList postgresConnectionArguments(const ConnectionSpec &spec, const QString &database = {});

/// The environment a MariaDB client tool runs with: MYSQL_PWD.
QProcessEnvironment mysqlEnvironment(const ConnectionSpec &spec);
/// --no-defaults (first: the tool requires it there) and the connection.
QStringList mysqlConnectionArguments(const ConnectionSpec &spec);

// Per dialect; `spec` has its password resolved.
[[nodiscard]] Result<BackupInfo> takePostgresBackup(const ConnectionSpec &spec,
                                                    const QString &folder, const Catalog &from,
                                                    JobContext &job);
[[nodiscard]] Result<int> verifyPostgresBackup(const QString &path, const Catalog *from);
[[nodiscard]] Result<void> restorePostgresBackup(const ConnectionSpec &spec,
                                                 const BackupInfo &backup,
                                                 const QString &intoDatabase, JobContext &job);

[[nodiscard]] Result<BackupInfo> takeMysqlBackup(const ConnectionSpec &spec, const QString &folder,
                                                 const Catalog &from, JobContext &job);
[[nodiscard]] Result<int> verifyMysqlBackup(const QString &path, const Catalog *from);
[[nodiscard]] Result<void> restoreMysqlBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                              const QString &intoDatabase, JobContext &job);

[[nodiscard]] Result<BackupInfo> takeSqliteBackup(const ConnectionSpec &spec, const QString &folder,
                                                  const Catalog &from, JobContext &job);
[[nodiscard]] Result<int> verifySqliteBackup(const QString &path, const Catalog *from);
[[nodiscard]] Result<void> restoreSqliteBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                               const QString &intoDatabase, JobContext &job);

/// The tables of `from` for which `found` says no, as "schema.name", for
/// the message that a backup lacks them.
QStringList missingTables(
    const Catalog &from,
    const std::function<bool(const QString &schema, const QString &name)> &found);

/// Runs a dump tool (`command` writes `info.path`) with progress in bytes,
/// then checks the file with `verify` (which returns the tables found) and
/// fills in its size, checksum, tables and the tool's version. A tool that
/// fails, is cancelled or writes a file that does not check leaves no file.
[[nodiscard]] Result<BackupInfo> runDump(BackupInfo info, const ToolCommand &command, const ConnectionSpec &spec,
                                         const Catalog &from, JobContext &job,
                                         const std::function<Result<int>(const QString &path)> &verify);

} // namespace backupdetail
} // namespace parity

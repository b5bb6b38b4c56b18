#pragma once

#include "common/error.h"

#include <QJsonObject>
#include <QString>

namespace parity {

struct Catalog;
class JobContext;
struct ConnectionSpec;

/// A backup file taken before a run, and what was checked about it.
struct BackupInfo
{
    QString path;          ///< the file (inside the run's backup folder)
    QString format;        ///< "pg_dump-custom", "mysqldump", "sqlite"
    qint64 bytes = 0;
    QString sha256;        ///< hex
    QString tool;          ///< the tool and its version: "pg_dump (PostgreSQL) 15.8", "sqlite3 backup API 3.40.1"
    QString serverVersion; ///< the server's own version string, when it has one
    int tablesFound = 0;   ///< tables the check found in the backup (it must hold all of FROM's)
    bool verified = false;

    QJsonObject toJson() const;
    static BackupInfo fromJson(const QJsonObject &json);
};

/// Checks, before anything changes, that backups can go to `folder`: it
/// exists or can be made, a file can be written there, and the file system
/// has at least `bytesNeeded` free (an estimate of the backup's size; 0: do
/// not check space). The error says which folder and what to do.
[[nodiscard]] Result<void> checkBackupFolder(const QString &folder, qint64 bytesNeeded);

/// Rough size of a backup of `from` (from its row counts and table sizes),
/// for checkBackupFolder: generous, never below 1 MiB.
qint64 estimateBackupBytes(const Catalog &from);

/// Backs up the database behind `spec` into `folder` (which exists) and
/// checks the result before returning: PostgreSQL with pg_dump -Fc (checked
/// with pg_restore --list), MySQL/MariaDB with mysqldump
/// --single-transaction --routines --triggers --events (checked for its
/// completion line and its CREATE TABLE statements), SQLite with the online
/// backup API (checked with PRAGMA integrity_check). The check also finds
/// every table of `from` in the backup. A client tool that is missing is an
/// error naming the Debian package that has it. The password goes to the
/// tool through its environment (PGPASSWORD, MYSQL_PWD), never on its
/// command line. Cancel (checked while the tool runs) kills the tool and
/// removes the partial file.
[[nodiscard]] Result<BackupInfo> takeBackup(const ConnectionSpec &spec, const QString &folder,
                                            const Catalog &from, JobContext &job);

/// Checks a backup file again (before a restore): it is there, its checksum
/// matches, and the dialect's tool can read it.
[[nodiscard]] Result<void> checkBackup(const BackupInfo &backup);

/// Restores `backup` over the database behind `spec`, which ends holding
/// exactly what the backup holds: objects the backup does not have are
/// dropped first. PostgreSQL: the drops and pg_restore's output run in one
/// psql transaction (all or nothing). MySQL/MariaDB: the database's objects
/// are dropped, then the dump is loaded with the mariadb client. SQLite: the
/// backup API copies the file back over the live database.
///
/// `intoDatabase` not empty: restore into that new database (PostgreSQL and
/// MySQL: created first, an error if it exists; SQLite: a file path) and
/// leave `spec`'s database alone, to inspect before deciding.
[[nodiscard]] Result<void> restoreBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                         const QString &intoDatabase, JobContext &job);

} // namespace parity

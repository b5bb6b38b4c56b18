// SQLite backups: SQLite's online backup API, which copies a live database
// page by page under its own locking (a plain file copy could catch a
// write half-way, or miss what sits in the WAL file).
#include "backupsupport.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "schema/catalog.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <sqlite3.h>

namespace parity::backupdetail {

namespace {

constexpr int pagesPerStep = 256;
constexpr int busyGiveUpMs = 30000;

/// Owns one sqlite3 connection; closing it is the destructor's job.
struct SqliteConnection
{
    sqlite3 *db = nullptr;

    SqliteConnection() = default;
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;
    ~SqliteConnection() { sqlite3_close_v2(db); }

    QString error() const { return QString::fromUtf8(sqlite3_errmsg(db)); }
};

Result<void> open(SqliteConnection &connection, const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &connection.db, flags, nullptr);
    if (rc != SQLITE_OK) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot open SQLite file %1: %2")
                        .arg(path, connection.db ? connection.error()
                                                 : QString::fromUtf8(sqlite3_errstr(rc))));
    }
    sqlite3_busy_timeout(connection.db, 5000);
    return {};
}

/// Copies `source` over `destination` in steps, for progress and cancel.
/// The destination changes only when the last step succeeds: abandoning
/// the copy leaves it as it was.
Result<void> copyPages(SqliteConnection &source, SqliteConnection &destination, JobContext &job,
                       const QString &what)
{
    sqlite3_backup *backup = sqlite3_backup_init(destination.db, "main", source.db, "main");
    if (!backup)
        return fail(Error::Code::Io, QStringLiteral("%1: %2").arg(what, destination.error()));
    int rc = SQLITE_OK;
    QElapsedTimer busy;
    for (;;) {
        rc = sqlite3_backup_step(backup, pagesPerStep);
        const int total = sqlite3_backup_pagecount(backup);
        job.reportProgress(total - sqlite3_backup_remaining(backup), total, what);
        if (rc == SQLITE_DONE)
            break; // committed: too late to cancel
        if (job.isCancelled()) {
            sqlite3_backup_finish(backup);
            return fail(Error::Code::Cancelled,
                        QStringLiteral("Cancelled: %1 was stopped").arg(what));
        }
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED) {
            // Another connection is writing: wait for it, a while.
            if (!busy.isValid())
                busy.start();
            if (busy.elapsed() > busyGiveUpMs)
                break;
            sqlite3_sleep(50);
            continue;
        }
        busy.invalidate();
        if (rc != SQLITE_OK)
            break;
    }
    sqlite3_backup_finish(backup);
    if (rc != SQLITE_DONE) {
        return fail(Error::Code::Io,
                    QStringLiteral("%1 failed: %2%3")
                        .arg(what, QString::fromUtf8(sqlite3_errstr(rc)),
                             rc == SQLITE_BUSY || rc == SQLITE_LOCKED
                                 ? QStringLiteral(" (another program kept the database busy "
                                                  "for 30 s: close it and try again)")
                                 : QString()));
    }
    return {};
}

/// The single-column rows of `sql`, or the error text.
Result<QStringList> rowsOf(SqliteConnection &connection, const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v2(connection.db, sql, -1, &statement, nullptr) != SQLITE_OK)
        return fail(Error::Code::Corrupt, connection.error());
    QStringList rows;
    int rc = SQLITE_OK;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW)
        rows << QString::fromUtf8(
            reinterpret_cast<const char *>(sqlite3_column_text(statement, 0)));
    sqlite3_finalize(statement);
    if (rc != SQLITE_DONE)
        return fail(Error::Code::Corrupt, connection.error());
    return rows;
}

QString libraryVersion()
{
    return QString::fromUtf8(sqlite3_libversion());
}

} // namespace

Result<BackupInfo> takeSqliteBackup(const ConnectionSpec &spec, const QString &folder,
                                    const Catalog &from, JobContext &job)
{
    if (!QFileInfo(spec.path).isFile()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral("SQLite file %1 does not exist: nothing to back up")
                        .arg(spec.path));
    }
    BackupInfo info;
    info.format = QLatin1String(formatSqlite);
    info.path = QDir(folder).filePath(QStringLiteral("backup.sqlite"));
    info.serverVersion = QStringLiteral("SQLite ") + libraryVersion();
    info.tool = QStringLiteral("sqlite3 backup API ") + libraryVersion();
    if (job.isCancelled())
        return fail(Error::Code::Cancelled, QStringLiteral("Cancelled before the backup began"));

    QFile::remove(info.path);
    {
        SqliteConnection source;
        SqliteConnection destination;
        if (auto ok = open(source, spec.path, SQLITE_OPEN_READONLY); !ok)
            return std::unexpected(ok.error());
        if (auto ok = open(destination, info.path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
            !ok) {
            QFile::remove(info.path);
            return std::unexpected(ok.error());
        }
        auto copied = copyPages(source, destination, job,
                                QStringLiteral("Backing up %1").arg(spec.databaseName()));
        if (!copied) {
            sqlite3_close_v2(destination.db);
            destination.db = nullptr;
            QFile::remove(info.path);
            Error error = copied.error();
            if (error.code == Error::Code::Cancelled)
                error.message += QStringLiteral("; the partial backup was removed");
            return std::unexpected(error);
        }
    }
    if (job.isCancelled()) {
        QFile::remove(info.path);
        return fail(Error::Code::Cancelled,
                    QStringLiteral("Cancelled: the backup was stopped and removed"));
    }

    job.reportProgress(0, 0, QStringLiteral("Checking the backup of %1").arg(spec.databaseName()));
    auto tables = verifySqliteBackup(info.path, &from);
    if (!tables) {
        QFile::remove(info.path);
        return std::unexpected(tables.error());
    }
    auto sha = sha256OfFile(info.path);
    if (!sha) {
        QFile::remove(info.path);
        return std::unexpected(sha.error());
    }
    info.sha256 = *sha;
    info.bytes = QFileInfo(info.path).size();
    info.tablesFound = *tables;
    info.verified = true;
    return info;
}

Result<int> verifySqliteBackup(const QString &path, const Catalog *from)
{
    if (!QFileInfo(path).isFile())
        return fail(Error::Code::NotFound, QStringLiteral("Backup file %1 is not there").arg(path));
    SqliteConnection copy;
    if (auto ok = open(copy, path, SQLITE_OPEN_READONLY); !ok)
        return std::unexpected(ok.error());
    auto integrity = rowsOf(copy, "PRAGMA integrity_check");
    if (!integrity || integrity->size() != 1 || integrity->constFirst() != QLatin1String("ok")) {
        const QString problem =
            integrity ? integrity->mid(0, 3).join(QStringLiteral("; ")) : integrity.error().message;
        return fail(Error::Code::Corrupt,
                    QStringLiteral(
                        "Backup %1 fails SQLite's integrity check (%2): the backup is not usable")
                        .arg(path, problem));
    }
    auto names = rowsOf(copy, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT "
                              "LIKE 'sqlite\\_%' ESCAPE '\\'");
    if (!names) {
        return fail(Error::Code::Corrupt, QStringLiteral("Cannot list the tables of backup %1: %2")
                                              .arg(path, names.error().message));
    }
    const QSet<QString> tables(names->cbegin(), names->cend());
    if (from) {
        const QStringList missing =
            missingTables(*from, [&](const QString &, const QString &tableName) {
                return tables.contains(tableName);
            });
        if (!missing.isEmpty()) {
            return fail(
                Error::Code::Corrupt,
                QStringLiteral(
                    "Backup %1 lacks %2 table(s) of the database: %3. The backup is not usable")
                    .arg(path)
                    .arg(missing.size())
                    .arg(missing.mid(0, 10).join(QStringLiteral(", "))));
        }
    }
    return int(tables.size());
}

Result<void> restoreSqliteBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                 const QString &intoDatabase, JobContext &job)
{
    const bool intoNew = !intoDatabase.isEmpty();
    const QString target = intoNew ? intoDatabase : spec.path;
    if (intoNew && QFileInfo::exists(target)) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 already exists: choose a new file to restore into")
                        .arg(target));
    }
    Result<void> copied;
    {
        SqliteConnection source;
        SqliteConnection destination;
        if (auto ok = open(source, backup.path, SQLITE_OPEN_READONLY); !ok)
            return ok;
        if (auto ok = open(destination, target, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE); !ok)
            return ok;
        copied = copyPages(source, destination, job,
                           QStringLiteral("Restoring %1").arg(QFileInfo(target).fileName()));
    }
    if (copied)
        return {};
    Error error = copied.error();
    if (intoNew) {
        QFile::remove(target);
        error.message += QStringLiteral("; %1 was removed").arg(target);
    } else {
        error.message += QStringLiteral("; %1 was not changed").arg(target);
    }
    return std::unexpected(error);
}

} // namespace parity::backupdetail

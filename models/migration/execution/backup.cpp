#include "backup.h"

#include "backupsupport.h"
#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "schema/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonValue>
#include <QRandomGenerator>
#include <QStorageInfo>

namespace parity {

using namespace backupdetail;

QJsonObject BackupInfo::toJson() const
{
    QJsonObject json;
    json[QStringLiteral("path")] = path;
    json[QStringLiteral("format")] = format;
    json[QStringLiteral("bytes")] = double(bytes);
    json[QStringLiteral("sha256")] = sha256;
    json[QStringLiteral("tool")] = tool;
    json[QStringLiteral("serverVersion")] = serverVersion;
    json[QStringLiteral("tablesFound")] = tablesFound;
    json[QStringLiteral("verified")] = verified;
    return json;
}

BackupInfo BackupInfo::fromJson(const QJsonObject &json)
{
    BackupInfo info;
    info.path = json.value(QStringLiteral("path")).toString();
    info.format = json.value(QStringLiteral("format")).toString();
    info.bytes = qint64(json.value(QStringLiteral("bytes")).toDouble());
    info.sha256 = json.value(QStringLiteral("sha256")).toString();
    info.tool = json.value(QStringLiteral("tool")).toString();
    info.serverVersion = json.value(QStringLiteral("serverVersion")).toString();
    info.tablesFound = json.value(QStringLiteral("tablesFound")).toInt();
    info.verified = json.value(QStringLiteral("verified")).toBool();
    return info;
}

Result<void> checkBackupFolder(const QString &folder, qint64 bytesNeeded)
{
    const QString advice = QStringLiteral("choose another backup folder (--backup-dir)");
    if (folder.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("No backup folder given: %1").arg(advice));
    const QFileInfo info(folder);
    if (info.exists() && !info.isDir()) {
        return fail(Error::Code::Io, QStringLiteral("Backup folder %1 is a file, not a folder: %2")
                                         .arg(folder, advice));
    }
    if (!info.exists() && !QDir().mkpath(folder)) {
        return fail(Error::Code::Io,
                    QStringLiteral(
                        "Cannot create backup folder %1: %2, or create it yourself with write "
                        "permission")
                        .arg(folder, advice));
    }

    // Permissions say too little (root ignores them, a read-only mount does
    // not show in them): write a file and see.
    const QString probePath = QDir(folder).filePath(
        QStringLiteral(".parity-probe-%1")
            .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
    {
        QFile probe(probePath);
        const bool written = probe.open(QIODevice::WriteOnly | QIODevice::NewOnly)
                             && probe.write("parity backup folder probe\n") > 0 && probe.flush();
        const QString reason = probe.errorString();
        probe.close();
        QFile::remove(probePath);
        if (!written) {
            return fail(Error::Code::Io,
                        QStringLiteral("Cannot write to backup folder %1 (%2): %3, or give "
                                       "yourself write permission there")
                            .arg(folder, reason, advice));
        }
    }

    if (bytesNeeded > 0) {
        const QStorageInfo storage(folder);
        const qint64 available = storage.bytesAvailable();
        if (storage.isValid() && available >= 0 && available < bytesNeeded) {
            return fail(
                Error::Code::Io,
                QStringLiteral(
                    "Backup folder %1 has %2 free; the backup needs about %3: %4 or free space")
                    .arg(folder, formatBytes(available), formatBytes(bytesNeeded), advice));
        }
    }
    return {};
}

qint64 estimateBackupBytes(const Catalog &from)
{
    // A dump row is its values as text plus a little framing; 200 bytes is
    // generous for the narrow tables most schemas have, and a table with no
    // known row figure is taken as 1 MiB. Compressed formats (pg_dump -Fc)
    // need far less: the estimate errs on the side of refusing early.
    constexpr qint64 bytesPerRow = 200;
    constexpr qint64 unknownTable = 1024 * 1024;
    constexpr qint64 floor = 1024 * 1024;
    qint64 total = 0;
    for (const Schema &schema : from.schemas) {
        for (const Table &table : schema.tables) {
            const qint64 rows = table.rowCount >= 0 ? table.rowCount : table.rowEstimate;
            total += rows >= 0 ? rows * bytesPerRow : unknownTable;
        }
    }
    return qMax(total, floor);
}

Result<BackupInfo> takeBackup(const ConnectionSpec &spec, const QString &folder,
                              const Catalog &from, JobContext &job)
{
    if (!QFileInfo(folder).isDir()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral(
                        "Backup folder %1 does not exist: check it first (checkBackupFolder)")
                        .arg(folder));
    }
    ConnectionSpec resolved = spec;
    resolvePassword(resolved);
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        return takePostgresBackup(resolved, folder, from, job);
    case ConnectionSpec::Kind::MySQL:
        return takeMysqlBackup(resolved, folder, from, job);
    case ConnectionSpec::Kind::SQLite:
        return takeSqliteBackup(resolved, folder, from, job);
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return fail(Error::Code::InvalidInput,
                QStringLiteral("%1 is not a database: only a database can be backed up")
                    .arg(spec.display()));
}

Result<void> checkBackup(const BackupInfo &backup)
{
    const QFileInfo info(backup.path);
    if (!info.isFile()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral(
                        "Backup file %1 is not there any more: restore is not possible from it")
                        .arg(backup.path));
    }
    if (backup.bytes > 0 && info.size() != backup.bytes) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral(
                        "Backup file %1 has changed since it was taken: %2 bytes, it had %3")
                        .arg(backup.path)
                        .arg(info.size())
                        .arg(backup.bytes));
    }
    auto sha = sha256OfFile(backup.path);
    if (!sha)
        return std::unexpected(sha.error());
    if (!backup.sha256.isEmpty() && sha->compare(backup.sha256, Qt::CaseInsensitive) != 0) {
        return fail(
            Error::Code::Corrupt,
            QStringLiteral(
                "Backup file %1 has changed since it was taken: its SHA-256 is %2, it was %3")
                .arg(backup.path, *sha, backup.sha256));
    }
    Result<int> readable = fail(Error::Code::InvalidInput,
                                QStringLiteral("Backup file %1 has an unknown format \"%2\"")
                                    .arg(backup.path, backup.format));
    if (backup.format == QLatin1String(formatPostgres))
        readable = verifyPostgresBackup(backup.path, nullptr);
    else if (backup.format == QLatin1String(formatMysql))
        readable = verifyMysqlBackup(backup.path, nullptr);
    else if (backup.format == QLatin1String(formatSqlite))
        readable = verifySqliteBackup(backup.path, nullptr);
    if (!readable)
        return std::unexpected(readable.error());
    return {};
}

Result<void> restoreBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                           const QString &intoDatabase, JobContext &job)
{
    const char *expected = nullptr;
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        expected = formatPostgres;
        break;
    case ConnectionSpec::Kind::MySQL:
        expected = formatMysql;
        break;
    case ConnectionSpec::Kind::SQLite:
        expected = formatSqlite;
        break;
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not a database: a backup restores into a database")
                        .arg(spec.display()));
    }
    if (backup.format != QLatin1String(expected)) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Backup %1 is a %2 backup and cannot be restored into %3")
                        .arg(backup.path, backup.format, spec.display()));
    }
    job.reportProgress(0, 0,
                       QStringLiteral("Checking backup %1").arg(QFileInfo(backup.path).fileName()));
    if (auto ok = checkBackup(backup); !ok)
        return ok;
    if (job.isCancelled())
        return fail(Error::Code::Cancelled,
                    QStringLiteral("Cancelled before the restore began: nothing changed"));

    ConnectionSpec resolved = spec;
    resolvePassword(resolved);
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        return restorePostgresBackup(resolved, backup, intoDatabase, job);
    case ConnectionSpec::Kind::MySQL:
        return restoreMysqlBackup(resolved, backup, intoDatabase, job);
    case ConnectionSpec::Kind::SQLite:
        return restoreSqliteBackup(resolved, backup, intoDatabase, job);
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return fail(Error::Code::Internal, QStringLiteral("unreachable"));
}

} // namespace parity

// MySQL/MariaDB backups: a mariadb-dump (mysqldump) SQL file of one
// database, loaded back with the mariadb (mysql) client.
#include "backupsupport.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "migration/sqlgenerator.h"
#include "schema/catalog.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QSqlQuery>

namespace parity::backupdetail {

namespace {

const QString clientPackage = QStringLiteral("mariadb-client");
constexpr qint64 chunkBytes = 1024 * 1024;

/// The name of "CREATE TABLE `na``me` (": backquoted, a backquote doubled.
QString createdTable(const QByteArray &line)
{
    static const QByteArray prefix("CREATE TABLE `");
    if (!line.startsWith(prefix))
        return {};
    QByteArray name;
    for (qsizetype i = prefix.size(); i < line.size(); ++i) {
        if (line.at(i) != '`') {
            name += line.at(i);
        } else if (i + 1 < line.size() && line.at(i + 1) == '`') {
            name += '`';
            ++i;
        } else {
            return QString::fromUtf8(name);
        }
    }
    return {};
}

Result<QStringList> namesOf(const DatabaseSession &session, const QString &sql, const QString &what)
{
    QSqlQuery query(session.database());
    if (!query.exec(sql))
        return std::unexpected(session.queryError(query, what));
    QStringList names;
    while (query.next())
        names << query.value(0).toString() + QLatin1Char('\t') + query.value(1).toString();
    return names;
}

/// Drops every view, table, sequence, routine and event of the session's
/// database, so that the dump's load leaves exactly what it holds.
Result<void> dropEverything(const DatabaseSession &session, JobContext &job)
{
    const auto generator = SqlGenerator::create(Dialect::MySQL);
    const auto q = [&](const QString &name) {
        return generator->quoteIdentifier(name);
    };
    struct Kind
    {
        QString list;
        QString what;
    };
    const QList<Kind> kinds = {
        {QStringLiteral("SELECT TABLE_NAME, 'VIEW' FROM information_schema.VIEWS WHERE "
                        "TABLE_SCHEMA = DATABASE()"),
         QStringLiteral("listing views")},
        {QStringLiteral(
             "SELECT TABLE_NAME, IF(TABLE_TYPE = 'SEQUENCE', 'SEQUENCE', 'TABLE') FROM "
             "information_schema.TABLES WHERE TABLE_SCHEMA = DATABASE() AND TABLE_TYPE <> 'VIEW'"),
         QStringLiteral("listing tables")},
        {QStringLiteral(
             "SELECT ROUTINE_NAME, ROUTINE_TYPE FROM information_schema.ROUTINES WHERE "
             "ROUTINE_SCHEMA = DATABASE() AND ROUTINE_TYPE IN ('PROCEDURE', 'FUNCTION')"),
         QStringLiteral("listing routines")},
        {QStringLiteral("SELECT EVENT_NAME, 'EVENT' FROM information_schema.EVENTS WHERE "
                        "EVENT_SCHEMA = DATABASE()"),
         QStringLiteral("listing events")},
    };
    if (auto ok = session.exec(QStringLiteral("SET FOREIGN_KEY_CHECKS = 0")); !ok)
        return ok;
    for (const Kind &kind : kinds) {
        auto names = namesOf(session, kind.list, kind.what);
        if (!names)
            return std::unexpected(names.error());
        for (const QString &entry : *names) {
            if (job.isCancelled()) {
                return fail(
                    Error::Code::Cancelled,
                    QStringLiteral(
                        "Cancelled while emptying %1: it is now incomplete; restore it again")
                        .arg(session.spec().databaseName()));
            }
            const QString name = entry.section(QLatin1Char('\t'), 0, -2);
            const QString type = entry.section(QLatin1Char('\t'), -1);
            if (auto ok = session.exec(QStringLiteral("DROP %1 IF EXISTS %2").arg(type, q(name)));
                !ok)
                return ok;
        }
    }
    return {};
}

/// Loads the dump through the mariadb client, fed in pieces for progress
/// and cancel.
Result<void> loadDump(const ConnectionSpec &spec, const QString &path, const QString &database,
                      JobContext &job)
{
    auto client = findTool({QStringLiteral("mariadb"), QStringLiteral("mysql")}, clientPackage);
    if (!client)
        return std::unexpected(client.error());
    QFile dump(path);
    if (!dump.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read backup %1: %2").arg(path, dump.errorString()));

    const ToolCommand command{*client,
                              mysqlConnectionArguments(spec)
                                  + QStringList{QStringLiteral("--connect-timeout=")
                                                    + QString::number(spec.connectTimeoutSeconds),
                                                QStringLiteral("--default-character-set=utf8mb4"),
                                                QStringLiteral("--database=") + database},
                              mysqlEnvironment(spec), true};
    QProcess process;
    if (auto ok = startTool(process, command); !ok)
        return ok;
    const QString what = QStringLiteral("Restoring %1").arg(database);
    const qint64 total = dump.size();
    qint64 fed = 0;
    while (!dump.atEnd()) {
        const QByteArray chunk = dump.read(chunkBytes);
        if (chunk.isEmpty() && !dump.atEnd()) {
            stopTool(process);
            return fail(Error::Code::Io,
                        QStringLiteral("Cannot read backup %1: %2").arg(path, dump.errorString()));
        }
        if (auto ok = feedTool(process, chunk, job); !ok) {
            if (ok.error().code == Error::Code::Cancelled) {
                stopTool(process);
                return fail(Error::Code::Cancelled,
                            QStringLiteral(
                                "Cancelled: the restore stopped half-way, so %1 holds part of the "
                                "backup; restore it again")
                                .arg(database));
            }
            break; // the client stopped at an error: its exit code and stderr say which
        }
        fed += chunk.size();
        reportBytes(job, fed, total, what);
    }
    process.closeWriteChannel();
    while (!process.waitForFinished(100) && process.state() != QProcess::NotRunning) {
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        const ToolOutput output{process.exitCode(), {}, process.readAllStandardError()};
        ConnectionSpec target = spec;
        target.database = database;
        return fail(Error::Code::QueryFailed,
                    toolFailure(*client, output, QStringLiteral("loading the backup into"),
                                target));
    }
    return {};
}

Result<void> restoreIntoNew(const ConnectionSpec &spec, const BackupInfo &backup,
                            const QString &database, JobContext &job)
{
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
    if (!session)
        return std::unexpected(session.error());
    const auto generator = SqlGenerator::create(Dialect::MySQL);

    QSqlQuery query((*session)->database());
    query.prepare(QStringLiteral(
        "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME = ?"));
    query.addBindValue(database);
    if (!query.exec())
        return std::unexpected(
            (*session)->queryError(query, QStringLiteral("looking for database %1").arg(database)));
    if (query.next()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral(
                        "Database \"%1\" already exists on %2: choose a new name to restore into")
                        .arg(database, spec.display()));
    }
    // The new database takes the defaults of the one backed up, which
    // routines and tables without their own character set rely on.
    QString defaults;
    if (query.exec(QStringLiteral("SELECT DEFAULT_CHARACTER_SET_NAME, DEFAULT_COLLATION_NAME FROM "
                                  "information_schema.SCHEMATA WHERE SCHEMA_NAME = DATABASE()"))
        && query.next()) {
        defaults = QStringLiteral(" CHARACTER SET %1 COLLATE %2")
                       .arg(generator->quoteLiteral(query.value(0).toString()),
                            generator->quoteLiteral(query.value(1).toString()));
    }
    job.reportProgress(0, 0, QStringLiteral("Creating database %1").arg(database));
    if (auto ok = (*session)->exec(QStringLiteral("CREATE DATABASE %1%2")
                                       .arg(generator->quoteIdentifier(database), defaults));
        !ok)
        return ok;

    auto loaded = loadDump(spec, backup.path, database, job);
    if (loaded)
        return {};
    Error error = loaded.error();
    // The database exists only for this restore: leave nothing half-made.
    if (auto dropped = (*session)->exec(
            QStringLiteral("DROP DATABASE %1").arg(generator->quoteIdentifier(database)));
        !dropped)
        error.message +=
            QStringLiteral("; database %1 is left half-restored: drop it").arg(database);
    else
        error.message += QStringLiteral("; database %1 was dropped again").arg(database);
    return std::unexpected(error);
}

} // namespace

Result<BackupInfo> takeMysqlBackup(const ConnectionSpec &spec, const QString &folder,
                                   const Catalog &from, JobContext &job)
{
    auto dumpTool =
        findTool({QStringLiteral("mariadb-dump"), QStringLiteral("mysqldump")}, clientPackage);
    if (!dumpTool)
        return std::unexpected(dumpTool.error());
    if (spec.database.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 names no database: say which one to back up")
                        .arg(spec.display()));
    }

    BackupInfo info;
    info.format = QLatin1String(formatMysql);
    info.path = QDir(folder).filePath(QStringLiteral("backup.sql"));
    job.reportProgress(0, 0, QStringLiteral("Connecting to %1").arg(spec.databaseName()));
    {
        // Connecting first gives the clear connection errors of the session.
        auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
        if (!session)
            return std::unexpected(session.error());
        QSqlQuery query((*session)->database());
        if (query.exec(QStringLiteral("SELECT VERSION()")) && query.next())
            info.serverVersion = query.value(0).toString();
    }
    if (job.isCancelled())
        return fail(Error::Code::Cancelled, QStringLiteral("Cancelled before the backup began"));

    QFile::remove(info.path);
    // No --databases: the dump then has no CREATE DATABASE or USE, and loads
    // into whichever database the restore names.
    const ToolCommand command{*dumpTool,
                              mysqlConnectionArguments(spec)
                                  + QStringList{QStringLiteral("--single-transaction"),
                                                QStringLiteral("--routines"),
                                                QStringLiteral("--triggers"),
                                                QStringLiteral("--events"),
                                                QStringLiteral("--hex-blob"),
                                                QStringLiteral("--default-character-set=utf8mb4"),
                                                QStringLiteral("--result-file=") + info.path,
                                                spec.database},
                              mysqlEnvironment(spec), true};
    return runDump(std::move(info), command, spec, from, job,
                   [&from](const QString &path) { return verifyMysqlBackup(path, &from); });
}

Result<int> verifyMysqlBackup(const QString &path, const Catalog *from)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read backup %1: %2").arg(path, file.errorString()));
    if (file.size() == 0)
        return fail(Error::Code::Corrupt,
                    QStringLiteral("Backup file %1 is empty: the backup is not usable").arg(path));

    QSet<QString> tables;
    QByteArray lastLine;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        if (line.isEmpty())
            continue;
        lastLine = line;
        if (const QString name = createdTable(line); !name.isEmpty())
            tables.insert(name);
    }
    // mysqldump writes this comment last, and only when it got to the end.
    if (!lastLine.startsWith("-- Dump completed")) {
        return fail(
            Error::Code::Corrupt,
            QStringLiteral(
                "Backup %1 is incomplete: it does not end with mysqldump's \"-- Dump completed\" "
                "line. The backup is not usable")
                .arg(path));
    }
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

Result<void> restoreMysqlBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                const QString &intoDatabase, JobContext &job)
{
    if (auto client = findTool({QStringLiteral("mariadb"), QStringLiteral("mysql")}, clientPackage);
        !client)
        return std::unexpected(client.error());
    if (!intoDatabase.isEmpty())
        return restoreIntoNew(spec, backup, intoDatabase, job);

    {
        job.reportProgress(0, 0, QStringLiteral("Emptying %1").arg(spec.databaseName()));
        auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
        if (!session)
            return std::unexpected(session.error());
        if (auto ok = dropEverything(**session, job); !ok) {
            Error error = ok.error();
            if (error.code != Error::Code::Cancelled)
                error.message += QStringLiteral("; %1 may now lack some objects: restore it again")
                                     .arg(spec.databaseName());
            return std::unexpected(error);
        }
    }
    auto loaded = loadDump(spec, backup.path, spec.database, job);
    if (!loaded && loaded.error().code != Error::Code::Cancelled) {
        Error error = loaded.error();
        error.message +=
            QStringLiteral("; %1 holds only part of the backup: fix the cause and restore again")
                .arg(spec.databaseName());
        return std::unexpected(error);
    }
    return loaded;
}

} // namespace parity::backupdetail

// PostgreSQL backups: pg_dump's custom format, read back with pg_restore.
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
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

namespace parity::backupdetail {

namespace {

const QString clientPackage = QStringLiteral("postgresql-client");

/// pg_restore --list writes names with line breaks turned into spaces.
QString tocName(QString name)
{
    name.replace(QLatin1Char('\n'), QLatin1Char(' '));
    name.replace(QLatin1Char('\r'), QLatin1Char(' '));
    return name;
}

/// The TABLE entries of pg_restore --list: "schema name owner" each. A TOC
/// line is "ID; TABLEOID OID DESC SCHEMA NAME OWNER", where DESC may have
/// spaces ("TABLE DATA") and the names are printed as they are, spaces and
/// quotes included: so entries are matched against the whole expected
/// text, never split into fields.
QStringList tocTables(const QByteArray &listing)
{
    static const QRegularExpression entry(QStringLiteral("^\\d+; \\d+ \\d+ TABLE (.*)$"));
    QStringList tables;
    for (const QString &line : QString::fromUtf8(listing).split(QLatin1Char('\n'))) {
        const auto match = entry.match(line);
        if (!match.hasMatch())
            continue;
        const QString rest = match.captured(1);
        if (rest.startsWith(QLatin1String("DATA ")) || rest.startsWith(QLatin1String("ATTACH ")))
            continue;
        tables << rest;
    }
    return tables;
}

struct LiveDatabase
{
    int versionNumber = 0;
    QString bootstrapSuperuser;
    QStringList eventTriggers;
    QStringList publications;
    QStringList servers;
    QStringList extensions;
    QStringList schemas;
};

QStringList column(QSqlQuery &query)
{
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

/// What the restore must drop so that the database ends holding only what
/// the backup holds: everything in a non-system schema, and the database-wide
/// objects pg_dump writes without IF NOT EXISTS.
Result<LiveDatabase> readLiveDatabase(const ConnectionSpec &spec)
{
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    const QSqlDatabase db = (*session)->database();
    LiveDatabase live;
    const auto read = [&](const QString &sql, const QString &what) -> Result<QStringList> {
        QSqlQuery query(db);
        if (!query.exec(sql))
            return std::unexpected((*session)->queryError(query, what));
        return column(query);
    };
    // Members of an extension go with the extension.
    const QString notExtensionMember = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.classid = %1::regclass "
        "AND d.objid = %2.oid AND d.deptype = 'e')");
    struct Read
    {
        QStringList *into;
        QString sql;
        QString what;
    };
    QStringList version;
    QStringList superuser;
    const QList<Read> reads = {
        {&version, QStringLiteral("SELECT current_setting('server_version_num')"),
         QStringLiteral("reading the server version")},
        {&superuser, QStringLiteral("SELECT rolname FROM pg_catalog.pg_roles WHERE oid = 10"),
         QStringLiteral("reading the bootstrap superuser")},
        {&live.eventTriggers,
         QStringLiteral("SELECT evtname FROM pg_catalog.pg_event_trigger e WHERE ")
             + notExtensionMember.arg(QStringLiteral("'pg_catalog.pg_event_trigger'"),
                                      QStringLiteral("e")),
         QStringLiteral("listing event triggers")},
        {&live.publications, QStringLiteral("SELECT pubname FROM pg_catalog.pg_publication"),
         QStringLiteral("listing publications")},
        {&live.servers,
         QStringLiteral("SELECT srvname FROM pg_catalog.pg_foreign_server s WHERE ")
             + notExtensionMember.arg(QStringLiteral("'pg_catalog.pg_foreign_server'"),
                                      QStringLiteral("s")),
         QStringLiteral("listing foreign servers")},
        {&live.extensions,
         QStringLiteral(
             "SELECT e.extname FROM pg_catalog.pg_extension e JOIN pg_catalog.pg_namespace n "
             "ON n.oid = e.extnamespace WHERE n.nspname <> 'pg_catalog' ORDER BY e.extname"),
         QStringLiteral("listing extensions")},
        {&live.schemas,
         QStringLiteral("SELECT nspname FROM pg_catalog.pg_namespace n WHERE nspname NOT IN "
                        "('pg_catalog', 'information_schema') AND nspname NOT LIKE 'pg\\_toast%' "
                        "AND nspname NOT LIKE 'pg\\_temp\\_%' AND ")
             + notExtensionMember.arg(QStringLiteral("'pg_catalog.pg_namespace'"),
                                      QStringLiteral("n"))
             + QStringLiteral(" ORDER BY nspname"),
         QStringLiteral("listing schemas")},
    };
    for (const Read &r : reads) {
        auto values = read(r.sql, r.what);
        if (!values)
            return std::unexpected(values.error());
        *r.into = *values;
    }
    live.versionNumber = version.value(0).toInt();
    live.bootstrapSuperuser = superuser.value(0);
    return live;
}

/// The statements that empty the database before the dump's own run, in
/// the same transaction (so a failure half-way leaves it as it was).
QByteArray dropEverything(const LiveDatabase &live)
{
    const auto generator = SqlGenerator::create(Dialect::PostgreSQL);
    const auto q = [&](const QString &name) {
        return generator->quoteIdentifier(name);
    };
    // pg_restore's own BEGIN would warn that one is already open.
    QStringList sql{QStringLiteral("SET client_encoding = 'UTF8'"),
                    QStringLiteral("SET client_min_messages = error"), QStringLiteral("BEGIN")};
    for (const QString &name : live.eventTriggers)
        sql << QStringLiteral("DROP EVENT TRIGGER IF EXISTS %1 CASCADE").arg(q(name));
    for (const QString &name : live.publications)
        sql << QStringLiteral("DROP PUBLICATION IF EXISTS %1").arg(q(name));
    for (const QString &name : live.servers)
        sql << QStringLiteral("DROP SERVER IF EXISTS %1 CASCADE").arg(q(name));
    for (const QString &name : live.extensions)
        sql << QStringLiteral("DROP EXTENSION IF EXISTS %1 CASCADE").arg(q(name));
    for (const QString &name : live.schemas)
        sql << QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE").arg(q(name));
    sql << QStringLiteral(
        "SELECT pg_catalog.lo_unlink(oid) FROM pg_catalog.pg_largeobject_metadata");
    // pg_dump never creates the public schema (initdb does) and writes only
    // how it differs from initdb's: so it is made again as initdb makes it.
    if (live.versionNumber >= 150000) {
        sql << QStringLiteral("CREATE SCHEMA public AUTHORIZATION pg_database_owner")
            << QStringLiteral("GRANT USAGE ON SCHEMA public TO PUBLIC");
    } else {
        sql << QStringLiteral("CREATE SCHEMA public AUTHORIZATION %1")
                   .arg(q(live.bootstrapSuperuser))
            << QStringLiteral("GRANT ALL ON SCHEMA public TO PUBLIC");
    }
    sql << QStringLiteral("COMMENT ON SCHEMA public IS 'standard public schema'");
    return (sql.join(QStringLiteral(";\n")) + QStringLiteral(";\n")).toUtf8();
}

/// pg_restore's script piped into psql after the drops, all in one
/// transaction: pg_restore --single-transaction writes BEGIN … COMMIT, and
/// psql sees the COMMIT only when pg_restore read the whole backup.
Result<void> restoreInPlace(const ConnectionSpec &spec, const BackupInfo &backup,
                            const QString &pgRestore, const QString &psql, JobContext &job)
{
    job.reportProgress(0, 0, QStringLiteral("Reading what %1 holds").arg(spec.databaseName()));
    auto live = readLiveDatabase(spec);
    if (!live)
        return std::unexpected(live.error());

    QProcess reader;
    QProcess writer;
    const QString unchanged = QStringLiteral("; %1 was not changed").arg(spec.databaseName());
    const auto abandon = [&](Error error) -> Result<void> {
        // Killing psql before it reads COMMIT rolls everything back.
        stopTool(writer);
        stopTool(reader);
        error.message += unchanged;
        return std::unexpected(error);
    };

    ToolCommand writeCommand{psql,
                             QStringList{QStringLiteral("--no-psqlrc"), QStringLiteral("--quiet"),
                                         QStringLiteral("--set=ON_ERROR_STOP=1")}
                                 + postgresConnectionArguments(spec),
                             postgresEnvironment(spec), true};
    if (auto ok = startTool(writer, writeCommand); !ok)
        return std::unexpected(ok.error());
    ToolCommand readCommand{pgRestore,
                            {QStringLiteral("--single-transaction"), QStringLiteral("--file=-"),
                             backup.path},
                            postgresEnvironment(spec),
                            false};
    if (auto ok = startTool(reader, readCommand); !ok)
        return abandon(ok.error());
    reader.closeWriteChannel();

    Result<PipeEnd> end = PipeEnd::TargetStopped;
    if (auto fed = feedTool(writer, dropEverything(*live), job); fed)
        end = pipeOutput(reader, writer, job,
                         QStringLiteral("Restoring %1").arg(spec.databaseName()));
    else if (fed.error().code == Error::Code::Cancelled)
        end = std::unexpected(fed.error());
    if (!end)
        return abandon(end.error());

    const auto writerFailure = [&] {
        const ToolOutput output{writer.exitCode(), {}, writer.readAllStandardError()};
        return Error::make(Error::Code::QueryFailed,
                           toolFailure(psql, output, QStringLiteral("restoring the backup into"),
                                       spec));
    };
    if (*end == PipeEnd::TargetStopped) {
        // psql stopped at an error: its exit code and stderr say which.
        stopTool(reader);
        writer.waitForFinished(10000);
        return abandon(writerFailure());
    }
    if (reader.exitStatus() != QProcess::NormalExit || reader.exitCode() != 0) {
        const ToolOutput output{reader.exitCode(), {}, reader.readAllStandardError()};
        return abandon(Error::make(Error::Code::Corrupt,
                                   toolFailure(pgRestore, output,
                                               QStringLiteral("reading the backup for"), spec)));
    }

    writer.closeWriteChannel();
    // The COMMIT is on its way: from here on, waiting is the only safe thing.
    while (!writer.waitForFinished(100) && writer.state() != QProcess::NotRunning) {
    }
    if (writer.exitStatus() != QProcess::NormalExit || writer.exitCode() != 0)
        return abandon(writerFailure());
    return {};
}

Result<void> restoreIntoNew(const ConnectionSpec &spec, const BackupInfo &backup,
                            const QString &database, const QString &pgRestore, JobContext &job)
{
    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
    if (!session)
        return std::unexpected(session.error());
    const QSqlDatabase db = (*session)->database();
    const auto generator = SqlGenerator::create(Dialect::PostgreSQL);

    QSqlQuery query(db);
    query.prepare(QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = ?"));
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
    int version = 0;
    if (query.exec(QStringLiteral("SELECT current_setting('server_version_num')")) && query.next())
        version = query.value(0).toInt();

    // template0: template1 may hold objects (extensions) the dump creates too.
    job.reportProgress(0, 0, QStringLiteral("Creating database %1").arg(database));
    if (auto ok = (*session)->exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0")
                                       .arg(generator->quoteIdentifier(database)));
        !ok)
        return ok;

    ToolCommand command{pgRestore,
                        QStringList{QStringLiteral("--exit-on-error"),
                                    QStringLiteral("--single-transaction")}
                            + postgresConnectionArguments(spec, database)
                            + QStringList{backup.path},
                        postgresEnvironment(spec), true};
    const QString what = QStringLiteral("Restoring into %1").arg(database);
    job.reportProgress(0, 0, what);
    auto output = runTool(command, job);
    Error error;
    if (output && output->exitCode == 0)
        return {};
    if (!output) {
        error = output.error();
    } else {
        ConnectionSpec target = spec;
        target.database = database;
        error = Error::make(Error::Code::QueryFailed,
                            toolFailure(pgRestore, *output,
                                        QStringLiteral("restoring the backup into"), target));
    }
    // The database exists only for this restore: leave nothing half-made.
    const QString drop = QStringLiteral("DROP DATABASE IF EXISTS %1%2")
                             .arg(generator->quoteIdentifier(database),
                                  version >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString());
    if (auto dropped = (*session)->exec(drop); !dropped)
        error.message +=
            QStringLiteral("; database %1 is left half-restored: drop it").arg(database);
    else
        error.message += QStringLiteral("; database %1 was dropped again").arg(database);
    return std::unexpected(error);
}

} // namespace

Result<BackupInfo> takePostgresBackup(const ConnectionSpec &spec, const QString &folder,
                                      const Catalog &from, JobContext &job)
{
    auto pgDump = findTool({QStringLiteral("pg_dump")}, clientPackage);
    if (!pgDump)
        return std::unexpected(pgDump.error());
    if (auto pgRestore = findTool({QStringLiteral("pg_restore")}, clientPackage); !pgRestore)
        return std::unexpected(pgRestore.error());

    BackupInfo info;
    info.format = QLatin1String(formatPostgres);
    info.path = QDir(folder).filePath(QStringLiteral("backup.dump"));
    job.reportProgress(0, 0, QStringLiteral("Connecting to %1").arg(spec.databaseName()));
    {
        // Connecting first gives the clear connection errors of the session.
        auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
        if (!session)
            return std::unexpected(session.error());
        QSqlQuery query((*session)->database());
        if (query.exec(QStringLiteral("SHOW server_version")) && query.next())
            info.serverVersion = QStringLiteral("PostgreSQL ") + query.value(0).toString();
    }
    if (job.isCancelled())
        return fail(Error::Code::Cancelled, QStringLiteral("Cancelled before the backup began"));

    QFile::remove(info.path);
    const ToolCommand command{*pgDump,
                              QStringList{QStringLiteral("--format=custom"),
                                          QStringLiteral("--file=") + info.path}
                                  + postgresConnectionArguments(spec),
                              postgresEnvironment(spec), true};
    return runDump(std::move(info), command, spec, from, job,
                   [&from](const QString &path) { return verifyPostgresBackup(path, &from); });
}

Result<int> verifyPostgresBackup(const QString &path, const Catalog *from)
{
    if (QFileInfo(path).size() <= 0)
        return fail(Error::Code::Corrupt,
                    QStringLiteral("Backup file %1 is empty: the backup is not usable").arg(path));
    auto pgRestore = findTool({QStringLiteral("pg_restore")}, clientPackage);
    if (!pgRestore)
        return std::unexpected(pgRestore.error());
    JobContext job;
    const ToolCommand command{*pgRestore,
                              {QStringLiteral("--list"), path},
                              QProcessEnvironment::systemEnvironment(),
                              false};
    auto output = runTool(command, job);
    if (!output)
        return std::unexpected(output.error());
    if (output->exitCode != 0) {
        return fail(Error::Code::Corrupt, QStringLiteral("pg_restore cannot read backup %1: %2")
                                              .arg(path, lastLines(output->err, QString())));
    }
    const QStringList tables = tocTables(output->out);
    if (from) {
        const QSet<QString> exact(tables.cbegin(), tables.cend());
        const QStringList missing =
            missingTables(*from, [&](const QString &schemaName, const QString &tableName) {
                const QString prefix =
                    tocName(schemaName) + QLatin1Char(' ') + tocName(tableName) + QLatin1Char(' ');
                const Table *table = from->table(schemaName, tableName);
                if (table && !table->owner.isEmpty())
                    return exact.contains(prefix + tocName(table->owner));
                return std::any_of(tables.cbegin(), tables.cend(),
                                   [&](const QString &t) { return t.startsWith(prefix); });
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

Result<void> restorePostgresBackup(const ConnectionSpec &spec, const BackupInfo &backup,
                                   const QString &intoDatabase, JobContext &job)
{
    auto pgRestore = findTool({QStringLiteral("pg_restore")}, clientPackage);
    if (!pgRestore)
        return std::unexpected(pgRestore.error());
    if (!intoDatabase.isEmpty())
        return restoreIntoNew(spec, backup, intoDatabase, *pgRestore, job);
    auto psql = findTool({QStringLiteral("psql")}, clientPackage);
    if (!psql)
        return std::unexpected(psql.error());
    return restoreInPlace(spec, backup, *pgRestore, *psql, job);
}

} // namespace parity::backupdetail

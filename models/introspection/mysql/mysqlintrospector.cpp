#include "mysqlintrospector.h"

#include "common/jobcontext.h"
#include "mysqlcatalogquery.h"
#include "mysqlreadonlysnapshot.h"
#include "mysqlschemareader.h"

#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

// How MySQL maps onto the Catalog, in one place:
//   - A MySQL database is a Parity schema. By default the connection's own
//     database is read; with SchemaFilter::include set, every database on the
//     server that matches (never the system databases); exclude always applies.
//   - Everything is read inside one read-only transaction with a consistent
//     snapshot (MysqlReadOnlySnapshot), with one query per kind of object and
//     database (resources/sql/mysql/), never one per table.
//   - Unique indexes, including those declared as UNIQUE constraints, are
//     Table::indexes with unique = true: in MySQL the two are the same thing.
//     The PRIMARY index is the primary key and not an index. An index MySQL
//     made by itself to back a foreign key is an index like any other.
//   - A partitioned table is TableKind::Partitioned; its partitions are not
//     tables: Table::partitionKey holds the whole PARTITION BY text,
//     partition list included (see partitionClause()).
//   - MariaDB sequences are Schema::sequences, not tables.
//   - Column::collation is set only where it differs from the table's
//     default collation; defaults follow the rule in mysqltypes.cpp.
//   - Routine and trigger definitions are CREATE statements rebuilt from
//     information_schema without DEFINER (see mysqlsqltext.h); view
//     definitions drop the view's own database qualifier.
// Not represented, for want of a Catalog field: ON UPDATE CURRENT_TIMESTAMP,
// invisible columns and indexes, view ALGORITHM/SQL SECURITY.

namespace parity {

namespace {

using mysql::Flavor;
using mysql::ServerFeatures;

const QStringList kSystemSchemas = {QStringLiteral("mysql"), QStringLiteral("information_schema"),
                                    QStringLiteral("performance_schema"), QStringLiteral("sys")};

struct ServerInfo
{
    QString version;  ///< "MariaDB 10.11.19", "MySQL 8.0.36"
    QString database; ///< DATABASE(); empty when the connection has none
    Flavor flavor = Flavor::MySQL;
};

struct SchemaChoice
{
    QString name;
    QString comment;
};

QString sql(const char *name)
{
    return catalogSql(QStringLiteral("mysql"), QString::fromLatin1(name));
}

Result<ServerInfo> readServer(const QSqlDatabase &db)
{
    auto query = mysql::runCatalogQuery(db, sql("server"), {}, QStringLiteral("the server version"),
                                        mysql::Bind::Nothing);
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return fail(Error::Code::QueryFailed,
                    QStringLiteral("The MySQL/MariaDB server did not report its version."));
    const QString version = query->value(0).toString();
    const QString comment = query->value(1).toString();
    ServerInfo info;
    info.flavor = (version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
                   || comment.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive))
                      ? Flavor::MariaDB
                      : Flavor::MySQL;
    static const QRegularExpression number(QStringLiteral("^\\d+(?:\\.\\d+)*"));
    const QString digits = number.match(version).captured(0);
    info.version =
        (info.flavor == Flavor::MariaDB ? QStringLiteral("MariaDB ") : QStringLiteral("MySQL "))
        + (digits.isEmpty() ? version : digits);
    info.database = query->value(2).toString();
    return info;
}

Result<ServerFeatures> readFeatures(const QSqlDatabase &db, Flavor flavor)
{
    auto query =
        mysql::runCatalogQuery(db, sql("features"), {},
                               QStringLiteral("information_schema's layout"), mysql::Bind::Nothing);
    if (!query)
        return std::unexpected(query.error());
    QSet<QString> columns;
    while (query->next())
        columns.insert(query->value(0).toString() + QLatin1Char('.') + query->value(1).toString());
    ServerFeatures f;
    f.flavor = flavor;
    f.indexExpressions = columns.contains(QStringLiteral("STATISTICS.EXPRESSION"));
    f.checkConstraints = columns.contains(QStringLiteral("CHECK_CONSTRAINTS.CHECK_CLAUSE"));
    f.checksNameTable = columns.contains(QStringLiteral("CHECK_CONSTRAINTS.TABLE_NAME"));
    f.checkLevels = f.checksNameTable && columns.contains(QStringLiteral("CHECK_CONSTRAINTS.LEVEL"));
    f.schemaComments = columns.contains(QStringLiteral("SCHEMATA.SCHEMA_COMMENT"));
    // The MySQL variant of the check query needs TABLE_CONSTRAINTS.ENFORCED.
    if (f.checkConstraints && !f.checksNameTable
        && !columns.contains(QStringLiteral("TABLE_CONSTRAINTS.ENFORCED")))
        f.checkConstraints = false;
    return f;
}

// Without include patterns, the connection's own database is the one to
// read; with them, every user database on the server that matches. A
// connection opened without a database reads every user database.
Result<QList<SchemaChoice>> chooseSchemas(const QSqlDatabase &db, const ServerFeatures &features,
                                          const QString &currentDatabase,
                                          const SchemaFilter &filter)
{
    auto query =
        mysql::runCatalogQuery(db,
                               sql(features.schemaComments ? "schemas_with_comment" : "schemas"),
                               {}, QStringLiteral("the list of databases"), mysql::Bind::Nothing);
    if (!query)
        return std::unexpected(query.error());
    const bool allOnServer = !filter.include.isEmpty() || currentDatabase.isEmpty();
    QList<SchemaChoice> chosen;
    while (query->next()) {
        const QString name = query->value(0).toString();
        if (kSystemSchemas.contains(name, Qt::CaseInsensitive) || !filter.accepts(name))
            continue;
        if (!allOnServer && name != currentDatabase)
            continue;
        chosen.append({name, query->value(1).toString()});
    }
    return chosen;
}

} // namespace

Result<Catalog> MysqlIntrospector::introspect(QSqlDatabase &db, const IntrospectionOptions &options,
                                              JobContext &job)
{
    if (!db.isOpen()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("The MySQL/MariaDB connection \"%1\" is not open; connect "
                                   "before reading its schema.")
                        .arg(db.connectionName()));
    }
    mysql::MysqlReadOnlySnapshot snapshot(db);
    if (auto r = snapshot.begin(); !r)
        return std::unexpected(r.error());

    int done = 0;
    int total = 3;
    auto step = [&](const QString &words) {
        job.reportProgress(done++, total, words);
        return !job.isCancelled();
    };
    auto cancelled = [&](const QString &what) {
        return fail(Error::Code::Cancelled, QStringLiteral("Reading %1 was cancelled.").arg(what));
    };

    if (!step(QStringLiteral("Reading server version")))
        return cancelled(QStringLiteral("the MySQL/MariaDB server"));
    auto server = readServer(db);
    if (!server)
        return std::unexpected(server.error());

    if (!step(QStringLiteral("Reading catalog layout")))
        return cancelled(QStringLiteral("the MySQL/MariaDB server"));
    auto features = readFeatures(db, server->flavor);
    if (!features)
        return std::unexpected(features.error());

    if (!step(QStringLiteral("Listing databases")))
        return cancelled(QStringLiteral("the MySQL/MariaDB server"));
    auto schemas = chooseSchemas(db, *features, server->database, options.schemas);
    if (!schemas)
        return std::unexpected(schemas.error());

    Catalog catalog;
    catalog.dialect = Dialect::MySQL;
    catalog.serverVersion = server->version;
    catalog.database = server->database;

    total += int(schemas->size()) * mysql::MysqlSchemaReader::stepCount(options.exactRowCounts);
    mysql::MysqlSchemaReader reader(db, *features, step);
    for (const SchemaChoice &choice : std::as_const(*schemas)) {
        auto schema = reader.read(choice.name, choice.comment, options.exactRowCounts);
        if (!schema)
            return std::unexpected(schema.error());
        catalog.schemas.append(std::move(*schema));
    }
    snapshot.end();

    job.reportProgress(total, total, QStringLiteral("Done"));
    catalog.normalize();
    return catalog;
}

} // namespace parity

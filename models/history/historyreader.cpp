// Detection and the two entry points; historyreadertable.cpp reads one
// table, historyreaderframeworks.cpp knows each framework's shape and rows.
#include "historyreader.h"

#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "historyreadertable.h"
#include "introspection/inspector.h"

#include <QSqlQuery>

#include <algorithm>

namespace parity {

using historyreader::FoundColumn;
using historyreader::FoundTable;
using historyreader::TableReader;

namespace {

/// The table names any framework writes, lower case.
const QStringList &candidateNames()
{
    static const QStringList names = {
        QStringLiteral("django_migrations"),     QStringLiteral("sequelizemeta"),
        QStringLiteral("_prisma_migrations"),    QStringLiteral("flyway_schema_history"),
        QStringLiteral("schema_version"),        QStringLiteral("alembic_version"),
        QStringLiteral("schema_migrations"),     QStringLiteral("knex_migrations"),
        QStringLiteral("databasechangelog"),
    };
    return names;
}

/// One row per column of every table named like a framework's, ordered by
/// schema, table and position: schema, table, column, type.
QString detectionQuery(Dialect dialect)
{
    // The names are ours, not the database's: literals, lower case, no quote in them.
    const QString names = QLatin1Char('\'') + candidateNames().join(QStringLiteral("', '")) + QLatin1Char('\'');
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral(
                   "SELECT n.nspname, c.relname, a.attname, t.typname "
                   "FROM pg_catalog.pg_class c "
                   "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
                   "JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
                   "JOIN pg_catalog.pg_type t ON t.oid = a.atttypid "
                   "WHERE c.relkind IN ('r', 'p') "
                   "AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                   "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%' "
                   "AND lower(c.relname) IN (%1) "
                   "ORDER BY n.nspname, c.relname, a.attnum")
            .arg(names);
    case Dialect::MySQL:
        return QStringLiteral("SELECT '', table_name, column_name, LOWER(data_type) "
                              "FROM information_schema.columns "
                              "WHERE table_schema = DATABASE() AND LOWER(table_name) IN (%1) "
                              "ORDER BY table_name, ordinal_position")
            .arg(names);
    case Dialect::SQLite:
        return QStringLiteral("SELECT '', m.name, p.name, lower(p.type) "
                              "FROM main.sqlite_master m JOIN pragma_table_info(m.name, 'main') p "
                              "WHERE m.type = 'table' AND lower(m.name) IN (%1) "
                              "ORDER BY m.name, p.cid")
            .arg(names);
    }
    return {};
}

Result<QList<FoundTable>> findCandidates(const DatabaseSession &session, Dialect dialect)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(detectionQuery(dialect)))
        return std::unexpected(session.queryError(query, QStringLiteral("Looking for migration tables")));
    QList<FoundTable> tables;
    while (query.next()) {
        const QString schema = query.value(0).toString();
        const QString table = query.value(1).toString();
        if (tables.isEmpty() || tables.last().schema != schema || tables.last().table != table)
            tables.append(FoundTable{schema, table, {}});
        const QString column = query.value(2).toString();
        tables.last().columns.insert(column.toLower(), FoundColumn{column, query.value(3).toString()});
    }
    return tables;
}

std::unexpected<Error> cancelled(const DatabaseSession &session)
{
    return fail(Error::Code::Cancelled,
                QStringLiteral("Reading the migration history of %1 was cancelled").arg(session.spec().display()));
}

} // namespace

Result<QList<HistoryTable>> readMigrationHistory(const DatabaseSession &session)
{
    JobContext quiet;
    return readMigrationHistory(session, quiet);
}

Result<QList<HistoryTable>> readMigrationHistory(const DatabaseSession &session, JobContext &job)
{
    JobContext &progress = job;
    if (job.isCancelled())
        return cancelled(session);
    const Dialect dialect = dialectOf(session.spec().kind);
    progress.reportProgress(0, 1, QStringLiteral("Looking for migration tables"));
    auto candidates = findCandidates(session, dialect);
    if (!candidates)
        return std::unexpected(candidates.error());

    QList<std::pair<MigrationFramework, const FoundTable *>> found;
    for (const FoundTable &table : std::as_const(*candidates)) {
        if (const auto framework = historyreader::frameworkOf(table))
            found.append({*framework, &table});
    }
    // Report order; the detection query already sorted each framework's tables by schema and name.
    const QList<MigrationFramework> order = allMigrationFrameworks();
    std::stable_sort(found.begin(), found.end(), [&](const auto &a, const auto &b) {
        return order.indexOf(a.first) < order.indexOf(b.first);
    });

    const int total = int(found.size()) + 1;
    QList<HistoryTable> tables;
    for (qsizetype i = 0; i < found.size(); ++i) {
        if (job.isCancelled())
            return cancelled(session);
        const auto [framework, table] = found.at(i);
        const TableReader reader(session, dialect, *table);
        progress.reportProgress(int(i) + 1, total, QStringLiteral("Reading %1").arg(table->displayName()));
        auto migrations = historyreader::readMigrations(framework, reader);
        if (!migrations)
            return std::unexpected(migrations.error());
        HistoryTable history;
        history.framework = framework;
        history.schema = table->schema;
        history.table = table->table;
        history.migrations = std::move(*migrations);
        history.recordsCurrentOnly =
            framework == MigrationFramework::Alembic || framework == MigrationFramework::GolangMigrate;
        tables << history;
    }
    progress.reportProgress(total, total, QStringLiteral("Done"));
    return tables;
}

Result<EnvironmentHistory> readEnvironmentHistory(const ConnectionSpec &spec, const QString &name)
{
    JobContext quiet;
    return readEnvironmentHistory(spec, name, quiet);
}

Result<EnvironmentHistory> readEnvironmentHistory(const ConnectionSpec &spec, const QString &name,
                                                  JobContext &job)
{
    switch (spec.kind) {
    case ConnectionSpec::Kind::Snapshot:
        return fail(Error::Code::Unsupported,
                    QStringLiteral("%1 is a snapshot file: it holds the schema but not the rows of its migration "
                                   "tables; give the live database it was taken from (a postgresql://, mysql:// "
                                   "or sqlite: spec) instead")
                        .arg(spec.display()));
    case ConnectionSpec::Kind::Profile:
        return fail(Error::Code::Unsupported,
                    QStringLiteral("Profile @%1 must be resolved to its connection before its migration history "
                                   "is read")
                        .arg(spec.profileName));
    case ConnectionSpec::Kind::PostgreSQL:
    case ConnectionSpec::Kind::MySQL:
    case ConnectionSpec::Kind::SQLite: break;
    }
    if (job.isCancelled()) {
        return fail(Error::Code::Cancelled,
                    QStringLiteral("Reading the migration history of %1 was cancelled").arg(spec.display()));
    }

    ConnectionSpec resolved = spec;
    resolvePassword(resolved);
    auto session = DatabaseSession::open(resolved, DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    auto tables = readMigrationHistory(**session, job);
    if (!tables)
        return std::unexpected(tables.error());

    EnvironmentHistory history;
    history.name = name.isEmpty() ? spec.databaseName() : name;
    history.source = spec.display();
    history.tables = std::move(*tables);
    return history;
}

} // namespace parity

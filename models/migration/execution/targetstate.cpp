#include "targetstate.h"

#include "applyrun.h"
#include "audittable.h"
#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "introspection/inspector.h"
#include "migration/sqlgenerator.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>

namespace parity {

namespace {

} // namespace

QString tableKey(Dialect dialect, const Schema &schema, const Table &table)
{
    return schema.name.isEmpty() || dialect == Dialect::SQLite ? table.name : schema.name + QLatin1Char('.') + table.name;
}

namespace {

QString rowsText(qint64 n)
{
    return n == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(QLocale::c().toString(n));
}

QString checksumSql(Dialect dialect, const SqlGenerator &g, const Schema &schema, const Table &table)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        // The first 64 bits of each row's md5, summed as numeric: the same
        // rows in any order give the same sum.
        // The row is the catalog's columns, named: a column added since
        // does not change the sum of the rows that were there.
    {
        QStringList columns;
        for (const Column &column : table.columns)
            columns << QStringLiteral("t.") + g.quoteIdentifier(column.name);
        return QStringLiteral("SELECT count(*), coalesce(sum(('x' || left(md5(ROW(%3)::text), 16))::bit(64)::bigint::numeric), 0)::text "
                              "FROM %1.%2 AS t")
            .arg(g.quoteIdentifier(schema.name), g.quoteIdentifier(table.name), columns.join(QStringLiteral(", ")));
    }
    case Dialect::MySQL: {
        QStringList values;
        for (const Column &column : table.columns)
            values << QStringLiteral("IFNULL(HEX(%1), 'N')").arg(g.quoteIdentifier(column.name));
        if (values.isEmpty())
            values << QStringLiteral("''");
        return QStringLiteral("SELECT COUNT(*), CONCAT(COALESCE(SUM(CAST(CONV(SUBSTRING(h, 1, 8), 16, 10) AS UNSIGNED)), 0), "
                              "'-', COALESCE(SUM(CAST(CONV(SUBSTRING(h, 9, 8), 16, 10) AS UNSIGNED)), 0)) "
                              "FROM (SELECT MD5(CONCAT_WS(',', %1)) AS h FROM %2) AS parity_rows")
            .arg(values.join(QStringLiteral(", ")), g.quoteIdentifier(table.name));
    }
    case Dialect::SQLite: {
        QStringList columns;
        for (const Column &column : table.columns)
            columns << g.quoteIdentifier(column.name);
        return QStringLiteral("SELECT %1 FROM %2").arg(columns.isEmpty() ? QStringLiteral("*") : columns.join(QStringLiteral(", ")),
                                                      g.quoteIdentifier(table.name));
    }
    }
    return {};
}

/// SQLite has no md5: the rows are hashed here, each value with its type.
Result<RowChecksum> sqliteChecksum(const DatabaseSession &session, const QString &sql)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return std::unexpected(session.queryError(query, QStringLiteral("checksumming rows")));
    RowChecksum result;
    quint64 sum = 0;
    while (query.next()) {
        QCryptographicHash hash(QCryptographicHash::Md5);
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i) {
            const QVariant value = query.value(i);
            if (value.isNull()) {
                hash.addData("\x01N");
                continue;
            }
            hash.addData(QByteArray::number(value.typeId()));
            hash.addData(value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8());
            hash.addData("\x1f");
        }
        const QByteArray digest = hash.result();
        quint64 part = 0;
        for (int i = 0; i < 8; ++i)
            part = (part << 8) | quint8(digest.at(i));
        sum += part; // wraps: still the same for the same rows in any order
        ++result.rows;
    }
    result.checksum = QString::number(sum);
    return result;
}

} // namespace

Catalog comparableColumns(const Catalog &before, const Catalog &now)
{
    Catalog common = before;
    for (Schema &schema : common.schemas) {
        schema.tables.removeIf([&](const Table &t) {
            const Table *there = now.table(schema.name, t.name);
            if (!there)
                return true;
            return !std::ranges::all_of(t.columns, [&](const Column &c) {
                return std::ranges::any_of(there->columns, [&](const Column &d) { return d.name == c.name; });
            });
        });
    }
    return common;
}

QByteArray rowChecksumsToJson(const RowChecksums &checksums)
{
    QJsonObject tables;
    for (auto it = checksums.cbegin(); it != checksums.cend(); ++it)
        tables.insert(it.key(), QJsonObject{{QStringLiteral("rows"), it->rows}, {QStringLiteral("checksum"), it->checksum}});
    return QJsonDocument(QJsonObject{{QStringLiteral("format"), 1}, {QStringLiteral("tables"), tables}}).toJson();
}

Result<RowChecksums> rowChecksumsFromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (!document.isObject())
        return fail(Error::Code::InvalidInput, QStringLiteral("row checksums do not read: %1").arg(error.errorString()));
    RowChecksums checksums;
    const QJsonObject tables = document.object().value(QStringLiteral("tables")).toObject();
    for (auto it = tables.constBegin(); it != tables.constEnd(); ++it) {
        const QJsonObject table = it.value().toObject();
        checksums.insert(it.key(), RowChecksum{qint64(table.value(QStringLiteral("rows")).toDouble()),
                                               table.value(QStringLiteral("checksum")).toString()});
    }
    return checksums;
}

Result<RowChecksums> measureRowChecksums(const ConnectionSpec &spec, const Catalog &catalog, JobContext &job)
{
    auto opened = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!opened)
        return std::unexpected(opened.error());
    return rowChecksumsOn(**opened, catalog, job);
}

Result<RowChecksums> rowChecksumsOn(const DatabaseSession &session, const Catalog &catalog, JobContext &job)
{
    const ConnectionSpec &spec = session.spec();
    const Dialect dialect = dialectOf(spec.kind);
    const auto generator = SqlGenerator::create(dialect);
    int total = 0;
    for (const Schema &schema : catalog.schemas)
        total += int(schema.tables.size());
    RowChecksums checksums;
    int done = 0;
    for (const Schema &schema : catalog.schemas) {
        for (const Table &table : schema.tables) {
            if (job.isCancelled())
                return fail(Error::Code::Cancelled, QStringLiteral("Checksumming the rows of %1 was cancelled").arg(spec.databaseName()));
            job.reportProgress(done++, total, QStringLiteral("Checksumming the rows of %1").arg(tableKey(dialect, schema, table)));
            const QString sql = checksumSql(dialect, *generator, schema, table);
            if (dialect == Dialect::SQLite) {
                auto sum = sqliteChecksum(session, sql);
                if (!sum)
                    return std::unexpected(sum.error());
                checksums.insert(tableKey(dialect, schema, table), *sum);
                continue;
            }
            QSqlQuery query(session.database());
            query.setForwardOnly(true);
            if (!query.exec(sql) || !query.next()) {
                return std::unexpected(
                    session.queryError(query, QStringLiteral("checksumming the rows of %1").arg(tableKey(dialect, schema, table))));
            }
            checksums.insert(tableKey(dialect, schema, table), RowChecksum{query.value(0).toLongLong(), query.value(1).toString()});
        }
    }
    job.reportProgress(total, total, QStringLiteral("Rows checksummed"));
    return checksums;
}

namespace {


/// PostgreSQL: indexes a failed CREATE INDEX CONCURRENTLY left INVALID.
void findInvalidIndexes(const ConnectionSpec &spec, TargetStateCheck &check)
{
    auto opened = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!opened)
        return;
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    QSqlQuery query(session->database());
    if (!query.exec(QStringLiteral("SELECT n.nspname, i.relname, c.relname FROM pg_index x "
                                   "JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class c ON c.oid = x.indrelid "
                                   "JOIN pg_namespace n ON n.oid = i.relnamespace "
                                   "WHERE NOT x.indisvalid AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
                                   "ORDER BY 1, 2")))
        return;
    const auto g = SqlGenerator::create(Dialect::PostgreSQL);
    while (query.next()) {
        const QString schema = query.value(0).toString();
        const QString index = query.value(1).toString();
        check.differences << QStringLiteral("index %1.%2 on %1.%3 is INVALID: a CREATE INDEX CONCURRENTLY failed and left "
                                            "it behind; it slows writes and is never used")
                                 .arg(schema, index, query.value(2).toString());
        check.cleanup << QStringLiteral("DROP INDEX CONCURRENTLY IF EXISTS %1.%2;")
                             .arg(g->quoteIdentifier(schema), g->quoteIdentifier(index));
    }
}

} // namespace

TargetStateCheck checkTargetState(const ConnectionSpec &spec, const Catalog &before, const RowChecksums &beforeRows,
                                  const DiffOptions &options, JobContext &job, const QStringList &leftAlone)
{
    TargetStateCheck check;
    MutedJob quiet(job);
    auto now = inspect(spec, IntrospectionOptions{}, quiet);
    if (!now) {
        check.error = now.error().message;
        return check;
    }
    withoutAuditTable(*now);
    for (Schema &schema : now->schemas)
        schema.tables.removeIf([&](const Table &t) { return leftAlone.contains(tableKey(now->dialect, schema, t)); });
    check.differences = differenceLines(before, *now, options);
    if (spec.kind == ConnectionSpec::Kind::PostgreSQL)
        findInvalidIndexes(spec, check);
    if (!beforeRows.isEmpty()) {
        // Rows of the tables that are still there with all their columns: a
        // dropped table or column is a schema difference already.
        auto rows = measureRowChecksums(spec, comparableColumns(before, *now), quiet);
        if (!rows) {
            check.error = QStringLiteral("the rows could not be checksummed: ") + rows.error().message;
            return check;
        }
        for (auto it = rows->cbegin(); it != rows->cend(); ++it) {
            const auto was = beforeRows.constFind(it.key());
            if (was == beforeRows.cend() || *was == *it)
                continue;
            if (was->rows != it->rows)
                check.differences << QStringLiteral("rows: %1 held %2 before and holds %3 now")
                                         .arg(it.key(), rowsText(was->rows), rowsText(it->rows));
            else
                check.differences << QStringLiteral("rows: %1 holds %2 as before, but their values changed")
                                         .arg(it.key(), rowsText(it->rows));
        }
    }
    check.measured = true;
    return check;
}

} // namespace parity

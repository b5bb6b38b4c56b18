#pragma once

#include "common/error.h"
#include "introspection/introspector.h"
#include "schema/catalog.h"

#include <QHash>
#include <QString>

class QSqlDatabase;
class QSqlQuery;

namespace parity {

class JobContext;

/// One read of a PostgreSQL catalog: runs the set-based queries from
/// resources/sql/postgres/ inside one read-only REPEATABLE READ transaction
/// and assembles their rows, keyed by oid, into a Catalog. Used once, by
/// PostgresIntrospector.
class PostgresCatalogReader
{
public:
    PostgresCatalogReader(QSqlDatabase &db, const IntrospectionOptions &options);

    [[nodiscard]] Result<Catalog> read(JobContext &job);

private:
    using Step = Result<void> (PostgresCatalogReader::*)();

    [[nodiscard]] Result<QSqlQuery> run(const QString &sqlName, const QString &what);
    [[nodiscard]] Result<QSqlQuery> runText(const QString &sql, const QString &what);
    [[nodiscard]] Result<void> execute(const QString &sql, const QString &action);
    /// `action` says what was going on, as a phrase: "reading the columns".
    Error queryError(const QSqlQuery &query, const QString &action) const;

    Result<void> readSession();
    Result<void> readSchemas();
    Result<void> readExtensions();
    Result<void> readTables();
    Result<void> readViews();
    Result<void> readColumns();
    Result<void> readConstraints();
    Result<void> readIndexes();
    Result<void> readIndexKeys();
    Result<void> readEnums();
    Result<void> readDomains();
    Result<void> readPolicies();
    Result<void> readPrivileges();
    Result<void> readRoutines();
    Result<void> readTriggers();
    Result<void> readSequences();
    Result<void> readRowCounts();

    QStringList columnNames(quint32 relationOid, const QString &attnums) const;
    Catalog assemble();

    QSqlDatabase &m_db;
    IntrospectionOptions m_options;
    Catalog m_catalog;

    // Everything below is keyed by oid; rows of objects whose schema the
    // filter rejected find no parent here and are dropped.
    QHash<quint32, Schema> m_schemas;
    QHash<quint32, Table> m_tables;
    QHash<quint32, View> m_views;
    QHash<quint32, Index> m_indexes;
    QHash<quint32, quint32> m_indexRelation;  ///< index oid -> table or matview oid
    QHash<quint64, QString> m_attributeNames; ///< (relation oid, attnum) -> name, every schema
};

} // namespace parity

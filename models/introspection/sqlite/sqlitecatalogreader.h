#pragma once

#include "common/error.h"
#include "introspection/introspector.h"
#include "schema/catalog.h"
#include "common/stringmemo.h"
#include "sqliteddlparser.h"
#include "sqlitetypes.h"

#include <QHash>
#include <QSet>
#include <QVariant>
#include <QVariantMap>

#include <functional>

class QSqlDatabase;
class QSqlQuery;

namespace parity {

class JobContext;

/// One row of a catalog query, with columns looked up by name through an
/// index made once per query: QSqlQuery::value(name) rebuilds the whole
/// record on every call, which dominated reading thousands of tables.
class SqliteRow
{
public:
    SqliteRow(const QSqlQuery &query, const QHash<QString, int> &columns)
        : m_query(query)
        , m_columns(columns)
    {
    }
    QVariant value(const QString &name) const;
    QVariant value(int index) const;

private:
    const QSqlQuery &m_query;
    const QHash<QString, int> &m_columns;
};

/// One read of one SQLite database on behalf of SqliteIntrospector: the
/// steps (one set-based query each) and the state they share. Use once:
/// construct, call read(). The choices it makes where SQLite leaves room are
/// listed in sqliteintrospector.cpp.
class SqliteCatalogReader
{
public:
    SqliteCatalogReader(QSqlDatabase &db, const IntrospectionOptions &options, JobContext &job);

    [[nodiscard]] Result<Catalog> read();

private:
    using RowHandler = std::function<void(const SqliteRow &)>;
    /// Per table: (position in the key, column name).
    using PrimaryKeyParts = QHash<QString, QList<std::pair<int, QString>>>;

    Result<void> forEachRow(const QString &sql, const QString &what, const RowHandler &handle,
                            const QVariantMap &bindings = {});
    Result<void> forEachRowOf(const QString &resource, const QString &what,
                              const RowHandler &handle);
    Result<void> step(const QString &what);

    Result<void> readVersion();
    Result<void> readObjects();
    Result<void> readColumns();
    Result<void> readIndexes();
    Result<void> readForeignKeys();
    Result<void> readViewColumns();
    Result<void> readRowEstimates();
    Result<void> readRowCounts();

    void addObject(const SqliteRow &q);
    void addChecks(Table &table, const SqliteDdlParser::Table &parsed);
    void addColumn(const SqliteRow &q, PrimaryKeyParts &primaryKeyParts);
    void addPrimaryKeys(const PrimaryKeyParts &parts);
    Table *findTable(const QString &name);

    QSqlDatabase &m_db;
    const IntrospectionOptions &m_options;
    JobContext &m_job;
    int m_stepsDone = 0;
    int m_stepsTotal = 0;

    Catalog m_catalog;
    Schema m_schema;
    QHash<QString, qsizetype> m_tableByFoldedName;         ///< index into m_schema.tables
    QHash<QString, SqliteDdlParser::Table> m_parsedTables; ///< by table name
    QHash<QString, QString> m_indexSql;                    ///< CREATE INDEX text by index name
    QSet<QString> m_virtualTables;
    StringMemo m_normalizedType{&normalizeSqliteType};
};

} // namespace parity

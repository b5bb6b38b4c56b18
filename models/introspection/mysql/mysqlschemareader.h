#pragma once

#include "common/error.h"
#include "mysqlsqltext.h"
#include "mysqltypes.h"
#include "schema/schema.h"

#include <QHash>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>

namespace parity::mysql {

/// What this server's information_schema offers, found once per
/// introspection (see features.sql).
struct ServerFeatures
{
    Flavor flavor = Flavor::MariaDB;
    bool indexExpressions = false; ///< STATISTICS.EXPRESSION (MySQL 8.0.13+)
    bool checkConstraints = false; ///< CHECK_CONSTRAINTS exists (MySQL 8.0.16+, MariaDB 10.2+)
    bool checksNameTable = false;  ///< CHECK_CONSTRAINTS.TABLE_NAME (MariaDB)
    bool checkLevels = false;      ///< CHECK_CONSTRAINTS.LEVEL: column- or table-level (MariaDB 10.5.10+)
    bool schemaComments = false;   ///< SCHEMATA.SCHEMA_COMMENT (MariaDB 10.5+)
};

/// Reads everything in one MySQL database (a Parity schema) with one query
/// per kind of object, filling hash maps by name; it never runs a query per
/// table. Used by MysqlIntrospector inside its read-only snapshot.
class MysqlSchemaReader
{
public:
    /// Called before each query with the step in words; returns false when
    /// the user cancelled.
    using StepCallback = std::function<bool(const QString &step)>;

    MysqlSchemaReader(const QSqlDatabase &db, const ServerFeatures &features, StepCallback step);

    /// How many times read() calls the step callback.
    static int stepCount(bool exactRowCounts);

    [[nodiscard]] Result<Schema> read(const QString &schemaName, const QString &comment,
                                      bool exactRowCounts);

private:
    [[nodiscard]] Result<void> step(const QString &words);
    [[nodiscard]] Result<void> readTables();
    [[nodiscard]] Result<void> readViews();
    [[nodiscard]] Result<void> readColumns();
    [[nodiscard]] Result<void> readIndexes();
    [[nodiscard]] Result<void> readShowCreateTable();
    [[nodiscard]] Result<void> readForeignKeys();
    [[nodiscard]] Result<void> readChecks();
    [[nodiscard]] Result<void> readPartitions();
    [[nodiscard]] Result<QHash<QString, QList<RoutineParameter>>> readRoutineParameters();
    [[nodiscard]] Result<void> readRoutines();
    [[nodiscard]] Result<void> readTriggers();
    [[nodiscard]] Result<void> readSequences();
    [[nodiscard]] Result<void> readRowCounts();

    Table *findTable(const QString &name);
    QString unionOfTables(const QString &templateName, const QStringList &tables) const;

    QSqlDatabase m_db;
    ServerFeatures m_features;
    StepCallback m_step;

    Schema m_schema;
    QHash<QString, qsizetype> m_tableIndex; ///< name -> position in m_schema.tables
    QHash<QString, qsizetype>
        m_tableIndexFolded; ///< lower-case name, for lower_case_table_names servers
    QHash<QString, qsizetype> m_viewIndex;
    QStringList m_sequenceNames;
};

} // namespace parity::mysql

#pragma once

#include "column.h"
#include "constraints.h"
#include "index.h"
#include "privilege.h"

#include <QList>
#include <QString>

#include <optional>

namespace parity {

enum class TableKind {
    Ordinary,
    Partitioned, ///< a PostgreSQL partitioned parent, or a MySQL table with PARTITION BY
    Partition,   ///< a PostgreSQL partition (child) table
};

/// A base table with everything that hangs off it. Triggers live in Schema
/// because views have them too.
struct Table
{
    QString schema;
    QString name;
    TableKind kind = TableKind::Ordinary;
    QString partitionKey;    ///< "RANGE (created_at)" for a partitioned table
    QString parentTable;     ///< for a partition: the parent's name (same or other schema: "schema.name")
    QString partitionBound;  ///< for a partition: "FOR VALUES FROM (…) TO (…)"
    QString comment;
    QString owner;           ///< PostgreSQL role; empty elsewhere
    Grants grants;           ///< PostgreSQL privileges on the table and its columns
    QString engine;          ///< MySQL storage engine; empty elsewhere
    QString collation;       ///< MySQL table default collation; empty elsewhere
    QString options;         ///< other storage options as the database states them (SQLite "WITHOUT ROWID, STRICT")
    bool rowSecurity = false;      ///< PostgreSQL: ENABLE ROW LEVEL SECURITY
    bool forceRowSecurity = false; ///< PostgreSQL: FORCE ROW LEVEL SECURITY (the owner too)
    QList<Column> columns;   ///< in position order
    std::optional<PrimaryKey> primaryKey;
    QList<ForeignKey> foreignKeys;
    QList<UniqueConstraint> uniqueConstraints;
    QList<CheckConstraint> checks;
    QList<Index> indexes;
    qint64 rowEstimate = -1; ///< planner/statistics estimate; -1 when unknown
    qint64 rowCount = -1;    ///< exact count, only when asked for; -1 when not counted

    /// SQLite, during a comparison only: TO's own spelling of the name where
    /// it differs from FROM's in letter case alone. Never read or written.
    QString writtenName;

    const Column *column(const QString &columnName) const;

    bool operator==(const Table &) const = default;
};

QString tableKindKey(TableKind kind);
TableKind tableKindFromKey(const QString &key, bool *ok = nullptr);

} // namespace parity

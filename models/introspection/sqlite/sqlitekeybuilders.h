#pragma once

#include "schema/table.h"
#include "sqliteddlparser.h"

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>

namespace parity {

// Building Index, UniqueConstraint and ForeignKey values for
// SqliteCatalogReader from the rows of its pragma queries, completed with
// what only the CREATE text holds (names, expressions, deferral).

/// One row of indexes.sql: one key part of one index.
struct SqliteIndexRow
{
    QString tableName;
    QString indexName;
    bool unique = false;
    QString origin;
    int cid = 0;
    QString column;
    bool descending = false;
    QString collation;
};

/// One row of foreign_keys.sql: one column pair of one foreign key.
struct SqliteForeignKeyRow
{
    QString tableName;
    int id = 0;
    QString parent;
    QString from;
    QString to;
    QString onUpdate;
    QString onDelete;
    QString match;
};

/// What naming a table's UNIQUE constraints has used up so far.
struct SqliteUniqueNaming
{
    bool seeded = false;
    QSet<int> matchedClauses;
    QSet<QString> usedNames;
};

/// A UNIQUE constraint SQLite reports (as a 'u' index), named after the
/// clause of the table's CREATE text with the same columns, else
/// "<table>_<columns>_key".
UniqueConstraint sqliteUniqueFromRows(const QString &tableName, const QStringList &columns,
                                      const QList<SqliteDdlParser::Key> &declared,
                                      SqliteUniqueNaming &naming);

/// A secondary index from its key rows (in key order) and CREATE INDEX text.
Index sqliteIndexFromRows(const Table &table, const QList<SqliteIndexRow> &rows,
                          const QString &sql);

/// Adds a table's foreign keys (each a list of rows, in declaration order),
/// named and marked deferrable after the clauses of its CREATE text that have
/// the same columns and parent, else named "<table>_<columns>_fkey".
/// `findTable` looks up the parent by name, null when it does not exist.
void addSqliteForeignKeys(Table &table, const QList<SqliteDdlParser::ForeignKey> &declared,
                          const QList<QList<SqliteForeignKeyRow>> &keys,
                          const std::function<const Table *(const QString &)> &findTable);

} // namespace parity

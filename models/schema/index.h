#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

/// One key part of an index: a column or an expression.
struct IndexKey
{
    QString expression;     ///< a column name, or an expression when isExpression
    bool isExpression = false;
    bool descending = false;
    QString nulls;          ///< "FIRST", "LAST" or empty for the default
    int prefixLength = 0;   ///< MySQL prefix index length; 0 = whole column
    QString opclass;        ///< PostgreSQL operator class when not the default
    QString collation;      ///< when not the column's own

    bool operator==(const IndexKey &) const = default;
};

/// A secondary index. Indexes that only back a primary key or a unique
/// constraint are recorded with that constraint, not here.
struct Index
{
    QString name;
    QList<IndexKey> keys;
    bool unique = false;
    QString method;         ///< lower case: "btree", "hash", "gin", "gist", "fulltext", "spatial"…
    /// MariaDB: the CREATE said USING, which SHOW CREATE TABLE then shows
    /// (information_schema gives the method either way).
    bool methodStated = false;
    QString predicate;      ///< partial index WHERE clause, empty if none
    QStringList include;    ///< PostgreSQL INCLUDE columns
    QString definition;     ///< the database's own CREATE INDEX text where it has one
    QString comment;
    QString options;        ///< PostgreSQL storage parameters as WITH (…) holds them: "fillfactor=70"
    bool nullsNotDistinct = false; ///< PostgreSQL 15 UNIQUE … NULLS NOT DISTINCT
    /// PostgreSQL: the index is an exclusion constraint of this name's, and
    /// this is its text as the server gives it ("EXCLUDE USING gist (…)").
    /// Created and dropped as a constraint; empty for a plain index.
    QString exclusion;

    bool operator==(const Index &) const = default;
};

} // namespace parity

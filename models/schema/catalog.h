#pragma once

#include "dialect.h"
#include "extension.h"
#include "schema.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace parity {

/// Everything Parity knows about one database's structure, independent of
/// how it was read. A value: copy it, compare it, save it as a snapshot.
///
/// Equality compares structure and row figures; `source` and `capturedAt`
/// say where and when it was read and are not part of equality.
struct Catalog
{
    Dialect dialect = Dialect::SQLite;
    QString serverVersion;   ///< "PostgreSQL 15.18", "MariaDB 10.11.19", "SQLite 3.40.1"
    QString database;        ///< the database's name (SQLite: the file name)
    QList<Extension> extensions;
    QList<Schema> schemas;

    QString source;          ///< the spec it was read from, without password
    QDateTime capturedAt;

    const Schema *schema(const QString &schemaName) const;
    const Table *table(const QString &schemaName, const QString &tableName) const;

    /// Puts every list in the canonical order (by name; columns by position)
    /// so that two reads of one database compare equal. Introspectors and
    /// the snapshot reader call it; code that builds a Catalog by hand should too.
    void normalize();

    bool operator==(const Catalog &other) const;
    bool operator!=(const Catalog &other) const { return !(*this == other); }
};

/// Counts of objects, for summaries.
struct CatalogCounts
{
    int schemas = 0;
    int tables = 0;
    int partitions = 0;
    int columns = 0;
    int primaryKeys = 0;
    int foreignKeys = 0;
    int uniqueConstraints = 0;
    int checks = 0;
    int indexes = 0;
    int views = 0;
    int materializedViews = 0;
    int routines = 0;
    int triggers = 0;
    int sequences = 0;
    int enums = 0;
    int domains = 0;
    int policies = 0;
    int extensions = 0;
};

CatalogCounts countObjects(const Catalog &catalog);

} // namespace parity

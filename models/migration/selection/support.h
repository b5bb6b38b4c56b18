#pragma once

// Internal to selective sync (migration/selection.h): not part of the models API.

#include "diff/schemadiff.h"
#include "schema/catalog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <utility>

namespace parity::selection {

/// TO as the comparison sees it: spelled as FROM spells it (SQLite), and
/// for MySQL's one schema per side under FROM's schema name, so that the
/// names the changes carry find their objects in it.
struct AlignedTo
{
    Catalog catalog;
    QString originalSchema; ///< TO's own schema name when it was renamed, else empty
};

AlignedTo align(const Catalog &to, const Catalog &from);
/// Puts TO's own schema name back (MySQL).
void restoreSchemaName(Catalog &catalog, const QString &originalSchema);

/// The undo itself, on catalogs aligned as above.
Catalog undoAligned(const Catalog &from, const Catalog &alignedTo, const SchemaDiff &diff,
                    const QSet<int> &included);

/// A routine's identity as the comparison pairs them.
QString routineKey(const Routine &routine);

/// Lower-cased, unquoted words of a definition: what it may name.
QSet<QString> mentionedNames(const QString &definition);

bool hasField(const ObjectChange &change, const char *field);

/// A name as a person reads it in a sentence: quoted as SQL quotes it when
/// it holds a space, a dot or a quote, so the sentence still parses.
QString spokenName(const QString &name);

/// Names an object for a sentence: "orders.fk_customer", schema-qualified
/// when the catalogs hold more than one schema.
QString objectText(ObjectKind kind, const QString &schema, const QString &table,
                   const QString &name, bool qualify);

/// The keys of `table` that can back a foreign key to `columns`, as (kind,
/// name) pairs: its primary key, unique constraints, unique indexes.
QList<std::pair<ObjectKind, QString>> coveringKeys(const Table &table, const QStringList &columns);
/// The keys of `table` whose first columns are `columns`, in order: what
/// InnoDB takes as the index a foreign key needs.
QList<std::pair<ObjectKind, QString>> leadingKeys(const Table &table, const QStringList &columns);
/// SQLite: the column is the table's rowid (its INTEGER PRIMARY KEY).
bool isRowidAlias(const Table &table, const QString &column);

} // namespace parity::selection

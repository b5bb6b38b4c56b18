#pragma once

// Internal to selective sync (migration/selection.h): not part of the models API.

#include "schema/catalog.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <utility>

namespace parity::selection {

using Named = QList<std::pair<QString, QString>>; ///< (schema, name as the catalog spells it)

/// The names one catalog has, by lower-cased name, for lookups by a
/// mentioned word, and its tables and views by name. Points into the
/// catalog, which must outlive it.
struct CatalogNames
{
    explicit CatalogNames(const Catalog &catalog);

    static QString lowerKey(const QString &a, const QString &b = {}, const QString &c = {});
    bool hasColumn(const QString &schema, const QString &table, const QString &column) const;
    const Table *table(const QString &schema, const QString &name) const;
    const View *view(const QString &schema, const QString &name) const;

    QHash<QString, Named> tables;
    QHash<QString, Named> views;
    QHash<QString, Named> routines;
    QHash<QString, Named> enums;
    QHash<QString, Named> domains;
    QHash<QString, Named> sequences;
    QHash<QString, const Table *> tableKeys; ///< lowerKey(schema, table)
    QHash<QString, const View *> viewKeys;
    QSet<QString> routineKeys; ///< lowerKey(schema, name)
    QSet<QString> enumKeys;
    QSet<QString> domainKeys;
    QSet<QString> sequenceKeys;
    /// lowerKey(schema, table) -> lower-cased column name -> column name
    QHash<QString, QHash<QString, QString>> columns;
};

} // namespace parity::selection

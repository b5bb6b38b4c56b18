#pragma once

// Internal to selective sync (migration/selection.h): not part of the models API.

#include "diff/schemadiff.h"

#include <QHash>
#include <QList>
#include <QString>

namespace parity::selection {

/// Finds changes by the object they are about, case-insensitively.
class ChangeIndex
{
public:
    explicit ChangeIndex(const SchemaDiff &diff);

    /// The change of an object by its name in TO (Added, Changed) or in FROM
    /// (Removed, and Changed under its FROM name); -1 if none.
    int inTo(ObjectKind kind, const QString &schema, const QString &table,
             const QString &name) const;
    int inFrom(ObjectKind kind, const QString &schema, const QString &table,
               const QString &name) const;
    /// A table's primary key change (the name does not count); -1 if none.
    int primaryKey(const QString &schema, const QString &table) const;
    /// The routine changes of a name, any overload.
    QList<int> routines(const QString &schema, const QString &name) const;
    /// Changes of a schema's objects (not the schema's own change).
    QList<int> inSchema(const QString &schema) const;

private:
    static QString key(ObjectKind kind, const QString &schema, const QString &table,
                       const QString &name);

    QHash<QString, int> m_to;
    QHash<QString, int> m_from;
    QHash<QString, int> m_primaryKeys;
    QHash<QString, QList<int>> m_routines;
    QHash<QString, QList<int>> m_inSchema;
};

} // namespace parity::selection

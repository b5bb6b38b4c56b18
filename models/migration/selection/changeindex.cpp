#include "changeindex.h"

namespace parity::selection {

namespace {

const QChar kSep(0x1f);

/// A view and a materialized view share one namespace.
ObjectKind namespaceKind(ObjectKind kind)
{
    return kind == ObjectKind::MaterializedView ? ObjectKind::View : kind;
}

} // namespace

QString ChangeIndex::key(ObjectKind kind, const QString &schema, const QString &table,
                         const QString &name)
{
    return QString::number(int(namespaceKind(kind))) + kSep + schema.toLower() + kSep
           + table.toLower() + kSep + name.toLower();
}

ChangeIndex::ChangeIndex(const SchemaDiff &diff)
{
    for (int i = 0; i < diff.changes.size(); ++i) {
        const ObjectChange &c = diff.changes[i];
        if (c.kind == ObjectKind::Schema)
            continue;
        m_inSchema[c.schema.toLower()].append(i);
        if (c.kind == ObjectKind::PrimaryKey) {
            m_primaryKeys.insert(c.schema.toLower() + kSep + c.table.toLower(), i);
            continue;
        }
        if (c.kind == ObjectKind::Routine)
            m_routines[c.schema.toLower() + kSep + c.name.section(QLatin1Char('('), 0, 0).toLower()]
                .append(i);
        if (c.change != ChangeKind::Removed)
            m_to.insert(key(c.kind, c.schema, c.table, c.name), i);
        if (c.change != ChangeKind::Added)
            m_from.insert(key(c.kind, c.schema, c.table,
                              c.fromName.isEmpty() ? c.name : c.fromName),
                          i);
    }
}

int ChangeIndex::inTo(ObjectKind kind, const QString &schema, const QString &table,
                      const QString &name) const
{
    if (kind == ObjectKind::PrimaryKey)
        return primaryKey(schema, table);
    return m_to.value(key(kind, schema, table, name), -1);
}

int ChangeIndex::inFrom(ObjectKind kind, const QString &schema, const QString &table,
                        const QString &name) const
{
    if (kind == ObjectKind::PrimaryKey)
        return primaryKey(schema, table);
    return m_from.value(key(kind, schema, table, name), -1);
}

int ChangeIndex::primaryKey(const QString &schema, const QString &table) const
{
    return m_primaryKeys.value(schema.toLower() + kSep + table.toLower(), -1);
}

QList<int> ChangeIndex::routines(const QString &schema, const QString &name) const
{
    return m_routines.value(schema.toLower() + kSep + name.toLower());
}

QList<int> ChangeIndex::inSchema(const QString &schema) const
{
    return m_inSchema.value(schema.toLower());
}

} // namespace parity::selection

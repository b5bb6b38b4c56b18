#include "schemacomparer.h"

#include <QHash>

namespace parity {

namespace {

/// Lower-case name -> FROM's spelling, for names FROM spells in one way only.
template<typename T, typename Name>
QHash<QString, QString> spellings(const QList<T> &items, Name name)
{
    QHash<QString, QString> out;
    for (const T &item : items)
        out.insert(name(item).toLower(), name(item));
    return out;
}

QString respelled(const QHash<QString, QString> &spelling, const QString &name)
{
    return spelling.value(name.toLower(), name);
}

void respellAll(const QHash<QString, QString> &spelling, QStringList &names)
{
    for (QString &n : names)
        n = respelled(spelling, n);
}

} // namespace

Catalog spelledAs(const Catalog &to, const Catalog &from)
{
    if (to.dialect != Dialect::SQLite || from.schemas.isEmpty() || to.schemas.isEmpty())
        return to;
    const Schema &f = from.schemas.first();
    const auto tables = spellings(f.tables, [](const Table &t) { return t.name; });

    // Nothing to do unless some name differs only in case (the common case,
    // and the one the benchmarks take, costs no copy).
    bool differs = false;
    for (const Schema &s : to.schemas) {
        for (const Table &t : s.tables) {
            const QString mine = respelled(tables, t.name);
            if (mine != t.name) {
                differs = true;
                break;
            }
            const Table *ft = f.table(t.name);
            if (!ft)
                continue;
            for (const Column &c : t.columns) {
                if (!ft->column(c.name)) {
                    for (const Column &fc : ft->columns)
                        differs = differs || fc.name.compare(c.name, Qt::CaseInsensitive) == 0;
                }
            }
        }
    }
    if (!differs)
        return to;

    Catalog out = to;
    Schema &s = out.schemas.first();
    QHash<QString, QHash<QString, QString>> columnsOf; // FROM table (lower) -> its columns
    for (const Table &t : f.tables)
        columnsOf.insert(t.name.toLower(), spellings(t.columns, [](const Column &c) { return c.name; }));
    for (Table &t : s.tables) {
        t.name = respelled(tables, t.name);
        const QHash<QString, QString> columns = columnsOf.value(t.name.toLower());
        for (Column &c : t.columns)
            c.name = respelled(columns, c.name);
        if (t.primaryKey)
            respellAll(columns, t.primaryKey->columns);
        for (UniqueConstraint &u : t.uniqueConstraints)
            respellAll(columns, u.columns);
        for (Index &i : t.indexes) {
            for (IndexKey &k : i.keys) {
                if (!k.isExpression)
                    k.expression = respelled(columns, k.expression);
            }
        }
        for (ForeignKey &fk : t.foreignKeys) {
            respellAll(columns, fk.columns);
            fk.referencedTable = respelled(tables, fk.referencedTable);
            respellAll(columnsOf.value(fk.referencedTable.toLower()), fk.referencedColumns);
        }
    }
    for (Trigger &tr : s.triggers)
        tr.table = respelled(tables, tr.table);
    for (Policy &p : s.policies)
        p.table = respelled(tables, p.table);
    out.normalize();
    return out;
}

} // namespace parity

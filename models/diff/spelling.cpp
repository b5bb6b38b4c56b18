#include "schemacomparer.h"

#include "introspection/sqlite/sqlitenames.h"

#include <QHash>

#include <algorithm>

namespace parity {

namespace {

/// Name folded as SQLite folds it (ASCII letters only) -> FROM's spelling, for names FROM spells in one way only.
template<typename T, typename Name>
QHash<QString, QString> spellings(const QList<T> &items, Name name)
{
    QHash<QString, QString> out;
    for (const T &item : items)
        out.insert(foldSqliteName(name(item)), name(item));
    return out;
}

QString respelled(const QHash<QString, QString> &spelling, const QString &name)
{
    return spelling.value(foldSqliteName(name), name);
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
            // A TO already respelled once keeps its own spelling apart.
            if (!t.writtenName.isEmpty()
                || std::ranges::any_of(t.columns, [](const Column &c) { return !c.writtenName.isEmpty(); })) {
                differs = true;
                break;
            }
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
                        differs = differs || sameSqliteName(fc.name, c.name);
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
        columnsOf.insert(foldSqliteName(t.name), spellings(t.columns, [](const Column &c) { return c.name; }));
    for (Table &t : s.tables) {
        // TO's own spelling is the one it was read with, even when this TO
        // was respelled before (a selected TO is).
        const QString tableOwn = t.writtenName.isEmpty() ? t.name : t.writtenName;
        t.name = respelled(tables, tableOwn);
        t.writtenName = t.name != tableOwn ? tableOwn : QString();
        const QHash<QString, QString> columns = columnsOf.value(foldSqliteName(t.name));
        for (Column &c : t.columns) {
            const QString columnOwn = c.writtenName.isEmpty() ? c.name : c.writtenName;
            c.name = respelled(columns, columnOwn);
            c.writtenName = c.name != columnOwn ? columnOwn : QString();
        }
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
            respellAll(columnsOf.value(foldSqliteName(fk.referencedTable)), fk.referencedColumns);
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

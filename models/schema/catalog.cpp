#include "catalog.h"

#include <algorithm>

namespace parity {

QString dialectKey(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return QStringLiteral("postgresql");
    case Dialect::MySQL: return QStringLiteral("mysql");
    case Dialect::SQLite: return QStringLiteral("sqlite");
    }
    return {};
}

QString dialectDisplayName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return QStringLiteral("PostgreSQL");
    case Dialect::MySQL: return QStringLiteral("MySQL/MariaDB");
    case Dialect::SQLite: return QStringLiteral("SQLite");
    }
    return {};
}

std::optional<Dialect> dialectFromKey(const QString &key)
{
    for (auto d : {Dialect::PostgreSQL, Dialect::MySQL, Dialect::SQLite}) {
        if (dialectKey(d) == key)
            return d;
    }
    return std::nullopt;
}

QString identitySequenceOptions(qint64 start, qint64 increment, qint64 minValue, qint64 maxValue, qint64 cache,
                                bool cycle)
{
    return QStringLiteral("START WITH %1 INCREMENT BY %2 MINVALUE %3 MAXVALUE %4 CACHE %5 %6")
        .arg(start)
        .arg(increment)
        .arg(minValue)
        .arg(maxValue)
        .arg(cache)
        .arg(cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
}

QString defaultIdentityOptions(const QString &type)
{
    const QString t = type.trimmed().toLower();
    qint64 max = 2147483647LL;
    if (t == QLatin1String("bigint") || t == QLatin1String("int8"))
        max = 9223372036854775807LL;
    else if (t == QLatin1String("smallint") || t == QLatin1String("int2"))
        max = 32767;
    return identitySequenceOptions(1, 1, 1, max, 1, false);
}

QString identityKindKey(IdentityKind kind)
{
    switch (kind) {
    case IdentityKind::None: return QStringLiteral("none");
    case IdentityKind::Always: return QStringLiteral("always");
    case IdentityKind::ByDefault: return QStringLiteral("by-default");
    case IdentityKind::AutoIncrement: return QStringLiteral("auto-increment");
    }
    return {};
}

IdentityKind identityKindFromKey(const QString &key, bool *ok)
{
    for (auto k : {IdentityKind::None, IdentityKind::Always, IdentityKind::ByDefault,
                   IdentityKind::AutoIncrement}) {
        if (identityKindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return IdentityKind::None;
}

QString tableKindKey(TableKind kind)
{
    switch (kind) {
    case TableKind::Ordinary: return QStringLiteral("table");
    case TableKind::Partitioned: return QStringLiteral("partitioned");
    case TableKind::Partition: return QStringLiteral("partition");
    }
    return {};
}

TableKind tableKindFromKey(const QString &key, bool *ok)
{
    for (auto k : {TableKind::Ordinary, TableKind::Partitioned, TableKind::Partition}) {
        if (tableKindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return TableKind::Ordinary;
}

QString routineKindKey(RoutineKind kind)
{
    switch (kind) {
    case RoutineKind::Function: return QStringLiteral("function");
    case RoutineKind::Procedure: return QStringLiteral("procedure");
    case RoutineKind::Aggregate: return QStringLiteral("aggregate");
    }
    return {};
}

RoutineKind routineKindFromKey(const QString &key, bool *ok)
{
    for (auto k : {RoutineKind::Function, RoutineKind::Procedure, RoutineKind::Aggregate}) {
        if (routineKindKey(k) == key) {
            if (ok)
                *ok = true;
            return k;
        }
    }
    if (ok)
        *ok = false;
    return RoutineKind::Function;
}

const Column *Table::column(const QString &columnName) const
{
    auto it = std::ranges::find(columns, columnName, &Column::name);
    return it == columns.end() ? nullptr : &*it;
}

const Table *Schema::table(const QString &tableName) const
{
    auto it = std::ranges::find(tables, tableName, &Table::name);
    return it == tables.end() ? nullptr : &*it;
}

const View *Schema::view(const QString &viewName) const
{
    auto it = std::ranges::find(views, viewName, &View::name);
    return it == views.end() ? nullptr : &*it;
}

const Schema *Catalog::schema(const QString &schemaName) const
{
    auto it = std::ranges::find(schemas, schemaName, &Schema::name);
    return it == schemas.end() ? nullptr : &*it;
}

const Table *Catalog::table(const QString &schemaName, const QString &tableName) const
{
    const Schema *s = schema(schemaName);
    return s ? s->table(tableName) : nullptr;
}

namespace {

template<typename T, typename Key>
void sortBy(QList<T> &list, Key key)
{
    std::ranges::stable_sort(list, {}, key);
}

void normalizeTable(Table &t)
{
    sortBy(t.columns, &Column::position);
    sortBy(t.foreignKeys, &ForeignKey::name);
    sortBy(t.uniqueConstraints, &UniqueConstraint::name);
    sortBy(t.checks, &CheckConstraint::name);
    sortBy(t.indexes, &Index::name);
    std::sort(t.grants.begin(), t.grants.end());
}

} // namespace

void Catalog::normalize()
{
    auto sortGrants = [](Grants &g) { std::sort(g.begin(), g.end()); };
    for (Schema &s : schemas) {
        sortGrants(s.grants);
        for (View &v : s.views)
            sortGrants(v.grants);
        for (Routine &r : s.routines)
            sortGrants(r.grants);
        for (Sequence &q : s.sequences)
            sortGrants(q.grants);
    }
    sortBy(extensions, &Extension::name);
    sortBy(schemas, &Schema::name);
    for (Schema &s : schemas) {
        sortBy(s.tables, &Table::name);
        for (Table &t : s.tables)
            normalizeTable(t);
        sortBy(s.views, &View::name);
        for (View &v : s.views)
            sortBy(v.indexes, &Index::name);
        std::ranges::stable_sort(s.routines, [](const Routine &a, const Routine &b) {
            return std::pair(a.name, a.arguments) < std::pair(b.name, b.arguments);
        });
        std::ranges::stable_sort(s.triggers, [](const Trigger &a, const Trigger &b) {
            return std::pair(a.table, a.name) < std::pair(b.table, b.name);
        });
        sortBy(s.sequences, &Sequence::name);
        sortBy(s.enums, &EnumType::name);
        sortBy(s.domains, &Domain::name);
        for (Domain &d : s.domains)
            sortBy(d.checks, &DomainCheck::name);
        std::ranges::stable_sort(s.policies, [](const Policy &a, const Policy &b) {
            return std::pair(a.table, a.name) < std::pair(b.table, b.name);
        });
    }
}

bool Catalog::operator==(const Catalog &other) const
{
    return dialect == other.dialect && serverVersion == other.serverVersion
        && database == other.database && extensions == other.extensions
        && schemas == other.schemas;
}

CatalogCounts countObjects(const Catalog &catalog)
{
    CatalogCounts c;
    c.extensions = int(catalog.extensions.size());
    for (const Schema &s : catalog.schemas) {
        ++c.schemas;
        for (const Table &t : s.tables) {
            if (t.kind == TableKind::Partition)
                ++c.partitions;
            else
                ++c.tables;
            c.columns += int(t.columns.size());
            c.primaryKeys += t.primaryKey ? 1 : 0;
            c.foreignKeys += int(t.foreignKeys.size());
            c.uniqueConstraints += int(t.uniqueConstraints.size());
            c.checks += int(t.checks.size());
            c.indexes += int(t.indexes.size());
        }
        for (const View &v : s.views) {
            if (v.materialized)
                ++c.materializedViews;
            else
                ++c.views;
            c.indexes += int(v.indexes.size());
        }
        c.routines += int(s.routines.size());
        c.triggers += int(s.triggers.size());
        c.sequences += int(s.sequences.size());
        c.enums += int(s.enums.size());
        c.domains += int(s.domains.size());
        c.policies += int(s.policies.size());
    }
    return c;
}

} // namespace parity

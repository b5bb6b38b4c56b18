#include "objectddl.h"

#include "schema/catalog.h"
#include "sqlgenerator.h"

#include <algorithm>
#include <optional>

namespace parity {

namespace {

/// Statements as a script holds them: terminated, a blank line apart.
QString scriptOf(const QStringList &statements, const SqlGenerator &g)
{
    QStringList parts;
    for (const QString &statement : statements) {
        if (!statement.trimmed().isEmpty())
            parts << g.scriptStatement(statement);
    }
    return parts.join(QStringLiteral("\n\n"));
}

/// Joins what objectDdl shows: lines taken from a CREATE TABLE (no
/// terminator, they are not statements) and whole statements.
QString joinParts(const QStringList &lines, const QStringList &statements, const SqlGenerator &g)
{
    QStringList parts;
    if (!lines.isEmpty())
        parts << lines.join(QLatin1Char('\n'));
    const QString script = scriptOf(statements, g);
    if (!script.isEmpty())
        parts << script;
    return parts.join(QStringLiteral("\n\n"));
}

/// One element line of a CREATE TABLE, without its indentation and the
/// comma that separates it from the next.
QString elementLine(const QString &line)
{
    QString text = line.trimmed();
    if (text.endsWith(QLatin1Char(',')))
        text.chop(1);
    return text;
}

/// What the generator writes for `with` and not for `without` (the same
/// table less one column or constraint): the lines of the CREATE TABLE
/// that belong to that element, and the statements after it (a PostgreSQL
/// COMMENT ON COLUMN). Comparing two renderings finds the element however
/// a dialect lays it out: SQLite writes a one-column key on its column's line.
struct TableElement
{
    QStringList lines;
    QStringList statements;
};

TableElement elementOf(const Table &with, const Table &without, const SqlGenerator &g)
{
    const QStringList full = g.createTable(with, true);
    const QStringList less = g.createTable(without, true);
    TableElement element;
    if (full.isEmpty())
        return element;
    QStringList lessLines;
    for (const QString &line : less.value(0).split(QLatin1Char('\n')))
        lessLines << elementLine(line);
    for (const QString &line : full.first().split(QLatin1Char('\n'))) {
        const QString text = elementLine(line);
        if (!text.isEmpty() && !lessLines.contains(text))
            element.lines << text;
    }
    for (qsizetype i = 1; i < full.size(); ++i) {
        if (!less.mid(1).contains(full[i]))
            element.statements << full[i];
    }
    return element;
}

/// The schema `name` names. A MySQL catalog's one schema is its database,
/// which is named differently on each side (shop_staging, shop_uat) and
/// which the comparer pairs whatever the names; a ref taken from a change
/// carries FROM's name.
const Schema *findSchema(const Catalog &catalog, const QString &name)
{
    if (const Schema *schema = catalog.schema(name))
        return schema;
    if (catalog.dialect == Dialect::MySQL && catalog.schemas.size() == 1)
        return &catalog.schemas.first();
    return nullptr;
}

template<typename T>
const T *findNamed(const QList<T> &items, const QString &name)
{
    const auto it = std::ranges::find(items, name, &T::name);
    return it == items.end() ? nullptr : &*it;
}

QStringList triggersOn(const Schema &schema, const QString &owner, const SqlGenerator &g)
{
    QStringList out;
    for (const Trigger &trigger : schema.triggers) {
        if (trigger.table == owner)
            out << g.createTrigger(schema.name, trigger);
    }
    return out;
}

QString tableDdl(const Schema &schema, const Table &table, const SqlGenerator &g)
{
    const QStringList create = g.createTable(table, true);
    QStringList statements = create;
    for (const Index &index : table.indexes) {
        // MySQL writes the index a foreign key uses inside CREATE TABLE;
        // an index the table statement already renders is not repeated.
        Table without = table;
        without.indexes.removeIf([&](const Index &i) { return i.name == index.name; });
        if (g.createTable(without, true) == create)
            statements << g.createIndex(schema.name, table.name, index);
    }
    statements << triggersOn(schema, table.name, g);
    return scriptOf(statements, g);
}

QString columnDdl(const Table &table, const Column &column, const SqlGenerator &g)
{
    Table without = table;
    without.columns.removeIf([&](const Column &c) { return c.name == column.name; });
    const TableElement element = elementOf(table, without, g);
    if (element.lines.isEmpty())
        return scriptOf(g.addColumn(table, column), g);
    return joinParts(element.lines, element.statements, g);
}

/// A constraint as its ALTER TABLE … ADD statement or, where the dialect
/// has none (SQLite), as its line of the CREATE TABLE.
QString constraintDdl(const Table &table, const Table &without, const QStringList &added,
                      const SqlGenerator &g)
{
    if (!added.isEmpty())
        return scriptOf(added, g);
    const TableElement element = elementOf(table, without, g);
    return joinParts(element.lines, element.statements, g);
}

std::optional<QString> tableChildDdl(const Table &table, const ObjectRef &ref,
                                     const SqlGenerator &g)
{
    Table without = table;
    switch (ref.kind) {
    case ObjectKind::Column:
        if (const Column *column = table.column(ref.name))
            return columnDdl(table, *column, g);
        return std::nullopt;
    case ObjectKind::PrimaryKey:
        // One per table: its name may differ between the sides.
        if (!table.primaryKey)
            return std::nullopt;
        without.primaryKey.reset();
        return constraintDdl(table, without, g.addPrimaryKey(table, *table.primaryKey), g);
    case ObjectKind::UniqueConstraint:
        if (const UniqueConstraint *unique = findNamed(table.uniqueConstraints, ref.name)) {
            without.uniqueConstraints.removeIf(
                [&](const UniqueConstraint &u) { return u.name == ref.name; });
            return constraintDdl(table, without, g.addUnique(table, *unique), g);
        }
        return std::nullopt;
    case ObjectKind::Check:
        if (const CheckConstraint *check = findNamed(table.checks, ref.name)) {
            without.checks.removeIf([&](const CheckConstraint &c) { return c.name == ref.name; });
            return constraintDdl(table, without, g.addCheck(table, *check), g);
        }
        return std::nullopt;
    case ObjectKind::ForeignKey:
        if (const ForeignKey *key = findNamed(table.foreignKeys, ref.name)) {
            without.foreignKeys.removeIf([&](const ForeignKey &k) { return k.name == ref.name; });
            return constraintDdl(table, without, g.addForeignKey(table, *key), g);
        }
        return std::nullopt;
    case ObjectKind::Index: // indexDdl: the owner may be a materialized view
    case ObjectKind::Trigger:
    case ObjectKind::Policy:
    case ObjectKind::Schema:
    case ObjectKind::Extension:
    case ObjectKind::Enum:
    case ObjectKind::Domain:
    case ObjectKind::Sequence:
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
    case ObjectKind::Routine:
        break;
    }
    return std::nullopt;
}

std::optional<QString> indexDdl(const Schema &schema, const ObjectRef &ref, const SqlGenerator &g)
{
    // The owner is a table or a materialized view; a ref without one
    // (hand-made) finds the index wherever it is.
    for (const Table &table : schema.tables) {
        if (!ref.table.isEmpty() && table.name != ref.table)
            continue;
        if (const Index *index = findNamed(table.indexes, ref.name))
            return scriptOf(g.createIndex(schema.name, table.name, *index), g);
    }
    for (const View &view : schema.views) {
        if (!ref.table.isEmpty() && view.name != ref.table)
            continue;
        if (const Index *index = findNamed(view.indexes, ref.name))
            return scriptOf(g.createIndex(schema.name, view.name, *index), g);
    }
    return std::nullopt;
}

QString viewDdl(const Schema &schema, const View &view, const SqlGenerator &g)
{
    QStringList statements = g.createView(view);
    for (const Index &index : view.indexes)
        statements << g.createIndex(schema.name, view.name, index);
    statements << triggersOn(schema, view.name, g);
    return scriptOf(statements, g);
}

std::optional<QString> routineDdl(const Schema &schema, const QString &name, const SqlGenerator &g)
{
    // A change names a routine by its signature; a bare name finds its
    // first overload.
    for (const Routine &routine : schema.routines) {
        if (routine.signature() == name)
            return scriptOf(g.createRoutine(routine), g);
    }
    if (const Routine *routine = findNamed(schema.routines, name))
        return scriptOf(g.createRoutine(*routine), g);
    return std::nullopt;
}

std::optional<QString> triggerDdl(const Schema &schema, const ObjectRef &ref, const SqlGenerator &g)
{
    for (const Trigger &trigger : schema.triggers) {
        if (trigger.name == ref.name && (ref.table.isEmpty() || trigger.table == ref.table))
            return scriptOf(g.createTrigger(schema.name, trigger), g);
    }
    return std::nullopt;
}

std::optional<QString> schemaObjectDdl(const Schema &schema, const ObjectRef &ref,
                                       const SqlGenerator &g)
{
    switch (ref.kind) {
    case ObjectKind::Table:
        if (const Table *table = schema.table(ref.name))
            return tableDdl(schema, *table, g);
        return std::nullopt;
    case ObjectKind::Column:
    case ObjectKind::PrimaryKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::ForeignKey:
        if (const Table *table = schema.table(ref.table))
            return tableChildDdl(*table, ref, g);
        return std::nullopt;
    case ObjectKind::Index:
        return indexDdl(schema, ref, g);
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        // Either kind: a view that became materialized is one object changed.
        if (const View *view = schema.view(ref.name))
            return viewDdl(schema, *view, g);
        return std::nullopt;
    case ObjectKind::Routine:
        return routineDdl(schema, ref.name, g);
    case ObjectKind::Trigger:
        return triggerDdl(schema, ref, g);
    case ObjectKind::Sequence:
        if (const Sequence *sequence = findNamed(schema.sequences, ref.name))
            return scriptOf(g.createSequence(*sequence) + g.sequenceOwnership(*sequence), g);
        return std::nullopt;
    case ObjectKind::Enum:
        if (const EnumType *type = findNamed(schema.enums, ref.name))
            return scriptOf(g.createEnum(*type), g);
        return std::nullopt;
    case ObjectKind::Domain:
        if (const Domain *domain = findNamed(schema.domains, ref.name))
            return scriptOf(g.createDomain(*domain), g);
        return std::nullopt;
    case ObjectKind::Policy:
        for (const Policy &policy : schema.policies) {
            if (policy.name == ref.name && (ref.table.isEmpty() || policy.table == ref.table))
                return scriptOf(g.createPolicy(schema.name, policy), g);
        }
        return std::nullopt;
    case ObjectKind::Schema:
        return scriptOf(g.createSchema(schema), g);
    case ObjectKind::Extension:
        break;
    }
    return std::nullopt;
}

/// What objectDdl shows for an object the catalog has but the dialect
/// writes no statement for (SQLite's schema "main"), so that an empty
/// result keeps meaning "not there".
QString nothingToWrite(const ObjectRef &ref, const SqlGenerator &g)
{
    const QString name =
        ref.kind == ObjectKind::Schema && !ref.schema.isEmpty() ? ref.schema : ref.name;
    return g.commentLines(
        QStringLiteral("%1 %2: %3 has no statement for it.")
            .arg(objectKindName(ref.kind, 1), name, dialectDisplayName(g.dialect())));
}

} // namespace

ObjectRef objectRefOf(const ObjectChange &change, bool fromSide)
{
    const QString name = fromSide && !change.fromName.isEmpty() ? change.fromName : change.name;
    return ObjectRef{change.kind, change.schema, change.table, name};
}

QString objectDdl(const Catalog &catalog, const ObjectRef &ref, const SqlGenerator &generator)
{
    std::optional<QString> ddl;
    if (ref.kind == ObjectKind::Extension) {
        // Extensions belong to the database; their schema is where they
        // put their objects, which may differ between the sides.
        if (const Extension *extension = findNamed(catalog.extensions, ref.name))
            ddl = scriptOf(generator.createExtension(*extension), generator);
    } else {
        const QString schemaName =
            ref.kind == ObjectKind::Schema && ref.schema.isEmpty() ? ref.name : ref.schema;
        if (const Schema *schema = findSchema(catalog, schemaName))
            ddl = schemaObjectDdl(*schema, ref, generator);
    }
    if (!ddl)
        return {};
    if (ddl->isEmpty())
        return nothingToWrite(ref, generator);
    return *ddl;
}

} // namespace parity

#pragma once

#include "introspection/introspector.h"
#include "schema/dialect.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

/// What kind of object a change is about.
enum class ObjectKind {
    Schema,
    Extension,
    Enum,
    Domain,
    Sequence,
    Table,
    Column,
    PrimaryKey,
    ForeignKey,
    UniqueConstraint,
    Check,
    Index,
    View,
    MaterializedView,
    Routine,
    Trigger,
    Policy,
};

/// Direction words follow `parity-cli diff FROM TO`: the change turns FROM
/// (the database that will change) into TO (the desired state).
enum class ChangeKind {
    Added,   ///< TO has it, FROM lacks it: the plan creates it
    Removed, ///< FROM has it, TO lacks it: the plan drops it
    Changed, ///< both have it, some fields differ
};

/// One field of an object that differs: the values as FROM and TO have them.
struct FieldChange
{
    QString field;  ///< "type", "nullable", "default", "labels", "definition", …
    QString from;
    QString to;

    bool operator==(const FieldChange &) const = default;
};

/// One object that differs between FROM and TO.
struct ObjectChange
{
    ObjectKind kind = ObjectKind::Table;
    ChangeKind change = ChangeKind::Changed;
    QString schema;
    QString table;          ///< owning table (or view) for columns, keys, indexes, triggers
    QString name;           ///< the object's own name (a routine's signature for routines)
    /// For a Changed constraint or index: its name in FROM, which differs
    /// from `name` when the two were paired by shape (a generated name).
    QString fromName;
    QList<FieldChange> fields; ///< for Changed: what differs
    qint64 rows = -1;       ///< rows of the table concerned, exact or estimated; -1 unknown
    bool rowsExact = false;

    /// "schema.table.name" without empty parts, for messages and sorting.
    QString path() const;

    bool operator==(const ObjectChange &) const = default;
};

/// Everything that turns FROM into TO, in a stable order (schema, table,
/// object kind, name). Empty when the two are the same.
struct SchemaDiff
{
    Dialect dialect = Dialect::SQLite;
    QString fromName;   ///< FROM's database name, for sentences ("uat lacks …")
    QString toName;
    QString fromSource; ///< FROM's spec, without password
    QString toSource;
    QList<ObjectChange> changes;

    bool isEmpty() const { return changes.isEmpty(); }
};

/// What to leave out of a comparison.
struct DiffOptions
{
    bool ignoreOwner = false;
    bool ignorePrivileges = false; ///< PostgreSQL GRANTs on schemas, tables, views, sequences, routines
    bool ignoreComments = false;
    /// Whitespace in view, routine and trigger definitions. Expressions
    /// (defaults, checks, predicates) are always compared in canonical form.
    bool ignoreWhitespace = false;
    /// The order of the columns both sides have. PostgreSQL cannot move a
    /// column, so its plans leave the order as it is and say so.
    bool ignoreColumnOrder = false;
    /// Names of indexes and constraints. By default a name is part of the
    /// object: an index or constraint TO names differently is renamed. With
    /// this set, two with the same shape are the same whatever their names.
    bool ignoreIndexNames = false;
    SchemaFilter schemas;
    QStringList objects;          ///< only objects whose name matches one of these patterns (* and ?)
    QStringList excludeObjects;   ///< leave out objects whose name matches

    /// False for names the patterns leave out, and always for Parity's own
    /// tables (isParityOwnTable): so diff, plan and the workbench, which all
    /// compare through compareCatalogs(), never count them.
    bool acceptsObject(const QString &name) const;
};

/// True for a table Parity itself keeps in a target: parity_audit_log,
/// which `apply --audit-table` writes (kAuditTableName in the executor). It
/// is not the user's schema, so it is never a difference, and a plan never
/// drops or creates it.
bool isParityOwnTable(const QString &name);

QString objectKindKey(ObjectKind kind);            ///< "table", "column", "foreign-key", …
QString objectKindName(ObjectKind kind, qsizetype count); ///< "table"/"tables" for sentences
QString changeKindKey(ChangeKind kind);            ///< "added", "removed", "changed"

} // namespace parity

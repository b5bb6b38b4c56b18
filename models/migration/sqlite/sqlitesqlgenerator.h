#pragma once

#include "migration/sqlgenerator.h"

namespace parity {

/// SQLite SQL: see SqlGenerator.
///
/// SQLite cannot add a foreign key (or any constraint) to a table that
/// exists, so createTable always writes the table's foreign keys inline,
/// whatever `withForeignKeys` says, and addForeignKey returns nothing. That
/// is safe in any order: SQLite does not look for the referenced table
/// until a row is written. Schemas, extensions, enum types, sequences and
/// routines do not exist in SQLite; their functions return nothing.
///
/// Constraint names are always written, including the ones the introspector
/// made up for unnamed constraints (<table>_check<N>, <table>_<cols>_key,
/// <table>_<cols>_fkey): the database read back then has exactly the names
/// of the catalog it was written from.
class SqliteSqlGenerator final : public SqlGenerator
{
public:
    Dialect dialect() const override;
    QString quoteIdentifier(const QString &name) const override;
    QString quoteLiteral(const QString &text) const override;
    QString qualifiedName(const QString &schema, const QString &name) const override;

    QStringList createSchema(const Schema &schema) const override;
    QStringList createExtension(const Extension &extension) const override;
    QStringList createEnum(const EnumType &type) const override;
    QStringList createSequence(const Sequence &sequence) const override;
    QStringList createTable(const Table &table, bool withForeignKeys) const override;
    QStringList addForeignKey(const Table &table, const ForeignKey &key) const override;
    QStringList createIndex(const QString &schema, const QString &owner,
                            const Index &index) const override;
    QStringList createView(const View &view) const override;
    QStringList createRoutine(const Routine &routine) const override;
    QStringList createTrigger(const QString &schema, const Trigger &trigger) const override;
    QStringList sequenceOwnership(const Sequence &sequence) const override;

    /// Puts the ";" on a line of its own when the statement's last line
    /// could end in a "--" comment, which would otherwise swallow it.
    QString scriptStatement(const QString &statement) const override;

private:
    QString columnDefinition(const Table &table, const Column &column) const;
    QString columnType(const QString &declared) const;
    QString defaultClause(const QString &expression) const;
    QString foreignKeyClause(const ForeignKey &key) const;
    QString quotedList(const QStringList &names) const;
    /// "CONSTRAINT name " or nothing for an unnamed one.
    QString constraintName(const QString &name) const;
};

} // namespace parity

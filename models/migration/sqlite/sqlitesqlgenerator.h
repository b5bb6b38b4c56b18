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

    // Drops. Schemas, extensions, enum types, sequences and routines do not
    // exist in SQLite, and a foreign key lives in its table's definition:
    // those return nothing (a key goes away with a rebuild).
    QStringList dropSchema(const QString &schema) const override;
    QStringList dropExtension(const Extension &extension) const override;
    QStringList dropEnum(const EnumType &type) const override;
    QStringList dropSequence(const Sequence &sequence) const override;
    QStringList dropTable(const Table &table) const override;
    QStringList dropView(const View &view) const override;
    QStringList dropRoutine(const Routine &routine) const override;
    QStringList dropTrigger(const QString &schema, const Trigger &trigger) const override;
    QStringList dropIndex(const QString &schema, const QString &owner,
                          const Index &index) const override;
    QStringList dropForeignKey(const Table &table, const ForeignKey &key) const override;

    /// False: the planner rebuilds a table for any change to its columns or
    /// constraints (rebuildTable). The in-place functions below still write
    /// what SQLite can do: RENAME TO, RENAME COLUMN (3.25+), ADD COLUMN
    /// (under SQLite's own limits: no PRIMARY KEY or UNIQUE, a constant
    /// default when NOT NULL, no STORED generation) and DROP COLUMN (3.35+).
    /// alterColumn, the add/drop of keys, uniques and checks, and alterTable
    /// have no SQLite form and return nothing: a rebuild does all of them.
    bool altersTablesInPlace() const override { return false; }

    QStringList renameTable(const Table &table, const QString &newName) const override;
    QStringList renameColumn(const Table &table, const QString &from,
                             const QString &to) const override;
    QStringList addColumn(const Table &table, const Column &column) const override;
    QStringList dropColumn(const Table &table, const Column &column) const override;
    QStringList alterColumn(const Table &table, const Column &from,
                            const Column &to) const override;
    QStringList addPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    QStringList dropPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    QStringList addUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList dropUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList addCheck(const Table &table, const CheckConstraint &check) const override;
    QStringList dropCheck(const Table &table, const CheckConstraint &check) const override;
    QStringList alterTable(const Table &from, const Table &to) const override;

    /// The twelve steps of https://sqlite.org/lang_altertable.html section 7,
    /// less the ones that are the planner's (foreign_keys off and the
    /// foreign_key_check, indexes, triggers and views): TO's table under the
    /// name "parity_new_<TO's name>", the rows copied (the columns of
    /// `sources`, never a generated one; and the rowid, where both tables
    /// have one and no column of TO's is its alias, so that rows keep it),
    /// FROM's table dropped and the new one renamed to TO's name. When both
    /// tables use AUTOINCREMENT the new one carries on FROM's counter, so
    /// that numbers of deleted rows are still never given out again.
    QStringList rebuildTable(const Table &from, const Table &to,
                             const QList<std::pair<QString, QString>> &sources) const override;

    QStringList beforeRebuilds() const override;
    /// PRAGMA foreign_key_check only lists the broken rows; a CHECK on their
    /// count turns them into an error that stops the script before COMMIT.
    QStringList afterRebuilds() const override;

    /// Puts the ";" on a line of its own when the statement's last line
    /// could end in a "--" comment, which would otherwise swallow it.
    QString scriptStatement(const QString &statement) const override;

private:
    QString columnDefinition(const Table &table, const Column &column) const;
    QString columnType(const QString &declared) const;
    QString defaultClause(const QString &expression) const;
    QString referencesClause(const ForeignKey &key) const; ///< REFERENCES … and its actions
    QString foreignKeyClause(const ForeignKey &key) const;
    QString quotedList(const QStringList &names) const;
    /// "CONSTRAINT name " or nothing for an unnamed one.
    QString constraintName(const QString &name) const;
};

} // namespace parity

#pragma once

#include "migration/sqlgenerator.h"

namespace parity {

/// MySQL and MariaDB SQL: see SqlGenerator.
class MysqlSqlGenerator final : public SqlGenerator
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
    QStringList createIndex(const QString &schema, const QString &owner, const Index &index) const override;
    QStringList createView(const View &view) const override;
    QStringList createRoutine(const Routine &routine) const override;
    QStringList createTrigger(const QString &schema, const Trigger &trigger) const override;
    QStringList sequenceOwnership(const Sequence &sequence) const override;

    // Changes to objects that exist: mysqlalter.cpp.
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

    QStringList renameTable(const Table &table, const QString &newName) const override;
    QStringList renameColumn(const Table &table, const QString &from,
                             const QString &to) const override;
    /// Placed FIRST or AFTER the column it follows in `table` (TO's), which
    /// must exist by then. The order that keeps TO's column order: drop
    /// columns first, then walk TO's columns in order, adding the new ones
    /// and altering the changed ones (alterColumn places too). The server takes
    /// AUTO_INCREMENT only on a key: a column that TO's primary key (or a
    /// unique constraint) holds is added without it, and addPrimaryKey
    /// (addUnique) gives it back; one that an index of TO starts with is
    /// added together with that index, which createIndex then finds in place.
    bool addsIndexWithColumn(const Table &table, const Column &column, const Index &index) const override;
    QStringList renameIndex(const QString &schema, const QString &owner, const QString &from,
                            const QString &to) const override;
    QStringList addColumn(const Table &table, const Column &column) const override;
    QStringList dropColumn(const Table &table, const Column &column) const override;
    /// One MODIFY COLUMN with `to`'s whole definition, FIRST or AFTER its
    /// predecessor in `table` (see addColumn for the order of calls).
    QStringList alterColumn(const Table &table, const Column &from,
                            const Column &to) const override;
    /// The key's AUTO_INCREMENT columns (as `table` has them) get their
    /// AUTO_INCREMENT in the same statement, since dropPrimaryKey or
    /// addColumn had to leave it out; existing rows are numbered then.
    QStringList addPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    /// The server refuses to drop the only key of an AUTO_INCREMENT column:
    /// the column loses AUTO_INCREMENT in the same statement.
    QStringList dropPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    QStringList addUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList dropUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList addCheck(const Table &table, const CheckConstraint &check) const override;
    QStringList dropCheck(const Table &table, const CheckConstraint &check) const override;
    /// Engine, default collation, comment, options and partitioning. A new
    /// default collation also re-states the character columns that follow
    /// it, which the server would otherwise leave in the old one, as FROM
    /// has them: alterTable runs before the columns' own changes. The table
    /// goes by `to`'s name: a rename runs first.
    QStringList alterTable(const Table &from, const Table &to) const override;

    QStringList addEnumLabel(const EnumType &type, const QString &label, const QString &before,
                             const QString &after) const override;
    QStringList renameEnum(const EnumType &type, const QString &newName) const override;
    /// MariaDB sequences.
    QStringList alterSequence(const Sequence &from, const Sequence &to) const override;
    QStringList commentOnSchema(const Schema &schema) const override;
    QStringList commentOnEnum(const EnumType &type) const override;
    QStringList commentOnView(const View &view) const override;
    QStringList commentOnIndex(const QString &schema, const Index &index) const override;
    QStringList commentOnRoutine(const Routine &routine) const override;

    /// Routine and trigger bodies that hold semicolons or BEGIN … END go
    /// between DELIMITER lines, as the mariadb / mysql client needs.
    QString scriptStatement(const QString &statement) const override;

private:
    /// The index an AUTO_INCREMENT column that no key holds is added with.
    const Index *indexAddedWithColumn(const Table &table, const Column &column) const;
    QString columnDefinition(const Column &column) const;
    QString columnList(const QStringList &columns) const;
    QString keyList(const Index &index) const;
    /// "[UNIQUE|FULLTEXT|SPATIAL] INDEX name (keys) [USING …] [COMMENT …]",
    /// as CREATE TABLE and ALTER TABLE … ADD take it.
    QString indexClause(const Index &index) const;
    QString foreignTableName(const Table &table, const ForeignKey &key) const;
    QString foreignKeyClause(const Table &table, const ForeignKey &key) const;

    /// "ALTER TABLE `name` ".
    QString alterTablePrefix(const Table &table) const;
    /// The column's definition with a character column that follows the
    /// table's collation naming it, so that the result does not depend on
    /// whether the table's new default is in place yet.
    QString definitionIn(const Table &table, const Column &column) const;
    /// " CHECK (…)" for each check MariaDB keeps with `column` (a column-level
    /// CHECK, and the one a JSON column gets), but `leaveOut`.
    QString ownChecks(const Table &table, const QString &column, const QString &leaveOut = {}) const;
    /// " FIRST" or " AFTER `previous`" for `column` as `table` orders it.
    QString positionClause(const Table &table, const QString &column) const;
    /// MODIFY clauses that take AUTO_INCREMENT off the columns of a key
    /// about to be dropped when no other key of `table` starts with them.
    QStringList releaseAutoIncrement(const Table &table, const QStringList &keyColumns,
                                     const QString &keyName) const;
    /// MODIFY clauses that give the key's columns their AUTO_INCREMENT back.
    QStringList restoreAutoIncrement(const Table &table, const QStringList &keyColumns) const;
};

} // namespace parity

#pragma once

#include "migration/sqlgenerator.h"

namespace parity {

/// "FUNCTION", "PROCEDURE" or "AGGREGATE", as PostgreSQL statements name the kind.
QString postgresRoutineKeyword(RoutineKind kind);

/// PostgreSQL SQL: see SqlGenerator.
class PostgresSqlGenerator final : public SqlGenerator
{
public:
    Dialect dialect() const override;
    QString quoteIdentifier(const QString &name) const override;
    QString quoteLiteral(const QString &text) const override;
    int maxNameBytes() const override;
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

    QStringList dropSchema(const QString &schema) const override;
    QStringList dropExtension(const Extension &extension) const override;
    QStringList dropEnum(const EnumType &type) const override;
    QStringList dropSequence(const Sequence &sequence) const override;
    QStringList dropTable(const Table &table) const override;
    QStringList dropView(const View &view) const override;
    QStringList dropRoutine(const Routine &routine) const override;
    QStringList dropTrigger(const QString &schema, const Trigger &trigger) const override;
    QStringList dropIndex(const QString &schema, const QString &owner, const Index &index) const override;
    QStringList dropForeignKey(const Table &table, const ForeignKey &key) const override;

    QStringList renameTable(const Table &table, const QString &newName) const override;
    QStringList renameColumn(const Table &table, const QString &from, const QString &to) const override;
    QStringList addColumn(const Table &table, const Column &column) const override;
    QStringList dropColumn(const Table &table, const Column &column) const override;
    /// In the order PostgreSQL needs: the old default and identity go
    /// first, then the type (USING a cast), NOT NULL before a new identity,
    /// the new default, and DROP NOT NULL last. A changed generation
    /// expression cannot be altered in PostgreSQL 15: the generated column,
    /// which holds no data of its own, is dropped and added again.
    QStringList alterColumn(const Table &table, const Column &from, const Column &to) const override;
    QStringList addPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    QStringList dropPrimaryKey(const Table &table, const PrimaryKey &key) const override;
    QStringList addUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList dropUnique(const Table &table, const UniqueConstraint &unique) const override;
    QStringList addCheck(const Table &table, const CheckConstraint &check) const override;
    QStringList dropCheck(const Table &table, const CheckConstraint &check) const override;
    QStringList alterTable(const Table &from, const Table &to) const override;

    QStringList addEnumLabel(const EnumType &type, const QString &label, const QString &before,
                             const QString &after) const override;
    QStringList renameEnum(const EnumType &type, const QString &newName) const override;
    QStringList renameConstraint(const Table &table, const QString &from, const QString &to) const override;
    bool renamesConstraints() const override { return true; }
    QStringList commentOnConstraint(const Table &table, const QString &name, const QString &comment) const override;
    QStringList renameIndex(const QString &schema, const QString &owner, const QString &from,
                            const QString &to) const override;
    QStringList alterSequence(const Sequence &from, const Sequence &to) const override;
    QStringList renameSequence(const Sequence &sequence, const QString &newName) const override;
    QStringList commentOnSchema(const Schema &schema) const override;
    QStringList commentOnEnum(const EnumType &type) const override;
    QStringList createDomain(const Domain &domain) const override;
    QStringList dropDomain(const Domain &domain) const override;
    QStringList renameDomain(const Domain &domain, const QString &newName) const override;
    QStringList alterDomain(const Domain &from, const Domain &to) const override;
    QStringList createPolicy(const QString &schema, const Policy &policy) const override;
    QStringList changeGrants(const QString &object, const Grants &from, const Grants &to) const override;
    QStringList dropPolicy(const QString &schema, const Policy &policy) const override;
    QStringList commentOnView(const View &view) const override;
    QStringList alterViewOwner(const View &view) const override;
    QStringList commentOnIndex(const QString &schema, const Index &index) const override;
    QStringList commentOnRoutine(const Routine &routine) const override;

private:
    /// COMMENT ON `object` IS …; an empty comment clears it (IS NULL).
    QString commentOn(const QString &object, const QString &comment) const;
    QString quotedList(const QStringList &names) const;
    QString columnDefinition(const Table &table, const Column &column, bool partition) const;
    /// ALTER TABLE … ALTER COLUMN statements for an identity column's sequence name and options.
    QStringList alterIdentitySequence(const Table &table, const Column &from, const Column &to) const;
    QString foreignKeyClause(const ForeignKey &key) const;
    /// The partition's parent as a qualified name.
    QString parentName(const Table &table) const;
    QString uniqueClause(const UniqueConstraint &unique) const;
    QString routineObject(const Routine &routine) const;
    QString dropConstraint(const Table &table, const QString &name) const;
};

} // namespace parity

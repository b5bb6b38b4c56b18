#pragma once

#include "migration/sqlgenerator.h"

namespace parity {

/// PostgreSQL SQL: see SqlGenerator.
class PostgresSqlGenerator final : public SqlGenerator
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

private:
    /// COMMENT ON `object` IS …; an empty comment clears it (IS NULL).
    QString commentOn(const QString &object, const QString &comment) const;
    QString quotedList(const QStringList &names) const;
    QString columnDefinition(const Column &column, bool partition) const;
    QString foreignKeyClause(const ForeignKey &key) const;
    /// The partition's parent as a qualified name.
    QString parentName(const Table &table) const;
};

} // namespace parity

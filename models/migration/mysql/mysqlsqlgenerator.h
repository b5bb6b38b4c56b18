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

    /// Routine and trigger bodies that hold semicolons or BEGIN … END go
    /// between DELIMITER lines, as the mariadb / mysql client needs.
    QString scriptStatement(const QString &statement) const override;

private:
    QString columnDefinition(const Column &column) const;
    QString columnList(const QStringList &columns) const;
    QString keyList(const Index &index) const;
    QString foreignTableName(const Table &table, const ForeignKey &key) const;
    QString foreignKeyClause(const Table &table, const ForeignKey &key) const;
};

} // namespace parity

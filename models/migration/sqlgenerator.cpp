#include "sqlgenerator.h"

#include "mysql/mysqlsqlgenerator.h"
#include "postgres/postgressqlgenerator.h"
#include "sqlite/sqlitesqlgenerator.h"

#include <QRegularExpression>

#include <optional>

namespace parity {

std::unique_ptr<SqlGenerator> SqlGenerator::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return std::make_unique<PostgresSqlGenerator>();
    case Dialect::MySQL: return std::make_unique<MysqlSqlGenerator>();
    case Dialect::SQLite: return std::make_unique<SqliteSqlGenerator>();
    }
    return nullptr;
}

} // namespace parity

namespace parity {

namespace {

QString joinedColumns(const SqlGenerator &g, const QStringList &columns)
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << g.quoteIdentifier(c);
    return quoted.join(QStringLiteral(", "));
}

QString allSet(const SqlGenerator &g, const QStringList &columns, const QString &prefix = {})
{
    QStringList parts;
    for (const QString &c : columns)
        parts << prefix + g.quoteIdentifier(c) + QStringLiteral(" IS NOT NULL");
    return parts.join(QStringLiteral(" AND "));
}

/// The largest and smallest value of an integer type, by its usual names in
/// the three dialects; nullopt for anything else.
std::optional<std::pair<qint64, qint64>> integerRange(const QString &type)
{
    const QString t = type.trimmed().toLower();
    const bool isUnsigned = t.contains(QLatin1String("unsigned"));
    auto starts = [&](const char *name) { return t.startsWith(QLatin1String(name)); };
    if (starts("tinyint"))
        return isUnsigned ? std::pair<qint64, qint64>{0, 255} : std::pair<qint64, qint64>{-128, 127};
    if (starts("smallint") || starts("int2"))
        return isUnsigned ? std::pair<qint64, qint64>{0, 65535} : std::pair<qint64, qint64>{-32768, 32767};
    if (starts("mediumint"))
        return isUnsigned ? std::pair<qint64, qint64>{0, 16777215} : std::pair<qint64, qint64>{-8388608, 8388607};
    if (starts("integer") || starts("int4") || t == QLatin1String("int") || starts("int(") || starts("int "))
        return isUnsigned ? std::pair<qint64, qint64>{0, 4294967295LL}
                          : std::pair<qint64, qint64>{-2147483648LL, 2147483647LL};
    return std::nullopt;
}

/// The length limit of a character type: varchar(n), character varying(n), char(n).
int characterLimit(const QString &type)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*(?:n?varchar|character varying|varying character|n?char|character|bpchar)\\s*\\((\\d+)\\)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(type);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

} // namespace

QStringList SqlGenerator::rebuildTable(const Table &from, const Table &to,
                                       const QList<std::pair<QString, QString>> &sources) const
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    Q_UNUSED(sources)
    return {};
}

QStringList SqlGenerator::addEnumLabel(const EnumType &type, const QString &label,
                                       const QString &before, const QString &after) const
{
    Q_UNUSED(type)
    Q_UNUSED(label)
    Q_UNUSED(before)
    Q_UNUSED(after)
    return {};
}

QStringList SqlGenerator::renameEnum(const EnumType &type, const QString &newName) const
{
    Q_UNUSED(type)
    Q_UNUSED(newName)
    return {};
}

QStringList SqlGenerator::renameIndex(const QString &, const QString &, const QString &, const QString &) const
{
    return {};
}

QStringList SqlGenerator::renameConstraint(const Table &, const QString &, const QString &) const
{
    return {};
}

QStringList SqlGenerator::renameSequence(const Sequence &, const QString &) const
{
    return {};
}

QStringList SqlGenerator::alterSequence(const Sequence &from, const Sequence &to) const
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    return {};
}

QStringList SqlGenerator::commentOnSchema(const Schema &) const { return {}; }
QStringList SqlGenerator::commentOnEnum(const EnumType &) const { return {}; }
QStringList SqlGenerator::createDomain(const Domain &) const { return {}; }
QStringList SqlGenerator::dropDomain(const Domain &) const { return {}; }
QStringList SqlGenerator::renameDomain(const Domain &, const QString &) const { return {}; }
QStringList SqlGenerator::alterDomain(const Domain &, const Domain &) const { return {}; }
QStringList SqlGenerator::createPolicy(const QString &, const Policy &) const { return {}; }
QStringList SqlGenerator::changeGrants(const QString &, const Grants &, const Grants &) const { return {}; }
QStringList SqlGenerator::dropPolicy(const QString &, const Policy &) const { return {}; }
QStringList SqlGenerator::commentOnView(const View &) const { return {}; }
QStringList SqlGenerator::alterViewOwner(const View &) const { return {}; }
QStringList SqlGenerator::commentOnIndex(const QString &, const Index &) const { return {}; }
QStringList SqlGenerator::commentOnRoutine(const Routine &) const { return {}; }

QString SqlGenerator::countRowsQuery(const QString &schema, const QString &table, const QString &condition) const
{
    QString sql = QStringLiteral("SELECT count(*) FROM ") + qualifiedName(schema, table);
    if (!condition.isEmpty())
        sql += QStringLiteral(" WHERE ") + condition;
    return sql;
}

QString SqlGenerator::duplicatesQuery(const QString &schema, const QString &table, const QStringList &columns) const
{
    return QStringLiteral("SELECT count(*) FROM (SELECT 1 AS one FROM %1 WHERE %2 GROUP BY %3 HAVING count(*) > 1) dup")
        .arg(qualifiedName(schema, table), allSet(*this, columns), joinedColumns(*this, columns));
}

QString SqlGenerator::duplicateSamplesQuery(const QString &schema, const QString &table, const QStringList &columns,
                                            int limit) const
{
    // The most repeated first, ties by value, so that the same data always
    // gives the same samples.
    return QStringLiteral("SELECT %3, count(*) FROM %1 WHERE %2 GROUP BY %3 HAVING count(*) > 1 "
                          "ORDER BY count(*) DESC, %3 LIMIT %4")
        .arg(qualifiedName(schema, table), allSet(*this, columns), joinedColumns(*this, columns))
        .arg(limit);
}

QString SqlGenerator::orphansQuery(const Table &table, const ForeignKey &key) const
{
    const QString referencedSchema = key.referencedSchema.isEmpty() ? table.schema : key.referencedSchema;
    QStringList match;
    for (qsizetype i = 0; i < key.columns.size() && i < key.referencedColumns.size(); ++i)
        match << QStringLiteral("p.%1 = c.%2").arg(quoteIdentifier(key.referencedColumns[i]),
                                                  quoteIdentifier(key.columns[i]));
    return QStringLiteral("SELECT count(*) FROM %1 c WHERE %2 AND NOT EXISTS (SELECT 1 FROM %3 p WHERE %4)")
        .arg(qualifiedName(table.schema, table.name), allSet(*this, key.columns, QStringLiteral("c.")),
             qualifiedName(referencedSchema, key.referencedTable), match.join(QStringLiteral(" AND ")));
}

QString SqlGenerator::misfitCondition(const Column &column, const QString &toType) const
{
    // SQLite stores any value in any column: nothing ever fails to fit.
    if (dialect() == Dialect::SQLite)
        return {};
    const QString name = quoteIdentifier(column.name);
    if (const int limit = characterLimit(toType); limit > 0) {
        const int fromLimit = characterLimit(column.type);
        if (fromLimit > 0 && fromLimit <= limit)
            return {};
        return QStringLiteral("char_length(%1) > %2").arg(name).arg(limit);
    }
    if (const auto range = integerRange(toType)) {
        const auto fromRange = integerRange(column.type);
        if (fromRange && fromRange->first >= range->first && fromRange->second <= range->second)
            return {};
        if (!fromRange && !column.normalizedType.contains(QLatin1String("int"))
            && !column.normalizedType.contains(QLatin1String("numeric"))
            && !column.normalizedType.contains(QLatin1String("decimal")))
            return {};
        return QStringLiteral("%1 NOT BETWEEN %2 AND %3").arg(name).arg(range->first).arg(range->second);
    }
    return {};
}

QString SqlGenerator::fillNulls(const Table &table, const QString &column, const QString &expression) const
{
    return QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL")
        .arg(qualifiedName(table.schema, table.name), quoteIdentifier(column), expression);
}

QString SqlGenerator::valueInCondition(const QString &column, const QStringList &values) const
{
    QStringList literals;
    for (const QString &v : values)
        literals << quoteLiteral(v);
    // PostgreSQL compares an enum only with its own labels' type; as text
    // the comparison works whatever the type is.
    const QString operand = dialect() == Dialect::PostgreSQL
                                ? QStringLiteral("CAST(%1 AS text)").arg(quoteIdentifier(column))
                                : quoteIdentifier(column);
    return QStringLiteral("%1 IN (%2)").arg(operand, literals.join(QStringLiteral(", ")));
}

} // namespace parity

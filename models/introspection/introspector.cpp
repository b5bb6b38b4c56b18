#include "introspector.h"

#include "mysql/mysqlintrospector.h"
#include "postgres/postgresintrospector.h"
#include "sqlite/sqliteintrospector.h"

#include <QFile>
#include <QRegularExpression>

namespace parity {

bool SchemaFilter::accepts(const QString &schemaName) const
{
    auto matches = [&](const QString &pattern) {
        if (!pattern.contains(QLatin1Char('*')) && !pattern.contains(QLatin1Char('?')))
            return pattern == schemaName;
        const auto re = QRegularExpression::fromWildcard(pattern, Qt::CaseSensitive,
                                                         QRegularExpression::UnanchoredWildcardConversion);
        return QRegularExpression(QRegularExpression::anchoredPattern(re.pattern()))
            .match(schemaName)
            .hasMatch();
    };
    if (!include.isEmpty() && std::ranges::none_of(include, matches))
        return false;
    return std::ranges::none_of(exclude, matches);
}

std::unique_ptr<Introspector> Introspector::create(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return std::make_unique<PostgresIntrospector>();
    case Dialect::MySQL: return std::make_unique<MysqlIntrospector>();
    case Dialect::SQLite: return std::make_unique<SqliteIntrospector>();
    }
    return nullptr;
}

QString catalogSql(const QString &dialectFolder, const QString &name)
{
    QFile file(QStringLiteral(":/parity/sql/%1/%2.sql").arg(dialectFolder, name));
    if (!file.open(QIODevice::ReadOnly)) {
        // A missing resource is a build mistake, not a user error.
        qFatal("catalog SQL resource missing: %s/%s.sql", qPrintable(dialectFolder), qPrintable(name));
    }
    return QString::fromUtf8(file.readAll());
}

} // namespace parity

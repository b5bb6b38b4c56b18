#pragma once

// Set-up and small helpers shared by the PostgreSQL introspector tests.

#include "connection/databasesession.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStringList>

namespace parity::test {

/// The fixture's second schema, whose mixed case must survive quoting.
inline const QString revenue = QStringLiteral("RevenueConnection");

/// A scratch database holding tests/data/introspection/postgres/fixture.sql.
/// Each test executable passes its own name, so they can run in parallel.
[[nodiscard]] inline Result<ConnectionSpec> loadPostgresFixture(const QString &database)
{
    auto spec = createScratchDatabase(Dialect::PostgreSQL, database);
    if (!spec)
        return std::unexpected(spec.error());
    auto loaded = runSqlFile(
        *spec, sourceDir() + QStringLiteral("/tests/data/introspection/postgres/fixture.sql"));
    if (!loaded)
        return std::unexpected(loaded.error());
    return spec;
}

/// The first value of a one-row query, or a marker no check expects.
inline QString queryValue(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return QStringLiteral("<query failed>");
    return query.value(0).toString();
}

inline QStringList names(const auto &list)
{
    QStringList result;
    for (const auto &item : list)
        result.append(item.name);
    return result;
}

} // namespace parity::test

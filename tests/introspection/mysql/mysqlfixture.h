#pragma once

// Set-up shared by the MySQL introspector tests: the fixture catalog in one
// scratch database plus a small second database beside it, so that tests can
// tell "the connection's own database" apart from "every database".

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/introspector.h"
#include "schema/catalog.h"
#include "testsupport.h"

#include <memory>

namespace parity::test {

struct MysqlFixture
{
    ConnectionSpec spec;      // holds tests/data/introspection/mysql/fixture.sql
    ConnectionSpec otherSpec; // one table, other_table, with two rows
};

/// Each test executable passes its own names, so they can run in parallel.
[[nodiscard]] inline Result<MysqlFixture> loadMysqlFixture(const QString &database,
                                                           const QString &otherDatabase)
{
    MysqlFixture fixture;
    auto spec = createScratchDatabase(Dialect::MySQL, database);
    if (!spec)
        return std::unexpected(spec.error());
    fixture.spec = *spec;
    auto loaded = runSqlFile(
        fixture.spec, sourceDir() + QStringLiteral("/tests/data/introspection/mysql/fixture.sql"));
    if (!loaded)
        return std::unexpected(loaded.error());

    auto other = createScratchDatabase(Dialect::MySQL, otherDatabase);
    if (!other)
        return std::unexpected(other.error());
    fixture.otherSpec = *other;
    auto otherLoaded =
        runSql(fixture.otherSpec, QStringLiteral("CREATE TABLE other_table (id INT PRIMARY KEY);\n"
                                                 "INSERT INTO other_table VALUES (1), (2);\n"));
    if (!otherLoaded)
        return std::unexpected(otherLoaded.error());
    return fixture;
}

/// Opens a session with the given access and reads its catalog; keepSession,
/// when given, receives the session so a test can look at it afterwards.
[[nodiscard]] inline Result<Catalog>
introspectMysql(const ConnectionSpec &spec, DatabaseSession::Access access,
                const IntrospectionOptions &options, JobContext &job,
                std::unique_ptr<DatabaseSession> *keepSession = nullptr)
{
    auto session = DatabaseSession::open(spec, access);
    if (!session)
        return std::unexpected(session.error());
    QSqlDatabase db = (*session)->database();
    auto catalog = Introspector::create(Dialect::MySQL)->introspect(db, options, job);
    if (keepSession)
        *keepSession = std::move(*session);
    return catalog;
}

} // namespace parity::test

#pragma once

// Set-up and small helpers shared by the SQLite introspector tests. The
// files live in a per-process temporary folder, so executables running in
// parallel never share one.

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/sqlite/sqliteintrospector.h"
#include "testsupport.h"

#include <QStringList>

namespace parity::test {

inline ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    return spec;
}

/// A scratch file named fileName holding tests/data/introspection/sqlite/everything.sql;
/// returns its path.
[[nodiscard]] inline Result<QString> loadSqliteFixture(const QString &fileName)
{
    const QString path = scratchSqlitePath(fileName);
    const QString fixture =
        sourceDir() + QStringLiteral("/tests/data/introspection/sqlite/everything.sql");
    auto loaded = runSqlFile(sqliteSpec(path), fixture);
    if (!loaded)
        return std::unexpected(loaded.error());
    return path;
}

inline Result<Catalog> introspectFile(const QString &path, const IntrospectionOptions &options,
                                      JobContext &job)
{
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QSqlDatabase db = (*session)->database();
    SqliteIntrospector introspector;
    return introspector.introspect(db, options, job);
}

inline Result<Catalog> introspectFile(const QString &path, bool exactRowCounts = false)
{
    IntrospectionOptions options;
    options.exactRowCounts = exactRowCounts;
    JobContext job;
    return introspectFile(path, options, job);
}

inline QStringList tableNames(const Schema &schema)
{
    QStringList names;
    for (const Table &t : schema.tables)
        names.append(t.name);
    return names;
}

} // namespace parity::test

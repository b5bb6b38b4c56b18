#pragma once

#include "introspection/introspector.h"

namespace parity {

/// Reads a SQLite database's catalog. The SQL lives in
/// resources/sql/sqlite/ and is loaded with catalogSql().
class SqliteIntrospector final : public Introspector
{
public:
    [[nodiscard]] Result<Catalog> introspect(QSqlDatabase &db, const IntrospectionOptions &options,
                                             JobContext &job) override;
};

} // namespace parity

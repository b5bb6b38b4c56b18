#pragma once

#include "introspection/introspector.h"

namespace parity {

/// Reads a PostgreSQL database's catalog. The SQL lives in
/// resources/sql/postgres/ and is loaded with catalogSql().
class PostgresIntrospector final : public Introspector
{
public:
    [[nodiscard]] Result<Catalog> introspect(QSqlDatabase &db, const IntrospectionOptions &options,
                                             JobContext &job) override;
};

} // namespace parity

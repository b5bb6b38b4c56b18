#pragma once

#include "introspection/introspector.h"

namespace parity {

/// Reads a MySQL and MariaDB database's catalog. The SQL lives in
/// resources/sql/mysql/ and is loaded with catalogSql().
class MysqlIntrospector final : public Introspector
{
public:
    [[nodiscard]] Result<Catalog> introspect(QSqlDatabase &db, const IntrospectionOptions &options,
                                             JobContext &job) override;
};

} // namespace parity

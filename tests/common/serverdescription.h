#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"

#include <QString>

namespace parity::test {

/// A database's schema as the server itself describes it, normalised only
/// where the server's own text varies between two identical schemas; the
/// judge of the tests, independent of Parity's catalog and comparison:
/// - PostgreSQL: `pg_dump -s --no-owner`, without comments, SET lines, psql
///   meta-commands and blank lines;
/// - MySQL/MariaDB: SHOW CREATE TABLE/VIEW/TRIGGER/PROCEDURE/FUNCTION of
///   every object, by name, without AUTO_INCREMENT counters, with the
///   secondary keys of a table as a sorted set;
/// - SQLite: sqlite_schema's SQL of every object, and per table the pragmas
///   table_xinfo, index_list with index_xinfo, and foreign_key_list.
/// Two databases have the same schema, by the server's word, when their
/// descriptions are equal.
[[nodiscard]] Result<QString> serverDescription(const ConnectionSpec &spec);

} // namespace parity::test

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
///   secondary keys and the table-level constraints (CHECK, FOREIGN KEY)
///   of a table as a sorted set (their order is the order they were made);
/// - SQLite: sqlite_schema's name, table and SQL of every object, and per
///   table the pragmas table_xinfo, index_list with index_xinfo, and
///   foreign_key_list. SQLite keeps the SQL text of a CREATE exactly as it
///   was typed, comments and quoting included, and rewrites it itself on
///   ALTER TABLE … RENAME; so the SQL is compared by one rule, sqliteTokens().
///   Names, declared types, defaults and collations are still compared
///   exactly through the name columns and the pragmas.
/// Two databases have the same schema, by the server's word, when their
/// descriptions are equal.
[[nodiscard]] Result<QString> serverDescription(const ConnectionSpec &spec);

/// pg_dump writes an object's privileges as one GRANT per grantee in the
/// order of its ACL, which is the order the grants were made in: the same
/// privileges granted in another order read differently. The judge's one
/// PostgreSQL rule sorts each run of consecutive GRANT lines (one object's).
[[nodiscard]] QString postgresGrantsAsSet(const QString &dump);

/// SQLite's stored SQL as the sequence of tokens SQLite reads from it: the
/// one normalisation the judge makes. Whitespace and comments go; a quoted
/// identifier ("x", `x`, [x]) becomes the bare name it quotes; names and
/// keywords are compared without regard to case, as SQLite itself compares
/// them. String literals and numbers are kept exactly.
[[nodiscard]] QString sqliteTokens(const QString &sql);

} // namespace parity::test

#pragma once

#include <QString>

#include <optional>

namespace parity {

/// The database families Parity speaks. MariaDB is a flavour of MySQL: the
/// catalog records which one in Catalog::serverVersion.
enum class Dialect { PostgreSQL, MySQL, SQLite };

/// Stable lower-case key used in snapshots and on the command line.
QString dialectKey(Dialect dialect);
/// Name for people ("PostgreSQL", "MySQL/MariaDB", "SQLite").
QString dialectDisplayName(Dialect dialect);
std::optional<Dialect> dialectFromKey(const QString &key);

} // namespace parity

#pragma once

#include <QString>
#include <QStringList>

namespace parity {

/// SQLite compares names ignoring the case of ASCII letters only: "Users"
/// and "users" are one table, "Größe" and "größe" are two.
QString foldSqliteName(const QString &name);
bool sameSqliteName(const QString &a, const QString &b);
bool sameSqliteNames(const QStringList &a, const QStringList &b);

/// `name` as a double-quoted identifier, embedded quotes doubled.
QString quoteSqliteIdentifier(const QString &name);

} // namespace parity

#pragma once

#include "common/error.h"

#include <QSqlQuery>
#include <QString>

class QSqlDatabase;

namespace parity::mysql {

/// Whether `schema` is bound to the statement's placeholders.
enum class Bind { Schema, Nothing };

/// Runs one catalog statement forward-only. With Bind::Schema, `schema` is
/// bound to every ? placeholder of `sql` (the catalog files filter each
/// information_schema table by a constant, which is what lets MariaDB read
/// one database instead of all); with Bind::Nothing the text runs as it is.
/// On failure the error names what was being read, from which database
/// (`schema`, or the server when empty), and quotes the server.
[[nodiscard]] Result<QSqlQuery> runCatalogQuery(const QSqlDatabase &db, const QString &sql,
                                                const QString &schema, const QString &what,
                                                Bind bind = Bind::Schema);

/// The error for a failed catalog statement (see runCatalogQuery).
Error catalogQueryError(const QSqlQuery &query, const QString &schema, const QString &what);

} // namespace parity::mysql

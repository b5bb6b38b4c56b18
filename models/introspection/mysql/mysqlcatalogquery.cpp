#include "mysqlcatalogquery.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace parity::mysql {

Error catalogQueryError(const QSqlQuery &query, const QString &schema, const QString &what)
{
    const QSqlError error = query.lastError();
    QString serverText = error.databaseText().trimmed();
    if (serverText.isEmpty())
        serverText = error.text().trimmed();
    const QString where = schema.isEmpty()
                              ? QStringLiteral("the MySQL/MariaDB server")
                              : QStringLiteral("MySQL/MariaDB database \"%1\"").arg(schema);
    return Error::make(Error::Code::QueryFailed,
                       QStringLiteral("Could not read %1 of %2: %3. Check that the user may read "
                                      "information_schema and that the server is still reachable.")
                           .arg(what, where, serverText));
}

Result<QSqlQuery> runCatalogQuery(const QSqlDatabase &db, const QString &sql, const QString &schema,
                                  const QString &what, Bind bind)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    const qsizetype placeholders = bind == Bind::Schema ? sql.count(QLatin1Char('?')) : 0;
    bool ok = false;
    if (placeholders == 0) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        if (ok) {
            for (qsizetype i = 0; i < placeholders; ++i)
                query.addBindValue(schema);
            ok = query.exec();
        }
    }
    if (!ok)
        return std::unexpected(catalogQueryError(query, schema, what));
    return query;
}

} // namespace parity::mysql

#include "mysqlreadonlysnapshot.h"

#include "introspection/introspector.h"
#include "mysqlcatalogquery.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parity::mysql {

namespace {

// The flag's name depends on the server (transaction_read_only on MySQL 8
// and MariaDB 11.1+, tx_read_only before): the first that answers wins.
std::optional<bool> sessionReadOnly(const QSqlDatabase &db)
{
    for (const auto *name : {"session_read_only", "session_read_only_legacy"}) {
        auto query =
            runCatalogQuery(db, catalogSql(QStringLiteral("mysql"), QString::fromLatin1(name)), {},
                            QStringLiteral("the session's read-only flag"), Bind::Nothing);
        if (query && query->next())
            return query->value(0).toInt() != 0;
    }
    return std::nullopt;
}

} // namespace

MysqlReadOnlySnapshot::MysqlReadOnlySnapshot(const QSqlDatabase &db)
    : m_db(db)
{
}

MysqlReadOnlySnapshot::~MysqlReadOnlySnapshot()
{
    end();
}

Result<void> MysqlReadOnlySnapshot::begin()
{
    const std::optional<bool> wasReadOnly = sessionReadOnly(m_db);
    m_restoreReadWrite = wasReadOnly.has_value() && !*wasReadOnly;

    // START TRANSACTION commits whatever transaction the session had open,
    // like any MySQL statement that begins one; callers introspect outside
    // their own transactions.
    for (const QString &statement :
         {QStringLiteral("SET SESSION TRANSACTION READ ONLY"),
          QStringLiteral("START TRANSACTION READ ONLY, WITH CONSISTENT SNAPSHOT")}) {
        QSqlQuery query(m_db);
        if (!query.exec(statement)) {
            QString serverText = query.lastError().databaseText().trimmed();
            if (serverText.isEmpty())
                serverText = query.lastError().text().trimmed();
            const Error error = Error::make(
                Error::Code::QueryFailed,
                QStringLiteral(
                    "Could not start a read-only transaction on the MySQL/MariaDB server "
                    "(%1): %2. Introspection needs MySQL 5.6.5+ or MariaDB 10.0+.")
                    .arg(statement, serverText));
            m_open = true; // so that end() undoes the half that worked
            end();
            return std::unexpected(error);
        }
        m_open = true;
    }
    return {};
}

void MysqlReadOnlySnapshot::end()
{
    if (!m_open)
        return;
    m_open = false;
    QSqlQuery query(m_db);
    query.exec(QStringLiteral("ROLLBACK"));
    if (m_restoreReadWrite)
        query.exec(QStringLiteral("SET SESSION TRANSACTION READ WRITE"));
}

} // namespace parity::mysql

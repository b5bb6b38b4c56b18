#include "sqlitereadtransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace parity {

SqliteReadTransaction::SqliteReadTransaction(QSqlDatabase &db)
    : m_db(db)
{
}

SqliteReadTransaction::~SqliteReadTransaction()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
}

void SqliteReadTransaction::begin()
{
    m_active = QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
}

void SqliteReadTransaction::commit()
{
    if (m_active)
        QSqlQuery(m_db).exec(QStringLiteral("COMMIT"));
    m_active = false;
}

} // namespace parity

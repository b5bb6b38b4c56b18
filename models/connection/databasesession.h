#pragma once

#include "common/error.h"
#include "connectionspec.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

class QSqlError;
class QSqlQuery;

namespace parity {

/// An open connection owned by the thread that opened it (Qt 6.4 cannot move
/// a QSqlDatabase between threads). Closing and removing the Qt connection
/// happens in the destructor.
class DatabaseSession
{
public:
    enum class Access { ReadOnly, ReadWrite };

    [[nodiscard]] static Result<std::unique_ptr<DatabaseSession>>
    open(const ConnectionSpec &spec, Access access);

    ~DatabaseSession();
    DatabaseSession(const DatabaseSession &) = delete;
    DatabaseSession &operator=(const DatabaseSession &) = delete;

    QSqlDatabase database() const;
    const ConnectionSpec &spec() const { return m_spec; }
    Access access() const { return m_access; }

    /// Runs one statement that returns no rows; on failure the error names
    /// the connection and quotes the server's message.
    [[nodiscard]] Result<void> exec(const QString &sql) const;

    /// Turns a failed query into an Error naming this connection and `what`
    /// ("reading columns").
    Error queryError(const QSqlQuery &query, const QString &what) const;

private:
    DatabaseSession(ConnectionSpec spec, Access access, QString connectionName);

    ConnectionSpec m_spec;
    Access m_access;
    QString m_connectionName;
};

/// The server's message for a failed statement on one line, without
/// libpq's "ERROR:" prefix and QPSQL's "(SQLSTATE)" suffix.
QString serverMessage(const QSqlError &error);

/// Maps a driver error on connect to a message a person can act on.
Error connectionError(const ConnectionSpec &spec, const QSqlError &error);

} // namespace parity

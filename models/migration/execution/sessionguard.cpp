#include "sessionguard.h"

#include <QSqlQuery>

namespace parity {

QString cancelStatementFor(const DatabaseSession &session)
{
    QSqlQuery query(session.database());
    switch (session.spec().kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        if (query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
            return QStringLiteral("SELECT pg_cancel_backend(%1)").arg(query.value(0).toLongLong());
        break;
    case ConnectionSpec::Kind::MySQL:
        if (query.exec(QStringLiteral("SELECT CONNECTION_ID()")) && query.next())
            return QStringLiteral("KILL QUERY %1").arg(query.value(0).toLongLong());
        break;
    default:
        break;
    }
    return {};
}

namespace {

QString sqlLiteral(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

} // namespace

Result<void> prepareChangingSession(const DatabaseSession &session, const ApplyOptions &options, const QString &role)
{
    QStringList statements;
    if (session.spec().kind == ConnectionSpec::Kind::PostgreSQL) {
        if (!options.runId.isEmpty())
            statements << QStringLiteral("SET application_name = %1")
                              .arg(sqlLiteral(runApplicationName(options.runId) + (role.isEmpty() ? QString() : QLatin1Char(' ') + role)));
        // A client that hangs (or is stopped) inside a transaction must not
        // hold its locks for ever; one that dies is noticed by the server.
        statements << QStringLiteral("SET idle_in_transaction_session_timeout = '5min'");
        if (options.lockTimeoutSeconds > 0)
            statements << QStringLiteral("SET lock_timeout = '%1s'").arg(options.lockTimeoutSeconds);
        if (options.statementTimeoutSeconds > 0)
            statements << QStringLiteral("SET statement_timeout = '%1s'").arg(options.statementTimeoutSeconds);
    } else if (session.spec().kind == ConnectionSpec::Kind::MySQL) {
        if (options.lockTimeoutSeconds > 0)
            statements << QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(options.lockTimeoutSeconds);
        if (options.statementTimeoutSeconds > 0) {
            QSqlQuery query(session.database());
            const bool mariadb = query.exec(QStringLiteral("SELECT VERSION()")) && query.next()
                                 && query.value(0).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
            if (!mariadb) {
                return fail(Error::Code::Unsupported,
                            QStringLiteral("%1 is MySQL, which cannot limit how long a schema change runs "
                                           "(max_execution_time covers SELECT only): leave out the statement timeout")
                                .arg(session.spec().display()));
            }
            statements << QStringLiteral("SET SESSION max_statement_time = %1").arg(options.statementTimeoutSeconds);
        }
    }
    for (const QString &sql : statements) {
        if (auto ok = session.exec(sql); !ok)
            return ok;
    }
    return {};
}

} // namespace parity

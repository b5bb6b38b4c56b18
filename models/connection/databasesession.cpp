#include "databasesession.h"

#include "secretmask.h"

#include <QAtomicInteger>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace parity {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

QString nextConnectionName()
{
    return QStringLiteral("parity-%1").arg(s_connectionCounter.fetchAndAddRelaxed(1) + 1);
}

/// Removes the password from driver text, in case a driver ever echoes it.
QString scrub(QString text, const ConnectionSpec &spec)
{
    if (spec.password.size() >= 3)
        text.replace(spec.password, QStringLiteral("***"));
    return text.simplified();
}

QString hostDescription(const ConnectionSpec &spec)
{
    if (!spec.socket.isEmpty())
        return QStringLiteral("socket %1").arg(spec.socket);
    return QStringLiteral("%1:%2").arg(spec.effectiveHost()).arg(spec.effectivePort());
}

Result<void> checkSqliteFile(const ConnectionSpec &spec)
{
    const QFileInfo info(spec.path);
    if (!info.exists()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral("SQLite file %1 does not exist: check the path (Parity never creates "
                                   "a database it was asked to read)")
                        .arg(spec.path));
    }
    if (info.isDir())
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 is a folder, not a SQLite file").arg(spec.path));
    QFile file(spec.path);
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, QStringLiteral("Cannot read SQLite file %1: %2").arg(spec.path, file.errorString()));
    }
    const QByteArray header = file.read(16);
    // An empty file is a valid, empty SQLite database; anything else must carry the magic.
    if (!header.isEmpty() && header != QByteArray("SQLite format 3\0", 16)) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is not a SQLite database (its header does not say \"SQLite format 3\")")
                        .arg(spec.path));
    }
    return {};
}

QString driverFor(const ConnectionSpec &spec)
{
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL: return QStringLiteral("QPSQL");
    case ConnectionSpec::Kind::MySQL: return QStringLiteral("QMYSQL");
    case ConnectionSpec::Kind::SQLite: return QStringLiteral("QSQLITE");
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile: break;
    }
    return {};
}

QString driverPackage(const QString &driver)
{
    if (driver == QLatin1String("QPSQL"))
        return QStringLiteral("libqt6sql6-psql");
    if (driver == QLatin1String("QMYSQL"))
        return QStringLiteral("libqt6sql6-mysql");
    return QStringLiteral("libqt6sql6-sqlite");
}

/// libpq conninfo values with spaces or quotes must be single-quoted.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

void configure(QSqlDatabase &db, const ConnectionSpec &spec, DatabaseSession::Access access)
{
    QStringList options;
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        if (!spec.socket.isEmpty())
            db.setHostName(spec.socket);
        else if (!spec.host.isEmpty())
            db.setHostName(spec.host);
        db.setPort(spec.effectivePort());
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        options << QStringLiteral("connect_timeout=%1").arg(spec.connectTimeoutSeconds)
                << QStringLiteral("application_name=parity");
        for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it)
            options << it.key() + QLatin1Char('=') + conninfoValue(it.value());
        break;
    case ConnectionSpec::Kind::MySQL: {
        // QMYSQL treats "localhost" as "use the default socket" and ignores the
        // port; a spec that names a port means TCP, so say 127.0.0.1.
        QString host = spec.host;
        if (spec.socket.isEmpty() && (host.isEmpty() || host == QLatin1String("localhost")) && spec.port > 0)
            host = QStringLiteral("127.0.0.1");
        db.setHostName(host);
        db.setPort(spec.effectivePort());
        db.setDatabaseName(spec.database);
        db.setUserName(spec.user);
        db.setPassword(spec.password);
        options << QStringLiteral("MYSQL_OPT_CONNECT_TIMEOUT=%1").arg(spec.connectTimeoutSeconds);
        if (!spec.socket.isEmpty())
            options << QStringLiteral("UNIX_SOCKET=%1").arg(spec.socket);
        break;
    }
    case ConnectionSpec::Kind::SQLite:
        db.setDatabaseName(spec.path);
        options << QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
        if (access == DatabaseSession::Access::ReadOnly)
            options << QStringLiteral("QSQLITE_OPEN_READONLY");
        break;
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    db.setConnectOptions(options.join(QLatin1Char(';')));
}

QStringList sessionSetup(const ConnectionSpec &spec, DatabaseSession::Access access)
{
    const bool readOnly = access == DatabaseSession::Access::ReadOnly;
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        if (readOnly)
            return {QStringLiteral("SET default_transaction_read_only = on")};
        return {};
    case ConnectionSpec::Kind::MySQL:
        if (readOnly)
            return {QStringLiteral("SET NAMES utf8mb4"), QStringLiteral("SET SESSION TRANSACTION READ ONLY")};
        return {QStringLiteral("SET NAMES utf8mb4")};
    case ConnectionSpec::Kind::SQLite:
        return {QStringLiteral("PRAGMA foreign_keys = ON")};
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return {};
}

} // namespace

QString serverMessage(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    first.remove(severity);
    // QPSQL appends "(SQLSTATE)" to the last line: the first one when there is no LINE part.
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    first.remove(sqlState);
    if (first.isEmpty())
        first = error.text().simplified();
    return first;
}

Error connectionError(const ConnectionSpec &spec, const QSqlError &error)
{
    const QString text = scrub(error.driverText() + QLatin1Char(' ') + error.databaseText(), spec);
    const QString where = spec.display();
    const QString lower = text.toLower();
    auto has = [&](const char *needle) { return lower.contains(QLatin1String(needle)); };

    // MySQL/MariaDB say "Access denied for user" both for a wrong password
    // (1045) and for a right login without privileges on the database named
    // (1044); only the first is about the password. PostgreSQL's analogue is
    // a role without CONNECT on the database.
    const bool mysqlNoGrant = error.nativeErrorCode() == QLatin1String("1044")
                              || (has("access denied for user") && has("to database"));
    if (mysqlNoGrant || has("permission denied for database")) {
        const QString user = spec.effectiveUser();
        const QString database = spec.databaseName();
        const QString grant =
            spec.kind == ConnectionSpec::Kind::PostgreSQL
                ? QStringLiteral("GRANT CONNECT ON DATABASE \"%1\" TO \"%2\"").arg(database, user)
                : QStringLiteral("GRANT SELECT, SHOW VIEW ON `%1`.* TO '%2'@'%' (ALL PRIVILEGES to apply changes)")
                      .arg(database, user);
        // MySQL answers 1044 for a missing database too, so as not to tell
        // a user without privileges which databases exist.
        const QString orMissing = mysqlNoGrant ? QStringLiteral(", or it does not exist (the server does not tell "
                                                                "which to a user without privileges)")
                                               : QString();
        return Error::make(Error::Code::ConnectionFailed,
                           QStringLiteral("User \"%1\" logged in to %2 but may not use database \"%3\": the user "
                                          "lacks privileges on it%4; the password is right. Ask an administrator "
                                          "for %5, or pick a database this user may use (%6).")
                               .arg(user, hostDescription(spec), database, orMissing, grant, where));
    }
    if (has("password authentication failed") || has("access denied for user")
        || has("authentication failed")) {
        return Error::make(Error::Code::AuthenticationFailed,
                           QStringLiteral("Could not log in to %1: the server refused user \"%2\" with the "
                                          "password given. Check the user and password (URL, %3, or saved profile).")
                               .arg(where, spec.user,
                                    spec.kind == ConnectionSpec::Kind::PostgreSQL
                                        ? QStringLiteral("PGPASSWORD or ~/.pgpass")
                                        : QStringLiteral("MYSQL_PWD")));
    }
    if (has("no password supplied") || has("fe_sendauth")) {
        return Error::make(Error::Code::AuthenticationFailed,
                           QStringLiteral("Could not log in to %1: the server wants a password and none was "
                                          "given. Put it in the URL, PGPASSWORD or ~/.pgpass.")
                               .arg(where));
    }
    if ((has("database") && has("does not exist")) || has("unknown database")) {
        return Error::make(Error::Code::NotFound,
                           QStringLiteral("Database \"%1\" does not exist on %2. Check the name in %3, or "
                                          "create the database first.")
                               .arg(spec.databaseName(), hostDescription(spec), where));
    }
    if (has("timeout expired") || has("timed out") || has("connection timed out")) {
        return Error::make(Error::Code::ConnectionFailed,
                           QStringLiteral("No answer from %1 within %2 s. Check the host and port, and "
                                          "that a firewall lets the connection through.")
                               .arg(hostDescription(spec))
                               .arg(spec.connectTimeoutSeconds));
    }
    if (has("could not translate host name") || has("unknown mysql server host")
        || has("unknown server host") || has("name or service not known")) {
        return Error::make(Error::Code::ConnectionFailed,
                           QStringLiteral("Unknown host \"%1\" in %2. Check the host name.")
                               .arg(maskSecrets(spec.effectiveHost()), where));
    }
    if (has("connection refused") || has("can't connect") || has("could not connect")
        || has("no such file or directory")) {
        return Error::make(Error::Code::ConnectionFailed,
                           QStringLiteral("Nothing is listening at %1 (%2). Check that the server is running "
                                          "and that the host and port are right.")
                               .arg(hostDescription(spec), where));
    }
    return Error::make(Error::Code::ConnectionFailed,
                       QStringLiteral("Could not connect to %1: %2").arg(where, text));
}

DatabaseSession::DatabaseSession(ConnectionSpec spec, Access access, QString connectionName)
    : m_spec(std::move(spec))
    , m_access(access)
    , m_connectionName(std::move(connectionName))
{
}

Result<std::unique_ptr<DatabaseSession>> DatabaseSession::open(const ConnectionSpec &spec, Access access)
{
    const QString driver = driverFor(spec);
    if (driver.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not a database connection").arg(spec.display()));
    }
    if (!QSqlDatabase::isDriverAvailable(driver)) {
        return fail(Error::Code::Unsupported,
                    QStringLiteral("The Qt SQL driver %1 is not installed: install the Debian package %2")
                        .arg(driver, driverPackage(driver)));
    }
    if (spec.kind == ConnectionSpec::Kind::SQLite) {
        if (auto ok = checkSqliteFile(spec); !ok)
            return std::unexpected(ok.error());
    }

    const QString name = nextConnectionName();
    std::unique_ptr<DatabaseSession> session(new DatabaseSession(spec, access, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, name);
        configure(db, spec, access);
        if (!db.open())
            return std::unexpected(connectionError(spec, db.lastError()));
    }
    for (const QString &statement : sessionSetup(spec, access)) {
        if (auto ok = session->exec(statement); !ok)
            return std::unexpected(ok.error());
    }
    return session;
}

DatabaseSession::~DatabaseSession()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase DatabaseSession::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<void> DatabaseSession::exec(const QString &sql) const
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return std::unexpected(queryError(query, QStringLiteral("running \"%1\"").arg(sql.left(80))));
    return {};
}

Error DatabaseSession::queryError(const QSqlQuery &query, const QString &what) const
{
    const QSqlError error = query.lastError();
    return Error::make(Error::Code::QueryFailed,
                       QStringLiteral("%1 failed on %2: %3")
                           .arg(what, m_spec.display(), scrub(error.databaseText().isEmpty() ? error.text()
                                                                                           : error.databaseText(),
                                                              m_spec)));
}

} // namespace parity

#include "connectionspec.h"

#include "secretmask.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>

namespace parity {

namespace {

const QStringList kSqliteSuffixes = {QStringLiteral(".db"), QStringLiteral(".sqlite"),
                                     QStringLiteral(".sqlite3")};

QString percentDecode(const QString &text)
{
    return QUrl::fromPercentEncoding(text.toUtf8());
}

QString percentEncode(const QString &text)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(text));
}

/// An error that quotes the spec: every message of the parser goes through
/// maskSecrets(), as the spec can be anything a person typed.
Result<ConnectionSpec> invalid(const QString &what, const QString &text)
{
    return fail(Error::Code::InvalidInput, QStringLiteral("%1 in \"%2\"").arg(what, maskSecrets(text)));
}

Result<ConnectionSpec> parseServerUrl(const QString &text, ConnectionSpec::Kind kind, bool mariadb)
{
    ConnectionSpec spec;
    spec.kind = kind;
    spec.mariadbScheme = mariadb;

    // libpq refuses a '%' without two hex digits after it. Decoding it
    // leniently would give other text than was written: an option key
    // "%%password" would no longer read as a password.
    static const QRegularExpression badEscape(QStringLiteral("%(?![0-9A-Fa-f]{2})"));
    if (badEscape.match(text).hasMatch()) {
        return invalid(QStringLiteral("Malformed connection URL: a '%' must start a percent-encoded character "
                                      "such as %40 (write %25 for a '%' itself)"),
                       text);
    }
    QString rest = text.mid(text.indexOf(QStringLiteral("://")) + 3);
    QString query;
    if (const qsizetype q = rest.indexOf(QLatin1Char('?')); q >= 0) {
        query = rest.mid(q + 1);
        rest.truncate(q);
    }
    QString authority = rest;
    QString path;
    if (const qsizetype slash = rest.indexOf(QLatin1Char('/')); slash >= 0) {
        authority = rest.left(slash);
        path = rest.mid(slash + 1);
    }
    // An '@' after the host part means a password with a raw '/', '?' or '#'
    // in it: the URL cannot be read, and quoting it would show the password.
    if (!authority.contains(QLatin1Char('@'))
        && (path.contains(QLatin1Char('@')) || query.contains(QLatin1Char('@')))) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Malformed %1 URL: an '@' comes after the host part. If the password "
                                   "contains '/', '?', '#' or '@', percent-encode them as %2F, %3F, %23 "
                                   "and %40")
                        .arg(text.left(text.indexOf(QStringLiteral("://")))));
    }
    if (path.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("Malformed connection URL: the database name may not contain '/'"), text);
    spec.database = percentDecode(path);

    QString hostPort = authority;
    if (const qsizetype at = authority.lastIndexOf(QLatin1Char('@')); at >= 0) {
        const QString userInfo = authority.left(at);
        hostPort = authority.mid(at + 1);
        if (const qsizetype colon = userInfo.indexOf(QLatin1Char(':')); colon >= 0) {
            spec.user = percentDecode(userInfo.left(colon));
            spec.password = percentDecode(userInfo.mid(colon + 1));
        } else {
            spec.user = percentDecode(userInfo);
        }
        if (spec.user.isEmpty())
            return invalid(QStringLiteral("Malformed connection URL: empty user name before '@'"), text);
    }

    QString portText;
    if (hostPort.startsWith(QLatin1Char('['))) { // [IPv6]:port
        const qsizetype close = hostPort.indexOf(QLatin1Char(']'));
        if (close < 0)
            return invalid(QStringLiteral("Malformed connection URL: unclosed '[' in the host"), text);
        spec.host = percentDecode(hostPort.mid(1, close - 1));
        const QString after = hostPort.mid(close + 1);
        if (!after.isEmpty()) {
            if (!after.startsWith(QLatin1Char(':')))
                return invalid(QStringLiteral("Malformed connection URL: unexpected text after ']'"), text);
            portText = after.mid(1);
        }
    } else if (const qsizetype colon = hostPort.lastIndexOf(QLatin1Char(':')); colon >= 0) {
        spec.host = percentDecode(hostPort.left(colon));
        portText = hostPort.mid(colon + 1);
        // postgresql://app:secret:5432/db lost its "@host": "app:secret"
        // would be the host, and quoted as an unknown one. (An '@' in the
        // host has its own message below.)
        if (spec.host.contains(QLatin1Char(':')) && !spec.host.contains(QLatin1Char('@'))) {
            return invalid(QStringLiteral("Malformed connection URL: the host holds a ':' (write an IPv6 address "
                                          "in brackets, as in [::1]:5432; a password goes in user:password@host)"),
                           text);
        }
    } else {
        spec.host = percentDecode(hostPort);
    }
    if (!portText.isEmpty()) {
        bool ok = false;
        const int port = portText.toInt(&ok);
        // A port that is no number may be a password that lost its "@host"
        // (postgresql://app:secret/db): never quote it.
        if (!ok) {
            return invalid(QStringLiteral("Invalid port: what follows the last ':' of the host part is not a number "
                                          "(a password goes in user:password@host)"),
                           text);
        }
        if (port < 1 || port > 65535)
            return invalid(QStringLiteral("Invalid port \"%1\": use a number from 1 to 65535").arg(port), text);
        spec.port = port;
    }
    // A '@' written as %40 turns user:password into part of the host name;
    // no host name holds an '@', and connecting would quote it in "unknown host".
    if (spec.host.contains(QLatin1Char('@'))) {
        return invalid(QStringLiteral("Malformed connection URL: the host name holds an '@' (written as %40?); "
                                      "write the '@' between the user and the host as it is"),
                       text);
    }
    // libpq accepts a percent-encoded socket directory as the host.
    if (spec.host.startsWith(QLatin1Char('/'))) {
        spec.socket = spec.host;
        spec.host.clear();
    }

    if (!query.isEmpty()) {
        for (const QString &pair : query.split(QLatin1Char('&'), Qt::SkipEmptyParts)) {
            const qsizetype eq = pair.indexOf(QLatin1Char('='));
            if (eq <= 0)
                return invalid(QStringLiteral("Malformed option \"%1\": options are written key=value").arg(maskSecrets(pair)), text);
            const QString key = percentDecode(pair.left(eq));
            const QString value = percentDecode(pair.mid(eq + 1));
            if (key == QLatin1String("host") && value.startsWith(QLatin1Char('/')))
                spec.socket = value;
            else if (key == QLatin1String("host"))
                spec.host = value;
            else if (key == QLatin1String("socket"))
                spec.socket = value;
            else if (key == QLatin1String("port")) {
                bool ok = false;
                spec.port = value.toInt(&ok);
                if (!ok || spec.port < 1 || spec.port > 65535)
                    return invalid(QStringLiteral("Invalid port \"%1\": use a number from 1 to 65535").arg(maskSecrets(value)), text);
            } else if (key == QLatin1String("password")) {
                spec.password = value;
            } else if (key == QLatin1String("user")) {
                spec.user = value;
            } else if (key == QLatin1String("connect_timeout")) {
                bool ok = false;
                spec.connectTimeoutSeconds = value.toInt(&ok);
                if (!ok || spec.connectTimeoutSeconds < 1)
                    return invalid(QStringLiteral("Invalid connect_timeout \"%1\": use whole seconds, 1 or more").arg(maskSecrets(value)), text);
            } else {
                spec.options.insert(key, value);
            }
        }
    }
    if (kind == ConnectionSpec::Kind::MySQL && !spec.options.isEmpty()) {
        // Silently dropping ssl-mode would connect in plain text while the
        // user believes otherwise: refuse instead.
        return invalid(QStringLiteral("Option \"%1\" is not supported for MySQL/MariaDB connections "
                                      "(supported: socket, connect_timeout)")
                           .arg(maskSecrets(spec.options.firstKey())),
                       text);
    }
    if (kind == ConnectionSpec::Kind::MySQL && spec.database.isEmpty()) {
        return invalid(QStringLiteral("The MySQL/MariaDB URL names no database: add it after the host, "
                                      "as in mysql://user@host:3306/shop"),
                       text);
    }
    return spec;
}

bool hasSqliteSuffix(const QString &path)
{
    return std::ranges::any_of(kSqliteSuffixes, [&](const QString &s) {
        return path.endsWith(s, Qt::CaseInsensitive);
    });
}

} // namespace

Result<ConnectionSpec> ConnectionSpec::parse(const QString &input)
{
    const QString text = input.trimmed();
    // Half a surrogate pair is no text: the pattern matching below would
    // fail on it without a word, masking included. Never quoted.
    if (!text.isValidUtf16()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("The connection spec is not valid text (it holds half a surrogate pair)"));
    }
    if (text.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Empty connection spec: give a URL such as postgresql://user@host/db, "
                                   "a SQLite file, a .parity.json snapshot or @profile"));
    }
    // A file or profile name that holds user:password@ or password=… is a
    // mistyped URL far more often than a real name; taking it as a name
    // would quote the password in "does not exist".
    auto hidesSecret = [&](const QString &what) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("\"%1\" reads like a connection URL with a password (user:password@host or "
                                   "password=…), not a %2: check the scheme, as in postgresql://user@host/db")
                        .arg(maskSecrets(text), what));
    };
    const bool holdsSecret = maskSecrets(text) != text;
    if (text.startsWith(QLatin1Char('@'))) {
        if (holdsSecret)
            return hidesSecret(QStringLiteral("profile name"));
        ConnectionSpec spec;
        spec.kind = Kind::Profile;
        spec.profileName = text.mid(1);
        if (spec.profileName.isEmpty())
            return invalid(QStringLiteral("Missing profile name after '@'"), text);
        return spec;
    }

    const qsizetype schemeEnd = text.indexOf(QStringLiteral("://"));
    if (schemeEnd > 0) {
        const QString scheme = text.left(schemeEnd).toLower();
        if (scheme == QLatin1String("postgresql") || scheme == QLatin1String("postgres"))
            return parseServerUrl(text, Kind::PostgreSQL, false);
        if (scheme == QLatin1String("mysql"))
            return parseServerUrl(text, Kind::MySQL, false);
        if (scheme == QLatin1String("mariadb"))
            return parseServerUrl(text, Kind::MySQL, true);
        if (scheme != QLatin1String("sqlite")) {
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("Unknown scheme \"%1\" in \"%2\": use postgresql://, mysql://, mariadb://, "
                                       "sqlite:PATH, a .db/.sqlite file or a .parity.json snapshot")
                            .arg(maskSecrets(scheme), maskSecrets(text)));
        }
    }

    static const QRegularExpression oneSlash(QStringLiteral("^(postgresql|postgres|mysql|mariadb):(?!//)"),
                                             QRegularExpression::CaseInsensitiveOption);
    if (const auto match = oneSlash.match(text); match.hasMatch()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Malformed connection URL \"%1\": write %2:// with two slashes")
                        .arg(maskSecrets(text), match.captured(1).toLower()));
    }
    const bool sqlitePrefix = text.startsWith(QStringLiteral("sqlite:"), Qt::CaseInsensitive);
    if (holdsSecret && (sqlitePrefix || hasSqliteSuffix(text) || text.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)))
        return hidesSecret(QStringLiteral("file name"));

    if (sqlitePrefix) {
        ConnectionSpec spec;
        spec.kind = Kind::SQLite;
        QString path = text.mid(7);
        if (path.startsWith(QStringLiteral("//")))
            path = path.mid(2);
        if (path.isEmpty())
            return invalid(QStringLiteral("Missing file name after \"sqlite:\""), text);
        spec.path = path;
        return spec;
    }
    if (text.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
        ConnectionSpec spec;
        spec.kind = Kind::Snapshot;
        spec.path = text;
        return spec;
    }
    if (hasSqliteSuffix(text)) {
        ConnectionSpec spec;
        spec.kind = Kind::SQLite;
        spec.path = text;
        return spec;
    }
    return fail(Error::Code::InvalidInput,
                QStringLiteral("Cannot tell what \"%1\" is: use postgresql://…, mysql://…, mariadb://…, "
                               "sqlite:PATH (or a file ending in .db, .sqlite, .sqlite3), "
                               "a .parity.json snapshot, or @profile")
                    .arg(maskSecrets(text)));
}

int ConnectionSpec::effectivePort() const
{
    if (port > 0)
        return port;
    if (kind == Kind::PostgreSQL)
        return 5432;
    if (kind == Kind::MySQL)
        return 3306;
    return 0;
}

QString ConnectionSpec::effectiveHost() const
{
    return host.isEmpty() ? QStringLiteral("localhost") : host;
}

QString ConnectionSpec::databaseName() const
{
    switch (kind) {
    case Kind::PostgreSQL: {
        // What libpq falls back to: PGDATABASE, else the login user.
        if (!database.isEmpty())
            return database;
        if (const QString env = qEnvironmentVariable("PGDATABASE"); !env.isEmpty())
            return env;
        return effectiveUser();
    }
    case Kind::MySQL:
        return database;
    case Kind::SQLite:
    case Kind::Snapshot:
        return QFileInfo(path).completeBaseName().section(QLatin1Char('.'), 0, 0);
    case Kind::Profile:
        return profileName;
    }
    return {};
}

QString ConnectionSpec::effectiveUser() const
{
    if (!user.isEmpty())
        return user;
    const QString env = qEnvironmentVariable(kind == Kind::PostgreSQL ? "PGUSER" : "USER");
    return env.isEmpty() ? qEnvironmentVariable("USER") : env;
}

QString ConnectionSpec::display() const
{
    switch (kind) {
    case Kind::SQLite:
        return QStringLiteral("sqlite:") + path;
    case Kind::Snapshot:
        return path;
    case Kind::Profile:
        return QLatin1Char('@') + profileName;
    case Kind::PostgreSQL:
    case Kind::MySQL:
        break;
    }
    QString url = kind == Kind::PostgreSQL ? QStringLiteral("postgresql://")
                  : mariadbScheme          ? QStringLiteral("mariadb://")
                                           : QStringLiteral("mysql://");
    if (!user.isEmpty())
        url += percentEncode(user) + QLatin1Char('@');
    if (host.contains(QLatin1Char(':')))
        url += QLatin1Char('[') + host + QLatin1Char(']');
    else
        url += host;
    if (port > 0)
        url += QLatin1Char(':') + QString::number(port);
    url += QLatin1Char('/') + percentEncode(database);
    QStringList query;
    if (!socket.isEmpty())
        query << (kind == Kind::PostgreSQL ? QStringLiteral("host=") : QStringLiteral("socket=")) + socket;
    for (auto it = options.cbegin(); it != options.cend(); ++it) {
        if (!isSecretKey(it.key()))
            query << it.key() + QLatin1Char('=') + it.value();
    }
    if (!query.isEmpty())
        url += QLatin1Char('?') + query.join(QLatin1Char('&'));
    // The fields hold what the text had in their places; when that was a
    // mistyped password (an option value like user:pw@host), it stays hidden.
    return maskSecrets(url);
}

QString lookupPgpass(const QString &pgpassPath, const QString &host, int port,
                     const QString &database, const QString &user)
{
    QFile file(pgpassPath);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    // libpq ignores a password file that others can read; so do we.
    const auto perms = file.permissions();
    if (perms & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup
                 | QFileDevice::WriteOther))
        return {};

    auto fieldsOf = [](const QString &line) {
        QStringList fields;
        QString current;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const QChar c = line.at(i);
            if (c == QLatin1Char('\\') && i + 1 < line.size()) {
                current += line.at(++i);
            } else if (c == QLatin1Char(':') && fields.size() < 4) {
                fields << current;
                current.clear();
            } else {
                current += c;
            }
        }
        fields << current;
        return fields;
    };
    auto matches = [](const QString &pattern, const QString &value) {
        return pattern == QLatin1String("*") || pattern == value;
    };
    const QString portText = QString::number(port);
    while (!file.atEnd()) {
        const QString line = QString::fromUtf8(file.readLine()).trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList f = fieldsOf(line);
        if (f.size() != 5)
            continue;
        if (matches(f[0], host) && matches(f[1], portText) && matches(f[2], database)
            && matches(f[3], user))
            return f[4];
    }
    return {};
}

void resolvePassword(ConnectionSpec &spec)
{
    if (!spec.password.isEmpty())
        return;
    if (spec.kind == ConnectionSpec::Kind::PostgreSQL) {
        const QString env = qEnvironmentVariable("PGPASSWORD");
        if (!env.isEmpty()) {
            spec.password = env;
            return;
        }
        QString file = qEnvironmentVariable("PGPASSFILE");
        if (file.isEmpty())
            file = QDir::homePath() + QStringLiteral("/.pgpass");
        const QString host = spec.socket.isEmpty() ? spec.effectiveHost() : QStringLiteral("localhost");
        spec.password = lookupPgpass(file, host, spec.effectivePort(), spec.databaseName(), spec.effectiveUser());
    } else if (spec.kind == ConnectionSpec::Kind::MySQL) {
        spec.password = qEnvironmentVariable("MYSQL_PWD");
    }
}

} // namespace parity

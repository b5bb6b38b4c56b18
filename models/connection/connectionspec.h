#pragma once

#include "common/error.h"

#include <QMap>
#include <QString>

namespace parity {

/// Where a catalog comes from, parsed from the forms design.md lists:
/// postgresql:// and postgres:// URLs, mysql:// and mariadb:// URLs,
/// sqlite:PATH or a plain .db/.sqlite/.sqlite3 path, a *.parity.json
/// snapshot, or @name for a saved profile.
///
/// The password, when the spec carries one, stays in `password` and is never
/// part of display(): print display(), never the original text.
struct ConnectionSpec
{
    enum class Kind { PostgreSQL, MySQL, SQLite, Snapshot, Profile };

    Kind kind = Kind::SQLite;
    bool mariadbScheme = false;  ///< written as mariadb:// (same driver as mysql://)
    QString host;
    int port = 0;                ///< 0 = the dialect's default
    QString user;
    QString password;            ///< from the URL; see resolvePassword() for the other sources
    QString database;
    QString socket;              ///< unix socket directory (PostgreSQL) or file (MySQL)
    QString path;                ///< SQLite database file or snapshot file
    QString profileName;         ///< for Kind::Profile, without the '@'
    QMap<QString, QString> options; ///< query options other than host/socket (sslmode, …)
    int connectTimeoutSeconds = 10;

    [[nodiscard]] static Result<ConnectionSpec> parse(const QString &text);

    /// The spec as a person should see it: a URL without the password.
    QString display() const;

    /// Short name for messages and confirmations: the database name, or the
    /// file's base name.
    QString databaseName() const;

    /// The login name the client library will use: the spec's user, else
    /// PGUSER (PostgreSQL) or the operating-system user.
    QString effectiveUser() const;
    int effectivePort() const;
    QString effectiveHost() const;

    bool isServer() const { return kind == Kind::PostgreSQL || kind == Kind::MySQL; }
};

/// Fills in `spec.password` when the spec has none, from the places the
/// dialect's own client reads: PGPASSWORD then ~/.pgpass (or PGPASSFILE) for
/// PostgreSQL, MYSQL_PWD for MySQL/MariaDB. Leaves it empty when none applies.
void resolvePassword(ConnectionSpec &spec);

/// Looks up a password in a .pgpass-format file; empty when no line matches.
QString lookupPgpass(const QString &pgpassPath, const QString &host, int port,
                     const QString &database, const QString &user);

} // namespace parity

#include "connectionprobe.h"

#include "databasesession.h"
#include "schema/snapshot.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace parity {

namespace {

/// The version statement per dialect. It names no identifier, so it needs no
/// quoting; the answer is turned into the same form Catalog::serverVersion uses.
QString versionStatement(ConnectionSpec::Kind kind)
{
    switch (kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        return QStringLiteral("SHOW server_version");
    case ConnectionSpec::Kind::MySQL:
        return QStringLiteral("SELECT VERSION(), @@version_comment");
    case ConnectionSpec::Kind::SQLite:
        return QStringLiteral("SELECT sqlite_version()");
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return {};
}

QString describeVersion(ConnectionSpec::Kind kind, const QSqlQuery &query)
{
    const QString version = query.value(0).toString();
    switch (kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        // "15.18 (Debian 15.18-0+deb12u1)": the packager's note adds nothing here.
        return QStringLiteral("PostgreSQL ") + version.section(QLatin1Char(' '), 0, 0);
    case ConnectionSpec::Kind::MySQL: {
        const bool mariadb =
            version.contains(QLatin1String("MariaDB"), Qt::CaseInsensitive)
            || query.value(1).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
        static const QRegularExpression number(QStringLiteral("^\\d+(?:\\.\\d+)*"));
        const QString digits = number.match(version).captured(0);
        return (mariadb ? QStringLiteral("MariaDB ") : QStringLiteral("MySQL "))
               + (digits.isEmpty() ? version : digits);
    }
    case ConnectionSpec::Kind::SQLite:
        return QStringLiteral("SQLite ") + version;
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return version;
}

} // namespace

Result<QString> probeConnection(const ConnectionSpec &spec)
{
    if (spec.kind == ConnectionSpec::Kind::Profile) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is a saved profile: resolve it to its connection first")
                        .arg(spec.display()));
    }
    if (spec.kind == ConnectionSpec::Kind::Snapshot) {
        auto catalog = readSnapshot(spec.path);
        if (!catalog)
            return std::unexpected(catalog.error());
        return catalog->serverVersion.isEmpty()
                   ? QStringLiteral("Snapshot")
                   : QStringLiteral("Snapshot of ") + catalog->serverVersion;
    }

    auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QSqlQuery query((*session)->database());
    if (!query.exec(versionStatement(spec.kind)))
        return std::unexpected(
            (*session)->queryError(query, QStringLiteral("Asking for the server version")));
    if (!query.next()) {
        return fail(Error::Code::QueryFailed,
                    QStringLiteral("%1 did not report its version").arg(spec.display()));
    }
    return describeVersion(spec.kind, query);
}

} // namespace parity

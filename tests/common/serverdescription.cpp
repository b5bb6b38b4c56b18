#include "serverdescription.h"

#include "testsupport.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace parity::test {

namespace {

Result<QString> postgresDescription(const ConnectionSpec &spec)
{
    const QString dump = dumpTool(spec, {QStringLiteral("-s"), QStringLiteral("--no-owner")});
    if (dump.isEmpty())
        return fail(Error::Code::QueryFailed, QStringLiteral("pg_dump -s failed on ") + spec.display());
    return postgresGrantsAsSet(withoutDumpNoise(dump));
}

/// A connection of the test's own, named so that it can be removed.
class ScopedConnection
{
public:
    ScopedConnection(const QString &driver, const ConnectionSpec &spec)
        : m_name(QUuid::createUuid().toString())
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driver, m_name);
        if (spec.kind == ConnectionSpec::Kind::SQLite) {
            db.setDatabaseName(spec.path);
        } else {
            db.setHostName(spec.effectiveHost());
            db.setPort(spec.effectivePort());
            db.setUserName(spec.user);
            db.setPassword(spec.password);
            db.setDatabaseName(spec.database);
        }
        m_open = db.open();
    }
    ~ScopedConnection() { QSqlDatabase::removeDatabase(m_name); }
    bool isOpen() const { return m_open; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    /// Every row of `sql`, its values joined by " | ".
    QStringList rows(const QString &sql) const
    {
        QStringList out;
        QSqlQuery query(db());
        if (!query.exec(sql))
            return {QString(QStringLiteral("error: ") + query.lastError().text())};
        while (query.next()) {
            QStringList values;
            for (int i = 0; i < query.record().count(); ++i)
                values << (query.value(i).isNull() ? QStringLiteral("NULL") : query.value(i).toString());
            out << values.join(QStringLiteral(" | "));
        }
        return out;
    }

private:
    QString m_name;
    bool m_open = false;
};

QString sqliteName(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QString postgresGrantsAsSet(const QString &dump)
{
    QStringList lines = dump.split(QLatin1Char('\n'));
    auto isGrant = [](const QString &line) { return line.startsWith(QLatin1String("GRANT ")); };
    for (qsizetype i = 0; i < lines.size();) {
        if (!isGrant(lines[i])) {
            ++i;
            continue;
        }
        qsizetype end = i;
        while (end < lines.size() && isGrant(lines[end]))
            ++end;
        std::sort(lines.begin() + i, lines.begin() + end);
        i = end;
    }
    return lines.join(QLatin1Char('\n'));
}

QString sqliteTokens(const QString &sql)
{
    QStringList tokens;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    auto closing = [](QChar open) {
        return open == QLatin1Char('[') ? QLatin1Char(']') : open;
    };
    while (i < n) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = sql.indexOf(QStringLiteral("*/"), i + 2);
            i = end < 0 ? n : end + 2;
        } else if (c == QLatin1Char('\'')) {
            // A string literal, kept exactly ('' inside it included).
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == QLatin1Char('\'')) {
                    if (j + 1 < n && sql.at(j + 1) == QLatin1Char('\'')) {
                        j += 2;
                        continue;
                    }
                    break;
                }
                ++j;
            }
            tokens << sql.mid(i, j + 1 - i);
            i = j + 1;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || c == QLatin1Char('[')) {
            // A quoted identifier: the name it quotes, as a bare word would be.
            const QChar close = closing(c);
            QString name;
            qsizetype j = i + 1;
            while (j < n) {
                if (sql.at(j) == close) {
                    if (close != QLatin1Char(']') && j + 1 < n && sql.at(j + 1) == close) {
                        name += close;
                        j += 2;
                        continue;
                    }
                    break;
                }
                name += sql.at(j++);
            }
            tokens << name.toLower();
            i = j + 1;
        } else if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$') || c.unicode() > 127) {
            qsizetype j = i;
            while (j < n && (sql.at(j).isLetterOrNumber() || sql.at(j) == QLatin1Char('_') || sql.at(j) == QLatin1Char('$')
                             || sql.at(j).unicode() > 127))
                ++j;
            tokens << sql.mid(i, j - i).toLower();
            i = j;
        } else {
            tokens << QString(c);
            ++i;
        }
    }
    return tokens.join(QLatin1Char(' '));
}

namespace {

Result<QString> sqliteDescription(const ConnectionSpec &spec)
{
    ScopedConnection connection(QStringLiteral("QSQLITE"), spec);
    if (!connection.isOpen())
        return fail(Error::Code::ConnectionFailed, QStringLiteral("cannot open ") + spec.path);
    QStringList lines = connection.rows(QStringLiteral("SELECT type, name, tbl_name FROM sqlite_schema "
                                                       "WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name"));
    // The stored SQL by the one rule sqliteTokens() states.
    {
        QSqlQuery query(connection.db());
        if (!query.exec(QStringLiteral("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                                       "AND sql IS NOT NULL ORDER BY type, name")))
            return fail(Error::Code::QueryFailed, query.lastError().text());
        while (query.next()) {
            lines << QStringLiteral("sql of %1 %2: %3")
                         .arg(query.value(0).toString(), query.value(1).toString(), sqliteTokens(query.value(2).toString()));
        }
    }
    for (const QString &table : connection.rows(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                                               "AND name NOT LIKE 'sqlite_%' ORDER BY name"))) {
        const QString quoted = sqliteName(table);
        for (const QString &row : connection.rows(QStringLiteral("PRAGMA table_xinfo(%1)").arg(quoted)))
            lines << QStringLiteral("column of %1: %2").arg(table, row);
        for (const QString &row : connection.rows(QStringLiteral("PRAGMA foreign_key_list(%1)").arg(quoted)))
            lines << QStringLiteral("foreign key of %1: %2").arg(table, row);
        QStringList indexes = connection.rows(QStringLiteral("SELECT name, \"unique\", origin, partial FROM "
                                                             "pragma_index_list(%1) ORDER BY name")
                                                  .arg(sqliteName(table).replace(QLatin1Char('"'), QLatin1Char('\''))));
        for (const QString &index : indexes) {
            lines << QStringLiteral("index of %1: %2").arg(table, index);
            const QString name = index.section(QStringLiteral(" | "), 0, 0);
            for (const QString &row : connection.rows(QStringLiteral("PRAGMA index_xinfo(%1)").arg(sqliteName(name))))
                lines << QStringLiteral("  key of %1: %2").arg(name, row);
        }
    }
    return lines.join(QLatin1Char('\n'));
}

Result<QString> mysqlDescription(const ConnectionSpec &spec)
{
    ScopedConnection connection(QStringLiteral("QMARIADB"), spec);
    if (!connection.isOpen())
        return fail(Error::Code::ConnectionFailed, QStringLiteral("cannot connect to ") + spec.display());
    auto quoted = [](QString name) -> QString { return QLatin1Char('`') + name.replace(QLatin1Char('`'), QStringLiteral("``")) + QLatin1Char('`'); };
    QStringList lines;
    static const QRegularExpression counter(QStringLiteral(" AUTO_INCREMENT=\\d+"));
    for (const QString &row : connection.rows(QStringLiteral("SELECT table_name, table_type FROM information_schema.tables "
                                                             "WHERE table_schema = DATABASE() ORDER BY table_name"))) {
        const QString name = row.section(QStringLiteral(" | "), 0, 0);
        const bool view = row.section(QStringLiteral(" | "), 1) == QLatin1String("VIEW");
        const QStringList shown = connection.rows(QStringLiteral("SHOW CREATE %1 %2").arg(view ? QStringLiteral("VIEW") : QStringLiteral("TABLE"), quoted(name)));
        QString create = shown.isEmpty() ? QString() : shown.first().section(QStringLiteral(" | "), 1, 1);
        create.remove(counter);
        // Secondary keys, and table-level constraints (CHECK, FOREIGN KEY),
        // as sets: their order in SHOW CREATE follows the order they were
        // made in, which says nothing about what the table accepts.
        QStringList body;
        QStringList keys;
        for (const QString &line : create.split(QLatin1Char('\n'))) {
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("KEY ")) || trimmed.startsWith(QLatin1String("UNIQUE KEY "))
                || trimmed.startsWith(QLatin1String("FULLTEXT KEY ")) || trimmed.startsWith(QLatin1String("SPATIAL KEY "))
                || trimmed.startsWith(QLatin1String("CONSTRAINT ")))
                keys << (trimmed.endsWith(QLatin1Char(',')) ? trimmed.chopped(1) : trimmed);
            else
                body << (trimmed.endsWith(QLatin1Char(',')) ? trimmed.chopped(1) : trimmed);
        }
        keys.sort();
        lines << body << keys;
    }
    for (const QString &kind : {QStringLiteral("TRIGGER"), QStringLiteral("PROCEDURE"), QStringLiteral("FUNCTION")}) {
        const QString list = kind == QLatin1String("TRIGGER")
                                 ? QStringLiteral("SELECT trigger_name FROM information_schema.triggers WHERE trigger_schema = DATABASE() ORDER BY 1")
                                 : QStringLiteral("SELECT routine_name FROM information_schema.routines WHERE routine_schema = DATABASE() "
                                                  "AND routine_type = '%1' ORDER BY 1").arg(kind);
        for (const QString &name : connection.rows(list)) {
            const QStringList shown = connection.rows(QStringLiteral("SHOW CREATE %1 %2").arg(kind, quoted(name)));
            lines << kind + QLatin1Char(' ') + name + QStringLiteral(": ")
                         + (shown.isEmpty() ? QString() : shown.first().section(QStringLiteral(" | "), 2, 2));
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace

Result<QString> serverDescription(const ConnectionSpec &spec)
{
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        return postgresDescription(spec);
    case ConnectionSpec::Kind::MySQL:
        return mysqlDescription(spec);
    case ConnectionSpec::Kind::SQLite:
        return sqliteDescription(spec);
    default:
        return fail(Error::Code::InvalidInput, QStringLiteral("%1 is not a live database").arg(spec.display()));
    }
}

} // namespace parity::test

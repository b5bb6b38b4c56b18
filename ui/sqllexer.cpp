#include "sqllexer.h"

#include <QStringList>

namespace parity {

namespace {

// Words every dialect uses that Scintilla's SQL-92 list lacks.
const char *const s_commonWords =
    "if exists index replace offset analyze explain rename temp returning "
    "materialized generated always stored virtual conflict";

const char *const s_postgresWords =
    "serial bigserial smallserial ilike similar jsonb json uuid text bytea inet cidr tsvector "
    "concurrently refresh extension owner tablespace inherits partition range list hash over "
    "window filter vacuum unlogged excluding including nulls setof volatile stable immutable "
    "strict security definer invoker cost plpgsql elsif raise notice perform loop foreach "
    "exception notify listen copy domain enum type owned lock nowait skip locked";

const char *const s_mysqlWords =
    "auto_increment engine charset unsigned zerofill tinyint mediumint bigint longtext "
    "mediumtext tinytext longblob mediumblob tinyblob datetime year varbinary enum "
    "duplicate show databases tables use unlock delimiter change algorithm inplace instant "
    "invisible visible spatial fulltext row_format comment definer sql_security "
    "lock_wait_timeout straight_join regexp rlike";

const char *const s_sqliteWords =
    "pragma autoincrement rowid without strict glob regexp attach detach abort fail "
    "ignore indexed reindex query plan vacuum";

} // namespace

SqlLexer::SqlLexer(Dialect dialect, QObject *parent)
    : QsciLexerSQL(parent)
    , m_dialect(dialect)
{
    m_keywords = QByteArray(QsciLexerSQL::keywords(1)) + ' '
                 + dialectKeywords(dialect).join(QLatin1Char(' ')).toLatin1();

    // '#' comments and backslash escapes are MySQL's; elsewhere '#' is an
    // operator (PostgreSQL's XOR) and a backslash is an ordinary character.
    const bool mysql = dialect == Dialect::MySQL;
    setHashComments(mysql);
    setBackslashEscapes(mysql);
    setQuotedIdentifiers(mysql); // `backticks`
    setFoldCompact(false);
    setFoldComments(true);
}

QStringList SqlLexer::dialectKeywords(Dialect dialect)
{
    QString words = QLatin1String(s_commonWords);
    switch (dialect) {
    case Dialect::PostgreSQL:
        words += QLatin1Char(' ') + QLatin1String(s_postgresWords);
        break;
    case Dialect::MySQL:
        words += QLatin1Char(' ') + QLatin1String(s_mysqlWords);
        break;
    case Dialect::SQLite:
        words += QLatin1Char(' ') + QLatin1String(s_sqliteWords);
        break;
    }
    return words.split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

const char *SqlLexer::keywords(int set) const
{
    if (set == 1)
        return m_keywords.constData();
    return QsciLexerSQL::keywords(set);
}

QStringList SqlLexer::autoCompletionWordSeparators() const
{
    return {QStringLiteral(".")};
}

bool SqlLexer::caseSensitive() const
{
    // Unquoted SQL names and keywords are case-insensitive in every dialect.
    return false;
}

} // namespace parity

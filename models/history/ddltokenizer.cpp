#include "ddltokenizer.h"

namespace parity {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || c.isDigit() || c == QLatin1Char('$');
}

class DdlTokenizer
{
public:
    explicit DdlTokenizer(QStringView sql)
        : m_sql(sql)
        , m_n(sql.size())
    {
        m_mysql = sql.contains(QLatin1Char('`'))
                  || sql.contains(QLatin1StringView("AUTO_INCREMENT"), Qt::CaseInsensitive)
                  || sql.contains(QLatin1StringView("ENGINE="), Qt::CaseInsensitive)
                  || sql.contains(QLatin1StringView("DELIMITER "), Qt::CaseInsensitive)
                  || hasHashCommentLine(sql);
    }

    QList<DdlToken> run()
    {
        bool lineStart = true;
        while (m_i < m_n) {
            const QChar c = m_sql[m_i];
            const QChar next = m_i + 1 < m_n ? m_sql[m_i + 1] : QChar();
            if (c == QLatin1Char('\n')) {
                lineStart = true;
                ++m_i;
                continue;
            }
            if (c.isSpace()) {
                ++m_i;
                continue;
            }
            if (m_mysql && lineStart && delimiterLine())
                continue;
            lineStart = false;
            if ((c == QLatin1Char('-') && next == QLatin1Char('-'))
                || (m_mysql && c == QLatin1Char('#'))) {
                while (m_i < m_n && m_sql[m_i] != QLatin1Char('\n'))
                    ++m_i;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                blockComment();
            } else if (m_delimiter != QLatin1String(";")
                       && m_sql.mid(m_i).startsWith(m_delimiter)) {
                add(DdlToken::Kind::Punct, QStringLiteral(";"));
                m_i += m_delimiter.size();
            } else if (c == QLatin1Char('\'')) {
                const bool escapes = m_mysql || previousIsEscapePrefix();
                add(DdlToken::Kind::String, quoted(QLatin1Char('\''), escapes));
            } else if (c == QLatin1Char('"')) {
                add(DdlToken::Kind::Quoted, quoted(QLatin1Char('"'), false));
            } else if (c == QLatin1Char('`')) {
                add(DdlToken::Kind::Quoted, quoted(QLatin1Char('`'), false));
            } else if (c == QLatin1Char('[') && bracketIsName()) {
                add(DdlToken::Kind::Quoted, quoted(QLatin1Char(']'), false));
            } else if (c == QLatin1Char('$') && !m_mysql && dollarQuote()) {
                // a dollar-quoted body: skipped whole
            } else if (isWordStart(c)) {
                const qsizetype begin = m_i;
                while (m_i < m_n && isWordPart(m_sql[m_i]))
                    ++m_i;
                add(DdlToken::Kind::Word, m_sql.mid(begin, m_i - begin).toString());
            } else if (c.isDigit()) {
                const qsizetype begin = m_i;
                while (m_i < m_n && (isWordPart(m_sql[m_i]) || m_sql[m_i] == QLatin1Char('.')))
                    ++m_i;
                add(DdlToken::Kind::Number, m_sql.mid(begin, m_i - begin).toString());
            } else {
                if (c == QLatin1Char(';') && m_delimiter != QLatin1String(";"))
                    add(DdlToken::Kind::Punct,
                        QStringLiteral(",;")); // inside a routine body: not an end
                else
                    add(DdlToken::Kind::Punct, QString(c));
                ++m_i;
            }
        }
        return m_tokens;
    }

private:
    // A line that starts with '#' is a MySQL comment; no other dialect starts a line so.
    static bool hasHashCommentLine(QStringView sql)
    {
        bool lineStart = true;
        for (const QChar c : sql) {
            if (c == QLatin1Char('#') && lineStart)
                return true;
            if (c == QLatin1Char('\n'))
                lineStart = true;
            else if (!c.isSpace())
                lineStart = false;
        }
        return false;
    }

    void add(DdlToken::Kind kind, const QString &text) { m_tokens.append(DdlToken{kind, text}); }

    // The mariadb client's DELIMITER line changes what ends a statement.
    bool delimiterLine()
    {
        static const QLatin1StringView keyword("DELIMITER");
        if (!m_sql.mid(m_i).startsWith(keyword, Qt::CaseInsensitive))
            return false;
        const qsizetype after = m_i + keyword.size();
        if (after < m_n && !m_sql[after].isSpace())
            return false;
        qsizetype end = m_sql.indexOf(QLatin1Char('\n'), after);
        if (end < 0)
            end = m_n;
        const QString delimiter = m_sql.mid(after, end - after).trimmed().toString();
        if (!delimiter.isEmpty())
            m_delimiter = delimiter.section(QLatin1Char(' '), 0, 0).left(16);
        add(DdlToken::Kind::Punct, QStringLiteral(";"));
        m_i = end;
        return true;
    }

    void blockComment()
    {
        int depth = 0;
        while (m_i < m_n) {
            if (m_sql[m_i] == QLatin1Char('/') && m_i + 1 < m_n
                && m_sql[m_i + 1] == QLatin1Char('*')) {
                ++depth;
                m_i += 2;
            } else if (m_sql[m_i] == QLatin1Char('*') && m_i + 1 < m_n
                       && m_sql[m_i + 1] == QLatin1Char('/')) {
                m_i += 2;
                // MySQL does not nest comments; PostgreSQL does.
                if (--depth == 0 || m_mysql)
                    return;
            } else {
                ++m_i;
            }
        }
    }

    bool previousIsEscapePrefix() const
    {
        return m_i > 0 && (m_sql[m_i - 1] == QLatin1Char('E') || m_sql[m_i - 1] == QLatin1Char('e'))
               && (m_i < 2 || !isWordPart(m_sql[m_i - 2]));
    }

    // `[name]` is a quoted name, `int[]` and `a[1]` are arrays.
    bool bracketIsName() const
    {
        if (m_i == 0)
            return true;
        const QChar before = m_sql[m_i - 1];
        return !(isWordPart(before) || before == QLatin1Char(')') || before == QLatin1Char(']'));
    }

    QString quoted(QChar close, bool backslashEscapes)
    {
        QString value;
        ++m_i;
        while (m_i < m_n) {
            const QChar c = m_sql[m_i];
            if (backslashEscapes && c == QLatin1Char('\\') && m_i + 1 < m_n) {
                value += m_sql[m_i + 1];
                m_i += 2;
                continue;
            }
            if (c == close) {
                if (m_i + 1 < m_n && m_sql[m_i + 1] == close) {
                    value += close;
                    m_i += 2;
                    continue;
                }
                ++m_i;
                return value;
            }
            value += c;
            ++m_i;
        }
        return value;
    }

    bool dollarQuote()
    {
        if (m_i > 0 && isWordPart(m_sql[m_i - 1]))
            return false;
        qsizetype j = m_i + 1;
        while (j < m_n && isWordPart(m_sql[j]) && m_sql[j] != QLatin1Char('$'))
            ++j;
        if (j >= m_n || m_sql[j] != QLatin1Char('$') || (j > m_i + 1 && m_sql[m_i + 1].isDigit()))
            return false;
        const QStringView tag = m_sql.mid(m_i, j - m_i + 1);
        const qsizetype close = m_sql.indexOf(tag, j + 1);
        m_i = close < 0 ? m_n : close + tag.size();
        add(DdlToken::Kind::String, QString());
        return true;
    }

    QStringView m_sql;
    qsizetype m_n = 0;
    qsizetype m_i = 0;
    bool m_mysql = false;
    QString m_delimiter = QStringLiteral(";");
    QList<DdlToken> m_tokens;
};

} // namespace

QList<DdlToken> tokenizeDdl(QStringView sql)
{
    return DdlTokenizer(sql).run();
}

} // namespace parity

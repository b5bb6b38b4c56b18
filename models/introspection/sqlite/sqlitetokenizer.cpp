#include "sqlitetokenizer.h"

namespace parity {

namespace {

bool isWordStart(QChar c)
{
    // SQLite treats every non-ASCII character as an identifier character,
    // which is what makes unquoted größe or 日本 legal names.
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isWordPart(QChar c)
{
    return isWordStart(c) || c.isDigit() || c == QLatin1Char('$');
}

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

// Reads a quoted run starting at `pos` (on the opening quote) where a doubled
// closing quote stands for one; returns the offset after the closing quote.
qsizetype readQuoted(QStringView sql, qsizetype pos, QChar close, bool doubledEscapes,
                     QString &value)
{
    qsizetype i = pos + 1;
    while (i < sql.size()) {
        if (sql[i] == close) {
            if (doubledEscapes && i + 1 < sql.size() && sql[i + 1] == close) {
                value += close;
                i += 2;
                continue;
            }
            return i + 1;
        }
        value += sql[i];
        ++i;
    }
    return i;
}

} // namespace

bool SqliteTokenizer::Token::isKeyword(QLatin1StringView keyword) const
{
    return kind == Kind::Word && value.compare(keyword, Qt::CaseInsensitive) == 0;
}

bool SqliteTokenizer::Token::isPunctuation(QChar c) const
{
    return kind == Kind::Punctuation && value.size() == 1 && value[0] == c;
}

bool SqliteTokenizer::Token::isName() const
{
    return kind == Kind::Word || kind == Kind::QuotedIdentifier || kind == Kind::String;
}

QList<SqliteTokenizer::Token> SqliteTokenizer::tokenize(QStringView sql)
{
    QList<Token> tokens;
    qsizetype i = 0;
    const qsizetype n = sql.size();
    while (i < n) {
        const QChar c = sql[i];
        if (c.isSpace()) {
            ++i;
            continue;
        }
        if (c == QLatin1Char('-') && i + 1 < n && sql[i + 1] == QLatin1Char('-')) {
            while (i < n && sql[i] != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && sql[i + 1] == QLatin1Char('*')) {
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }

        Token t;
        t.begin = i;
        if (c == QLatin1Char('"') || c == QLatin1Char('`')) {
            t.kind = Token::Kind::QuotedIdentifier;
            i = readQuoted(sql, i, c, true, t.value);
        } else if (c == QLatin1Char('[')) {
            // Brackets have no escape: the first ] ends the name.
            t.kind = Token::Kind::QuotedIdentifier;
            i = readQuoted(sql, i, QLatin1Char(']'), false, t.value);
        } else if (c == QLatin1Char('\'')) {
            t.kind = Token::Kind::String;
            i = readQuoted(sql, i, QLatin1Char('\''), true, t.value);
        } else if ((c == QLatin1Char('x') || c == QLatin1Char('X')) && i + 1 < n
                   && sql[i + 1] == QLatin1Char('\'')) {
            t.kind = Token::Kind::Blob;
            QString ignored;
            i = readQuoted(sql, i + 1, QLatin1Char('\''), false, ignored);
            t.value = sql.mid(t.begin, i - t.begin).toString();
        } else if (isAsciiDigit(c)
                   || (c == QLatin1Char('.') && i + 1 < n && isAsciiDigit(sql[i + 1]))) {
            t.kind = Token::Kind::Number;
            while (i < n
                   && (sql[i].isLetterOrNumber() || sql[i] == QLatin1Char('.')
                       || sql[i] == QLatin1Char('_'))) {
                const QChar d = sql[i];
                ++i;
                // An exponent sign belongs to the number: 1e-5.
                if ((d == QLatin1Char('e') || d == QLatin1Char('E')) && i < n
                    && (sql[i] == QLatin1Char('+') || sql[i] == QLatin1Char('-')))
                    ++i;
            }
            t.value = sql.mid(t.begin, i - t.begin).toString();
        } else if (isWordStart(c)) {
            t.kind = Token::Kind::Word;
            while (i < n && isWordPart(sql[i]))
                ++i;
            t.value = sql.mid(t.begin, i - t.begin).toString();
        } else if (c == QLatin1Char('?') || c == QLatin1Char(':') || c == QLatin1Char('@')
                   || c == QLatin1Char('$')) {
            t.kind = Token::Kind::Parameter;
            ++i;
            while (i < n && (isWordPart(sql[i]) || sql[i] == QLatin1Char(':')))
                ++i;
            t.value = sql.mid(t.begin, i - t.begin).toString();
        } else if (c == QLatin1Char('(') || c == QLatin1Char(')') || c == QLatin1Char(',')
                   || c == QLatin1Char(';') || c == QLatin1Char('.')) {
            t.kind = Token::Kind::Punctuation;
            t.value = c;
            ++i;
        } else {
            t.kind = Token::Kind::Operator;
            t.value = c;
            ++i;
        }
        t.end = i;
        tokens.append(t);
    }
    return tokens;
}

} // namespace parity

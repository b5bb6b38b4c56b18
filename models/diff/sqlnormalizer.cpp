#include "sqlnormalizer.h"

#include <QStringList>

namespace parity::sqlnormal {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

bool isQuote(QChar c)
{
    return c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`');
}

/// Index just past the quoted run that starts at `start` (doubled quotes
/// stay inside; backslash escapes as MySQL writes them are honoured).
qsizetype skipQuoted(const QString &s, qsizetype start)
{
    const QChar quote = s.at(start);
    qsizetype i = start + 1;
    while (i < s.size()) {
        if (s.at(i) == QLatin1Char('\\') && quote != QLatin1Char('"') && i + 1 < s.size()) {
            i += 2;
            continue;
        }
        if (s.at(i) == quote) {
            if (i + 1 < s.size() && s.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return s.size();
}

/// Collapses whitespace outside quotes; lower-cases unquoted text when asked.
QString squeeze(const QString &sql, bool lowerCase)
{
    QString out;
    out.reserve(sql.size());
    bool pendingSpace = false;
    qsizetype i = 0;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            pendingSpace = !out.isEmpty();
            ++i;
            continue;
        }
        // One space survives only between two word characters (or quotes),
        // where removing it would join two tokens.
        if (pendingSpace && !out.isEmpty()) {
            const QChar last = out.back();
            if ((isWordChar(last) || isQuote(last)) && (isWordChar(c) || isQuote(c)))
                out += QLatin1Char(' ');
        }
        pendingSpace = false;
        if (isQuote(c)) {
            const qsizetype end = skipQuoted(sql, i);
            out += QStringView(sql).mid(i, end - i);
            i = end;
            continue;
        }
        out += lowerCase ? c.toLower() : c;
        ++i;
    }
    while (out.endsWith(QLatin1Char(';')))
        out.chop(1);
    return out;
}

/// Removes "::type" casts (after squeezing, so there are no blanks) where
/// the type is a plain or multi-word name, optionally with a modifier and
/// array brackets: 'x'::character varying(20)[] -> 'x'.
QString stripCasts(const QString &s)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (isQuote(c)) {
            const qsizetype end = skipQuoted(s, i);
            out += QStringView(s).mid(i, end - i);
            i = end;
            continue;
        }
        if (c == QLatin1Char(':') && i + 1 < s.size() && s.at(i + 1) == QLatin1Char(':')) {
            qsizetype j = i + 2;
            auto readWord = [&](qsizetype from) {
                qsizetype k = from;
                while (k < s.size() && (isWordChar(s.at(k)) || s.at(k) == QLatin1Char('.')))
                    ++k;
                return k;
            };
            if (j < s.size() && s.at(j) == QLatin1Char('"'))
                j = skipQuoted(s, j);
            else
                j = readWord(j);
            // Multi-word type names ("timestamp without time zone") go on
            // only with the words such names are made of.
            static const QStringList typeWords = {
                QStringLiteral("varying"), QStringLiteral("precision"), QStringLiteral("without"),
                QStringLiteral("with"), QStringLiteral("time"), QStringLiteral("zone")};
            while (j < s.size() && s.at(j) == QLatin1Char(' ')) {
                const qsizetype end = readWord(j + 1);
                if (!typeWords.contains(s.mid(j + 1, end - j - 1)))
                    break;
                j = end;
            }
            if (j < s.size() && s.at(j) == QLatin1Char('(')) {
                const qsizetype close = s.indexOf(QLatin1Char(')'), j);
                if (close > 0)
                    j = close + 1;
            }
            while (j + 1 < s.size() && s.at(j) == QLatin1Char('[') && s.at(j + 1) == QLatin1Char(']'))
                j += 2;
            i = j;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

/// True when the parenthesis at 0 closes at the very end.
bool wrappedInParentheses(const QString &s)
{
    if (s.size() < 2 || s.front() != QLatin1Char('(') || s.back() != QLatin1Char(')'))
        return false;
    int depth = 0;
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (isQuote(c)) {
            i = skipQuoted(s, i);
            continue;
        }
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && --depth == 0)
            return i == s.size() - 1;
        ++i;
    }
    return false;
}

/// Removes parentheses around a single atom (a name, a number or a quoted
/// literal) that PostgreSQL adds before a cast: "(0)::numeric" leaves "(0)"
/// once the cast is gone. A function's argument list ("f(x)") is kept.
QString unwrapAtoms(const QString &s)
{
    QString out;
    out.reserve(s.size());
    qsizetype i = 0;
    while (i < s.size()) {
        const QChar c = s.at(i);
        if (isQuote(c)) {
            const qsizetype end = skipQuoted(s, i);
            out += QStringView(s).mid(i, end - i);
            i = end;
            continue;
        }
        const bool callOrIndex = !out.isEmpty() && (isWordChar(out.back()) || out.back() == QLatin1Char(')')
                                                    || out.back() == QLatin1Char(']'));
        if (c == QLatin1Char('(') && !callOrIndex) {
            qsizetype j = i + 1;
            if (j < s.size() && s.at(j) == QLatin1Char('-'))
                ++j;
            const qsizetype atomStart = j;
            if (j < s.size() && isQuote(s.at(j)))
                j = skipQuoted(s, j);
            else
                while (j < s.size() && (isWordChar(s.at(j)) || s.at(j) == QLatin1Char('.')))
                    ++j;
            if (j > atomStart && j < s.size() && s.at(j) == QLatin1Char(')')) {
                out += QStringView(s).mid(i + 1, j - i - 1);
                i = j + 1;
                continue;
            }
        }
        out += c;
        ++i;
    }
    return out;
}

} // namespace

QString whitespace(const QString &sql)
{
    return squeeze(sql, false);
}

QString expression(const QString &sql)
{
    QString s = stripCasts(squeeze(sql, true));
    // Casting may leave blanks next to punctuation ("'x' ,"): squeeze again.
    s = unwrapAtoms(squeeze(s, false));
    while (wrappedInParentheses(s))
        s = s.mid(1, s.size() - 2);
    return s;
}

} // namespace parity::sqlnormal

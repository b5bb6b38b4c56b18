#pragma once

#include "sourcetokens.h"

#include <QList>
#include <QString>
#include <QStringView>

// The lexers behind tokenizeSource(): one per language, each on this base.
// They know what a migration reader must not trip over (strings, comments,
// template literals, regular expressions, heredocs) and nothing of grammar.
// Every loop advances at least one character, so any input, binary
// included, ends in time linear in its length.

namespace parity {

/// What the three lexers share: the position, line bookkeeping and the
/// reading of escaped strings, numbers and operators.
class SourceLexer
{
public:
    explicit SourceLexer(QStringView text)
        : m_text(text)
        , m_n(text.size())
    {
    }

protected:
    static bool isIdentStart(QChar c)
    {
        return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
    }

    static bool isIdentPart(QChar c) { return isIdentStart(c) || c.isDigit(); }

    QChar peek(qsizetype at) const { return at < m_n ? m_text[at] : QChar(); }

    // Where a token starts, taken before reading one that may span lines.
    struct Mark
    {
        qsizetype begin = 0;
        int line = 1;
        qsizetype lineStart = 0;
        bool tokenOnLine = false;
    };

    Mark mark() const { return Mark{m_i, m_line, m_lineStart, m_tokenOnLine}; }

    void emit(const Mark &at, SourceToken::Kind kind, const QString &text)
    {
        SourceToken t;
        t.kind = kind;
        t.text = text;
        t.offset = at.begin;
        t.line = at.line;
        t.column = int(at.begin - at.lineStart);
        t.firstOnLine = !at.tokenOnLine;
        m_tokenOnLine = true;
        m_tokens.append(t);
    }

    void emit(SourceToken::Kind kind, const QString &text, qsizetype begin)
    {
        emit(Mark{begin, m_line, m_lineStart, m_tokenOnLine}, kind, text);
    }

    // Moves to `to`, counting the line breaks passed.
    void advanceTo(qsizetype to)
    {
        to = std::min(to, m_n);
        for (qsizetype k = m_i; k < to; ++k) {
            if (m_text[k] == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = k + 1;
                m_tokenOnLine = false;
            }
        }
        m_i = std::max(to, m_i + 1);
    }

    void newline()
    {
        ++m_line;
        m_lineStart = m_i + 1;
        m_tokenOnLine = false;
        ++m_i;
    }

    void skipToLineEnd()
    {
        while (m_i < m_n && m_text[m_i] != QLatin1Char('\n'))
            ++m_i;
    }

    QString identifierAt(qsizetype from) const
    {
        qsizetype j = from;
        while (j < m_n && isIdentPart(m_text[j]))
            ++j;
        return m_text.mid(from, j - from).toString();
    }

    void number()
    {
        const qsizetype begin = m_i;
        while (m_i < m_n && (isIdentPart(m_text[m_i]) || m_text[m_i] == QLatin1Char('.')))
            ++m_i;
        emit(SourceToken::Kind::Number, m_text.mid(begin, m_i - begin).toString(), begin);
    }

    // Operators of up to three characters, longest first; else one character.
    void punct(std::initializer_list<QLatin1StringView> multi)
    {
        for (QLatin1StringView op : multi) {
            if (m_text.mid(m_i).startsWith(op)) {
                emit(SourceToken::Kind::Punct, QString(op), m_i);
                m_i += op.size();
                return;
            }
        }
        emit(SourceToken::Kind::Punct, QString(m_text[m_i]), m_i);
        ++m_i;
    }

    // A quoted string with backslash escapes that ends at `quote`; a line
    // break ends an unterminated one unless `multiline`.
    QString escapedString(QChar quote, bool multiline, bool decode)
    {
        QString value;
        ++m_i;
        while (m_i < m_n) {
            const QChar c = m_text[m_i];
            if (c == quote) {
                ++m_i;
                return value;
            }
            if (c == QLatin1Char('\n') && !multiline)
                return value;
            if (c == QLatin1Char('\\') && m_i + 1 < m_n) {
                const QChar e = m_text[m_i + 1];
                if (!decode) {
                    value += c;
                    value += e;
                } else if (e == QLatin1Char('n')) {
                    value += QLatin1Char('\n');
                } else if (e == QLatin1Char('t')) {
                    value += QLatin1Char('\t');
                } else if (e == QLatin1Char('r')) {
                    value += QLatin1Char('\r');
                } else if (e != QLatin1Char('\n')) {
                    value += e;
                }
                if (e == QLatin1Char('\n'))
                    advanceTo(m_i + 2);
                else
                    m_i += 2;
                continue;
            }
            if (c == QLatin1Char('\n'))
                advanceTo(m_i + 1);
            else
                ++m_i;
            value += c;
        }
        return value;
    }

    QStringView m_text;
    qsizetype m_n = 0;
    qsizetype m_i = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
    bool m_tokenOnLine = false;

    QList<SourceToken> m_tokens;

public:
    /// The tokens read so far, handed over.
    QList<SourceToken> take() { return std::move(m_tokens); }
};

QList<SourceToken> lexJavaScript(QStringView source);
QList<SourceToken> lexPython(QStringView source);
QList<SourceToken> lexRuby(QStringView source);

} // namespace parity

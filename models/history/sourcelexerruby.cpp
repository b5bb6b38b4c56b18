#include "sourcelexer.h"

#include <QRegularExpression>

// Ruby: symbols, %w/%i/%q literals, heredocs (their bodies come as one string
// token where the heredoc starts), interpolation, =begin blocks, __END__.

namespace parity {

namespace {

class RubyLexer : public SourceLexer
{
public:
    using SourceLexer::SourceLexer;

    void run()
    {
        while (m_i < m_n) {
            const QChar c = m_text[m_i];
            const QChar next = peek(m_i + 1);
            if (c == QLatin1Char('\n')) {
                newline();
                readHeredocBodies();
            } else if (c.isSpace()) {
                ++m_i;
            } else if (c == QLatin1Char('#')) {
                skipToLineEnd();
            } else if (c == QLatin1Char('=') && m_i == m_lineStart
                       && m_text.mid(m_i).startsWith(QLatin1StringView("=begin"))) {
                qsizetype close = m_text.indexOf(QLatin1StringView("\n=end"), m_i);
                close = close < 0 ? m_n : close + 5;
                advanceTo(close);
                skipToLineEnd();
            } else if (m_i == m_lineStart
                       && m_text.mid(m_i).startsWith(QLatin1StringView("__END__"))) {
                m_i = m_n; // what follows is data, not code
            } else if (c == QLatin1Char('\'')) {
                const Mark at = mark();
                const QString value = singleQuoted(QLatin1Char('\''));
                emit(at, SourceToken::Kind::String, value);
            } else if (c == QLatin1Char('"')) {
                const Mark at = mark();
                const QString value = doubleQuoted(QLatin1Char('"'));
                emit(at, SourceToken::Kind::String, value);
            } else if (c == QLatin1Char(':') && symbolAhead()) {
                symbol();
            } else if (c == QLatin1Char('%') && percentLiteralAhead()) {
                percentLiteral();
            } else if (c == QLatin1Char('<') && next == QLatin1Char('<') && heredocAhead()) {
                heredocStart();
            } else if (isIdentStart(c)
                       || ((c == QLatin1Char('@') || c == QLatin1Char('$')) && isIdentStart(next))
                       || (c == QLatin1Char('@') && next == QLatin1Char('@'))) {
                const qsizetype begin = m_i;
                while (m_i < m_n
                       && (m_text[m_i] == QLatin1Char('@') || m_text[m_i] == QLatin1Char('$')))
                    ++m_i;
                while (m_i < m_n && isIdentPart(m_text[m_i]))
                    ++m_i;
                if (m_i < m_n
                    && (m_text[m_i] == QLatin1Char('?') || m_text[m_i] == QLatin1Char('!'))
                    && peek(m_i + 1) != QLatin1Char('='))
                    ++m_i;
                emit(SourceToken::Kind::Name, m_text.mid(begin, m_i - begin).toString(), begin);
            } else if (c.isDigit()) {
                number();
            } else {
                punct({QLatin1StringView("<=>"), QLatin1StringView("==="), QLatin1StringView("=>"),
                       QLatin1StringView("::"), QLatin1StringView("=="), QLatin1StringView("!="),
                       QLatin1StringView("&&"), QLatin1StringView("||"), QLatin1StringView("->"),
                       QLatin1StringView("<<"), QLatin1StringView("**")});
            }
        }
        readHeredocBodies(); // a heredoc opened on the last line has no body
    }

private:
    struct Heredoc
    {
        qsizetype token = 0;
        QString terminator;
        bool indented = false; // <<~ and <<- allow an indented terminator
    };

    bool spaceBefore() const { return m_i > 0 && m_text[m_i - 1].isSpace(); }

    bool operandDue() const
    {
        if (m_tokens.isEmpty())
            return true;
        const SourceToken &last = m_tokens.last();
        if (last.kind == SourceToken::Kind::Punct)
            return !(last.text == QLatin1String(")") || last.text == QLatin1String("]")
                     || last.text == QLatin1String("}"));
        // `execute %q(…)`, `add_index :t, …`: after a method name, a space
        // before and none after make it an argument.
        return last.kind == SourceToken::Kind::Name && spaceBefore() && !peek(m_i + 1).isSpace();
    }

    bool symbolAhead() const
    {
        const QChar next = peek(m_i + 1);
        if (!(isIdentStart(next) || next == QLatin1Char('"') || next == QLatin1Char('\'')))
            return false;
        if (m_i > 0 && m_text[m_i - 1] == QLatin1Char(':'))
            return false;
        return operandDue() || spaceBefore();
    }

    void symbol()
    {
        const Mark at = mark();
        ++m_i;
        QString value;
        if (m_text[m_i] == QLatin1Char('"')) {
            value = doubleQuoted(QLatin1Char('"'));
        } else if (m_text[m_i] == QLatin1Char('\'')) {
            value = singleQuoted(QLatin1Char('\''));
        } else {
            value = identifierAt(m_i);
            m_i += value.size();
            if (m_i < m_n && (m_text[m_i] == QLatin1Char('?') || m_text[m_i] == QLatin1Char('!')))
                value += m_text[m_i++];
        }
        emit(at, SourceToken::Kind::String, value);
    }

    QString singleQuoted(QChar close)
    {
        QString value;
        qsizetype j = m_i + 1;
        while (j < m_n && m_text[j] != close) {
            if (m_text[j] == QLatin1Char('\\') && j + 1 < m_n
                && (m_text[j + 1] == close || m_text[j + 1] == QLatin1Char('\\'))) {
                ++j;
            }
            value += m_text[j];
            ++j;
        }
        advanceTo(std::min(m_n, j + 1));
        return value;
    }

    // "…" with escapes and #{…} interpolation (kept as written).
    QString doubleQuoted(QChar close, QChar open = QChar())
    {
        QString value;
        qsizetype j = m_i + 1;
        int nesting = 0;
        while (j < m_n) {
            const QChar c = m_text[j];
            if (c == QLatin1Char('\\') && j + 1 < m_n) {
                const QChar e = m_text[j + 1];
                value += e == QLatin1Char('n')   ? QChar(QLatin1Char('\n'))
                         : e == QLatin1Char('t') ? QChar(QLatin1Char('\t'))
                                                 : e;
                j += 2;
                continue;
            }
            if (c == QLatin1Char('#') && j + 1 < m_n && m_text[j + 1] == QLatin1Char('{')) {
                qsizetype k = j + 2;
                int depth = 0;
                while (k < m_n && !(m_text[k] == QLatin1Char('}') && depth == 0)) {
                    if (m_text[k] == QLatin1Char('{'))
                        ++depth;
                    else if (m_text[k] == QLatin1Char('}'))
                        --depth;
                    ++k;
                }
                value += m_text.mid(j, std::min(m_n, k + 1) - j);
                j = k + 1;
                continue;
            }
            if (!open.isNull() && c == open && open != close) {
                ++nesting;
            } else if (c == close) {
                if (nesting == 0)
                    break;
                --nesting;
            }
            value += c;
            ++j;
        }
        advanceTo(std::min(m_n, j + 1));
        return value;
    }

    bool percentLiteralAhead() const
    {
        QChar kind = peek(m_i + 1);
        qsizetype delimiter = m_i + 1;
        if (QStringLiteral("wWiIqQ").contains(kind))
            ++delimiter;
        const QChar d = peek(delimiter);
        if (!QStringLiteral("([{<|!/").contains(d) || d.isNull())
            return false;
        return operandDue();
    }

    static QChar closerOf(QChar open)
    {
        switch (open.unicode()) {
        case '(':
            return QLatin1Char(')');
        case '[':
            return QLatin1Char(']');
        case '{':
            return QLatin1Char('}');
        case '<':
            return QLatin1Char('>');
        default:
            return open;
        }
    }

    // %w[a b] and %i[a b] become [ 'a' 'b' ]; %q(…), %Q(…) and %(…) a string.
    void percentLiteral()
    {
        const Mark at = mark();
        QChar kind = m_text[m_i + 1];
        if (QStringLiteral("wWiIqQ").contains(kind))
            ++m_i;
        else
            kind = QLatin1Char('Q');
        ++m_i; // on the delimiter
        const QChar open = m_text[m_i];
        const QString body = doubleQuoted(closerOf(open), open);
        if (kind.toLower() == QLatin1Char('w') || kind.toLower() == QLatin1Char('i')) {
            emit(at, SourceToken::Kind::Punct, QStringLiteral("["));
            for (const QString &word :
                 body.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts))
                emit(at, SourceToken::Kind::String, word);
            emit(at, SourceToken::Kind::Punct, QStringLiteral("]"));
        } else {
            emit(at, SourceToken::Kind::String, body);
        }
    }

    bool heredocAhead() const
    {
        const QChar flag = peek(m_i + 2);
        const bool marked = flag == QLatin1Char('~') || flag == QLatin1Char('-');
        const QChar first = peek(m_i + (marked ? 3 : 2));
        if (marked)
            return isIdentStart(first) || first == QLatin1Char('\'') || first == QLatin1Char('"');
        // A bare <<ID only as an argument: `execute <<SQL`, not `list << SQL`.
        return (first.isUpper() || first == QLatin1Char('_')) && operandDue();
    }

    void heredocStart()
    {
        const qsizetype begin = m_i;
        m_i += 2;
        Heredoc doc;
        if (m_text[m_i] == QLatin1Char('~') || m_text[m_i] == QLatin1Char('-')) {
            doc.indented = true;
            ++m_i;
        }
        if (m_text[m_i] == QLatin1Char('\'') || m_text[m_i] == QLatin1Char('"')) {
            const QChar q = m_text[m_i];
            const qsizetype close = m_text.indexOf(q, m_i + 1);
            const qsizetype end = close < 0 ? m_i + 1 : close;
            doc.terminator = m_text.mid(m_i + 1, end - m_i - 1).toString();
            m_i = end + 1;
        } else {
            doc.terminator = identifierAt(m_i);
            m_i += doc.terminator.size();
        }
        doc.token = m_tokens.size();
        emit(SourceToken::Kind::String, QString(), begin);
        m_pending.append(doc);
    }

    // At the start of a line: the bodies of the heredocs opened on the line before.
    void readHeredocBodies()
    {
        for (const Heredoc &doc : std::as_const(m_pending)) {
            QString body;
            while (m_i < m_n) {
                qsizetype end = m_text.indexOf(QLatin1Char('\n'), m_i);
                if (end < 0)
                    end = m_n;
                const QStringView line = m_text.mid(m_i, end - m_i);
                const QStringView compared = doc.indented ? line.trimmed() : line;
                const bool last = compared == doc.terminator;
                if (!last) {
                    body += line;
                    body += QLatin1Char('\n');
                }
                advanceTo(std::min(m_n, end + 1));
                if (last)
                    break;
            }
            m_tokens[doc.token].text = body;
        }
        m_pending.clear();
    }

    QList<Heredoc> m_pending;
};

// Pairs ( [ { with ) ] }. A closer that matches an opener further down the

} // namespace

QList<SourceToken> lexRuby(QStringView source)
{
    RubyLexer lexer(source);
    lexer.run();
    return lexer.take();
}

} // namespace parity

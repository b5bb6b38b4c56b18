#include "sourcelexer.h"

// JavaScript and TypeScript: strings, template literals with nested ${…}, regular
// expressions and comments.

namespace parity {

namespace {

class JavaScriptLexer : public SourceLexer
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
            } else if (c.isSpace()) {
                ++m_i;
            } else if (c == QLatin1Char('/') && next == QLatin1Char('/')) {
                skipToLineEnd();
            } else if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
                const qsizetype close = m_text.indexOf(QLatin1StringView("*/"), m_i + 2);
                advanceTo(close < 0 ? m_n : close + 2);
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                const Mark at = mark();
                const QString value = escapedString(c, false, true);
                emit(at, SourceToken::Kind::String, value);
            } else if (c == QLatin1Char('`')) {
                template_();
            } else if (c == QLatin1Char('/') && regexAllowed()) {
                regex();
            } else if (isIdentStart(c) || c == QLatin1Char('$')) {
                const qsizetype begin = m_i;
                while (m_i < m_n && (isIdentPart(m_text[m_i]) || m_text[m_i] == QLatin1Char('$')))
                    ++m_i;
                emit(SourceToken::Kind::Name, m_text.mid(begin, m_i - begin).toString(), begin);
            } else if (c.isDigit()) {
                number();
            } else {
                punct({QLatin1StringView("==="), QLatin1StringView("!=="), QLatin1StringView("..."),
                       QLatin1StringView("=>"), QLatin1StringView("=="), QLatin1StringView("!="),
                       QLatin1StringView("?."), QLatin1StringView("&&"), QLatin1StringView("||"),
                       QLatin1StringView("??")});
            }
        }
    }

private:
    // A '/' starts a regular expression where an operand is due, not after one.
    bool regexAllowed() const
    {
        if (m_tokens.isEmpty())
            return true;
        const SourceToken &last = m_tokens.last();
        if (last.kind == SourceToken::Kind::Number || last.kind == SourceToken::Kind::String)
            return false;
        if (last.kind == SourceToken::Kind::Name) {
            static const QStringList operandKeywords =
                {QStringLiteral("return"), QStringLiteral("typeof"), QStringLiteral("case"),
                 QStringLiteral("in"),     QStringLiteral("of"),     QStringLiteral("yield"),
                 QStringLiteral("await"),  QStringLiteral("void"),   QStringLiteral("delete")};
            return operandKeywords.contains(last.text);
        }
        return !(last.text == QLatin1String(")") || last.text == QLatin1String("]")
                 || last.text == QLatin1String("}"));
    }

    void regex()
    {
        const qsizetype begin = m_i;
        qsizetype j = m_i + 1;
        bool inClass = false;
        while (j < m_n && m_text[j] != QLatin1Char('\n')) {
            const QChar c = m_text[j];
            if (c == QLatin1Char('\\')) {
                j += 2;
                continue;
            }
            if (c == QLatin1Char('['))
                inClass = true;
            else if (c == QLatin1Char(']'))
                inClass = false;
            else if (c == QLatin1Char('/') && !inClass)
                break;
            ++j;
        }
        if (j >= m_n || m_text[j] != QLatin1Char('/')) {
            // Not a regular expression after all: a lone operator.
            emit(SourceToken::Kind::Punct, QStringLiteral("/"), begin);
            ++m_i;
            return;
        }
        ++j;
        while (j < m_n && isIdentPart(m_text[j]))
            ++j; // flags
        emit(SourceToken::Kind::Punct, QStringLiteral("/regex/"), begin);
        m_i = j;
    }

    // A template literal, `${…}` expressions and nested templates included,
    // as one string token holding its raw text. An explicit stack keeps deep
    // nesting from exhausting the call stack.
    void template_()
    {
        const qsizetype begin = m_i;
        QList<int> stack{-1}; // -1: in template text; >= 0: in an expression, at that brace depth
        qsizetype j = m_i + 1;
        while (j < m_n && !stack.isEmpty()) {
            const QChar c = m_text[j];
            int &top = stack.last();
            if (top < 0) {
                if (c == QLatin1Char('\\')) {
                    j += 2;
                } else if (c == QLatin1Char('`')) {
                    stack.removeLast();
                    ++j;
                } else if (c == QLatin1Char('$') && j + 1 < m_n
                           && m_text[j + 1] == QLatin1Char('{')) {
                    stack.append(0);
                    j += 2;
                } else {
                    ++j;
                }
                continue;
            }
            if (c == QLatin1Char('{')) {
                ++top;
            } else if (c == QLatin1Char('}')) {
                if (top == 0)
                    stack.removeLast();
                else
                    --top;
            } else if (c == QLatin1Char('`')) {
                stack.append(-1);
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                ++j;
                while (j < m_n && m_text[j] != c && m_text[j] != QLatin1Char('\n'))
                    j += m_text[j] == QLatin1Char('\\') ? 2 : 1;
            }
            ++j;
        }
        j = std::min(j, m_n);
        const qsizetype contentEnd = stack.isEmpty() ? j - 1 : j;
        QString value =
            m_text.mid(begin + 1, std::max<qsizetype>(0, contentEnd - begin - 1)).toString();
        value.replace(QLatin1String("\\`"), QLatin1String("`"));
        emit(SourceToken::Kind::String, value, begin);
        advanceTo(j);
    }
};

} // namespace

QList<SourceToken> lexJavaScript(QStringView source)
{
    JavaScriptLexer lexer(source);
    lexer.run();
    return lexer.take();
}

} // namespace parity

#include "sourcelexer.h"

// Python: prefixed and triple-quoted strings, comments, explicit line
// continuations; each token keeps its column for indentation.

namespace parity {

namespace {

class PythonLexer : public SourceLexer
{
public:
    using SourceLexer::SourceLexer;

    void run()
    {
        while (m_i < m_n) {
            const QChar c = m_text[m_i];
            if (c == QLatin1Char('\n')) {
                newline();
            } else if (c.isSpace()) {
                ++m_i;
            } else if (c == QLatin1Char('#')) {
                skipToLineEnd();
            } else if (c == QLatin1Char('\\') && peek(m_i + 1) == QLatin1Char('\n')) {
                m_i += 2; // an explicit line continuation: the next line is not a new statement
                ++m_line;
                m_lineStart = m_i;
            } else if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
                string(mark(), false);
            } else if (isIdentStart(c)) {
                const QString word = identifierAt(m_i);
                const QChar after = peek(m_i + word.size());
                if ((after == QLatin1Char('\'') || after == QLatin1Char('"')) && word.size() <= 2
                    && QStringLiteral("rRbBuUfF").contains(word.at(0))
                    && (word.size() == 1 || QStringLiteral("rRbBfF").contains(word.at(1)))) {
                    const bool raw = word.contains(QLatin1Char('r'), Qt::CaseInsensitive);
                    const Mark at = mark();
                    m_i += word.size();
                    string(at, raw);
                } else {
                    emit(SourceToken::Kind::Name, word, m_i);
                    m_i += word.size();
                }
            } else if (c.isDigit()) {
                number();
            } else {
                punct({QLatin1StringView("**"), QLatin1StringView("->"), QLatin1StringView("=="),
                       QLatin1StringView("!="), QLatin1StringView("<="), QLatin1StringView(">="),
                       QLatin1StringView(":=")});
            }
        }
    }

private:
    // At m_i: the opening quote of a string whose prefix starts at `at`.
    void string(const Mark &at, bool raw)
    {
        const QChar quote = m_text[m_i];
        const bool triple = peek(m_i + 1) == quote && peek(m_i + 2) == quote;
        if (!triple) {
            const QString value = escapedString(quote, false, !raw);
            emit(at, SourceToken::Kind::String, value);
            return;
        }
        const QString closing(3, quote);
        qsizetype j = m_i + 3;
        QString value;
        while (j < m_n) {
            if (m_text[j] == QLatin1Char('\\') && j + 1 < m_n) {
                value += raw ? m_text.mid(j, 2).toString() : QString(m_text[j + 1]);
                j += 2;
                continue;
            }
            if (m_text.mid(j).startsWith(closing))
                break;
            value += m_text[j];
            ++j;
        }
        emit(at, SourceToken::Kind::String, value);
        advanceTo(std::min(m_n, j + 3));
    }
};

} // namespace

QList<SourceToken> lexPython(QStringView source)
{
    PythonLexer lexer(source);
    lexer.run();
    return lexer.take();
}

} // namespace parity

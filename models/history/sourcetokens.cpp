#include "sourcetokens.h"

#include "sourcelexer.h"

namespace parity {

namespace {

// stack closes the ones above it unpaired; a closer that matches none stays
// unpaired.
void pairBrackets(QList<SourceToken> &tokens)
{
    QList<qsizetype> stack;
    auto openerOf = [](const QString &closer) {
        return closer == QLatin1String(")")   ? QStringLiteral("(")
               : closer == QLatin1String("]") ? QStringLiteral("[")
                                              : QStringLiteral("{");
    };
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        SourceToken &t = tokens[i];
        if (t.kind != SourceToken::Kind::Punct)
            continue;
        if (t.isOpener()) {
            stack.append(i);
            continue;
        }
        if (t.text != QLatin1String(")") && t.text != QLatin1String("]")
            && t.text != QLatin1String("}"))
            continue;
        const QString opener = openerOf(t.text);
        qsizetype depth = stack.size() - 1;
        // Look only a little way down: a stray closer must not unwind a whole file.
        const qsizetype lowest = std::max<qsizetype>(0, stack.size() - 4);
        while (depth >= lowest && tokens[stack[depth]].text != opener)
            --depth;
        if (depth < lowest)
            continue;
        tokens[stack[depth]].match = i;
        t.match = stack[depth];
        stack.resize(depth);
    }
}

} // namespace

bool SourceToken::isOpener() const
{
    return kind == Kind::Punct
           && (text == QLatin1String("(") || text == QLatin1String("[")
               || text == QLatin1String("{"));
}

QList<SourceToken> tokenizeSource(QStringView source, SourceLanguage language)
{
    QList<SourceToken> tokens;
    switch (language) {
    case SourceLanguage::JavaScript:
        tokens = lexJavaScript(source);
        break;
    case SourceLanguage::Python:
        tokens = lexPython(source);
        break;
    case SourceLanguage::Ruby:
        tokens = lexRuby(source);
        break;
    }
    pairBrackets(tokens);
    return tokens;
}

SourceTokens::SourceTokens(QStringView source, SourceLanguage language)
    : m_tokens(tokenizeSource(source, language))
    , m_language(language)
{
    // Names bound to a string at the start of a line (`SQL = """…"""`,
    // `const SQL = \`…\``): RunSQL(SQL) and execute(SQL) use them.
    for (qsizetype i = 0; i + 2 < m_tokens.size(); ++i) {
        const SourceToken &name = m_tokens[i];
        if (name.kind != SourceToken::Kind::Name || !isPunct(i + 1, QLatin1StringView("="))
            || at(i + 2).kind != SourceToken::Kind::String)
            continue;
        const bool declared = name.firstOnLine
                              || (i > 0
                                  && (isName(i - 1, QLatin1StringView("const"))
                                      || isName(i - 1, QLatin1StringView("let"))
                                      || isName(i - 1, QLatin1StringView("var"))));
        if (declared && !m_constants.contains(name.text))
            m_constants.insert(name.text, m_tokens[i + 2].text);
    }
}

const SourceToken &SourceTokens::at(qsizetype i) const
{
    static const SourceToken none;
    return i >= 0 && i < m_tokens.size() ? m_tokens[i] : none;
}

qsizetype SourceTokens::partner(qsizetype i) const
{
    return at(i).match;
}

QList<SourceArgument> SourceTokens::arguments(qsizetype open) const
{
    QList<SourceArgument> result;
    if (!at(open).isOpener() || partner(open) < open)
        return result;
    const qsizetype close = partner(open);
    qsizetype start = open + 1;
    for (qsizetype i = start; i <= close; ++i) {
        if (i == close || isPunct(i, QLatin1StringView(","))) {
            if (i > start)
                result.append(SourceArgument{start, i, {}});
            start = i + 1;
            continue;
        }
        if (at(i).isOpener() && partner(i) > i && partner(i) < close)
            i = partner(i);
    }
    for (SourceArgument &argument : result) {
        const SourceToken &first = at(argument.begin);
        const bool named =
            first.kind == SourceToken::Kind::Name || first.kind == SourceToken::Kind::String;
        if (!named || argument.end - argument.begin < 2)
            continue;
        const bool python = m_language == SourceLanguage::Python
                            && first.kind == SourceToken::Kind::Name
                            && isPunct(argument.begin + 1, QLatin1StringView("="));
        const bool rubyLabel = m_language == SourceLanguage::Ruby
                               && first.kind == SourceToken::Kind::Name
                               && isPunct(argument.begin + 1, QLatin1StringView(":"));
        const bool rubyArrow = m_language == SourceLanguage::Ruby
                               && isPunct(argument.begin + 1, QLatin1StringView("=>"));
        if (python || rubyLabel || rubyArrow) {
            argument.keyword = first.text;
            argument.begin += 2;
        }
    }
    return result;
}

QList<SourceArgument> SourceTokens::bareArguments(qsizetype first, qsizetype *end) const
{
    qsizetype i = first;
    const qsizetype n = size();
    while (i < n) {
        const SourceToken &t = at(i);
        if (i > first && t.firstOnLine) {
            // A line that ends in a comma, an operator or an open bracket goes on.
            static const QStringList continuing = {QStringLiteral(","),  QStringLiteral("("),
                                                   QStringLiteral("["),  QStringLiteral("{"),
                                                   QStringLiteral("+"),  QStringLiteral("=>"),
                                                   QStringLiteral("."),  QStringLiteral("&&"),
                                                   QStringLiteral("||"), QStringLiteral("="),
                                                   QStringLiteral("\\"), QStringLiteral(":")};
            const SourceToken &before = at(i - 1);
            if (before.kind != SourceToken::Kind::Punct || !continuing.contains(before.text))
                break;
        }
        if (t.isPunct(QLatin1StringView(";")) || t.isName(QLatin1StringView("do")))
            break;
        if (t.isPunct(QLatin1StringView("{")) && i > first) {
            // A hash literal follows a comma, a colon or an arrow; a block follows an argument.
            const SourceToken &before = at(i - 1);
            const bool hash =
                before.kind == SourceToken::Kind::Punct
                && (before.text == QLatin1String(",") || before.text == QLatin1String(":")
                    || before.text == QLatin1String("=>") || before.text == QLatin1String("("));
            if (!hash)
                break;
        }
        if (t.kind == SourceToken::Kind::Punct
            && (t.text == QLatin1String(")") || t.text == QLatin1String("]")
                || t.text == QLatin1String("}")))
            break; // the end of an enclosing bracket
        if (t.isOpener() && partner(i) > i)
            i = partner(i);
        ++i;
    }
    if (end)
        *end = i;

    QList<SourceArgument> result;
    qsizetype start = first;
    for (qsizetype k = first; k <= i; ++k) {
        if (k == i || isPunct(k, QLatin1StringView(","))) {
            if (k > start)
                result.append(SourceArgument{start, k, {}});
            start = k + 1;
            continue;
        }
        if (at(k).isOpener() && partner(k) > k && partner(k) < i)
            k = partner(k);
    }
    for (SourceArgument &argument : result) {
        const SourceToken &head = at(argument.begin);
        if (argument.end - argument.begin < 2)
            continue;
        if ((head.kind == SourceToken::Kind::Name
             && isPunct(argument.begin + 1, QLatin1StringView(":")))
            || isPunct(argument.begin + 1, QLatin1StringView("=>"))) {
            argument.keyword = head.text;
            argument.begin += 2;
        }
    }
    return result;
}

std::optional<SourceArgument> SourceTokens::argument(const QList<SourceArgument> &arguments,
                                                     int position, QLatin1StringView keyword)
{
    if (!keyword.isEmpty()) {
        for (const SourceArgument &argument : arguments) {
            if (argument.keyword == keyword)
                return argument;
        }
    }
    if (position < 0)
        return std::nullopt;
    int index = 0;
    for (const SourceArgument &argument : arguments) {
        if (!argument.keyword.isEmpty())
            continue;
        if (index++ == position)
            return argument;
    }
    return std::nullopt;
}

std::optional<QString> SourceTokens::string(const SourceArgument &argument) const
{
    if (argument.isEmpty())
        return std::nullopt;
    const SourceToken &first = at(argument.begin);
    if (first.kind == SourceToken::Kind::String) {
        QString value;
        for (qsizetype i = argument.begin; i < argument.end; ++i) {
            const SourceToken &t = at(i);
            if (t.kind == SourceToken::Kind::String)
                value += t.text;
            else if (!t.isPunct(QLatin1StringView("+")))
                break;
        }
        return value;
    }
    if (first.kind == SourceToken::Kind::Name && argument.end - argument.begin == 1) {
        const auto constant = m_constants.constFind(first.text);
        if (constant != m_constants.constEnd())
            return *constant;
        return std::nullopt;
    }
    // A wrapping call: op.f('ix_users_email'), sa.text("…"), Arel.sql("…").
    qsizetype open = -1;
    calledName(argument, &open);
    if (open >= 0) {
        const QList<SourceArgument> inner = arguments(open);
        if (!inner.isEmpty() && at(inner.first().begin).kind == SourceToken::Kind::String)
            return string(inner.first());
    }
    return std::nullopt;
}

QStringList SourceTokens::strings(const SourceArgument &argument) const
{
    QStringList result;
    if (argument.isEmpty())
        return result;
    const SourceToken &first = at(argument.begin);
    if ((first.isPunct(QLatin1StringView("[")) || first.isPunct(QLatin1StringView("(")))
        && partner(argument.begin) > argument.begin) {
        const qsizetype close = partner(argument.begin);
        for (qsizetype i = argument.begin + 1; i < close; ++i) {
            const SourceToken &t = at(i);
            if (t.kind == SourceToken::Kind::String)
                result << t.text;
            else if (t.isOpener() && partner(i) > i)
                i = partner(i); // nested tuples, objects: not plain names
        }
        return result;
    }
    if (const auto one = string(argument))
        result << *one;
    return result;
}

std::optional<SourceArgument> SourceTokens::property(const SourceArgument &argument,
                                                     QLatin1StringView key) const
{
    for (qsizetype i = argument.begin; i < argument.end; ++i) {
        // An object inside a list or a call is not this argument's options.
        if (at(i).isOpener() && !isPunct(i, QLatin1StringView("{")) && partner(i) > i) {
            i = partner(i);
            continue;
        }
        if (!isPunct(i, QLatin1StringView("{")) || partner(i) < i)
            continue;
        const qsizetype close = partner(i);
        for (qsizetype k = i + 1; k < close; ++k) {
            const SourceToken &t = at(k);
            if ((t.kind == SourceToken::Kind::Name || t.kind == SourceToken::Kind::String)
                && t.text == key
                && (isPunct(k + 1, QLatin1StringView(":"))
                    || isPunct(k + 1, QLatin1StringView("=>")))) {
                qsizetype end = k + 2;
                while (end < close && !isPunct(end, QLatin1StringView(","))) {
                    if (at(end).isOpener() && partner(end) > end && partner(end) < close)
                        end = partner(end);
                    ++end;
                }
                return SourceArgument{k + 2, end, {}};
            }
            if (t.isOpener() && partner(k) > k && partner(k) < close)
                k = partner(k);
        }
        i = close;
    }
    return std::nullopt;
}

QString SourceTokens::calledName(const SourceArgument &argument, qsizetype *open) const
{
    if (open)
        *open = -1;
    qsizetype i = argument.begin;
    QString name;
    while (i < argument.end) {
        const SourceToken &t = at(i);
        if (t.kind == SourceToken::Kind::Name) {
            name = t.text;
        } else if (t.isPunct(QLatin1StringView("(")) && !name.isEmpty()) {
            if (open)
                *open = i;
            return name;
        } else if (!t.isPunct(QLatin1StringView(".")) && !t.isPunct(QLatin1StringView("::"))) {
            return {};
        }
        ++i;
    }
    return {};
}

qsizetype SourceTokens::blockEnd(qsizetype header) const
{
    // The first token of the header's line sets the indentation the block is deeper than.
    qsizetype lineHead = header;
    while (lineHead > 0 && !at(lineHead).firstOnLine)
        --lineHead;
    const int indent = at(lineHead).column;
    const int line = at(header).line;
    qsizetype i = header + 1;
    int depth = 0;
    while (i < size()) {
        const SourceToken &t = at(i);
        if (t.firstOnLine && depth == 0 && t.line > line && t.column <= indent)
            return i;
        if (t.isOpener())
            ++depth;
        else if (t.kind == SourceToken::Kind::Punct
                 && (t.text == QLatin1String(")") || t.text == QLatin1String("]")
                     || t.text == QLatin1String("}")))
            depth = std::max(0, depth - 1);
        ++i;
    }
    return i;
}

qsizetype SourceTokens::findDef(QLatin1StringView name, qsizetype from) const
{
    for (qsizetype i = std::max<qsizetype>(0, from); i + 1 < size(); ++i) {
        if (!isName(i, QLatin1StringView("def")))
            continue;
        if (isName(i + 1, name))
            return i;
        // Ruby's `def self.up`
        if (isName(i + 1, QLatin1StringView("self")) && isPunct(i + 2, QLatin1StringView("."))
            && isName(i + 3, name))
            return i;
    }
    return -1;
}

} // namespace parity

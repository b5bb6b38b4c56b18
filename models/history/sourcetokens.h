#pragma once

#include <QHash>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace parity {

/// The languages migration scripts are written in, besides SQL.
enum class SourceLanguage {
    JavaScript, ///< also TypeScript: Sequelize and Knex migrations
    Python,     ///< Django and Alembic
    Ruby,       ///< Rails
};

/// One token of a migration script, as much as finding its schema operations
/// needs. Comments make no tokens.
struct SourceToken
{
    enum class Kind {
        Name,   ///< identifier or keyword (Ruby: with its @, $, ? or !)
        String, ///< a string literal, decoded; also a Ruby symbol (:users, :"a b") and a heredoc
        Number,
        Punct, ///< ( ) [ ] { } , . : ; = and the other operators ("=>", "::", "===" …)
    };

    Kind kind = Kind::Punct;
    QString text;
    qsizetype offset = 0; ///< where it starts in the source
    int line = 1;         ///< 1-based
    int column = 0;       ///< 0-based, in characters from the start of its line
    bool firstOnLine = false;
    /// For ( [ { and ) ] }: the index of its partner; -1 when it has none.
    qsizetype match = -1;

    bool isName(QLatin1StringView name) const { return kind == Kind::Name && text == name; }
    bool isPunct(QLatin1StringView punct) const { return kind == Kind::Punct && text == punct; }
    bool isOpener() const;
};

/// Splits a script into tokens and pairs its brackets. Never fails: an
/// unterminated string or comment runs to the end of the text; unbalanced
/// brackets keep match -1. Linear in the size of the text.
QList<SourceToken> tokenizeSource(QStringView source, SourceLanguage language);

/// One argument of a call: tokens [begin, end), and its keyword when it is
/// written `name=value` (Python) or `name: value` / `:name => value` (Ruby).
struct SourceArgument
{
    qsizetype begin = 0;
    qsizetype end = 0;
    QString keyword;

    bool isEmpty() const { return begin >= end; }
};

/// Reading helpers over a tokenized script. Out-of-range indexes read as an
/// empty punctuation token, so callers may look ahead without bounds checks.
class SourceTokens
{
public:
    SourceTokens(QStringView source, SourceLanguage language);

    qsizetype size() const { return m_tokens.size(); }
    const SourceToken &at(qsizetype i) const;
    bool isName(qsizetype i, QLatin1StringView name) const { return at(i).isName(name); }
    bool isPunct(qsizetype i, QLatin1StringView punct) const { return at(i).isPunct(punct); }
    /// The index of the partner of the bracket at `i`, or -1.
    qsizetype partner(qsizetype i) const;

    /// The arguments of the call whose '(' is at `open`, split at its
    /// top-level commas; also the items of a list, tuple or object literal
    /// whose bracket is at `open`. Empty when `open` is not a paired bracket.
    QList<SourceArgument> arguments(qsizetype open) const;
    /// Ruby's call without parentheses: the arguments from `first` to the
    /// end of the statement (a line that does not continue, a `do` or `{`
    /// block, or ';'). `end` receives the index just past them.
    QList<SourceArgument> bareArguments(qsizetype first, qsizetype *end = nullptr) const;
    /// `keyword`'s argument, else the `position`-th positional one (0-based;
    /// -1: keyword only).
    static std::optional<SourceArgument> argument(const QList<SourceArgument> &arguments,
                                                  int position, QLatin1StringView keyword);

    /// The string an argument holds: one literal, literals joined by '+' or
    /// written side by side, a name bound to a string at the top of the file,
    /// or the first string of a wrapping call (`op.f('ix')`, `sa.text("…")`).
    std::optional<QString> string(const SourceArgument &argument) const;
    /// The strings of a list argument (['a', 'b'], %w[a b]), or the one string.
    QStringList strings(const SourceArgument &argument) const;
    /// In the object or dict literal that `argument` is (or one at its top
    /// level, not inside a list or a call), the value of `key`.
    std::optional<SourceArgument> property(const SourceArgument &argument,
                                           QLatin1StringView key) const;
    /// The name of the function a call argument calls ("ForeignKey" for
    /// `models.ForeignKey(…)`), and the index of its '(' in `open`.
    QString calledName(const SourceArgument &argument, qsizetype *open = nullptr) const;

    /// Python: the index just past the indented block that the line of
    /// token `header` opens (a def, with, class).
    qsizetype blockEnd(qsizetype header) const;
    /// Python and Ruby: the index of `def <name>` at any level, or -1.
    qsizetype findDef(QLatin1StringView name, qsizetype from = 0) const;

private:
    QList<SourceToken> m_tokens;
    SourceLanguage m_language;
    QHash<QString, QString> m_constants; // NAME = 'string' at the start of a line (the first one)
};

} // namespace parity

#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parity {

/// Splits SQLite SQL text into tokens, each remembering where it sits in the
/// text, so that a parser can hand back sub-expressions exactly as written
/// (spacing, comments and all) by slicing the original text.
///
/// It knows what matters for finding structure safely: "double", `back`
/// and [bracket] quoted identifiers with their escapes, 'string' literals
/// with '' escapes, x'..' blobs, -- and /* */ comments, numbers, parameters
/// and punctuation. Everything else is a one-character operator. It never
/// fails: an unterminated quote or comment runs to the end of the text.
class SqliteTokenizer
{
public:
    struct Token
    {
        enum class Kind {
            Word,             ///< keyword or bare identifier
            QuotedIdentifier, ///< "x", `x` or [x]; value is unquoted
            String,           ///< 'x'; value is unquoted
            Blob,             ///< x'00ff'
            Number,
            Parameter,   ///< ?, ?1, :name, @name, $name
            Punctuation, ///< ( ) , ; .
            Operator,
        };

        Kind kind = Kind::Operator;
        qsizetype begin = 0; ///< offset of the first character in the text
        qsizetype end = 0;   ///< offset one past the last character
        QString value;       ///< unquoted name/string; the text itself otherwise

        /// True for a bare word equal to `keyword`, ignoring ASCII case.
        bool isKeyword(QLatin1StringView keyword) const;
        bool isPunctuation(QChar c) const;
        /// Something that can name an object: a word, a quoted identifier,
        /// or a string literal (SQLite accepts 'name' where a name is due).
        bool isName() const;
    };

    static QList<Token> tokenize(QStringView sql);
};

} // namespace parity

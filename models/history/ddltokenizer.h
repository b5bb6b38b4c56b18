#pragma once

#include <QList>
#include <QString>
#include <QStringView>

namespace parity {

/// A token of a migration's SQL, for touchesFromSql().
struct DdlToken
{
    enum class Kind { Word, Quoted, String, Number, Punct, End };
    Kind kind = Kind::End;
    QString text; ///< Quoted and String: unquoted
};

/// Dialect-neutral tokens of SQL text. MySQL's ways (backslash escapes in
/// strings, '#' comments, DELIMITER lines) are taken when the script looks
/// like MySQL; PostgreSQL's dollar-quoted bodies are skipped otherwise.
/// Comments make no tokens. Each statement ends in a ';' punctuation token
/// whatever the delimiter; a ';' inside a DELIMITER-bounded routine body
/// comes out as ",;" so it ends nothing. Never fails; linear in the text.
QList<DdlToken> tokenizeDdl(QStringView sql);

} // namespace parity

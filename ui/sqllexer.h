#pragma once

#include "schema/dialect.h"

#include <QByteArray>
#include <Qsci/qscilexersql.h>

namespace parity {

/// Scintilla's SQL lexer taught one dialect: its extra keywords (SERIAL,
/// ILIKE; AUTO_INCREMENT, ENGINE; PRAGMA, AUTOINCREMENT ...), MySQL's '#'
/// comments, backslash escapes and backtick identifiers, and '.' as the
/// separator of qualified names for completion. QsciLexerSQL has no
/// setKeywords(), hence the subclass.
class SqlLexer : public QsciLexerSQL
{
    Q_OBJECT

public:
    explicit SqlLexer(Dialect dialect, QObject *parent = nullptr);

    Dialect dialect() const { return m_dialect; }

    /// The words this dialect adds to the standard SQL keywords, lower case.
    static QStringList dialectKeywords(Dialect dialect);

    const char *keywords(int set) const override;
    QStringList autoCompletionWordSeparators() const override;
    bool caseSensitive() const override;

private:
    Dialect m_dialect;
    // Set 1: the standard words plus the dialect's; keywords() hands out its data.
    QByteArray m_keywords;
};

} // namespace parity

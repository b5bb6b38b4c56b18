#pragma once

#include "schema/dialect.h"

#include <QList>
#include <QStringList>
#include <Qsci/qsciscintilla.h>

class QsciAPIs;

namespace parity {

class SqlLexer;
struct Catalog;

/// The SQL editor: QScintilla with a lexer for one dialect, line numbers,
/// folding, brace matching, completion of the names in a catalog, and
/// problem marks (squiggle, margin marker, annotation under the line). Its
/// colours follow the widget's palette, light or dark. Whether it is
/// read-only (a generated script) is the caller's choice.
class SqlEditor : public QsciScintilla
{
    Q_OBJECT

public:
    explicit SqlEditor(QWidget *parent = nullptr);
    ~SqlEditor() override;

    /// Chooses the lexer (keywords, comment and quoting rules) for `dialect`.
    /// Completion words survive the change.
    void setDialect(Dialect dialect);
    Dialect dialect() const { return m_dialect; }
    SqlLexer *sqlLexer() const { return m_lexer; }

    /// Offers the catalog's schema, table, view, column and routine names
    /// (bare and qualified) for completion, besides the document's words.
    void setCompletionCatalog(const Catalog &catalog);
    /// The same with the names already listed (sorted, without duplicates),
    /// e.g. by completionEntriesFor() on a worker for a big catalog.
    void setCompletionEntries(const QStringList &entries);
    /// Schema, table, view, column and routine names of `catalog` as
    /// completion entries. Pure: safe to call on any thread.
    static QStringList completionEntriesFor(const Catalog &catalog);
    /// The completion entries, as given to QsciAPIs ("public.customers").
    QStringList completionEntries() const { return m_completionEntries; }
    /// The lexer's API set; it prepares in the background and says
    /// apiPreparationFinished() when ready.
    QsciAPIs *completionApis() const { return m_apis; }

    /// Marks a problem at 1-based `line` and `column` (QString characters of
    /// that line): a squiggle to the end of the token there (or of the line),
    /// a marker in the margin, and the message under the line.
    void markProblem(int line, int column, const QString &message);
    void clearProblems();
    int problemCount() const { return int(m_problems.size()); }

    /// Scrolls to 1-based `line` and selects it.
    void goToLine(int line);

    /// True when the palette is dark and the dark colour scheme is in use.
    bool usesDarkScheme() const { return m_dark; }

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Problem
    {
        int line = 0;   // 0-based
        int column = 0; // 0-based, QString characters
        QString message;
    };

    void applyColours();
    void rebuildApis();
    void renderProblems();
    void updateLineNumberWidth();
    /// QString column -> QScintilla index (it counts code points).
    int editorIndex(int line, int column) const;

    Dialect m_dialect = Dialect::PostgreSQL;
    SqlLexer *m_lexer = nullptr; // owned by this (QObject child); replaced by setDialect()
    QsciAPIs *m_apis = nullptr;  // owned by m_lexer
    QStringList m_completionEntries;
    QList<Problem> m_problems;
    int m_problemIndicator = -1;
    int m_problemMarker = -1;
    int m_lineNumberDigits = 0;
    bool m_dark = false;
};

} // namespace parity

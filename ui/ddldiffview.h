#pragma once

#include "diff/textdiff.h"
#include "schema/dialect.h"

#include <QColor>
#include <QWidget>

class QLabel;
class QStackedWidget;
class QsciLexerSQL;
class QsciScintilla;

namespace parity {

/// The DDL of one object on both sides, side by side: reference (the desired
/// state) on the left, target (the database that will change) on the right.
/// Lines are aligned so that both editors have one line per row of
/// sideBySideDiff, with empty placeholder lines where a side has none;
/// each side numbers only its own lines. Row backgrounds say what the plan
/// does: green where only the reference has a line (it will be added), red
/// where only the target has one (it will go), amber for a changed line,
/// whose differing words carry a stronger box. Both editors scroll together.
class DdlDiffView : public QWidget
{
    Q_OBJECT

public:
    explicit DdlDiffView(QWidget *parent = nullptr);
    ~DdlDiffView() override;

    /// Shows two texts. The titles are shown as given above each side
    /// ("Reference: staging", "Target: uat"), `info` on one line under
    /// them (hidden when empty); `dialect` tunes the SQL highlighting.
    void showObject(const QString &referenceTitle, const QString &referenceDdl,
                    const QString &targetTitle, const QString &targetDdl, Dialect dialect,
                    const QString &info);
    /// Shows `message` centred instead of the editors; an empty message
    /// shows "Select an object to see its DDL".
    void clear(const QString &message = QString());

    /// Whether the editors are shown (false after clear()).
    bool isShowingObject() const;
    /// The rows shown (0 after clear()); each editor has that many lines.
    int rowCount() const;
    QString referenceText() const;
    QString targetText() const;
    QString referenceTitle() const;
    QString targetTitle() const;
    QString info() const;
    QString message() const;

    /// Lines marked in the editors, read back from their markers: changed
    /// on both sides, added (only the reference has it), removed (only the
    /// target has it).
    int changedRowCount() const;
    int addedRowCount() const;
    int removedRowCount() const;
    /// Word spans marked with the indicator, over both editors.
    int markedSpanCount() const;
    /// The background of a row of `kind` (on the side that has the line)
    /// and of its differing words, for the current palette.
    QColor rowColour(SideBySideRow::Kind kind) const;
    QColor wordColour() const;

    QsciScintilla *referenceEditor() const;
    QsciScintilla *targetEditor() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    /// What one side's editor was given: marker and indicator numbers are
    /// allocated per editor.
    struct Side
    {
        QLabel *header = nullptr;
        QsciScintilla *editor = nullptr; ///< owned by the widget tree
        QsciLexerSQL *lexer = nullptr;   ///< owned by the editor
        int addedMarker = -1;
        int removedMarker = -1;
        int changedMarker = -1;
        int placeholderMarker = -1;
        int wordIndicator = -1;
        /// Where both sides were last brought to (first line, x offset in
        /// pixels), to tell a scroll of the user's from an echo of following.
        int shownLine = 0;
        long shownX = 0;
    };

    void setUpSide(Side &side);
    void applyColours();
    void applyColours(Side &side, bool dark);
    void fill(Side &side, bool left);
    void markWords(Side &side, int line, const QString &text, const QList<TextSpan> &spans);
    void syncScrollWidths();
    void scrollToTop();
    void followVertical(Side &from, Side &to);
    void followHorizontal(Side &from, Side &to);
    int markedLines(const Side &side, int marker) const;
    int indicatorRuns(const Side &side) const;

    // Every widget here is a child of this one.
    QStackedWidget *m_stack = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_info = nullptr;
    Side m_reference;
    Side m_target;
    QList<SideBySideRow> m_rows;
};

} // namespace parity

#pragma once

#include <QWidget>

class QAction;
class QKeySequence;

namespace parity {

class FindReplaceBar;
class SqlEditor;

/// A SqlEditor with its find/replace bar below it and the keys that go with
/// them: Ctrl+F find, Ctrl+H replace, F3 / Shift+F3 next / previous, Ctrl+G
/// go to line. The shortcuts work while the focus is anywhere in the pane,
/// so several panes can live in tabs side by side.
class SqlEditorPane : public QWidget
{
    Q_OBJECT

public:
    explicit SqlEditorPane(QWidget *parent = nullptr);

    SqlEditor *editor() const { return m_editor; }
    FindReplaceBar *findBar() const { return m_findBar; }

    QAction *findAction() const { return m_findAction; }
    QAction *replaceAction() const { return m_replaceAction; }
    QAction *findNextAction() const { return m_findNextAction; }
    QAction *findPreviousAction() const { return m_findPreviousAction; }
    QAction *goToLineAction() const { return m_goToLineAction; }

    /// Asks for a line number and goes there.
    void askGoToLine();

private:
    QAction *addShortcut(const QString &text, const QKeySequence &keys);

    SqlEditor *m_editor = nullptr;           // owned by this
    FindReplaceBar *m_findBar = nullptr;     // owned by this
    QAction *m_findAction = nullptr;         // owned by this
    QAction *m_replaceAction = nullptr;      // owned by this
    QAction *m_findNextAction = nullptr;     // owned by this
    QAction *m_findPreviousAction = nullptr; // owned by this
    QAction *m_goToLineAction = nullptr;     // owned by this
};

} // namespace parity

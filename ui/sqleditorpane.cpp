#include "sqleditorpane.h"

#include "findreplacebar.h"
#include "sqleditor.h"

#include <QAction>
#include <QInputDialog>
#include <QVBoxLayout>

namespace parity {

SqlEditorPane::SqlEditorPane(QWidget *parent)
    : QWidget(parent)
{
    m_editor = new SqlEditor(this);
    m_findBar = new FindReplaceBar(m_editor, this);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_editor, 1);
    layout->addWidget(m_findBar);

    m_findAction = addShortcut(tr("&Find…"), QKeySequence(Qt::CTRL | Qt::Key_F));
    m_replaceAction = addShortcut(tr("&Replace…"), QKeySequence(Qt::CTRL | Qt::Key_H));
    m_findNextAction = addShortcut(tr("Find &Next"), QKeySequence(Qt::Key_F3));
    m_findPreviousAction = addShortcut(tr("Find &Previous"), QKeySequence(Qt::SHIFT | Qt::Key_F3));
    m_goToLineAction = addShortcut(tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_G));

    connect(m_findAction, &QAction::triggered, m_findBar, &FindReplaceBar::showFind);
    connect(m_replaceAction, &QAction::triggered, m_findBar, &FindReplaceBar::showReplace);
    // F3 with the bar closed opens it: there is nothing to repeat yet.
    connect(m_findNextAction, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden())
            m_findBar->showFind();
        else
            m_findBar->findNext();
    });
    connect(m_findPreviousAction, &QAction::triggered, this, [this] {
        if (m_findBar->isHidden())
            m_findBar->showFind();
        else
            m_findBar->findPrevious();
    });
    connect(m_goToLineAction, &QAction::triggered, this, &SqlEditorPane::askGoToLine);
    setFocusProxy(m_editor);
}

QAction *SqlEditorPane::addShortcut(const QString &text, const QKeySequence &keys)
{
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    // Only while the focus is in this pane: other panes in other tabs have their own.
    action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(action);
    return action;
}

void SqlEditorPane::askGoToLine()
{
    int line = 0;
    int index = 0;
    m_editor->getCursorPosition(&line, &index);
    const int lines = std::max(m_editor->lines(), 1);
    bool ok = false;
    const int target = QInputDialog::getInt(this, tr("Go to Line"), tr("Line (1–%1):").arg(lines),
                                            line + 1, 1, lines, 1, &ok);
    if (ok) {
        m_editor->goToLine(target);
        m_editor->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace parity

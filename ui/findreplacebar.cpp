#include "findreplacebar.h"

#include "sqleditor.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace parity {

FindReplaceBar::FindReplaceBar(SqlEditor *editor, QWidget *parent)
    : QWidget(parent)
    , m_editor(editor)
{
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_find->installEventFilter(this);
    m_previous = new QPushButton(tr("Previous"), this);
    m_previous->setToolTip(tr("Find the previous match (Shift+F3, Shift+Enter)"));
    m_next = new QPushButton(tr("Next"), this);
    m_next->setToolTip(tr("Find the next match (F3, Enter)"));
    m_matchCase = new QCheckBox(tr("Match case"), this);
    m_wholeWord = new QCheckBox(tr("Whole word"), this);
    m_regex = new QCheckBox(tr("Regular expression"), this);
    m_status = new QLabel(this);
    m_status->setMinimumWidth(fontMetrics().horizontalAdvance(tr("Not found")) * 3 / 2);
    auto *close = new QToolButton(this);
    close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    close->setAutoRaise(true);
    close->setToolTip(tr("Close (Esc)"));

    auto *findRow = new QHBoxLayout;
    findRow->setContentsMargins(0, 0, 0, 0);
    findRow->addWidget(m_find, 1);
    findRow->addWidget(m_previous);
    findRow->addWidget(m_next);
    findRow->addWidget(m_matchCase);
    findRow->addWidget(m_wholeWord);
    findRow->addWidget(m_regex);
    findRow->addWidget(m_status);
    findRow->addWidget(close);

    m_replaceRow = new QWidget(this);
    m_replace = new QLineEdit(m_replaceRow);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replace->installEventFilter(this);
    m_replaceOne = new QPushButton(tr("Replace"), m_replaceRow);
    m_replaceAll = new QPushButton(tr("Replace all"), m_replaceRow);
    auto *replaceRow = new QHBoxLayout(m_replaceRow);
    replaceRow->setContentsMargins(0, 0, 0, 0);
    replaceRow->addWidget(m_replace, 1);
    replaceRow->addWidget(m_replaceOne);
    replaceRow->addWidget(m_replaceAll);
    replaceRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->setSpacing(2);
    layout->addLayout(findRow);
    layout->addWidget(m_replaceRow);

    connect(m_find, &QLineEdit::textChanged, this, &FindReplaceBar::searchFromSelectionStart);
    for (QCheckBox *box : {m_matchCase, m_wholeWord, m_regex})
        connect(box, &QCheckBox::toggled, this, &FindReplaceBar::searchFromSelectionStart);
    connect(m_next, &QPushButton::clicked, this, &FindReplaceBar::findNext);
    connect(m_previous, &QPushButton::clicked, this, &FindReplaceBar::findPrevious);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindReplaceBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindReplaceBar::replaceAll);
    connect(close, &QToolButton::clicked, this, &FindReplaceBar::closeBar);

    setReplaceMode(false);
    updateEnabled();
    hide();
}

void FindReplaceBar::showFind()
{
    setReplaceMode(false);
    show();
    seedFromSelection();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

void FindReplaceBar::showReplace()
{
    setReplaceMode(true);
    show();
    seedFromSelection();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
}

bool FindReplaceBar::isReplaceMode() const
{
    return !m_replaceRow->isHidden();
}

void FindReplaceBar::setReplaceMode(bool on)
{
    m_replaceRow->setVisible(on);
    updateEnabled();
}

void FindReplaceBar::seedFromSelection()
{
    const QString selected = m_editor->selectedText();
    if (!selected.isEmpty() && !selected.contains(QLatin1Char('\n')))
        m_find->setText(selected);
}

bool FindReplaceBar::findNext()
{
    int line = 0;
    int index = 0;
    int lineTo = 0;
    int indexTo = 0;
    if (m_editor->hasSelectedText())
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    else
        m_editor->getCursorPosition(&lineTo, &indexTo);
    return find(true, lineTo, indexTo);
}

bool FindReplaceBar::findPrevious()
{
    // From the start of the current match: QScintilla would begin at the
    // caret, which sits at its end, and find the same match again.
    int line = 0;
    int index = 0;
    int lineTo = 0;
    int indexTo = 0;
    if (m_editor->hasSelectedText())
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    else
        m_editor->getCursorPosition(&line, &index);
    return find(false, line, index);
}

void FindReplaceBar::searchFromSelectionStart()
{
    // Search as you type: the current match grows in place rather than jumping on.
    int line = 0;
    int index = 0;
    int lineTo = 0;
    int indexTo = 0;
    if (m_editor->hasSelectedText())
        m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    else
        m_editor->getCursorPosition(&line, &index);
    find(true, line, index);
    updateEnabled();
}

bool FindReplaceBar::find(bool forward, int line, int index)
{
    const QString expr = m_find->text();
    if (expr.isEmpty()) {
        m_status->clear();
        return false;
    }
    const bool regex = m_regex->isChecked();
    if (regex && !pattern().isValid()) {
        m_status->setText(tr("Invalid regular expression"));
        return false;
    }
    const bool found =
        m_editor->findFirst(expr, regex, m_matchCase->isChecked(), m_wholeWord->isChecked(),
                            /*wrap*/ true, forward, line, index, /*show*/ true,
                            /*posix*/ false, /*cxx11*/ regex);
    updateStatus(found);
    return found;
}

void FindReplaceBar::replaceCurrent()
{
    if (m_editor->isReadOnly() || m_find->text().isEmpty())
        return;
    // Replace only what the user can see is a match; otherwise just go to the next one.
    const QString selected = m_editor->selectedText();
    const QRegularExpressionMatch match =
        pattern().match(selected, 0, QRegularExpression::NormalMatch,
                        QRegularExpression::AnchorAtOffsetMatchOption);
    if (selected.isEmpty() || !match.hasMatch() || match.capturedLength() != selected.size()) {
        findNext();
        return;
    }
    int line = 0;
    int index = 0;
    int lineTo = 0;
    int indexTo = 0;
    m_editor->getSelection(&line, &index, &lineTo, &indexTo);
    // Searching again from the match's start re-arms QScintilla's replace()
    // (and its \1 groups) for exactly this match.
    if (!find(true, line, index))
        return;
    m_editor->replace(m_replace->text());
    findNext();
}

int FindReplaceBar::replaceAll()
{
    const QString expr = m_find->text();
    if (m_editor->isReadOnly() || expr.isEmpty())
        return 0;
    const bool regex = m_regex->isChecked();
    if (regex && !pattern().isValid()) {
        m_status->setText(tr("Invalid regular expression"));
        return 0;
    }
    const QString replacement = m_replace->text();
    int count = 0;
    int line = 0;
    int index = 0;
    // A bound, so that no pattern can loop for ever.
    const int limit = m_editor->length() + 1;
    m_editor->beginUndoAction();
    while (count < limit
           && m_editor->findFirst(expr, regex, m_matchCase->isChecked(), m_wholeWord->isChecked(),
                                  /*wrap*/ false,
                                  /*forward*/ true, line, index, /*show*/ false, /*posix*/ false,
                                  /*cxx11*/ regex)) {
        if (!m_editor->hasSelectedText())
            break; // an empty match ("x*"): nothing to replace, and no progress
        m_editor->replace(replacement);
        ++count;
        // Go on after the replacement, never inside it ("a" -> "aa").
        int fromLine = 0;
        int fromIndex = 0;
        m_editor->getSelection(&fromLine, &fromIndex, &line, &index);
    }
    m_editor->endUndoAction();
    m_status->setText(count == 0 ? tr("Not found") : tr("%n replaced", nullptr, count));
    return count;
}

QString FindReplaceBar::statusText() const
{
    return m_status->text();
}

QRegularExpression FindReplaceBar::pattern() const
{
    QString source =
        m_regex->isChecked() ? m_find->text() : QRegularExpression::escape(m_find->text());
    if (m_wholeWord->isChecked())
        source = QStringLiteral("(?<!\\w)(?:") + source + QStringLiteral(")(?!\\w)");
    QRegularExpression::PatternOptions options = QRegularExpression::MultilineOption;
    if (!m_matchCase->isChecked())
        options |= QRegularExpression::CaseInsensitiveOption;
    return QRegularExpression(source, options);
}

void FindReplaceBar::updateStatus(bool found)
{
    if (!found) {
        m_status->setText(tr("Not found"));
        return;
    }
    // Count with QRegularExpression: QScintilla finds one match at a time.
    const QRegularExpression re = pattern();
    const QString text = m_editor->text();
    const long selectionStart = m_editor->SendScintilla(QsciScintillaBase::SCI_GETSELECTIONSTART);
    const qsizetype offset = m_editor->text(0, int(selectionStart)).size();
    int total = 0;
    int current = 0;
    auto it = re.globalMatch(text);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedLength() == 0)
            continue;
        ++total;
        if (match.capturedStart() == offset)
            current = total;
    }
    m_status->setText(current > 0 ? tr("%1 of %2").arg(current).arg(total)
                                  : tr("%n match(es)", nullptr, total));
}

void FindReplaceBar::updateEnabled()
{
    const bool canSearch = !m_find->text().isEmpty();
    const bool canReplace = canSearch && !m_editor->isReadOnly();
    m_next->setEnabled(canSearch);
    m_previous->setEnabled(canSearch);
    m_replace->setEnabled(!m_editor->isReadOnly());
    m_replaceOne->setEnabled(canReplace);
    m_replaceAll->setEnabled(canReplace);
}

void FindReplaceBar::closeBar()
{
    hide();
    m_editor->setFocus(Qt::OtherFocusReason);
    Q_EMIT closed();
}

bool FindReplaceBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress && (watched == m_find || watched == m_replace)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            closeBar();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceCurrent();
            else if (key->modifiers() & Qt::ShiftModifier)
                findPrevious();
            else
                findNext();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void FindReplaceBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        closeBar();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace parity

#pragma once

#include <QWidget>

class QCheckBox;
class QKeyEvent;
class QLabel;
class QLineEdit;
class QPushButton;
class QRegularExpression;

namespace parity {

class SqlEditor;

/// A slim find (and replace) bar under a SqlEditor: search as you type,
/// next/previous with wrap-around, replace one or all, match case, whole
/// word, regular expression, and "n of m" or "Not found". Esc closes it and
/// gives the focus back to the editor.
class FindReplaceBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindReplaceBar(SqlEditor *editor, QWidget *parent = nullptr);

    /// Shows the bar without (or with) the replace row, seeded with the
    /// editor's single-line selection, and focuses the find field.
    void showFind();
    void showReplace();
    bool isReplaceMode() const;

    /// Selects the next (previous) match, wrapping around; false when none.
    bool findNext();
    bool findPrevious();
    /// Replaces the selected match and moves to the next one.
    void replaceCurrent();
    /// Replaces every match in one undo step; returns how many.
    int replaceAll();

    QLineEdit *findField() const { return m_find; }
    QLineEdit *replaceField() const { return m_replace; }
    QCheckBox *matchCaseBox() const { return m_matchCase; }
    QCheckBox *wholeWordBox() const { return m_wholeWord; }
    QCheckBox *regexBox() const { return m_regex; }
    /// What the status label says ("2 of 5", "Not found").
    QString statusText() const;

Q_SIGNALS:
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void setReplaceMode(bool on);
    void seedFromSelection();
    void searchFromSelectionStart();
    bool find(bool forward, int line, int index);
    void closeBar();
    void updateStatus(bool found);
    void updateEnabled();
    /// The search as a QRegularExpression, for counting matches.
    QRegularExpression pattern() const;

    SqlEditor *m_editor = nullptr;       // not owned: the pane owns both
    QLineEdit *m_find = nullptr;         // owned by this
    QLineEdit *m_replace = nullptr;      // owned by this
    QWidget *m_replaceRow = nullptr;     // owned by this
    QCheckBox *m_matchCase = nullptr;    // owned by this
    QCheckBox *m_wholeWord = nullptr;    // owned by this
    QCheckBox *m_regex = nullptr;        // owned by this
    QPushButton *m_next = nullptr;       // owned by this
    QPushButton *m_previous = nullptr;   // owned by this
    QPushButton *m_replaceOne = nullptr; // owned by this
    QPushButton *m_replaceAll = nullptr; // owned by this
    QLabel *m_status = nullptr;          // owned by this
};

} // namespace parity

#pragma once

#include "historycontroller.h"

#include <QDockWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace parity {

class HistoryMatrixModel;
class HistoryStateProxyModel;

/// The migration history of the compared databases: one row per framework
/// migration, one column per environment, the state of each in colour,
/// with a summary line per environment ("uat: 11 pending") and the notes on
/// what could not be read. The folder line chooses the migrations folder
/// the history is checked against (else the comparison's own: a profile's,
/// the demo's); Reload reads everything again. The dock only shows: the
/// reading is HistoryController's.
class MigrationHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    /// Picks a folder (a QFileDialog by default; tests replace it).
    using FolderChooser = std::function<QString(QWidget *parent, const QString &start)>;

    explicit MigrationHistoryDock(QWidget *parent = nullptr);

    /// A read is under way (or not).
    void setReading(bool reading);
    /// Empties the table and says why.
    void clear(const QString &message);
    void showOutcome(const HistoryController::Outcome &outcome);

    void setFolderChooser(FolderChooser chooser) { m_chooser = std::move(chooser); }
    /// The folder the user chose here, or empty when the comparison's own applies.
    QString chosenFolder() const;

    HistoryMatrixModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *folderEdit() const { return m_folder; }
    QCheckBox *differencesOnly() const { return m_differencesOnly; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *notesLabel() const { return m_notes; }
    QPushButton *reloadButton() const { return m_reload; }
    /// The rows shown (the filter applies), tab-separated with a heading
    /// line: what Copy puts on the clipboard.
    QString shownText() const;

Q_SIGNALS:
    /// Read again, checked against `folder` (empty: the comparison's own).
    void reloadRequested(const QString &folder);

protected:
    void changeEvent(QEvent *event) override;

private:
    void browse();
    void requestReload();
    void copyShown();
    void applyPalette();

    HistoryMatrixModel *m_model = nullptr;       // owned by this
    QSortFilterProxyModel *m_filter = nullptr;   // owned by this
    HistoryStateProxyModel *m_colours = nullptr; // owned by this
    QTableView *m_view = nullptr;                // owned by this
    QLineEdit *m_folder = nullptr;               // owned by this
    QPushButton *m_browse = nullptr;             // owned by this
    QPushButton *m_reload = nullptr;             // owned by this
    QCheckBox *m_differencesOnly = nullptr;      // owned by this
    QLabel *m_status = nullptr;                  // owned by this
    QLabel *m_summary = nullptr;                 // owned by this
    QLabel *m_notes = nullptr;                   // owned by this
    FolderChooser m_chooser;
    bool m_folderChosen = false; ///< the user typed or browsed a folder here
};

} // namespace parity

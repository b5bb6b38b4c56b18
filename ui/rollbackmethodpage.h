#pragma once

#include "migration/execution/rollbackrun.h"

#include <QFutureWatcher>
#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QTableView;

namespace parity {

class RollbackWizard;
class RunListModel;

/// The rollback wizard's first page: which apply run of the target to undo
/// (the run history, read on a worker, newest first; the run given to the
/// wizard is selected) and which way: its statements undone by a script,
/// or its backup restored, over the target or into a new database (a new
/// file for SQLite) to inspect first. Restoring needs a run with a backup.
class RollbackMethodPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RollbackMethodPage(RollbackWizard *wizard);

    /// The chosen run's id, or empty.
    QString runId() const;
    RollbackMethod method() const;
    /// Where the backup goes instead of the target; empty: over the target.
    QString intoDatabase() const;
    RunListModel *model() const { return m_model; }
    /// The run history has been read.
    bool isLoaded() const { return m_loaded; }

    bool isComplete() const override;

private:
    void loaded();
    void runChanged();
    void browseFile();

    RollbackWizard *m_wizard;             // owns this page
    RunListModel *m_model = nullptr;      // owned by this
    QTableView *m_runs = nullptr;         // owned by this
    QLabel *m_runsNote = nullptr;         // owned by this
    QRadioButton *m_script = nullptr;     // owned by this
    QRadioButton *m_backup = nullptr;     // owned by this
    QLabel *m_backupNote = nullptr;       // owned by this
    QCheckBox *m_into = nullptr;          // owned by this
    QLineEdit *m_intoName = nullptr;      // owned by this
    QPushButton *m_intoBrowse = nullptr;  // owned by this
    QFutureWatcher<QList<RunRecord>> m_watcher;
    bool m_loaded = false;
};

} // namespace parity

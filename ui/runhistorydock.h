#pragma once

#include "migration/execution/runrecord.h"

#include <QDockWidget>
#include <QFutureWatcher>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;

namespace parity {

class RunListModel;

/// The run history: every apply and rollback in the local audit log
/// (RunStore), newest first, read on a worker. Enter or a double-click on a
/// run shows its record (statements with their times, the verification);
/// "Roll Back…" asks to undo the selected apply run.
class RunHistoryDock : public QDockWidget
{
    Q_OBJECT

public:
    explicit RunHistoryDock(QWidget *parent = nullptr);

    /// Reads the audit log again (on a worker); the list updates when done.
    void refresh();
    RunListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QPlainTextEdit *details() const { return m_details; }
    /// Shows the record of the run at `row` in the details view.
    void showDetails(int row);
    /// The record in words, as the details view shows it.
    static QString detailsText(const RunRecord &run);
    /// Shows what a check of run `runId` found, under its record; offers to
    /// end the sessions it left when `sessionsLeft` > 0.
    void showCheckReport(const QString &runId, const QString &report, int sessionsLeft);

Q_SIGNALS:
    /// Undo the apply run `runId`; `target` is what to connect to: "@name"
    /// when the run came from a profile, else the run's target (a spec
    /// without its password).
    void rollbackRequested(const QString &runId, const QString &target);
    /// Measure what apply run `runId` left on `target` (as rollbackRequested
    /// names it); with `endSessions`, also end the server sessions it left.
    void checkRequested(const QString &runId, const QString &target, bool endSessions);
    /// A refresh finished and the list shows it.
    void refreshed();

private:
    void loaded();
    void currentChanged();

    RunListModel *m_model = nullptr;        // owned by this
    QTableView *m_view = nullptr;           // owned by this
    QPlainTextEdit *m_details = nullptr;    // owned by this
    QLabel *m_status = nullptr;             // owned by this
    QPushButton *m_refresh = nullptr;       // owned by this
    QPushButton *m_rollback = nullptr;      // owned by this
    QPushButton *m_check = nullptr;         // owned by this
    QPushButton *m_endSessions = nullptr;   // owned by this
    QString m_checkedRun;                   ///< the run whose check is shown
    QFutureWatcher<QList<RunRecord>> m_watcher;
    bool m_refreshAgain = false;
};

} // namespace parity

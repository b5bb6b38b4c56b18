#include "runhistorydock.h"

#include "common/workerpool.h"
#include "item/runlistmodel.h"
#include "migration/execution/runstore.h"
#include "runoutcomeproxymodel.h"
#include "runpresentation.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

RunHistoryDock::RunHistoryDock(QWidget *parent)
    : QDockWidget(tr("Run History"), parent)
    , m_model(new RunListModel(this))
{
    setObjectName(QStringLiteral("runHistoryDock"));
    auto *content = new QWidget(this);

    m_refresh = new QPushButton(tr("Re&fresh"), content);
    m_refresh->setObjectName(QStringLiteral("refreshRunsButton"));
    m_refresh->setToolTip(tr("Read the run history again"));
    m_rollback = new QPushButton(tr("Roll &Back…"), content);
    m_rollback->setObjectName(QStringLiteral("historyRollbackButton"));
    m_rollback->setToolTip(tr("Undo the selected apply run, with its script or its backup"));
    m_rollback->setEnabled(false);
    m_check = new QPushButton(tr("&Check Target"), content);
    m_check->setObjectName(QStringLiteral("historyCheckButton"));
    m_check->setToolTip(tr("Read the run's database again and say what differs from before the run (schema and "
                           "row checksums), and which server sessions it left"));
    m_check->setEnabled(false);
    m_endSessions = new QPushButton(tr("&End Sessions"), content);
    m_endSessions->setObjectName(QStringLiteral("historyEndSessionsButton"));
    m_endSessions->setToolTip(tr("End the server sessions the interrupted run left: their statements stop and their "
                                 "transactions roll back"));
    m_endSessions->setEnabled(false);
    m_status = new QLabel(content);
    m_status->setObjectName(QStringLiteral("historyStatus"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_refresh);
    buttons->addWidget(m_rollback);
    buttons->addWidget(m_check);
    buttons->addWidget(m_endSessions);
    buttons->addWidget(m_status, 1);

    m_view = new QTableView(content);
    m_view->setObjectName(QStringLiteral("runHistoryView"));
    auto *colours = new RunOutcomeProxyModel(this);
    colours->setSourceModel(m_model);
    m_view->setModel(colours);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Runs"));
    m_view->setToolTip(tr("Enter or double-click: show the run's record"));

    m_details = new QPlainTextEdit(content);
    m_details->setObjectName(QStringLiteral("runDetails"));
    m_details->setReadOnly(true);
    m_details->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_details->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_details->setPlaceholderText(tr("Press Enter on a run (or double-click it) to see its record."));
    m_details->setTabChangesFocus(true);
    m_details->setAccessibleName(tr("Run record"));

    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->addWidget(m_view);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(buttons);
    layout->addWidget(splitter, 1);
    setWidget(content);

    connect(m_refresh, &QPushButton::clicked, this, &RunHistoryDock::refresh);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) { showDetails(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RunHistoryDock::currentChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RunHistoryDock::currentChanged);
    connect(m_rollback, &QPushButton::clicked, this, [this] {
        const RunRecord *run = m_model->runAt(m_model->index(m_view->currentIndex().row(), 0));
        if (!run)
            return;
        Q_EMIT rollbackRequested(run->id, run->profile.isEmpty() ? run->target : QLatin1Char('@') + run->profile);
    });
    auto requestCheck = [this](bool endSessions) {
        const RunRecord *run = m_model->runAt(m_model->index(m_view->currentIndex().row(), 0));
        if (!run)
            return;
        m_check->setEnabled(false);
        m_endSessions->setEnabled(false);
        m_status->setText(tr("Checking %1…").arg(run->targetName));
        Q_EMIT checkRequested(run->id, run->profile.isEmpty() ? run->target : QLatin1Char('@') + run->profile, endSessions);
    };
    connect(m_check, &QPushButton::clicked, this, [requestCheck] { requestCheck(false); });
    connect(m_endSessions, &QPushButton::clicked, this, [requestCheck] { requestCheck(true); });
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RunHistoryDock::loaded);
}

void RunHistoryDock::showCheckReport(const QString &runId, const QString &report, int sessionsLeft)
{
    m_checkedRun = runId;
    m_status->clear();
    const RunRecord *run = m_model->runAt(m_model->index(m_view->currentIndex().row(), 0));
    // The finding first, where the eye is; the record below it.
    if (run && run->id == runId)
        m_details->setPlainText(tr("Checked just now:") + QLatin1Char('\n') + report + QStringLiteral("\n\n") + detailsText(*run));
    else
        m_details->setPlainText(tr("Run %1, checked just now:").arg(runId) + QLatin1Char('\n') + report);
    currentChanged();
    m_endSessions->setEnabled(sessionsLeft > 0 && run && run->id == runId);
    refresh(); // the check may have written what it measured into the record
}

void RunHistoryDock::refresh()
{
    if (m_watcher.isRunning()) {
        // A run may have been written after this read started.
        m_refreshAgain = true;
        return;
    }
    m_status->setText(tr("Reading…"));
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [] { return RunStore().list(); }));
}

void RunHistoryDock::loaded()
{
    const QString current = m_view->currentIndex().data(RunListModel::RunIdRole).toString();
    m_model->setRuns(m_watcher.result());
    m_status->setText(tr("%n run(s)", nullptr, m_model->rowCount()));
    m_view->resizeColumnsToContents();
    if (const QModelIndex again = m_model->indexOfRun(current); again.isValid())
        m_view->selectRow(again.row());
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
        return;
    }
    Q_EMIT refreshed();
}

void RunHistoryDock::currentChanged()
{
    const RunRecord *run = m_model->runAt(m_model->index(m_view->currentIndex().row(), 0));
    const bool undoable = run && run->kind == QLatin1String("apply") && run->outcome != RunOutcome::Refused
                          && run->outcome != RunOutcome::Running
                          && (!run->committedStatements().isEmpty() || !run->backupPath.isEmpty()
                              || !run->stateDifferences.isEmpty() || run->outcome == RunOutcome::Interrupted);
    m_rollback->setEnabled(undoable);
    const bool checkable = run && run->kind == QLatin1String("apply") && run->outcome != RunOutcome::Refused
                           && run->outcome != RunOutcome::Succeeded;
    m_check->setEnabled(checkable);
    if (!run || run->id != m_checkedRun)
        m_endSessions->setEnabled(false);
}

void RunHistoryDock::showDetails(int row)
{
    const RunRecord *run = m_model->runAt(m_model->index(row, 0));
    m_details->setPlainText(run ? detailsText(*run) : QString());
}

QString RunHistoryDock::detailsText(const RunRecord &run)
{
    QStringList lines;
    auto when = [](const QDateTime &at) -> QString {
        return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : tr("—");
    };
    lines << tr("Run %1 (%2)").arg(run.id, run.kind == QLatin1String("rollback")
                                               ? tr("rollback of %1 by its %2").arg(run.rollsBack, run.method)
                                               : tr("apply"));
    lines << tr("Outcome:   %1").arg(runOutcomeTitle(run.outcome));
    if (!run.message.isEmpty())
        lines << QStringLiteral("           ") + run.message;
    lines << tr("Target:    %1%2").arg(run.target, run.profile.isEmpty() ? QString() : tr(" (profile %1)").arg(run.profile));
    if (!run.environment.isEmpty())
        lines << tr("Environment: %1").arg(run.environment);
    lines << tr("Started:   %1 by %2 on %3").arg(when(run.startedAt), run.user, run.host);
    lines << tr("Finished:  %1").arg(when(run.finishedAt));
    if (!run.planHash.isEmpty())
        lines << tr("Script:    %1").arg(run.planHash);
    if (run.backupPath.isEmpty())
        lines << tr("Backup:    none");
    else
        lines << tr("Backup:    %1 (%2)").arg(run.backupPath, run.backupVerified ? tr("verified") : tr("not verified"));
    if (!run.hazards.isEmpty()) {
        lines << QString() << tr("Hazards:");
        for (const QString &h : run.hazards)
            lines << QStringLiteral("  ") + h;
    }
    lines << QString() << tr("Statements (%1 of %2 sent):").arg(run.statements.size()).arg(run.statementsTotal);
    for (const StatementRecord &s : run.statements) {
        lines << QStringLiteral("  %1 %2 %3  %4")
                     .arg(s.succeeded ? QStringLiteral("✓") : QStringLiteral("✗"))
                     .arg(s.index + 1, 3)
                     .arg(tr("%1 ms").arg(s.elapsedMs), 9)
                     .arg(s.sql.simplified());
        if (!s.error.isEmpty())
            lines << QStringLiteral("        ") + s.error;
    }
    lines << QString();
    if (run.stateMeasured && run.stateDifferences.isEmpty()) {
        lines << tr("Measured afterwards: nothing stays applied (same schema, same rows as before the run).");
    } else if (run.stateMeasured) {
        lines << tr("Measured afterwards, differing from before the run:");
        for (const QString &d : run.stateDifferences + run.cleanup)
            lines << QStringLiteral("  ") + d;
    } else if (!run.stateError.isEmpty()) {
        lines << tr("What stays applied could not be measured: %1").arg(run.stateError);
    } else if (run.outcome == RunOutcome::Interrupted) {
        lines << tr("Not measured yet: parity-cli runs %1 --check reads the database and says what stays applied.")
                     .arg(run.id);
    }
    if (run.verified) {
        lines << tr("Verified: the database matched the expected state.");
    } else if (!run.verificationDifferences.isEmpty()) {
        lines << tr("Verification:");
        for (const QString &d : run.verificationDifferences)
            lines << QStringLiteral("  ") + d;
    } else {
        lines << tr("Not verified.");
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace parity

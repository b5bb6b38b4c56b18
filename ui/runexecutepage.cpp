#include "runexecutepage.h"

#include "phaseprogress.h"

#include <QFontDatabase>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace parity {

namespace {

enum LogColumn { StatusColumn, TimeColumn, StatementColumn };

const QString kRunning = QStringLiteral("…");
const QString kSucceeded = QStringLiteral("✓");
const QString kFailed = QStringLiteral("✗");

} // namespace

RunExecutePage::RunExecutePage(QWidget *parent)
    : QWizardPage(parent)
    , m_runner(new PhaseRunner(this))
{
    m_phase = new QLabel(this);
    m_phase->setObjectName(QStringLiteral("executePhaseLabel"));
    m_phase->setWordWrap(true);
    m_progress = new PhaseProgress(m_runner, this);
    m_statement = new QLabel(this);
    m_statement->setObjectName(QStringLiteral("currentStatementLabel"));
    m_statement->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_statement->setWordWrap(true);
    m_statement->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_log = new QTreeWidget(this);
    m_log->setObjectName(QStringLiteral("statementLog"));
    m_log->setRootIsDecorated(false);
    m_log->setUniformRowHeights(true);
    m_log->setHeaderLabels({tr("Result"), tr("Time"), tr("Statement")});
    m_log->header()->setSectionResizeMode(StatusColumn, QHeaderView::ResizeToContents);
    m_log->header()->setSectionResizeMode(TimeColumn, QHeaderView::ResizeToContents);
    m_log->header()->setStretchLastSection(true);
    m_log->setAccessibleName(tr("Statements sent"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_phase);
    layout->addWidget(m_progress);
    layout->addWidget(m_statement);
    layout->addWidget(m_log, 1);

    connect(m_runner, &PhaseRunner::phaseEntered, this, [this](int phase, const QString &label) {
        if (m_currentPhase == StatementsPhase && phase != StatementsPhase)
            markDone(int(m_steps.size()));
        m_currentPhase = phase;
        m_phase->setText(label);
        if (phase != StatementsPhase)
            m_statement->clear();
    });
    connect(m_runner, &PhaseRunner::progressed, this, &RunExecutePage::onProgress);
    connect(m_runner, &PhaseRunner::finished, this, [this] {
        m_statement->clear();
        const Result<void> &result = m_runner->result();
        m_phase->setText(result ? tr("Done. Next shows how the run ended.")
                                : tr("Stopped: %1").arg(result.error().message));
        Q_EMIT workFinished();
        Q_EMIT completeChanged();
    });
}

void RunExecutePage::start(const QList<PlanStep> &steps, PhaseRunner::Work work)
{
    m_steps = steps;
    m_log->clear();
    m_currentPhase = -1;
    m_running = -1;
    m_started = true;
    m_phase->setText(tr("Starting…"));
    m_runner->start(std::move(work));
    Q_EMIT completeChanged();
}

void RunExecutePage::onProgress(int done, int total, const QString &step)
{
    Q_UNUSED(step)
    // Progress of the statements phase counts statements (the phase's first
    // report, a last look at the target, counts one). What it does not say
    // (each statement's time, its outcome) comes exact with showStatements().
    if (m_currentPhase != StatementsPhase || total != m_steps.size() || done < 0)
        return;
    markDone(done);
    if (done < m_steps.size() && done != m_running) {
        m_running = done;
        const PlanStep &s = m_steps.at(done);
        auto *item = new QTreeWidgetItem(m_log, {kRunning, QString(), s.sql.simplified()});
        item->setToolTip(StatementColumn, s.sql);
        m_log->scrollToItem(item);
        m_statement->setText(tr("Statement %1 of %2: %3").arg(done + 1).arg(total).arg(s.sql.simplified().left(300)));
        m_sinceStep.start();
    }
}

void RunExecutePage::markDone(int upTo)
{
    // The statement shown as running finished when a later one started.
    if (m_running < 0 || m_running >= upTo)
        return;
    if (QTreeWidgetItem *item = m_log->topLevelItem(m_log->topLevelItemCount() - 1)) {
        item->setText(StatusColumn, kSucceeded);
        item->setText(TimeColumn, tr("%1 ms").arg(m_sinceStep.elapsed()));
    }
    m_running = -1;
}

void RunExecutePage::showStatements(const QList<StatementRecord> &statements)
{
    m_log->clear();
    m_running = -1;
    for (const StatementRecord &s : statements) {
        auto *item = new QTreeWidgetItem(m_log, {s.succeeded ? kSucceeded : kFailed, tr("%1 ms").arg(s.elapsedMs),
                                                 s.sql.simplified()});
        item->setToolTip(StatementColumn, s.error.isEmpty() ? s.sql : s.error + QStringLiteral("\n\n") + s.sql);
        item->setForeground(StatusColumn, s.succeeded ? QColor(0x2e, 0x7d, 0x32) : QColor(0xc6, 0x28, 0x28));
        item->setData(StatusColumn, Qt::AccessibleTextRole, s.succeeded ? tr("succeeded") : tr("failed"));
        if (!s.succeeded)
            item->setToolTip(StatusColumn, s.error);
    }
    if (statements.isEmpty())
        new QTreeWidgetItem(m_log, {QString(), QString(), tr("No statement was sent.")});
    m_log->resizeColumnToContents(StatusColumn);
}

bool RunExecutePage::isComplete() const
{
    return m_started && !m_runner->isRunning();
}

} // namespace parity

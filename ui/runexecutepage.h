#pragma once

#include "migration/execution/runrecord.h"
#include "migration/migrationplan.h"
#include "phaserunner.h"

#include <QElapsedTimer>
#include <QWizardPage>

class QLabel;
class QTreeWidget;

namespace parity {

class PhaseProgress;

/// The page where a run changes the database: the statements' progress,
/// the statement running now, and a log of each statement with its time and
/// ✓ or ✗. The wizard starts the work (apply → verify → finish, or the
/// rollback's execute → verify → finish) with start() and, once it ends,
/// hands over the statements as recorded, with exact times and errors.
class RunExecutePage : public QWizardPage
{
    Q_OBJECT

public:
    /// The parts of a work, for PhaseRunner::Job::enterPhase(): only during
    /// StatementsPhase does progress count statements.
    enum Phase { StatementsPhase, VerifyPhase, FinishPhase, RestorePhase };

    explicit RunExecutePage(QWidget *parent = nullptr);

    /// Runs `work`; `steps` are the statements it will send, in order.
    void start(const QList<PlanStep> &steps, PhaseRunner::Work work);
    /// The log as the run recorded it (replaces what progress showed).
    void showStatements(const QList<StatementRecord> &statements);
    PhaseRunner *runner() const { return m_runner; }
    bool hasStarted() const { return m_started; }

    bool isComplete() const override;

Q_SIGNALS:
    /// The work ended (see runner()->result()).
    void workFinished();

private:
    void onProgress(int done, int total, const QString &step);
    void markDone(int upTo);

    PhaseRunner *m_runner = nullptr;      // owned by this
    PhaseProgress *m_progress = nullptr;  // owned by this
    QLabel *m_phase = nullptr;            // owned by this
    QLabel *m_statement = nullptr;        // owned by this
    QTreeWidget *m_log = nullptr;         // owned by this
    QList<PlanStep> m_steps;
    int m_currentPhase = -1;
    int m_running = -1;                   ///< the step shown as running, -1 none
    QElapsedTimer m_sinceStep;
    bool m_started = false;
};

} // namespace parity

#pragma once

#include <QWizard>

namespace parity {

/// What the apply and rollback wizards share about their phases (the
/// PhaseRunner children of their pages): whether one runs, and closing
/// safely — asking first while a phase runs, stopping it, and closing once
/// it has stopped, never under a job that still uses the run.
class RunWizard : public QWizard
{
    Q_OBJECT

public:
    using QWizard::QWizard;

    /// True while any page's phase runs on a worker.
    bool isRunning() const;

protected:
    /// Connects to every page's PhaseRunner; call once the pages exist.
    void watchPhases();
    /// Cancels every phase and waits for it (for the destructor).
    void stopPhasesAndWait();
    /// True when nothing runs and the wizard may close now. Otherwise asks
    /// `question` under `title`; on yes, cancels the phases and closes the
    /// wizard as soon as they have stopped. Either way returns false then.
    bool mayCloseNow(const QString &title, const QString &question);

private:
    bool m_closeWhenStopped = false;
};

} // namespace parity

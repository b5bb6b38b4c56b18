#pragma once

#include <QWizardPage>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QWidget;

namespace parity {

class ApplyWizard;
class HazardPanel;
class PhaseProgress;
class PhaseRunner;

/// The apply wizard's first page: where the backup goes (or that there is
/// none), then the preflight on a worker: the target read again, drift
/// refused, the hazards measured on its data, the backup folder checked.
/// Shows the target, its environment, the hazards (high first) and the
/// statement count; a refusal in a red box, and for a plan that loses data
/// the choice to allow it, which runs the preflight again.
class ApplyPreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyPreflightPage(ApplyWizard *wizard);

    /// Starts the preflight with the choices on the page.
    void check();
    PhaseRunner *runner() const { return m_runner; }
    /// The preflight ran with the choices now on the page and passed.
    bool passed() const { return m_passed; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void choicesChanged();
    void preflightDone();
    void browse();
    void updateCommitText();

    ApplyWizard *m_wizard;                  // owns this page
    PhaseRunner *m_runner = nullptr;        // owned by this
    QLineEdit *m_folder = nullptr;          // owned by this
    QPushButton *m_browse = nullptr;        // owned by this
    QCheckBox *m_noBackup = nullptr;        // owned by this
    QLabel *m_noBackupWarning = nullptr;    // owned by this
    QPushButton *m_check = nullptr;         // owned by this
    PhaseProgress *m_progress = nullptr;    // owned by this
    QWidget *m_results = nullptr;           // owned by this
    QLabel *m_target = nullptr;             // owned by m_results
    QLabel *m_environment = nullptr;        // owned by m_results
    QLabel *m_statements = nullptr;         // owned by m_results
    QLabel *m_refusal = nullptr;            // owned by m_results
    QCheckBox *m_allowDataLoss = nullptr;   // owned by m_results
    HazardPanel *m_hazards = nullptr;       // owned by m_results
    QLabel *m_stale = nullptr;              // owned by this
    bool m_passed = false;
};

} // namespace parity

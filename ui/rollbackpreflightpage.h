#pragma once

#include <QWizardPage>

class QLabel;
class QPlainTextEdit;

namespace parity {

class PhaseProgress;
class PhaseRunner;
class RollbackWizard;

/// The rollback wizard's preflight: reads the run and the target on a
/// worker and prepares the way back. Shows first, in a highlighted box,
/// what that way cannot give back, then the script (script method) or the
/// backup that will be restored. Back returns to the choice of method.
class RollbackPreflightPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit RollbackPreflightPage(RollbackWizard *wizard);

    PhaseRunner *runner() const { return m_runner; }
    bool passed() const { return m_passed; }

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

private:
    void preflightDone();

    RollbackWizard *m_wizard;             // owns this page
    PhaseRunner *m_runner = nullptr;      // owned by this
    PhaseProgress *m_progress = nullptr;  // owned by this
    QLabel *m_warnings = nullptr;         // owned by this
    QLabel *m_error = nullptr;            // owned by this
    QLabel *m_details = nullptr;          // owned by this
    QLabel *m_scriptHeading = nullptr;    // owned by this
    QPlainTextEdit *m_script = nullptr;   // owned by this
    bool m_passed = false;
};

} // namespace parity

#pragma once

#include <QWizardPage>

class QLabel;

namespace parity {

class ApplyWizard;
class PhaseProgress;
class PhaseRunner;

/// The apply wizard's backup page: takes the backup on a worker as soon as
/// it is shown, then says where it is, its size and checksum, and that it
/// was read back. Without a backup (chosen on the first page) it says so,
/// in red.
class ApplyBackupPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ApplyBackupPage(ApplyWizard *wizard);

    PhaseRunner *runner() const { return m_runner; }
    /// The backup is taken and checked (or none was asked for).
    bool isDone() const { return m_done; }

    void initializePage() override;
    bool isComplete() const override;

private:
    void backupDone();

    ApplyWizard *m_wizard;               // owns this page
    PhaseRunner *m_runner = nullptr;     // owned by this
    QLabel *m_intro = nullptr;           // owned by this
    PhaseProgress *m_progress = nullptr; // owned by this
    QWidget *m_details = nullptr;        // owned by this
    QLabel *m_path = nullptr;            // owned by m_details
    QLabel *m_size = nullptr;            // owned by m_details
    QLabel *m_checksum = nullptr;        // owned by m_details
    QLabel *m_tool = nullptr;            // owned by m_details
    QLabel *m_verified = nullptr;        // owned by m_details
    QLabel *m_error = nullptr;           // owned by this
    bool m_started = false;
    bool m_done = false;
};

} // namespace parity

#include "applybackuppage.h"

#include "applywizard.h"
#include "phaseprogress.h"
#include "phaserunner.h"
#include "runpresentation.h"

#include <QAbstractButton>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace parity {

ApplyBackupPage::ApplyBackupPage(ApplyWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new PhaseRunner(this))
{
    setTitle(tr("Back up the target"));
    setSubTitle(tr("The backup is taken and read back before anything changes."));

    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_progress = new PhaseProgress(m_runner, this);

    m_details = new QWidget(this);
    m_details->setObjectName(QStringLiteral("backupDetails"));
    auto label = [this](const char *name) {
        auto *l = new QLabel(m_details);
        l->setObjectName(QLatin1String(name));
        l->setTextInteractionFlags(Qt::TextSelectableByMouse);
        l->setWordWrap(true);
        return l;
    };
    m_path = label("backupPathLabel");
    m_size = label("backupSizeLabel");
    m_checksum = label("backupChecksumLabel");
    m_tool = label("backupToolLabel");
    m_verified = label("backupVerifiedLabel");
    auto *form = new QFormLayout(m_details);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("File:"), m_path);
    form->addRow(tr("Size:"), m_size);
    form->addRow(tr("SHA-256:"), m_checksum);
    form->addRow(tr("Taken with:"), m_tool);
    form->addRow(tr("Check:"), m_verified);
    m_details->hide();

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("backupError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorBoxStyle());
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_progress);
    layout->addWidget(m_details);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_runner, &PhaseRunner::finished, this, &ApplyBackupPage::backupDone);
}

void ApplyBackupPage::initializePage()
{
    // Shown once: Back is gone from here on, and a second backup of the
    // same run is never wanted.
    if (m_started)
        return;
    m_started = true;
    ApplyRun *run = m_wizard->run();
    if (run->request().noBackup) {
        m_intro->setText(tr("No backup is taken: you chose to apply without one."));
        m_intro->setStyleSheet(errorBoxStyle());
        m_done = true;
        Q_EMIT completeChanged();
        return;
    }
    m_intro->setText(tr("Backing up %1 into %2 …").arg(run->confirmationName(), run->backupRunFolder()));
    m_runner->start([run](PhaseRunner::Job &job) { return run->backup(job); });
    Q_EMIT completeChanged();
}

void ApplyBackupPage::backupDone()
{
    const ApplyRun *run = m_wizard->run();
    const Result<void> &result = m_runner->result();
    if (!result || !run->backupInfo()) {
        const bool cancelled = m_runner->cancelRequested() || (!result && result.error().code == Error::Code::Cancelled);
        m_intro->setText(cancelled ? tr("The backup was stopped.") : tr("The backup could not be taken."));
        m_error->setText(tr("%1\n\nNothing was changed. Close the wizard and apply again (another backup folder "
                            "may help).")
                             .arg(result ? tr("No backup was written.") : result.error().message));
        m_error->show();
        Q_EMIT completeChanged();
        return;
    }
    const BackupInfo &info = *run->backupInfo();
    m_intro->setText(tr("%1 is backed up.").arg(run->confirmationName()));
    m_path->setText(info.path);
    m_size->setText(QLocale().formattedDataSize(info.bytes));
    m_checksum->setText(info.sha256.left(16) + QStringLiteral("…"));
    m_checksum->setToolTip(info.sha256);
    m_tool->setText(info.tool);
    m_verified->setText(info.verified ? tr("verified: read back, %n table(s) found", nullptr, info.tablesFound)
                                      : tr("not verified"));
    m_verified->setStyleSheet(info.verified ? QStringLiteral("color: %1;").arg(runOutcomeColor(RunOutcome::Succeeded).name())
                                            : QStringLiteral("color: %1;").arg(runOutcomeColor(RunOutcome::Failed).name()));
    m_details->show();
    m_done = info.verified;
    if (m_done)
        m_wizard->button(QWizard::NextButton)->setFocus();
    Q_EMIT completeChanged();
}

bool ApplyBackupPage::isComplete() const
{
    return m_done && !m_runner->isRunning();
}

} // namespace parity

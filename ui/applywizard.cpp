#include "applywizard.h"

#include "applybackuppage.h"
#include "applypreflightpage.h"
#include "phaserunner.h"
#include "runconfirmpage.h"
#include "runexecutepage.h"
#include "runpresentation.h"
#include "runresultpage.h"

#include <QAbstractButton>
#include <QLocale>

namespace parity {

ApplyWizard::ApplyWizard(ApplyRequest request, bool isProtected, QWidget *parent)
    : RunWizard(parent)
    , m_request(std::move(request))
    , m_isProtected(isProtected)
{
    setObjectName(QStringLiteral("applyWizard"));
    setWindowTitle(tr("Apply to %1").arg(m_request.target.databaseName()));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(900, 720);

    m_preflight = new ApplyPreflightPage(this);
    m_backup = new ApplyBackupPage(this);
    m_confirm = new RunConfirmPage(this);
    m_confirm->setTitle(tr("Confirm the apply"));
    m_confirm->setSubTitle(tr("Read what will run. Nothing has changed yet."));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Apply"));
    m_apply = new RunExecutePage(this);
    m_apply->setTitle(tr("Applying"));
    m_apply->setSubTitle(tr("Each statement is recorded in the audit log as it runs."));
    m_apply->setCommitPage(true);
    m_apply->setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_result = new RunResultPage(this);
    m_result->setTitle(tr("Result of the apply"));
    setPage(PreflightPageId, m_preflight);
    setPage(BackupPageId, m_backup);
    setPage(ConfirmPageId, m_confirm);
    setPage(ApplyPageId, m_apply);
    setPage(ResultPageId, m_result);

    connect(m_result, &RunResultPage::rollbackRequested, this, [this](const QString &runId) {
        Q_EMIT rollbackRequested(runId);
        accept();
    });
    connect(m_apply, &RunExecutePage::workFinished, this, [this] {
        if (m_run)
            m_apply->showStatements(m_run->record().statements);
        button(QWizard::CommitButton)->setFocus();
    });
    watchPhases();
}

ApplyWizard::~ApplyWizard()
{
    // The phases use the run, which goes before the pages that run them.
    stopPhasesAndWait();
    endUnappliedRun(tr("the wizard closed before the apply: nothing was changed"));
}

bool ApplyWizard::needsTypedConfirmation() const
{
    return m_isProtected || isProductionEnvironment(m_request.environment);
}

ApplyRun *ApplyWizard::newRun(const QString &backupFolder, bool noBackup, bool allowDataLoss)
{
    endUnappliedRun(tr("checked again with other choices: nothing was changed"));
    ApplyRequest request = m_request;
    request.backupFolder = noBackup ? QString() : backupFolder;
    request.noBackup = noBackup;
    request.allowDataLoss = allowDataLoss;
    m_run = std::make_unique<ApplyRun>(std::move(request));
    return m_run.get();
}

void ApplyWizard::endUnappliedRun(const QString &why)
{
    // A run whose preflight passed is "running" in the audit log until it
    // applies; one that never will is ended there, so that no record looks
    // like a process that died.
    if (m_run && !m_changed && m_run->record().outcome == RunOutcome::Running && !isRunning())
        m_run->abandon(RunOutcome::Cancelled, why);
}

void ApplyWizard::reject()
{
    const QString question =
        m_apply->runner()->isRunning()
            ? tr("The apply is running. Stop it and close? Statements not yet committed are rolled back; "
                 "the result is in the run history.")
            : tr("A step is running. Stop it and close? Nothing has changed yet.");
    if (mayCloseNow(tr("Stop and Close?"), question))
        QWizard::reject();
}

void ApplyWizard::done(int result)
{
    if (isRunning())
        return;
    endUnappliedRun(tr("the wizard closed before the apply: nothing was changed"));
    QWizard::done(result);
}

void ApplyWizard::initializePage(int id)
{
    switch (id) {
    case ConfirmPageId:
        m_confirm->setSummary(confirmSummary());
        m_confirm->setScript(tr("&Forward script (%n statement(s)):", nullptr, int(m_run->steps().size())),
                             m_run->forwardScript());
        m_confirm->setConfirmation(m_run->confirmationName(), needsTypedConfirmation(),
                                   tr("Apply &to %1").arg(m_run->confirmationName()));
        break;
    case ApplyPageId: {
        m_changed = true;
        ApplyRun *run = m_run.get();
        const QString applying = tr("Applying to %1…").arg(run->confirmationName());
        const QString verifying = tr("Reading %1 again to verify it…").arg(run->confirmationName());
        const QString finishing = tr("Writing the record…");
        m_apply->start(run->steps(), [run, applying, verifying, finishing](PhaseRunner::Job &job) -> Result<void> {
            job.enterPhase(RunExecutePage::StatementsPhase, applying);
            if (auto applied = run->apply(job); !applied)
                return applied;
            job.enterPhase(RunExecutePage::VerifyPhase, verifying);
            if (auto verified = run->verify(job); !verified)
                return verified;
            job.enterPhase(RunExecutePage::FinishPhase, finishing);
            return run->finish();
        });
        break;
    }
    case ResultPageId: {
        const RunRecord &record = m_run->record();
        const QString folder = m_run->store().folder(record.id);
        const Result<void> &result = m_apply->runner()->result();
        if (!result && record.outcome != RunOutcome::Succeeded) {
            m_result->showError(record, folder, result.error().message);
        } else {
            const bool offer = record.outcome != RunOutcome::Succeeded && record.outcome != RunOutcome::Refused
                               && !record.committedStatements().isEmpty();
            m_result->showRecord(record, folder, offer);
        }
        break;
    }
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool ApplyWizard::validateCurrentPage()
{
    if (currentId() == ConfirmPageId) {
        if (auto confirmed = m_run->confirm(m_confirm->confirmationText()); !confirmed) {
            m_confirm->setError(confirmed.error().message);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

QString ApplyWizard::confirmSummary() const
{
    const ApplyRequest &request = m_run->request();
    auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    QString environment = tr("none");
    if (!request.environment.isEmpty())
        environment = environmentBadgeHtml(request.environment);

    int high = 0, medium = 0, low = 0;
    for (const Hazard &h : m_run->plan().forward.hazards)
        ++(h.severity == HazardSeverity::High ? high : h.severity == HazardSeverity::Medium ? medium : low);
    QStringList counts;
    if (high > 0)
        counts << QStringLiteral("<span style='color:#c62828'><b>%1</b></span>").arg(tr("%n high", nullptr, high));
    if (medium > 0)
        counts << tr("%n medium", nullptr, medium);
    if (low > 0)
        counts << tr("%n low", nullptr, low);
    const QString hazards = counts.isEmpty() ? tr("none") : counts.join(QStringLiteral(", "));

    QString backup;
    if (const auto &info = m_run->backupInfo())
        backup = tr("%1 (%2, verified)").arg(info->path.toHtmlEscaped(), QLocale().formattedDataSize(info->bytes));
    else
        backup = QStringLiteral("<span style='color:#c62828'><b>%1</b></span>").arg(tr("none: applying without a backup"));

    return QStringLiteral("<table>") + row(tr("Target"), request.target.display().toHtmlEscaped())
           + row(tr("Environment"), environment) + row(tr("Hazards"), hazards) + row(tr("Backup"), backup)
           + QStringLiteral("</table>");
}

} // namespace parity

#include "rollbackwizard.h"

#include "phaserunner.h"
#include "rollbackmethodpage.h"
#include "rollbackpreflightpage.h"
#include "runconfirmpage.h"
#include "runexecutepage.h"
#include "runpresentation.h"
#include "runresultpage.h"

#include <QAbstractButton>

namespace parity {

RollbackWizard::RollbackWizard(RollbackRequest request, bool isProtected, QWidget *parent)
    : RunWizard(parent)
    , m_request(std::move(request))
    , m_isProtected(isProtected)
{
    setObjectName(QStringLiteral("rollbackWizard"));
    setWindowTitle(tr("Roll Back a Run on %1").arg(m_request.target.databaseName()));
    setWizardStyle(QWizard::ModernStyle);
    setOptions(QWizard::NoBackButtonOnStartPage | QWizard::NoCancelButtonOnLastPage);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(900, 720);

    m_method = new RollbackMethodPage(this);
    m_preflight = new RollbackPreflightPage(this);
    m_confirm = new RunConfirmPage(this);
    m_confirm->setTitle(tr("Confirm the rollback"));
    m_confirm->setSubTitle(tr("Read what will happen. Nothing has changed yet."));
    m_confirm->setCommitPage(true);
    m_confirm->setButtonText(QWizard::CommitButton, tr("&Roll Back"));
    m_execute = new RunExecutePage(this);
    m_execute->setTitle(tr("Rolling back"));
    m_execute->setSubTitle(tr("The rollback is recorded in the audit log as it runs."));
    m_execute->setCommitPage(true);
    m_execute->setButtonText(QWizard::CommitButton, tr("&Next >"));
    m_result = new RunResultPage(this);
    m_result->setTitle(tr("Result of the rollback"));
    setPage(MethodPageId, m_method);
    setPage(PreflightPageId, m_preflight);
    setPage(ConfirmPageId, m_confirm);
    setPage(ExecutePageId, m_execute);
    setPage(ResultPageId, m_result);

    connect(m_execute, &RunExecutePage::workFinished, this, [this] {
        if (m_run && m_run->request().method == RollbackMethod::Script)
            m_execute->showStatements(m_run->record().statements);
        button(QWizard::CommitButton)->setFocus();
    });
    watchPhases();
}

RollbackWizard::~RollbackWizard()
{
    // The phases use the run, which goes before the pages that run them.
    stopPhasesAndWait();
    endUnexecutedRun(tr("the wizard closed before the rollback: nothing was changed"));
}

bool RollbackWizard::needsTypedConfirmation() const
{
    return m_isProtected || isProductionEnvironment(m_request.environment);
}

RollbackRun *RollbackWizard::newRun(const QString &runId, RollbackMethod method, const QString &intoDatabase)
{
    endUnexecutedRun(tr("prepared again with other choices: nothing was changed"));
    RollbackRequest request = m_request;
    request.runId = runId;
    request.method = method;
    request.intoDatabase = intoDatabase;
    m_run = std::make_unique<RollbackRun>(std::move(request));
    return m_run.get();
}

void RollbackWizard::endUnexecutedRun(const QString &why)
{
    if (m_run && !m_changed && m_run->record().outcome == RunOutcome::Running && !isRunning())
        m_run->abandon(RunOutcome::Cancelled, why);
}

void RollbackWizard::reject()
{
    const QString question =
        m_execute->runner()->isRunning()
            ? tr("The rollback is running. Stop it and close? What it has done so far is in the run history.")
            : tr("A step is running. Stop it and close? Nothing has changed yet.");
    if (mayCloseNow(tr("Stop and Close?"), question))
        QWizard::reject();
}

void RollbackWizard::done(int result)
{
    if (isRunning())
        return;
    endUnexecutedRun(tr("the wizard closed before the rollback: nothing was changed"));
    QWizard::done(result);
}

void RollbackWizard::initializePage(int id)
{
    switch (id) {
    case ConfirmPageId: {
        m_confirm->setSummary(confirmSummary());
        const bool script = m_run->request().method == RollbackMethod::Script;
        m_confirm->setScript(script ? tr("Rollback &script (%n statement(s)):", nullptr, int(m_run->plan().steps.size()))
                                    : QString(),
                             script ? m_run->script() : QString());
        m_confirm->setConfirmation(m_run->confirmationName(), needsTypedConfirmation(),
                                   tr("Roll back &%1").arg(m_run->confirmationName()));
        break;
    }
    case ExecutePageId: {
        m_changed = true;
        RollbackRun *run = m_run.get();
        const bool script = run->request().method == RollbackMethod::Script;
        const QString name = run->restoredSpec().databaseName();
        const QString executing = script ? tr("Undoing the statements on %1…").arg(name)
                                         : tr("Restoring the backup into %1…").arg(name);
        const QString verifying = tr("Reading %1 again to verify it…").arg(name);
        const QString finishing = tr("Writing the record…");
        m_execute->start(script ? run->plan().steps : QList<PlanStep>{},
                         [run, script, executing, verifying, finishing](PhaseRunner::Job &job) -> Result<void> {
                             job.enterPhase(script ? RunExecutePage::StatementsPhase : RunExecutePage::RestorePhase,
                                            executing);
                             if (auto executed = run->execute(job); !executed)
                                 return executed;
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
        const QString folder = RunStore().folder(record.id);
        const Result<void> &result = m_execute->runner()->result();
        if (!result && record.outcome != RunOutcome::Succeeded)
            m_result->showError(record, folder, result.error().message);
        else
            m_result->showRecord(record, folder, false);
        break;
    }
    default:
        break;
    }
    QWizard::initializePage(id);
}

bool RollbackWizard::validateCurrentPage()
{
    if (currentId() == ConfirmPageId) {
        if (auto confirmed = m_run->confirm(m_confirm->confirmationText()); !confirmed) {
            m_confirm->setError(confirmed.error().message);
            return false;
        }
    }
    return QWizard::validateCurrentPage();
}

QString RollbackWizard::confirmSummary() const
{
    const RollbackRequest &request = m_run->request();
    const RunRecord &applied = m_run->appliedRun();
    auto row = [](const QString &label, const QString &value) -> QString {
        return QStringLiteral("<tr><td style='padding-right:12px'><b>%1</b></td><td>%2</td></tr>").arg(label, value);
    };
    const QString environment = request.environment.isEmpty() ? tr("none") : environmentBadgeHtml(request.environment);
    QString method;
    if (request.method == RollbackMethod::Script) {
        method = tr("undo the statements (%n statement(s))", nullptr, int(m_run->plan().steps.size()));
    } else if (request.intoDatabase.isEmpty()) {
        method = tr("restore the backup %1 over %2")
                     .arg(applied.backupPath.toHtmlEscaped(), request.target.databaseName().toHtmlEscaped());
    } else {
        method = tr("restore the backup %1 into the new %2")
                     .arg(applied.backupPath.toHtmlEscaped(), request.intoDatabase.toHtmlEscaped());
    }
    QString warnings = tr("none");
    if (!m_run->warnings().isEmpty()) {
        QStringList lines;
        for (const QString &w : m_run->warnings())
            lines << w.toHtmlEscaped();
        warnings = QStringLiteral("<span style='color:#8a4b00'>") + lines.join(QStringLiteral("<br>"))
                   + QStringLiteral("</span>");
    }
    return QStringLiteral("<table>") + row(tr("Target"), request.target.display().toHtmlEscaped())
           + row(tr("Environment"), environment)
           + row(tr("Run"), tr("%1 (%2)").arg(applied.id, runOutcomeTitle(applied.outcome).toLower()))
           + row(tr("Way back"), method) + row(tr("Cannot come back"), warnings) + QStringLiteral("</table>");
}

} // namespace parity

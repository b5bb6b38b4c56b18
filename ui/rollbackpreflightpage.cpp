#include "rollbackpreflightpage.h"

#include "phaseprogress.h"
#include "phaserunner.h"
#include "rollbackmethodpage.h"
#include "rollbackwizard.h"
#include "runpresentation.h"

#include <QAbstractButton>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTimer>
#include <QVBoxLayout>

namespace parity {

RollbackPreflightPage::RollbackPreflightPage(RollbackWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new PhaseRunner(this))
{
    setTitle(tr("Check the way back"));
    setSubTitle(tr("Parity reads the run and the target and prepares the rollback. Nothing changes yet."));

    m_progress = new PhaseProgress(m_runner, this);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("rollbackWarnings"));
    m_warnings->setWordWrap(true);
    m_warnings->setStyleSheet(warningBoxStyle());
    m_warnings->setTextFormat(Qt::RichText);
    m_warnings->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_warnings->hide();
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("rollbackError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(errorBoxStyle());
    m_error->setTextFormat(Qt::RichText);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->hide();
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("rollbackDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_scriptHeading = new QLabel(this);
    m_script = new QPlainTextEdit(this);
    m_script->setObjectName(QStringLiteral("rollbackScript"));
    m_script->setReadOnly(true);
    m_script->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_script->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_script->setTabChangesFocus(true);
    m_scriptHeading->setBuddy(m_script);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_warnings);
    layout->addWidget(m_error);
    layout->addWidget(m_details);
    layout->addWidget(m_scriptHeading);
    layout->addWidget(m_script, 1);
    layout->addStretch(0);

    connect(m_runner, &PhaseRunner::finished, this, &RollbackPreflightPage::preflightDone);
}

void RollbackPreflightPage::initializePage()
{
    m_passed = false;
    m_warnings->hide();
    m_error->hide();
    m_details->clear();
    m_scriptHeading->hide();
    m_script->hide();
    m_script->clear();
    const RollbackMethodPage *choice = m_wizard->methodPage();
    RollbackRun *run = m_wizard->newRun(choice->runId(), choice->method(), choice->intoDatabase());
    m_runner->start([run](PhaseRunner::Job &job) { return run->preflight(job); });
    // The run is in use until the preflight ends: no Back meanwhile. QWizard
    // sets its buttons after this function, and again at the page's next
    // completeChanged(), which comes when the preflight is over.
    QTimer::singleShot(0, this, [this] {
        if (m_runner->isRunning())
            m_wizard->button(QWizard::BackButton)->setEnabled(false);
    });
}

void RollbackPreflightPage::cleanupPage()
{
    m_runner->cancelAndWait();
    m_wizard->endUnexecutedRun(tr("another way back was chosen: nothing was changed"));
    m_passed = false;
}

void RollbackPreflightPage::preflightDone()
{
    const RollbackRun *run = m_wizard->run();
    const Result<void> &result = m_runner->result();
    if (!result) {
        m_error->setText(result.error().code == Error::Code::Cancelled || m_runner->cancelRequested()
                             ? tr("The check was stopped: nothing was changed.")
                             : tr("<b>The rollback cannot go ahead:</b> %1").arg(result.error().message.toHtmlEscaped()));
        m_error->show();
        Q_EMIT completeChanged();
        return;
    }
    if (!run->warnings().isEmpty()) {
        QStringList lines;
        for (const QString &w : run->warnings())
            lines << w.toHtmlEscaped();
        m_warnings->setText(tr("<b>Read this first: what this way back cannot give back</b>") + QStringLiteral("<ul><li>")
                            + lines.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>"));
        m_warnings->show();
    }
    const RunRecord &applied = run->appliedRun();
    QString details = tr("Run %1 of %2, %3: %4.")
                          .arg(applied.id, applied.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                               applied.targetName, runOutcomeTitle(applied.outcome).toLower());
    if (run->request().method == RollbackMethod::Script) {
        const int steps = int(run->plan().steps.size());
        details += QLatin1Char(' ')
                   + (steps == 0 ? tr("Nothing to undo: %1 already matches its state before the run.").arg(applied.targetName)
                                 : tr("The script below turns %1 back into its state before the run.").arg(applied.targetName));
        m_scriptHeading->setText(tr("Rollback &script (%n statement(s)):", nullptr, steps));
        m_script->setPlainText(run->script());
        m_scriptHeading->show();
        m_script->show();
    } else if (const auto &backup = run->backupInfo()) {
        details += QLatin1Char(' ')
                   + tr("The backup %1 (%2) was checked: it is there, its checksum matches and it reads.")
                         .arg(backup->path, backup->sha256.left(16) + QStringLiteral("…"));
    }
    m_details->setText(details);
    m_passed = true;
    Q_EMIT completeChanged();
    m_wizard->button(QWizard::NextButton)->setFocus();
}

bool RollbackPreflightPage::isComplete() const
{
    return m_passed && !m_runner->isRunning();
}

} // namespace parity

#include "applypreflightpage.h"

#include "applywizard.h"
#include "hazardpanel.h"
#include "item/hazardlistmodel.h"
#include "phaseprogress.h"
#include "phaserunner.h"
#include "runpresentation.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

namespace parity {

namespace {

const QString kFolderKey = QStringLiteral("apply/backupFolder");

QString defaultBackupFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/backups");
}

bool losesData(const ApplyRun &run)
{
    return std::ranges::any_of(run.plan().forward.hazards,
                               [](const Hazard &h) { return h.dataLoss && h.kind != HazardKind::NoBackup; });
}

} // namespace

ApplyPreflightPage::ApplyPreflightPage(ApplyWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_runner(new PhaseRunner(this))
{
    setTitle(tr("Check the target"));
    setSubTitle(tr("Parity reads %1 again, makes sure it has not changed since the comparison, measures the "
                   "hazards on its data and checks the backup folder. Nothing changes yet.")
                    .arg(wizard->request().target.display()));
    // Once the backup starts there is no way back to other choices.
    setCommitPage(true);

    auto *backupBox = new QGroupBox(tr("Backup before the apply"), this);
    m_folder = new QLineEdit(backupBox);
    m_folder->setObjectName(QStringLiteral("backupFolderEdit"));
    m_folder->setText(QSettings().value(kFolderKey, defaultBackupFolder()).toString());
    m_folder->setToolTip(tr("The backup goes into a folder named after the run, inside this one"));
    auto *folderLabel = new QLabel(tr("&Folder:"), backupBox);
    folderLabel->setBuddy(m_folder);
    m_browse = new QPushButton(tr("&Browse…"), backupBox);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    m_browse->setAutoDefault(false);
    m_noBackup = new QCheckBox(tr("Apply &without a backup"), backupBox);
    m_noBackup->setObjectName(QStringLiteral("noBackupCheck"));
    m_noBackupWarning = new QLabel(tr("High hazard: without a backup, only the rollback script can go back, and it "
                                      "does not bring back dropped data."),
                                   backupBox);
    m_noBackupWarning->setObjectName(QStringLiteral("noBackupWarning"));
    m_noBackupWarning->setWordWrap(true);
    m_noBackupWarning->setStyleSheet(errorBoxStyle());
    m_noBackupWarning->hide();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_browse);
    auto *backupLayout = new QVBoxLayout(backupBox);
    backupLayout->addLayout(folderRow);
    backupLayout->addWidget(m_noBackup);
    backupLayout->addWidget(m_noBackupWarning);

    m_check = new QPushButton(tr("&Check the Target"), this);
    m_check->setObjectName(QStringLiteral("checkButton"));
    m_check->setToolTip(tr("Run the preflight: read the target, measure the hazards, check the backup folder"));
    m_progress = new PhaseProgress(m_runner, this);
    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check, 0, Qt::AlignTop);
    checkRow->addWidget(m_progress, 1);
    checkRow->addStretch(0); // keeps the button its own size while the progress is hidden
    m_stale = new QLabel(tr("The choices changed since the last check: check again."), this);
    m_stale->setObjectName(QStringLiteral("staleLabel"));
    m_stale->setWordWrap(true);
    m_stale->hide();

    m_results = new QWidget(this);
    m_results->setObjectName(QStringLiteral("preflightResults"));
    m_target = new QLabel(m_results);
    m_target->setObjectName(QStringLiteral("targetLabel"));
    m_target->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_environment = new QLabel(m_results);
    m_environment->setObjectName(QStringLiteral("environmentLabel"));
    m_statements = new QLabel(m_results);
    m_statements->setObjectName(QStringLiteral("statementCountLabel"));
    auto *environmentRow = new QHBoxLayout;
    environmentRow->addWidget(m_environment);
    environmentRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("Target:"), m_target);
    form->addRow(tr("Environment:"), environmentRow);
    form->addRow(tr("Statements:"), m_statements);
    m_refusal = new QLabel(m_results);
    m_refusal->setObjectName(QStringLiteral("refusalLabel"));
    m_refusal->setWordWrap(true);
    m_refusal->setStyleSheet(errorBoxStyle());
    m_refusal->setTextFormat(Qt::RichText);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->hide();
    m_allowDataLoss = new QCheckBox(tr("I have read the hazards: &allow data loss"), m_results);
    m_allowDataLoss->setObjectName(QStringLiteral("allowDataLossCheck"));
    m_allowDataLoss->hide();
    m_hazards = new HazardPanel(m_results);
    m_hazards->setObjectName(QStringLiteral("preflightHazards"));
    // Narrower than in the main window: the reason is what needs the room.
    m_hazards->view()->horizontalHeader()->resizeSection(HazardListModel::ObjectColumn, 220);
    m_hazards->view()->horizontalHeader()->resizeSection(HazardListModel::FigureColumn, 110);
    auto *resultsLayout = new QVBoxLayout(m_results);
    resultsLayout->setContentsMargins(0, 0, 0, 0);
    resultsLayout->addLayout(form);
    resultsLayout->addWidget(m_refusal);
    resultsLayout->addWidget(m_allowDataLoss);
    resultsLayout->addWidget(m_hazards, 1);
    m_results->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backupBox);
    layout->addLayout(checkRow);
    layout->addWidget(m_stale);
    layout->addWidget(m_results, 1);

    connect(m_browse, &QPushButton::clicked, this, &ApplyPreflightPage::browse);
    connect(m_folder, &QLineEdit::textEdited, this, &ApplyPreflightPage::choicesChanged);
    connect(m_noBackup, &QCheckBox::toggled, this, [this](bool on) {
        m_noBackupWarning->setVisible(on);
        m_folder->setEnabled(!on);
        m_browse->setEnabled(!on);
        updateCommitText();
        choicesChanged();
    });
    connect(m_check, &QPushButton::clicked, this, &ApplyPreflightPage::check);
    connect(m_allowDataLoss, &QCheckBox::toggled, this, [this](bool on) {
        if (on)
            check();
        else
            choicesChanged();
    });
    connect(m_runner, &PhaseRunner::started, this, [this] {
        m_check->setEnabled(false);
        m_stale->hide();
        Q_EMIT completeChanged();
    });
    connect(m_runner, &PhaseRunner::finished, this, &ApplyPreflightPage::preflightDone);
    updateCommitText();
}

void ApplyPreflightPage::browse()
{
    const QString chosen = QFileDialog::getExistingDirectory(this, tr("Backup Folder"), m_folder->text());
    if (chosen.isEmpty())
        return;
    m_folder->setText(QDir::toNativeSeparators(chosen));
    choicesChanged();
}

void ApplyPreflightPage::updateCommitText()
{
    setButtonText(QWizard::CommitButton, m_noBackup->isChecked() ? tr("C&ontinue without a Backup")
                                                                 : tr("&Take the Backup"));
}

void ApplyPreflightPage::choicesChanged()
{
    if (!m_passed && !m_results->isVisible())
        return;
    // A preflight checks the choices it ran with; others need their own.
    m_passed = false;
    m_stale->setVisible(!m_runner->isRunning());
    Q_EMIT completeChanged();
}

void ApplyPreflightPage::check()
{
    if (m_runner->isRunning())
        return;
    const QString folder = m_folder->text().trimmed();
    if (!m_noBackup->isChecked() && !folder.isEmpty())
        QSettings().setValue(kFolderKey, folder);
    m_passed = false;
    ApplyRun *run = m_wizard->newRun(folder, m_noBackup->isChecked(), m_allowDataLoss->isChecked());
    m_runner->start([run](PhaseRunner::Job &job) { return run->preflight(job); });
}

void ApplyPreflightPage::preflightDone()
{
    m_check->setEnabled(true);
    const ApplyRun *run = m_wizard->run();
    const Result<void> &result = m_runner->result();
    const ApplyRequest &request = run->request();
    m_results->show();
    m_target->setText(request.target.display());
    m_environment->setText(request.environment.isEmpty() ? tr("none") : request.environment);
    m_environment->setStyleSheet(environmentBadgeStyle(request.environment));
    const int steps = int(run->steps().size());
    m_statements->setText(result || !run->steps().isEmpty() ? tr("%n statement(s) to run", nullptr, steps)
                                                            : tr("not planned"));
    const QList<Hazard> &hazards = run->plan().forward.hazards;
    m_hazards->setHazards(hazards, tr("Figures measured on %1.").arg(run->confirmationName()));
    m_hazards->setVisible(!hazards.isEmpty() || result.has_value());

    const bool dataLossRefusal = !result && result.error().code == Error::Code::Refused && losesData(*run)
                                 && !request.allowDataLoss;
    m_allowDataLoss->setVisible(dataLossRefusal || request.allowDataLoss);
    if (result) {
        m_refusal->hide();
    } else {
        QString text;
        if (result.error().code == Error::Code::Cancelled || m_runner->cancelRequested())
            text = tr("The check was stopped: nothing was changed.");
        else if (result.error().code == Error::Code::Refused)
            text = tr("<b>Refused:</b> %1").arg(result.error().message.toHtmlEscaped());
        else
            text = tr("<b>The check failed:</b> %1").arg(result.error().message.toHtmlEscaped());
        const QStringList drift = run->record().verificationDifferences;
        if (!drift.isEmpty() && result.error().code == Error::Code::Refused) {
            QStringList shown;
            for (const QString &line : drift.mid(0, 8))
                shown << line.toHtmlEscaped();
            text += QStringLiteral("<ul><li>") + shown.join(QStringLiteral("</li><li>")) + QStringLiteral("</li></ul>");
            if (drift.size() > 8)
                text += tr("… and %n more.", nullptr, int(drift.size() - 8));
        }
        m_refusal->setText(text);
        m_refusal->show();
    }
    m_passed = result.has_value();
    if (m_passed)
        m_wizard->button(QWizard::CommitButton)->setFocus();
    Q_EMIT completeChanged();
}

void ApplyPreflightPage::initializePage()
{
    // After QWizard has settled the buttons' focus for the page.
    QTimer::singleShot(0, m_check, [check = m_check] { check->setFocus(); });
}

bool ApplyPreflightPage::isComplete() const
{
    return m_passed && !m_runner->isRunning();
}

} // namespace parity

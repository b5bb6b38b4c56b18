#include "runresultpage.h"

#include "runpresentation.h"

#include <QDesktopServices>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace parity {

RunResultPage::RunResultPage(QWidget *parent)
    : QWizardPage(parent)
{
    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("outcomeLabel"));
    QFont big = m_outcome->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_outcome->setFont(big);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("outcomeMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verificationHeading = new QLabel(this);
    m_verificationHeading->setWordWrap(true);
    m_differences = new QPlainTextEdit(this);
    m_differences->setObjectName(QStringLiteral("verificationDifferences"));
    m_differences->setReadOnly(true);
    m_differences->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_differences->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_differences->setTabChangesFocus(true);
    m_verificationHeading->setBuddy(m_differences);

    m_runIdEdit = new QLineEdit(this);
    m_runIdEdit->setObjectName(QStringLiteral("runIdEdit"));
    m_runIdEdit->setReadOnly(true);
    m_backup = new QLabel(this);
    m_backup->setObjectName(QStringLiteral("resultBackupLabel"));
    m_backup->setWordWrap(true);
    m_backup->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    auto *runIdLabel = new QLabel(tr("Run &id:"), this);
    runIdLabel->setBuddy(m_runIdEdit);
    form->addRow(runIdLabel, m_runIdEdit);
    form->addRow(tr("Backup:"), m_backup);

    m_openFolder = new QPushButton(tr("&Open Run Folder"), this);
    m_openFolder->setObjectName(QStringLiteral("openRunFolderButton"));
    m_openFolder->setAutoDefault(false);
    m_openFolder->setToolTip(tr("The run's record, scripts and snapshots in the audit log"));
    m_rollback = new QPushButton(tr("&Roll Back…"), this);
    m_rollback->setObjectName(QStringLiteral("rollbackButton"));
    m_rollback->setAutoDefault(false);
    m_rollback->setToolTip(tr("Undo what stays applied of this run, with its script or its backup"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openFolder);
    buttons->addWidget(m_rollback);
    buttons->addStretch(1);

    setSubTitle(tr("How the run ended, as the audit log records it."));
    m_layout = new QVBoxLayout(this);
    m_layout->addWidget(m_outcome);
    m_layout->addWidget(m_message);
    m_layout->addWidget(m_verificationHeading);
    m_layout->addWidget(m_differences, 1);
    m_layout->addLayout(form);
    m_layout->addLayout(buttons);
    // Takes the room the differences leave when there are none.
    m_layout->addStretch(1);

    connect(m_openFolder, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_folder)); });
    connect(m_rollback, &QPushButton::clicked, this, [this] { Q_EMIT rollbackRequested(m_runId); });
}

void RunResultPage::showRecord(const RunRecord &record, const QString &runFolder, bool offerRollback)
{
    m_runId = record.id;
    m_folder = runFolder;
    m_outcome->setText(runOutcomeTitle(record.outcome));
    const QColor colour = runOutcomeColor(record.outcome);
    m_outcome->setStyleSheet(colour.isValid() ? QStringLiteral("color: %1;").arg(colour.name()) : QString());
    m_message->setText(record.message);
    if (record.verified) {
        m_verificationHeading->setText(tr("Verified: %1 was read again and matches the expected state.")
                                           .arg(record.targetName));
        m_differences->hide();
    } else if (record.stateMeasured && record.stateDifferences.isEmpty()) {
        m_verificationHeading->setText(tr("Measured afterwards: nothing stays applied, %1 has the same schema and the "
                                          "same rows as before the run.")
                                           .arg(record.targetName));
        m_differences->hide();
    } else if (record.stateMeasured) {
        m_verificationHeading->setText(tr("&Measured afterwards, %1 differs from before the run:").arg(record.targetName));
        m_differences->setPlainText((record.stateDifferences + record.cleanup).join(QLatin1Char('\n')));
        m_differences->show();
    } else if (!record.stateError.isEmpty()) {
        m_verificationHeading->setText(tr("What stays applied on %1 could not be measured: %2. Check the database "
                                          "before anything else.")
                                           .arg(record.targetName, record.stateError));
        m_differences->hide();
    } else if (!record.verificationDifferences.isEmpty()) {
        m_verificationHeading->setText(tr("&Differences found when %1 was read again:").arg(record.targetName));
        m_differences->setPlainText(record.verificationDifferences.join(QLatin1Char('\n')));
        m_differences->show();
    } else {
        m_verificationHeading->setText(tr("Not verified."));
        m_differences->hide();
    }
    m_runIdEdit->setText(record.id);
    if (record.backupPath.isEmpty())
        m_backup->setText(tr("none"));
    else
        m_backup->setText(record.backupVerified ? tr("%1 (verified)").arg(record.backupPath) : record.backupPath);
    m_openFolder->setEnabled(!runFolder.isEmpty() && !record.id.isEmpty());
    m_rollback->setVisible(offerRollback);
    m_layout->setStretch(m_layout->count() - 1, m_differences->isVisibleTo(this) ? 0 : 1);
}

void RunResultPage::showError(const RunRecord &record, const QString &runFolder, const QString &message)
{
    showRecord(record, runFolder, false);
    const RunOutcome shown = record.outcome == RunOutcome::Running ? RunOutcome::Failed : record.outcome;
    m_outcome->setText(runOutcomeTitle(shown));
    m_outcome->setStyleSheet(QStringLiteral("color: %1;").arg(runOutcomeColor(shown).name()));
    m_message->setText(message);
}

QString RunResultPage::outcomeText() const
{
    return m_outcome->text();
}

} // namespace parity

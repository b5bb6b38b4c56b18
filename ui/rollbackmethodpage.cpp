#include "rollbackmethodpage.h"

#include "common/workerpool.h"
#include "item/runlistmodel.h"
#include "migration/execution/runstore.h"
#include "rollbackwizard.h"
#include "runoutcomeproxymodel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

RollbackMethodPage::RollbackMethodPage(RollbackWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_model(new RunListModel(this))
{
    const ConnectionSpec &target = wizard->request().target;
    const bool sqlite = target.kind == ConnectionSpec::Kind::SQLite;
    setTitle(tr("Choose the way back"));
    setSubTitle(tr("Undo an apply run on %1.").arg(target.display()));

    m_runsNote = new QLabel(tr("Reading the run history…"), this);
    m_runsNote->setObjectName(QStringLiteral("runsNote"));
    m_runsNote->setWordWrap(true);
    m_runs = new QTableView(this);
    m_runs->setObjectName(QStringLiteral("runsView"));
    auto *colours = new RunOutcomeProxyModel(this);
    colours->setSourceModel(m_model);
    m_runs->setModel(colours);
    m_runs->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_runs->setSelectionMode(QAbstractItemView::SingleSelection);
    m_runs->verticalHeader()->hide();
    m_runs->verticalHeader()->setDefaultSectionSize(m_runs->fontMetrics().height() + 6);
    m_runs->horizontalHeader()->setStretchLastSection(true);
    m_runs->setWordWrap(false);
    m_runs->setAccessibleName(tr("Apply runs of the target"));
    // Every row is this target's apply run: those columns say nothing.
    for (int column : {int(RunListModel::KindColumn), int(RunListModel::TargetColumn), int(RunListModel::EnvironmentColumn)})
        m_runs->setColumnHidden(column, true);
    m_runsNote->setBuddy(m_runs);

    auto *methodBox = new QGroupBox(tr("Way back"), this);
    m_script = new QRadioButton(tr("Undo the &statements (script)"), methodBox);
    m_script->setObjectName(QStringLiteral("scriptMethodRadio"));
    m_script->setChecked(true);
    auto *scriptNote = new QLabel(tr("Plans the way from what the target holds now back to its state before the run. "
                                     "Data that the run dropped does not come back."),
                                  methodBox);
    scriptNote->setWordWrap(true);
    scriptNote->setIndent(24);
    m_backup = new QRadioButton(tr("Restore the &backup"), methodBox);
    m_backup->setObjectName(QStringLiteral("backupMethodRadio"));
    m_backupNote = new QLabel(methodBox);
    m_backupNote->setWordWrap(true);
    m_backupNote->setIndent(24);
    m_into = new QCheckBox(sqlite ? tr("&into a new file") : tr("&into a new database named"), methodBox);
    m_into->setObjectName(QStringLiteral("intoCheck"));
    m_intoName = new QLineEdit(methodBox);
    m_intoName->setObjectName(QStringLiteral("intoEdit"));
    m_intoName->setEnabled(false);
    m_intoName->setAccessibleName(sqlite ? tr("New file") : tr("New database name"));
    m_intoBrowse = new QPushButton(tr("Bro&wse…"), methodBox);
    m_intoBrowse->setObjectName(QStringLiteral("intoBrowseButton"));
    m_intoBrowse->setAutoDefault(false);
    m_intoBrowse->setVisible(sqlite);
    m_intoBrowse->setEnabled(false);
    if (sqlite) {
        const QFileInfo file(target.path);
        m_intoName->setText(QDir::toNativeSeparators(file.dir().filePath(file.completeBaseName() + QStringLiteral("-restored.")
                                                                         + (file.suffix().isEmpty() ? QStringLiteral("db") : file.suffix()))));
    } else {
        m_intoName->setText(target.databaseName() + QStringLiteral("_restored"));
    }
    auto *group = new QButtonGroup(this);
    group->addButton(m_script);
    group->addButton(m_backup);
    auto *intoRow = new QHBoxLayout;
    intoRow->setContentsMargins(24, 0, 0, 0);
    intoRow->addWidget(m_into);
    intoRow->addWidget(m_intoName, 1);
    intoRow->addWidget(m_intoBrowse);
    auto *methodLayout = new QVBoxLayout(methodBox);
    methodLayout->addWidget(m_script);
    methodLayout->addWidget(scriptNote);
    methodLayout->addWidget(m_backup);
    methodLayout->addWidget(m_backupNote);
    methodLayout->addLayout(intoRow);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_runsNote);
    layout->addWidget(m_runs, 1);
    layout->addWidget(methodBox);

    auto changed = [this] {
        const bool backup = m_backup->isChecked();
        m_into->setEnabled(backup);
        m_intoName->setEnabled(backup && m_into->isChecked());
        m_intoBrowse->setEnabled(backup && m_into->isChecked());
        Q_EMIT completeChanged();
    };
    connect(m_script, &QRadioButton::toggled, this, changed);
    connect(m_backup, &QRadioButton::toggled, this, changed);
    connect(m_into, &QCheckBox::toggled, this, changed);
    connect(m_intoName, &QLineEdit::textChanged, this, changed);
    connect(m_intoBrowse, &QPushButton::clicked, this, &RollbackMethodPage::browseFile);
    connect(m_runs->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RollbackMethodPage::runChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RollbackMethodPage::runChanged);
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &RollbackMethodPage::loaded);
    changed();
    runChanged();

    const QString display = target.display();
    m_watcher.setFuture(QtConcurrent::run(workerPool(), [display] {
        QList<RunRecord> runs = RunStore().list();
        // A refused run changed nothing: there is nothing to undo.
        runs.removeIf([&](const RunRecord &r) {
            return r.kind != QLatin1String("apply") || r.target != display || r.outcome == RunOutcome::Refused;
        });
        return runs;
    }));
}

void RollbackMethodPage::loaded()
{
    m_model->setRuns(m_watcher.result());
    m_loaded = true;
    const QString wanted = m_wizard->request().runId;
    QModelIndex row = wanted.isEmpty() ? m_model->index(0, 0) : m_model->indexOfRun(wanted);
    if (m_model->rowCount() == 0) {
        m_runsNote->setText(tr("No apply run of %1 is in the run history.").arg(m_wizard->request().target.display()));
    } else if (!wanted.isEmpty() && !row.isValid()) {
        m_runsNote->setText(tr("Run %1 is not an apply run of this target; choose one of its &runs:").arg(wanted));
        row = m_model->index(0, 0);
    } else {
        m_runsNote->setText(tr("Apply &run to undo:"));
    }
    if (row.isValid()) {
        m_runs->setCurrentIndex(m_runs->model()->index(row.row(), RunListModel::StartedColumn));
        m_runs->selectRow(row.row());
    }
    m_runs->resizeColumnsToContents();
    runChanged();
}

void RollbackMethodPage::runChanged()
{
    const RunRecord *run = m_model->runAt(m_model->index(m_runs->currentIndex().row(), 0));
    const bool hasBackup = run && !run->backupPath.isEmpty();
    m_backup->setEnabled(hasBackup);
    if (!hasBackup && m_backup->isChecked())
        m_script->setChecked(true);
    m_backupNote->setText(hasBackup ? tr("Replaces the target with the backup taken before the run (%1). Everything "
                                         "written since is lost.")
                                          .arg(run->backupPath)
                                    : tr("This run has no backup."));
    Q_EMIT completeChanged();
}

void RollbackMethodPage::browseFile()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Restore into a New File"), m_intoName->text(),
                                                        tr("SQLite databases (*.db *.sqlite *.sqlite3)"));
    if (!chosen.isEmpty())
        m_intoName->setText(QDir::toNativeSeparators(chosen));
}

QString RollbackMethodPage::runId() const
{
    return m_model->index(m_runs->currentIndex().row(), 0).data(RunListModel::RunIdRole).toString();
}

RollbackMethod RollbackMethodPage::method() const
{
    return m_backup->isChecked() ? RollbackMethod::Backup : RollbackMethod::Script;
}

QString RollbackMethodPage::intoDatabase() const
{
    if (method() != RollbackMethod::Backup || !m_into->isChecked())
        return {};
    return m_wizard->request().target.kind == ConnectionSpec::Kind::SQLite ? QDir::fromNativeSeparators(m_intoName->text().trimmed())
                                                                          : m_intoName->text().trimmed();
}

bool RollbackMethodPage::isComplete() const
{
    if (runId().isEmpty())
        return false;
    if (method() == RollbackMethod::Backup)
        return m_backup->isEnabled() && (!m_into->isChecked() || !m_intoName->text().trimmed().isEmpty());
    return true;
}

} // namespace parity

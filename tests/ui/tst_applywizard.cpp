// The apply and rollback wizards and the run history under the offscreen
// platform, against SQLite files: preflight, backup, typed confirmation,
// apply, verification and the record in the audit log; refusals (drift,
// data loss, a wrong name); both ways back; and the history listing it all.
#include "applybackuppage.h"
#include "applypreflightpage.h"
#include "applywizard.h"
#include "common/jobcontext.h"
#include "comparisoncontroller.h"
#include "connection/secretstore.h"
#include "hazardpanel.h"
#include "introspection/inspector.h"
#include "item/hazardlistmodel.h"
#include "item/runlistmodel.h"
#include "mainwindow.h"
#include "migration/execution/runstore.h"
#include "phaserunner.h"
#include "rollbackmethodpage.h"
#include "rollbackpreflightpage.h"
#include "rollbackwizard.h"
#include "runconfirmpage.h"
#include "runexecutepage.h"
#include "runcheckcontroller.h"
#include "runhistorydock.h"
#include "runresultpage.h"
#include "testsupport.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QScopeGuard>
#include <QTranslator>
#include <QTreeWidget>

#include <atomic>

using namespace parity;

namespace {

constexpr int kTimeout = 20000;

const QString kFromSql = QStringLiteral(
    "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL);\n"
    "INSERT INTO customers (id, name) VALUES (1, 'Ada'), (2, 'Grace');\n");
const QString kToSql = kFromSql
                       + QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL "
                                        "REFERENCES customers (id), total NUMERIC NOT NULL);\n"
                                        "CREATE INDEX orders_customer ON orders (customer_id);\n");

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    return spec;
}

Result<Catalog> read(const QString &path)
{
    JobContext job;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    return inspect(sqliteSpec(path), options, job);
}

bool hasTable(const QString &path, const QString &table)
{
    const auto catalog = read(path);
    if (!catalog)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(catalog.error().message));
    for (const Schema &schema : catalog->schemas) {
        if (catalog->table(schema.name, table))
            return true;
    }
    return false;
}

template<typename W>
W *child(QObject *parent, const char *name)
{
    W *w = parent->findChild<W *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

QAbstractButton *commitOrNext(QWizard &wizard)
{
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    return commit->isVisible() ? commit : wizard.button(QWizard::NextButton);
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestApplyWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void phaseRunnerForwardsAndCancels();
    void applySucceeds();
    void failedApplyIsShown();
    void wrongNameKeepsNextDisabled();
    void confirmationKind_data();
    void confirmationKind();
    void dataLossNeedsConsent();
    void driftIsRefused();
    void noBackupIsAHighHazard();
    void rollbackWithScript();
    void rollbackWithBackup();
    void rollbackBackupIntoNewFile();
    void historyListsRuns();
    void historyChecksInterruptedRun();
    void mainWindowActions();
    void screenshots();

private:
    /// Two fresh files: `name`.db as FROM (the target) and its TO.
    QString makePair(const QString &name, const QString &fromSql = kFromSql, const QString &toSql = kToSql);
    ApplyRequest request(const QString &from) const;
    /// Drives an apply wizard from the start to its confirmation page.
    void toConfirmPage(ApplyWizard &wizard);
    /// Drives an apply wizard through the confirmation to its result page.
    void confirmAndApply(ApplyWizard &wizard);
    /// Applies TO to `from` start to finish; the run's id.
    QString applyThrough(const QString &from);
    void rollBack(RollbackWizard &wizard);

    QTemporaryDir m_home;
    QTemporaryDir m_backups;
    QHash<QString, QString> m_toPaths;
};

void TestApplyWizard::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_backups.isValid());
    // The audit log (GenericDataLocation) and the settings go to the
    // temporary home, never the user's.
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(RunStore::defaultRoot().startsWith(m_home.path()));
    QVERIFY(RunStore().list().isEmpty());
}

QString TestApplyWizard::makePair(const QString &name, const QString &fromSql, const QString &toSql)
{
    const QString from = test::scratchSqlitePath(name + QStringLiteral(".db"));
    const QString to = test::scratchSqlitePath(name + QStringLiteral("-to.db"));
    if (auto ok = test::runSql(sqliteSpec(from), fromSql); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    if (auto ok = test::runSql(sqliteSpec(to), toSql); !ok)
        qFatal("%s", qPrintable(ok.error().message));
    m_toPaths.insert(from, to);
    return from;
}

ApplyRequest TestApplyWizard::request(const QString &from) const
{
    ApplyRequest r;
    r.target = sqliteSpec(from);
    auto to = read(m_toPaths.value(from));
    auto planned = read(from);
    if (!to || !planned)
        qFatal("cannot read the pair of %s", qPrintable(from));
    r.to = *to;
    r.plannedFrom = *planned;
    r.environment = QStringLiteral("uat");
    return r;
}

void TestApplyWizard::toConfirmPage(ApplyWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ApplyWizard::PreflightPageId));
    auto *folder = child<QLineEdit>(&wizard, "backupFolderEdit");
    folder->setText(m_backups.path());
    QVERIFY(!wizard.preflightPage()->isComplete());
    QVERIFY(!commitOrNext(wizard)->isEnabled());
    QTest::mouseClick(child<QPushButton>(&wizard, "checkButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    QVERIFY(!child<QLabel>(&wizard, "refusalLabel")->isVisible());
    QVERIFY(child<QLabel>(&wizard, "statementCountLabel")->text().contains(QStringLiteral("statement")));
    QCOMPARE(child<QLabel>(&wizard, "environmentLabel")->text(), QStringLiteral("uat"));
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(commit->isVisible() && commit->isEnabled());
    commit->click();
    QCOMPARE(wizard.currentId(), int(ApplyWizard::BackupPageId));
    // Back is gone once the backup started.
    QVERIFY(!wizard.button(QWizard::BackButton)->isVisible() || !wizard.button(QWizard::BackButton)->isEnabled());
    QTRY_VERIFY_WITH_TIMEOUT(wizard.backupPage()->isComplete(), kTimeout);
    const QString path = child<QLabel>(&wizard, "backupPathLabel")->text();
    QVERIFY2(path.startsWith(m_backups.path()), qPrintable(path));
    QVERIFY(QFile::exists(path));
    QVERIFY(child<QLabel>(&wizard, "backupVerifiedLabel")->text().startsWith(QStringLiteral("verified")));
    QCOMPARE(child<QLabel>(&wizard, "backupChecksumLabel")->text().size(), 17); // 16 hex digits and "…"
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(ApplyWizard::ConfirmPageId));
    QVERIFY(child<QPlainTextEdit>(&wizard, "confirmScript")->toPlainText().contains(QStringLiteral("CREATE TABLE")));
}

void TestApplyWizard::confirmAndApply(ApplyWizard &wizard)
{
    QCOMPARE(wizard.currentId(), int(ApplyWizard::ConfirmPageId));
    // The confirmation takes the keyboard: the name can be typed at once.
    QWidget *field = wizard.needsTypedConfirmation() ? static_cast<QWidget *>(child<QLineEdit>(&wizard, "confirmNameEdit"))
                                                     : child<QCheckBox>(&wizard, "confirmCheck");
    QTRY_COMPARE(QApplication::focusWidget(), field);
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    if (wizard.needsTypedConfirmation()) {
        auto *name = child<QLineEdit>(&wizard, "confirmNameEdit");
        if (name->text() != wizard.run()->confirmationName()) {
            QVERIFY(!commit->isEnabled());
            typeInto(name, wizard.run()->confirmationName());
        }
    } else {
        child<QCheckBox>(&wizard, "confirmCheck")->setChecked(true);
    }
    QVERIFY(commit->isEnabled());
    commit->click();
    QCOMPARE(wizard.currentId(), int(ApplyWizard::ApplyPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.applyPage()->isComplete(), kTimeout);
    commitOrNext(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ApplyWizard::ResultPageId));
}

QString TestApplyWizard::applyThrough(const QString &from)
{
    ApplyWizard wizard(request(from), true);
    wizard.show();
    toConfirmPage(wizard);
    if (QTest::currentTestFailed())
        return {};
    confirmAndApply(wizard);
    if (QTest::currentTestFailed())
        return {};
    if (wizard.run()->record().outcome != RunOutcome::Succeeded)
        qWarning("apply: %s", qPrintable(wizard.run()->record().message));
    wizard.accept();
    return wizard.run()->record().id;
}

void TestApplyWizard::phaseRunnerForwardsAndCancels()
{
    PhaseRunner runner;
    QSignalSpy started(&runner, &PhaseRunner::started);
    QSignalSpy finished(&runner, &PhaseRunner::finished);
    QList<QThread *> progressThreads;
    QStringList steps;
    connect(&runner, &PhaseRunner::progressed, this, [&](int done, int total, const QString &step) {
        progressThreads << QThread::currentThread();
        steps << QStringLiteral("%1/%2 %3").arg(done).arg(total).arg(step);
    });
    QStringList phases;
    connect(&runner, &PhaseRunner::phaseEntered, this,
            [&](int phase, const QString &label) { phases << QString::number(phase) + label; });
    std::atomic<QThread *> workerThread{nullptr};
    std::atomic<bool> sawCancel{false};
    QVERIFY(runner.start([&](PhaseRunner::Job &job) -> Result<void> {
        workerThread = QThread::currentThread();
        job.enterPhase(7, QStringLiteral("waiting"));
        job.reportProgress(1, 3, QStringLiteral("one"));
        // A blocking phase: it ends only when cancelled (or after 20 s).
        for (int i = 0; i < 2000 && !job.isCancelled(); ++i)
            QThread::msleep(10);
        sawCancel = job.isCancelled();
        return fail(Error::Code::Cancelled, QStringLiteral("stopped"));
    }));
    QCOMPARE(started.size(), 1);
    QVERIFY(runner.isRunning());
    // One phase at a time.
    QVERIFY(!runner.start([](PhaseRunner::Job &) -> Result<void> { return {}; }));
    QTRY_COMPARE_WITH_TIMEOUT(steps.size(), 1, kTimeout);
    QCOMPARE(steps.first(), QStringLiteral("1/3 one"));
    QCOMPARE(phases, QStringList{QStringLiteral("7waiting")});
    // Progress arrives on the UI thread, from a worker.
    QCOMPARE(progressThreads.first(), QThread::currentThread());
    QVERIFY(workerThread.load() != QThread::currentThread());
    QVERIFY(!runner.cancelRequested());
    QVERIFY(finished.isEmpty());
    runner.cancel();
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(sawCancel.load());
    QVERIFY(!runner.isRunning());
    QVERIFY(runner.cancelRequested());
    QVERIFY(!runner.result().has_value());
    QCOMPARE(runner.result().error().code, Error::Code::Cancelled);
    // The next phase starts with the flag down.
    QVERIFY(runner.start([](PhaseRunner::Job &job) -> Result<void> {
        return job.isCancelled() ? fail(Error::Code::Cancelled, QString()) : Result<void>{};
    }));
    QVERIFY(finished.wait(kTimeout));
    QVERIFY(runner.result().has_value());
}

void TestApplyWizard::applySucceeds()
{
    const QString from = makePair(QStringLiteral("applied"));
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
    const qsizetype runsBefore = RunStore().list().size();

    ApplyWizard wizard(request(from), true);
    wizard.show();
    QVERIFY(wizard.needsTypedConfirmation());
    toConfirmPage(wizard);
    confirmAndApply(wizard);
    if (QTest::currentTestFailed())
        return;

    RunResultPage *result = wizard.resultPage();
    QVERIFY2(result->outcomeText().contains(QStringLiteral("succeeded"), Qt::CaseInsensitive),
             qPrintable(result->outcomeText() + QStringLiteral(": ") + wizard.run()->record().message));
    QVERIFY(wizard.changedDatabase());
    QVERIFY(hasTable(from, QStringLiteral("orders")));
    QVERIFY(hasTable(from, QStringLiteral("customers")));

    // The log shows each statement as recorded: all ✓.
    auto *log = child<QTreeWidget>(&wizard, "statementLog");
    const RunRecord &record = wizard.run()->record();
    QCOMPARE(log->topLevelItemCount(), int(record.statements.size()));
    QVERIFY(log->topLevelItemCount() > 0);
    for (int i = 0; i < log->topLevelItemCount(); ++i)
        QCOMPARE(log->topLevelItem(i)->text(0), QStringLiteral("✓"));

    // The audit log has the run, ended and verified.
    const QList<RunRecord> runs = RunStore().list();
    QCOMPARE(runs.size(), runsBefore + 1);
    QCOMPARE(runs.first().id, result->runId());
    QCOMPARE(child<QLineEdit>(&wizard, "runIdEdit")->text(), result->runId());
    QCOMPARE(runs.first().outcome, RunOutcome::Succeeded);
    QVERIFY(runs.first().verified);
    QVERIFY(runs.first().backupVerified);
    QVERIFY(runs.first().backupPath.startsWith(m_backups.path()));
    QVERIFY(!child<QPushButton>(&wizard, "rollbackButton")->isVisible());
    QVERIFY(child<QPushButton>(&wizard, "openRunFolderButton")->isEnabled());
    // Cancel is gone on the last page; Close ends the wizard.
    QVERIFY(!wizard.button(QWizard::CancelButton)->isVisible());
    wizard.button(QWizard::FinishButton)->click();
    QCOMPARE(wizard.result(), int(QDialog::Accepted));
}

void TestApplyWizard::failedApplyIsShown()
{
    // A NOT NULL column without a default on a table with rows: planned,
    // not data loss, and it fails when it runs.
    const QString from = makePair(QStringLiteral("failing"), kFromSql,
                                  QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                                                 "email TEXT NOT NULL);\n"));
    ApplyWizard wizard(request(from), false);
    wizard.show();
    toConfirmPage(wizard);
    confirmAndApply(wizard);
    if (QTest::currentTestFailed())
        return;
    const RunRecord &record = wizard.run()->record();
    QCOMPARE(record.outcome, RunOutcome::Failed);
    // For people to look at: the wizard at 1024x700, and its result page
    // built again under the German translation.
    if (const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        wizard.resize(1024, 700);
        QTest::qWait(50);
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard-failed.png")));
        QTranslator german;
        if (german.load(qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/translations/parity_de.qm"))) {
            QApplication::installTranslator(&german);
            {
                RunResultPage page;
                page.showRecord(record, QString(), false);
                page.resize(1024, 700);
                page.show();
                QTest::qWait(50);
                QVERIFY(page.grab().save(shots + QStringLiteral("/apply-wizard-failed-de.png")));
            }
            QApplication::removeTranslator(&german);
        }
    }
    QVERIFY(wizard.resultPage()->outcomeText().contains(QStringLiteral("failed"), Qt::CaseInsensitive));
    QCOMPARE(child<QLabel>(&wizard, "outcomeMessage")->text(), record.message);
    // The log ends with the statement that failed.
    auto *log = child<QTreeWidget>(&wizard, "statementLog");
    QVERIFY(log->topLevelItemCount() > 0);
    QCOMPARE(log->topLevelItem(log->topLevelItemCount() - 1)->text(0), QStringLiteral("✗"));
    QVERIFY(!log->topLevelItem(log->topLevelItemCount() - 1)->toolTip(2).isEmpty());
    // One transaction: nothing stays applied, so there is nothing to roll back.
    QVERIFY(record.committedStatements().isEmpty());
    // And the database says so: the target was read again and measured.
    QVERIFY(record.stateMeasured);
    QVERIFY2(record.stateDifferences.isEmpty(), qPrintable(record.stateDifferences.join(QLatin1Char('\n'))));
    QVERIFY(record.message.contains(QLatin1String("measured")));
    const auto headings = wizard.resultPage()->findChildren<QLabel *>();
    QVERIFY(std::ranges::any_of(headings, [](const QLabel *l) {
        return l->text().startsWith(QLatin1String("Measured afterwards")) || l->text().startsWith(QLatin1String("Danach gemessen"));
    }));
    QVERIFY(!child<QPushButton>(&wizard, "rollbackButton")->isVisible());
    const auto catalog = read(from);
    QVERIFY(catalog.has_value());
    for (const Schema &schema : catalog->schemas) {
        if (const Table *t = catalog->table(schema.name, QStringLiteral("customers")))
            QCOMPARE(t->columns.size(), 2);
    }
}

void TestApplyWizard::wrongNameKeepsNextDisabled()
{
    const QString from = makePair(QStringLiteral("guarded"));
    {
        ApplyWizard wizard(request(from), true);
        wizard.show();
        toConfirmPage(wizard);
        if (QTest::currentTestFailed())
            return;
        QAbstractButton *commit = wizard.button(QWizard::CommitButton);
        auto *name = child<QLineEdit>(&wizard, "confirmNameEdit");
        QVERIFY(name->isVisible());
        QVERIFY(!child<QCheckBox>(&wizard, "confirmCheck")->isVisible());
        for (const QString &wrong : {QStringLiteral("guard"), QStringLiteral("Guarded"), QStringLiteral("guarded "),
                                     QStringLiteral("applied")}) {
            typeInto(name, wrong);
            QVERIFY2(!commit->isEnabled(), qPrintable(wrong));
            commit->click();
            QCOMPARE(wizard.currentId(), int(ApplyWizard::ConfirmPageId));
        }
        // The right name, then a slip: enabled, then not again.
        typeInto(name, QStringLiteral("guarded"));
        QVERIFY(commit->isEnabled());
        QTest::keyClick(name, Qt::Key_Backspace);
        QVERIFY(!commit->isEnabled());
        QVERIFY(!wizard.run()->confirmed());
        // Esc closes the wizard (nothing runs now).
        QTest::keyClick(name, Qt::Key_Escape);
        QVERIFY(!wizard.isVisible());
        QCOMPARE(wizard.result(), int(QDialog::Rejected));
    }
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
    // The run is ended in the log as cancelled, with nothing sent.
    const RunRecord last = RunStore().list().first();
    QCOMPARE(last.targetName, QStringLiteral("guarded"));
    QCOMPARE(last.outcome, RunOutcome::Cancelled);
    QVERIFY(last.statements.isEmpty());
}

void TestApplyWizard::confirmationKind_data()
{
    QTest::addColumn<bool>("isProtected");
    QTest::addColumn<QString>("environment");
    QTest::addColumn<bool>("typed");
    QTest::newRow("unprotected uat") << false << QStringLiteral("uat") << false;
    QTest::newRow("protected uat") << true << QStringLiteral("uat") << true;
    QTest::newRow("unprotected prod") << false << QStringLiteral("prod") << true;
    QTest::newRow("unprotected Production") << false << QStringLiteral("Production") << true;
    QTest::newRow("no environment") << false << QString() << false;
}

void TestApplyWizard::confirmationKind()
{
    QFETCH(bool, isProtected);
    QFETCH(QString, environment);
    QFETCH(bool, typed);
    const QString from = makePair(QStringLiteral("kind"));
    ApplyRequest r = request(from);
    r.environment = environment;
    ApplyWizard wizard(r, isProtected);
    QCOMPARE(wizard.needsTypedConfirmation(), typed);
    if (environment != QLatin1String("uat"))
        return; // the pages below check the uat badge
    wizard.show();
    toConfirmPage(wizard);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(child<QLineEdit>(&wizard, "confirmNameEdit")->isVisible(), typed);
    auto *check = child<QCheckBox>(&wizard, "confirmCheck");
    QCOMPARE(check->isVisible(), !typed);
    if (!typed) {
        QVERIFY(check->text().contains(QStringLiteral("kind")));
        QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
        check->setChecked(true);
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        QCOMPARE(wizard.confirmPage()->confirmationText(), QStringLiteral("kind"));
    }
    wizard.reject();
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
}

void TestApplyWizard::dataLossNeedsConsent()
{
    // TO lacks a table FROM holds rows in: the plan drops it.
    const QString from = makePair(QStringLiteral("lossy"),
                                  kFromSql + QStringLiteral("CREATE TABLE legacy (id INTEGER PRIMARY KEY, note TEXT);\n"
                                                            "INSERT INTO legacy (note) VALUES ('a'), ('b'), ('c');\n"),
                                  kFromSql);
    ApplyWizard wizard(request(from), false);
    wizard.show();
    child<QLineEdit>(&wizard, "backupFolderEdit")->setText(m_backups.path());
    child<QPushButton>(&wizard, "checkButton")->click();
    auto *refusal = child<QLabel>(&wizard, "refusalLabel");
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), kTimeout);
    QVERIFY2(refusal->text().contains(QStringLiteral("loses data")), qPrintable(refusal->text()));
    QVERIFY(!wizard.preflightPage()->isComplete());
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled());
    const QString refusedId = wizard.run()->record().id;
    // The hazards are there to read, the high one first.
    HazardListModel *hazards = child<HazardPanel>(&wizard, "preflightHazards")->model();
    QVERIFY(hazards->rowCount() > 0);
    QCOMPARE(HazardSeverity(hazards->index(0, 0).data(HazardListModel::SeverityRole).toInt()), HazardSeverity::High);

    auto *allow = child<QCheckBox>(&wizard, "allowDataLossCheck");
    QVERIFY(allow->isVisible());
    allow->setChecked(true); // runs the preflight again, allowing it
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    QVERIFY(!refusal->isVisible());
    QVERIFY(wizard.run()->request().allowDataLoss);
    QVERIFY(wizard.run()->record().id != refusedId);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    // Changing a choice asks for a new check.
    allow->setChecked(false);
    QVERIFY(!wizard.preflightPage()->isComplete());
    wizard.reject();

    const auto refused = RunStore().load(refusedId);
    QVERIFY(refused.has_value());
    QCOMPARE(refused->outcome, RunOutcome::Refused);
    QVERIFY(hasTable(from, QStringLiteral("legacy")));
}

void TestApplyWizard::driftIsRefused()
{
    const QString from = makePair(QStringLiteral("drifted"));
    ApplyRequest r = request(from);
    // Someone added a table after the comparison.
    QVERIFY(test::runSql(sqliteSpec(from), QStringLiteral("CREATE TABLE hotfix (id INTEGER PRIMARY KEY);")).has_value());
    ApplyWizard wizard(r, false);
    wizard.show();
    child<QLineEdit>(&wizard, "backupFolderEdit")->setText(m_backups.path());
    child<QPushButton>(&wizard, "checkButton")->click();
    auto *refusal = child<QLabel>(&wizard, "refusalLabel");
    QTRY_VERIFY_WITH_TIMEOUT(refusal->isVisible(), kTimeout);
    QVERIFY2(refusal->text().contains(QStringLiteral("changed since the plan")), qPrintable(refusal->text()));
    QVERIFY2(refusal->text().contains(QStringLiteral("hotfix")), qPrintable(refusal->text()));
    QVERIFY(!child<QCheckBox>(&wizard, "allowDataLossCheck")->isVisible());
    QVERIFY(!wizard.preflightPage()->isComplete());
    QCOMPARE(wizard.run()->record().outcome, RunOutcome::Refused);
    wizard.reject();
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
}

void TestApplyWizard::noBackupIsAHighHazard()
{
    const QString from = makePair(QStringLiteral("unsafe"));
    ApplyWizard wizard(request(from), false);
    wizard.show();
    auto *warning = child<QLabel>(&wizard, "noBackupWarning");
    QVERIFY(!warning->isVisible());
    child<QCheckBox>(&wizard, "noBackupCheck")->setChecked(true);
    QVERIFY(warning->isVisible());
    QVERIFY(!child<QLineEdit>(&wizard, "backupFolderEdit")->isEnabled());
    child<QPushButton>(&wizard, "checkButton")->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    const QList<Hazard> &hazards = wizard.run()->plan().forward.hazards;
    QVERIFY(std::ranges::any_of(hazards, [](const Hazard &h) {
        return h.kind == HazardKind::NoBackup && h.severity == HazardSeverity::High;
    }));
    wizard.button(QWizard::CommitButton)->click();
    QCOMPARE(wizard.currentId(), int(ApplyWizard::BackupPageId));
    QVERIFY(wizard.backupPage()->isComplete());
    wizard.button(QWizard::NextButton)->click();
    QVERIFY(child<QLabel>(&wizard, "confirmSummary")->text().contains(QStringLiteral("without a backup")));
    confirmAndApply(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(wizard.resultPage()->outcomeText().contains(QStringLiteral("succeeded"), Qt::CaseInsensitive));
    QVERIFY(wizard.run()->record().backupPath.isEmpty());
    QVERIFY(hasTable(from, QStringLiteral("orders")));
}

void TestApplyWizard::rollBack(RollbackWizard &wizard)
{
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(RollbackWizard::PreflightPageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    QVERIFY(wizard.button(QWizard::BackButton)->isEnabled());
    wizard.button(QWizard::NextButton)->click();
    QCOMPARE(wizard.currentId(), int(RollbackWizard::ConfirmPageId));
    QAbstractButton *commit = wizard.button(QWizard::CommitButton);
    QVERIFY(!commit->isEnabled());
    auto *name = child<QLineEdit>(&wizard, "confirmNameEdit");
    typeInto(name, wizard.run()->confirmationName() + QStringLiteral("x"));
    QVERIFY(!commit->isEnabled());
    typeInto(name, wizard.run()->confirmationName());
    QVERIFY(commit->isEnabled());
    commit->click();
    QCOMPARE(wizard.currentId(), int(RollbackWizard::ExecutePageId));
    QTRY_VERIFY_WITH_TIMEOUT(wizard.executePage()->isComplete(), kTimeout);
    commitOrNext(wizard)->click();
    QCOMPARE(wizard.currentId(), int(RollbackWizard::ResultPageId));
}

void TestApplyWizard::rollbackWithScript()
{
    const QString from = makePair(QStringLiteral("scripted"));
    const QString runId = applyThrough(from);
    QVERIFY(!runId.isEmpty());
    QVERIFY(hasTable(from, QStringLiteral("orders")));

    RollbackRequest r;
    r.target = sqliteSpec(from);
    RollbackWizard wizard(r, true); // no run given: the first page lists the target's runs
    wizard.show();
    RollbackMethodPage *method = wizard.methodPage();
    QTRY_VERIFY_WITH_TIMEOUT(method->isLoaded(), kTimeout);
    QAbstractItemModelTester tester(method->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(method->model()->rowCount(), 1); // only this target's apply runs
    QCOMPARE(method->runId(), runId);
    QVERIFY(child<QRadioButton>(&wizard, "scriptMethodRadio")->isChecked());
    QVERIFY(child<QRadioButton>(&wizard, "backupMethodRadio")->isEnabled());
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    rollBack(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wizard.resultPage()->outcomeText().contains(QStringLiteral("succeeded"), Qt::CaseInsensitive),
             qPrintable(wizard.run()->record().message));
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
    QVERIFY(hasTable(from, QStringLiteral("customers")));
    QVERIFY(wizard.changedDatabase());
    const RunRecord rollback = RunStore().list().first();
    QCOMPARE(rollback.kind, QStringLiteral("rollback"));
    QCOMPARE(rollback.rollsBack, runId);
    QCOMPARE(rollback.method, QStringLiteral("script"));
    QCOMPARE(rollback.outcome, RunOutcome::Succeeded);
    QVERIFY(!rollback.statements.isEmpty());
}

void TestApplyWizard::rollbackWithBackup()
{
    const QString from = makePair(QStringLiteral("restored"));
    const QString runId = applyThrough(from);
    QVERIFY(!runId.isEmpty());
    // Written after the backup: the restore replaces it.
    QVERIFY(test::runSql(sqliteSpec(from), QStringLiteral("INSERT INTO customers (id, name) VALUES (3, 'Edsger');"))
                .has_value());

    RollbackRequest r;
    r.target = sqliteSpec(from);
    r.runId = runId;
    RollbackWizard wizard(r, true);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.methodPage()->isLoaded(), kTimeout);
    QCOMPARE(wizard.methodPage()->runId(), runId);
    auto *backup = child<QRadioButton>(&wizard, "backupMethodRadio");
    QVERIFY(backup->isEnabled());
    backup->setChecked(true);
    QCOMPARE(wizard.methodPage()->method(), RollbackMethod::Backup);

    // The warnings come first, and say what is lost; Back to the choice works.
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    auto *warnings = child<QLabel>(&wizard, "rollbackWarnings");
    QVERIFY(warnings->isVisible());
    QVERIFY2(warnings->text().contains(QStringLiteral("replaced by the backup")), qPrintable(warnings->text()));
    QVERIFY(!child<QPlainTextEdit>(&wizard, "rollbackScript")->isVisible());
    const QString abandoned = wizard.run()->record().id;
    wizard.back();
    QCOMPARE(wizard.currentId(), int(RollbackWizard::MethodPageId));
    QCOMPARE(RunStore().load(abandoned)->outcome, RunOutcome::Cancelled);

    rollBack(wizard);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(wizard.resultPage()->outcomeText().contains(QStringLiteral("succeeded"), Qt::CaseInsensitive),
             qPrintable(wizard.run()->record().message));
    QVERIFY(!hasTable(from, QStringLiteral("orders")));
    const auto catalog = read(from);
    QVERIFY(catalog.has_value());
    qint64 customers = -1;
    for (const Schema &schema : catalog->schemas) {
        if (const Table *t = catalog->table(schema.name, QStringLiteral("customers")))
            customers = t->rowCount;
    }
    QCOMPARE(customers, 2);
    QCOMPARE(RunStore().list().first().method, QStringLiteral("backup"));
}

void TestApplyWizard::rollbackBackupIntoNewFile()
{
    const QString from = makePair(QStringLiteral("inspected"));
    const QString runId = applyThrough(from);
    QVERIFY(!runId.isEmpty());
    const QString into = test::scratchSqlitePath(QStringLiteral("inspected-copy.db"));

    RollbackRequest r;
    r.target = sqliteSpec(from);
    r.runId = runId;
    RollbackWizard wizard(r, false);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.methodPage()->isLoaded(), kTimeout);
    child<QRadioButton>(&wizard, "backupMethodRadio")->setChecked(true);
    auto *intoCheck = child<QCheckBox>(&wizard, "intoCheck");
    auto *intoEdit = child<QLineEdit>(&wizard, "intoEdit");
    QVERIFY(intoCheck->text().contains(QStringLiteral("file")));
    QVERIFY(!intoEdit->isEnabled());
    intoCheck->setChecked(true);
    QVERIFY(intoEdit->isEnabled());
    intoEdit->clear();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    intoEdit->setText(into);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.methodPage()->intoDatabase(), into);

    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    wizard.button(QWizard::NextButton)->click();
    // Not protected, not prod: a checkbox naming the target.
    auto *check = child<QCheckBox>(&wizard, "confirmCheck");
    QVERIFY(check->isVisible());
    check->setChecked(true);
    wizard.button(QWizard::CommitButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.executePage()->isComplete(), kTimeout);
    commitOrNext(wizard)->click();
    QVERIFY2(wizard.resultPage()->outcomeText().contains(QStringLiteral("succeeded"), Qt::CaseInsensitive),
             qPrintable(wizard.run()->record().message));
    // The copy is FROM as it was; the target keeps the change.
    QVERIFY(QFile::exists(into));
    QVERIFY(!hasTable(into, QStringLiteral("orders")));
    QVERIFY(hasTable(into, QStringLiteral("customers")));
    QVERIFY(hasTable(from, QStringLiteral("orders")));
}

void TestApplyWizard::historyListsRuns()
{
    const QList<RunRecord> runs = RunStore().list();
    QVERIFY(runs.size() >= 5); // the applies and rollbacks above

    RunHistoryDock dock;
    QAbstractItemModelTester tester(dock.view()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy refreshed(&dock, &RunHistoryDock::refreshed);
    QSignalSpy rollback(&dock, &RunHistoryDock::rollbackRequested);
    dock.show();
    dock.refresh();
    QVERIFY(refreshed.wait(kTimeout));
    QCOMPARE(dock.model()->rowCount(), int(runs.size()));
    QCOMPARE(dock.view()->model()->rowCount(), int(runs.size()));

    // Outcomes in colour: a succeeded run green, a refused one not.
    QAbstractItemModel *shown = dock.view()->model();
    int succeededRow = -1;
    int refusedRow = -1;
    for (int row = 0; row < shown->rowCount(); ++row) {
        const QString outcome = shown->index(row, 0).data(RunListModel::OutcomeRole).toString();
        if (outcome == QLatin1String("succeeded") && succeededRow < 0
            && dock.model()->runs().at(row).kind == QLatin1String("apply"))
            succeededRow = row;
        if (outcome == QLatin1String("refused") && refusedRow < 0)
            refusedRow = row;
    }
    QVERIFY(succeededRow >= 0 && refusedRow >= 0);
    const QColor green = shown->index(succeededRow, RunListModel::OutcomeColumn).data(Qt::ForegroundRole).value<QColor>();
    const QColor amber = shown->index(refusedRow, RunListModel::OutcomeColumn).data(Qt::ForegroundRole).value<QColor>();
    QVERIFY(green.isValid() && amber.isValid());
    QVERIFY(green.green() > green.red());
    QVERIFY(amber.red() > amber.blue());
    QVERIFY(!shown->index(succeededRow, RunListModel::TargetColumn).data(Qt::ForegroundRole).isValid());

    // Enter on a run shows its record.
    QTableView *view = dock.view();
    view->setFocus();
    view->setCurrentIndex(shown->index(succeededRow, 0));
    QTest::keyClick(view, Qt::Key_Return);
    const RunRecord &run = dock.model()->runs().at(succeededRow);
    const QString details = dock.details()->toPlainText();
    QVERIFY2(details.contains(run.id), qPrintable(details));
    QVERIFY(details.contains(QStringLiteral("✓")));
    QVERIFY(details.contains(QStringLiteral("Verified")));
    QVERIFY(details.contains(run.statements.first().sql.simplified()));

    auto *rollbackButton = child<QPushButton>(&dock, "historyRollbackButton");
    QVERIFY(rollbackButton->isEnabled());
    rollbackButton->click();
    QCOMPARE(rollback.size(), 1);
    QCOMPARE(rollback.first().at(0).toString(), run.id);
    QCOMPARE(rollback.first().at(1).toString(), run.target);
    view->setCurrentIndex(shown->index(refusedRow, 0));
    QVERIFY(!rollbackButton->isEnabled());
}

void TestApplyWizard::historyChecksInterruptedRun()
{
    // PARITY_SCREENSHOT_LANG=de: the dock in German, for the screenshots below.
    QTranslator german;
    const bool inGerman = qEnvironmentVariable("PARITY_SCREENSHOT_LANG") == QLatin1String("de")
                          && german.load(qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/translations/parity_de.qm"));
    if (inGerman)
        QApplication::installTranslator(&german);
    const auto uninstall = qScopeGuard([&german] { QApplication::removeTranslator(&german); });
    // A run whose process died after its preflight, while its DELETE ran:
    // the record still says running, and nobody holds its lock.
    const QString from = makePair(QStringLiteral("interrupted"),
                                  QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, v integer);\n"
                                                 "INSERT INTO t VALUES (1, 1), (2, 2);\n"),
                                  QStringLiteral("CREATE TABLE t (id integer PRIMARY KEY, v integer);\n"));
    QString runId;
    {
        ApplyRequest r;
        r.target = sqliteSpec(from);
        r.script = QStringLiteral("DELETE FROM t WHERE id = 2;\n");
        r.noBackup = true;
        r.allowDataLoss = true;
        ApplyRun run(r);
        JobContext job;
        PARITY_VERIFY_RESULT(run.preflight(job));
        runId = run.record().id;
        PARITY_VERIFY_RESULT(test::runSql(sqliteSpec(from), r.script));
    } // the run object goes as its process would: the lock is let go, the record says running

    RunHistoryDock dock;
    QSignalSpy refreshed(&dock, &RunHistoryDock::refreshed);
    QSignalSpy checkRequested(&dock, &RunHistoryDock::checkRequested);
    dock.show();
    dock.refresh();
    QVERIFY(refreshed.wait(kTimeout));
    const QModelIndex row = dock.model()->indexOfRun(runId);
    QVERIFY(row.isValid());
    QCOMPARE(row.data(RunListModel::OutcomeRole).toString(), QStringLiteral("interrupted"));
    dock.view()->setCurrentIndex(dock.view()->model()->index(row.row(), 0));
    dock.showDetails(row.row());
    QVERIFY2(dock.details()->toPlainText().contains(QLatin1String("--check")), qPrintable(dock.details()->toPlainText()));

    auto *check = child<QPushButton>(&dock, "historyCheckButton");
    QVERIFY(check->isEnabled());
    check->click();
    QCOMPARE(checkRequested.size(), 1);
    QCOMPARE(checkRequested.first().at(0).toString(), runId);

    // The controller reads the file on a worker and the dock shows what the database says.
    RunCheckController controller([](const QString &text, std::function<void(Result<ConnectionSpec>)> done) {
        done(ConnectionSpec::parse(text));
    });
    connect(&controller, &RunCheckController::checked, &dock, &RunHistoryDock::showCheckReport);
    QSignalSpy checked(&controller, &RunCheckController::checked);
    controller.check(runId, checkRequested.first().at(1).toString(), false);
    QVERIFY(checked.wait(kTimeout));
    const QString report = dock.details()->toPlainText();
    QVERIFY2(report.contains(QLatin1String("rows: t held 2 rows before and holds 1 row now")), qPrintable(report));
    QVERIFY(refreshed.wait(kTimeout)); // the measurement went into the record
    auto stored = RunStore().load(runId);
    PARITY_VERIFY_RESULT(stored);
    QCOMPARE(stored->outcome, RunOutcome::Interrupted);
    QVERIFY(stored->stateMeasured);
    QCOMPARE(stored->stateDifferences.size(), 1);
    QVERIFY(child<QPushButton>(&dock, "historyRollbackButton")->isEnabled());

    // For people to look at: the dock after the check, at both window sizes,
    // light and dark, in the language the test runs in.
    if (const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QDir().mkpath(shots);
        dock.setFloating(true);
        for (const QSize size : {QSize(1024, 700), QSize(1600, 1000)}) {
            for (const bool dark : {false, true}) {
                QPalette palette = QApplication::palette();
                if (dark) {
                    palette.setColor(QPalette::Window, QColor(0x2d, 0x2d, 0x2d));
                    palette.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
                    palette.setColor(QPalette::Button, QColor(0x3a, 0x3a, 0x3a));
                    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
                        palette.setColor(role, QColor(0xe0, 0xe0, 0xe0));
                }
                dock.setPalette(palette);
                dock.resize(size.width(), size.height() / 2);
                QTest::qWait(50);
                QVERIFY(dock.grab().save(shots + QStringLiteral("/run-history-check-%1x%2%3%4.png")
                                                     .arg(size.width())
                                                     .arg(size.height())
                                                     .arg(dark ? QStringLiteral("-dark") : QString())
                                                     .arg(inGerman ? QStringLiteral("-de") : QString())));
            }
        }
    }
}

void TestApplyWizard::mainWindowActions()
{
    const QString from = makePair(QStringLiteral("windowed"));
    MemorySecretStore secrets;
    MainWindow window(&secrets);
    QAction *apply = window.action(QStringLiteral("applyAction"));
    QAction *rollback = window.action(QStringLiteral("rollbackAction"));
    QVERIFY(apply && rollback);
    QCOMPARE(apply->shortcut(), QKeySequence(QStringLiteral("Ctrl+Shift+A")));
    QVERIFY(!apply->isEnabled());
    QSignalSpy scripts(&window, &MainWindow::scriptsUpdated);
    window.compare(QStringLiteral("sqlite:") + m_toPaths.value(from), QStringLiteral("sqlite:") + from);
    QVERIFY(scripts.wait(kTimeout));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), kTimeout);
    QVERIFY(apply->isEnabled());
    QVERIFY(rollback->isEnabled());
    QCOMPARE(window.controller()->diffOptions().ignoreColumnOrder, false);

    // The same pair both ways round: nothing to apply.
    window.compare(QStringLiteral("sqlite:") + from, QStringLiteral("sqlite:") + from);
    QTRY_VERIFY_WITH_TIMEOUT(window.controller()->hasComparison() && !window.controller()->isBusy(), kTimeout);
    QVERIFY(!apply->isEnabled());
}

void TestApplyWizard::screenshots()
{
    const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("PARITY_SCREENSHOT_DIR is not set (the screenshots target sets it)");
    QDir().mkpath(shots);
    // The demo pair: staging's structure applied to a copy of uat.
    const QString demo = qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo");
    QTemporaryDir work;
    const QString uat = work.filePath(QStringLiteral("uat.db"));
    QVERIFY(QFile::copy(demo + QStringLiteral("/uat.db"), uat));
    auto staging = read(demo + QStringLiteral("/staging.db"));
    auto planned = read(uat);
    QVERIFY(staging && planned);
    ApplyRequest r;
    r.target = sqliteSpec(uat);
    r.to = *staging;
    r.plannedFrom = *planned;
    r.profile = QStringLiteral("uat");
    r.environment = QStringLiteral("uat");

    QString runId;
    {
        ApplyWizard wizard(r, true);
        wizard.resize(900, 760);
        wizard.show();
        child<QLineEdit>(&wizard, "backupFolderEdit")->setText(work.filePath(QStringLiteral("backups")));
        child<QPushButton>(&wizard, "checkButton")->click();
        QTRY_VERIFY_WITH_TIMEOUT(!wizard.preflightPage()->runner()->isRunning(), kTimeout);
        auto *allow = child<QCheckBox>(&wizard, "allowDataLossCheck");
        if (allow->isVisible()) {
            QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard-preflight.png")));
            allow->setChecked(true);
        }
        QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.backupPage()->isComplete(), kTimeout);
        wizard.button(QWizard::NextButton)->click();
        typeInto(child<QLineEdit>(&wizard, "confirmNameEdit"), QStringLiteral("uat"));
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard.png")));
        confirmAndApply(wizard);
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard-result.png")));
        runId = wizard.run()->record().id;
        wizard.accept();
    }
    // A rollback worth showing: a run that applied, dropping a column with
    // values, and a table that got rows afterwards.
    const QString shop = work.filePath(QStringLiteral("shop/uat.db"));
    QVERIFY(QDir().mkpath(QFileInfo(shop).path()));
    const QString shopTo = work.filePath(QStringLiteral("shop-staging.db"));
    QVERIFY(test::runSql(sqliteSpec(shop),
                         QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, legacy_code TEXT);\n"
                                        "INSERT INTO customers VALUES (1, 'Ada', 'A-17'), (2, 'Grace', 'G-02'), (3, 'Edsger', NULL);\n"
                                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), total NUMERIC NOT NULL);\n"
                                        "INSERT INTO orders VALUES (1, 1, 12.5), (2, 2, 99), (3, 1, 7);\n"))
                .has_value());
    QVERIFY(test::runSql(sqliteSpec(shopTo),
                         QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT NOT NULL, email TEXT);\n"
                                        "CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_id INTEGER NOT NULL REFERENCES customers (id), total NUMERIC NOT NULL, status TEXT NOT NULL DEFAULT 'open');\n"
                                        "CREATE TABLE invoices (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL REFERENCES orders (id), issued_at TEXT NOT NULL);\n"
                                        "CREATE INDEX invoices_order ON invoices (order_id);\n"))
                .has_value());
    m_toPaths.insert(shop, shopTo);
    {
        ApplyWizard wizard(request(shop), true);
        wizard.show();
        child<QLineEdit>(&wizard, "backupFolderEdit")->setText(work.filePath(QStringLiteral("backups")));
        child<QPushButton>(&wizard, "checkButton")->click();
        auto *allow = child<QCheckBox>(&wizard, "allowDataLossCheck");
        QTRY_VERIFY_WITH_TIMEOUT(allow->isVisible(), kTimeout);
        allow->setChecked(true);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.backupPage()->isComplete(), kTimeout);
        wizard.button(QWizard::NextButton)->click();
        typeInto(child<QLineEdit>(&wizard, "confirmNameEdit"), QStringLiteral("uat"));
        wizard.button(QWizard::CommitButton)->click();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.applyPage()->isComplete(), kTimeout);
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard-applied.png")));
        commitOrNext(wizard)->click();
        QTest::qWait(100);
        QVERIFY(wizard.grab().save(shots + QStringLiteral("/apply-wizard-succeeded.png")));
        QVERIFY2(wizard.run()->record().outcome == RunOutcome::Succeeded, qPrintable(wizard.run()->record().message));
        runId = wizard.run()->record().id;
        wizard.accept();
    }
    QVERIFY(test::runSql(sqliteSpec(shop), QStringLiteral("INSERT INTO invoices VALUES (1, 2, '2026-11-21');")).has_value());

    RollbackRequest back;
    back.target = sqliteSpec(shop);
    back.runId = runId;
    back.profile = QStringLiteral("uat");
    back.environment = QStringLiteral("uat");
    RollbackWizard wizard(back, true);
    wizard.resize(900, 760);
    wizard.show();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.methodPage()->isLoaded(), kTimeout);
    QTest::qWait(100);
    QVERIFY(wizard.grab().save(shots + QStringLiteral("/rollback-wizard-method.png")));
    wizard.button(QWizard::NextButton)->click();
    QTRY_VERIFY_WITH_TIMEOUT(wizard.preflightPage()->isComplete(), kTimeout);
    QTest::qWait(100);
    QVERIFY(wizard.grab().save(shots + QStringLiteral("/rollback-wizard.png")));
    wizard.reject();
}

QTEST_MAIN(TestApplyWizard)
#include "tst_applywizard.moc"

// The Migration History dock and the explanations in the diff tree, under
// the offscreen platform, on the demo pair (staging ran migrations uat did
// not) with the demo's migrations folder.
#include "comparisoncontroller.h"
#include "connection/secretstore.h"
#include "difftreepane.h"
#include "historycontroller.h"
#include "introspection/inspector.h"
#include "item/difftreemodel.h"
#include "item/historymatrixmodel.h"
#include "mainwindow.h"
#include "migrationhistorydock.h"
#include "schema/snapshot.h"
#include "scriptpane.h"

#include "common/jobcontext.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace parity;

namespace {

const QString kAudit = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent,
                       const QString &name)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(DiffTreeModel::ObjectNameRole).toString() == name)
            return i;
    }
    return {};
}

QModelIndex tableRow(const DiffTreeModel *model, const QString &name)
{
    return childNamed(model, childNamed(model, model->index(0, 0), QStringLiteral("Tables")), name);
}

QStringList shownIds(const QTableView *view)
{
    QStringList ids;
    for (int r = 0; r < view->model()->rowCount(); ++r)
        ids << view->model()->index(r, 0).data(HistoryMatrixModel::IdRole).toString();
    return ids;
}

} // namespace

class TestMigrationHistoryDock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoShowsHistoryAndExplanations();
    void folderChosenInTheDock();
    void missingFolderIsANote();
    void snapshotSideIsSkipped();
    void newerRequestDropsStaleRead();
    void unreachableServerIsANote();
    void screenshots();

private:
    QString demoDb(const QString &name) const
    {
        return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name
               + QStringLiteral(".db");
    }
    /// Compares two specs and waits for the history beside it.
    bool compareWithHistory(MainWindow &window, const QString &reference, const QString &target);
    /// Opens the demo (built with its migrations folder) and waits for the history.
    bool openDemoWithHistory(MainWindow &window);

    QTemporaryDir m_home;
    MemorySecretStore m_secrets;
};

void TestMigrationHistoryDock::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(QFile::exists(demoDb(QStringLiteral("staging"))));
}

bool TestMigrationHistoryDock::compareWithHistory(MainWindow &window, const QString &reference,
                                                  const QString &target)
{
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    QSignalSpy history(&window, &MainWindow::migrationHistoryShown);
    window.compare(reference, target);
    if (!compared.wait(30000) || !compared.first().first().toBool())
        return false;
    return history.count() > 0 || history.wait(30000);
}

bool TestMigrationHistoryDock::openDemoWithHistory(MainWindow &window)
{
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    QSignalSpy history(&window, &MainWindow::migrationHistoryShown);
    window.openDemo();
    if (!compared.wait(60000) || !compared.first().first().toBool())
        return false;
    return history.count() > 0 || history.wait(30000);
}

void TestMigrationHistoryDock::demoShowsHistoryAndExplanations()
{
    MainWindow window(&m_secrets);
    MigrationHistoryDock *dock = window.migrationHistory();
    QAbstractItemModelTester tester(dock->view()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openDemoWithHistory(window));

    // The demo's own folder, found without being asked.
    QVERIFY2(dock->folderEdit()->text().endsWith(QStringLiteral("demo/migrations")),
             qPrintable(dock->folderEdit()->text()));
    QVERIFY(dock->chosenFolder().isEmpty());
    QVERIFY(dock->folderEdit()->toolTip().contains(QStringLiteral("the demo")));

    // The SequelizeMeta rows of both, staging (the reference) first.
    HistoryMatrixModel *model = dock->model();
    QCOMPARE(model->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Migration"));
    QCOMPARE(model->headerData(1, Qt::Horizontal).toString(), QStringLiteral("On disk"));
    QCOMPARE(model->headerData(2, Qt::Horizontal).toString(), QStringLiteral("staging"));
    QCOMPARE(model->headerData(3, Qt::Horizontal).toString(), QStringLiteral("uat"));
    const QModelIndex users =
        model->indexOfMigration(QStringLiteral("20251101_01_create_users_table.js"));
    QVERIFY(users.isValid());
    QCOMPARE(users.data(HistoryMatrixModel::FrameworkRole).toInt(),
             int(MigrationFramework::Sequelize));
    QCOMPARE(users.siblingAtColumn(2).data().toString(), QStringLiteral("applied"));
    QCOMPARE(users.siblingAtColumn(3).data().toString(), QStringLiteral("applied"));
    QCOMPARE(users.data(HistoryMatrixModel::AgreesRole).toBool(), true);
    const QModelIndex audit = model->indexOfMigration(kAudit);
    QVERIFY(audit.isValid());
    QCOMPARE(audit.siblingAtColumn(1).data().toString(), QStringLiteral("yes"));
    QCOMPARE(audit.siblingAtColumn(2).data().toString(), QStringLiteral("applied"));
    QCOMPARE(audit.siblingAtColumn(3).data().toString(), QStringLiteral("pending"));
    QCOMPARE(audit.data(HistoryMatrixModel::AgreesRole).toBool(), false);

    // A line per environment: uat's pending migrations, in a number.
    const int uatPending = int(model->matrix().pending(1).size());
    QVERIFY(uatPending > 0);
    const QString summary = dock->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("uat: %1 pending").arg(uatPending)),
             qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("staging: ")), qPrintable(summary));

    // Only the migrations that differ.
    QTableView *view = dock->view();
    const QStringList all = shownIds(view);
    QCOMPARE(all.size(), model->rowCount());
    dock->differencesOnly()->setChecked(true);
    const QStringList differing = shownIds(view);
    QVERIFY(differing.contains(kAudit));
    QVERIFY(!differing.contains(QStringLiteral("20251101_01_create_users_table.js")));
    QVERIFY(differing.size() < all.size());
    for (int r = 0; r < view->model()->rowCount(); ++r)
        QCOMPARE(view->model()->index(r, 0).data(HistoryMatrixModel::AgreesRole).toBool(), false);
    QVERIFY(dock->shownText().startsWith(QStringLiteral("Migration\tOn disk\tstaging\tuat\n")));
    QCOMPARE(dock->shownText().count(QLatin1Char('\n')), differing.size() + 1);
    dock->differencesOnly()->setChecked(false);
    QCOMPARE(shownIds(view), all);

    // Copy as Markdown gives the CLI's tables.
    auto *markdown = view->findChild<QAction *>(QStringLiteral("copyHistoryMarkdownAction"));
    QVERIFY(markdown);
    markdown->trigger();
    QVERIFY(QApplication::clipboard()->text().contains(kAudit));

    // The trees: the table uat lacks names the migration that creates it...
    DiffTreeModel *diff = window.diffModel();
    QVERIFY(diff->driftExplanation().available);
    const QModelIndex auditTable = tableRow(diff, QStringLiteral("sync_audit_logs"));
    QVERIFY(auditTable.isValid());
    QVERIFY2(auditTable.data(DiffTreeModel::ExplanationRole).toString().contains(kAudit),
             qPrintable(auditTable.data(DiffTreeModel::ExplanationRole).toString()));
    QVERIFY(
        auditTable.data(DiffTreeModel::ExplainingMigrationsRole).toStringList().contains(kAudit));
    QVERIFY(!auditTable.data(DiffTreeModel::UnexplainedRole).toBool());
    const QString tip = auditTable.data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(kAudit) && tip.contains(QStringLiteral("staging ran it")),
             qPrintable(tip));

    // ... and a default changed by hand is drift no migration explains.
    const QModelIndex balance =
        childNamed(diff, tableRow(diff, QStringLiteral("wallets")), QStringLiteral("balance"));
    QVERIFY(balance.isValid());
    QVERIFY(balance.data(DiffTreeModel::UnexplainedRole).toBool());
    QCOMPARE(balance.data(DiffTreeModel::ExplanationRole).toString(),
             QStringLiteral("unexplained drift"));
    QVERIFY(window.trees()->summaryLabel()->text().contains(QStringLiteral("unexplained drift")));

    // The HTML report for sign-off says the same.
    QTemporaryDir out;
    window.scripts()->setSavePathChooser([&out](const QString &, const QString &name, const QString &) {
        return out.filePath(name);
    });
    QSignalSpy exported(&window, &MainWindow::reportExported);
    window.action(QStringLiteral("exportReportAction"))->trigger();
    QCOMPARE(exported.count(), 1);
    QFile report(exported.first().first().toString());
    QVERIFY(report.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(report.readAll());
    QVERIFY(html.contains(kAudit));
    QVERIFY(html.contains(QStringLiteral("unexplained drift"), Qt::CaseInsensitive));
}

void TestMigrationHistoryDock::folderChosenInTheDock()
{
    // The build's pair, compared directly: no folder comes with it.
    MainWindow window(&m_secrets);
    MigrationHistoryDock *dock = window.migrationHistory();
    QVERIFY(compareWithHistory(window, demoDb(QStringLiteral("staging")),
                               demoDb(QStringLiteral("uat"))));
    QVERIFY(dock->folderEdit()->text().isEmpty());
    QCOMPARE(dock->model()->columnCount(), 3); // no "On disk"
    QCOMPARE(dock->model()->indexOfMigration(kAudit).siblingAtColumn(2).data().toString(),
             QStringLiteral("pending"));

    // Browsing to the demo's folder reads again against it.
    QTemporaryDir demo;
    const Result<DemoDatabases> prepared = prepareDemoDatabases(demo.path());
    QVERIFY2(prepared, prepared ? "" : qPrintable(prepared.error().message));
    QString offered;
    dock->setFolderChooser([&](QWidget *, const QString &start) {
        offered = start;
        return prepared->migrations;
    });
    QSignalSpy history(&window, &MainWindow::migrationHistoryShown);
    dock->findChild<QPushButton *>(QStringLiteral("browseMigrationsFolderButton"))->click();
    QVERIFY(history.wait(30000));
    QCOMPARE(dock->chosenFolder(), QDir::toNativeSeparators(prepared->migrations));
    QCOMPARE(dock->model()->columnCount(), 4);
    QVERIFY(dock->model()->matrix().folderGiven());
    QVERIFY(dock->summaryLabel()->text().contains(QStringLiteral(" pending")));

    // The choice stays for the next comparison.
    QVERIFY(compareWithHistory(window, demoDb(QStringLiteral("staging")),
                               demoDb(QStringLiteral("uat"))));
    QCOMPARE(window.historyController()->outcome().folder, QDir::cleanPath(prepared->migrations));
    QVERIFY(window.diffModel()->driftExplanation().available);

    // A cleared field gives the choice back.
    dock->folderEdit()->clear();
    QTest::keyClick(dock->folderEdit(), Qt::Key_Return);
    QVERIFY(history.wait(30000));
    QVERIFY(dock->chosenFolder().isEmpty());
    QVERIFY(!dock->model()->matrix().folderGiven());
}

void TestMigrationHistoryDock::missingFolderIsANote()
{
    MainWindow window(&m_secrets);
    MigrationHistoryDock *dock = window.migrationHistory();
    QVERIFY(compareWithHistory(window, demoDb(QStringLiteral("staging")),
                               demoDb(QStringLiteral("uat"))));
    const QString gone = m_home.filePath(QStringLiteral("no-such-project/migrations"));
    QSignalSpy history(&window, &MainWindow::migrationHistoryShown);
    QTest::keyClicks(dock->folderEdit(), gone);
    dock->reloadButton()->click();
    QVERIFY(history.wait(30000));
    QVERIFY(!dock->notesLabel()->isHidden());
    QVERIFY2(dock->notesLabel()->text().contains(
                 QStringLiteral("migrations folder could not be read")),
             qPrintable(dock->notesLabel()->text()));
    // What could be read is still shown.
    QVERIFY(dock->model()->indexOfMigration(kAudit).isValid());
    QVERIFY(window.diffModel()->driftExplanation().available);
}

void TestMigrationHistoryDock::snapshotSideIsSkipped()
{
    QTemporaryDir dir;
    const QString snapshot = dir.filePath(QStringLiteral("uat.parity.json"));
    {
        JobContext job;
        auto catalog = inspect(*ConnectionSpec::parse(demoDb(QStringLiteral("uat"))),
                               IntrospectionOptions(), job);
        QVERIFY(catalog);
        QFile file(snapshot);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(snapshotToJson(*catalog));
    }
    MainWindow window(&m_secrets);
    MigrationHistoryDock *dock = window.migrationHistory();
    QVERIFY(compareWithHistory(window, demoDb(QStringLiteral("staging")), snapshot));
    QCOMPARE(dock->model()->matrix().environments.size(), 1);
    QCOMPARE(dock->model()->headerData(1, Qt::Horizontal).toString(), QStringLiteral("staging"));
    QVERIFY2(dock->notesLabel()->text().contains(QStringLiteral("snapshot")),
             qPrintable(dock->notesLabel()->text()));
    // Nothing is flagged as drift when one side's history is unknown.
    QVERIFY(!window.diffModel()->driftExplanation().available);
    const QModelIndex balance =
        childNamed(window.diffModel(), tableRow(window.diffModel(), QStringLiteral("wallets")),
                   QStringLiteral("balance"));
    QVERIFY(!balance.data(DiffTreeModel::UnexplainedRole).toBool());
}

void TestMigrationHistoryDock::newerRequestDropsStaleRead()
{
    HistoryController controller;
    QSignalSpy read(&controller, &HistoryController::historyRead);
    QSignalSpy busy(&controller, &HistoryController::busyChanged);
    auto request = [this](const QString &referenceName, const QString &targetName) {
        HistoryController::Request r;
        r.reference = {*ConnectionSpec::parse(demoDb(QStringLiteral("staging"))), referenceName};
        r.target = {*ConnectionSpec::parse(demoDb(QStringLiteral("uat"))), targetName};
        return r;
    };
    controller.start(request(QStringLiteral("old-staging"), QStringLiteral("old-uat")));
    QVERIFY(controller.isBusy());
    controller.start(request(QStringLiteral("staging"), QStringLiteral("uat")));
    QVERIFY(read.wait(30000));
    QTest::qWait(200); // a stale result would arrive about now
    QCOMPARE(read.count(), 1);
    QCOMPARE(controller.outcome().matrix.environments.size(), 2);
    QCOMPARE(controller.outcome().matrix.environments.first().name, QStringLiteral("staging"));
    QVERIFY(!controller.isBusy());
    QCOMPARE(busy.count(), 2); // busy once, idle once

    // A cancel (a new comparison starting) drops the read under way.
    controller.start(request(QStringLiteral("x"), QStringLiteral("y")));
    controller.cancel();
    QVERIFY(!controller.isBusy());
    QTest::qWait(500);
    QCOMPARE(read.count(), 1);
    QCOMPARE(controller.outcome().matrix.environments.first().name, QStringLiteral("staging"));

    // Reload without a comparison says what to do.
    controller.reload(QString());
    QCOMPARE(read.count(), 2);
    QVERIFY(controller.outcome()
                .notes.join(QLatin1Char(' '))
                .contains(QStringLiteral("Compare two databases first")));
}

void TestMigrationHistoryDock::unreachableServerIsANote()
{
    // Nothing listens on port 1: the read fails at once, and says so.
    HistoryController controller;
    QSignalSpy read(&controller, &HistoryController::historyRead);
    HistoryController::Request request;
    request.reference = {*ConnectionSpec::parse(demoDb(QStringLiteral("staging"))),
                         QStringLiteral("staging")};
    request.target = {*ConnectionSpec::parse(
                          QStringLiteral("postgresql://app:secret-pw@127.0.0.1:1/wallet")),
                      QStringLiteral("uat")};
    request.target.spec.connectTimeoutSeconds = 2;
    controller.start(request);
    QVERIFY(read.wait(30000));
    const QString notes = controller.outcome().notes.join(QLatin1Char('\n'));
    QVERIFY2(notes.contains(QStringLiteral("Could not read the migration history of uat")),
             qPrintable(notes));
    QVERIFY2(!notes.contains(QStringLiteral("secret-pw")), qPrintable(notes));
    // The side that could be read is there; nothing is explained with one side.
    QCOMPARE(controller.outcome().matrix.environments.size(), 1);
    QVERIFY(!controller.outcome().explanation.available);
}

void TestMigrationHistoryDock::screenshots()
{
    const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("PARITY_SCREENSHOT_DIR is not set (the screenshots target sets it)");
    QDir().mkpath(shots);
    QSettings().remove(QStringLiteral("mainWindow"));
    MainWindow window(&m_secrets);
    window.resize(1500, 940);
    window.show();
    QVERIFY(openDemoWithHistory(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 30000);

    // The dock on its own, wide enough for the matrix.
    MigrationHistoryDock *dock = window.migrationHistory();
    dock->setFloating(true);
    dock->resize(1100, 640);
    dock->show();
    dock->raise();
    dock->view()->selectRow(dock->model()->indexOfMigration(kAudit).row());
    QTest::qWait(100);
    QVERIFY(dock->grab().save(shots + QStringLiteral("/migration-history.png")));
    dock->setFloating(false);

    // The trees with an explained table and an unexplained default.
    DiffTreeModel *diff = window.diffModel();
    window.trees()->revealSource(
        childNamed(diff, tableRow(diff, QStringLiteral("wallets")), QStringLiteral("balance")));
    window.trees()->revealSource(tableRow(diff, QStringLiteral("sync_audit_logs")));
    QTest::qWait(100);
    QVERIFY(window.trees()->grab().save(shots + QStringLiteral("/drift-explained.png")));

    // The whole window with the dock in its place, then on a dark palette.
    window.action(QStringLiteral("migrationHistoryAction"))->trigger();
    QTest::qWait(100);
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench-history.png")));
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2b, 0x2b, 0x2b));
    dark.setColor(QPalette::WindowText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1e, 0x1e));
    dark.setColor(QPalette::AlternateBase, QColor(0x26, 0x26, 0x26));
    dark.setColor(QPalette::Text, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Button, QColor(0x35, 0x35, 0x35));
    dark.setColor(QPalette::ButtonText, QColor(0xe0, 0xe0, 0xe0));
    dark.setColor(QPalette::Highlight, QColor(0x2d, 0x5f, 0x9e));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    const QPalette light = QApplication::palette();
    QApplication::setPalette(dark);
    QTest::qWait(100);
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench-history-dark.png")));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMigrationHistoryDock)
#include "tst_migrationhistorydock.moc"

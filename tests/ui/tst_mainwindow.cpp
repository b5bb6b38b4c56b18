// The workbench window under the offscreen platform: the demo comparison,
// the aligned trees, the DDL of both sides, the script following the ticks,
// filters and search, hazards, and errors a user can act on.
#include "comparebar.h"
#include "comparisoncontroller.h"
#include "connection/profilestore.h"
#include "connection/secretstore.h"
#include "ddldiffview.h"
#include "difftreepane.h"
#include "hazardpanel.h"
#include "item/difffilterproxymodel.h"
#include "item/difftreemodel.h"
#include "item/hazardlistmodel.h"
#include "mainwindow.h"
#include "scriptpane.h"

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QActionGroup>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace parity;
using State = DiffTreeModel::State;

namespace {

QModelIndex childNamed(const QAbstractItemModel *model, const QModelIndex &parent, const QString &name)
{
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        if (i.data(DiffTreeModel::ObjectNameRole).toString() == name)
            return i;
    }
    return {};
}

QString readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

QModelIndex fromSource(const QAbstractItemModel *shownModel, const QModelIndex &source)
{
    QList<const QAbstractProxyModel *> chain;
    for (auto *p = qobject_cast<const QAbstractProxyModel *>(shownModel); p;
         p = qobject_cast<const QAbstractProxyModel *>(p->sourceModel()))
        chain.prepend(p);
    QModelIndex i = source;
    for (const QAbstractProxyModel *p : chain)
        i = p->mapFromSource(i);
    return i;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void demoComparison();
    void demoOpensCompared();
    void scriptFollowsTicks();
    void filtersSearchAndNavigation();
    void hazardsJumpToObjectAndStatement();
    void errorsAreShown();
    void settingsPersist();
    void screenshots();

private:
    bool openDemo(MainWindow &window);
    QString demoDb(const QString &name) const
    {
        return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name + QStringLiteral(".db");
    }

    QTemporaryDir m_home;
    MemorySecretStore m_secrets;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_home.isValid());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("data")).toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
    QVERIFY(QFile::exists(demoDb(QStringLiteral("staging"))));
}

bool TestMainWindow::openDemo(MainWindow &window)
{
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    QSignalSpy scripts(&window, &MainWindow::scriptsUpdated);
    window.compare(demoDb(QStringLiteral("staging")), demoDb(QStringLiteral("uat")));
    if (!compared.wait(30000) || !compared.first().first().toBool())
        return false;
    return scripts.count() > 0 || scripts.wait(30000);
}

void TestMainWindow::demoComparison()
{
    MainWindow window(&m_secrets);
    window.show();
    QAbstractItemModelTester tester(window.diffModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    // What the trees show: the filter and the colours over the model.
    QAbstractItemModelTester shownTester(window.trees()->referenceTree()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester hazardTester(window.hazards()->view()->model(),
                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(openDemo(window));

    // The summary speaks in words about the two databases.
    const QString summary = window.trees()->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("uat lacks 6 tables that staging has")), qPrintable(summary));
    QVERIFY(summary.contains(QStringLiteral("sync_audit_logs")));
    QVERIFY(window.windowTitle().contains(QStringLiteral("staging")));

    // Both trees show one model: the same rows on the same lines.
    QTreeView *left = window.trees()->referenceTree();
    QTreeView *right = window.trees()->targetTree();
    QCOMPARE(left->model(), right->model());
    const QAbstractItemModel *shown = left->model();
    const QModelIndex schema = shown->index(0, 0);
    QCOMPARE(schema.data().toString(), QStringLiteral("main"));
    QVERIFY(left->isExpanded(schema) && right->isExpanded(schema));
    const QModelIndex tables = childNamed(shown, schema, QStringLiteral("Tables"));
    QVERIFY(left->isExpanded(tables) && right->isExpanded(tables));
    QCOMPARE(shown->rowCount(tables), 19); // 13 both have, 6 only in staging

    const QModelIndex audit = childNamed(shown, tables, QStringLiteral("sync_audit_logs"));
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::ReferenceName).data().toString(), QStringLiteral("sync_audit_logs"));
    QCOMPARE(audit.siblingAtColumn(DiffTreeModel::TargetName).data().toString(), QString());
    QCOMPARE(left->visualRect(audit).top(), right->visualRect(audit.siblingAtColumn(DiffTreeModel::TargetName)).top());
    QVERIFY(audit.siblingAtColumn(DiffTreeModel::TargetName).data(Qt::BackgroundRole).value<QBrush>().style()
            == Qt::BDiagPattern);

    // Expanding on one side expands the other, and lines stay level.
    const QModelIndex merchants = childNamed(shown, tables, QStringLiteral("merchants"));
    left->expand(merchants);
    QVERIFY(right->isExpanded(merchants));
    const QModelIndex legacy = childNamed(shown, merchants, QStringLiteral("legacyCode"));
    QVERIFY(legacy.isValid());
    QCOMPARE(left->visualRect(legacy).top(), right->visualRect(legacy.siblingAtColumn(DiffTreeModel::TargetName)).top());
    right->collapse(merchants);
    QVERIFY(!left->isExpanded(merchants));
    right->verticalScrollBar()->setValue(right->verticalScrollBar()->maximum());
    QCOMPARE(left->verticalScrollBar()->value(), right->verticalScrollBar()->value());

    // Picking a table shows both sides' DDL, differences marked.
    left->setCurrentIndex(childNamed(shown, tables, QStringLiteral("merchants")));
    DdlDiffView *detail = window.detail();
    QVERIFY(detail->referenceText().contains(QStringLiteral("VARCHAR(255)"), Qt::CaseInsensitive));
    QVERIFY(detail->targetText().contains(QStringLiteral("legacyCode")));
    QVERIFY(detail->changedRowCount() + detail->addedRowCount() + detail->removedRowCount() > 0);
    QCOMPARE(detail->referenceEditor()->lines(), detail->targetEditor()->lines());

    // An object only one side has: the other side is empty.
    left->setCurrentIndex(audit);
    QVERIFY(detail->referenceText().contains(QStringLiteral("CREATE TABLE")));
    QVERIFY(detail->targetText().trimmed().isEmpty());

    // The scripts are there, with both directions.
    const QString forward = window.scripts()->script(ScriptPane::ForwardTab);
    QVERIFY2(forward.contains(QStringLiteral("CREATE TABLE \"sync_audit_logs\"")), qPrintable(forward.left(2000)));
    QVERIFY(window.scripts()->script(ScriptPane::RollbackTab).contains(QStringLiteral("DROP TABLE \"sync_audit_logs\"")));
    QVERIFY(window.hazards()->model()->rowCount() > 0);

    // Copy puts the shown script on the clipboard.
    window.scripts()->tabs()->setCurrentIndex(ScriptPane::RollbackTab);
    window.scripts()->copyAction()->trigger();
    QCOMPARE(QApplication::clipboard()->text(), window.scripts()->script(ScriptPane::RollbackTab));

    // Save writes the shown script; the report is a page naming both databases.
    QTemporaryDir out;
    window.scripts()->setSavePathChooser([&out](const QString &, const QString &suggested, const QString &) {
        return out.filePath(suggested);
    });
    QSignalSpy saved(window.scripts(), &ScriptPane::saved);
    window.scripts()->saveAction()->trigger();
    QCOMPARE(saved.count(), 1);
    QCOMPARE(readFile(out.filePath(QStringLiteral("rollback.sql"))), window.scripts()->script(ScriptPane::RollbackTab));
    QSignalSpy exported(&window, &MainWindow::reportExported);
    window.action(QStringLiteral("exportReportAction"))->trigger();
    QCOMPARE(exported.count(), 1);
    const QString html = readFile(out.filePath(QStringLiteral("comparison.html")));
    QVERIFY(html.startsWith(QStringLiteral("<!DOCTYPE html>")));
    QVERIFY(html.contains(QStringLiteral("sync_audit_logs")));
}

void TestMainWindow::demoOpensCompared()
{
    // What `parity --demo` does: outside a build tree the pair is built from
    // the SQL compiled in, in the user's data folder, then compared.
    MainWindow window(&m_secrets);
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    window.openDemo();
    QVERIFY(compared.wait(60000));
    QCOMPARE(compared.first().first().toBool(), true);
    QVERIFY(window.controller()->referenceText().endsWith(QStringLiteral("/demo/staging.db")));
    QVERIFY(window.controller()->targetText().endsWith(QStringLiteral("/demo/uat.db")));
    QVERIFY(window.trees()->summaryLabel()->text().contains(QStringLiteral("uat lacks 6 tables that staging has")));
}

void TestMainWindow::scriptFollowsTicks()
{
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(openDemo(window));
    DiffTreeModel *model = window.diffModel();
    const QModelIndex tables = childNamed(model, model->index(0, 0), QStringLiteral("Tables"));
    const QModelIndex audit = childNamed(model, tables, QStringLiteral("sync_audit_logs"));
    QVERIFY(window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("\"sync_audit_logs\"")));

    // Untick it in the tree the user sees: the script follows.
    QSignalSpy scripts(&window, &MainWindow::scriptsUpdated);
    QTreeView *left = window.trees()->referenceTree();
    const QModelIndex shownAudit = fromSource(left->model(), audit);
    QVERIFY(left->model()->setData(shownAudit, Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(scripts.wait(30000));
    QVERIFY(!window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("\"sync_audit_logs\"")));
    QVERIFY(window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("\"compliance_records\"")));

    // Untick every change but one column: only that column's statement remains.
    const QModelIndex schemaRow = model->index(0, 0);
    QVERIFY(model->setData(schemaRow, Qt::Unchecked, Qt::CheckStateRole));
    const QModelIndex wallets = childNamed(model, tables, QStringLiteral("wallets"));
    const QModelIndex daily = childNamed(model, wallets, QStringLiteral("dailyLimit"));
    QVERIFY(model->setData(daily, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy()
                                 && window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("dailyLimit"))
                                 && !window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("\"compliance_records\"")),
                             30000);
    // SQLite adds a column in the middle by rebuilding the table, with the
    // view that reads it set aside: wallets and wallet_balances only.
    for (const PlanStep &step : window.controller()->scripts().plan.forward.steps)
        QVERIFY2(step.object.isEmpty() || step.object.contains(QStringLiteral("wallet")), qPrintable(step.object));
    QVERIFY(!window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("ALTER TABLE \"users\"")));

    // Tick all again: the whole script is back.
    QVERIFY(model->setData(schemaRow, Qt::Checked, Qt::CheckStateRole));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy()
                                 && window.scripts()->script(ScriptPane::ForwardTab).contains(QStringLiteral("\"sync_audit_logs\"")),
                             30000);
}

void TestMainWindow::filtersSearchAndNavigation()
{
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(openDemo(window));
    DiffTreePane *pane = window.trees();
    const QAbstractItemModel *shown = pane->referenceTree()->model();
    auto tableCount = [&] {
        return shown->rowCount(childNamed(shown, shown->index(0, 0), QStringLiteral("Tables")));
    };
    QCOMPARE(tableCount(), 19);
    auto mode = [&](DiffFilterProxyModel::Mode m) {
        for (QAction *a : pane->modeActions()->actions()) {
            if (DiffFilterProxyModel::Mode(a->data().toInt()) == m)
                a->trigger();
        }
    };
    mode(DiffFilterProxyModel::Mode::Differences);
    QCOMPARE(tableCount(), 12);
    mode(DiffFilterProxyModel::Mode::OnlyInTarget);
    QCOMPARE(tableCount(), 2); // merchants.legacyCode, payments.id
    mode(DiffFilterProxyModel::Mode::All);
    QTest::keyClicks(pane->searchField(), QStringLiteral("legacy"));
    QCOMPARE(tableCount(), 1); // merchants, by its column legacyCode
    pane->searchField()->clear();
    QCOMPARE(tableCount(), 19);

    // F8 walks the differences.
    window.action(QStringLiteral("nextDifferenceAction"))->trigger();
    QModelIndex first = pane->currentSource();
    QVERIFY(first.isValid());
    QVERIFY(first.data(DiffTreeModel::ChangeIndexRole).toInt() >= 0);
    window.action(QStringLiteral("nextDifferenceAction"))->trigger();
    QVERIFY(pane->currentSource() != first);
    window.action(QStringLiteral("previousDifferenceAction"))->trigger();
    QCOMPARE(pane->currentSource(), first);
    int visited = 1;
    while (pane->selectNextDifference(true))
        ++visited;
    QCOMPARE(visited, window.controller()->diff().changes.size());
}

void TestMainWindow::hazardsJumpToObjectAndStatement()
{
    MainWindow window(&m_secrets);
    window.show();
    QVERIFY(openDemo(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 30000);
    HazardListModel *hazards = window.hazards()->model();
    int legacy = -1;
    for (int r = 0; r < hazards->rowCount(); ++r) {
        if (hazards->index(r, HazardListModel::ObjectColumn).data().toString().endsWith(QStringLiteral("legacyCode")))
            legacy = r;
    }
    QVERIFY(legacy >= 0);
    const Hazard *h = hazards->hazardAt(hazards->index(legacy, 0));
    QCOMPARE(h->severity, HazardSeverity::High);
    QVERIFY(window.controller()->hazardsMeasured());
    QCOMPARE(h->figure, 2); // both merchants rows hold a legacyCode
    QTableView *view = window.hazards()->view();
    view->setCurrentIndex(view->model()->index(legacy, 0));
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(window.trees()->currentSource().data(DiffTreeModel::ObjectNameRole).toString(), QStringLiteral("legacyCode"));
    QCOMPARE(window.scripts()->tabs()->currentIndex(), int(ScriptPane::ForwardTab));
}

void TestMainWindow::errorsAreShown()
{
    MainWindow window(&m_secrets);
    QSignalSpy compared(&window, &MainWindow::comparisonFinished);
    window.compare(demoDb(QStringLiteral("staging")), QStringLiteral("/nonexistent/parity/missing.db"));
    QVERIFY(compared.count() == 1 || compared.wait(30000));
    QCOMPARE(compared.first().first().toBool(), false);
    const QString summary = window.trees()->summaryLabel()->text();
    QVERIFY2(summary.contains(QStringLiteral("does not exist")) && summary.contains(QStringLiteral("target")),
             qPrintable(summary));
    QCOMPARE(window.diffModel()->rowCount(), 0);

    compared.clear();
    window.compare(QStringLiteral("postgresql://nobody@127.0.0.1:1/none"), demoDb(QStringLiteral("uat")));
    QVERIFY(compared.count() == 1 || compared.wait(30000));
    QCOMPARE(compared.first().first().toBool(), false);

    // Cancel while reading: the comparison ends, said so, nothing shown.
    compared.clear();
    window.compare(demoDb(QStringLiteral("staging")), demoDb(QStringLiteral("uat")));
    QVERIFY(window.action(QStringLiteral("cancelAction"))->isEnabled());
    window.action(QStringLiteral("cancelAction"))->trigger();
    QCOMPARE(compared.count(), 1);
    QCOMPARE(compared.first().first().toBool(), false);
    QVERIFY(window.trees()->summaryLabel()->text().contains(QStringLiteral("cancelled")));
    QVERIFY(!window.action(QStringLiteral("cancelAction"))->isEnabled());
    QTest::qWait(200); // late results of the cancelled jobs change nothing
    QCOMPARE(window.diffModel()->rowCount(), 0);
    QCOMPARE(compared.count(), 1);

    // An unknown profile names itself.
    compared.clear();
    window.compare(QStringLiteral("@nosuchprofile"), demoDb(QStringLiteral("uat")));
    QVERIFY(compared.count() == 1 || compared.wait(30000));
    QVERIFY(window.trees()->summaryLabel()->text().contains(QStringLiteral("nosuchprofile")));
}

void TestMainWindow::settingsPersist()
{
    {
        MainWindow window(&m_secrets);
        window.show();
        QVERIFY(openDemo(window));
        window.close();
    }
    MainWindow again(&m_secrets);
    QCOMPARE(again.compareBar()->reference(), demoDb(QStringLiteral("staging")));
    QCOMPARE(again.compareBar()->target(), demoDb(QStringLiteral("uat")));
    QVERIFY(QSettings().value(QStringLiteral("mainWindow/mainSplitter")).isValid());
}

void TestMainWindow::screenshots()
{
    const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR");
    if (shots.isEmpty())
        QSKIP("PARITY_SCREENSHOT_DIR is not set (the screenshots target sets it)");
    QDir().mkpath(shots);
    // A first start (default layout), with a few saved profiles to show.
    QSettings().remove(QStringLiteral("mainWindow"));
    {
        QFile::remove(ProfileStore::defaultPath());
        ProfileStore store;
        QVERIFY(store.load().has_value());
        QVERIFY(store.upsert(Profile{QStringLiteral("local-staging"), demoDb(QStringLiteral("staging")), QStringLiteral("dev"), false}).has_value());
        QVERIFY(store.upsert(Profile{QStringLiteral("staging"), QStringLiteral("postgresql://app@staging.db.internal/wallet"), QStringLiteral("staging"), false}).has_value());
        QVERIFY(store.upsert(Profile{QStringLiteral("uat"), QStringLiteral("postgresql://app@uat.db.internal/wallet"), QStringLiteral("uat"), false}).has_value());
        QVERIFY(store.upsert(Profile{QStringLiteral("production"), QStringLiteral("postgresql://release@prod.db.internal/wallet"), QStringLiteral("prod"), true}).has_value());
        QVERIFY(store.save().has_value());
    }
    MainWindow window(&m_secrets);
    window.resize(1500, 940);
    window.show();
    QVERIFY(openDemo(window));
    QTRY_VERIFY_WITH_TIMEOUT(!window.controller()->isBusy(), 30000);
    DiffTreeModel *model = window.diffModel();
    const QModelIndex tables = childNamed(model, model->index(0, 0), QStringLiteral("Tables"));
    window.trees()->revealSource(childNamed(model, childNamed(model, tables, QStringLiteral("merchants")),
                                            QStringLiteral("businessName")));
    window.trees()->revealSource(childNamed(model, tables, QStringLiteral("merchants")));
    QTest::qWait(100);
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench.png")));

    window.trees()->revealSource(childNamed(model, tables, QStringLiteral("payments")));
    window.scripts()->tabs()->setCurrentIndex(ScriptPane::RollbackTab);
    QTest::qWait(100);
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench-rollback.png")));

    // Selective sync: a table left out, the script without it.
    window.scripts()->tabs()->setCurrentIndex(ScriptPane::ForwardTab);
    QSignalSpy scripts(&window, &MainWindow::scriptsUpdated);
    QVERIFY(model->setData(childNamed(model, tables, QStringLiteral("sync_audit_logs")), Qt::Unchecked, Qt::CheckStateRole));
    QVERIFY(scripts.wait(30000));
    for (QAction *a : window.trees()->modeActions()->actions()) {
        if (DiffFilterProxyModel::Mode(a->data().toInt()) == DiffFilterProxyModel::Mode::Differences)
            a->trigger();
    }
    window.trees()->revealSource(childNamed(model, tables, QStringLiteral("sync_audit_logs")));
    QTest::qWait(100);
    QCOMPARE(window.width(), 1500); // nothing shown widens the window
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench-selective.png")));

    // The same window on a dark palette.
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
    QVERIFY(window.grab().save(shots + QStringLiteral("/workbench-dark.png")));
    QApplication::setPalette(light);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

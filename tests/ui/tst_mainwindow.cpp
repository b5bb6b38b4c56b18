// The main window under the offscreen platform: open the demo database,
// wait for the worker, and check what the user sees.
#include "item/schematreemodel.h"
#include "mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAbstractProxyModel>
#include <QAction>
#include <QIcon>
#include <QDir>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace parity;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void opensDemoDatabase();
    void showsErrorForMissingFile();

private:
    QString demoDb(const QString &name) const
    {
        return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name + QStringLiteral(".db");
    }
};

void TestMainWindow::initTestCase()
{
    qputenv("PARITY_NO_MODAL_ERRORS", "1");
    QStandardPaths::setTestModeEnabled(true);
}

void TestMainWindow::opensDemoDatabase()
{
    MainWindow window;
    QAbstractItemModelTester tester(window.schemaModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    window.show();
    QAction *exact = nullptr;
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->text() == QStringLiteral("Count Rows &Exactly"))
            exact = action;
    }
    QVERIFY(exact && exact->isCheckable());
    exact->setChecked(true);
    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    window.openSpec(demoDb(QStringLiteral("staging")));
    QVERIFY(window.isBusy() || finished.count() == 1);
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), true);

    SchemaTreeModel *model = window.schemaModel();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex tables = model->index(0, 0, model->index(0, 0));
    QCOMPARE(tables.data().toString(), QStringLiteral("Tables"));
    QStringList names;
    for (int row = 0; row < model->rowCount(tables); ++row)
        names << model->index(row, 0, tables).data().toString();
    QVERIFY(names.contains(QStringLiteral("sync_audit_logs")));
    QVERIFY(names.contains(QStringLiteral("SequelizeMeta")));
    QVERIFY(window.windowTitle().startsWith(QStringLiteral("staging")));
    auto *summary = window.findChild<QPlainTextEdit *>();
    QVERIFY(summary->toPlainText().contains(QStringLiteral("sync_audit_logs")));

    // Expand a table: its columns arrive lazily.
    auto *tree = window.findChild<QTreeView *>();
    const QModelIndex audit = model->index(int(names.indexOf(QStringLiteral("sync_audit_logs"))), 0, tables);
    QCOMPARE(audit.siblingAtColumn(SchemaTreeModel::DetailColumn).data().toString(), QStringLiteral("49 rows"));
    const QModelIndex compliance = model->index(int(names.indexOf(QStringLiteral("compliance_records"))), 0, tables);
    QCOMPARE(compliance.siblingAtColumn(SchemaTreeModel::DetailColumn).data().toString(), QStringLiteral("0 rows"));
    auto *proxy = qobject_cast<QAbstractProxyModel *>(tree->model());
    QVERIFY(proxy);
    tree->expand(proxy->mapFromSource(audit));
    QVERIFY(!proxy->mapFromSource(audit).data(Qt::DecorationRole).value<QIcon>().isNull());
    QTRY_VERIFY(model->rowCount(audit) > 0);

    const QString shots = qEnvironmentVariable("PARITY_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        QDir().mkpath(shots);
        window.resize(1200, 760);
        tree->setCurrentIndex(proxy->mapFromSource(audit));
        QTest::qWait(50);
        QVERIFY(window.grab().save(shots + QStringLiteral("/inspect-staging.png")));
    }
}

void TestMainWindow::showsErrorForMissingFile()
{
    MainWindow window;
    QSignalSpy finished(&window, &MainWindow::inspectionFinished);
    window.openSpec(QStringLiteral("/nonexistent/folder/app.db"));
    QVERIFY(finished.count() == 1 || finished.wait(30000));
    QCOMPARE(finished.first().first().toBool(), false);
    auto *summary = window.findChild<QPlainTextEdit *>();
    QVERIFY2(summary->toPlainText().contains(QStringLiteral("does not exist")), qPrintable(summary->toPlainText()));
    QCOMPARE(window.schemaModel()->rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

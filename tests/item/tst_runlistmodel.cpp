// The run table: one row per recorded apply or rollback, in the order the
// store gives, with its columns in words and its id and outcome as roles.
#include "item/runlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parity;

namespace {

StatementRecord statement(int index, bool succeeded, bool committed)
{
    StatementRecord s;
    s.index = index;
    s.sql = QStringLiteral("SELECT %1").arg(index);
    s.succeeded = succeeded;
    s.committed = committed;
    return s;
}

RunRecord applyRun()
{
    RunRecord r;
    r.id = QStringLiteral("20261121-143012-3f9a");
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(14, 30, 12, 345), Qt::UTC);
    r.target = QStringLiteral("postgresql://deploy@db:5432/shop");
    r.profile = QStringLiteral("shop-uat");
    r.environment = QStringLiteral("uat");
    r.outcome = RunOutcome::Failed;
    r.message = QStringLiteral("statement 3 failed: permission denied");
    r.statementsTotal = 12;
    r.statements = {statement(0, true, true), statement(1, true, true), statement(2, false, false)};
    r.backupPath = QStringLiteral("/backups/shop.dump");
    r.backupVerified = true;
    return r;
}

RunRecord rollbackRun()
{
    RunRecord r;
    r.id = QStringLiteral("20261121-150000-beef");
    r.kind = QStringLiteral("rollback");
    r.rollsBack = QStringLiteral("20261121-143012-3f9a");
    r.startedAt = QDateTime(QDate(2026, 11, 21), QTime(15, 0), Qt::UTC);
    r.target = QStringLiteral("sqlite:/data/shop.db");
    r.outcome = RunOutcome::Succeeded;
    r.statementsTotal = 2;
    r.statements = {statement(0, true, true), statement(1, true, true)};
    r.backupPath = QStringLiteral("/backups/shop-2.db");
    r.backupVerified = false;
    return r;
}

RunRecord refusedRun()
{
    RunRecord r;
    r.id = QStringLiteral("20261120-090000-0001");
    r.target = QStringLiteral("mysql://app@db/shop");
    r.outcome = RunOutcome::Refused;
    return r;
}

} // namespace

class TestRunListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columns_data();
    void columns();
    void roles();
    void headers();
    void swapsSnapshot();
};

void TestRunListModel::columns_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("text");
    const QString started = QDateTime(QDate(2026, 11, 21), QTime(14, 30, 12, 345), Qt::UTC)
                                .toLocalTime()
                                .toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QTest::newRow("started") << 0 << int(RunListModel::StartedColumn) << started;
    QTest::newRow("started unknown") << 2 << int(RunListModel::StartedColumn) << QString();
    QTest::newRow("apply") << 0 << int(RunListModel::KindColumn) << "apply";
    QTest::newRow("rollback") << 1 << int(RunListModel::KindColumn)
                              << "rollback of 20261121-143012-3f9a";
    QTest::newRow("target with profile")
        << 0 << int(RunListModel::TargetColumn) << "postgresql://deploy@db:5432/shop (shop-uat)";
    QTest::newRow("target") << 1 << int(RunListModel::TargetColumn) << "sqlite:/data/shop.db";
    QTest::newRow("environment") << 0 << int(RunListModel::EnvironmentColumn) << "uat";
    QTest::newRow("no environment") << 1 << int(RunListModel::EnvironmentColumn) << "";
    QTest::newRow("failed") << 0 << int(RunListModel::OutcomeColumn) << "failed";
    QTest::newRow("refused") << 2 << int(RunListModel::OutcomeColumn) << "refused";
    QTest::newRow("statements") << 0 << int(RunListModel::StatementsColumn) << "2 of 12";
    QTest::newRow("all statements") << 1 << int(RunListModel::StatementsColumn) << "2 of 2";
    QTest::newRow("no statements") << 2 << int(RunListModel::StatementsColumn) << "0 of 0";
    QTest::newRow("backup verified") << 0 << int(RunListModel::BackupColumn) << "verified";
    QTest::newRow("backup not verified") << 1 << int(RunListModel::BackupColumn) << "not verified";
    QTest::newRow("no backup") << 2 << int(RunListModel::BackupColumn) << "none";
    QTest::newRow("id") << 1 << int(RunListModel::RunIdColumn) << "20261121-150000-beef";
}

void TestRunListModel::columns()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, text);
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({applyRun(), rollbackRun(), refusedRun()});
    QCOMPARE(model.index(row, column).data().toString(), text);
}

void TestRunListModel::roles()
{
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRuns({applyRun(), rollbackRun(), refusedRun()});
    for (int column = 0; column < model.columnCount(); ++column) {
        QCOMPARE(model.index(1, column).data(RunListModel::RunIdRole).toString(),
                 QStringLiteral("20261121-150000-beef"));
        QCOMPARE(model.index(0, column).data(RunListModel::OutcomeRole).toString(),
                 QStringLiteral("failed"));
    }
    QCOMPARE(model.index(1, 0).data(RunListModel::OutcomeRole).toString(),
             QStringLiteral("succeeded"));
    QCOMPARE(model.index(0, RunListModel::OutcomeColumn).data(Qt::ToolTipRole).toString(),
             QStringLiteral("statement 3 failed: permission denied"));
    QVERIFY(!model.index(0, RunListModel::KindColumn).data(Qt::ToolTipRole).isValid());
    QCOMPARE(model.runAt(model.index(2, 3))->id, QStringLiteral("20261120-090000-0001"));
    QVERIFY(!model.runAt(QModelIndex()));
    QCOMPARE(model.indexOfRun(QStringLiteral("20261121-150000-beef")).row(), 1);
    QVERIFY(!model.indexOfRun(QStringLiteral("nope")).isValid());
    // No colours or icons from a model without Gui.
    QVERIFY(!model.index(0, RunListModel::OutcomeColumn).data(Qt::DecorationRole).isValid());
}

void TestRunListModel::headers()
{
    RunListModel model;
    QCOMPARE(model.columnCount(), 8);
    const QStringList expected = {QStringLiteral("Started"), QStringLiteral("Kind"),
                                  QStringLiteral("Target"),  QStringLiteral("Environment"),
                                  QStringLiteral("Outcome"), QStringLiteral("Statements"),
                                  QStringLiteral("Backup"),  QStringLiteral("Run id")};
    for (int section = 0; section < model.columnCount(); ++section)
        QCOMPARE(model.headerData(section, Qt::Horizontal).toString(), expected[section]);
    QVERIFY(!model.headerData(0, Qt::Vertical).toString().contains(QStringLiteral("Started")));
}

void TestRunListModel::swapsSnapshot()
{
    RunListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setRuns({applyRun(), rollbackRun()});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(model.rowCount(), 2);
    // The order given is kept: the store decides what "newest first" means.
    QCOMPARE(model.index(0, RunListModel::RunIdColumn).data().toString(),
             QStringLiteral("20261121-143012-3f9a"));
    model.setRuns({refusedRun()});
    QCOMPARE(reset.size(), 2);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, RunListModel::RunIdColumn).data().toString(),
             QStringLiteral("20261120-090000-0001"));
    QCOMPARE(model.rowCount(model.index(0, 0)), 0);
    model.setRuns({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRunListModel)
#include "tst_runlistmodel.moc"

// The migration history matrix as a table: columns, texts, roles, the
// summary per environment, and swapping the snapshot; on hand-built
// matrices.
#include "item/historymatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace parity;
using Model = HistoryMatrixModel;

namespace {

const QString kUsers = QStringLiteral("20251101_01_create_users_table.js");
const QString kAudit = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
const QString kHotfix = QStringLiteral("20251204_01_hotfix_wallet_limits.js");
const QString kPrisma = QStringLiteral("20251120093000_add_ledger");

HistoryCell cell(MigrationState state, const QDateTime &at = {}, const QString &detail = {})
{
    HistoryCell c;
    c.state = state;
    c.appliedAt = at;
    c.detail = detail;
    return c;
}

HistoryRow row(MigrationFramework framework, const QString &id, bool onDisk,
               const QList<HistoryCell> &cells, bool agrees)
{
    HistoryRow r;
    r.framework = framework;
    r.id = id;
    r.name = id;
    r.onDisk = onDisk;
    r.path = onDisk ? QStringLiteral("migrations/") + id : QString();
    r.cells = cells;
    r.agrees = agrees;
    return r;
}

EnvironmentHistory environment(const QString &name, const QList<MigrationFramework> &frameworks)
{
    EnvironmentHistory e;
    e.name = name;
    e.source = QStringLiteral("sqlite:/srv/%1.db").arg(name);
    for (MigrationFramework f : frameworks) {
        HistoryTable t;
        t.framework = f;
        t.table = f == MigrationFramework::Prisma ? QStringLiteral("_prisma_migrations")
                                                  : QStringLiteral("SequelizeMeta");
        e.tables << t;
    }
    return e;
}

DiskMigration disk(FolderLayout layout, const QString &id)
{
    DiskMigration m;
    m.layout = layout;
    m.id = id;
    m.name = id;
    m.path = QStringLiteral("migrations/") + id;
    return m;
}

/// staging and uat: Sequelize on both, Prisma on staging only; a folder
/// with the Sequelize files but the hotfix uat ran from a branch.
HistoryMatrix withFolder()
{
    HistoryMatrix m;
    m.environments = {environment(QStringLiteral("staging"),
                                  {MigrationFramework::Sequelize, MigrationFramework::Prisma}),
                      environment(QStringLiteral("uat"), {MigrationFramework::Sequelize})};
    MigrationFolder folder;
    folder.root = QStringLiteral("/srv/wallet-api");
    folder.migrations = {disk(FolderLayout::NodeScript, kUsers),
                         disk(FolderLayout::NodeScript, kAudit),
                         disk(FolderLayout::Prisma, kPrisma)};
    m.folder = folder;
    const QDateTime at(QDate(2025, 12, 3), QTime(10, 15, 42), Qt::UTC);
    HistoryCell changed = cell(MigrationState::Applied);
    changed.checksumDiffers = true;
    m.rows = {
        row(MigrationFramework::Sequelize, kUsers, true,
            {cell(MigrationState::Applied), cell(MigrationState::Applied)}, true),
        row(MigrationFramework::Sequelize, kAudit, true,
            {cell(MigrationState::Applied, at), cell(MigrationState::NotApplied)}, false),
        row(MigrationFramework::Sequelize, kHotfix, false,
            {cell(MigrationState::NotApplied), changed}, false),
        row(MigrationFramework::Prisma, kPrisma, true,
            {cell(MigrationState::Failed, {},
                  QStringLiteral("relation \"ledger\" already exists\nat line 3")),
             cell(MigrationState::NoTable)},
            false),
    };
    return m;
}

} // namespace

class TestHistoryMatrixModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void empty();
    void columnsAndHeaders();
    void cellTexts();
    void roles();
    void tooltips();
    void summaryPerEnvironment();
    void withoutFolder();
    void swapsSnapshot();
};

void TestHistoryMatrixModel::empty()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 1);
    QCOMPARE(model.summaryLines(), QStringList{QStringLiteral("No migration history was read.")});
    QVERIFY(!model.indexOfMigration(kUsers).isValid());
}

void TestHistoryMatrixModel::columnsAndHeaders()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(withFolder());
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.columnCount(), 4);
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), QStringLiteral("Migration"));
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("On disk"));
    QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), QStringLiteral("staging"));
    QCOMPARE(model.headerData(3, Qt::Horizontal).toString(), QStringLiteral("uat"));
    QCOMPARE(model.headerData(3, Qt::Horizontal, Qt::ToolTipRole).toString(),
             QStringLiteral("sqlite:/srv/uat.db"));
    QVERIFY(model.headerData(1, Qt::Horizontal, Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("/srv/wallet-api")));
    QCOMPARE(model.environmentColumn(0), 2);
    QCOMPARE(model.environmentColumn(1), 3);
    QCOMPARE(model.environmentColumn(2), -1);
    QCOMPARE(model.environmentOfColumn(1), qsizetype(-1));
    QCOMPARE(model.environmentOfColumn(3), qsizetype(1));
}

void TestHistoryMatrixModel::cellTexts()
{
    Model model;
    model.setMatrix(withFolder());
    auto text = [&model](int r, int c) {
        return model.index(r, c).data().toString();
    };
    // Two frameworks: the migration names its own.
    QCOMPARE(text(0, 0), kUsers + QStringLiteral(" (Sequelize)"));
    QCOMPARE(text(0, 1), QStringLiteral("yes"));
    QCOMPARE(text(0, 2), QStringLiteral("applied"));
    QCOMPARE(text(1, 2), QStringLiteral("applied 2025-12-03 10:15 UTC"));
    QCOMPARE(text(1, 3), QStringLiteral("pending"));
    // Not in a folder that holds Sequelize files: run from another branch, not pending.
    QCOMPARE(text(2, 1), QStringLiteral("no"));
    QCOMPARE(text(2, 2), QStringLiteral("not applied"));
    QCOMPARE(text(2, 3), QStringLiteral("applied · changed on disk"));
    QCOMPARE(text(3, 0), kPrisma + QStringLiteral(" (Prisma)"));
    QCOMPARE(text(3, 2), QStringLiteral("failed: relation \"ledger\" already exists"));
    QCOMPARE(text(3, 3), QStringLiteral("—"));

    HistoryCell other;
    for (const auto &[state, words] : {std::pair{MigrationState::Dirty, "dirty"},
                                       std::pair{MigrationState::RolledBack, "rolled back"},
                                       std::pair{MigrationState::Baseline, "baseline"},
                                       std::pair{MigrationState::Skipped, "skipped"},
                                       std::pair{MigrationState::Failed, "failed"}}) {
        other.state = state;
        QCOMPARE(model.cellText(model.matrix().rows.first(), other), QString::fromUtf8(words));
    }
}

void TestHistoryMatrixModel::roles()
{
    Model model;
    model.setMatrix(withFolder());
    const QModelIndex audit = model.indexOfMigration(kAudit);
    QCOMPARE(audit.row(), 1);
    QCOMPARE(audit.data(Model::IdRole).toString(), kAudit);
    QCOMPARE(audit.data(Model::FrameworkRole).toInt(), int(MigrationFramework::Sequelize));
    QCOMPARE(audit.data(Model::AgreesRole).toBool(), false);
    QCOMPARE(audit.data(Model::OnDiskRole).toBool(), true);
    QVERIFY(!audit.data(Model::StateRole).isValid()); // the migration column has no state
    QCOMPARE(audit.data(Model::EnvironmentRole).toInt(), -1);
    QVERIFY(!audit.siblingAtColumn(1).data(Model::StateRole).isValid());
    QCOMPARE(audit.siblingAtColumn(2).data(Model::StateRole).toInt(), int(MigrationState::Applied));
    QCOMPARE(audit.siblingAtColumn(3).data(Model::StateRole).toInt(),
             int(MigrationState::NotApplied));
    QCOMPARE(audit.siblingAtColumn(3).data(Model::EnvironmentRole).toInt(), 1);
    // Every column of a row says the same about the row.
    QCOMPARE(audit.siblingAtColumn(3).data(Model::IdRole).toString(), kAudit);
    QCOMPARE(audit.siblingAtColumn(3).data(Model::AgreesRole).toBool(), false);
    QCOMPARE(model.index(0, 2).data(Model::AgreesRole).toBool(), true);

    const QModelIndex hotfix = model.indexOfMigration(kHotfix, int(MigrationFramework::Sequelize));
    QCOMPARE(hotfix.siblingAtColumn(3).data(Model::ChecksumDiffersRole).toBool(), true);
    QCOMPARE(hotfix.siblingAtColumn(2).data(Model::ChecksumDiffersRole).toBool(), false);
    QCOMPARE(hotfix.data(Model::OnDiskRole).toBool(), false);
    QVERIFY(!model.indexOfMigration(kHotfix, int(MigrationFramework::Prisma)).isValid());
    QCOMPARE(model.indexOfMigration(kPrisma).data(Model::FrameworkRole).toInt(),
             int(MigrationFramework::Prisma));
}

void TestHistoryMatrixModel::tooltips()
{
    Model model;
    model.setMatrix(withFolder());
    const QString migration = model.index(0, 0).data(Qt::ToolTipRole).toString();
    QVERIFY2(migration.contains(QStringLiteral("Framework: Sequelize")), qPrintable(migration));
    QVERIFY2(migration.contains(QStringLiteral("migrations/") + kUsers), qPrintable(migration));
    QVERIFY(model.index(2, 0)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Not in the migrations folder")));
    QCOMPARE(model.index(0, 1).data(Qt::ToolTipRole).toString(),
             QStringLiteral("/srv/wallet-api/migrations/") + kUsers);
    QVERIFY(model.index(2, 1)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("Not in /srv/wallet-api")));
    // The whole failure, not only its first line.
    const QString failed = model.index(3, 2).data(Qt::ToolTipRole).toString();
    QVERIFY2(failed.startsWith(QStringLiteral("staging: failed")), qPrintable(failed));
    QVERIFY2(failed.contains(QStringLiteral("at line 3")), qPrintable(failed));
    QVERIFY(model.index(3, 3)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("keeps no Prisma migration table")));
    QVERIFY(model.index(2, 3)
                .data(Qt::ToolTipRole)
                .toString()
                .contains(QStringLiteral("checksum differs")));
    QVERIFY(
        model.index(1, 2).data(Qt::ToolTipRole).toString().contains(QStringLiteral("local time")));
}

void TestHistoryMatrixModel::summaryPerEnvironment()
{
    Model model;
    model.setMatrix(withFolder());
    const QStringList lines = model.summaryLines();
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines[0].startsWith(QStringLiteral("staging: ")), qPrintable(lines[0]));
    QVERIFY2(lines[0].contains(QStringLiteral("1 failed")), qPrintable(lines[0]));
    // What counts as pending is HistoryMatrix::pending()'s call (the audit
    // table; and the Prisma migration where uat keeps no Prisma table).
    const qsizetype pending = model.matrix().pending(1).size();
    QVERIFY(pending >= 1);
    QCOMPARE(lines[1],
             QStringLiteral(
                 "uat: %1 pending, 1 applied but not on disk, 1 file(s) changed after they ran")
                 .arg(pending));
}

void TestHistoryMatrixModel::withoutFolder()
{
    HistoryMatrix m = withFolder();
    m.folder.reset();
    m.rows.removeLast(); // one framework: no framework in the names
    for (HistoryRow &r : m.rows) {
        r.onDisk = false;
        r.path.clear();
        for (HistoryCell &c : r.cells)
            c.checksumDiffers = false;
    }
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setMatrix(m);
    QCOMPARE(model.columnCount(), 3); // no "On disk"
    QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("staging"));
    QCOMPARE(model.index(0, 0).data().toString(), kUsers);
    QCOMPARE(model.index(1, 2).data().toString(), QStringLiteral("pending"));
    QCOMPARE(model.index(2, 1).data().toString(), QStringLiteral("pending"));
    const QStringList lines = model.summaryLines();
    QCOMPARE(lines,
             (QStringList{QStringLiteral("staging: 1 not applied that another environment ran"),
                          QStringLiteral("uat: 1 not applied that another environment ran")}));

    // Everything alike: one line.
    m.rows = {m.rows.first()};
    model.setMatrix(m);
    QCOMPARE(model.summaryLines(),
             QStringList{
                 QStringLiteral("All environments agree: 1 migration(s) applied everywhere.")});
}

void TestHistoryMatrixModel::swapsSnapshot()
{
    Model model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    model.setMatrix(withFolder());
    QCOMPARE(reset.count(), 1);
    QCOMPARE(model.rowCount(), 4);
    HistoryMatrix none;
    none.environments = {environment(QStringLiteral("staging"), {}),
                         environment(QStringLiteral("uat"), {})};
    model.setMatrix(none);
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 3);
    QCOMPARE(model.summaryLines(),
             QStringList{QStringLiteral(
                 "No environment keeps a migration table of a framework Parity knows.")});
    QVERIFY(!model.index(0, 0).isValid());
}

QTEST_GUILESS_MAIN(TestHistoryMatrixModel)
#include "tst_historymatrixmodel.moc"

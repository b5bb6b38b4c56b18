// The cross-environment matrix: rows per migration, cells per environment,
// pending and missing migrations against a folder, and when environments agree.
#include "history/historymatrix.h"
#include "history/historyreport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

using namespace parity;

namespace {

AppliedMigration applied(const QString &id, MigrationState state = MigrationState::Applied,
                         const QString &checksum = {})
{
    AppliedMigration m;
    m.id = id;
    m.name = id;
    m.state = state;
    m.checksum = checksum;
    m.appliedAt = QDateTime(QDate(2025, 12, 3), QTime(10, 15), Qt::UTC);
    return m;
}

HistoryTable table(MigrationFramework framework, const QList<AppliedMigration> &rows, bool currentOnly = false)
{
    HistoryTable t;
    t.framework = framework;
    t.table = migrationFrameworkKey(framework) + QStringLiteral("_table");
    t.migrations = rows;
    t.recordsCurrentOnly = currentOnly;
    return t;
}

EnvironmentHistory environment(const QString &name, const QList<HistoryTable> &tables)
{
    return EnvironmentHistory{name, QStringLiteral("sqlite:") + name + QStringLiteral(".db"), tables};
}

DiskMigration onDisk(FolderLayout layout, const QString &id, const QString &checksum = {},
                     const QStringList &parents = {})
{
    DiskMigration m;
    m.layout = layout;
    m.id = id;
    m.name = id;
    m.path = QStringLiteral("migrations/") + id;
    m.checksum = checksum;
    m.parents = parents;
    return m;
}

MigrationFolder folderOf(const QList<DiskMigration> &migrations)
{
    MigrationFolder f;
    f.root = QStringLiteral("/project");
    f.migrations = migrations;
    return f;
}

const HistoryRow *row(const HistoryMatrix &matrix, const QString &id)
{
    for (const HistoryRow &r : matrix.rows) {
        if (r.id == id)
            return &r;
    }
    return nullptr;
}

QStringList ids(const QList<const HistoryRow *> &rows)
{
    QStringList result;
    for (const HistoryRow *r : rows)
        result.append(r->id);
    return result;
}

} // namespace

class TestHistoryMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void seedSituation();
    void agreeingEnvironments();
    void orderIsNatural();
    void prismaLastRowWins();
    void checksumChangedOnDisk();
    void golangMigrateCurrentVersion();
    void alembicHeadAndAncestors();
    void flywayBaseline();
    void environmentWithoutTable();
    void freshDatabaseWithFolder();
    void reportsNameEverything();
};

// Staging ran the migration that creates sync_audit_logs, UAT did not; UAT
// ran a hotfix that was never committed; a drop is pending everywhere.
void TestHistoryMatrix::seedSituation()
{
    const QString users = QStringLiteral("20251101_01_create_users_table.js");
    const QString hotfix = QStringLiteral("20251109_01_add_legacy_code_to_merchants.js");
    const QString audit = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
    const QString drop = QStringLiteral("20251205_01_drop_flash_commission_tiers_table.js");
    const auto staging = environment(QStringLiteral("staging"),
                                     {table(MigrationFramework::Sequelize, {applied(users), applied(audit)})});
    const auto uat = environment(QStringLiteral("uat"),
                                 {table(MigrationFramework::Sequelize, {applied(users), applied(hotfix)})});
    const auto folder = folderOf({onDisk(FolderLayout::NodeScript, users), onDisk(FolderLayout::NodeScript, audit),
                                  onDisk(FolderLayout::NodeScript, drop)});
    const HistoryMatrix matrix = buildHistoryMatrix({staging, uat}, folder);

    QCOMPARE(matrix.frameworks(), QList<MigrationFramework>{MigrationFramework::Sequelize});
    QCOMPARE(matrix.rows.size(), 4);
    QCOMPARE(matrix.rows.at(0).id, users);
    QCOMPARE(matrix.rows.at(1).id, hotfix);
    QCOMPARE(matrix.rows.at(2).id, audit);
    QCOMPARE(matrix.rows.at(3).id, drop);
    QVERIFY(row(matrix, users)->agrees);
    QVERIFY(!row(matrix, audit)->agrees);
    QCOMPARE(row(matrix, audit)->cells.at(0).state, MigrationState::Applied);
    QCOMPARE(row(matrix, audit)->cells.at(1).state, MigrationState::NotApplied);
    QVERIFY(!row(matrix, hotfix)->onDisk);
    QVERIFY(!row(matrix, hotfix)->agrees);

    QCOMPARE(ids(matrix.pending(0)), QStringList{drop});
    QCOMPARE(ids(matrix.pending(1)), (QStringList{audit, drop}));
    QCOMPARE(ids(matrix.missingOnDisk(0)), QStringList());
    QCOMPARE(ids(matrix.missingOnDisk(1)), QStringList{hotfix});
    QVERIFY(!matrix.allAgree());
}

void TestHistoryMatrix::agreeingEnvironments()
{
    const auto a = environment(QStringLiteral("dev"), {table(MigrationFramework::Django,
                                                              {applied(QStringLiteral("treasury.0001_initial")),
                                                               applied(QStringLiteral("treasury.0002_phase6"))})});
    auto b = a;
    b.name = QStringLiteral("prod");
    QVERIFY(buildHistoryMatrix({a, b}).allAgree());
    // A folder with one more migration: both are behind it.
    const auto folder = folderOf({onDisk(FolderLayout::Django, QStringLiteral("treasury.0001_initial")),
                                  onDisk(FolderLayout::Django, QStringLiteral("treasury.0002_phase6")),
                                  onDisk(FolderLayout::Django, QStringLiteral("treasury.0003_add_payment_id"))});
    const HistoryMatrix behind = buildHistoryMatrix({a, b}, folder);
    QVERIFY(!behind.allAgree());
    QCOMPARE(ids(behind.pending(1)), QStringList{QStringLiteral("treasury.0003_add_payment_id")});
    // A failure everywhere is the same state everywhere, and still not agreement.
    auto failedA = a;
    failedA.tables[0].migrations[1].state = MigrationState::Failed;
    auto failedB = failedA;
    failedB.name = QStringLiteral("prod");
    QVERIFY(!buildHistoryMatrix({failedA, failedB}).allAgree());
    QVERIFY(buildHistoryMatrix({}).allAgree());
}

void TestHistoryMatrix::orderIsNatural()
{
    const auto env = environment(QStringLiteral("dev"), {table(MigrationFramework::Flyway,
                                                                {applied(QStringLiteral("1.10")),
                                                                 applied(QStringLiteral("1.9")),
                                                                 applied(QStringLiteral("R:views")),
                                                                 applied(QStringLiteral("2"))})});
    const HistoryMatrix matrix = buildHistoryMatrix({env});
    QStringList order;
    for (const HistoryRow &r : matrix.rows)
        order.append(r.id);
    QCOMPARE(order, (QStringList{QStringLiteral("1.9"), QStringLiteral("1.10"), QStringLiteral("2"),
                                 QStringLiteral("R:views")}));
}

void TestHistoryMatrix::prismaLastRowWins()
{
    const QString name = QStringLiteral("20240105120000_add_revenue_verification");
    const auto env = environment(QStringLiteral("prod"), {table(MigrationFramework::Prisma,
                                                                 {applied(name, MigrationState::Failed),
                                                                  applied(name, MigrationState::RolledBack),
                                                                  applied(name, MigrationState::Applied)})});
    const auto broken = environment(QStringLiteral("uat"), {table(MigrationFramework::Prisma,
                                                                   {applied(name, MigrationState::Failed)})});
    const HistoryMatrix matrix = buildHistoryMatrix({env, broken});
    QCOMPARE(matrix.rows.size(), 1);
    QCOMPARE(matrix.rows.at(0).cells.at(0).state, MigrationState::Applied);
    QCOMPARE(matrix.rows.at(0).cells.at(1).state, MigrationState::Failed);
    QVERIFY(!matrix.rows.at(0).agrees);
}

void TestHistoryMatrix::checksumChangedOnDisk()
{
    const QString name = QStringLiteral("20240101000000_init");
    const auto env = environment(QStringLiteral("prod"), {table(MigrationFramework::Prisma,
                                                                 {applied(name, MigrationState::Applied,
                                                                          QStringLiteral("aaaa"))})});
    HistoryMatrix matrix = buildHistoryMatrix({env}, folderOf({onDisk(FolderLayout::Prisma, name,
                                                                      QStringLiteral("aaaa"))}));
    QVERIFY(!matrix.rows.at(0).cells.at(0).checksumDiffers);
    QVERIFY(matrix.allAgree());
    matrix = buildHistoryMatrix({env}, folderOf({onDisk(FolderLayout::Prisma, name, QStringLiteral("bbbb"))}));
    QVERIFY(matrix.rows.at(0).cells.at(0).checksumDiffers);
    QVERIFY(!matrix.allAgree());
    QVERIFY(historyCellText(matrix.rows.at(0).cells.at(0), true).contains(QStringLiteral("changed on disk")));
}

void TestHistoryMatrix::golangMigrateCurrentVersion()
{
    const auto dev = environment(QStringLiteral("dev"), {table(MigrationFramework::GolangMigrate,
                                                                {applied(QStringLiteral("3"))}, true)});
    const auto prod = environment(QStringLiteral("prod"), {table(MigrationFramework::GolangMigrate,
                                                                  {applied(QStringLiteral("2"),
                                                                           MigrationState::Dirty)}, true)});
    const auto folder = folderOf({onDisk(FolderLayout::UpDownSql, QStringLiteral("1")),
                                  onDisk(FolderLayout::UpDownSql, QStringLiteral("2")),
                                  onDisk(FolderLayout::UpDownSql, QStringLiteral("3")),
                                  onDisk(FolderLayout::UpDownSql, QStringLiteral("4"))});
    const HistoryMatrix matrix = buildHistoryMatrix({dev, prod}, folder);
    QCOMPARE(matrix.rows.size(), 4);
    QCOMPARE(row(matrix, QStringLiteral("1"))->cells.at(0).state, MigrationState::Applied);
    QVERIFY(row(matrix, QStringLiteral("1"))->cells.at(0).inferred);
    QVERIFY(row(matrix, QStringLiteral("1"))->agrees);
    QCOMPARE(row(matrix, QStringLiteral("2"))->cells.at(1).state, MigrationState::Dirty);
    QVERIFY(!row(matrix, QStringLiteral("2"))->cells.at(1).inferred);
    QCOMPARE(row(matrix, QStringLiteral("3"))->cells.at(0).state, MigrationState::Applied);
    QCOMPARE(row(matrix, QStringLiteral("3"))->cells.at(1).state, MigrationState::NotApplied);
    QCOMPARE(ids(matrix.pending(0)), QStringList{QStringLiteral("4")});
    QCOMPARE(ids(matrix.pending(1)), (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
}

void TestHistoryMatrix::alembicHeadAndAncestors()
{
    // a ← b ← c, and d branches from a; prod is at c, dev at d.
    const auto folder = folderOf({onDisk(FolderLayout::Alembic, QStringLiteral("a1")),
                                  onDisk(FolderLayout::Alembic, QStringLiteral("b2"), {}, {QStringLiteral("a1")}),
                                  onDisk(FolderLayout::Alembic, QStringLiteral("c3"), {}, {QStringLiteral("b2")}),
                                  onDisk(FolderLayout::Alembic, QStringLiteral("d4"), {}, {QStringLiteral("a1")})});
    const auto prod = environment(QStringLiteral("prod"), {table(MigrationFramework::Alembic,
                                                                  {applied(QStringLiteral("c3"))}, true)});
    const auto dev = environment(QStringLiteral("dev"), {table(MigrationFramework::Alembic,
                                                                {applied(QStringLiteral("d4"))}, true)});
    const HistoryMatrix matrix = buildHistoryMatrix({prod, dev}, folder);
    QCOMPARE(row(matrix, QStringLiteral("a1"))->cells.at(0).state, MigrationState::Applied);
    QCOMPARE(row(matrix, QStringLiteral("a1"))->cells.at(1).state, MigrationState::Applied);
    QVERIFY(row(matrix, QStringLiteral("a1"))->agrees);
    QCOMPARE(row(matrix, QStringLiteral("b2"))->cells.at(0).state, MigrationState::Applied);
    QCOMPARE(row(matrix, QStringLiteral("b2"))->cells.at(1).state, MigrationState::NotApplied);
    QCOMPARE(ids(matrix.pending(1)), (QStringList{QStringLiteral("b2"), QStringLiteral("c3")}));
    QCOMPARE(ids(matrix.pending(0)), QStringList{QStringLiteral("d4")});
}

void TestHistoryMatrix::flywayBaseline()
{
    const auto prod = environment(QStringLiteral("prod"),
                                  {table(MigrationFramework::Flyway, {applied(QStringLiteral("2"), MigrationState::Baseline),
                                                                      applied(QStringLiteral("3"))})});
    const auto dev = environment(QStringLiteral("dev"), {table(MigrationFramework::Flyway,
                                                                {applied(QStringLiteral("1")),
                                                                 applied(QStringLiteral("2")),
                                                                 applied(QStringLiteral("3"))})});
    const auto folder = folderOf({onDisk(FolderLayout::Flyway, QStringLiteral("1")),
                                  onDisk(FolderLayout::Flyway, QStringLiteral("2")),
                                  onDisk(FolderLayout::Flyway, QStringLiteral("3"))});
    const HistoryMatrix matrix = buildHistoryMatrix({prod, dev}, folder);
    QCOMPARE(row(matrix, QStringLiteral("1"))->cells.at(0).state, MigrationState::Baseline);
    QVERIFY(row(matrix, QStringLiteral("1"))->cells.at(0).inferred);
    QVERIFY(matrix.allAgree());
    QVERIFY(matrix.pending(0).isEmpty());
    QVERIFY(matrix.missingOnDisk(0).isEmpty());
}

void TestHistoryMatrix::environmentWithoutTable()
{
    const auto staging = environment(QStringLiteral("staging"),
                                     {table(MigrationFramework::Knex, {applied(QStringLiteral("20240101_init.js"))})});
    const auto empty = environment(QStringLiteral("scratch"), {});
    const HistoryMatrix matrix = buildHistoryMatrix({staging, empty});
    QCOMPARE(matrix.rows.size(), 1);
    QCOMPARE(matrix.rows.at(0).cells.at(1).state, MigrationState::NoTable);
    QVERIFY(!matrix.allAgree());
}

void TestHistoryMatrix::freshDatabaseWithFolder()
{
    // No environment has a Prisma table yet: the folder's migrations are all pending.
    const auto fresh = environment(QStringLiteral("fresh"), {});
    const auto folder = folderOf({onDisk(FolderLayout::Prisma, QStringLiteral("20240101000000_init"))});
    const HistoryMatrix matrix = buildHistoryMatrix({fresh}, folder);
    QCOMPARE(matrix.frameworks(), QList<MigrationFramework>{MigrationFramework::Prisma});
    QCOMPARE(ids(matrix.pending(0)), QStringList{QStringLiteral("20240101000000_init")});
    // Node scripts with a Sequelize table in sight are Sequelize's, not Knex's.
    const auto sequelize = environment(QStringLiteral("dev"), {table(MigrationFramework::Sequelize, {})});
    const HistoryMatrix node = buildHistoryMatrix(
        {sequelize}, folderOf({onDisk(FolderLayout::NodeScript, QStringLiteral("20240101_init.js"))}));
    QCOMPARE(node.frameworks(), QList<MigrationFramework>{MigrationFramework::Sequelize});
}

void TestHistoryMatrix::reportsNameEverything()
{
    const QString audit = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
    const auto staging = environment(QStringLiteral("staging"),
                                     {table(MigrationFramework::Sequelize, {applied(audit)})});
    const auto uat = environment(QStringLiteral("uat"), {table(MigrationFramework::Sequelize, {})});
    const HistoryMatrix matrix = buildHistoryMatrix({staging, uat}, folderOf({onDisk(FolderLayout::NodeScript, audit)}));

    const QString text = historyText(matrix);
    QVERIFY2(text.contains(QStringLiteral("* ") + audit), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("applied 2025-12-03 10:15")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("uat: 1 pending (") + audit), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("The environments differ")), qPrintable(text));

    const QJsonObject json = QJsonDocument::fromJson(historyJson(matrix)).object();
    QCOMPARE(json.value(QStringLiteral("format")).toString(), QStringLiteral("parity.history"));
    QCOMPARE(json.value(QStringLiteral("agree")).toBool(), false);
    const QJsonObject first = json.value(QStringLiteral("rows")).toArray().at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("id")).toString(), audit);
    QCOMPARE(first.value(QStringLiteral("cells")).toArray().at(0).toObject().value(QStringLiteral("appliedAt")).toString(),
             QStringLiteral("2025-12-03T10:15:00Z"));
    QCOMPARE(first.value(QStringLiteral("cells")).toArray().at(1).toObject().value(QStringLiteral("state")).toString(),
             QStringLiteral("not-applied"));
    const QJsonObject uatSummary = json.value(QStringLiteral("summary")).toArray().at(1).toObject();
    QCOMPARE(uatSummary.value(QStringLiteral("pending")).toArray().size(), 1);

    const QString markdown = historyMarkdown(matrix);
    QVERIFY2(markdown.contains(QStringLiteral("| ⚠ | `") + audit + QStringLiteral("` | yes | applied 2025-12-03 10:15 | pending |")),
             qPrintable(markdown));
}

QTEST_GUILESS_MAIN(TestHistoryMatrix)
#include "tst_historymatrix.moc"

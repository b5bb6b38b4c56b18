// Linking schema differences to the migrations one side ran and the other
// did not, by the migration's statements or by its name, and flagging the
// differences nothing accounts for.
#include "diff/diffreport.h"
#include "diff/schemadiff.h"
#include "history/driftannotations.h"
#include "history/driftexplanation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace parity;

namespace {

ObjectChange change(ObjectKind kind, ChangeKind how, const QString &table, const QString &name)
{
    ObjectChange c;
    c.kind = kind;
    c.change = how;
    c.table = kind == ObjectKind::Table ? QString() : table;
    c.name = name;
    return c;
}

EnvironmentHistory sequelize(const QString &name, const QStringList &ran)
{
    HistoryTable table;
    table.framework = MigrationFramework::Sequelize;
    table.table = QStringLiteral("SequelizeMeta");
    for (const QString &id : ran) {
        AppliedMigration m;
        m.id = id;
        m.name = id;
        table.migrations.append(m);
    }
    return EnvironmentHistory{name, QStringLiteral("sqlite:") + name + QStringLiteral(".db"), {table}};
}

const QString Common = QStringLiteral("20251101_01_create_users_table.js");
const QString Audit = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
const QString DailyLimit = QStringLiteral("20251112_01_add_daily_limit_to_wallets.js");
const QString CreatedAtIndex = QStringLiteral("20251117_01_add_created_at_index_to_wallet_transactions.js");
const QString DropUnique = QStringLiteral("20251119_01_drop_unique_wallet_id_on_wallet_transactions.js");
const QString PaymentsUuid = QStringLiteral("20251113_01_change_payments_primary_key_to_uuid.js");
const QString PhoneRequired = QStringLiteral("20251116_01_make_users_phone_number_required.js");
const QString Hotfix = QStringLiteral("20251109_01_add_legacy_code_to_merchants.js");

// uat → staging, as `parity-cli diff uat staging` lists it.
SchemaDiff seedDiff()
{
    SchemaDiff diff;
    diff.fromName = QStringLiteral("uat");
    diff.toName = QStringLiteral("staging");
    diff.changes = {
        change(ObjectKind::Table, ChangeKind::Added, {}, QStringLiteral("sync_audit_logs")),            // 0
        change(ObjectKind::Column, ChangeKind::Added, QStringLiteral("wallets"), QStringLiteral("dailyLimit")), // 1
        change(ObjectKind::Column, ChangeKind::Changed, QStringLiteral("wallets"), QStringLiteral("balance")),  // 2
        change(ObjectKind::Index, ChangeKind::Added, QStringLiteral("wallet_transactions"),
               QStringLiteral("wallet_transactions_created_at")),                                        // 3
        change(ObjectKind::Index, ChangeKind::Changed, QStringLiteral("wallet_transactions"),
               QStringLiteral("wallet_transactions_walletId")),                                          // 4
        change(ObjectKind::Column, ChangeKind::Removed, QStringLiteral("merchants"), QStringLiteral("legacyCode")), // 5
        change(ObjectKind::Column, ChangeKind::Changed, QStringLiteral("users"), QStringLiteral("phoneNumber")),    // 6
        change(ObjectKind::Column, ChangeKind::Changed, QStringLiteral("refunds"), QStringLiteral("paymentId")),    // 7
        change(ObjectKind::PrimaryKey, ChangeKind::Changed, QStringLiteral("payments"), QString()),                // 8
    };
    return diff;
}

EnvironmentHistory seedStaging()
{
    return sequelize(QStringLiteral("staging"),
                     {Common, DailyLimit, PaymentsUuid, PhoneRequired, CreatedAtIndex, DropUnique, Audit});
}

EnvironmentHistory seedUat()
{
    return sequelize(QStringLiteral("uat"), {Common, Hotfix});
}

QStringList linkedIds(const DriftExplanation &e, qsizetype index)
{
    QStringList ids;
    for (const MigrationLink &link : e.linksFor(index))
        ids.append(link.id);
    return ids;
}

} // namespace

class TestDriftExplanation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void byName();
    void byStatements();
    void nothingWithoutHistory();
    void sameMigrationsEverywhere();
    void failedRunStillExplains();
    void annotationsInReports();
};

void TestDriftExplanation::byName()
{
    const SchemaDiff diff = seedDiff();
    const DriftExplanation e = explainDrift(diff, seedUat(), seedStaging());
    QVERIFY(e.available);
    QCOMPARE(linkedIds(e, 0), QStringList{Audit});
    const MigrationLink audit = e.linksFor(0).at(0);
    QCOMPARE(audit.ranOn, QStringLiteral("staging"));
    QCOMPARE(audit.notRanOn, QStringLiteral("uat"));
    QCOMPARE(audit.evidence, MigrationLink::Evidence::Name);
    QCOMPARE(describeLink(audit),
             QStringLiteral("20251203_01_create_sync_audit_logs_table.js (Sequelize): staging ran it, uat did not"));

    QCOMPARE(linkedIds(e, 1), QStringList{DailyLimit});
    // A default nobody's migration mentions is drift a person must look at,
    // even though a migration that ran on one side only touched the same table.
    QVERIFY(e.isUnexplained(2));
    QCOMPARE(linkedIds(e, 3), QStringList{CreatedAtIndex});
    QCOMPARE(linkedIds(e, 4), QStringList{DropUnique});
    QCOMPARE(linkedIds(e, 5), QStringList{Hotfix});
    QCOMPARE(e.linksFor(5).at(0).ranOn, QStringLiteral("uat"));
    QCOMPARE(linkedIds(e, 6), QStringList{PhoneRequired});
    // The name speaks of payments only; refunds' column is not accounted for by name.
    QVERIFY(e.isUnexplained(7));
    QCOMPARE(linkedIds(e, 8), QStringList{PaymentsUuid});
    QCOMPARE(e.unexplainedCount(), 2);
    QCOMPARE(e.differing.size(), 7);
}

void TestDriftExplanation::byStatements()
{
    const SchemaDiff diff = seedDiff();
    MigrationFolder folder;
    folder.root = QStringLiteral("/app");
    const auto script = [](const QString &id, const QList<MigrationTouch> &touches) {
        DiskMigration m;
        m.layout = FolderLayout::NodeScript;
        m.id = id;
        m.name = id;
        m.path = QStringLiteral("migrations/") + id;
        m.touches = touches;
        return m;
    };
    using A = MigrationTouch::Action;
    folder.migrations = {
        script(Common, {{A::Create, QStringLiteral("users"), {}, {}, {}}}),
        script(PaymentsUuid, {{A::Alter, QStringLiteral("payments"), QStringLiteral("payment_id"), {}, {}},
                              {A::Alter, QStringLiteral("refunds"), QStringLiteral("paymentId"), {}, {}},
                              {A::Alter, QStringLiteral("payments"), {}, QStringLiteral("payments_pkey"), {}}}),
        script(DailyLimit, {{A::Alter, QStringLiteral("wallets"), QStringLiteral("dailyLimit"), {}, {}}}),
        // A file whose name says nothing: only its statements can tie it to the table.
        script(Audit, {{A::Create, QStringLiteral("sync_audit_logs"), {}, {}, {}},
                       {A::Create, QStringLiteral("sync_audit_logs"), {}, QStringLiteral("sync_audit_logs_sync_id"), {}}}),
    };
    const DriftExplanation e = explainDrift(diff, seedUat(), seedStaging(), folder);
    QCOMPARE(linkedIds(e, 0), QStringList{Audit});
    QCOMPARE(e.linksFor(0).at(0).evidence, MigrationLink::Evidence::Statements);
    QCOMPARE(linkedIds(e, 7), QStringList{PaymentsUuid});
    QCOMPARE(e.linksFor(7).at(0).evidence, MigrationLink::Evidence::Statements);
    // The daily-limit migration touched another column of wallets: not balance.
    QVERIFY(e.isUnexplained(2));
    // Migrations not on disk are still linked by name.
    QCOMPARE(linkedIds(e, 5), QStringList{Hotfix});
}

void TestDriftExplanation::nothingWithoutHistory()
{
    const SchemaDiff diff = seedDiff();
    const EnvironmentHistory none{QStringLiteral("a"), {}, {}};
    const EnvironmentHistory other{QStringLiteral("b"), {}, {}};
    const DriftExplanation e = explainDrift(diff, none, other);
    QVERIFY(!e.available);
    QCOMPARE(e.unexplainedCount(), 0);
    QVERIFY(!e.isUnexplained(0));
    QVERIFY(driftAnnotations(diff, e).closing.isEmpty());
    QVERIFY(!driftAnnotations(diff, e).line);
}

void TestDriftExplanation::sameMigrationsEverywhere()
{
    const SchemaDiff diff = seedDiff();
    const DriftExplanation e = explainDrift(diff, seedStaging(), seedStaging());
    QVERIFY(e.available);
    QVERIFY(e.differing.isEmpty());
    QCOMPARE(e.unexplainedCount(), diff.changes.size());
}

void TestDriftExplanation::failedRunStillExplains()
{
    SchemaDiff diff;
    diff.fromName = QStringLiteral("uat");
    diff.toName = QStringLiteral("staging");
    diff.changes = {change(ObjectKind::Table, ChangeKind::Added, {}, QStringLiteral("sync_audit_logs"))};
    EnvironmentHistory staging = sequelize(QStringLiteral("staging"), {Audit});
    staging.tables[0].migrations[0].state = MigrationState::Failed;
    const DriftExplanation e = explainDrift(diff, sequelize(QStringLiteral("uat"), {}), staging);
    QCOMPARE(linkedIds(e, 0), QStringList{Audit});
    QVERIFY(describeLink(e.linksFor(0).at(0)).contains(QStringLiteral("staging ran it and it failed")));
}

void TestDriftExplanation::annotationsInReports()
{
    const SchemaDiff diff = seedDiff();
    const DriftExplanation e = explainDrift(diff, seedUat(), seedStaging());
    const DiffAnnotations a = driftAnnotations(diff, e);

    const QString text = diffText(diff, a);
    QVERIFY2(text.contains(QStringLiteral("  + sync_audit_logs\n      ← ") + Audit
                           + QStringLiteral(" (Sequelize): staging ran it, uat did not\n")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("~ column balance\n          ! unexplained drift")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Migrations behind the differences")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Unexplained drift, no migration accounts for 2 differences")),
             qPrintable(text));
    // Without annotations the report is what it always was.
    QVERIFY(!diffText(diff).contains(QStringLiteral("←")));

    const QJsonObject json = QJsonDocument::fromJson(diffJson(diff, a)).object();
    const QJsonArray changes = json.value(QStringLiteral("changes")).toArray();
    const QJsonObject audit = changes.at(0).toObject();
    QCOMPARE(audit.value(QStringLiteral("explainedBy")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             Audit);
    QCOMPARE(changes.at(2).toObject().value(QStringLiteral("unexplainedDrift")).toBool(), true);
    QCOMPARE(json.value(QStringLiteral("history")).toObject().value(QStringLiteral("unexplained")).toInt(), 2);

    QVERIFY(diffMarkdown(diff, a).contains(QStringLiteral("## Migrations behind the differences")));
    const QString html = diffHtml(diff, QDateTime::currentDateTimeUtc(), a);
    QVERIFY(html.contains(QStringLiteral("<h2>Migrations behind the differences</h2>")));
    QVERIFY2(html.contains(QStringLiteral("<span class=\"source\">← ") + Audit), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("! unexplained drift")));
}

QTEST_GUILESS_MAIN(TestDriftExplanation)
#include "tst_driftexplanation.moc"

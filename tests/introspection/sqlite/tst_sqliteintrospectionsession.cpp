// How a read by the SQLite introspector behaves: repeatability, exact row
// counts, the schema filter, progress and cancelling, odd databases (a broken
// view, a virtual table), and the two demo databases with their planted
// drifts. What the catalog says about each fixture object is in
// tst_sqliteintrospector.cpp.

#include "recordingjob.h"
#include "sqlitefixture.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

using namespace parity;
using test::introspectFile;
using test::RecordingJob;
using test::sqliteSpec;
using test::tableNames;

namespace {

/// Rows of a one-column query over a read-only session, for checking data
/// the catalog does not hold (framework migration tables).
QStringList queryColumn(const QString &path, const QString &sql)
{
    QStringList values;
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return values;
    QSqlQuery query((*session)->database());
    if (query.exec(sql)) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

} // namespace

class TestSqliteIntrospectionSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void twiceEqual();
    void exactRowCounts();
    void schemaFilter_data();
    void schemaFilter();
    void progressAndCancel();
    void brokenViewKeepsTheRest();
    void virtualTableWithoutShadows();

    void demoDatabases();

private:
    QString m_path;
    Catalog m_catalog;
};

// The same file name as tst_sqliteintrospector: the scratch folder is per
// process, and the database name "introspection" comes from it.
void TestSqliteIntrospectionSession::initTestCase()
{
    auto path = test::loadSqliteFixture(QStringLiteral("introspection.db"));
    PARITY_VERIFY_RESULT(path);
    m_path = *path;
    auto catalog = introspectFile(m_path);
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
}

void TestSqliteIntrospectionSession::twiceEqual()
{
    auto again = introspectFile(m_path);
    PARITY_VERIFY_RESULT(again);
    QVERIFY(*again == m_catalog);
}

void TestSqliteIntrospectionSession::exactRowCounts()
{
    auto counted = introspectFile(m_path, true);
    PARITY_VERIFY_RESULT(counted);
    const Schema &schema = counted->schemas.first();
    QCOMPARE(schema.table(QStringLiteral("RevenueConnection"))->rowCount, qint64(1));
    QCOMPARE(schema.table(QStringLiteral("accounts"))->rowCount, qint64(3));
    QCOMPARE(schema.table(QStringLiteral("order"))->rowCount, qint64(2));
    QCOMPARE(schema.table(QStringLiteral("order \"items\""))->rowCount, qint64(4));
    // Counting changes nothing else.
    Catalog withoutCounts = *counted;
    for (Table &t : withoutCounts.schemas.first().tables)
        t.rowCount = -1;
    QVERIFY(withoutCounts == m_catalog);
}

void TestSqliteIntrospectionSession::schemaFilter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<int>("schemas");

    QTest::newRow("exclude main") << QStringList() << QStringList{"main"} << 0;
    QTest::newRow("include another") << QStringList{"public"} << QStringList() << 0;
    QTest::newRow("include by pattern") << QStringList{"ma*"} << QStringList() << 1;
    QTest::newRow("no filter") << QStringList() << QStringList() << 1;
}

void TestSqliteIntrospectionSession::schemaFilter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(int, schemas);

    IntrospectionOptions options;
    options.schemas.include = include;
    options.schemas.exclude = exclude;
    JobContext job;
    auto catalog = introspectFile(m_path, options, job);
    PARITY_VERIFY_RESULT(catalog);
    QCOMPARE(catalog->schemas.size(), schemas);
    // The header is filled either way.
    QCOMPARE(catalog->database, QStringLiteral("introspection"));
    QVERIFY(catalog->serverVersion.startsWith(QStringLiteral("SQLite 3.")));
}

void TestSqliteIntrospectionSession::progressAndCancel()
{
    RecordingJob job;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = introspectFile(m_path, options, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(job.steps.size() >= 3);
    for (qsizetype i = 1; i < job.dones.size(); ++i)
        QVERIFY(job.dones[i] >= job.dones[i - 1]);
    QCOMPARE(job.dones.last(), job.totals.last());
    QVERIFY(job.steps.contains(QStringLiteral("Reading columns")));

    // Cancel once the read transaction is open, then check on the same
    // connection that it was ended: BEGIN fails inside an open transaction.
    auto session = DatabaseSession::open(sqliteSpec(m_path), DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();
    RecordingJob cancelling(3);
    SqliteIntrospector introspector;
    auto cancelled = introspector.introspect(db, options, cancelling);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("\"introspection\"")),
             qPrintable(cancelled.error().message));
    QCOMPARE(cancelling.steps.size(), 3);
    QSqlQuery begin(db);
    QVERIFY2(begin.exec(QStringLiteral("BEGIN")), "the cancelled read left its transaction open");
    QVERIFY(begin.exec(QStringLiteral("ROLLBACK")));
}

void TestSqliteIntrospectionSession::brokenViewKeepsTheRest()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("broken_view.db"));
    auto loaded = test::runSql(sqliteSpec(path),
                               QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT);\n"
                                              "CREATE TABLE gone(x);\n"
                                              "CREATE VIEW fine AS SELECT a, b AS bee FROM t;\n"
                                              "CREATE VIEW broken AS SELECT x FROM gone;\n"
                                              "PRAGMA legacy_alter_table = ON;\n"
                                              "DROP TABLE gone;\n"));
    PARITY_VERIFY_RESULT(loaded);
    auto catalog = introspectFile(path);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    QCOMPARE(schema.view(QStringLiteral("fine"))->columns,
             (QStringList{QStringLiteral("a"), QStringLiteral("bee")}));
    QCOMPARE(schema.view(QStringLiteral("broken"))->columns, QStringList());
    QCOMPARE(schema.view(QStringLiteral("broken"))->definition,
             QStringLiteral("SELECT x FROM gone"));
    QCOMPARE(tableNames(schema), QStringList{QStringLiteral("t")});
}

void TestSqliteIntrospectionSession::virtualTableWithoutShadows()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("virtual.db"));
    auto loaded = test::runSql(sqliteSpec(path),
                               QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(title, body);\n"
                                              "INSERT INTO docs VALUES ('a', 'b');\n"
                                              "CREATE TABLE plain(id INTEGER PRIMARY KEY);\n"));
    PARITY_VERIFY_RESULT(loaded);
    auto catalog = introspectFile(path, true);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    // fts5 keeps its data in docs_data, docs_idx, ...: those are not the user's tables.
    QCOMPARE(tableNames(schema), (QStringList{QStringLiteral("docs"), QStringLiteral("plain")}));
    const Table *docs = schema.table(QStringLiteral("docs"));
    QCOMPARE(docs->options, QStringLiteral("USING fts5(title, body)"));
    QVERIFY(docs->columns.isEmpty());
    QCOMPARE(docs->rowCount, qint64(-1));
    QCOMPARE(schema.table(QStringLiteral("plain"))->rowCount, qint64(0));
}

void TestSqliteIntrospectionSession::demoDatabases()
{
    const QString binaryDir = qEnvironmentVariable("PARITY_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "PARITY_BINARY_DIR is not set: run this test through ctest");
    const QString stagingPath = binaryDir + QStringLiteral("/demo/staging.db");
    const QString uatPath = binaryDir + QStringLiteral("/demo/uat.db");
    QVERIFY2(QFileInfo::exists(stagingPath),
             qPrintable(stagingPath
                        + QStringLiteral(" is missing: build the demo_databases target")));
    QVERIFY2(QFileInfo::exists(uatPath),
             qPrintable(uatPath + QStringLiteral(" is missing: build the demo_databases target")));

    auto staging = introspectFile(stagingPath, true);
    PARITY_VERIFY_RESULT(staging);
    auto uat = introspectFile(uatPath, true);
    PARITY_VERIFY_RESULT(uat);
    QCOMPARE(staging->database, QStringLiteral("staging"));
    QCOMPARE(uat->database, QStringLiteral("uat"));
    const Schema &s = staging->schemas.first();
    const Schema &u = uat->schemas.first();

    // Staging has 6 tables that UAT lacks, with these row counts.
    const QList<std::pair<QString, qint64>> extra = {
        {QStringLiteral("compliance_records"), 0},
        {QStringLiteral("flash_commission_tiers"), 4},
        {QStringLiteral("mobilemart_transactions"), 0},
        {QStringLiteral("reseller_floats"), 0},
        {QStringLiteral("sync_audit_logs"), 49},
        {QStringLiteral("tax_configurations"), 0},
    };
    QStringList onlyStaging;
    for (const Table &t : s.tables) {
        if (!u.table(t.name))
            onlyStaging.append(t.name);
    }
    QStringList expectedExtra;
    for (const auto &[name, rows] : extra) {
        expectedExtra.append(name);
        QCOMPARE(s.table(name)->rowCount, rows);
    }
    QCOMPARE(onlyStaging, expectedExtra);
    for (const Table &t : u.tables)
        QVERIFY2(s.table(t.name), qPrintable(t.name + QStringLiteral(" is in UAT only")));
    QVERIFY(u.tables.size() >= 11);

    // Which migrations never ran in UAT, and the one that ran only there.
    const QString metaQuery = QStringLiteral("SELECT name FROM \"SequelizeMeta\" ORDER BY name");
    const QStringList stagingRan = queryColumn(stagingPath, metaQuery);
    const QStringList uatRan = queryColumn(uatPath, metaQuery);
    QCOMPARE(s.table(QStringLiteral("SequelizeMeta"))->rowCount, qint64(stagingRan.size()));
    QStringList missingInUat;
    for (const QString &m : stagingRan) {
        if (!uatRan.contains(m))
            missingInUat.append(m);
    }
    QVERIFY(missingInUat.contains(QStringLiteral("20251203_01_create_sync_audit_logs_table.js")));
    for (const auto &[name, rows] : extra) {
        Q_UNUSED(rows)
        const auto created = std::ranges::find_if(missingInUat, [&](const QString &m) {
            return m.endsWith(QStringLiteral("_create_") + name + QStringLiteral("_table.js"));
        });
        QVERIFY2(created != missingInUat.end(), qPrintable(name));
    }
    QStringList onlyInUat;
    for (const QString &m : uatRan) {
        if (!stagingRan.contains(m))
            onlyInUat.append(m);
    }
    QCOMPARE(onlyInUat, QStringList{QStringLiteral("20251109_01_add_legacy_code_to_merchants.js")});

    // The planted drifts a diff must find.
    auto index = [](const Schema &schema, const QString &tableName,
                    const QString &indexName) -> const Index * {
        const Table *t = schema.table(tableName);
        const auto it = t ? std::ranges::find(t->indexes, indexName, &Index::name)
                          : QList<Index>::const_iterator();
        return t && it != t->indexes.end() ? &*it : nullptr;
    };
    const QString walletTx = QStringLiteral("wallet_transactions");
    const QString walletIdIndex = QStringLiteral("wallet_transactions_walletId");
    QVERIFY(index(u, walletTx, walletIdIndex) && index(u, walletTx, walletIdIndex)->unique);
    QVERIFY(index(s, walletTx, walletIdIndex) && !index(s, walletTx, walletIdIndex)->unique);
    QVERIFY(index(s, walletTx, QStringLiteral("wallet_transactions_created_at")));
    QVERIFY(!index(u, walletTx, QStringLiteral("wallet_transactions_created_at")));
    const QStringList duplicated =
        queryColumn(stagingPath, QStringLiteral("SELECT \"walletId\" FROM wallet_transactions "
                                                "GROUP BY \"walletId\" HAVING count(*) > 1"));
    QVERIFY2(duplicated.size() >= 2, "staging must hold duplicate walletIds for the hazard check");

    QCOMPARE(s.table(QStringLiteral("payments"))->primaryKey->columns,
             QStringList{QStringLiteral("payment_id")});
    QCOMPARE(s.table(QStringLiteral("payments"))
                 ->column(QStringLiteral("payment_id"))
                 ->normalizedType,
             QStringLiteral("text"));
    QCOMPARE(u.table(QStringLiteral("payments"))->primaryKey->columns,
             QStringList{QStringLiteral("id")});
    QCOMPARE(identityKindKey(
                 u.table(QStringLiteral("payments"))->column(QStringLiteral("id"))->identity),
             QStringLiteral("auto-increment"));

    QVERIFY(s.table(QStringLiteral("wallets"))->column(QStringLiteral("dailyLimit")));
    QVERIFY(!u.table(QStringLiteral("wallets"))->column(QStringLiteral("dailyLimit")));
    QVERIFY(u.table(QStringLiteral("merchants"))->column(QStringLiteral("legacyCode")));
    QVERIFY(!s.table(QStringLiteral("merchants"))->column(QStringLiteral("legacyCode")));
    QCOMPARE(s.table(QStringLiteral("merchants"))
                 ->column(QStringLiteral("businessName"))
                 ->normalizedType,
             QStringLiteral("varchar(255)"));
    QCOMPARE(u.table(QStringLiteral("merchants"))
                 ->column(QStringLiteral("businessName"))
                 ->normalizedType,
             QStringLiteral("varchar(100)"));
    QCOMPARE(s.table(QStringLiteral("users"))->column(QStringLiteral("phoneNumber"))->nullable,
             false);
    QCOMPARE(u.table(QStringLiteral("users"))->column(QStringLiteral("phoneNumber"))->nullable,
             true);
    QCOMPARE(s.table(QStringLiteral("wallets"))
                 ->column(QStringLiteral("balance"))
                 ->defaultExpression,
             QStringLiteral("'0.00'"));
    QCOMPARE(u.table(QStringLiteral("wallets"))
                 ->column(QStringLiteral("balance"))
                 ->defaultExpression,
             QStringLiteral("'0'"));
    QCOMPARE(s.table(walletTx)->column(QStringLiteral("status"))->defaultExpression,
             QStringLiteral("'PENDING'"));
    QCOMPARE(u.table(walletTx)->column(QStringLiteral("status"))->defaultExpression,
             QStringLiteral("'pending'"));

    // The view exists on both sides, the same.
    QVERIFY(s.view(QStringLiteral("wallet_balances")));
    QVERIFY(u.view(QStringLiteral("wallet_balances")));
    QCOMPARE(*s.view(QStringLiteral("wallet_balances")),
             *u.view(QStringLiteral("wallet_balances")));
    // Untouched tables compare equal, apart from their rows.
    Table sUsersLike = *s.table(QStringLiteral("beneficiaries"));
    Table uUsersLike = *u.table(QStringLiteral("beneficiaries"));
    sUsersLike.rowCount = uUsersLike.rowCount = sUsersLike.rowEstimate = uUsersLike.rowEstimate =
        -1;
    QVERIFY(sUsersLike == uUsersLike);
}

QTEST_GUILESS_MAIN(TestSqliteIntrospectionSession)
#include "tst_sqliteintrospectionsession.moc"

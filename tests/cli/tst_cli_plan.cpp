// parity-cli plan: the scripts it writes, the hazards it measures on FROM,
// its refusal to lose data unless allowed, declared renames, and bad input.
#include "testsupport.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;

namespace {

QString demo(const QString &name)
{
    return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name + QStringLiteral(".db");
}

/// A copy of a demo database the test may change.
QString copyOf(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".db"));
    QFile::remove(path);
    if (!QFile::copy(demo(name), path))
        return {};
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

} // namespace

class TestCliPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void refusesToLoseData();
    void writesBothScripts();
    void hazardPredictsFailure();
    void renameKeepsData();
    void badInput_data();
    void badInput();
};

void TestCliPlan::refusesToLoseData()
{
    // staging -> uat drops the six tables uat lacks, sync_audit_logs with 49 rows.
    QTemporaryDir dir;
    const QString forward = dir.filePath(QStringLiteral("forward.sql"));
    const test::CliRun run = test::runCli({QStringLiteral("plan"), demo(QStringLiteral("staging")),
                                          demo(QStringLiteral("uat")), QStringLiteral("-o"), forward});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("high   main.sync_audit_logs drops the table and its rows: 49 rows")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("flash_commission_tiers drops the table and its rows: 4 rows")),
             qPrintable(run.err));
    // An empty table is worth a line, not a refusal.
    QVERIFY2(run.err.contains(QStringLiteral("low    main.tax_configurations drops the table and its rows: 0 rows")),
             qPrintable(run.err));
    QVERIFY2(run.err.contains(QStringLiteral("refused")), qPrintable(run.err));
    QVERIFY2(!QFile::exists(forward), "a refused plan must write nothing");
}

void TestCliPlan::writesBothScripts()
{
    QTemporaryDir dir;
    const QString forward = dir.filePath(QStringLiteral("forward.sql"));
    const QString rollback = dir.filePath(QStringLiteral("rollback.sql"));
    const test::CliRun run = test::runCli({QStringLiteral("plan"), demo(QStringLiteral("staging")),
                                          demo(QStringLiteral("uat")), QStringLiteral("-o"), forward,
                                          QStringLiteral("--rollback"), rollback, QStringLiteral("--allow-data-loss")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    const QString f = test::readTextFile(forward);
    const QString r = test::readTextFile(rollback);
    QVERIFY2(f.contains(QStringLiteral("-- Parity migration script: turns staging into uat.")), qPrintable(f));
    QVERIFY2(f.contains(QStringLiteral("--   high   main.sync_audit_logs drops the table and its rows: 49 rows")),
             qPrintable(f));
    QVERIFY2(f.contains(QStringLiteral("-- IRREVERSIBLE: the table's rows are gone once this runs")), qPrintable(f));
    QVERIFY2(f.contains(QStringLiteral("DROP TABLE \"sync_audit_logs\";")), qPrintable(f));
    QVERIFY2(f.contains(QStringLiteral("BEGIN;")) && f.trimmed().endsWith(QStringLiteral("COMMIT;")), qPrintable(f));
    QVERIFY2(r.contains(QStringLiteral("-- Parity rollback script: turns uat back into staging.")), qPrintable(r));
    // The rollback brings the table back, and says its rows do not come with it.
    QVERIFY2(r.contains(QStringLiteral("-- IRREVERSIBLE: the forward script dropped table main.sync_audit_logs (49 rows); "
                                       "it comes back empty. Restore its rows from the backup.")),
             qPrintable(r));
    QVERIFY2(r.contains(QStringLiteral("CREATE TABLE \"sync_audit_logs\"")), qPrintable(r));

    // Standard output when no -o is given.
    const test::CliRun out = test::runCli({QStringLiteral("plan"), demo(QStringLiteral("staging")),
                                          demo(QStringLiteral("uat")), QStringLiteral("--allow-data-loss")});
    QCOMPARE(out.exitCode, 0);
    QVERIFY(out.out.contains(QStringLiteral("DROP TABLE \"sync_audit_logs\";")));

    // The same database on both sides: nothing to do, no hazards.
    const test::CliRun same = test::runCli({QStringLiteral("plan"), demo(QStringLiteral("uat")), demo(QStringLiteral("uat"))});
    QCOMPARE(same.exitCode, 0);
    QVERIFY2(same.out.contains(QStringLiteral("Nothing to do")), qPrintable(same.out));
    QVERIFY2(same.err.isEmpty(), qPrintable(same.err));
}

void TestCliPlan::hazardPredictsFailure()
{
    // staging -> uat makes wallet_transactions.walletId unique again while
    // staging holds a wallet with several transactions: the plan measures
    // the duplicates, and applying fails on them without changing anything.
    QTemporaryDir dir;
    const QString db = copyOf(dir, QStringLiteral("staging"));
    QVERIFY(!db.isEmpty());
    const QString forward = dir.filePath(QStringLiteral("forward.sql"));
    const test::CliRun run = test::runCli({QStringLiteral("plan"), db, demo(QStringLiteral("uat")), QStringLiteral("-o"),
                                          forward, QStringLiteral("--allow-data-loss")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.contains(QRegularExpression(QStringLiteral(
                 "high   main\\.wallet_transactions\\.walletId adds unique index \\S+ over values that may repeat: "
                 "the change fails while any do: \\d+ duplicated values? \\(e\\.g\\. \\d+ ×\\d+"))),
             qPrintable(run.err));
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = db;
    const auto applied = test::runSqlFile(spec, forward);
    QVERIFY(!applied);
    QVERIFY2(applied.error().message.contains(QStringLiteral("UNIQUE constraint failed")), qPrintable(applied.error().message));
    // .bail on and the transaction: nothing of the script stayed.
    const test::CliRun check = test::runCli({QStringLiteral("diff"), db, demo(QStringLiteral("staging")), QStringLiteral("--exit-code")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
}

void TestCliPlan::renameKeepsData()
{
    QTemporaryDir dir;
    ConnectionSpec from;
    from.kind = ConnectionSpec::Kind::SQLite;
    from.path = dir.filePath(QStringLiteral("from.db"));
    ConnectionSpec to = from;
    to.path = dir.filePath(QStringLiteral("to.db"));
    PARITY_VERIFY_RESULT(test::runSql(from, QStringLiteral(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT NOT NULL);\n"
        "INSERT INTO users (email) VALUES ('a@example.com'), ('b@example.com');\n"
        "CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT);\n"
        "INSERT INTO customers (name) VALUES ('Ada');\n")));
    PARITY_VERIFY_RESULT(test::runSql(to, QStringLiteral(
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email_address TEXT NOT NULL);\n"
        "CREATE TABLE clients (id INTEGER PRIMARY KEY, name TEXT);\n")));

    // Without the renames the plan drops data, and says so.
    test::CliRun run = test::runCli({QStringLiteral("plan"), from.path, to.path});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(QStringLiteral("main.users.email drops the column and its values: 2 values")),
             qPrintable(run.err));

    const QString forward = dir.filePath(QStringLiteral("forward.sql"));
    run = test::runCli({QStringLiteral("plan"), from.path, to.path, QStringLiteral("--rename"),
                        QStringLiteral("users.email=email_address"), QStringLiteral("--rename"),
                        QStringLiteral("customers=clients"), QStringLiteral("-o"), forward});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString script = test::readTextFile(forward);
    QVERIFY2(script.contains(QStringLiteral("ALTER TABLE \"users\" RENAME COLUMN \"email\" TO \"email_address\";")),
             qPrintable(script));
    QVERIFY2(script.contains(QStringLiteral("ALTER TABLE \"customers\" RENAME TO \"clients\";")), qPrintable(script));
    QVERIFY2(!script.contains(QStringLiteral("DROP")), qPrintable(script));
    PARITY_VERIFY_RESULT(test::runSqlFile(from, forward));
    const test::CliRun check = test::runCli({QStringLiteral("diff"), from.path, to.path, QStringLiteral("--exit-code")});
    QVERIFY2(check.exitCode == 0, qPrintable(check.out));
    const test::CliRun rows =
        test::runCli({QStringLiteral("inspect"), from.path, QStringLiteral("--exact-counts")});
    QVERIFY2(rows.out.contains(QRegularExpression(QStringLiteral("users +2 rows")))
                 && rows.out.contains(QRegularExpression(QStringLiteral("clients +1 row "))),
             qPrintable(rows.out));
}

void TestCliPlan::badInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    const QString uat = demo(QStringLiteral("uat"));
    const QString staging = demo(QStringLiteral("staging"));
    QTest::newRow("one spec") << QStringList{QStringLiteral("plan"), uat} << QStringLiteral("needs two connection specs");
    QTest::newRow("rename without =")
        << QStringList{QStringLiteral("plan"), uat, staging, QStringLiteral("--rename"), QStringLiteral("users.email")}
        << QStringLiteral("write TABLE.OLD=NEW");
    QTest::newRow("rename of a missing table")
        << QStringList{QStringLiteral("plan"), uat, staging, QStringLiteral("--rename"), QStringLiteral("nosuch=users")}
        << QStringLiteral("uat has no table nosuch");
    QTest::newRow("rename to a name TO lacks")
        << QStringList{QStringLiteral("plan"), uat, staging, QStringLiteral("--rename"), QStringLiteral("users.email=nope")}
        << QStringLiteral("staging has no column users.nope");
    QTest::newRow("missing file") << QStringList{QStringLiteral("plan"), QStringLiteral("/nonexistent/x.db"), staging}
                                  << QStringLiteral("does not exist");
    QTest::newRow("unknown ignore") << QStringList{QStringLiteral("plan"), uat, staging, QStringLiteral("--ignore"),
                                                   QStringLiteral("colour")}
                                    << QStringLiteral("Unknown --ignore value");
}

void TestCliPlan::badInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliRun run = test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCliPlan)
#include "tst_cli_plan.moc"

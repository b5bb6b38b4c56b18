// parity-cli inspect as a user runs it: exit codes, one-line errors,
// passwords never shown, and snapshots that read back the same.
#include "testsupport.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;

namespace {

QString demoDb(const QString &name)
{
    return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name + QStringLiteral(".db");
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void helpAndVersion();
    void badInputExitsTwoWithOneLine_data();
    void badInputExitsTwoWithOneLine();
    void mistypedSpecsNeverShowPassword_data();
    void mistypedSpecsNeverShowPassword();
    void demoSummary();
    void snapshotRoundTrip_data();
    void snapshotRoundTrip();
    void passwordFromEnvironment();
    void sqlScriptRebuildsTheDatabase();

private:
    QTemporaryDir m_dir;
    ConnectionSpec m_pg;
    ConnectionSpec m_my;
};

void TestCliInspect::initTestCase()
{
    QVERIFY2(QFile::exists(qEnvironmentVariable("PARITY_CLI")), "PARITY_CLI does not point at parity-cli");
    QVERIFY2(QFile::exists(demoDb(QStringLiteral("staging"))), "the demo databases were not built");
    auto pg = test::createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("tst_cli_pg"));
    PARITY_VERIFY_RESULT(pg);
    m_pg = *pg;
    PARITY_VERIFY_RESULT(test::runSql(m_pg, QStringLiteral(
        "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy');\n"
        "CREATE TABLE \"RevenueConnection\" (id serial PRIMARY KEY, \"select\" text NOT NULL DEFAULT 'x', m mood);\n"
        "CREATE VIEW v AS SELECT id FROM \"RevenueConnection\";\n"
        "INSERT INTO \"RevenueConnection\"(\"select\") VALUES ('a'), ('b');\nANALYZE;\n")));
    auto my = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_cli_my"));
    PARITY_VERIFY_RESULT(my);
    m_my = *my;
    PARITY_VERIFY_RESULT(test::runSql(m_my, QStringLiteral(
        "CREATE TABLE `RevenueConnection` (id INT AUTO_INCREMENT PRIMARY KEY, `select` VARCHAR(20) NOT NULL,"
        " status ENUM('a','b') DEFAULT 'a');\n")));

    QFile corrupt(m_dir.filePath(QStringLiteral("corrupt.parity.json")));
    QVERIFY(corrupt.open(QIODevice::WriteOnly));
    corrupt.write("{\"format\": \"parity.snapshot\", \"version\": 1, \"dialect\": \"sqlite\", \"schemas\": [");
    corrupt.close();
    QFile foreign(m_dir.filePath(QStringLiteral("package.json")));
    QVERIFY(foreign.open(QIODevice::WriteOnly));
    foreign.write("{\"name\": \"web\", \"version\": \"1.0.0\"}");
    foreign.close();
    QFile text(m_dir.filePath(QStringLiteral("notes.db")));
    QVERIFY(text.open(QIODevice::WriteOnly));
    text.write("meeting notes, not a database at all........");
    text.close();
}

void TestCliInspect::helpAndVersion()
{
    test::CliRun help = test::runCli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QStringLiteral("inspect SPEC")));
    test::CliRun version = test::runCli({QStringLiteral("--version")});
    QCOMPARE(version.exitCode, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("parity-cli ")));
    test::CliRun inspectHelp = test::runCli({QStringLiteral("inspect"), QStringLiteral("--help")});
    QCOMPARE(inspectHelp.exitCode, 0);
    QVERIFY(inspectHelp.out.contains(QStringLiteral("--format")));
    QVERIFY(inspectHelp.out.contains(QStringLiteral("--schema")));
    test::CliRun nothing = test::runCli({});
    QCOMPARE(nothing.exitCode, 2);
}

void TestCliInspect::badInputExitsTwoWithOneLine_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("mentions");
    const QString pgPort = QString::number(m_pg.port);
    const QString myPort = QString::number(m_my.port);
    auto inspect = [](const QString &spec) { return QStringList{QStringLiteral("inspect"), spec}; };

    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command \"frobnicate\"";
    QTest::newRow("no spec") << QStringList{QStringLiteral("inspect")} << "needs one connection spec";
    QTest::newRow("two specs") << QStringList{QStringLiteral("inspect"), QStringLiteral("a.db"), QStringLiteral("b.db")}
                               << "takes one connection spec";
    QTest::newRow("unknown option") << QStringList{QStringLiteral("inspect"), QStringLiteral("--frob"), QStringLiteral("a.db")}
                                    << "frob";
    QTest::newRow("bad format") << QStringList{QStringLiteral("inspect"), QStringLiteral("a.db"), QStringLiteral("--format"), QStringLiteral("xml")}
                                << "Unknown format \"xml\"";
    QTest::newRow("unknown scheme") << inspect(QStringLiteral("oracle://scott:s3cr3t-pw@h/db")) << "Unknown scheme";
    QTest::newRow("malformed url") << inspect(QStringLiteral("postgresql://u:s3cr3t-pw@h:notaport/db")) << "Invalid port";
    QTest::newRow("wrong password") << inspect(QStringLiteral("postgresql://parity:s3cr3t-pw@127.0.0.1:%1/parity_test").arg(pgPort))
                                    << "refused user \"parity\"";
    QTest::newRow("wrong password mysql") << inspect(QStringLiteral("mysql://parity:s3cr3t-pw@127.0.0.1:%1/parity_test").arg(myPort))
                                          << "refused user \"parity\"";
    QTest::newRow("nothing listening") << inspect(QStringLiteral("postgresql://parity:s3cr3t-pw@127.0.0.1:9/db"))
                                       << "Nothing is listening at 127.0.0.1:9";
    QTest::newRow("missing database") << inspect(QStringLiteral("postgresql://parity:%1@127.0.0.1:%2/nope_db").arg(m_pg.password, pgPort))
                                      << "Database \"nope_db\" does not exist";
    QTest::newRow("missing database mysql") << inspect(QStringLiteral("mysql://parity:%1@127.0.0.1:%2/nope_db").arg(m_my.password, myPort))
                                            << "Database \"nope_db\" does not exist";
    QTest::newRow("missing sqlite file") << inspect(m_dir.filePath(QStringLiteral("missing.db"))) << "does not exist";
    QTest::newRow("not a sqlite file") << inspect(m_dir.filePath(QStringLiteral("notes.db"))) << "is not a SQLite database";
    QTest::newRow("missing snapshot") << inspect(m_dir.filePath(QStringLiteral("gone.parity.json"))) << "does not exist";
    QTest::newRow("corrupt snapshot") << inspect(m_dir.filePath(QStringLiteral("corrupt.parity.json"))) << "is not valid JSON";
    QTest::newRow("foreign json") << inspect(m_dir.filePath(QStringLiteral("package.json"))) << "is not a Parity snapshot";
    QTest::newRow("unknown profile") << inspect(QStringLiteral("@nowhere")) << "No saved profile named \"nowhere\"";
    QTest::newRow("bad timeout") << QStringList{QStringLiteral("inspect"), QStringLiteral("a.db"), QStringLiteral("--connect-timeout"), QStringLiteral("0")}
                                 << "--connect-timeout";
    QTest::newRow("schema matches nothing") << QStringList{QStringLiteral("inspect"), demoDb(QStringLiteral("staging")),
                                                           QStringLiteral("--schema"), QStringLiteral("nope")}
                                            << "No schema of";
}

void TestCliInspect::badInputExitsTwoWithOneLine()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, mentions);
    // No profile store of the user's may interfere.
    const test::CliRun run = test::runCli(arguments, {{QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))}});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(QStringLiteral("parity-cli: ")), qPrintable(run.err));
    QCOMPARE(run.err.count(QLatin1Char('\n')), 1);
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
    QVERIFY2(!run.err.contains(QStringLiteral("s3cr3t-pw")), "a password reached the output");
    if (!m_pg.password.isEmpty())
        QVERIFY2(!run.err.contains(m_pg.password), "a password reached the output");
}

void TestCliInspect::mistypedSpecsNeverShowPassword_data()
{
    // The shapes of issue 13: each once printed the password "hunter2".
    QTest::addColumn<QString>("spec");
    QTest::newRow("scheme with one slash") << QStringLiteral("postgres:/app:hunter2@127.0.0.1:5432/shop");
    QTest::newRow("no scheme") << QStringLiteral("app:hunter2@host:5432/db");
    // Nothing listens on 56432: had the parser let it through, the
    // connection error would quote the host it was given.
    QTest::newRow("percent-encoded @") << QStringLiteral("postgresql://u:hunter2%40127.0.0.1:56432/d");
    QTest::newRow("sqlite file that is a url") << QStringLiteral("postgresql//app:hunter2@127.0.0.1/shop.db");
    QTest::newRow("history label") << QStringLiteral("password=hunter2");
}

void TestCliInspect::mistypedSpecsNeverShowPassword()
{
    QFETCH(QString, spec);
    const QMap<QString, QString> env = {{QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config"))}};
    for (const QString &command : {QStringLiteral("inspect"), QStringLiteral("history")}) {
        const test::CliRun run = test::runCli({command, spec}, env);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith(QStringLiteral("parity-cli: ")), qPrintable(run.err));
        QVERIFY2(!run.err.contains(QStringLiteral("hunter2")), qPrintable(run.err));
        QVERIFY2(!run.out.contains(QStringLiteral("hunter2")), qPrintable(run.out));
    }
    const test::CliRun diff = test::runCli({QStringLiteral("diff"), demoDb(QStringLiteral("staging")), spec}, env);
    QCOMPARE(diff.exitCode, 2);
    QVERIFY2(!diff.err.contains(QStringLiteral("hunter2")), qPrintable(diff.err));
    QVERIFY2(!diff.out.contains(QStringLiteral("hunter2")), qPrintable(diff.out));
}

void TestCliInspect::demoSummary()
{
    const test::CliRun run = test::runCli({QStringLiteral("inspect"), demoDb(QStringLiteral("staging")), QStringLiteral("--exact-counts")});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    QVERIFY(run.out.startsWith(QStringLiteral("staging (SQLite ")));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\n +sync_audit_logs +49 rows"))));
    QVERIFY(run.out.contains(QRegularExpression(QStringLiteral("\\n +flash_commission_tiers +4 rows"))));
    QVERIFY(run.out.contains(QStringLiteral("SequelizeMeta")));
}

void TestCliInspect::snapshotRoundTrip_data()
{
    QTest::addColumn<QString>("spec");
    QTest::newRow("sqlite") << demoDb(QStringLiteral("uat"));
    QTest::newRow("postgresql") << QStringLiteral("postgresql://parity:%1@127.0.0.1:%2/tst_cli_pg").arg(m_pg.password).arg(m_pg.port);
    QTest::newRow("mariadb") << QStringLiteral("mariadb://parity:%1@127.0.0.1:%2/tst_cli_my").arg(m_my.password).arg(m_my.port);
}

void TestCliInspect::snapshotRoundTrip()
{
    QFETCH(QString, spec);
    const QString first = m_dir.filePath(QStringLiteral("first.parity.json"));
    const QString second = m_dir.filePath(QStringLiteral("second.parity.json"));
    test::CliRun run = test::runCli({QStringLiteral("inspect"), spec, QStringLiteral("--format"), QStringLiteral("json"),
                      QStringLiteral("-o"), first});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.isEmpty());
    const QByteArray json = test::readTextFile(first).toUtf8();
    QVERIFY(!json.contains("parity-test-pw"));
    QCOMPARE(QJsonDocument::fromJson(json).object().value(QStringLiteral("format")).toString(),
             QStringLiteral("parity.snapshot"));

    // The snapshot is a spec itself: its summary matches the live one's.
    const test::CliRun live = test::runCli({QStringLiteral("inspect"), spec});
    const test::CliRun fromSnapshot = test::runCli({QStringLiteral("inspect"), first});
    QCOMPARE(live.exitCode, 0);
    QCOMPARE(fromSnapshot.exitCode, 0);
    QCOMPARE(fromSnapshot.out, live.out);

    // Snapshot of a snapshot is byte-identical.
    run = test::runCli({QStringLiteral("inspect"), first, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), second});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(test::readTextFile(second), test::readTextFile(first));
}

void TestCliInspect::passwordFromEnvironment()
{
    const QString url = QStringLiteral("postgresql://parity@127.0.0.1:%1/tst_cli_pg").arg(m_pg.port);
    test::CliRun run = test::runCli({QStringLiteral("inspect"), url}, {{QStringLiteral("PGPASSWORD"), m_pg.password}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("RevenueConnection")));
    QVERIFY(run.out.contains(QStringLiteral("mood  sad, ok, happy")));

    const QString myUrl = QStringLiteral("mysql://parity@127.0.0.1:%1/tst_cli_my").arg(m_my.port);
    run = test::runCli({QStringLiteral("inspect"), myUrl}, {{QStringLiteral("MYSQL_PWD"), m_my.password}});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("RevenueConnection")));
}

void TestCliInspect::sqlScriptRebuildsTheDatabase()
{
    // inspect --format sql, run by sqlite3 into an empty file, gives a
    // database that diff finds identical to the original.
    const QString script = m_dir.filePath(QStringLiteral("staging.sql"));
    test::CliRun run = test::runCli({QStringLiteral("inspect"), demoDb(QStringLiteral("staging")), QStringLiteral("--format"),
                                     QStringLiteral("sql"), QStringLiteral("-o"), script});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(test::readTextFile(script).contains(QStringLiteral("CREATE TABLE")));
    const QString rebuilt = m_dir.filePath(QStringLiteral("rebuilt.db"));
    PARITY_VERIFY_RESULT(test::runSqlFile(*ConnectionSpec::parse(rebuilt), script));
    run = test::runCli({QStringLiteral("diff"), demoDb(QStringLiteral("staging")), rebuilt, QStringLiteral("--exit-code")});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cli_inspect.moc"

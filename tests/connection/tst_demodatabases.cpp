// The demo pair built from the SQL compiled into Parity (what `parity --demo`
// does outside a build tree), and the statement splitter it uses.
#include "common/jobcontext.h"
#include "connection/demodatabases.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;

namespace {

Catalog read(const QString &path)
{
    JobContext job;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = inspect(*ConnectionSpec::parse(path), options, job);
    if (!catalog)
        qFatal("cannot read %s: %s", qPrintable(path), qPrintable(catalog.error().message));
    return *catalog;
}

} // namespace

class TestDemoDatabases : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void buildsThePair();
    void keepsExistingFiles();
    void unwritableFolder();
};

void TestDemoDatabases::split_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("statements");
    QTest::newRow("two") << QStringLiteral("CREATE TABLE a (x);\nINSERT INTO a VALUES (1);")
                         << QStringList{QStringLiteral("CREATE TABLE a (x)"), QStringLiteral("INSERT INTO a VALUES (1)")};
    QTest::newRow("semicolons quoted") << QStringLiteral("INSERT INTO \"a;b\" VALUES ('x;y'); -- c;d\nSELECT 1")
                                       << QStringList{QStringLiteral("INSERT INTO \"a;b\" VALUES ('x;y')"),
                                                      QStringLiteral("-- c;d\nSELECT 1")};
    QTest::newRow("trigger body") << QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN x THEN 1 END; "
                                                    "DELETE FROM b; END; SELECT 2;")
                                  << QStringList{QStringLiteral("CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = CASE WHEN x "
                                                                "THEN 1 END; DELETE FROM b; END"),
                                                 QStringLiteral("SELECT 2")};
    QTest::newRow("trailing comment") << QStringLiteral("SELECT 1;\n-- the end\n") << QStringList{QStringLiteral("SELECT 1")};
    QTest::newRow("empty statements") << QStringLiteral(";;  ;SELECT 1;;") << QStringList{QStringLiteral("SELECT 1")};
}

void TestDemoDatabases::split()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqliteScript(sql), statements);
}

void TestDemoDatabases::buildsThePair()
{
    QTemporaryDir dir;
    auto demo = prepareDemoDatabases(dir.filePath(QStringLiteral("demo")));
    QVERIFY2(demo, demo ? "" : qPrintable(demo.error().message));
    QVERIFY(QFile::exists(demo->staging) && QFile::exists(demo->uat));
    QVERIFY(!QFile::exists(demo->staging + QStringLiteral(".partial")));
    // The same databases the build makes with the sqlite3 client.
    const QString built = qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/");
    for (const auto &[mine, theirs] : {std::pair{demo->staging, QString(built + QStringLiteral("staging.db"))},
                                       std::pair{demo->uat, QString(built + QStringLiteral("uat.db"))}}) {
        const Catalog a = read(mine);
        const Catalog b = read(theirs);
        QVERIFY2(compareCatalogs(a, b).isEmpty(), qPrintable(mine));
        QCOMPARE(a.table(QStringLiteral("main"), QStringLiteral("users"))->rowCount,
                 b.table(QStringLiteral("main"), QStringLiteral("users"))->rowCount);
    }
    QCOMPARE(read(demo->staging).table(QStringLiteral("main"), QStringLiteral("sync_audit_logs"))->rowCount, 49);
}

void TestDemoDatabases::keepsExistingFiles()
{
    QTemporaryDir dir;
    QFile mine(dir.filePath(QStringLiteral("staging.db")));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("not a database, but the user's file");
    mine.close();
    auto demo = prepareDemoDatabases(dir.path());
    QVERIFY(demo);
    QFile again(demo->staging);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("not a database, but the user's file"));
    QVERIFY(QFile::exists(demo->uat));
}

void TestDemoDatabases::unwritableFolder()
{
    auto demo = prepareDemoDatabases(QStringLiteral("/proc/parity-demo"));
    QVERIFY(!demo);
    QVERIFY2(demo.error().message.contains(QStringLiteral("/proc/parity-demo")), qPrintable(demo.error().message));
}

QTEST_GUILESS_MAIN(TestDemoDatabases)
#include "tst_demodatabases.moc"

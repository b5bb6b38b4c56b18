// The demo pair built from the SQL compiled into Parity (what `parity --demo`
// does outside a build tree), the migrations folder written beside it, and
// the statement splitter it uses.
#include "common/jobcontext.h"
#include "connection/demodatabases.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
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

QString sourceMigrations()
{
    return parity::test::sourceDir() + QStringLiteral("/resources/demo/migrations");
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

QStringList files(const QString &folder, const QString &pattern = QStringLiteral("*"))
{
    return QDir(folder).entryList({pattern}, QDir::Files, QDir::Name);
}

/// Fails unless `folder` holds exactly the source folder's files, byte for byte.
void verifySameAsSource(const QString &folder)
{
    const QString source = sourceMigrations();
    QCOMPARE(files(folder), files(source));
    for (const QString &name : files(source))
        QVERIFY2(contents(QDir(folder).filePath(name)) == contents(QDir(source).filePath(name)),
                 qPrintable(name));
}

/// The names a demo database's "SequelizeMeta" lists, in the order they ran.
QStringList applied(const QString &path)
{
    QStringList names;
    const QString connection = QStringLiteral("meta-") + QFileInfo(path).baseName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            qFatal("cannot open %s", qPrintable(path));
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT name FROM \"SequelizeMeta\" ORDER BY rowid")))
            qFatal("cannot read SequelizeMeta of %s: %s", qPrintable(path),
                   qPrintable(query.lastError().text()));
        while (query.next())
            names << query.value(0).toString();
    }
    QSqlDatabase::removeDatabase(connection);
    return names;
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
    void writesTheMigrations();
    void migrationsMatchTheHistories();
    void keepsExistingMigrations();
    void unwritableMigrationsFolder();
    void buildTreeHasTheMigrations();
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
    QCOMPARE(demo->migrations, dir.filePath(QStringLiteral("demo/migrations")));
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

void TestDemoDatabases::writesTheMigrations()
{
    QTemporaryDir dir;
    auto demo = prepareDemoDatabases(dir.path());
    PARITY_VERIFY_RESULT(demo);
    QVERIFY(QFileInfo(demo->migrations).isDir());
    QCOMPARE(files(demo->migrations, QStringLiteral("*.js")).size(), 26);
    QVERIFY(QFile::exists(QDir(demo->migrations).filePath(QStringLiteral("README.md"))));
    verifySameAsSource(demo->migrations);
    if (QTest::currentTestFailed())
        return;
    // Nothing half-written is left behind.
    QCOMPARE(QDir(demo->migrations).entryList(QDir::Files | QDir::Hidden).size(),
             files(sourceMigrations()).size());
}

void TestDemoDatabases::migrationsMatchTheHistories()
{
    // The folder is what the demo's story needs: every migration staging ran,
    // UAT's uncommitted hotfix missing, and one drop that neither ran.
    QTemporaryDir dir;
    auto demo = prepareDemoDatabases(dir.path());
    PARITY_VERIFY_RESULT(demo);
    const QStringList onDisk = files(demo->migrations, QStringLiteral("*.js"));
    const QStringList staging = applied(demo->staging);
    const QStringList uat = applied(demo->uat);
    QCOMPARE(staging.size(), 25);
    QCOMPARE(uat.size(), 14);
    const QString hotfix = QStringLiteral("20251109_01_add_legacy_code_to_merchants.js");
    const QString pending = QStringLiteral("20251205_01_drop_flash_commission_tiers_table.js");
    QStringList expected = staging;
    expected << pending;
    expected.sort();
    QCOMPARE(onDisk, expected);
    QVERIFY(uat.contains(hotfix));
    QVERIFY(!staging.contains(hotfix));
    QVERIFY(!onDisk.contains(hotfix));
    for (const QString &name : uat)
        QVERIFY2(name == hotfix || onDisk.contains(name), qPrintable(name));
}

void TestDemoDatabases::keepsExistingMigrations()
{
    QTemporaryDir dir;
    const QString name =
        QStringLiteral("20251119_01_drop_unique_wallet_id_on_wallet_transactions.js");
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("migrations")));
    QFile mine(dir.filePath(QStringLiteral("migrations/") + name));
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("// the user's own edit\n");
    mine.close();
    auto demo = prepareDemoDatabases(dir.path());
    PARITY_VERIFY_RESULT(demo);
    QCOMPARE(contents(QDir(demo->migrations).filePath(name)),
             QByteArray("// the user's own edit\n"));
    // The others are written all the same.
    QCOMPARE(files(demo->migrations), files(sourceMigrations()));
    const QString other = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
    QCOMPARE(contents(QDir(demo->migrations).filePath(other)),
             contents(QDir(sourceMigrations()).filePath(other)));
}

void TestDemoDatabases::unwritableMigrationsFolder()
{
    // A file where the folder should be.
    QTemporaryDir dir;
    QFile blocker(dir.filePath(QStringLiteral("migrations")));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    auto demo = prepareDemoDatabases(dir.path());
    QVERIFY(!demo);
    QVERIFY2(demo.error().message.contains(dir.filePath(QStringLiteral("migrations"))),
             qPrintable(demo.error().message));
}

void TestDemoDatabases::buildTreeHasTheMigrations()
{
    // The build copies the folder next to build/demo/staging.db and uat.db.
    const QString built =
        qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/migrations");
    QVERIFY2(QFileInfo(built).isDir(), qPrintable(built));
    QCOMPARE(files(built, QStringLiteral("*.js")).size(), 26);
    verifySameAsSource(built);
}

QTEST_GUILESS_MAIN(TestDemoDatabases)
#include "tst_demodatabases.moc"

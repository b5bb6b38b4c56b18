// The one entry point for reading a catalog: every dialect reports progress,
// honours cancel between steps, and works on a worker thread.
#include "common/jobcontext.h"
#include "introspection/inspector.h"
#include "schema/snapshot.h"
#include "recordingjob.h"
#include "testsupport.h"

#include <QFutureWatcher>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using test::RecordingJob;

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reportsProgress_data();
    void reportsProgress();
    void cancelStopsEarly_data();
    void cancelStopsEarly();
    void runsOnWorkerThread();
    void snapshotSpecHonoursSchemaFilter();

private:
    void addDialectRows();
    QMap<QString, ConnectionSpec> m_specs;
};

void TestInspector::initTestCase()
{
    const QString sql = QStringLiteral("CREATE TABLE a (id INTEGER PRIMARY KEY, name VARCHAR(20));\n"
                                       "CREATE TABLE b (id INTEGER PRIMARY KEY, a_id INTEGER REFERENCES a(id));\n"
                                       "CREATE VIEW v AS SELECT id FROM a;\n");
    auto pg = test::createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("tst_inspector"));
    PARITY_VERIFY_RESULT(pg);
    PARITY_VERIFY_RESULT(test::runSql(*pg, sql));
    auto my = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_inspector"));
    PARITY_VERIFY_RESULT(my);
    PARITY_VERIFY_RESULT(test::runSql(*my, sql));
    auto lite = ConnectionSpec::parse(test::scratchSqlitePath(QStringLiteral("inspector.db")));
    PARITY_VERIFY_RESULT(test::runSql(*lite, sql));
    m_specs.insert(QStringLiteral("postgresql"), *pg);
    m_specs.insert(QStringLiteral("mariadb"), *my);
    m_specs.insert(QStringLiteral("sqlite"), *lite);
}

void TestInspector::addDialectRows()
{
    QTest::addColumn<QString>("key");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
    QTest::newRow("mariadb") << QStringLiteral("mariadb");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
}

void TestInspector::reportsProgress_data()
{
    addDialectRows();
}

void TestInspector::reportsProgress()
{
    QFETCH(QString, key);
    RecordingJob job;
    const auto catalog = inspect(m_specs.value(key), {}, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY2(job.steps.size() >= 3, qPrintable(job.steps.join(QStringLiteral(" | "))));
    QVERIFY(job.totals.last() > 0);
    QCOMPARE(catalog->source, m_specs.value(key).display());
    QVERIFY(catalog->capturedAt.isValid());
    const Schema &schema = catalog->schemas.constFirst();
    QCOMPARE(schema.tables.size(), 2);
    QCOMPARE(schema.views.size(), 1);
}

void TestInspector::cancelStopsEarly_data()
{
    addDialectRows();
}

void TestInspector::cancelStopsEarly()
{
    QFETCH(QString, key);
    RecordingJob job(2);
    const auto catalog = inspect(m_specs.value(key), {}, job);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, Error::Code::Cancelled);
    QVERIFY(job.steps.size() <= 3);
}

void TestInspector::runsOnWorkerThread()
{
    QFutureWatcher<Result<Catalog>> watcher;
    QSignalSpy finished(&watcher, &QFutureWatcherBase::finished);
    QSignalSpy progressed(&watcher, &QFutureWatcherBase::progressValueChanged);
    watcher.setFuture(inspectAsync(m_specs.value(QStringLiteral("postgresql")), {}));
    QVERIFY(finished.wait(30000));
    QVERIFY(watcher.future().resultCount() == 1);
    PARITY_VERIFY_RESULT(watcher.future().result());

    // Cancel before the worker gets far: the future ends cancelled, no crash.
    QFuture<Result<Catalog>> cancelled = inspectAsync(m_specs.value(QStringLiteral("mariadb")), {});
    cancelled.cancel();
    cancelled.waitForFinished();
    QVERIFY(cancelled.isCanceled());
}

void TestInspector::snapshotSpecHonoursSchemaFilter()
{
    RecordingJob job;
    auto catalog = inspect(m_specs.value(QStringLiteral("sqlite")), {}, job);
    PARITY_VERIFY_RESULT(catalog);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.parity.json"));
    QVERIFY(writeSnapshot(*catalog, path));
    IntrospectionOptions options;
    options.schemas.exclude = {QStringLiteral("main")};
    auto filtered = inspect(*ConnectionSpec::parse(path), options, job);
    PARITY_VERIFY_RESULT(filtered);
    QVERIFY(filtered->schemas.isEmpty());
    auto whole = inspect(*ConnectionSpec::parse(path), {}, job);
    PARITY_VERIFY_RESULT(whole);
    QVERIFY(*whole == *catalog);
}

QTEST_GUILESS_MAIN(TestInspector)
#include "tst_inspector.moc"

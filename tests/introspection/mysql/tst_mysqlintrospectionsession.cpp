// How a read by the MySQL/MariaDB introspector behaves, against the
// throwaway MariaDB server: repeatability, the database filter, exact row
// counts, the read-only snapshot, cancelling, progress and errors. What the
// catalog says about each fixture object is in tst_mysqlintrospector.cpp.

#include "introspection/mysql/mysqlcatalogquery.h"
#include "mysqlfixture.h"
#include "recordingjob.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parity;
using test::RecordingJob;

namespace {

// Not the names tst_mysqlintrospector uses: both executables run in parallel,
// and the filter pattern below must match exactly these two databases.
const QString kDatabase = QStringLiteral("tst_mysql_session");
const QString kOtherDatabase = QStringLiteral("tst_mysql_session_b");

} // namespace

class TestMysqlIntrospectionSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void introspectTwiceIsEqual();
    void schemaFilter_data();
    void schemaFilter();
    void exactRowCounts();
    void readOnlySessionStaysReadOnly();
    void snapshotIsReadOnlyAndConsistent();
    void cancelRollsBack();
    void progressIsReported();
    void queryErrorNamesDatabase();
    void closedConnectionIsRefused();

private:
    Result<Catalog> introspect(DatabaseSession::Access access, const IntrospectionOptions &options,
                               JobContext &job,
                               std::unique_ptr<DatabaseSession> *keepSession = nullptr)
    {
        return test::introspectMysql(m_spec, access, options, job, keepSession);
    }
    Result<Catalog> introspect(const IntrospectionOptions &options = {})
    {
        JobContext job;
        return introspect(DatabaseSession::Access::ReadOnly, options, job);
    }

    ConnectionSpec m_spec;
    ConnectionSpec m_otherSpec;
    Catalog m_catalog;
};

void TestMysqlIntrospectionSession::initTestCase()
{
    auto fixture = test::loadMysqlFixture(kDatabase, kOtherDatabase);
    PARITY_VERIFY_RESULT(fixture);
    m_spec = fixture->spec;
    m_otherSpec = fixture->otherSpec;
    auto catalog = introspect();
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
}

void TestMysqlIntrospectionSession::introspectTwiceIsEqual()
{
    auto again = introspect();
    PARITY_VERIFY_RESULT(again);
    QVERIFY(*again == m_catalog);
    // Equality must be able to fail: a changed comment is a difference.
    Catalog changed = *again;
    changed.schemas.first().tables.first().comment += QStringLiteral("!");
    QVERIFY(changed != m_catalog);
}

void TestMysqlIntrospectionSession::schemaFilter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("default: the connection's database")
        << QStringList{} << QStringList{} << QStringList{kDatabase};
    QTest::newRow("pattern: both") << QStringList{kDatabase + QStringLiteral("*")}
                                   << QStringList{} << QStringList{kDatabase, kOtherDatabase};
    QTest::newRow("exact other") << QStringList{kOtherDatabase} << QStringList{}
                                 << QStringList{kOtherDatabase};
    QTest::newRow("pattern minus exclude")
        << QStringList{kDatabase + QStringLiteral("*")}
        << QStringList{QStringLiteral("*_b")} << QStringList{kDatabase};
    QTest::newRow("exclude own") << QStringList{} << QStringList{kDatabase} << QStringList{};
    QTest::newRow("system databases never")
        << QStringList{QStringLiteral("mysql"), QStringLiteral("sys"),
                       QStringLiteral("information_schema"), QStringLiteral("performance_schema")}
        << QStringList{} << QStringList{};
}

void TestMysqlIntrospectionSession::schemaFilter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QStringList, expected);
    IntrospectionOptions options;
    options.schemas.include = include;
    options.schemas.exclude = exclude;
    auto catalog = introspect(options);
    PARITY_VERIFY_RESULT(catalog);
    QStringList names;
    for (const Schema &s : catalog->schemas)
        names << s.name;
    QCOMPARE(names, expected);
    QCOMPARE(catalog->database, kDatabase);
    if (expected == QStringList{kOtherDatabase}) {
        QCOMPARE(catalog->schemas.first().tables.size(), 1);
        QCOMPARE(catalog->schemas.first().tables.first().name, QStringLiteral("other_table"));
    }
}

void TestMysqlIntrospectionSession::exactRowCounts()
{
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = introspect(options);
    PARITY_VERIFY_RESULT(catalog);
    const QList<std::pair<QString, qint64>> expected = {
        {QStringLiteral("customers"), 3},    {QStringLiteral("RevenueConnection"), 2},
        {QStringLiteral("order lines"), 3},  {QStringLiteral("measurements"), 3},
        {QStringLiteral("plain_myisam"), 2}, {QStringLiteral("tick`tock \"q\""), 4},
    };
    for (const auto &[name, rows] : expected) {
        const Table *t = catalog->table(kDatabase, name);
        QVERIFY2(t, qPrintable(name));
        QCOMPARE(t->rowCount, rows);
    }
}

void TestMysqlIntrospectionSession::readOnlySessionStaysReadOnly()
{
    JobContext job;
    std::unique_ptr<DatabaseSession> session;
    auto catalog = introspect(DatabaseSession::Access::ReadOnly, {}, job, &session);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(session);
    // Nothing left open, and a write through the same session is refused.
    QSqlQuery query(session->database());
    QVERIFY(query.exec(QStringLiteral("SELECT @@in_transaction")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QVERIFY(!query.exec(QStringLiteral("INSERT INTO plain_myisam VALUES ('zz', 'zz')")));
    QVERIFY2(query.lastError().text().contains(QLatin1String("READ ONLY"), Qt::CaseInsensitive),
             qPrintable(query.lastError().text()));
    QVERIFY(query.exec(QStringLiteral("SELECT COUNT(*) FROM plain_myisam")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 2);
}

void TestMysqlIntrospectionSession::snapshotIsReadOnlyAndConsistent()
{
    // A read-write session: during introspection its transaction refuses
    // writes and does not see rows committed by others after it started;
    // afterwards the session can write again.
    auto session = DatabaseSession::open(m_otherSpec, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(session);
    auto writer = DatabaseSession::open(m_otherSpec, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(writer);
    QSqlDatabase db = (*session)->database();

    RecordingJob job;
    bool triedWrite = false;
    QString writeError;
    job.onStep = [&](const QString &step) {
        if (triedWrite || !step.startsWith(QLatin1String("Reading tables")))
            return;
        triedWrite = true;
        QSqlQuery own(db);
        if (!own.exec(QStringLiteral("INSERT INTO other_table VALUES (100)")))
            writeError = own.lastError().text();
        auto r = (*writer)->exec(QStringLiteral("INSERT INTO other_table VALUES (101)"));
        QVERIFY(r.has_value());
    };
    IntrospectionOptions options;
    options.schemas.include = {kOtherDatabase};
    options.exactRowCounts = true;
    auto catalog = Introspector::create(Dialect::MySQL)->introspect(db, options, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(triedWrite);
    QVERIFY2(writeError.contains(QLatin1String("READ ONLY"), Qt::CaseInsensitive),
             qPrintable(writeError));
    const Table *t = catalog->table(kOtherDatabase, QStringLiteral("other_table"));
    QVERIFY(t);
    QCOMPARE(t->rowCount, 2); // row 101 was committed after the snapshot began

    QSqlQuery after(db);
    QVERIFY2(after.exec(QStringLiteral("DELETE FROM other_table WHERE id >= 100")),
             qPrintable(after.lastError().text()));
    QCOMPARE(after.numRowsAffected(), 1);
}

void TestMysqlIntrospectionSession::cancelRollsBack()
{
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();
    RecordingJob job;
    job.cancelAfter = 5; // inside the per-database steps
    auto catalog = Introspector::create(Dialect::MySQL)->introspect(db, {}, job);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, Error::Code::Cancelled);
    QVERIFY2(catalog.error().message.contains(kDatabase), qPrintable(catalog.error().message));
    QCOMPARE(job.steps.size(), 5);

    QSqlQuery query(db);
    QVERIFY(query.exec(QStringLiteral("SELECT @@in_transaction, @@session.tx_read_only")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    QCOMPARE(query.value(1).toInt(), 0); // read-write again
}

void TestMysqlIntrospectionSession::progressIsReported()
{
    RecordingJob job;
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();
    auto catalog = Introspector::create(Dialect::MySQL)->introspect(db, {}, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(job.steps.size() > 5);
    QVERIFY(job.steps.contains(QStringLiteral("Reading columns of ") + kDatabase));
    for (qsizetype i = 1; i < job.dones.size(); ++i)
        QVERIFY(job.dones.at(i) > job.dones.at(i - 1));
    for (qsizetype i = 0; i < job.dones.size(); ++i) {
        QVERIFY(job.dones.at(i) <= job.totals.at(i));
        QVERIFY(i == 0
                || job.totals.at(i) >= job.totals.at(i - 1)); // grows once the databases are known
    }
    QCOMPARE(job.dones.last(), job.totals.last());
    QCOMPARE(job.steps.last(), QStringLiteral("Done"));
}

void TestMysqlIntrospectionSession::queryErrorNamesDatabase()
{
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    auto query = mysql::runCatalogQuery(
        (*session)->database(),
        QStringLiteral(
            "SELECT no_such_column FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = ?"),
        kDatabase, QStringLiteral("columns"));
    QVERIFY(!query);
    QCOMPARE(query.error().code, Error::Code::QueryFailed);
    QVERIFY2(query.error().message.contains(QStringLiteral("columns")),
             qPrintable(query.error().message));
    QVERIFY2(query.error().message.contains(kDatabase), qPrintable(query.error().message));
    QVERIFY2(query.error().message.contains(QStringLiteral("no_such_column")),
             qPrintable(query.error().message));
}

void TestMysqlIntrospectionSession::closedConnectionIsRefused()
{
    QSqlDatabase closed =
        QSqlDatabase::addDatabase(QStringLiteral("QMYSQL"), QStringLiteral("tst-closed"));
    JobContext job;
    auto catalog = Introspector::create(Dialect::MySQL)->introspect(closed, {}, job);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, Error::Code::InvalidInput);
    closed = QSqlDatabase();
    QSqlDatabase::removeDatabase(QStringLiteral("tst-closed"));
}

QTEST_GUILESS_MAIN(TestMysqlIntrospectionSession)
#include "tst_mysqlintrospectionsession.moc"

// How a read by the PostgreSQL introspector behaves, against the throwaway
// server: repeatability, the schema filter, exact row counts, progress,
// cancelling, the read-only session and errors. What the catalog says about
// each fixture object is in tst_postgresintrospector.cpp.

#include "common/jobcontext.h"
#include "introspection/postgres/postgresintrospector.h"
#include "postgresfixture.h"
#include "recordingjob.h"

#include <QTest>

#include <algorithm>

using namespace parity;
using test::names;
using test::queryValue;
using test::RecordingJob;
using test::revenue;

namespace {

// Not the name tst_postgresintrospector uses: both executables run in parallel.
const QString databaseName = QStringLiteral("tst_pg_session");

} // namespace

class TestPostgresIntrospectionSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void introspectingTwiceGivesEqualCatalogs();
    void schemaFilter_data();
    void schemaFilter();
    void exactRowCounts();
    void progress();
    void cancel();
    void sessionStaysReadOnlyAndTransactionEnds();
    void queryErrorNamesDatabase();

private:
    Result<Catalog> introspect(const IntrospectionOptions &options, JobContext &job);
    Result<Catalog> introspect(const IntrospectionOptions &options = {});

    ConnectionSpec m_spec;
    std::unique_ptr<DatabaseSession> m_session;
    Catalog m_catalog;
};

Result<Catalog> TestPostgresIntrospectionSession::introspect(const IntrospectionOptions &options,
                                                             JobContext &job)
{
    QSqlDatabase db = m_session->database();
    return PostgresIntrospector().introspect(db, options, job);
}

Result<Catalog> TestPostgresIntrospectionSession::introspect(const IntrospectionOptions &options)
{
    JobContext job;
    return introspect(options, job);
}

void TestPostgresIntrospectionSession::initTestCase()
{
    auto spec = test::loadPostgresFixture(databaseName);
    PARITY_VERIFY_RESULT(spec);
    m_spec = *spec;
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    m_session = std::move(*session);
    auto catalog = introspect();
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
}

void TestPostgresIntrospectionSession::introspectingTwiceGivesEqualCatalogs()
{
    auto second = introspect();
    PARITY_VERIFY_RESULT(second);
    QCOMPARE(second->schemas.size(), m_catalog.schemas.size());
    for (qsizetype i = 0; i < m_catalog.schemas.size(); ++i)
        QVERIFY2(second->schemas.at(i) == m_catalog.schemas.at(i),
                 qPrintable(m_catalog.schemas.at(i).name));
    QVERIFY(*second == m_catalog);
}

void TestPostgresIntrospectionSession::schemaFilter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QStringList>("expectedSchemas");
    QTest::addColumn<int>("expectedExtensions");

    // clang-format off
    QTest::newRow("everything") << QStringList{} << QStringList{} << QStringList{revenue, "public"} << 1;
    QTest::newRow("include one") << QStringList{revenue} << QStringList{} << QStringList{revenue} << 0;
    QTest::newRow("include pattern") << QStringList{"Rev*"} << QStringList{} << QStringList{revenue} << 0;
    QTest::newRow("exclude public") << QStringList{} << QStringList{"public"} << QStringList{revenue} << 0;
    QTest::newRow("include public") << QStringList{"public"} << QStringList{} << QStringList{"public"} << 1;
    QTest::newRow("case matters") << QStringList{"revenueconnection"} << QStringList{} << QStringList{} << 0;
    // clang-format on
}

void TestPostgresIntrospectionSession::schemaFilter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QStringList, expectedSchemas);
    QFETCH(int, expectedExtensions);

    IntrospectionOptions options;
    options.schemas.include = include;
    options.schemas.exclude = exclude;
    auto catalog = introspect(options);
    PARITY_VERIFY_RESULT(catalog);
    QCOMPARE(names(catalog->schemas), expectedSchemas);
    QCOMPARE(catalog->extensions.size(), expectedExtensions);
    // What survives the filter is read exactly as without it.
    for (const Schema &schema : catalog->schemas)
        QVERIFY2(schema == *m_catalog.schema(schema.name), qPrintable(schema.name));
}

void TestPostgresIntrospectionSession::exactRowCounts()
{
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = introspect(options);
    PARITY_VERIFY_RESULT(catalog);
    QCOMPARE(catalog->table(QStringLiteral("public"), QStringLiteral("customer"))->rowCount, 3);
    QCOMPARE(catalog->table(QStringLiteral("public"), QStringLiteral("never_analyzed"))->rowCount,
             2);
    QCOMPARE(catalog->table(QStringLiteral("public"), QStringLiteral("we\"ird table"))->rowCount,
             2);
    QCOMPARE(catalog->table(revenue, QStringLiteral("line item"))->rowCount, 2);
    QCOMPARE(catalog->table(revenue, QStringLiteral("Invoice"))->rowCount, 4);
    QCOMPARE(catalog->table(revenue, QStringLiteral("payment"))->rowCount, 3);
    QCOMPARE(catalog->table(revenue, QStringLiteral("payment_2025"))->rowCount, 1);
    // The statistics estimate is still there, unknown where never analysed.
    QCOMPARE(catalog->table(QStringLiteral("public"), QStringLiteral("never_analyzed"))
                 ->rowEstimate,
             -1);
}

void TestPostgresIntrospectionSession::progress()
{
    RecordingJob job;
    auto catalog = introspect({}, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(job.steps.size() > 5);
    QVERIFY(job.steps.contains(QStringLiteral("Reading columns")));
    QVERIFY(!job.steps.contains(QStringLiteral("Counting rows")));
    const int total = job.totals.first();
    QVERIFY(std::ranges::all_of(job.totals, [&](int t) { return t == total; }));
    QVERIFY(std::ranges::is_sorted(job.dones));
    QCOMPARE(job.dones.first(), 0);
    QCOMPARE(job.dones.last(), total);

    RecordingJob counting;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    PARITY_VERIFY_RESULT(introspect(options, counting));
    QVERIFY(counting.steps.contains(QStringLiteral("Counting rows")));
    QCOMPARE(counting.totals.first(), total + 1);
}

void TestPostgresIntrospectionSession::cancel()
{
    RecordingJob job(3);
    auto catalog = introspect({}, job);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, Error::Code::Cancelled);
    QCOMPARE(catalog.error().message,
             QStringLiteral("Introspection of %1 was cancelled.").arg(databaseName));
    QCOMPARE(job.steps.size(), 3);
    // The snapshot transaction was rolled back: the session is usable and
    // back in its own default isolation level.
    QCOMPARE(queryValue(m_session->database(), QStringLiteral("SHOW transaction_isolation")),
             QStringLiteral("read committed"));
}

void TestPostgresIntrospectionSession::sessionStaysReadOnlyAndTransactionEnds()
{
    PARITY_VERIFY_RESULT(introspect());
    const QSqlDatabase db = m_session->database();
    QCOMPARE(queryValue(db, QStringLiteral("SHOW transaction_isolation")),
             QStringLiteral("read committed"));
    // The settings pinned for the read were local to its transaction.
    QCOMPARE(queryValue(db, QStringLiteral("SHOW search_path")),
             QStringLiteral("\"$user\", public"));
    auto created =
        m_session->exec(QStringLiteral("CREATE TABLE public.should_not_exist (id integer)"));
    QVERIFY(!created);
    QVERIFY2(created.error().message.contains(QStringLiteral("read-only")),
             qPrintable(created.error().message));
    QCOMPARE(queryValue(db,
                        QStringLiteral(
                            "SELECT count(*) FROM pg_class WHERE relname = 'should_not_exist'")),
             QStringLiteral("0"));
}

void TestPostgresIntrospectionSession::queryErrorNamesDatabase()
{
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();
    // Kill the connection from the server side so every query fails.
    const QString pid = queryValue(db, QStringLiteral("SELECT pg_backend_pid()"));
    auto killed = m_session->exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(pid));
    PARITY_VERIFY_RESULT(killed);
    JobContext job;
    auto catalog = PostgresIntrospector().introspect(db, {}, job);
    QVERIFY(!catalog);
    QCOMPARE(catalog.error().code, Error::Code::QueryFailed);
    const QString message = catalog.error().message;
    QVERIFY2(message.startsWith(
                 QStringLiteral(
                     "PostgreSQL database \"%1\": starting a read-only snapshot failed: ")
                     .arg(databaseName)),
             qPrintable(message));
    QVERIFY2(!message.contains(m_spec.password), "the error must not carry the password");
}

QTEST_GUILESS_MAIN(TestPostgresIntrospectionSession)
#include "tst_postgresintrospectionsession.moc"

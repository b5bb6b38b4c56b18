// Dry runs against the real throwaway PostgreSQL: a script runs inside one
// transaction that is always rolled back, failures point at the script line
// with the server's message, statements a transaction block refuses are
// listed instead of run, and cancelling rolls back too.
#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "migration/dryrun.h"
#include "recordingjob.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parity;

class TestDryRun : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void goodScriptChangesNothing();
    void failingStatement_data();
    void failingStatement();
    void nonTransactionalStatementsSkipped();
    void cancelRollsBack();
    void lockWaitGivesUp();
    void connectionFailureIsAnError();
    void otherDialectsRefused();

private:
    /// Runs one query on a fresh session and returns its first column of the first row.
    QVariant scalar(const QString &sql);
    bool relationExists(const QString &name);

    ConnectionSpec m_spec;
};

void TestDryRun::initTestCase()
{
    const auto spec =
        test::createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("parity_dryrun"));
    PARITY_VERIFY_RESULT(spec);
    m_spec = *spec;
    PARITY_VERIFY_RESULT(
        test::runSql(m_spec, QStringLiteral(
                                 "CREATE SEQUENCE dry_seq;\nCREATE TABLE dry_locked (a int);\n")));
}

QVariant TestDryRun::scalar(const QString &sql)
{
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    if (!session) {
        qWarning("%s", qPrintable(session.error().message));
        return {};
    }
    QSqlQuery query((*session)->database());
    if (!query.exec(sql) || !query.next()) {
        qWarning("%s", qPrintable(query.lastError().text()));
        return {};
    }
    return query.value(0);
}

bool TestDryRun::relationExists(const QString &name)
{
    return scalar(QStringLiteral("SELECT to_regclass('public.%1') IS NOT NULL").arg(name)).toBool();
}

void TestDryRun::goodScriptChangesNothing()
{
    // If the script's COMMIT were sent, dry_a would survive, and dry_b would
    // be created outside any transaction.
    const QString script =
        QStringLiteral("\\set ON_ERROR_STOP on\n"
                       "BEGIN;\n"
                       "CREATE TABLE dry_a (id int PRIMARY KEY, note text);\n"
                       "INSERT INTO dry_a VALUES (1, 'semi;colon');\n"
                       "CREATE FUNCTION dry_f() RETURNS int LANGUAGE plpgsql AS $$\n"
                       "BEGIN\n"
                       "    RETURN (SELECT count(*) FROM dry_a);\n"
                       "END;\n"
                       "$$;\n"
                       "SELECT dry_f();\n"
                       "COMMIT;\n"
                       "CREATE TABLE dry_b (id int);\n"
                       "START TRANSACTION;\n"
                       "INSERT INTO dry_b VALUES (1);\n"
                       "END;\n");
    JobContext job;
    const auto outcome = dryRunPostgres(m_spec, script, job);
    PARITY_VERIFY_RESULT(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->error));
    QCOMPARE(outcome->statementsRun, 6);
    QCOMPARE(outcome->failedLine, 0);
    QVERIFY(outcome->error.isEmpty());
    QVERIFY(outcome->skipped.isEmpty());

    QVERIFY(!relationExists(QStringLiteral("dry_a")));
    QVERIFY(!relationExists(QStringLiteral("dry_b")));
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = 'dry_f'")).toInt(),
             0);
}

void TestDryRun::failingStatement_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("statementsRun");

    QTest::newRow("missing table on line 4")
        << QStringLiteral("CREATE TABLE dry_c (id int);\nINSERT INTO dry_c VALUES (1);\n\nINSERT "
                          "INTO dry_missing VALUES (1);\n"
                          "CREATE TABLE dry_never (id int);\n")
        << 4 << QStringLiteral("relation \"dry_missing\" does not exist") << 3;
    QTest::newRow("duplicate rows")
        << QStringLiteral("CREATE TABLE dry_c (id int PRIMARY KEY);\n"
                          "INSERT INTO dry_c VALUES (1), (1);\n")
        << 2 << QStringLiteral("duplicate key value violates unique constraint \"dry_c_pkey\"")
        << 2;
    // The server points at the second line of the statement that starts on line 2.
    QTest::newRow("error inside a multi-line statement")
        << QStringLiteral(
               "CREATE TABLE dry_c (id int);\nSELECT id,\n       no_such_column\nFROM dry_c;\n")
        << 3 << QStringLiteral("column \"no_such_column\" does not exist") << 2;
    QTest::newRow("syntax error") << QStringLiteral(
        "CREATE TABLE dry_c (id int);\n\nfoo bar;\nCREATE TABLE dry_never (id int);\n")
                                  << 3 << QStringLiteral("syntax error at or near \"foo\"") << 2;
    QTest::newRow("after multi-byte text")
        << QStringLiteral("CREATE TABLE dry_c (\"Größe\" int);\n"
                          "INSERT INTO dry_c VALUES ('ä');\n")
        << 2 << QStringLiteral("invalid input syntax for type integer: \"ä\"") << 2;
}

void TestDryRun::failingStatement()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(QString, message);
    QFETCH(int, statementsRun);

    JobContext job;
    const auto outcome = dryRunPostgres(m_spec, script, job);
    PARITY_VERIFY_RESULT(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->failedLine, line);
    QCOMPARE(outcome->error, message);
    QCOMPARE(outcome->statementsRun, statementsRun);
    QVERIFY(!relationExists(QStringLiteral("dry_c")));
    QVERIFY(!relationExists(QStringLiteral("dry_never")));
}

void TestDryRun::nonTransactionalStatementsSkipped()
{
    const QString script = QStringLiteral("CREATE TABLE dry_e (a int);\n"
                                          "CREATE INDEX CONCURRENTLY dry_e_a ON dry_e (a);\n"
                                          "VACUUM dry_e;\n"
                                          "ANALYZE dry_e;\n"
                                          "CREATE INDEX dry_e_a2 ON dry_e (a);\n"
                                          "DROP INDEX CONCURRENTLY dry_e_a2;\n"
                                          "REINDEX (CONCURRENTLY) TABLE dry_e;\n"
                                          "ALTER SYSTEM SET work_mem = '8MB';\n"
                                          "CREATE DATABASE dry_never_db;\n");
    JobContext job;
    const auto outcome = dryRunPostgres(m_spec, script, job);
    PARITY_VERIFY_RESULT(outcome);
    QVERIFY2(outcome->ok, qPrintable(outcome->error));
    QCOMPARE(outcome->statementsRun, 3);
    QCOMPARE(outcome->skipped,
             (QStringList{QStringLiteral("Line 2: CREATE INDEX CONCURRENTLY dry_e_a ON dry_e (a)"),
                          QStringLiteral("Line 3: VACUUM dry_e"),
                          QStringLiteral("Line 6: DROP INDEX CONCURRENTLY dry_e_a2"),
                          QStringLiteral("Line 7: REINDEX (CONCURRENTLY) TABLE dry_e"),
                          QStringLiteral("Line 8: ALTER SYSTEM SET work_mem = '8MB'"),
                          QStringLiteral("Line 9: CREATE DATABASE dry_never_db")}));
    QVERIFY(!relationExists(QStringLiteral("dry_e")));
    QCOMPARE(scalar(
                 QStringLiteral("SELECT count(*) FROM pg_database WHERE datname = 'dry_never_db'"))
                 .toInt(),
             0);
}

void TestDryRun::cancelRollsBack()
{
    const QString script =
        QStringLiteral("CREATE TABLE dry_g (a int);\nCREATE TABLE dry_h (a int);\n");
    // The second progress report comes after the first statement ran: say
    // "cancelled" there, and first check that the dry run's session (ours is
    // busy running this query) holds an open transaction that has written.
    test::RecordingJob job(2);
    int openWritingTransactions = -1;
    job.onStep = [&](const QString &) {
        if (job.steps.size() == 2) {
            openWritingTransactions =
                scalar(
                    QStringLiteral(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND application_name = 'parity' AND state = 'idle in transaction' "
                        "AND backend_xid IS NOT NULL"))
                    .toInt();
        }
    };
    const auto outcome = dryRunPostgres(m_spec, script, job);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, Error::Code::Cancelled);
    QVERIFY2(outcome.error().message.contains(QLatin1String("after 1 statement")),
             qPrintable(outcome.error().message));
    QCOMPARE(job.steps.size(), 2);
    QCOMPARE(openWritingTransactions, 1);
    QVERIFY(!relationExists(QStringLiteral("dry_g")));
    QVERIFY(!relationExists(QStringLiteral("dry_h")));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND state LIKE 'idle in transaction%'"))
                 .toInt(),
             0);
}

void TestDryRun::lockWaitGivesUp()
{
    auto holder = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(holder);
    PARITY_VERIFY_RESULT((*holder)->exec(QStringLiteral("BEGIN")));
    PARITY_VERIFY_RESULT(
        (*holder)->exec(QStringLiteral("LOCK TABLE dry_locked IN ACCESS EXCLUSIVE MODE")));

    QElapsedTimer timer;
    timer.start();
    JobContext job;
    const auto outcome =
        dryRunPostgres(m_spec, QStringLiteral("SELECT 1;\nINSERT INTO dry_locked VALUES (1);\n"),
                       job);
    const qint64 waited = timer.elapsed();
    PARITY_VERIFY_RESULT((*holder)->exec(QStringLiteral("ROLLBACK")));

    PARITY_VERIFY_RESULT(outcome);
    QVERIFY(!outcome->ok);
    QCOMPARE(outcome->failedLine, 2);
    QCOMPARE(outcome->error, QStringLiteral("canceling statement due to lock timeout"));
    QVERIFY2(waited >= 4500 && waited < 30000, qPrintable(QString::number(waited)));
}

void TestDryRun::connectionFailureIsAnError()
{
    ConnectionSpec spec = m_spec;
    spec.port = 1;
    JobContext job;
    const auto outcome = dryRunPostgres(spec, QStringLiteral("SELECT 1;"), job);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, Error::Code::ConnectionFailed);
    QVERIFY(!outcome.error().message.contains(m_spec.password));
}

void TestDryRun::otherDialectsRefused()
{
    const auto spec = ConnectionSpec::parse(test::scratchSqlitePath(QStringLiteral("dryrun.db")));
    QVERIFY(spec);
    JobContext job;
    const auto outcome = dryRunPostgres(*spec, QStringLiteral("SELECT 1;"), job);
    QVERIFY(!outcome);
    QCOMPARE(outcome.error().code, Error::Code::Unsupported);
}

QTEST_GUILESS_MAIN(TestDryRun)
#include "tst_dryrun.moc"

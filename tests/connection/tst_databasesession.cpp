// Opening sessions against the real throwaway servers: every way a
// connection can fail gives one clear error, and read-only means read-only.
#include "connection/databasesession.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTest>

using namespace parity;

Q_DECLARE_METATYPE(Error::Code)
Q_DECLARE_METATYPE(Dialect)

class TestDatabaseSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failures_data();
    void failures();
    void silentServerTimesOut();
    void missingSqliteFileIsNeverCreated();
    void nonSqliteFileIsRefused();
    void readOnlySessions_data();
    void readOnlySessions();
    void postgresApplicationName();
    void noPrivilegesIsNotAWrongPassword_data();
    void noPrivilegesIsNotAWrongPassword();
};

void TestDatabaseSession::failures_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");

    const auto pg = test::serverSpec(Dialect::PostgreSQL);
    const auto my = test::serverSpec(Dialect::MySQL);
    QVERIFY2(pg && my, "the test servers' URLs are not set: run through ctest");
    const QString pgPort = QString::number(pg->port);
    const QString myPort = QString::number(my->port);

    QTest::newRow("pg wrong password") << QStringLiteral("postgresql://parity:not-the-password@127.0.0.1:%1/parity_test").arg(pgPort)
                                       << Error::Code::AuthenticationFailed << "refused user \"parity\"";
    QTest::newRow("pg unknown user") << QStringLiteral("postgresql://nobody:x-pass@127.0.0.1:%1/parity_test").arg(pgPort)
                                     << Error::Code::AuthenticationFailed << "refused user \"nobody\"";
    QTest::newRow("pg missing database") << QStringLiteral("postgresql://parity:%1@127.0.0.1:%2/no_such_db").arg(pg->password, pgPort)
                                         << Error::Code::NotFound << "Database \"no_such_db\" does not exist";
    QTest::newRow("pg nothing listening") << QStringLiteral("postgresql://parity:x-pass@127.0.0.1:1/db")
                                          << Error::Code::ConnectionFailed << "Nothing is listening at 127.0.0.1:1";
    QTest::newRow("pg server without tls") << QStringLiteral("postgresql://parity:%1@127.0.0.1:%2/parity_test?sslmode=require").arg(pg->password, pgPort)
                                           << Error::Code::ConnectionFailed << "does not support SSL";
    QTest::newRow("pg unknown host") << QStringLiteral("postgresql://parity:x-pass@no-such-host.invalid/db")
                                     << Error::Code::ConnectionFailed << "Unknown host";
    QTest::newRow("mysql wrong password") << QStringLiteral("mysql://parity:not-the-password@127.0.0.1:%1/parity_test").arg(myPort)
                                          << Error::Code::AuthenticationFailed << "refused user \"parity\"";
    QTest::newRow("mysql missing database") << QStringLiteral("mysql://parity:%1@127.0.0.1:%2/no_such_db").arg(my->password, myPort)
                                            << Error::Code::NotFound << "Database \"no_such_db\" does not exist";
    QTest::newRow("mysql nothing listening") << QStringLiteral("mysql://parity:x-pass@127.0.0.1:1/db")
                                             << Error::Code::ConnectionFailed << "Nothing is listening";
}

void TestDatabaseSession::failures()
{
    QFETCH(QString, url);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    const auto spec = ConnectionSpec::parse(url);
    QVERIFY(spec);
    const auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
    QVERIFY(!session);
    QVERIFY2(session.error().message.contains(mentions), qPrintable(session.error().message));
    QCOMPARE(session.error().code, code);
    QVERIFY2(!session.error().message.contains(spec->password), "the password leaked into the error");
    QVERIFY(!session.error().message.contains(QLatin1Char('\n')));
}

void TestDatabaseSession::silentServerTimesOut()
{
    // A listener that never answers: libpq must give up after connect_timeout.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://parity:x-pass@127.0.0.1:%1/db").arg(silent.serverPort()));
    QVERIFY(spec);
    spec->connectTimeoutSeconds = 2;
    QElapsedTimer timer;
    timer.start();
    const auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
    QVERIFY(!session);
    QCOMPARE(session.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(session.error().message.contains(QStringLiteral("within 2 s")), qPrintable(session.error().message));
    QVERIFY2(timer.elapsed() < 20000, "the connect timeout was not applied");
}

void TestDatabaseSession::missingSqliteFileIsNeverCreated()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("missing.db"));
    auto spec = ConnectionSpec::parse(path);
    QVERIFY(spec);
    const auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
    QVERIFY(!session);
    QCOMPARE(session.error().code, Error::Code::NotFound);
    QVERIFY(session.error().message.contains(QStringLiteral("does not exist")));
    QVERIFY2(!QFile::exists(path), "opening a missing SQLite file created it");
}

void TestDatabaseSession::nonSqliteFileIsRefused()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("text.db"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("this is not a database, just some text that is long enough\n");
    file.close();
    const auto session = DatabaseSession::open(*ConnectionSpec::parse(path), DatabaseSession::Access::ReadOnly);
    QVERIFY(!session);
    QCOMPARE(session.error().code, Error::Code::Corrupt);
    QVERIFY(session.error().message.contains(QStringLiteral("is not a SQLite database")));
}

void TestDatabaseSession::readOnlySessions_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
    QTest::newRow("mariadb") << int(Dialect::MySQL);
    QTest::newRow("sqlite") << int(Dialect::SQLite);
}

void TestDatabaseSession::readOnlySessions()
{
    QFETCH(int, dialect);
    ConnectionSpec spec;
    if (Dialect(dialect) == Dialect::SQLite) {
        spec = *ConnectionSpec::parse(test::scratchSqlitePath(QStringLiteral("ro.db")));
        PARITY_VERIFY_RESULT(test::runSql(spec, QStringLiteral("CREATE TABLE t(x INTEGER);")));
    } else {
        auto created = test::createScratchDatabase(Dialect(dialect), QStringLiteral("tst_session_ro"));
        PARITY_VERIFY_RESULT(created);
        spec = *created;
    }
    {
        auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
        PARITY_VERIFY_RESULT(session);
        const auto write = (*session)->exec(QStringLiteral("CREATE TABLE parity_should_not_exist(x INTEGER)"));
        QVERIFY2(!write, "a read-only session accepted CREATE TABLE");
        QVERIFY(!write.error().message.contains(spec.password.isEmpty() ? QStringLiteral("\x01") : spec.password));
    }
    {
        auto session = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
        PARITY_VERIFY_RESULT(session);
        PARITY_VERIFY_RESULT((*session)->exec(QStringLiteral("CREATE TABLE parity_may_exist(x INTEGER)")));
    }
}

void TestDatabaseSession::postgresApplicationName()
{
    auto spec = test::serverSpec(Dialect::PostgreSQL);
    PARITY_VERIFY_RESULT(spec);
    auto session = DatabaseSession::open(*spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlQuery query((*session)->database());
    QVERIFY(query.exec(QStringLiteral("SELECT current_setting('application_name'), "
                                      "current_setting('default_transaction_read_only')")));
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toString(), QStringLiteral("parity"));
    QCOMPARE(query.value(1).toString(), QStringLiteral("on"));
}

void TestDatabaseSession::noPrivilegesIsNotAWrongPassword_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::newRow("mariadb") << Dialect::MySQL;
    QTest::newRow("postgresql") << Dialect::PostgreSQL;
}

void TestDatabaseSession::noPrivilegesIsNotAWrongPassword()
{
    // A user with the right password but no grant on the database: MariaDB
    // answers 1044 ("Access denied ... to database"), PostgreSQL "permission
    // denied for database" (no CONNECT). Neither is a wrong password.
    QFETCH(Dialect, dialect);
    const bool postgres = dialect == Dialect::PostgreSQL;
    const QString user = QStringLiteral("parity_nogrant");
    const QString password = QStringLiteral("nogrant-Pw7");
    auto admin = test::createScratchDatabase(dialect, QStringLiteral("tst_nogrant"));
    PARITY_VERIFY_RESULT(admin);
    const QString setup =
        postgres ? QStringLiteral("DROP ROLE IF EXISTS %1;\n"
                                  "CREATE ROLE %1 LOGIN PASSWORD '%2';\n"
                                  "REVOKE CONNECT ON DATABASE tst_nogrant FROM PUBLIC;\n")
                       .arg(user, password)
                 : QStringLiteral("DROP USER IF EXISTS '%1'@'%';\n"
                                  "CREATE USER '%1'@'%' IDENTIFIED BY '%2';\n")
                       .arg(user, password);
    PARITY_VERIFY_RESULT(test::runSql(*admin, setup));

    ConnectionSpec spec = *admin;
    spec.user = user;
    spec.password = password;
    const auto denied = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    QVERIFY(!denied);
    const QString message = denied.error().message;
    QCOMPARE(denied.error().code, Error::Code::ConnectionFailed);
    QVERIFY2(message.contains(QStringLiteral("may not use database \"tst_nogrant\"")), qPrintable(message));
    QVERIFY2(message.contains(QStringLiteral("GRANT")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("refused user")), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Check the user and password")), qPrintable(message));
    QVERIFY2(!message.contains(password), "the password leaked into the error");

    // The same user with a wrong password is still a wrong password (1045).
    spec.password = QStringLiteral("not-the-password");
    const auto wrong = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, Error::Code::AuthenticationFailed);
    QVERIFY2(wrong.error().message.contains(QStringLiteral("refused user \"parity_nogrant\"")),
             qPrintable(wrong.error().message));

    // With the grant the same login works: the first failure was the grant.
    const QString grant = postgres ? QStringLiteral("GRANT CONNECT ON DATABASE tst_nogrant TO %1;\n").arg(user)
                                   : QStringLiteral("GRANT SELECT ON tst_nogrant.* TO '%1'@'%';\n").arg(user);
    PARITY_VERIFY_RESULT(test::runSql(*admin, grant));
    spec.password = password;
    const auto granted = DatabaseSession::open(spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(granted);
}

QTEST_GUILESS_MAIN(TestDatabaseSession)
#include "tst_databasesession.moc"

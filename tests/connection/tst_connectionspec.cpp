#include "connection/connectionspec.h"
#include "connection/secretmask.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using Kind = ConnectionSpec::Kind;

Q_DECLARE_METATYPE(ConnectionSpec::Kind)
Q_DECLARE_METATYPE(Error::Code)

class TestConnectionSpec : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesGoodSpecs_data();
    void parsesGoodSpecs();
    void rejectsBadSpecs_data();
    void rejectsBadSpecs();
    void displayNeverShowsPassword_data();
    void displayNeverShowsPassword();
    void errorsNeverShowPassword_data();
    void errorsNeverShowPassword();
    void masksSecrets_data();
    void masksSecrets();
    void passwordFromEnvironment();
    void pgpassLookup();
    void pgpassIgnoredWhenOthersCanRead();
    void defaultDatabaseIsTheLoginUser();
};

void TestConnectionSpec::parsesGoodSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("socket");
    QTest::addColumn<QString>("path");

    QTest::newRow("postgresql full") << "postgresql://app:s3cret@db.example.com:6543/shop?sslmode=require"
                                     << Kind::PostgreSQL << "db.example.com" << 6543 << "app" << "s3cret"
                                     << "shop" << "" << "";
    QTest::newRow("postgres short scheme") << "postgres://app@localhost/shop" << Kind::PostgreSQL << "localhost"
                                           << 0 << "app" << "" << "shop" << "" << "";
    QTest::newRow("socket in query") << "postgresql://app@/shop?host=/var/run/postgresql" << Kind::PostgreSQL
                                     << "" << 0 << "app" << "" << "shop" << "/var/run/postgresql" << "";
    QTest::newRow("socket percent-encoded as host") << "postgresql://app@%2Ftmp%2Fpg:5433/shop" << Kind::PostgreSQL
                                                    << "" << 5433 << "app" << "" << "shop" << "/tmp/pg" << "";
    QTest::newRow("percent-encoded password") << "postgresql://app:p%40ss%3Aword@h/db" << Kind::PostgreSQL << "h"
                                              << 0 << "app" << "p@ss:word" << "db" << "" << "";
    QTest::newRow("ipv6 host") << "postgresql://app@[::1]:5432/db" << Kind::PostgreSQL << "::1" << 5432 << "app"
                               << "" << "db" << "" << "";
    QTest::newRow("ipv6 zone percent-encoded") << "postgresql://app@[fe80::1%25lo]:5432/db" << Kind::PostgreSQL
                                               << "fe80::1%lo" << 5432 << "app" << "" << "db" << "" << "";
    QTest::newRow("mysql") << "mysql://root:pw@127.0.0.1:3307/shop" << Kind::MySQL << "127.0.0.1" << 3307 << "root"
                           << "pw" << "shop" << "" << "";
    QTest::newRow("mariadb socket") << "mariadb://root@localhost/shop?socket=/run/mysqld/mysqld.sock" << Kind::MySQL
                                    << "localhost" << 0 << "root" << "" << "shop" << "/run/mysqld/mysqld.sock" << "";
    QTest::newRow("sqlite prefix") << "sqlite:data/app.db" << Kind::SQLite << "" << 0 << "" << "" << "" << ""
                                   << "data/app.db";
    QTest::newRow("sqlite triple slash") << "sqlite:///tmp/app.db" << Kind::SQLite << "" << 0 << "" << "" << ""
                                         << "" << "/tmp/app.db";
    QTest::newRow("plain .db") << "staging.db" << Kind::SQLite << "" << 0 << "" << "" << "" << "" << "staging.db";
    QTest::newRow("plain .sqlite3") << "/srv/app.SQLITE3" << Kind::SQLite << "" << 0 << "" << "" << "" << ""
                                    << "/srv/app.SQLITE3";
    QTest::newRow("snapshot") << "uat.parity.json" << Kind::Snapshot << "" << 0 << "" << "" << "" << ""
                              << "uat.parity.json";
    QTest::newRow("profile") << "@staging" << Kind::Profile << "" << 0 << "" << "" << "" << "" << "";
}

void TestConnectionSpec::parsesGoodSpecs()
{
    QFETCH(QString, text);
    QFETCH(Kind, kind);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(spec, spec ? "" : qPrintable(spec.error().message));
    QCOMPARE(spec->kind, kind);
    QTEST(spec->host, "host");
    QTEST(spec->port, "port");
    QTEST(spec->user, "user");
    QTEST(spec->password, "password");
    QTEST(spec->database, "database");
    QTEST(spec->socket, "socket");
    QTEST(spec->path, "path");
}

void TestConnectionSpec::rejectsBadSpecs_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("empty") << "" << Error::Code::InvalidInput << "Empty connection spec";
    QTest::newRow("unknown scheme") << "oracle://scott:tiger@h/db" << Error::Code::InvalidInput << "Unknown scheme \"oracle\"";
    QTest::newRow("no scheme, no suffix") << "staging" << Error::Code::InvalidInput << "Cannot tell what";
    QTest::newRow("bad port") << "postgresql://u@h:99999/db" << Error::Code::InvalidInput << "Invalid port \"99999\"";
    QTest::newRow("port not a number") << "postgresql://u@h:abc/db" << Error::Code::InvalidInput << "Invalid port";
    QTest::newRow("empty user") << "postgresql://:pw@h/db" << Error::Code::InvalidInput << "empty user name";
    QTest::newRow("unclosed ipv6") << "postgresql://u@[::1/db" << Error::Code::InvalidInput << "unclosed";
    QTest::newRow("mysql without database") << "mysql://u:pw@h:3306" << Error::Code::InvalidInput << "names no database";
    QTest::newRow("slash in database") << "postgresql://u@h/db/extra" << Error::Code::InvalidInput << "may not contain";
    QTest::newRow("option without value") << "postgresql://u@h/db?sslmode" << Error::Code::InvalidInput << "key=value";
    QTest::newRow("bad timeout") << "postgresql://u@h/db?connect_timeout=soon" << Error::Code::InvalidInput << "connect_timeout";
    QTest::newRow("sqlite without path") << "sqlite:" << Error::Code::InvalidInput << "Missing file name";
    QTest::newRow("profile without name") << "@" << Error::Code::InvalidInput << "Missing profile name";
    QTest::newRow("raw slash in password") << "postgresql://app:tiger/x@db.example.com/shop" << Error::Code::InvalidInput
                                           << "percent-encode";
    QTest::newRow("raw question mark in password") << "postgresql://admin:ti?ger@host/db" << Error::Code::InvalidInput
                                                   << "percent-encode";
    QTest::newRow("query password in bad url") << "postgresql://u@h/db?password=tiger&port=99999"
                                               << Error::Code::InvalidInput << "Invalid port";
    QTest::newRow("query password, unknown scheme") << "ftp://u@h/db?password=tiger" << Error::Code::InvalidInput
                                                    << "Unknown scheme";
    QTest::newRow("mysql option not supported") << "mysql://u:pw@h/shop?ssl-mode=REQUIRED" << Error::Code::InvalidInput
                                                << "Option \"ssl-mode\" is not supported";
}

void TestConnectionSpec::rejectsBadSpecs()
{
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    QFETCH(QString, mentions);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY(!spec);
    QCOMPARE(spec.error().code, code);
    QVERIFY2(spec.error().message.contains(mentions), qPrintable(spec.error().message));
    QVERIFY2(!spec.error().message.contains(QStringLiteral("tiger")), "the password leaked into the error");
    QVERIFY2(!spec.error().message.contains(QStringLiteral(":pw@")), "the password leaked into the error");
    QVERIFY2(!spec.error().message.contains(QStringLiteral("ti?ger")), "the password leaked into the error");
    QVERIFY2(!spec.error().message.contains(QStringLiteral("\"ti\"")), "part of the password leaked into the error");
}

void TestConnectionSpec::displayNeverShowsPassword_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("display");
    QTest::newRow("url password") << "postgresql://app:hunter2@h:5432/shop" << "postgresql://app@h:5432/shop";
    QTest::newRow("query password") << "postgresql://app@h/shop?password=hunter2&sslmode=require"
                                    << "postgresql://app@h/shop?sslmode=require";
    QTest::newRow("mariadb") << "mariadb://root:hunter2@db/x" << "mariadb://root@db/x";
    QTest::newRow("socket") << "postgresql://app:hunter2@/shop?host=/tmp" << "postgresql://app@/shop?host=/tmp";
    QTest::newRow("ssl key passphrase") << "postgresql://app:hunter2@h/shop?sslpassword=hunter2&sslmode=verify-full"
                                        << "postgresql://app@h/shop?sslmode=verify-full";
}

void TestConnectionSpec::displayNeverShowsPassword()
{
    QFETCH(QString, text);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY(spec);
    QCOMPARE(spec->password, QStringLiteral("hunter2"));
    QTEST(spec->display(), "display");
}

void TestConnectionSpec::errorsNeverShowPassword_data()
{
    // Specs that do not parse, each in a shape that once quoted the password
    // (issue 13), and the words the error must still say to be useful.
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("scheme with one slash") << "postgres:/app:hunter2@127.0.0.1:5432/shop" << "two slashes";
    QTest::newRow("no scheme") << "app:hunter2@host:5432/db" << "Cannot tell what \"app:***@host:5432/db\"";
    QTest::newRow("percent-encoded @ before the host")
        << "postgresql://u:hunter2%40127.0.0.1:56432/d" << "the host name holds an '@'";
    QTest::newRow("password without @host") << "postgresql://app:hunter2/db" << "Invalid port";
    QTest::newRow("password in query, bad port") << "mysql://u@h/db?password=hunter2&port=0" << "Invalid port \"0\"";
    QTest::newRow("ssl passphrase, bad option") << "postgresql://u@h/db?sslpassword=hunter2&sslmode" << "key=value";
    QTest::newRow("conninfo") << "host=db.example.com password=hunter2 dbname=shop" << "password=***";
    QTest::newRow("conninfo quoted") << "host=h password='hun ter2' user=u" << "user=u";
    QTest::newRow("password as option key") << "postgresql://u@h/db?password:hunter2" << "key=value";
    QTest::newRow("sqlite path that is a url") << "sqlite:app:hunter2@db/shop.db" << "not a file name";
    QTest::newRow("plain .db that is a url") << "postgresql//app:hunter2@db/shop.db" << "not a file name";
    QTest::newRow("snapshot that is a url") << "mysql:app:hunter2@db/shop.parity.json" << "two slashes";
    QTest::newRow("profile that is a url") << "@app:hunter2@db" << "not a profile name";
    QTest::newRow("unknown scheme") << "postgress://app:hunter2@db/shop" << "Unknown scheme \"postgress\"";
    QTest::newRow("password in the scheme") << "app:hunter2@db://x" << "Unknown scheme";
    QTest::newRow("bad percent escape before a password option")
        << "postgresql://u@h/db?%%password=hunter2" << "a '%' must start a percent-encoded character";
    QTest::newRow("host:port after user:password without @")
        << "postgresql://app:hunter2:5432/db" << "the host holds a ':'";
    QTest::newRow("half a surrogate pair") << QString(QStringLiteral("postgresql://u@h/db?x=1&%%password=hunter2")
                                                      + QChar(0xd800))
                                           << "not valid text";
    QTest::newRow("bad timeout with password") << "postgresql://app:hunter2@h/db?connect_timeout=x"
                                               << "connect_timeout";
}

void TestConnectionSpec::errorsNeverShowPassword()
{
    QFETCH(QString, text);
    QFETCH(QString, mentions);
    const auto spec = ConnectionSpec::parse(text);
    QVERIFY2(!spec, qPrintable(spec ? spec->display() : QString()));
    const QString message = spec.error().message;
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("hunter2"), Qt::CaseInsensitive), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("ter2")), qPrintable(message));
}

void TestConnectionSpec::masksSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");
    QTest::newRow("url") << "postgresql://app:hunter2@h:5432/shop" << "postgresql://app:***@h:5432/shop";
    QTest::newRow("url without password") << "postgresql://app@h:5432/shop" << "postgresql://app@h:5432/shop";
    QTest::newRow("ipv6, no user") << "postgresql://[::1]:5432/shop" << "postgresql://[::1]:5432/shop";
    QTest::newRow("user, ipv6") << "postgresql://app@[fe80::1%25lo]:5432/db" << "postgresql://app@[fe80::1%25lo]:5432/db";
    QTest::newRow("one slash") << "postgres:/app:hunter2@127.0.0.1:5432/shop" << "postgres:/app:***@127.0.0.1:5432/shop";
    QTest::newRow("no scheme") << "app:hunter2@host:5432/db" << "app:***@host:5432/db";
    QTest::newRow("encoded @") << "postgresql://u:hunter2%40127.0.0.1:56432/d" << "postgresql://u:***%40127.0.0.1:56432/d";
    QTest::newRow("encoded :") << "postgresql://u%3Ahunter2@h/d" << "postgresql://u%3A***@h/d";
    QTest::newRow("encoded @ in password") << "postgresql://app:p%40ss%3Aword@h/db" << "postgresql://app:***@h/db";
    QTest::newRow("raw @ and / in password") << "mysql://root:a/b@c@h/db" << "mysql://root:***@h/db";
    QTest::newRow("no @host") << "postgresql://app:hunter2/db" << "postgresql://app:***/db";
    QTest::newRow("no @host, with port") << "postgresql://app:hunter2:5432/db" << "postgresql://app:***:5432/db";
    QTest::newRow("numeric port stays") << "postgresql://h:5432/db" << "postgresql://h:5432/db";
    QTest::newRow("query") << "postgresql://u@h/db?sslmode=require&password=hunter2&x=1"
                           << "postgresql://u@h/db?sslmode=require&password=***&x=1";
    QTest::newRow("query, any case, other keys")
        << "postgresql://u@h/db?SSLPassword=a&passwd=b&PWD=c&client_secret=d&passphrase=e"
        << "postgresql://u@h/db?SSLPassword=***&passwd=***&PWD=***&client_secret=***&passphrase=***";
    QTest::newRow("query, encoded key and &") << "postgresql://u@h/db?pass%77ord=a%26b&y=2"
                                              << "postgresql://u@h/db?pass%77ord=***&y=2";
    QTest::newRow("conninfo") << "host=h password=hunter2 dbname=d" << "host=h password=*** dbname=d";
    QTest::newRow("conninfo quoted") << "host=h password = 'a \\' b' dbname=d" << "host=h password = '***' dbname=d";
    QTest::newRow("user named like a secret") << "postgresql://secret_reader:hunter2@db/shop"
                                              << "postgresql://secret_reader:***@db/shop";
    QTest::newRow("key:value slip") << "postgresql://u@h/db?password:hunter2&x=1" << "postgresql://u@h/db?password:***&x=1";
    QTest::newRow("sqlite path") << "sqlite:data/app.db" << "sqlite:data/app.db";
    QTest::newRow("sqlite path with colon") << "sqlite:/srv/a:b/app.db" << "sqlite:/srv/a:b/app.db";
    QTest::newRow("profile") << "@staging" << "@staging";
    QTest::newRow("already masked") << "postgresql://app:***@h/db?password=***" << "postgresql://app:***@h/db?password=***";
    QTest::newRow("empty") << "" << "";
}

void TestConnectionSpec::masksSecrets()
{
    QFETCH(QString, text);
    QTEST(maskSecrets(text), "masked");
    QCOMPARE(maskSecrets(maskSecrets(text)), maskSecrets(text));
}

void TestConnectionSpec::passwordFromEnvironment()
{
    qputenv("PGPASSWORD", "from-env");
    auto pg = ConnectionSpec::parse(QStringLiteral("postgresql://app@h/db"));
    QVERIFY(pg);
    resolvePassword(*pg);
    QCOMPARE(pg->password, QStringLiteral("from-env"));

    auto explicitPw = ConnectionSpec::parse(QStringLiteral("postgresql://app:given@h/db"));
    resolvePassword(*explicitPw);
    QCOMPARE(explicitPw->password, QStringLiteral("given"));
    qunsetenv("PGPASSWORD");

    qputenv("MYSQL_PWD", "mysql-env");
    auto my = ConnectionSpec::parse(QStringLiteral("mysql://root@h/db"));
    resolvePassword(*my);
    QCOMPARE(my->password, QStringLiteral("mysql-env"));
    qunsetenv("MYSQL_PWD");
}

void TestConnectionSpec::pgpassLookup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("# comment\n"
               "other:5432:*:app:wrong\n"
               "db.example.com:5432:shop:app:right\n"
               "*:*:*:app:fallback\n"
               "h:5432:db:we\\:ird:esc\\:aped\n");
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    QCOMPARE(lookupPgpass(path, QStringLiteral("db.example.com"), 5432, QStringLiteral("shop"), QStringLiteral("app")),
             QStringLiteral("right"));
    QCOMPARE(lookupPgpass(path, QStringLiteral("elsewhere"), 6000, QStringLiteral("x"), QStringLiteral("app")),
             QStringLiteral("fallback"));
    QCOMPARE(lookupPgpass(path, QStringLiteral("h"), 5432, QStringLiteral("db"), QStringLiteral("we:ird")),
             QStringLiteral("esc:aped"));
    QCOMPARE(lookupPgpass(path, QStringLiteral("h"), 5432, QStringLiteral("db"), QStringLiteral("nobody")), QString());

    qputenv("PGPASSFILE", path.toUtf8());
    qunsetenv("PGPASSWORD");
    auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://app@db.example.com/shop"));
    resolvePassword(*spec);
    QCOMPARE(spec->password, QStringLiteral("right"));
    qunsetenv("PGPASSFILE");
}

void TestConnectionSpec::pgpassIgnoredWhenOthersCanRead()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pgpass"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("*:*:*:*:open-secret\n");
    file.close();
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    QCOMPARE(lookupPgpass(path, QStringLiteral("h"), 5432, QStringLiteral("db"), QStringLiteral("u")), QString());
}

void TestConnectionSpec::defaultDatabaseIsTheLoginUser()
{
    qunsetenv("PGDATABASE");
    qputenv("PGUSER", "alice");
    auto spec = ConnectionSpec::parse(QStringLiteral("postgresql://localhost/"));
    QVERIFY(spec);
    QCOMPARE(spec->databaseName(), QStringLiteral("alice"));
    qputenv("PGDATABASE", "shop");
    QCOMPARE(spec->databaseName(), QStringLiteral("shop"));
    qunsetenv("PGDATABASE");
    qunsetenv("PGUSER");
    auto withUser = ConnectionSpec::parse(QStringLiteral("postgresql://bob@localhost"));
    QCOMPARE(withUser->databaseName(), QStringLiteral("bob"));
}

QTEST_GUILESS_MAIN(TestConnectionSpec)
#include "tst_connectionspec.moc"

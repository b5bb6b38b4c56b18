// The MySQL/MariaDB SQL generator against the throwaway MariaDB server.
// Quoting is checked as exact text and by the server itself (through the
// `mariadb` client, as a script would run); the round trip loads a schema
// into database A, writes A's catalog as one script, runs that script with
// the `mariadb` client in an empty database B of another name, and demands
// that A and B read back equal.

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/catalogscript.h"
#include "migration/mysql/mysqlsqlgenerator.h"
#include "schema/catalog.h"
#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace parity;

namespace {

const QString kQuoteDatabase = QStringLiteral("tst_my_gen_quote");

/// Sakila as the corpus ships it creates and switches to its own `sakila`
/// database and names it in its views; the scratch database is a different
/// one, so those lines and qualifiers go (as tst_mysqlcorpora loads it).
QString withoutSakilaDatabase(QString sql)
{
    static const QRegularExpression databaseLines(
        QStringLiteral("^\\s*(?:(?:DROP|CREATE)\\s+SCHEMA\\b[^;]*|USE\\s+sakila\\s*);\\s*$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
    sql.remove(databaseLines);
    static const QRegularExpression qualifier(QStringLiteral("(?<![\\w.`])sakila\\."));
    sql.remove(qualifier);
    return QStringLiteral("SET foreign_key_checks = 0;\n") + sql;
}

QString describe(const ObjectChange &change)
{
    QString text = objectKindKey(change.kind) + QLatin1Char(' ') + changeKindKey(change.change)
                   + QLatin1Char(' ') + change.path();
    for (const FieldChange &f : change.fields)
        text += QStringLiteral("\n    %1: [%2] -> [%3]").arg(f.field, f.from, f.to);
    return text;
}

/// The catalog as one script whose tables carry their foreign keys inline
/// (createTable(…, true)), with key
/// checks off so that tables can name tables created after them.
QString scriptWithInlineForeignKeys(const Catalog &catalog, const SqlGenerator &g)
{
    QStringList statements{QStringLiteral("SET foreign_key_checks = 0")};
    for (const Schema &s : catalog.schemas) {
        statements << g.createSchema(s);
        for (const Sequence &q : s.sequences)
            statements << g.createSequence(q);
        for (const Routine &r : s.routines)
            statements << g.createRoutine(r);
        for (const Table &t : s.tables)
            statements << g.createTable(t, true);
        // createTable(…, true) builds the indexes named like a key inline.
        for (const Table &t : s.tables) {
            for (const Index &i : t.indexes) {
                if (std::ranges::none_of(t.foreignKeys, [&](const ForeignKey &k) { return k.name == i.name; }))
                    statements << g.createIndex(s.name, t.name, i);
            }
        }
        for (const View *v : viewsInDependencyOrder(s))
            statements << g.createView(*v);
        for (const Trigger &t : s.triggers)
            statements << g.createTrigger(s.name, t);
    }
    QStringList parts;
    for (const QString &statement : statements)
        parts << g.scriptStatement(statement);
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace

class TestMysqlSqlGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void quoteIdentifier_data();
    void quoteIdentifier();
    void quoteLiteral_data();
    void quoteLiteral();
    void qualifiedNameLeavesDatabaseOut();
    void scriptStatement_data();
    void scriptStatement();
    void columnDefault_data();
    void columnDefault();
    void foreignKeyIntoAnotherDatabase();
    void sequenceBounds();

    void roundTrip_data();
    void roundTrip();

private:
    Result<QVariant> selectOne(const QString &sql, const QString &bound = {});

    MysqlSqlGenerator m_generator;
    ConnectionSpec m_quoteSpec;
    std::unique_ptr<DatabaseSession> m_session;
};

void TestMysqlSqlGenerator::initTestCase()
{
    auto spec = test::createScratchDatabase(Dialect::MySQL, kQuoteDatabase);
    PARITY_VERIFY_RESULT(spec);
    m_quoteSpec = *spec;
    auto session = DatabaseSession::open(m_quoteSpec, DatabaseSession::Access::ReadWrite);
    PARITY_VERIFY_RESULT(session);
    m_session = std::move(*session);
}

Result<QVariant> TestMysqlSqlGenerator::selectOne(const QString &sql, const QString &bound)
{
    QSqlDatabase db = m_session->database();
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return fail(Error::Code::QueryFailed, query.lastError().text());
    if (!bound.isNull())
        query.addBindValue(bound);
    if (!query.exec() || !query.next())
        return fail(Error::Code::QueryFailed, sql + QStringLiteral(": ") + query.lastError().text());
    return query.value(0);
}

void TestMysqlSqlGenerator::quoteIdentifier_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "customers" << "`customers`";
    QTest::newRow("reserved word") << "select" << "`select`";
    QTest::newRow("mixed case") << "RevenueConnection" << "`RevenueConnection`";
    QTest::newRow("space") << "order lines" << "`order lines`";
    QTest::newRow("backtick") << "we`ird" << "`we``ird`";
    QTest::newRow("two backticks") << "``" << "``````";
    QTest::newRow("quotes") << "it's \"q\"" << "`it's \"q\"`";
    QTest::newRow("backslash") << "a\\b" << "`a\\b`";
    QTest::newRow("semicolon and comment") << "x; -- y" << "`x; -- y`";
    QTest::newRow("unicode") << QStringLiteral("größe ✓") << QStringLiteral("`größe ✓`");
}

void TestMysqlSqlGenerator::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const QString quoted = m_generator.quoteIdentifier(name);
    QCOMPARE(quoted, expected);

    // The server, through the client, must take it as exactly this name, as
    // a table and as a column.
    auto created = test::runSql(
        m_quoteSpec, QStringLiteral("SET NAMES utf8mb4;\nCREATE TABLE %1 (%1 INT);\n").arg(quoted));
    PARITY_VERIFY_RESULT(created);
    auto table = selectOne(QStringLiteral("SELECT TABLE_NAME FROM information_schema.TABLES "
                                          "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"),
                           name);
    PARITY_VERIFY_RESULT(table);
    QCOMPARE(table->toString(), name);
    auto column = selectOne(QStringLiteral("SELECT COLUMN_NAME FROM information_schema.COLUMNS "
                                           "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ?"),
                            name);
    PARITY_VERIFY_RESULT(column);
    QCOMPARE(column->toString(), name);
    auto dropped = test::runSql(
        m_quoteSpec, QStringLiteral("SET NAMES utf8mb4;\nDROP TABLE %1;\n").arg(quoted));
    PARITY_VERIFY_RESULT(dropped);
}

void TestMysqlSqlGenerator::quoteLiteral_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expected");
    QTest::newRow("plain") << "abc" << "'abc'";
    QTest::newRow("empty") << "" << "''";
    QTest::newRow("quote") << "it's" << "'it''s'";
    QTest::newRow("doubled quote") << "''" << "''''''";
    QTest::newRow("backslash") << "a\\b" << "'a\\\\b'";
    QTest::newRow("backslash before quote") << "\\'" << "'\\\\'''";
    QTest::newRow("trailing backslash") << "end\\" << "'end\\\\'";
    QTest::newRow("backslash n stays two characters") << "\\n" << "'\\\\n'";
    QTest::newRow("newline") << "one\ntwo" << "'one\ntwo'";
    QTest::newRow("double quote and backtick") << "\"`" << "'\"`'";
    QTest::newRow("semicolon and comment") << "x'; DROP TABLE t; -- " << "'x''; DROP TABLE t; -- '";
    QTest::newRow("reserved word") << "NULL" << "'NULL'";
    QTest::newRow("unicode") << QStringLiteral("größe ✓ 😀") << QStringLiteral("'größe ✓ 😀'");
}

void TestMysqlSqlGenerator::quoteLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, expected);
    const QString literal = m_generator.quoteLiteral(text);
    QCOMPARE(literal, expected);

    // Over the connection: SELECT <literal> gives the text back.
    auto selected = selectOne(QStringLiteral("SELECT ") + literal);
    PARITY_VERIFY_RESULT(selected);
    QCOMPARE(selected->toString(), text);

    // Through the client, as in a script (whose createSchema statements
    // begin with SET NAMES utf8mb4): stored and read back unchanged.
    auto stored = test::runSql(
        m_quoteSpec, QStringLiteral("SET NAMES utf8mb4;\n"
                                    "CREATE OR REPLACE TABLE literal_probe (v TEXT) CHARACTER SET utf8mb4;\n"
                                    "INSERT INTO literal_probe VALUES (%1);\n")
                         .arg(literal));
    PARITY_VERIFY_RESULT(stored);
    auto read = selectOne(QStringLiteral("SELECT v FROM literal_probe"));
    PARITY_VERIFY_RESULT(read);
    QCOMPARE(read->toString(), text);
}

void TestMysqlSqlGenerator::qualifiedNameLeavesDatabaseOut()
{
    QCOMPARE(m_generator.qualifiedName(QStringLiteral("shop_staging"), QStringLiteral("or`ders")),
             QStringLiteral("`or``ders`"));
    Table t;
    t.schema = QStringLiteral("shop_staging");
    t.name = QStringLiteral("t");
    t.columns = {Column{QStringLiteral("a"), 1, QStringLiteral("int")}};
    const QString sql = m_generator.createTable(t, true).join(QLatin1Char('\n'));
    QVERIFY2(!sql.contains(QLatin1String("shop_staging")), qPrintable(sql));
}

void TestMysqlSqlGenerator::scriptStatement_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("expected");
    QTest::newRow("table") << "CREATE TABLE `t` (`a` INT)" << "CREATE TABLE `t` (`a` INT);";
    QTest::newRow("view with semicolon in a literal")
        << "CREATE VIEW `v` AS select ';' AS `x`" << "CREATE VIEW `v` AS select ';' AS `x`;";
    QTest::newRow("single-statement trigger")
        << "CREATE TRIGGER `t` AFTER INSERT ON `x` FOR EACH ROW SET @a = 1"
        << "CREATE TRIGGER `t` AFTER INSERT ON `x` FOR EACH ROW SET @a = 1;";
    QTest::newRow("procedure with BEGIN")
        << "CREATE PROCEDURE `p`()\nBEGIN\n  SELECT 1;\nEND"
        << "DELIMITER $$\nCREATE PROCEDURE `p`()\nBEGIN\n  SELECT 1;\nEND\n$$\nDELIMITER ;";
    QTest::newRow("function holding $$")
        << "CREATE FUNCTION `f`() RETURNS text\nBEGIN\n  RETURN '$$';\nEND"
        << "DELIMITER $$$\nCREATE FUNCTION `f`() RETURNS text\nBEGIN\n  RETURN '$$';\nEND\n$$$\nDELIMITER ;";
}

void TestMysqlSqlGenerator::scriptStatement()
{
    QFETCH(QString, statement);
    QFETCH(QString, expected);
    QCOMPARE(m_generator.scriptStatement(statement), expected);
}

void TestMysqlSqlGenerator::columnDefault_data()
{
    QTest::addColumn<QString>("stored"); // Column::defaultExpression as the introspector gives it
    QTest::addColumn<QString>("clause");
    QTest::newRow("string") << "'it''s'" << "DEFAULT 'it''s'";
    QTest::newRow("string with backslash") << "'a\\\\b'" << "DEFAULT 'a\\\\b'";
    QTest::newRow("two strings are an expression") << "'a' + 'b'" << "DEFAULT ('a' + 'b')";
    QTest::newRow("negative number") << "-5" << "DEFAULT -5";
    QTest::newRow("decimal") << "0.00" << "DEFAULT 0.00";
    QTest::newRow("bit") << "b'101'" << "DEFAULT b'101'";
    QTest::newRow("timestamp") << "current_timestamp(3)" << "DEFAULT current_timestamp(3)";
    QTest::newRow("function") << "uuid()" << "DEFAULT (uuid())";
    QTest::newRow("parenthesized") << "(1 + 2)" << "DEFAULT ((1 + 2))";
    QTest::newRow("two groups") << "(1) + (2)" << "DEFAULT ((1) + (2))";
}

void TestMysqlSqlGenerator::columnDefault()
{
    QFETCH(QString, stored);
    QFETCH(QString, clause);
    Table t;
    t.name = QStringLiteral("t");
    Column c{QStringLiteral("c"), 1, QStringLiteral("varchar(10)")};
    c.defaultExpression = stored;
    t.columns = {c};
    const QString sql = m_generator.createTable(t, false).join(QLatin1Char('\n'));
    QVERIFY2(sql.contains(QStringLiteral("`c` varchar(10) NULL ") + clause + QLatin1Char('\n')),
             qPrintable(sql));
}

void TestMysqlSqlGenerator::foreignKeyIntoAnotherDatabase()
{
    Table t;
    t.schema = QStringLiteral("shop");
    t.name = QStringLiteral("orders");
    ForeignKey own{QStringLiteral("fk_own"), {QStringLiteral("a")}, QStringLiteral("shop"),
                   QStringLiteral("items"), {QStringLiteral("id")}};
    ForeignKey other{QStringLiteral("fk_other"), {QStringLiteral("b")}, QStringLiteral("ref`db"),
                     QStringLiteral("codes"), {QStringLiteral("id")}};
    QCOMPARE(m_generator.addForeignKey(t, own),
             QStringList{"ALTER TABLE `orders` ADD CONSTRAINT `fk_own` FOREIGN KEY (`a`) REFERENCES "
                         "`items` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION"});
    QCOMPARE(m_generator.addForeignKey(t, other),
             QStringList{"ALTER TABLE `orders` ADD CONSTRAINT `fk_other` FOREIGN KEY (`b`) REFERENCES "
                         "`ref``db`.`codes` (`id`) ON DELETE NO ACTION ON UPDATE NO ACTION"});
}

void TestMysqlSqlGenerator::sequenceBounds()
{
    Sequence s;
    s.schema = QStringLiteral("shop");
    s.name = QStringLiteral("n`o %2"); // a placeholder in a name must stay text
    s.start = 5;
    s.maxValue = 0;
    s.cache = 0;
    QCOMPARE(m_generator.createSequence(s),
             QStringList{"CREATE SEQUENCE `n``o %2` START WITH 5 INCREMENT BY 1 MINVALUE 1 NO MAXVALUE "
                         "NOCACHE NOCYCLE"});
}

void TestMysqlSqlGenerator::roundTrip_data()
{
    QTest::addColumn<QString>("file");     // absolute path; empty when not available
    QTest::addColumn<bool>("corpus");      // needs the Sakila preparation
    QTest::addColumn<int>("minimumTables");
    QTest::addColumn<bool>("inlineForeignKeys"); // createTable(…, true) instead of addForeignKey

    QTest::newRow("fixture")
        << test::sourceDir() + QStringLiteral("/tests/data/introspection/mysql/fixture.sql") << false << 6
        << false;
    QTest::newRow("fixture-inline-fk")
        << test::sourceDir() + QStringLiteral("/tests/data/introspection/mysql/fixture.sql") << false << 6
        << true;
    // The generator's own corners (see the comment at the top of the file).
    QTest::newRow("hostile")
        << test::sourceDir() + QStringLiteral("/tests/migration/mysql/hostile.sql") << false << 5 << false;
    QTest::newRow("hostile-inline-fk")
        << test::sourceDir() + QStringLiteral("/tests/migration/mysql/hostile.sql") << false << 5 << true;
    // The demo databases are SQLite and PostgreSQL only; MySQL has none.
    QTest::newRow("sakila")
        << test::corporaDir() + QStringLiteral("/samples/sakila/mysql-sakila-schema.sql") << true << 16
        << false;
}

void TestMysqlSqlGenerator::roundTrip()
{
    QFETCH(QString, file);
    QFETCH(bool, corpus);
    QFETCH(int, minimumTables);
    QFETCH(bool, inlineForeignKeys);
    QString tag = QString::fromLatin1(QTest::currentDataTag());
    tag.replace(QLatin1Char('-'), QLatin1Char('_')); // it names the scratch databases

    if (corpus && !QDir(test::corporaDir()).exists()) {
        qInfo("[parity-skip] tst_mysqlsqlgenerator %s: no corpora at %s", qPrintable(tag),
              qPrintable(test::corporaDir()));
        QSKIP("The shared corpora are not present");
    }

    auto a = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_my_gen_a_") + tag);
    PARITY_VERIFY_RESULT(a);
    if (corpus) {
        const QString sql = test::readTextFile(file);
        QVERIFY2(!sql.isEmpty(), qPrintable(file));
        auto loaded = test::runSql(*a, withoutSakilaDatabase(sql));
        PARITY_VERIFY_RESULT(loaded);
    } else {
        auto loaded = test::runSqlFile(*a, file);
        PARITY_VERIFY_RESULT(loaded);
    }

    JobContext jobA;
    auto original = inspect(*a, {}, jobA);
    PARITY_VERIFY_RESULT(original);
    QCOMPARE(original->schemas.size(), 1);
    QVERIFY2(original->schemas.first().tables.size() >= minimumTables,
             qPrintable(QString::number(original->schemas.first().tables.size())));

    const QString script = inlineForeignKeys ? scriptWithInlineForeignKeys(*original, m_generator)
                                             : createCatalogScript(*original, m_generator);
    const QString scriptPath =
        QDir::temp().filePath(QStringLiteral("tst_mysqlsqlgenerator_%1.sql").arg(tag));
    {
        QFile out(scriptPath);
        QVERIFY2(out.open(QIODevice::WriteOnly | QIODevice::Truncate), qPrintable(scriptPath));
        out.write(script.toUtf8());
    }

    auto b = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_my_gen_b_") + tag);
    PARITY_VERIFY_RESULT(b);
    auto ran = test::runSqlFile(*b, scriptPath);
    if (!ran)
        QFAIL(qPrintable(QStringLiteral("the script %1 failed: %2").arg(scriptPath, ran.error().message)));

    JobContext jobB;
    auto reloaded = inspect(*b, {}, jobB);
    PARITY_VERIFY_RESULT(reloaded);
    QCOMPARE(reloaded->schemas.size(), 1);
    QVERIFY(reloaded->schemas.first().name != original->schemas.first().name);

    DiffOptions options;
    options.ignoreOwner = true;
    const SchemaDiff diff = compareCatalogs(*original, *reloaded, options);
    QStringList lines;
    for (const ObjectChange &change : diff.changes)
        lines << describe(change);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("%1 differences (script: %2):\n")
                                            .arg(diff.changes.size())
                                            .arg(scriptPath)
                                        + lines.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestMysqlSqlGenerator)
#include "tst_mysqlsqlgenerator.moc"

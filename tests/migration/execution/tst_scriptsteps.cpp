// A script file as the steps the executor runs: statements and their lines,
// the script's own transaction control and client commands left out, and
// the statements a transaction block refuses marked, per dialect.
#include "migration/execution/scriptsteps.h"

#include <QTest>

using namespace parity;

Q_DECLARE_METATYPE(Dialect)

class TestScriptSteps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void steps_data();
    void steps();
    void mysqlDelimiters();
};

void TestScriptSteps::steps_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<bool>>("transactional");

    QTest::newRow("postgres: transaction control and psql lines left out")
        << Dialect::PostgreSQL
        << QStringLiteral("-- header\n\\set ON_ERROR_STOP on\nBEGIN;\nCREATE TABLE \"a;b\" (x text DEFAULT ';');\n"
                          "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\nCOMMIT;\n"
                          "CREATE INDEX CONCURRENTLY i ON \"a;b\" (x);\n")
        << QStringList{QStringLiteral("CREATE TABLE \"a;b\" (x text DEFAULT ';')"),
                       QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"),
                       QStringLiteral("CREATE INDEX CONCURRENTLY i ON \"a;b\" (x)")}
        << QList<int>{4, 5, 7} << QList<bool>{true, true, false};

    QTest::newRow("sqlite: dot commands, pragma, trigger body")
        << Dialect::SQLite
        << QStringLiteral(".bail on\n-- note\nPRAGMA foreign_keys = OFF;\nBEGIN;\nCREATE TABLE t (a text);\n"
                          "CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 'x;y';\nEND;\nCOMMIT;\n")
        << QStringList{QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("CREATE TABLE t (a text)"),
                       QStringLiteral("CREATE TRIGGER tr AFTER INSERT ON t BEGIN\n  UPDATE t SET a = 'x;y';\nEND")}
        << QList<int>{3, 5, 6} << QList<bool>{false, true, true};

    QTest::newRow("mysql: quotes, comments, conditional comment kept")
        << Dialect::MySQL
        << QStringLiteral("# header\nSTART TRANSACTION;\nCREATE TABLE `a;b` (x varchar(5) DEFAULT 'it''s;');\n"
                          "-- between\n/*!40101 SET NAMES utf8mb4 */;\nALTER TABLE `a;b` ADD COLUMN y int COMMENT \"q;\\\"\";\nCOMMIT;\n")
        << QStringList{QStringLiteral("CREATE TABLE `a;b` (x varchar(5) DEFAULT 'it''s;')"),
                       QStringLiteral("/*!40101 SET NAMES utf8mb4 */"),
                       QStringLiteral("ALTER TABLE `a;b` ADD COLUMN y int COMMENT \"q;\\\"\"")}
        << QList<int>{3, 5, 6} << QList<bool>{true, true, true};
}

void TestScriptSteps::steps()
{
    QFETCH(Dialect, dialect);
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QFETCH(QList<int>, lines);
    QFETCH(QList<bool>, transactional);
    const QList<PlanStep> steps = stepsFromScript(dialect, script);
    QStringList sql;
    QList<int> stepLines;
    QList<bool> stepTransactional;
    int controls = 0;
    for (const PlanStep &step : steps) {
        // The script's own transaction control is kept, marked, for the
        // executor to honour as the dialect's client would.
        if (step.control != ScriptTransaction::None) {
            ++controls;
            continue;
        }
        sql << step.sql;
        stepLines << step.line;
        stepTransactional << step.transactional;
    }
    QCOMPARE(controls, 2);
    QVERIFY(readScriptSteps(dialect, script)->ownTransactions);
    QCOMPARE(sql, statements);
    QCOMPARE(stepLines, lines);
    QCOMPARE(stepTransactional, transactional);
}

void TestScriptSteps::mysqlDelimiters()
{
    // As parity-cli plan writes routines and triggers for the mariadb client.
    const QString script = QStringLiteral("CREATE TABLE t (a int);\n\nDELIMITER $$\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\n"
                                          "BEGIN\n  SET NEW.a = 1;\nEND$$\nDELIMITER ;\n\nDROP TABLE old;\n");
    const auto statements = splitMysqlScript(script);
    QCOMPARE(statements.size(), 3);
    QCOMPARE(statements.at(0).first, QStringLiteral("CREATE TABLE t (a int)"));
    QCOMPARE(statements.at(1).first,
             QStringLiteral("CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW\nBEGIN\n  SET NEW.a = 1;\nEND"));
    QCOMPARE(statements.at(1).second, 4);
    QCOMPARE(statements.at(2).first, QStringLiteral("DROP TABLE old"));
    QCOMPARE(statements.at(2).second, 10);
}

QTEST_GUILESS_MAIN(TestScriptSteps)
#include "tst_scriptsteps.moc"

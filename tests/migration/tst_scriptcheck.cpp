// Checking and splitting PostgreSQL scripts with PostgreSQL's own parser
// (libpg_query): valid scripts give no problem, a syntax error is placed at
// the right line and column (in QString characters, also after multi-byte
// and surrogate-pair characters), and splitting keeps dollar-quoted bodies,
// strings and comments whole.
#include "migration/scriptcheck.h"

#include <QTest>
#include <QtConcurrent>

using namespace parity;

namespace {

QStringList describe(const QList<ScriptStatement> &statements)
{
    QStringList out;
    for (const ScriptStatement &statement : statements)
        out << QString::number(statement.line) + QLatin1Char('|') + statement.sql;
    return out;
}

} // namespace

class TestScriptCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validScripts_data();
    void validScripts();
    void syntaxErrors_data();
    void syntaxErrors();
    void split_data();
    void split();
    void metaCommandsBlankedOnlyAtTopLevel_data();
    void metaCommandsBlankedOnlyAtTopLevel();
    void worksOnWorkerThreads();
};

void TestScriptCheck::validScripts_data()
{
    QTest::addColumn<QString>("script");

    QTest::newRow("empty") << QString();
    QTest::newRow("only comments") << QStringLiteral("-- nothing; here\n/* nor ; here */\n");
    QTest::newRow("tables and data") << QStringLiteral(
        "CREATE TABLE public.customers (\n"
        "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
        "    email text NOT NULL UNIQUE\n"
        ");\n"
        "INSERT INTO public.customers (email) VALUES ('a;b@example.com') RETURNING id;\n"
        "ALTER TABLE public.customers ADD COLUMN \"Größe\" integer;\n");
    QTest::newRow("dollar-quoted function")
        << QStringLiteral("CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                          "BEGIN\n"
                          "    NEW.updated_at := now();\n"
                          "    RETURN NEW;\n"
                          "END;\n"
                          "$$;\n"
                          "CREATE FUNCTION public.twice(i int) RETURNS int AS $body$ SELECT i * 2; "
                          "$body$ LANGUAGE sql;\n");
    QTest::newRow("psql meta-commands") << QStringLiteral("\\set ON_ERROR_STOP on\n"
                                                          "\\restrict AbC123\n"
                                                          "BEGIN;\n"
                                                          "  \\echo creating tables\n"
                                                          "CREATE TABLE t (a int);\n"
                                                          "COMMIT;\n"
                                                          "\\unrestrict AbC123\n");
    QTest::newRow("escape string and quoted identifier") << QStringLiteral(
        "SELECT E'it\\'s; fine', 'it''s', \"semi;colon\" FROM (SELECT 1 AS \"semi;colon\") s;");
    QTest::newRow("nested comment")
        << QStringLiteral("/* outer /* inner; */ still comment; */ SELECT 1;");
    QTest::newRow("non-transactional statements") << QStringLiteral(
        "CREATE INDEX CONCURRENTLY i ON t (a);\nVACUUM t;\nALTER SYSTEM SET work_mem = '8MB';\n");
}

void TestScriptCheck::validScripts()
{
    QFETCH(QString, script);
    const QList<ScriptProblem> problems = checkPostgresScript(script);
    QVERIFY2(problems.isEmpty(), problems.isEmpty() ? "" : qPrintable(problems.first().message));
}

void TestScriptCheck::syntaxErrors_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("message");

    QTest::newRow("misspelled keyword on line 2")
        << QStringLiteral("SELECT 1;\nSELEC 2;\n") << 2 << 1
        << QStringLiteral("syntax error at or near \"SELEC\"");
    QTest::newRow("double comma") << QStringLiteral(
        "CREATE TABLE t (\n  a int,\n  b int,,\n  c int\n);")
                                  << 3 << 9 << QStringLiteral("syntax error at or near \",\"");
    QTest::newRow("end of input") << QStringLiteral("SELECT 1;\nSELECT * FROM") << 2 << 14
                                  << QStringLiteral("syntax error at end of input");
    // 'ééé' is 5 characters but 8 bytes: a byte offset would say column 29.
    QTest::newRow("after two-byte characters")
        << QStringLiteral("SELECT 'ééé' FROM t WHERE;") << 1 << 26
        << QStringLiteral("syntax error at or near \";\"");
    // Non-ASCII identifiers on the line before and on the same line.
    QTest::newRow("after non-ASCII identifiers")
        << QStringLiteral(
               "CREATE TABLE \"Größe\" (ä int, ö text);\nSELECT ä, ö FROM \"Größe\" WHERE ;")
        << 2 << 32 << QStringLiteral("syntax error at or near \";\"");
    // One emoji is one code point, two QString characters and four bytes.
    QTest::newRow("after a surrogate pair")
        << QStringLiteral("SELECT '\U0001F600' FROM t WHERE;") << 1 << 25
        << QStringLiteral("syntax error at or near \";\"");
    QTest::newRow("after a meta-command")
        << QStringLiteral("\\set x 'é'\nCREATE TABLE (a int);") << 2 << 14
        << QStringLiteral("syntax error at or near \"(\"");
    QTest::newRow("after a dollar-quoted body")
        << QStringLiteral(
               "CREATE FUNCTION f() RETURNS int LANGUAGE sql AS $$ SELECT 1; $$;\n\nDROP TABEL x;")
        << 3 << 6 << QStringLiteral("syntax error at or near \"TABEL\"");
    QTest::newRow("unterminated dollar quote")
        << QStringLiteral("SELECT 1;\nSELECT $$ never closed;\n") << 2 << 8
        << QStringLiteral("unterminated dollar-quoted string");
}

void TestScriptCheck::syntaxErrors()
{
    QFETCH(QString, script);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, message);

    const QList<ScriptProblem> problems = checkPostgresScript(script);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.startsWith(message), qPrintable(problems.first().message));
    QCOMPARE(problems.first().line, line);
    QCOMPARE(problems.first().column, column);
}

void TestScriptCheck::split_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements"); // "line|sql"

    QTest::newRow("empty") << QStringLiteral("  \n-- just a comment;\n") << QStringList();
    QTest::newRow("two lines") << QStringLiteral("SELECT 1;\nSELECT 2;")
                               << QStringList{QStringLiteral("1|SELECT 1"),
                                              QStringLiteral("2|SELECT 2")};
    QTest::newRow("blank lines and no final semicolon")
        << QStringLiteral("\n\n   SELECT 1;;\n\n\nSELECT 2\n")
        << QStringList{QStringLiteral("3|SELECT 1"), QStringLiteral("6|SELECT 2")};
    QTest::newRow("dollar-quoted body")
        << QStringLiteral("CREATE TABLE t (a int);\n"
                          "CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\n"
                          "BEGIN\n"
                          "    RAISE NOTICE 'a;b';\n"
                          "    RETURN NEW;\n"
                          "END;\n"
                          "$fn$;\n"
                          "DROP TABLE t;")
        << QStringList{
               QStringLiteral("1|CREATE TABLE t (a int)"),
               QStringLiteral(
                   "2|CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $fn$\nBEGIN\n    "
                   "RAISE NOTICE 'a;b';\n    RETURN NEW;\nEND;\n$fn$"),
               QStringLiteral("8|DROP TABLE t")};
    QTest::newRow("strings and comments with semicolons")
        << QStringLiteral("SELECT ';' AS a, E'\\';' AS b; -- trailing; comment\n/* ; */ SELECT "
                          "\"x;y\" FROM s;")
        << QStringList{QStringLiteral("1|SELECT ';' AS a, E'\\';' AS b"),
                       QStringLiteral("2|SELECT \"x;y\" FROM s")};
    QTest::newRow("comment lines before a statement")
        << QStringLiteral("SELECT 1;\n-- the next one\n-- matters\nSELECT 2;")
        << QStringList{QStringLiteral("1|SELECT 1"), QStringLiteral("4|SELECT 2")};
    QTest::newRow("meta-commands left out")
        << QStringLiteral(
               "\\set ON_ERROR_STOP 1\nSELECT 1;\n\\restrict abc\nSELECT 2;\n\\unrestrict abc\n")
        << QStringList{QStringLiteral("2|SELECT 1"), QStringLiteral("4|SELECT 2")};
    QTest::newRow("multi-byte text before statements")
        << QStringLiteral("SELECT 'ü';\nSELECT 'é\U0001F600', \"Größe\" FROM t;\nSELECT 3;")
        << QStringList{QStringLiteral("1|SELECT 'ü'"),
                       QStringLiteral("2|SELECT 'é\U0001F600', \"Größe\" FROM t"),
                       QStringLiteral("3|SELECT 3")};
    QTest::newRow("transaction control kept")
        << QStringLiteral("BEGIN;\nCREATE TABLE t (a int);\nCOMMIT;")
        << QStringList{QStringLiteral("1|BEGIN"), QStringLiteral("2|CREATE TABLE t (a int)"),
                       QStringLiteral("3|COMMIT")};
    QTest::newRow("syntax error still splits")
        << QStringLiteral("SELEC 1;\nSELECT 'a;b';\n")
        << QStringList{QStringLiteral("1|SELEC 1"), QStringLiteral("2|SELECT 'a;b'")};
    QTest::newRow("garbage statements are kept")
        << QStringLiteral("foo;\nSELECT 1;\nbar baz; -- x;\n")
        << QStringList{QStringLiteral("1|foo"), QStringLiteral("2|SELECT 1"),
                       QStringLiteral("3|bar baz")};
    QTest::newRow("syntax error with a dollar-quoted body and parentheses")
        << QStringLiteral("CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;\n"
                          "CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2);\nSELEC 3;")
        << QStringList{QStringLiteral(
                           "1|CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql"),
                       QStringLiteral(
                           "2|CREATE RULE r AS ON INSERT TO t DO ALSO (SELECT 1; SELECT 2)"),
                       QStringLiteral("3|SELEC 3")};
    QTest::newRow("unterminated string runs to the end")
        << QStringLiteral("SELECT 1;\nSELECT 'open;\nSELECT 2;")
        << QStringList{QStringLiteral("1|SELECT 1"), QStringLiteral("2|SELECT 'open;\nSELECT 2;")};
}

void TestScriptCheck::split()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(describe(splitPostgresScript(script)), statements);
}

void TestScriptCheck::metaCommandsBlankedOnlyAtTopLevel_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("expected");

    QTest::newRow("top level") << QStringLiteral("\\set x 1\nSELECT 1;\n  \\echo hi\n")
                               << QString(8, QLatin1Char(' ')) + QStringLiteral("\nSELECT 1;\n")
                                      + QString(10, QLatin1Char(' ')) + QStringLiteral("\n");
    QTest::newRow("inside dollar quotes") << QStringLiteral("SELECT $$\n\\not a command\n$$;")
                                          << QStringLiteral("SELECT $$\n\\not a command\n$$;");
    QTest::newRow("inside a string")
        << QStringLiteral("SELECT 'a\n\\b';") << QStringLiteral("SELECT 'a\n\\b';");
    QTest::newRow("inside a block comment")
        << QStringLiteral("/*\n\\x\n*/") << QStringLiteral("/*\n\\x\n*/");
    QTest::newRow("after a string closes")
        << QStringLiteral("SELECT 'a\nb';\n\\x") << QStringLiteral("SELECT 'a\nb';\n  ");
}

void TestScriptCheck::metaCommandsBlankedOnlyAtTopLevel()
{
    QFETCH(QString, script);
    QFETCH(QString, expected);
    QCOMPARE(blankPsqlMetaCommands(script), expected);
}

void TestScriptCheck::worksOnWorkerThreads()
{
    // libpg_query keeps its state per thread: parse on several at once.
    QList<QFuture<QList<ScriptProblem>>> futures;
    for (int i = 0; i < 8; ++i) {
        futures << QtConcurrent::run([i] {
            return checkPostgresScript(i % 2 ? QStringLiteral("SELECT 1;\nSELEC 2;")
                                             : QStringLiteral("SELECT 1;"));
        });
    }
    for (int i = 0; i < futures.size(); ++i) {
        const QList<ScriptProblem> problems = futures[i].result();
        QCOMPARE(problems.size(), i % 2 ? 1 : 0);
        if (i % 2)
            QCOMPARE(problems.first().line, 2);
    }
}

QTEST_GUILESS_MAIN(TestScriptCheck)
#include "tst_scriptcheck.moc"

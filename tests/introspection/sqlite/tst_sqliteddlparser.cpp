#include "introspection/sqlite/sqliteddlparser.h"
#include "introspection/sqlite/sqlitetokenizer.h"
#include "introspection/sqlite/sqlitetypes.h"

#include <QtTest>

using namespace parity;

// The parts of SQLite's CREATE text that no pragma reports, one case a row.
class TestSqliteDdlParser : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenizerNames_data();
    void tokenizerNames();
    void checks_data();
    void checks();
    void foreignKeys_data();
    void foreignKeys();
    void columns_data();
    void columns();
    void tableOptions_data();
    void tableOptions();
    void indexes_data();
    void indexes();
    void triggers_data();
    void triggers();
    void viewQuery_data();
    void viewQuery();
    void normalizedType_data();
    void normalizedType();
};

void TestSqliteDdlParser::tokenizerNames_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("values");

    QTest::newRow("double quotes, doubled") << "\"a\"\"b\" x" << QStringList{"a\"b", "x"};
    QTest::newRow("backticks, doubled") << "`a``b`" << QStringList{"a`b"};
    QTest::newRow("brackets keep quotes") << "[a\"b]" << QStringList{"a\"b"};
    QTest::newRow("string with doubled quote") << "'it''s'" << QStringList{"it's"};
    QTest::newRow("comments vanish") << "a -- b ( '\nc /* d ) */ e" << QStringList{"a", "c", "e"};
    QTest::newRow("non-ASCII words") << "größe 日本" << QStringList{"größe", "日本"};
    QTest::newRow("blob is one token") << "x'00ff' y" << QStringList{"x'00ff'", "y"};
    QTest::newRow("exponent") << "1e-5+2" << QStringList{"1e-5", "+", "2"};
    QTest::newRow("unterminated quote runs to the end") << "a 'b c" << QStringList{"a", "b c"};
}

void TestSqliteDdlParser::tokenizerNames()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, values);
    QStringList got;
    for (const auto &t : SqliteTokenizer::tokenize(sql))
        got.append(t.value);
    QCOMPARE(got, values);
}

void TestSqliteDdlParser::checks_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expressions");

    QTest::newRow("column-level unnamed")
        << "CREATE TABLE t (a INT CHECK (a > 0))" << QStringList{""} << QStringList{"a > 0"};
    QTest::newRow("named, table-level") << "CREATE TABLE t (a INT, CONSTRAINT pos CHECK(a>0))"
                                        << QStringList{"pos"} << QStringList{"a>0"};
    QTest::newRow("string with parenthesis and quote")
        << "CREATE TABLE t (a TEXT CHECK (a <> 'x''s (')), b INT)" << QStringList{""}
        << QStringList{"a <> 'x''s ('"};
    QTest::newRow("nested parentheses")
        << "CREATE TABLE t (a INT, CHECK ((a + (1)) * 2 > length('(')))" << QStringList{""}
        << QStringList{"(a + (1)) * 2 > length('(')"};
    QTest::newRow("quoted name with comma")
        << "CREATE TABLE t (\"a,b\" INT CONSTRAINT \"c)1\" CHECK (\"a,b\" > 0))"
        << QStringList{"c)1"} << QStringList{"\"a,b\" > 0"};
    QTest::newRow("comment inside keeps text") << "CREATE TABLE t (a INT CHECK (a /* ) */ > 0))"
                                               << QStringList{""} << QStringList{"a /* ) */ > 0"};
    QTest::newRow("after other constraints") << "CREATE TABLE t (a INT NOT NULL DEFAULT -1 COLLATE "
                                                "BINARY CONSTRAINT k CHECK (a <> 0) UNIQUE)"
                                             << QStringList{"k"} << QStringList{"a <> 0"};
    QTest::newRow("several without commas")
        << "CREATE TABLE t (a INT, CONSTRAINT x CHECK (a > 0) CONSTRAINT y CHECK (a < 9))"
        << QStringList{"x", "y"} << QStringList{"a > 0", "a < 9"};
    QTest::newRow("in declaration order")
        << "CREATE TABLE t (a INT CHECK (a > 0), CHECK (a < 9), b INT CHECK (b))"
        << QStringList{"", "", ""} << QStringList{"a > 0", "a < 9", "b"};
}

void TestSqliteDdlParser::checks()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expressions);
    const auto table = SqliteDdlParser::parseCreateTable(sql);
    QVERIFY(table.parsed);
    QStringList gotNames;
    QStringList gotExpressions;
    for (const auto &c : table.checks) {
        gotNames.append(c.name);
        gotExpressions.append(c.expression);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotExpressions, expressions);
}

void TestSqliteDdlParser::foreignKeys_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("parent");
    QTest::addColumn<QStringList>("parentColumns");
    QTest::addColumn<bool>("deferrable");
    QTest::addColumn<bool>("initiallyDeferred");

    QTest::newRow("column-level, implicit parent key")
        << "CREATE TABLE t (a INT REFERENCES p NOT NULL)"
        << "" << QStringList{"a"} << "p" << QStringList() << false << false;
    QTest::newRow("actions then NOT NULL")
        << "CREATE TABLE t (a INT REFERENCES p(id) ON DELETE SET NULL ON UPDATE NO ACTION NOT NULL "
           "DEFAULT 1)"
        << "" << QStringList{"a"} << "p" << QStringList{"id"} << false << false;
    QTest::newRow("deferred")
        << "CREATE TABLE t (a, b, CONSTRAINT fk FOREIGN KEY (a, b) REFERENCES \"P q\" (x, y) "
           "ON DELETE CASCADE DEFERRABLE INITIALLY DEFERRED)"
        << "fk" << QStringList{"a", "b"} << "P q" << QStringList{"x", "y"} << true << true;
    QTest::newRow("deferrable, immediate")
        << "CREATE TABLE t (a REFERENCES p MATCH SIMPLE DEFERRABLE INITIALLY IMMEDIATE)"
        << "" << QStringList{"a"} << "p" << QStringList() << true << false;
    QTest::newRow("not deferrable")
        << "CREATE TABLE t (a, FOREIGN KEY (a) REFERENCES [p] NOT DEFERRABLE INITIALLY DEFERRED)"
        << "" << QStringList{"a"} << "p" << QStringList() << false << false;
}

void TestSqliteDdlParser::foreignKeys()
{
    QFETCH(QString, sql);
    QFETCH(QString, name);
    QFETCH(QStringList, columns);
    QFETCH(QString, parent);
    QFETCH(QStringList, parentColumns);
    QFETCH(bool, deferrable);
    QFETCH(bool, initiallyDeferred);
    const auto table = SqliteDdlParser::parseCreateTable(sql);
    QCOMPARE(table.foreignKeys.size(), 1);
    const auto &fk = table.foreignKeys.first();
    QCOMPARE(fk.name, name);
    QCOMPARE(fk.columns, columns);
    QCOMPARE(fk.parentTable, parent);
    QCOMPARE(fk.parentColumns, parentColumns);
    QCOMPARE(fk.deferrable, deferrable);
    QCOMPARE(fk.initiallyDeferred, initiallyDeferred);
}

void TestSqliteDdlParser::columns_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<QString>("generated");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<bool>("autoincrement");
    QTest::addColumn<QString>("pkName");

    QTest::newRow("autoincrement") << "CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT)"
                                   << "id"
                                   << ""
                                   << "" << false << true << "";
    QTest::newRow("named pk, conflict clause")
        << "CREATE TABLE t (id INTEGER CONSTRAINT pk PRIMARY KEY ASC ON CONFLICT REPLACE "
           "AUTOINCREMENT)"
        << "id"
        << ""
        << "" << false << true << "pk";
    QTest::newRow("table-level autoincrement")
        << "CREATE TABLE t (id INTEGER, PRIMARY KEY (id AUTOINCREMENT))"
        << "id"
        << ""
        << "" << false << true << "";
    QTest::newRow("collation") << "CREATE TABLE t (\"Name\" TEXT NOT NULL COLLATE NOCASE)"
                               << "Name"
                               << "NOCASE"
                               << "" << false << false << "";
    QTest::newRow("generated stored")
        << "CREATE TABLE t (a INT, b INT GENERATED ALWAYS AS (a * (a + 1)) STORED)"
        << "b"
        << ""
        << "a * (a + 1)" << true << false << "";
    QTest::newRow("generated short form") << "CREATE TABLE t (a TEXT, b AS (upper(a)))"
                                          << "b"
                                          << ""
                                          << "upper(a)" << false << false << "";
    QTest::newRow("multi-word type") << "CREATE TABLE t (b DOUBLE PRECISION COLLATE RTRIM)"
                                     << "b"
                                     << "RTRIM"
                                     << "" << false << false << "";
}

void TestSqliteDdlParser::columns()
{
    QFETCH(QString, sql);
    QFETCH(QString, column);
    QFETCH(QString, collation);
    QFETCH(QString, generated);
    QFETCH(bool, stored);
    QFETCH(bool, autoincrement);
    QFETCH(QString, pkName);
    const auto table = SqliteDdlParser::parseCreateTable(sql);
    const auto it = std::ranges::find(table.columns, column, &SqliteDdlParser::Column::name);
    QVERIFY(it != table.columns.end());
    QCOMPARE(it->collation, collation);
    QCOMPARE(it->generatedExpression, generated);
    QCOMPARE(it->generatedStored, stored);
    QCOMPARE(it->autoincrement, autoincrement);
    if (autoincrement) {
        QVERIFY(table.primaryKey.has_value());
        QCOMPARE(table.primaryKey->name, pkName);
    }
}

void TestSqliteDdlParser::tableOptions_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<bool>("strict");
    QTest::addColumn<QString>("virtualUsing");

    QTest::newRow("plain") << "CREATE TABLE t (a)" << false << false << "";
    QTest::newRow("without rowid")
        << "CREATE TABLE t (a PRIMARY KEY) WITHOUT ROWID" << true << false << "";
    QTest::newRow("both") << "CREATE TABLE t (a INT PRIMARY KEY) STRICT, WITHOUT ROWID" << true
                          << true << "";
    QTest::newRow("not fooled by a column")
        << "CREATE TABLE t (strict INT, \"WITHOUT\" ROWID)" << false << false << "";
    QTest::newRow("virtual") << "CREATE VIRTUAL TABLE docs USING fts5(title, body)" << false
                             << false << "USING fts5(title, body)";
}

void TestSqliteDdlParser::tableOptions()
{
    QFETCH(QString, sql);
    QFETCH(bool, withoutRowid);
    QFETCH(bool, strict);
    QFETCH(QString, virtualUsing);
    const auto table = SqliteDdlParser::parseCreateTable(sql);
    QVERIFY(table.parsed);
    QCOMPARE(table.withoutRowid, withoutRowid);
    QCOMPARE(table.strict, strict);
    QCOMPARE(table.virtualUsing, virtualUsing);
}

void TestSqliteDdlParser::indexes_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<QString>("predicate");

    QTest::newRow("columns") << "CREATE INDEX i ON t (a, \"b c\" DESC)"
                             << QStringList{"a", "b c DESC"} << "";
    QTest::newRow("expression with collation")
        << "CREATE INDEX IF NOT EXISTS main.i ON t (lower(a || ',') COLLATE NOCASE ASC, b)"
        << QStringList{"lower(a || ',') COLLATE NOCASE", "b"} << "";
    QTest::newRow("partial")
        << "CREATE UNIQUE INDEX \"on\" ON \"on\" (a) WHERE a IS NOT NULL AND b = 'x)'"
        << QStringList{"a"} << "a IS NOT NULL AND b = 'x)'";
    QTest::newRow("json expression") << "CREATE INDEX i ON t (json_extract(doc, '$.a[0]') DESC)"
                                     << QStringList{"json_extract(doc, '$.a[0]') DESC"} << "";
}

void TestSqliteDdlParser::indexes()
{
    QFETCH(QString, sql);
    QFETCH(QStringList, keys);
    QFETCH(QString, predicate);
    const auto index = SqliteDdlParser::parseCreateIndex(sql);
    QVERIFY(index.parsed);
    QStringList got;
    for (const auto &k : index.keys) {
        got.append(k.expression
                   + (k.collation.isEmpty() ? QString() : QStringLiteral(" COLLATE ") + k.collation)
                   + (k.descending ? QStringLiteral(" DESC") : QString()));
    }
    QCOMPARE(got, keys);
    QCOMPARE(index.predicate, predicate);
}

void TestSqliteDdlParser::triggers_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("timing");
    QTest::addColumn<QStringList>("events");

    QTest::newRow("default timing") << "CREATE TRIGGER t1 DELETE ON t BEGIN SELECT 1; END"
                                    << "BEFORE" << QStringList{"DELETE"};
    QTest::newRow("after update of")
        << "CREATE TEMP TRIGGER IF NOT EXISTS \"x y\" AFTER UPDATE OF a, b ON t BEGIN SELECT 1; END"
        << "AFTER" << QStringList{"UPDATE"};
    QTest::newRow("instead of")
        << "CREATE TRIGGER main.v_ins INSTEAD OF INSERT ON v BEGIN SELECT 1; END"
        << "INSTEAD OF" << QStringList{"INSERT"};
    QTest::newRow("lower case") << "create trigger t2 before insert on t begin select 1; end"
                                << "BEFORE" << QStringList{"INSERT"};
}

void TestSqliteDdlParser::triggers()
{
    QFETCH(QString, sql);
    QFETCH(QString, timing);
    QFETCH(QStringList, events);
    const auto trigger = SqliteDdlParser::parseCreateTrigger(sql);
    QVERIFY(trigger.parsed);
    QCOMPARE(trigger.timing, timing);
    QCOMPARE(trigger.events, events);
}

void TestSqliteDdlParser::viewQuery_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("query");

    QTest::newRow("plain") << "CREATE VIEW v AS SELECT 1"
                           << "SELECT 1";
    QTest::newRow("column list")
        << "CREATE VIEW IF NOT EXISTS \"a\"\"v\" (x, \"as\") AS\n  SELECT 1, 2"
        << "SELECT 1, 2";
    QTest::newRow("comment before")
        << "CREATE VIEW v /* AS */ AS WITH c AS (SELECT 1) SELECT * FROM c"
        << "WITH c AS (SELECT 1) SELECT * FROM c";
}

void TestSqliteDdlParser::viewQuery()
{
    QFETCH(QString, sql);
    QFETCH(QString, query);
    QCOMPARE(SqliteDdlParser::viewQuery(sql), query);
}

void TestSqliteDdlParser::normalizedType_data()
{
    QTest::addColumn<QString>("declared");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("varchar keeps length") << "VARCHAR(20)"
                                          << "varchar(20)";
    QTest::newRow("nvarchar") << "NVARCHAR(120)"
                              << "varchar(120)";
    QTest::newRow("character varying") << "Character  Varying ( 40 )"
                                       << "varchar(40)";
    QTest::newRow("decimal with blanks") << "DECIMAL( 15 , 2 )"
                                         << "numeric(15,2)";
    QTest::newRow("int") << "INT"
                         << "integer";
    QTest::newRow("integer") << "integer"
                             << "integer";
    QTest::newRow("bigint stays") << "BIGINT"
                                  << "bigint";
    QTest::newRow("clob") << "CLOB"
                          << "text";
    QTest::newRow("double") << "DOUBLE"
                            << "double precision";
    QTest::newRow("untyped") << ""
                             << "blob";
    QTest::newRow("unknown kept") << "JSONB"
                                  << "jsonb";
    QTest::newRow("tinyint(1)") << "TINYINT(1)"
                                << "tinyint(1)";
    QTest::newRow("datetime") << "DATETIME"
                              << "datetime";
}

void TestSqliteDdlParser::normalizedType()
{
    QFETCH(QString, declared);
    QFETCH(QString, normalized);
    QCOMPARE(normalizeSqliteType(declared), normalized);
}

QTEST_GUILESS_MAIN(TestSqliteDdlParser)
#include "tst_sqliteddlparser.moc"

#include "testsupport.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/catalogscript.h"
#include "migration/sqlite/sqlitesqlgenerator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QtTest>

using namespace parity;

// The SQLite generator, checked two ways: exact text for quoting and the
// forms that matter, and round trips (database A -> catalog -> script ->
// sqlite3 into an empty database B -> catalog) that must compare equal.

namespace {

ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    return spec;
}

Result<Catalog> introspect(const QString &path)
{
    IntrospectionOptions options;
    JobContext job;
    return inspect(sqliteSpec(path), options, job);
}

/// A fresh database file loaded with `sql` through the sqlite3 client.
Result<QString> databaseFrom(const QString &fileName, const QString &sql)
{
    const QString path = test::scratchSqlitePath(fileName);
    if (auto r = test::runSql(sqliteSpec(path), sql); !r)
        return std::unexpected(r.error());
    return path;
}

QString describe(const SchemaDiff &diff)
{
    QStringList lines;
    for (const ObjectChange &c : diff.changes) {
        lines << QStringLiteral("%1 %2 %3")
                     .arg(changeKindKey(c.change), objectKindKey(c.kind), c.path());
        for (const FieldChange &f : c.fields)
            lines << QStringLiteral("    %1: [%2] -> [%3]").arg(f.field, f.from, f.to);
    }
    return lines.join(QLatin1Char('\n'));
}

/// The catalog without what a round trip cannot keep: where and when it was
/// read, row figures (B is empty), and SQLite's CREATE INDEX text, which the
/// generator rebuilds from the index's fields instead of copying.
Catalog structureOnly(Catalog catalog)
{
    catalog.database.clear();
    catalog.source.clear();
    catalog.capturedAt = {};
    for (Schema &s : catalog.schemas) {
        for (Table &t : s.tables) {
            t.rowEstimate = -1;
            t.rowCount = -1;
            for (Index &i : t.indexes)
                i.definition.clear();
        }
    }
    return catalog;
}

/// Names the objects of `a` that differ from `b` in any field, for a failure
/// message when the comparer's tolerance hides them.
QStringList strictDifferences(const Catalog &a, const Catalog &b)
{
    QStringList out;
    if (a.schemas.size() != b.schemas.size())
        return {QStringLiteral("schema count")};
    for (qsizetype k = 0; k < a.schemas.size(); ++k) {
        const Schema &sa = a.schemas[k];
        const Schema &sb = b.schemas[k];
        for (const Table &t : sa.tables) {
            const Table *o = sb.table(t.name);
            if (!o || *o == t)
                continue;
            if (t.columns != o->columns)
                out << t.name + QStringLiteral(": columns");
            if (t.primaryKey != o->primaryKey)
                out << t.name + QStringLiteral(": primary key");
            if (t.foreignKeys != o->foreignKeys)
                out << t.name + QStringLiteral(": foreign keys");
            if (t.uniqueConstraints != o->uniqueConstraints)
                out << t.name + QStringLiteral(": unique constraints");
            if (t.checks != o->checks)
                out << t.name + QStringLiteral(": checks");
            if (t.indexes != o->indexes)
                out << t.name + QStringLiteral(": indexes");
            if (t.options != o->options)
                out << t.name + QStringLiteral(": options");
        }
        for (const View &v : sa.views) {
            const View *o = sb.view(v.name);
            if (o && !(*o == v))
                out << v.name + QStringLiteral(": view");
        }
        if (sa.triggers != sb.triggers)
            out << QStringLiteral("triggers");
    }
    if (out.isEmpty() && !(a == b))
        out << QStringLiteral("(something outside tables, views and triggers)");
    return out;
}

} // namespace

class TestSqliteSqlGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileNames_data();
    void quoteIdentifier_data() { hostileNames_data(); }
    void quoteIdentifier();
    void identifierInDatabase_data() { hostileNames_data(); }
    void identifierInDatabase();
    void hostileLiterals_data();
    void quoteLiteral_data() { hostileLiterals_data(); }
    void quoteLiteral();
    void literalInDatabase_data() { hostileLiterals_data(); }
    void literalInDatabase();

    void qualifiedNameLeavesMainOut();
    void nothingForWhatSqliteLacks();
    void createTable_data();
    void createTable();
    void foreignKeysAlwaysInline();
    void scriptStatementGuardsTrailingComment();

    void roundTrip_data();
    void roundTrip();

private:
    SqliteSqlGenerator m_generator;
    int m_databases = 0;
};

void TestSqliteSqlGenerator::hostileNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("quoted");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("\"plain\"");
    QTest::newRow("double quote") << QStringLiteral("we\"ird") << QStringLiteral("\"we\"\"ird\"");
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QStringLiteral("\"\"\"\"\"\"");
    QTest::newRow("backtick") << QStringLiteral("back`tick") << QStringLiteral("\"back`tick\"");
    QTest::newRow("brackets") << QStringLiteral("[x]") << QStringLiteral("\"[x]\"");
    QTest::newRow("single quote") << QStringLiteral("it's") << QStringLiteral("\"it's\"");
    QTest::newRow("backslash") << QStringLiteral("back\\slash")
                               << QStringLiteral("\"back\\slash\"");
    QTest::newRow("space") << QStringLiteral("two words") << QStringLiteral("\"two words\"");
    QTest::newRow("newline") << QStringLiteral("line\nbreak") << QStringLiteral("\"line\nbreak\"");
    QTest::newRow("reserved select") << QStringLiteral("select") << QStringLiteral("\"select\"");
    QTest::newRow("reserved order") << QStringLiteral("order") << QStringLiteral("\"order\"");
    QTest::newRow("mixed case") << QStringLiteral("MixedCase") << QStringLiteral("\"MixedCase\"");
    QTest::newRow("unicode") << QStringLiteral("größe 日本") << QStringLiteral("\"größe 日本\"");
    QTest::newRow("comment start") << QStringLiteral("a--b/*c") << QStringLiteral("\"a--b/*c\"");
    QTest::newRow("empty") << QString() << QStringLiteral("\"\"");
}

void TestSqliteSqlGenerator::quoteIdentifier()
{
    QFETCH(QString, name);
    QFETCH(QString, quoted);
    QCOMPARE(m_generator.quoteIdentifier(name), quoted);
}

void TestSqliteSqlGenerator::identifierInDatabase()
{
    // A table and a column named `name`, and an index and a view named
    // after it (tables, indexes and views share one namespace), made by the
    // sqlite3 client from generated SQL and read back by the introspector.
    QFETCH(QString, name);
    const QString q = m_generator.quoteIdentifier(name);
    const QString sql = QStringLiteral("CREATE TABLE %1 (%1 TEXT, other TEXT);\n"
                                       "CREATE INDEX %2 ON %1 (%1);\n"
                                       "CREATE VIEW %3 AS SELECT %1 FROM %1;\n")
                            .arg(q, m_generator.quoteIdentifier(name + QStringLiteral(" index")),
                                 m_generator.quoteIdentifier(name + QStringLiteral(" view")));
    auto path = databaseFrom(QStringLiteral("ident_%1.db").arg(++m_databases), sql);
    PARITY_VERIFY_RESULT(path);
    auto catalog = introspect(*path);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    QCOMPARE(schema.tables.size(), 1);
    const Table &table = schema.tables.first();
    QCOMPARE(table.name, name);
    QCOMPARE(table.columns.first().name, name);
    QCOMPARE(table.indexes.size(), 1);
    QCOMPARE(table.indexes.first().name, name + QStringLiteral(" index"));
    QCOMPARE(table.indexes.first().keys.first().expression, name);
    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(schema.views.first().name, name + QStringLiteral(" view"));
    QCOMPARE(schema.views.first().columns, QStringList{name});
}

void TestSqliteSqlGenerator::hostileLiterals_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("quoted");
    QTest::addColumn<bool>("throughClient");
    QTest::newRow("plain") << QStringLiteral("plain") << QStringLiteral("'plain'") << true;
    QTest::newRow("quote") << QStringLiteral("it's") << QStringLiteral("'it''s'") << true;
    QTest::newRow("doubled quote") << QStringLiteral("''") << QStringLiteral("''''''") << true;
    QTest::newRow("double quote") << QStringLiteral("say \"hi\"") << QStringLiteral("'say \"hi\"'")
                                  << true;
    // SQLite gives backslashes no meaning in a literal.
    QTest::newRow("backslash") << QStringLiteral("a\\'b\\") << QStringLiteral("'a\\''b\\'") << true;
    QTest::newRow("newline") << QStringLiteral("one\ntwo\n") << QStringLiteral("'one\ntwo\n'")
                             << true;
    QTest::newRow("carriage return")
        << QStringLiteral("one\rtwo") << QStringLiteral("'one\rtwo'") << true;
    // The sqlite3 shell reads its input by lines and drops the CR of a CR LF,
    // inside literals too; SQLite itself keeps it. Checked on the library only.
    QTest::newRow("CR LF") << QStringLiteral("one\r\ntwo") << QStringLiteral("'one\r\ntwo'")
                           << false;
    QTest::newRow("unicode") << QStringLiteral("größe ✓ 日本") << QStringLiteral("'größe ✓ 日本'")
                             << true;
    QTest::newRow("empty") << QString() << QStringLiteral("''") << true;
    QTest::newRow("comment and semicolon") << QStringLiteral("x'; -- DROP TABLE t; /*")
                                           << QStringLiteral("'x''; -- DROP TABLE t; /*'") << true;
    QTest::newRow("reserved word")
        << QStringLiteral("SELECT") << QStringLiteral("'SELECT'") << true;
}

void TestSqliteSqlGenerator::quoteLiteral()
{
    QFETCH(QString, text);
    QFETCH(QString, quoted);
    QCOMPARE(m_generator.quoteLiteral(text), quoted);
}

void TestSqliteSqlGenerator::literalInDatabase()
{
    // Once through the sqlite3 client (a table made from the literal), once
    // straight through the library (SELECT literal).
    QFETCH(QString, text);
    QFETCH(bool, throughClient);
    const QString literal = m_generator.quoteLiteral(text);
    const QString sql = throughClient
                            ? QStringLiteral("CREATE TABLE lit AS SELECT %1 AS v;\n").arg(literal)
                            : QStringLiteral("CREATE TABLE lit AS SELECT 'unused' AS v;\n");
    auto path = databaseFrom(QStringLiteral("literal_%1.db").arg(++m_databases), sql);
    PARITY_VERIFY_RESULT(path);
    auto session = DatabaseSession::open(sqliteSpec(*path), DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);

    const QStringList queries =
        throughClient ? QStringList{QStringLiteral("SELECT v, typeof(v) FROM lit"),
                                    QStringLiteral("SELECT %1, typeof(%1)").arg(literal)}
                      : QStringList{QStringLiteral("SELECT %1, typeof(%1)").arg(literal)};
    for (const QString &sqlText : queries) {
        QSqlQuery query((*session)->database());
        QVERIFY2(query.exec(sqlText), qPrintable(sqlText));
        QVERIFY(query.next());
        QCOMPARE(query.value(1).toString(), QStringLiteral("text"));
        QCOMPARE(query.value(0).toString(), text);
        QVERIFY(!query.next());
    }
}

void TestSqliteSqlGenerator::qualifiedNameLeavesMainOut()
{
    QCOMPARE(m_generator.qualifiedName(QStringLiteral("main"), QStringLiteral("t\"1")),
             QStringLiteral("\"t\"\"1\""));
    QCOMPARE(m_generator.qualifiedName(QStringLiteral("other"), QStringLiteral("t")),
             QStringLiteral("\"t\""));
}

void TestSqliteSqlGenerator::nothingForWhatSqliteLacks()
{
    Schema schema;
    schema.name = QStringLiteral("main");
    QVERIFY(m_generator.createSchema(schema).isEmpty());
    QVERIFY(m_generator.createExtension(Extension{QStringLiteral("x"), {}, {}}).isEmpty());
    QVERIFY(m_generator.createEnum(EnumType{{}, QStringLiteral("e"), {QStringLiteral("a")}, {}, {}})
                .isEmpty());
    Sequence sequence;
    sequence.name = QStringLiteral("s");
    QVERIFY(m_generator.createSequence(sequence).isEmpty());
    QVERIFY(m_generator.sequenceOwnership(sequence).isEmpty());
    Routine routine;
    routine.name = QStringLiteral("f");
    routine.definition = QStringLiteral("CREATE FUNCTION f() …");
    QVERIFY(m_generator.createRoutine(routine).isEmpty());
}

void TestSqliteSqlGenerator::createTable_data()
{
    // Each row: a table made by the sqlite3 client, and the statement the
    // generator writes for what the introspector read of it.
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("expected");

    QTest::newRow("autoincrement on its column")
        << QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT NOT NULL DEFAULT 'x', PRIMARY KEY "
                          "(id AUTOINCREMENT));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                          "    \"name\" TEXT NOT NULL DEFAULT 'x'\n)");
    QTest::newRow("rowid alias without NOT NULL")
        << QStringLiteral("CREATE TABLE t (id INTEGER NOT NULL, PRIMARY KEY (id));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n    \"id\" INTEGER PRIMARY KEY\n)");
    QTest::newRow("descending key is no alias")
        << QStringLiteral("CREATE TABLE t (id INTEGER CONSTRAINT pk PRIMARY KEY DESC);")
        << QStringLiteral("t")
        << QStringLiteral(
               "CREATE TABLE \"t\" (\n    \"id\" INTEGER CONSTRAINT \"pk\" PRIMARY KEY DESC\n)");
    QTest::newRow("composite key and options")
        << QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INT NOT NULL, PRIMARY KEY (a, b)) "
                          "WITHOUT ROWID, STRICT;")
        << QStringLiteral("t")
        << QStringLiteral(
               "CREATE TABLE \"t\" (\n    \"a\" TEXT NOT NULL,\n    \"b\" INT NOT NULL,\n"
               "    PRIMARY KEY (\"a\", \"b\")\n) WITHOUT ROWID, STRICT");
    QTest::newRow("defaults, collation, generated, generated names")
        << QStringLiteral("CREATE TABLE t (a DEFAULT (1 + 2), b DEFAULT abc, c \"KEY\" DEFAULT -1,"
                          " d TEXT COLLATE nocase UNIQUE CHECK (d <> ''),"
                          " e AS (a * 2) STORED, f INT GENERATED ALWAYS AS (a + 1));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"a\" DEFAULT (1 + 2),\n"
                          "    \"b\" DEFAULT abc,\n"
                          "    \"c\" \"KEY\" DEFAULT -1,\n"
                          "    \"d\" TEXT COLLATE \"NOCASE\",\n"
                          "    \"e\" GENERATED ALWAYS AS (a * 2) STORED,\n"
                          "    \"f\" INT GENERATED ALWAYS AS (a + 1) VIRTUAL,\n"
                          "    CONSTRAINT \"t_d_key\" UNIQUE (\"d\"),\n"
                          "    CONSTRAINT \"t_check1\" CHECK (d <> '')\n)");
    QTest::newRow("virtual table")
        << QStringLiteral("CREATE VIRTUAL TABLE t USING fts5(x, y);") << QStringLiteral("t")
        << QStringLiteral("CREATE VIRTUAL TABLE \"t\" USING fts5(x, y)");
}

void TestSqliteSqlGenerator::createTable()
{
    QFETCH(QString, sql);
    QFETCH(QString, table);
    QFETCH(QString, expected);
    auto path = databaseFrom(QStringLiteral("table_%1.db").arg(++m_databases), sql);
    PARITY_VERIFY_RESULT(path);
    auto catalog = introspect(*path);
    PARITY_VERIFY_RESULT(catalog);
    const Table *t = catalog->table(QStringLiteral("main"), table);
    QVERIFY(t);
    QCOMPARE(m_generator.createTable(*t, true), QStringList{expected});
}

void TestSqliteSqlGenerator::foreignKeysAlwaysInline()
{
    auto path =
        databaseFrom(QStringLiteral("fk_%1.db").arg(++m_databases),
                     QStringLiteral("CREATE TABLE c (a INTEGER REFERENCES p (id) ON DELETE CASCADE"
                                    " DEFERRABLE INITIALLY DEFERRED, b REFERENCES p);"));
    PARITY_VERIFY_RESULT(path);
    auto catalog = introspect(*path);
    PARITY_VERIFY_RESULT(catalog);
    const Table *t = catalog->table(QStringLiteral("main"), QStringLiteral("c"));
    QVERIFY(t);
    QCOMPARE(t->foreignKeys.size(), 2);
    const QStringList expected{
        QStringLiteral("CREATE TABLE \"c\" (\n"
                       "    \"a\" INTEGER,\n"
                       "    \"b\",\n"
                       "    CONSTRAINT \"c_a_fkey\" FOREIGN KEY (\"a\") REFERENCES \"p\" (\"id\") "
                       "ON DELETE CASCADE"
                       " DEFERRABLE INITIALLY DEFERRED,\n"
                       // p does not exist, so "its primary key" has no columns to name.
                       "    CONSTRAINT \"c_b_fkey\" FOREIGN KEY (\"b\") REFERENCES \"p\"\n)")};
    // SQLite cannot add them later, so both calls write them.
    QCOMPARE(m_generator.createTable(*t, false), expected);
    QCOMPARE(m_generator.createTable(*t, true), expected);
    for (const ForeignKey &fk : t->foreignKeys)
        QVERIFY(m_generator.addForeignKey(*t, fk).isEmpty());
}

void TestSqliteSqlGenerator::scriptStatementGuardsTrailingComment()
{
    QCOMPARE(m_generator.scriptStatement(QStringLiteral("CREATE VIEW v AS SELECT 1")),
             QStringLiteral("CREATE VIEW v AS SELECT 1;"));
    QCOMPARE(m_generator.scriptStatement(QStringLiteral("CREATE VIEW v AS\nSELECT 1 -- one")),
             QStringLiteral("CREATE VIEW v AS\nSELECT 1 -- one\n;"));
}

void TestSqliteSqlGenerator::roundTrip_data()
{
    // Either a SQL file to load into database A, or an existing database
    // file that is A (read only, never changed).
    QTest::addColumn<QString>("sqlFile");
    QTest::addColumn<QString>("databaseFile");
    QTest::addColumn<bool>("needsCorpora");

    const QString source = test::sourceDir();
    const QString binary = qEnvironmentVariable("PARITY_BINARY_DIR");
    QTest::newRow("introspection fixture")
        << source + QStringLiteral("/tests/data/introspection/sqlite/everything.sql") << QString()
        << false;
    QTest::newRow("edge cases") << source + QStringLiteral("/tests/migration/sqlite/edgecases.sql")
                                << QString() << false;
    QTest::newRow("demo staging") << QString() << binary + QStringLiteral("/demo/staging.db")
                                  << false;
    QTest::newRow("demo uat") << QString() << binary + QStringLiteral("/demo/uat.db") << false;
    QTest::newRow("sakila corpus")
        << test::corporaDir() + QStringLiteral("/samples/sakila/sqlite-sakila-schema.sql")
        << QString() << true;
}

void TestSqliteSqlGenerator::roundTrip()
{
    QFETCH(QString, sqlFile);
    QFETCH(QString, databaseFile);
    QFETCH(bool, needsCorpora);
    const QString tag =
        QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'));

    if (needsCorpora && !QFileInfo::exists(sqlFile)) {
        // The marker makes ctest count this as skipped, not passed.
        qInfo("[parity-skip] tst_sqlitesqlgenerator: no corpus at %s", qPrintable(sqlFile));
        QSKIP("shared corpora not available");
    }
    QString pathA = databaseFile;
    if (!sqlFile.isEmpty()) {
        pathA = test::scratchSqlitePath(tag + QStringLiteral("_a.db"));
        auto loaded = test::runSqlFile(sqliteSpec(pathA), sqlFile);
        PARITY_VERIFY_RESULT(loaded);
    } else {
        QVERIFY2(!qEnvironmentVariableIsEmpty("PARITY_BINARY_DIR"),
                 "PARITY_BINARY_DIR is not set: run this test through ctest");
        QVERIFY2(QFileInfo::exists(pathA),
                 qPrintable(pathA
                            + QStringLiteral(" is missing: build the demo_databases target")));
    }
    auto a = introspect(pathA);
    PARITY_VERIFY_RESULT(a);
    QVERIFY2(!a->schemas.isEmpty() && !a->schemas.first().tables.isEmpty(),
             "database A came out empty");

    const QString scriptPath = test::scratchSqlitePath(tag + QStringLiteral(".sql"));
    {
        QFile script(scriptPath);
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write(createCatalogScript(*a, m_generator).toUtf8());
    }
    const QString pathB = test::scratchSqlitePath(tag + QStringLiteral("_b.db"));
    auto ran = test::runSqlFile(sqliteSpec(pathB), scriptPath);
    if (!ran)
        QFAIL(qPrintable(
            QStringLiteral("sqlite3 failed on %1: %2").arg(scriptPath, ran.error().message)));
    auto b = introspect(pathB);
    PARITY_VERIFY_RESULT(b);

    DiffOptions options;
    options.ignoreOwner = true;
    const SchemaDiff diff = compareCatalogs(*a, *b, options);
    QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("script %1 did not round-trip:\n%2")
                                            .arg(scriptPath, describe(diff))));

    // The comparer forgives generated constraint names and spelling; the
    // generator keeps even those, so the catalogs are equal field by field.
    const Catalog strictA = structureOnly(*a);
    const Catalog strictB = structureOnly(*b);
    QVERIFY2(strictA == strictB,
             qPrintable(QStringLiteral("script %1 changed fields the comparer forgives: %2")
                            .arg(scriptPath,
                                 strictDifferences(strictA, strictB).join(QStringLiteral("; ")))));
}

QTEST_GUILESS_MAIN(TestSqliteSqlGenerator)
#include "tst_sqlitesqlgenerator.moc"

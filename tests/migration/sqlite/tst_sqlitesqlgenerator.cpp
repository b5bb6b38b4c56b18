#include "testsupport.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "migration/catalogscript.h"
#include "migration/sqlite/sqlitesqlgenerator.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
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

/// The rows `sql` gives on the database at `path`, each as its values
/// joined by "|" (NULL as "NULL").
Result<QStringList> rowsOf(const QString &path, const QString &sql)
{
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QSqlQuery query((*session)->database());
    if (!query.exec(sql))
        return fail(Error::Code::QueryFailed,
                    QStringLiteral("%1: %2").arg(sql, query.lastError().text()));
    QStringList rows;
    while (query.next()) {
        QStringList values;
        for (int i = 0; i < query.record().count(); ++i) {
            const QVariant value = query.value(i);
            values << (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << values.join(QLatin1Char('|'));
    }
    return rows;
}

/// Runs generated statements on the database at `path` through the sqlite3
/// client, in one transaction and with foreign keys off, as the planner's
/// script does around a rebuild.
Result<void> runStatements(const SqlGenerator &generator, const QString &path,
                           const QStringList &statements)
{
    QStringList script{QStringLiteral("PRAGMA foreign_keys = OFF;"), QStringLiteral("BEGIN;")};
    for (const QString &statement : statements)
        script << generator.scriptStatement(statement);
    script << QStringLiteral("COMMIT;");
    return test::runSql(sqliteSpec(path), script.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

/// The table without what differs between two reads of equal structure.
Table structureOf(Table table)
{
    table.rowEstimate = -1;
    table.rowCount = -1;
    for (Index &i : table.indexes)
        i.definition.clear();
    return table;
}

Column plainColumn(const QString &name, const QString &type, int position)
{
    Column column;
    column.name = name;
    column.type = type;
    column.position = position;
    return column;
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

    void dropsAndRebuildOnlyChanges();
    void inPlace_data();
    void inPlace();
    void rebuildTableText_data();
    void rebuildTableText();
    void rebuildTable_data();
    void rebuildTable();

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

    QTest::newRow("autoincrement at table level")
        << QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT NOT NULL DEFAULT 'x', PRIMARY KEY "
                          "(id AUTOINCREMENT));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"id\" INTEGER,\n"
                          "    \"name\" TEXT NOT NULL DEFAULT 'x',\n"
                          "    PRIMARY KEY (\"id\" AUTOINCREMENT)\n)");
    QTest::newRow("autoincrement on its column")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL DEFAULT 'x');")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT,\n"
                          "    \"name\" TEXT NOT NULL DEFAULT 'x'\n)");
    // NOT NULL on a rowid alias is written as declared: SQLite keeps it in
    // the table's SQL and pragma table_xinfo reports it.
    QTest::newRow("rowid alias declared NOT NULL")
        << QStringLiteral("CREATE TABLE t (id INTEGER NOT NULL, PRIMARY KEY (id));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n    \"id\" INTEGER NOT NULL,\n    PRIMARY KEY (\"id\")\n)");
    QTest::newRow("rowid alias without NOT NULL")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT);")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n    \"id\" INTEGER PRIMARY KEY AUTOINCREMENT\n)");
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
    // Constraints written on a column stay there, unnamed where TO gave no name.
    QTest::newRow("defaults, collation, generated, column constraints")
        << QStringLiteral("CREATE TABLE t (a DEFAULT (1 + 2), b DEFAULT abc, c \"KEY\" DEFAULT -1,"
                          " d TEXT COLLATE nocase UNIQUE CHECK (d <> ''),"
                          " e AS (a * 2) STORED, f INT GENERATED ALWAYS AS (a + 1));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"a\" DEFAULT (1 + 2),\n"
                          "    \"b\" DEFAULT abc,\n"
                          "    \"c\" \"KEY\" DEFAULT -1,\n"
                          "    \"d\" TEXT UNIQUE COLLATE \"NOCASE\" CHECK (d <> ''),\n"
                          "    \"e\" AS (a * 2) STORED,\n"
                          "    \"f\" INT GENERATED ALWAYS AS (a + 1)\n)");
    QTest::newRow("named table constraints")
        << QStringLiteral("CREATE TABLE t (a INT, b INT, CONSTRAINT ab UNIQUE (a, b), CHECK (a < b), "
                          "CONSTRAINT ck CHECK (a > 0));")
        << QStringLiteral("t")
        << QStringLiteral("CREATE TABLE \"t\" (\n"
                          "    \"a\" INT,\n"
                          "    \"b\" INT,\n"
                          "    CONSTRAINT \"ab\" UNIQUE (\"a\", \"b\"),\n"
                          // in the catalog's order, by name (\"ck\" before \"t_check1\")
                          "    CONSTRAINT \"ck\" CHECK (a > 0),\n"
                          "    CHECK (a < b)\n)");
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
                     QStringLiteral("CREATE TABLE c (a INTEGER, b, x INTEGER CONSTRAINT cx REFERENCES p (id),"
                                    " FOREIGN KEY (a) REFERENCES p (id) ON DELETE CASCADE"
                                    " DEFERRABLE INITIALLY DEFERRED, FOREIGN KEY (b) REFERENCES p);"));
    PARITY_VERIFY_RESULT(path);
    auto catalog = introspect(*path);
    PARITY_VERIFY_RESULT(catalog);
    const Table *t = catalog->table(QStringLiteral("main"), QStringLiteral("c"));
    QVERIFY(t);
    QCOMPARE(t->foreignKeys.size(), 3);
    // Unnamed table-level keys are written without the names Parity gave
    // them; a key written on its column stays on it.
    const QStringList expected{
        QStringLiteral("CREATE TABLE \"c\" (\n"
                       "    \"a\" INTEGER,\n"
                       "    \"b\",\n"
                       "    \"x\" INTEGER CONSTRAINT \"cx\" REFERENCES \"p\" (\"id\"),\n"
                       "    FOREIGN KEY (\"a\") REFERENCES \"p\" (\"id\") "
                       "ON DELETE CASCADE"
                       " DEFERRABLE INITIALLY DEFERRED,\n"
                       // p does not exist, so "its primary key" has no columns to name.
                       "    FOREIGN KEY (\"b\") REFERENCES \"p\"\n)")};
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

void TestSqliteSqlGenerator::dropsAndRebuildOnlyChanges()
{
    QVERIFY(!m_generator.altersTablesInPlace());
    QVERIFY(m_generator.dropSchema(QStringLiteral("main")).isEmpty());
    QVERIFY(m_generator.dropExtension(Extension{QStringLiteral("x"), {}, {}}).isEmpty());
    QVERIFY(m_generator.dropEnum(EnumType{{}, QStringLiteral("e"), {QStringLiteral("a")}, {}, {}})
                .isEmpty());
    Sequence sequence;
    sequence.name = QStringLiteral("s");
    QVERIFY(m_generator.dropSequence(sequence).isEmpty());
    Routine routine;
    routine.name = QStringLiteral("f");
    QVERIFY(m_generator.dropRoutine(routine).isEmpty());

    // What SQLite cannot change in place: the planner rebuilds instead.
    Table from;
    from.name = QStringLiteral("t");
    from.columns = {plainColumn(QStringLiteral("a"), QStringLiteral("TEXT"), 1)};
    Table to = from;
    to.comment = QStringLiteral("changed");
    to.columns.first().nullable = false;
    ForeignKey key;
    key.name = QStringLiteral("fk");
    key.columns = {QStringLiteral("a")};
    key.referencedTable = QStringLiteral("p");
    const PrimaryKey primaryKey{QStringLiteral("pk"), {QStringLiteral("a")}};
    const UniqueConstraint unique{QStringLiteral("uq"), {QStringLiteral("a")}};
    const CheckConstraint check{QStringLiteral("ck"), QStringLiteral("a <> ''")};
    QVERIFY(m_generator.dropForeignKey(from, key).isEmpty());
    QVERIFY(m_generator.alterColumn(to, from.columns.first(), to.columns.first()).isEmpty());
    QVERIFY(m_generator.addPrimaryKey(to, primaryKey).isEmpty());
    QVERIFY(m_generator.dropPrimaryKey(from, primaryKey).isEmpty());
    QVERIFY(m_generator.addUnique(to, unique).isEmpty());
    QVERIFY(m_generator.dropUnique(from, unique).isEmpty());
    QVERIFY(m_generator.addCheck(to, check).isEmpty());
    QVERIFY(m_generator.dropCheck(from, check).isEmpty());
    QVERIFY(m_generator.alterTable(from, to).isEmpty());
}

void TestSqliteSqlGenerator::inPlace_data()
{
    // Each row: database FROM, the operation on it, and database TO that
    // FROM must equal afterwards.
    QTest::addColumn<QString>("fromSql");
    QTest::addColumn<QString>("toSql");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<QString>("expected"); // the statement, exactly

    const QString hostile = QStringLiteral("CREATE TABLE \"we\"\"ird %1\" (\"select\" INTEGER, "
                                           "\"größe 日本\" TEXT);\n"
                                           "INSERT INTO \"we\"\"ird %1\" VALUES (1, 'a');\n");
    QTest::newRow("rename table")
        << hostile
        << QStringLiteral("CREATE TABLE \"Order's\" (\"select\" INTEGER, \"größe 日本\" TEXT);")
        << QStringLiteral("renameTable") << QStringLiteral("we\"ird %1")
        << QStringLiteral("Order's") << QString()
        << QStringLiteral("ALTER TABLE \"we\"\"ird %1\" RENAME TO \"Order's\"");
    QTest::newRow("rename column")
        << hostile
        << QStringLiteral("CREATE TABLE \"we\"\"ird %1\" (\"select\" INTEGER, \"Mixed \"\"%2\" "
                          "TEXT);")
        << QStringLiteral("renameColumn") << QStringLiteral("we\"ird %1")
        << QStringLiteral("größe 日本") << QStringLiteral("Mixed \"%2")
        << QStringLiteral("ALTER TABLE \"we\"\"ird %1\" RENAME COLUMN \"größe 日本\" TO "
                          "\"Mixed \"\"%2\"");
    QTest::newRow("add column")
        << hostile
        << QStringLiteral("CREATE TABLE \"we\"\"ird %1\" (\"select\" INTEGER, \"größe 日本\" TEXT,"
                          " \"it's\" TEXT NOT NULL DEFAULT 'x''y' COLLATE NOCASE);")
        << QStringLiteral("addColumn") << QStringLiteral("we\"ird %1") << QStringLiteral("it's")
        << QString()
        << QStringLiteral("ALTER TABLE \"we\"\"ird %1\" ADD COLUMN \"it's\" TEXT NOT NULL "
                          "DEFAULT 'x''y' COLLATE \"NOCASE\"");
    QTest::newRow("add generated column")
        << hostile
        << QStringLiteral("CREATE TABLE \"we\"\"ird %1\" (\"select\" INTEGER, \"größe 日本\" TEXT,"
                          " twice INTEGER AS (\"select\" * 2));")
        << QStringLiteral("addColumn") << QStringLiteral("we\"ird %1") << QStringLiteral("twice")
        << QString()
        << QStringLiteral("ALTER TABLE \"we\"\"ird %1\" ADD COLUMN \"twice\" INTEGER AS (\"select\" * 2)");
    QTest::newRow("drop column")
        << hostile << QStringLiteral("CREATE TABLE \"we\"\"ird %1\" (\"select\" INTEGER);")
        << QStringLiteral("dropColumn") << QStringLiteral("we\"ird %1")
        << QStringLiteral("größe 日本") << QString()
        << QStringLiteral("ALTER TABLE \"we\"\"ird %1\" DROP COLUMN \"größe 日本\"");
    QTest::newRow("drop table") << hostile + QStringLiteral("CREATE TABLE keep (k);")
                                << QStringLiteral("CREATE TABLE keep (k);")
                                << QStringLiteral("dropTable") << QStringLiteral("we\"ird %1")
                                << QString() << QString()
                                << QStringLiteral("DROP TABLE \"we\"\"ird %1\"");
    QTest::newRow("drop view") << hostile
                                      + QStringLiteral(
                                          "CREATE VIEW \"view \"\"v\"\"\" AS SELECT 1 AS one;")
                               << hostile << QStringLiteral("dropView")
                               << QStringLiteral("we\"ird %1") << QStringLiteral("view \"v\"")
                               << QString() << QStringLiteral("DROP VIEW \"view \"\"v\"\"\"");
    QTest::newRow("drop trigger")
        << hostile
               + QStringLiteral("CREATE TRIGGER \"trigger\" AFTER INSERT ON \"we\"\"ird %1\" "
                                "BEGIN SELECT 1; END;")
        << hostile << QStringLiteral("dropTrigger") << QStringLiteral("we\"ird %1")
        << QStringLiteral("trigger") << QString() << QStringLiteral("DROP TRIGGER \"trigger\"");
    QTest::newRow("drop index")
        << hostile
               + QStringLiteral("CREATE INDEX \"Index's\" ON \"we\"\"ird %1\" (\"größe 日本\");")
        << hostile << QStringLiteral("dropIndex") << QStringLiteral("we\"ird %1")
        << QStringLiteral("Index's") << QString() << QStringLiteral("DROP INDEX \"Index's\"");
}

void TestSqliteSqlGenerator::inPlace()
{
    QFETCH(QString, fromSql);
    QFETCH(QString, toSql);
    QFETCH(QString, operation);
    QFETCH(QString, table);
    QFETCH(QString, name);
    QFETCH(QString, newName);
    QFETCH(QString, expected);

    auto fromPath = databaseFrom(QStringLiteral("inplace_from_%1.db").arg(++m_databases), fromSql);
    PARITY_VERIFY_RESULT(fromPath);
    auto toPath = databaseFrom(QStringLiteral("inplace_to_%1.db").arg(m_databases), toSql);
    PARITY_VERIFY_RESULT(toPath);
    auto from = introspect(*fromPath);
    PARITY_VERIFY_RESULT(from);
    auto to = introspect(*toPath);
    PARITY_VERIFY_RESULT(to);
    const QString main = QStringLiteral("main");
    const Schema *schema = from->schema(main);
    QVERIFY(schema);
    const Table *fromTable = from->table(main, table);

    QStringList statements;
    if (operation == QLatin1String("renameTable")) {
        QVERIFY(fromTable);
        statements = m_generator.renameTable(*fromTable, name);
    } else if (operation == QLatin1String("renameColumn")) {
        QVERIFY(fromTable);
        statements = m_generator.renameColumn(*fromTable, name, newName);
    } else if (operation == QLatin1String("addColumn")) {
        const Table *toTable = to->table(main, table);
        QVERIFY(toTable && toTable->column(name));
        statements = m_generator.addColumn(*toTable, *toTable->column(name));
    } else if (operation == QLatin1String("dropColumn")) {
        QVERIFY(fromTable && fromTable->column(name));
        statements = m_generator.dropColumn(*fromTable, *fromTable->column(name));
    } else if (operation == QLatin1String("dropTable")) {
        QVERIFY(fromTable);
        statements = m_generator.dropTable(*fromTable);
    } else if (operation == QLatin1String("dropView")) {
        QVERIFY(schema->view(name));
        statements = m_generator.dropView(*schema->view(name));
    } else if (operation == QLatin1String("dropTrigger")) {
        QCOMPARE(schema->triggers.size(), 1);
        QCOMPARE(schema->triggers.first().name, name);
        statements = m_generator.dropTrigger(main, schema->triggers.first());
    } else if (operation == QLatin1String("dropIndex")) {
        QVERIFY(fromTable);
        QCOMPARE(fromTable->indexes.size(), 1);
        QCOMPARE(fromTable->indexes.first().name, name);
        statements = m_generator.dropIndex(main, table, fromTable->indexes.first());
    } else {
        QFAIL(qPrintable(QStringLiteral("unknown operation ") + operation));
    }
    QCOMPARE(statements, QStringList{expected});

    auto ran = runStatements(m_generator, *fromPath, statements);
    PARITY_VERIFY_RESULT(ran);
    auto after = introspect(*fromPath);
    PARITY_VERIFY_RESULT(after);
    const SchemaDiff diff = compareCatalogs(*after, *to);
    QVERIFY2(diff.isEmpty(), qPrintable(describe(diff)));
    // The row is still there wherever its table is.
    if (operation != QLatin1String("dropTable")) {
        const QString tableNow = operation == QLatin1String("renameTable") ? name : table;
        auto count = rowsOf(*fromPath, m_generator.countRowsQuery(main, tableNow));
        PARITY_VERIFY_RESULT(count);
        QCOMPARE(*count, QStringList{QStringLiteral("1")});
    }
}

void TestSqliteSqlGenerator::rebuildTableText_data()
{
    QTest::addColumn<bool>("withoutRowid");
    QTest::addColumn<QString>("keptColumn");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("rowid kept")
        << false << QStringLiteral("a")
        << QStringList{QStringLiteral("CREATE TABLE \"parity_new_we\"\"ird\" (\n"
                                      "    \"a\" TEXT,\n"
                                      "    \"b\" TEXT NOT NULL DEFAULT 'x',\n"
                                      "    \"g\" GENERATED ALWAYS AS (a || b) VIRTUAL\n)"),
                       QStringLiteral("INSERT INTO \"parity_new_we\"\"ird\" (\"rowid\", \"a\")\n"
                                      "SELECT \"rowid\", \"old a\" FROM \"old\"\"name\""),
                       QStringLiteral("DROP TABLE \"old\"\"name\""),
                       QStringLiteral("ALTER TABLE \"parity_new_we\"\"ird\" RENAME TO "
                                      "\"we\"\"ird\"")};
    QTest::newRow("a column named rowid")
        << false << QStringLiteral("ROWID")
        << QStringList{QStringLiteral("CREATE TABLE \"parity_new_we\"\"ird\" (\n"
                                      "    \"ROWID\" TEXT,\n"
                                      "    \"b\" TEXT NOT NULL DEFAULT 'x',\n"
                                      "    \"g\" GENERATED ALWAYS AS (a || b) VIRTUAL\n)"),
                       QStringLiteral(
                           "INSERT INTO \"parity_new_we\"\"ird\" (\"_rowid_\", \"ROWID\")\n"
                           "SELECT \"_rowid_\", \"old a\" FROM \"old\"\"name\""),
                       QStringLiteral("DROP TABLE \"old\"\"name\""),
                       QStringLiteral("ALTER TABLE \"parity_new_we\"\"ird\" RENAME TO "
                                      "\"we\"\"ird\"")};
    QTest::newRow("without rowid")
        << true << QStringLiteral("a")
        << QStringList{QStringLiteral("CREATE TABLE \"parity_new_we\"\"ird\" (\n"
                                      "    \"a\" TEXT NOT NULL,\n"
                                      "    \"b\" TEXT NOT NULL DEFAULT 'x',\n"
                                      "    \"g\" GENERATED ALWAYS AS (a || b) VIRTUAL,\n"
                                      "    PRIMARY KEY (\"a\", \"b\")\n) WITHOUT ROWID"),
                       QStringLiteral("INSERT INTO \"parity_new_we\"\"ird\" (\"a\")\n"
                                      "SELECT \"old a\" FROM \"old\"\"name\""),
                       QStringLiteral("DROP TABLE \"old\"\"name\""),
                       QStringLiteral("ALTER TABLE \"parity_new_we\"\"ird\" RENAME TO "
                                      "\"we\"\"ird\"")};
}

void TestSqliteSqlGenerator::rebuildTableText()
{
    // FROM "old""name" (old a, gone) becomes TO we"ird (a, b, g): a reads
    // "old a", b is new, g is generated and never written.
    QFETCH(bool, withoutRowid);
    QFETCH(QString, keptColumn);
    QFETCH(QStringList, expected);
    Table from;
    from.schema = QStringLiteral("main");
    from.name = QStringLiteral("old\"name");
    from.columns = {plainColumn(QStringLiteral("old a"), QStringLiteral("TEXT"), 1),
                    plainColumn(QStringLiteral("gone"), QString(), 2)};
    Table to;
    to.schema = QStringLiteral("main");
    to.name = QStringLiteral("we\"ird");
    to.columns = {plainColumn(keptColumn, QStringLiteral("TEXT"), 1),
                  plainColumn(QStringLiteral("b"), QStringLiteral("TEXT"), 2),
                  plainColumn(QStringLiteral("g"), QString(), 3)};
    to.columns[1].nullable = false;
    to.columns[1].defaultExpression = QStringLiteral("'x'");
    to.columns[2].generatedExpression = QStringLiteral("a || b");
    if (withoutRowid) {
        to.options = QStringLiteral("WITHOUT ROWID");
        to.columns[0].nullable = false;
        to.primaryKey = PrimaryKey{{}, {keptColumn, QStringLiteral("b")}};
    }
    // A source for g as well: the generator must leave it out.
    const QList<std::pair<QString, QString>> sources{{keptColumn, QStringLiteral("old a")},
                                                     {QStringLiteral("g"), QStringLiteral("gone")}};
    QCOMPARE(m_generator.rebuildTable(from, to, sources), expected);
}

void TestSqliteSqlGenerator::rebuildTable_data()
{
    // Each row: database FROM with rows, database TO (the same tables, one
    // of them changed), and the columns TO takes by another name
    // ("to=from"); the others read FROM's column of the same name. A check
    // query on FROM after the rebuild gives `checkResult` (rows joined by ";").
    QTest::addColumn<QString>("fromSql");
    QTest::addColumn<QString>("toSql");
    QTest::addColumn<QString>("fromTable");
    QTest::addColumn<QString>("toTable");
    QTest::addColumn<QStringList>("renames");
    QTest::addColumn<QString>("checkQuery");
    QTest::addColumn<QString>("checkResult");
    QTest::addColumn<int>("rows"); // in FROM's table, so that no case is vacuous

    const QString t = QStringLiteral("t");
    const QString rows = QStringLiteral("INSERT INTO t (id, name) VALUES (1, 'a'), (2, 'b'), "
                                        "(3, NULL);\n");
    const QString idName = QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\n");
    const QString parent = QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, label TEXT);\n"
                                          "INSERT INTO p VALUES (1, 'one'), (2, 'two');\n");

    QTest::newRow("add column")
        << idName + rows
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, note TEXT DEFAULT "
                          "'n/a');")
        << t << t << QStringList() << QStringLiteral("SELECT id, note FROM t ORDER BY id")
        << QStringLiteral("1|n/a;2|n/a;3|n/a") << 3;
    QTest::newRow("drop column") << QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, gone BLOB);\n"
        "INSERT INTO t VALUES (1, 'a', x'00'), (2, 'b', NULL);")
                                 << idName << t << t << QStringList()
                                 << QStringLiteral("SELECT id, name FROM t ORDER BY id")
                                 << QStringLiteral("1|a;2|b") << 2;
    QTest::newRow("change type")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, qty TEXT);\n"
                          "INSERT INTO t VALUES (1, '10'), (2, '9'), (3, 'x');")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER);") << t << t
        << QStringList() << QStringLiteral("SELECT qty, typeof(qty) FROM t ORDER BY id")
        << QStringLiteral("10|integer;9|integer;x|text") << 3;
    QTest::newRow("add not null column with default")
        << idName + rows
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, status TEXT NOT "
                          "NULL DEFAULT 'new');")
        << t << t << QStringList() << QStringLiteral("SELECT DISTINCT status FROM t")
        << QStringLiteral("new") << 3;
    QTest::newRow("set not null with default")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);\n"
                          "INSERT INTO t VALUES (1, 'a'), (2, 'b');")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT "
                          "'?');")
        << t << t << QStringList() << QString() << QString() << 2;
    QTest::newRow("add integer primary key")
        << QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT);\n"
                          "INSERT INTO t VALUES (10, 'a'), (20, 'b'), (30, 'c');")
        << idName << t << t << QStringList()
        << QStringLiteral("SELECT rowid, id FROM t ORDER BY id")
        << QStringLiteral("10|10;20|20;30|30") << 3;
    QTest::newRow("add text primary key")
        << QStringLiteral(
               "CREATE TABLE t (code TEXT, name TEXT);\n"
               "INSERT INTO t VALUES ('x', 'a'), ('y', 'b');\nDELETE FROM t WHERE code = 'x';\n"
               "INSERT INTO t VALUES ('z', 'c');")
        << QStringLiteral("CREATE TABLE t (code TEXT CONSTRAINT \"t pk\" PRIMARY KEY, name TEXT);")
        << t << t
        << QStringList()
        // Rows keep their rowid: 2 and 3, not renumbered from 1.
        << QStringLiteral("SELECT rowid, code FROM t ORDER BY rowid") << QStringLiteral("2|y;3|z")
        << 2;
    QTest::newRow("drop primary key")
        << idName + rows << QStringLiteral("CREATE TABLE t (id INTEGER, name TEXT);") << t << t
        << QStringList() << QStringLiteral("SELECT rowid, id FROM t ORDER BY id")
        << QStringLiteral("1|1;2|2;3|3") << 3;
    QTest::newRow("composite primary key")
        << QStringLiteral("CREATE TABLE t (a TEXT, b INTEGER, v TEXT);\n"
                          "INSERT INTO t VALUES ('x', 1, 'one'), ('x', 2, 'two'), ('y', 1, NULL);")
        << QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INTEGER NOT NULL, v TEXT, PRIMARY "
                          "KEY (a, b));")
        << t << t << QStringList() << QString() << QString() << 3;
    QTest::newRow("add unique")
        << idName + rows
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, CONSTRAINT \"uq "
                          "name\" UNIQUE (name));")
        << t << t << QStringList() << QString() << QString() << 3;
    QTest::newRow("add unnamed unique")
        << idName + rows
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE);") << t << t
        << QStringList() << QString() << QString() << 3;
    QTest::newRow("drop unique")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT UNIQUE);\n") + rows
        << idName << t << t << QStringList() << QString() << QString() << 3;
    QTest::newRow("add check")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER);\n"
                          "INSERT INTO t VALUES (1, 5), (2, 0);")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER, CONSTRAINT "
                          "\"qty's sign\" CHECK (qty >= 0), CHECK (qty < 100));")
        << t << t << QStringList() << QString() << QString() << 2;
    QTest::newRow("drop check") << QStringLiteral(
        "CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty >= 0));\n"
        "INSERT INTO t VALUES (1, 5), (2, 0);")
                                << QStringLiteral(
                                       "CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER);")
                                << t << t << QStringList() << QString() << QString() << 2;
    QTest::newRow("add foreign key")
        << parent
               + QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER);\n"
                                "INSERT INTO c VALUES (1, 1), (2, 2), (3, NULL);")
        << parent
               + QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES "
                                "p (id) ON DELETE CASCADE);")
        << QStringLiteral("c") << QStringLiteral("c") << QStringList()
        << QStringLiteral("PRAGMA foreign_key_check") << QString() << 3;
    QTest::newRow("drop foreign key")
        << parent
               + QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER, CONSTRAINT "
                                "\"c to p\" FOREIGN KEY (p_id) REFERENCES p (id));\n"
                                "INSERT INTO c VALUES (1, 1), (2, 2);")
        << parent + QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER);")
        << QStringLiteral("c") << QStringLiteral("c") << QStringList() << QString() << QString()
        << 2;
    QTest::newRow("rebuilt parent keeps its children")
        << parent
               + QStringLiteral("CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES "
                                "p (id));\nINSERT INTO c VALUES (1, 1), (2, 2);")
        << QStringLiteral("CREATE TABLE p (id INTEGER PRIMARY KEY, label TEXT, extra INTEGER);\n"
                          "CREATE TABLE c (id INTEGER PRIMARY KEY, p_id INTEGER REFERENCES p "
                          "(id));")
        << QStringLiteral("p") << QStringLiteral("p") << QStringList()
        << QStringLiteral("PRAGMA foreign_key_check") << QString() << 2;
    QTest::newRow("self-referencing foreign key")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, up INTEGER);\n"
                          "INSERT INTO t VALUES (1, NULL), (2, 1), (3, 2);")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, up INTEGER REFERENCES t (id));")
        << t << t << QStringList() << QStringLiteral("PRAGMA foreign_key_check") << QString() << 3;
    QTest::newRow("rename column")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, old_name TEXT, other TEXT);\n"
                          "INSERT INTO t VALUES (1, 'a', 'x'), (2, 'b', 'y');")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, new_name TEXT NOT NULL, other "
                          "TEXT);")
        << t << t << QStringList{QStringLiteral("new_name=old_name")}
        << QStringLiteral("SELECT new_name, other FROM t ORDER BY id") << QStringLiteral("a|x;b|y")
        << 2;
    QTest::newRow("swap two columns")
        << QStringLiteral("CREATE TABLE t (a TEXT, b TEXT);\nINSERT INTO t VALUES ('1', '2');")
        << QStringLiteral("CREATE TABLE t (a TEXT, b TEXT);") << t << t
        << QStringList{QStringLiteral("a=b"), QStringLiteral("b=a")}
        << QStringLiteral("SELECT a, b FROM t") << QStringLiteral("2|1") << 1;
    QTest::newRow("autoincrement keeps its counter")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n"
                          "INSERT INTO t (name) VALUES ('a'), ('b'), ('c'), ('d'), ('e');\n"
                          "DELETE FROM t WHERE id > 3;")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, note "
                          "TEXT);")
        << t << t << QStringList() << QStringLiteral("SELECT name, seq FROM sqlite_sequence")
        << QStringLiteral("t|5") << 3;
    QTest::newRow("autoincrement on an empty table keeps its counter")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n"
                          "INSERT INTO t (name) VALUES ('a'), ('b');\nDELETE FROM t;")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT, note "
                          "TEXT);")
        << t << t << QStringList() << QStringLiteral("SELECT name, seq FROM sqlite_sequence")
        << QStringLiteral("t|2") << 0;
    QTest::newRow("autoincrement added")
        << idName + rows
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);") << t
        << t << QStringList() << QStringLiteral("SELECT name, seq FROM sqlite_sequence")
        << QStringLiteral("t|3") << 3;
    QTest::newRow("autoincrement dropped")
        << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT);\n")
               + rows
        << idName << t << t << QStringList()
        << QStringLiteral("SELECT count(*) FROM sqlite_sequence") << QStringLiteral("0") << 3;
    QTest::newRow("to without rowid")
        << QStringLiteral("CREATE TABLE t (k TEXT, v INTEGER);\n"
                          "INSERT INTO t VALUES ('a', 1), ('b', NULL);")
        << QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;") << t << t
        << QStringList() << QString() << QString() << 2;
    QTest::newRow("from without rowid")
        << QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER) WITHOUT ROWID;\n"
                          "INSERT INTO t VALUES ('a', 1), ('b', NULL);")
        << QStringLiteral("CREATE TABLE t (k TEXT PRIMARY KEY, v INTEGER, w REAL);") << t << t
        << QStringList() << QString() << QString() << 2;
    QTest::newRow("to strict") << QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, n INT);\n"
                                                 "INSERT INTO t VALUES (1, 5), (2, '7');")
                               << QStringLiteral(
                                      "CREATE TABLE t (id INTEGER PRIMARY KEY, n INT) STRICT;")
                               << t << t << QStringList() << QString() << QString() << 2;
    QTest::newRow("generated columns added")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER);\n"
                          "INSERT INTO t VALUES (1, 2), (3, 4);")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, s INTEGER AS (a + b) STORED, "
                          "m INTEGER AS (a * b) VIRTUAL);")
        << t << t << QStringList() << QStringLiteral("SELECT s, m FROM t ORDER BY a")
        << QStringLiteral("3|2;7|12") << 2;
    QTest::newRow("generated column kept")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, s INTEGER AS (a + b) STORED);\n"
                          "INSERT INTO t (a, b) VALUES (1, 2), (3, 4);")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, s INTEGER AS (a + b) STORED, "
                          "c TEXT);")
        << t << t << QStringList() << QStringLiteral("SELECT s FROM t ORDER BY a")
        << QStringLiteral("3;7") << 2;
    QTest::newRow("generated column made plain")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, s INTEGER AS (a + b));\n"
                          "INSERT INTO t (a, b) VALUES (1, 2), (3, 4);")
        << QStringLiteral("CREATE TABLE t (a INTEGER, b INTEGER, s INTEGER);") << t << t
        << QStringList() << QStringLiteral("SELECT s FROM t ORDER BY a") << QStringLiteral("3;7")
        << 2;
    QTest::newRow("under a new name")
        << idName + rows + QStringLiteral("ALTER TABLE t RENAME TO \"old t\";")
        << QStringLiteral("CREATE TABLE \"new t\" (id INTEGER PRIMARY KEY, name TEXT, x REAL);")
        << QStringLiteral("old t") << QStringLiteral("new t") << QStringList()
        << QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'old t'")
        << QStringLiteral("0") << 3;
    QTest::newRow("no column kept")
        << QStringLiteral("CREATE TABLE t (a TEXT);\nINSERT INTO t VALUES ('x'), ('y');")
        << QStringLiteral("CREATE TABLE t (b TEXT DEFAULT 'd');") << t << t << QStringList()
        << QStringLiteral("SELECT rowid, b FROM t ORDER BY rowid") << QStringLiteral("1|d;2|d")
        << 2;
    QTest::newRow("empty table")
        << QStringLiteral("CREATE TABLE t (a TEXT);")
        << QStringLiteral("CREATE TABLE t (a TEXT NOT NULL, b INTEGER CHECK (b > 0));") << t << t
        << QStringList() << QString() << QString() << 0;

    const QString hostileParent = QStringLiteral("CREATE TABLE \"par\"\"ent\" (\"Key\" INTEGER "
                                                 "PRIMARY KEY);\n"
                                                 "INSERT INTO \"par\"\"ent\" VALUES (1), (2);\n");
    QTest::newRow("hostile names")
        << hostileParent
               + QStringLiteral("CREATE TABLE \"we\"\"ird tab %1\" (\"select\" INTEGER, "
                                "\"MixedCase\" TEXT, \"größe 日本\" TEXT, \"it's\" TEXT, "
                                "\"ref\" INTEGER);\n"
                                "INSERT INTO \"we\"\"ird tab %1\" VALUES (1, 'A', 'ä', 'x', 1), "
                                "(2, 'B', '日', 'y', 2), (3, NULL, '%2', NULL, NULL);")
        << hostileParent
               + QStringLiteral("CREATE TABLE \"we\"\"ird tab %1\" (\"select\" INTEGER CONSTRAINT "
                                "\"pk \"\"q\"\"\" PRIMARY KEY, \"mixed \"\"case\"\" %2\" TEXT "
                                "CONSTRAINT \"order\" UNIQUE, \"größe 日本\" TEXT, \"ref\" "
                                "INTEGER CONSTRAINT \"fk %2\" REFERENCES \"par\"\"ent\" (\"Key\"), "
                                "CONSTRAINT \"it's check\" CHECK (\"größe 日本\" <> ''));")
        << QStringLiteral("we\"ird tab %1") << QStringLiteral("we\"ird tab %1")
        << QStringList{QStringLiteral("mixed \"case\" %2=MixedCase")}
        << QStringLiteral("SELECT \"mixed \"\"case\"\" %2\", \"größe 日本\" FROM \"we\"\"ird tab "
                          "%1\" ORDER BY \"select\"")
        << QStringLiteral("A|ä;B|日;NULL|%2") << 3;
    QTest::newRow("reserved and mixed-case table")
        << QStringLiteral("CREATE TABLE \"Order\" (\"Group\" TEXT, \"where\" INTEGER);\n"
                          "INSERT INTO \"Order\" VALUES ('g', 1);")
        << QStringLiteral("CREATE TABLE \"Order\" (\"Group\" TEXT NOT NULL, \"where\" TEXT, "
                          "\"Select\" REAL);")
        << QStringLiteral("Order") << QStringLiteral("Order") << QStringList()
        << QStringLiteral("SELECT \"Group\", \"where\" FROM \"Order\"") << QStringLiteral("g|1")
        << 1;
}

void TestSqliteSqlGenerator::rebuildTable()
{
    QFETCH(QString, fromSql);
    QFETCH(QString, toSql);
    QFETCH(QString, fromTable);
    QFETCH(QString, toTable);
    QFETCH(QStringList, renames);
    QFETCH(QString, checkQuery);
    QFETCH(QString, checkResult);
    QFETCH(int, rows);

    auto fromPath = databaseFrom(QStringLiteral("rebuild_from_%1.db").arg(++m_databases), fromSql);
    PARITY_VERIFY_RESULT(fromPath);
    auto toPath = databaseFrom(QStringLiteral("rebuild_to_%1.db").arg(m_databases), toSql);
    PARITY_VERIFY_RESULT(toPath);
    auto before = introspect(*fromPath);
    PARITY_VERIFY_RESULT(before);
    auto to = introspect(*toPath);
    PARITY_VERIFY_RESULT(to);
    const QString main = QStringLiteral("main");
    const Table *from = before->table(main, fromTable);
    QVERIFY(from);
    const Table *target = to->table(main, toTable);
    QVERIFY(target);

    // The planner's sources: TO's columns by declared rename, else by name.
    QMap<QString, QString> renamed;
    for (const QString &rename : renames)
        renamed.insert(rename.section(QLatin1Char('='), 0, 0), rename.section(QLatin1Char('='), 1));
    QList<std::pair<QString, QString>> sources;
    QStringList readColumns;
    QStringList writtenColumns;
    for (const Column &column : target->columns) {
        const QString source = renamed.value(column.name, column.name);
        if (!from->column(source))
            continue;
        sources.append({column.name, source});
        if (column.generatedExpression.isEmpty()) {
            readColumns << m_generator.quoteIdentifier(source);
            writtenColumns << m_generator.quoteIdentifier(column.name);
        }
    }
    auto valuesOf = [&](const QString &table, const QStringList &columns) -> Result<QStringList> {
        const QString list =
            columns.isEmpty() ? QStringLiteral("1") : columns.join(QStringLiteral(", "));
        auto found = rowsOf(*fromPath, QStringLiteral("SELECT %1 FROM %2")
                                           .arg(list, m_generator.quoteIdentifier(table)));
        if (found)
            found->sort();
        return found;
    };
    auto valuesBefore = valuesOf(fromTable, readColumns);
    PARITY_VERIFY_RESULT(valuesBefore);
    QCOMPARE(valuesBefore->size(), rows);

    const QStringList statements = m_generator.rebuildTable(*from, *target, sources);
    auto ran = runStatements(m_generator, *fromPath, statements);
    if (!ran)
        QFAIL(qPrintable(QStringLiteral("the rebuild failed: %1\n%2")
                             .arg(ran.error().message, statements.join(QStringLiteral(";\n")))));

    auto after = introspect(*fromPath);
    PARITY_VERIFY_RESULT(after);
    const SchemaDiff diff = compareCatalogs(*after, *to);
    QVERIFY2(diff.isEmpty(),
             qPrintable(QStringLiteral("FROM after the rebuild is not TO:\n%1\n%2")
                            .arg(describe(diff), statements.join(QStringLiteral(";\n")))));
    const Table *rebuilt = after->table(main, toTable);
    QVERIFY(rebuilt);
    QCOMPARE(structureOf(*rebuilt), structureOf(*target));

    // Every row, with the values of every column it kept.
    auto valuesAfter = valuesOf(toTable, writtenColumns);
    PARITY_VERIFY_RESULT(valuesAfter);
    QCOMPARE(*valuesAfter, *valuesBefore);

    if (!checkQuery.isEmpty()) {
        auto checked = rowsOf(*fromPath, checkQuery);
        PARITY_VERIFY_RESULT(checked);
        QCOMPARE(checked->join(QLatin1Char(';')), checkResult);
    }
}

QTEST_GUILESS_MAIN(TestSqliteSqlGenerator)
#include "tst_sqlitesqlgenerator.moc"

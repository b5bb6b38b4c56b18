#include "schema/snapshot.h"
#include "testsupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace parity;

namespace {

/// A catalog where every field differs from its default, so a field the
/// writer or reader forgets makes the round trip unequal.
Catalog fullCatalog()
{
    Catalog c;
    c.dialect = Dialect::PostgreSQL;
    c.serverVersion = QStringLiteral("PostgreSQL 15.18");
    c.database = QStringLiteral("shop");
    c.source = QStringLiteral("postgresql://app@h/shop");
    c.capturedAt = QDateTime(QDate(2026, 11, 21), QTime(12, 0, 1, 250), Qt::UTC);
    c.extensions = {{QStringLiteral("pgcrypto"), QStringLiteral("public"), QStringLiteral("1.3")}};

    Schema s;
    s.name = QStringLiteral("Sales \"EU\"");
    s.owner = QStringLiteral("owner");
    s.comment = QStringLiteral("sales schema");

    Table t;
    t.schema = s.name;
    t.name = QStringLiteral("RevenueConnection");
    t.kind = TableKind::Partition;
    t.partitionKey = QStringLiteral("RANGE (created)");
    t.parentTable = QStringLiteral("public.parent");
    t.partitionBound = QStringLiteral("FOR VALUES FROM ('2020-01-01') TO ('2021-01-01')");
    t.comment = QStringLiteral("größe 日本 \"quoted\" back\\slash\nnew line\ttab") + QChar(0x01);
    t.owner = QStringLiteral("app");
    t.engine = QStringLiteral("InnoDB");
    t.collation = QStringLiteral("utf8mb4_bin");
    t.options = QStringLiteral("WITHOUT ROWID");
    Column col;
    col.name = QStringLiteral("select");
    col.position = 2;
    col.type = QStringLiteral("character varying(255)");
    col.normalizedType = QStringLiteral("varchar(255)");
    col.nullable = false;
    col.defaultExpression = QStringLiteral("'x'::text");
    col.identity = IdentityKind::ByDefault;
    col.generatedExpression = QStringLiteral("a + b");
    col.generatedStored = true;
    col.onUpdateExpression = QStringLiteral("current_timestamp()");
    col.invisible = true;
    col.collation = QStringLiteral("C");
    col.comment = QStringLiteral("a column");
    col.enumLabels = {QStringLiteral("a,b"), QStringLiteral("it's")};
    Column first;
    first.name = QStringLiteral("id");
    first.position = 1;
    first.type = QStringLiteral("bigint");
    t.columns = {first, col};
    t.primaryKey = PrimaryKey{QStringLiteral("pk"), {QStringLiteral("id")}};
    ForeignKey fk;
    fk.name = QStringLiteral("fk");
    fk.columns = {QStringLiteral("select")};
    fk.referencedSchema = QStringLiteral("public");
    fk.referencedTable = QStringLiteral("other");
    fk.referencedColumns = {QStringLiteral("code")};
    fk.onDelete = QStringLiteral("CASCADE");
    fk.onUpdate = QStringLiteral("SET NULL");
    fk.match = QStringLiteral("FULL");
    fk.deferrable = true;
    fk.initiallyDeferred = true;
    fk.validated = false;
    t.foreignKeys = {fk};
    t.uniqueConstraints = {{QStringLiteral("uq"), {QStringLiteral("select")}, true, true, true}};
    t.checks = {{QStringLiteral("ck"), QStringLiteral("id > 0"), false}};
    Index idx;
    idx.name = QStringLiteral("idx");
    idx.keys = {{QStringLiteral("lower(name)"), true, true, QStringLiteral("FIRST"), 10, QStringLiteral("text_pattern_ops"),
                 QStringLiteral("C")}};
    idx.unique = true;
    idx.method = QStringLiteral("btree");
    idx.predicate = QStringLiteral("id > 5");
    idx.include = {QStringLiteral("id")};
    idx.definition = QStringLiteral("CREATE INDEX …");
    idx.comment = QStringLiteral("an index");
    t.indexes = {idx};
    t.rowEstimate = 1200;
    t.rowCount = (qint64(1) << 60) + 7; // beyond double precision
    s.tables = {t};

    View v;
    v.schema = s.name;
    v.name = QStringLiteral("v");
    v.materialized = true;
    v.definition = QStringLiteral("SELECT 1");
    v.columns = {QStringLiteral("one")};
    v.checkOption = QStringLiteral("LOCAL");
    v.comment = QStringLiteral("view");
    v.owner = QStringLiteral("app");
    v.indexes = {idx};
    s.views = {v};

    Routine r;
    r.schema = s.name;
    r.name = QStringLiteral("f");
    r.kind = RoutineKind::Procedure;
    r.arguments = QStringLiteral("a integer");
    r.returnType = QStringLiteral("void");
    r.language = QStringLiteral("plpgsql");
    r.definition = QStringLiteral("CREATE PROCEDURE …");
    r.comment = QStringLiteral("proc");
    r.owner = QStringLiteral("app");
    s.routines = {r};

    Trigger tr;
    tr.name = QStringLiteral("trg");
    tr.table = t.name;
    tr.timing = QStringLiteral("BEFORE");
    tr.events = {QStringLiteral("INSERT"), QStringLiteral("UPDATE")};
    tr.forEachRow = false;
    tr.definition = QStringLiteral("CREATE TRIGGER …");
    tr.enabled = false;
    s.triggers = {tr};

    Sequence q;
    q.schema = s.name;
    q.name = QStringLiteral("seq");
    q.dataType = QStringLiteral("integer");
    q.start = 5;
    q.increment = -2;
    q.minValue = -100;
    q.maxValue = 9223372036854775807LL;
    q.cache = 10;
    q.cycle = true;
    q.ownedBy = QStringLiteral("t.id");
    q.owner = QStringLiteral("app");
    s.sequences = {q};

    s.enums = {{s.name, QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("ok")}, QStringLiteral("e"),
                QStringLiteral("app")}};
    Domain d;
    d.schema = s.name;
    d.name = QStringLiteral("Betrag \"€\"");
    d.baseType = QStringLiteral("numeric(12,2)");
    d.collation = QStringLiteral("C");
    d.defaultExpression = QStringLiteral("0");
    d.notNull = true;
    d.checks = {{QStringLiteral("nicht negativ"), QStringLiteral("CHECK ((VALUE >= (0)::numeric))"), false}};
    d.comment = QStringLiteral("Geld");
    d.owner = QStringLiteral("app");
    s.domains = {d};
    Policy p;
    p.name = QStringLiteral("nur eigene");
    p.table = QStringLiteral("t");
    p.permissive = false;
    p.command = QStringLiteral("UPDATE");
    p.roles = {QStringLiteral("app"), QStringLiteral("Leser")};
    p.usingExpression = QStringLiteral("(id > 0)");
    p.checkExpression = QStringLiteral("(id < 10)");
    s.policies = {p};
    c.schemas = {s};
    c.normalize();
    return c;
}

} // namespace

class TestSnapshot : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripKeepsEveryField();
    void roundTripThroughFile();
    void emptyCatalogRoundTrips();
    void rejectsBadFiles_data();
    void rejectsBadFiles();
    void missingFileIsNotFound();
    void emptyTextReadsAsLeftOut();
};

void TestSnapshot::roundTripKeepsEveryField()
{
    const Catalog original = fullCatalog();
    const auto back = snapshotFromJson(snapshotToJson(original), QStringLiteral("mem"));
    QVERIFY2(back, back ? "" : qPrintable(back.error().message));
    QCOMPARE(back->schemas.first().tables.first(), original.schemas.first().tables.first());
    QCOMPARE(back->schemas.first().views, original.schemas.first().views);
    QCOMPARE(back->schemas.first().routines, original.schemas.first().routines);
    QCOMPARE(back->schemas.first().triggers, original.schemas.first().triggers);
    QCOMPARE(back->schemas.first().sequences, original.schemas.first().sequences);
    QCOMPARE(back->schemas.first().enums, original.schemas.first().enums);
    QCOMPARE(back->schemas.first().domains, original.schemas.first().domains);
    QCOMPARE(back->schemas.first().policies, original.schemas.first().policies);
    QVERIFY(*back == original);
    QCOMPARE(back->source, original.source);
    QCOMPARE(back->capturedAt, original.capturedAt);
    // Writing again gives the same bytes: snapshots are stable for version control.
    QCOMPARE(snapshotToJson(*back), snapshotToJson(original));
}

void TestSnapshot::roundTripThroughFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("shop.parity.json"));
    QVERIFY(writeSnapshot(fullCatalog(), path));
    const auto back = readSnapshot(path);
    QVERIFY(back);
    QVERIFY(*back == fullCatalog());
}

void TestSnapshot::emptyCatalogRoundTrips()
{
    Catalog empty;
    empty.dialect = Dialect::MySQL;
    const auto back = snapshotFromJson(snapshotToJson(empty), QStringLiteral("mem"));
    QVERIFY(back);
    QVERIFY(*back == empty);
}

void TestSnapshot::rejectsBadFiles_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("not json") << QByteArray("SQLite format 3\0garbage", 23) << "is not valid JSON";
    QTest::newRow("cut short") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite","schemas":[)")
                               << "is not valid JSON";
    QTest::newRow("array at top") << QByteArray("[1,2,3]") << "top level is not a JSON object";
    QTest::newRow("foreign json") << QByteArray(R"({"name":"my-app","version":"1.0.0"})") << "is not a Parity snapshot";
    QTest::newRow("newer version") << QByteArray(R"({"format":"parity.snapshot","version":7,"dialect":"sqlite"})")
                                   << "upgrade Parity";
    QTest::newRow("unknown dialect") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"oracle"})")
                                     << "not postgresql, mysql or sqlite";
    QTest::newRow("wrong type deep") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"name":"main","tables":[{"name":"t","columns":[{"name":"c","type":"int","position":"first"}]}]}]})")
                                     << "schemas[0].tables[0].columns[0].position must be a whole number";
    QTest::newRow("huge number") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"name":"main","tables":[{"name":"t","rowCount":1e300}]}]})")
                                 << "schemas[0].tables[0].rowCount must be a whole number";
    QTest::newRow("fractional number") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"name":"main","tables":[{"name":"t","rowEstimate":2.5}]}]})")
                                       << "rowEstimate must be a whole number";
    QTest::newRow("fractional version") << QByteArray(R"({"format":"parity.snapshot","version":2.5,"dialect":"sqlite"})")
                                        << "must be a whole number";
    QTest::newRow("missing name") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"tables":[]}]})") << "schemas[0].name is missing";
    QTest::newRow("bad identity") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"name":"main","tables":[{"name":"t","columns":[{"name":"c","type":"int","identity":"maybe"}]}]}]})")
                                  << "identity is not a known identity kind";
    // Saved by an editor in Latin-1: "café" with a lone 0xE9.
    QTest::newRow("not utf-8") << QByteArray("{\"format\":\"parity.snapshot\",\"version\":1,\n"
                                             "\"dialect\":\"sqlite\",\"database\":\"caf\xe9\"}")
                               << "line 2 is not valid UTF-8 (byte offset 75)";
    // Valid UTF-8, but a JSON escape for half a surrogate pair: no text.
    QTest::newRow("half a surrogate pair") << QByteArray(R"({"format":"parity.snapshot","version":1,"dialect":"sqlite",
        "schemas":[{"name":"main","tables":[{"name":"t\ud83d"}]}]})")
                                           << "schemas[0].tables[0].name holds half a surrogate pair";
}

void TestSnapshot::rejectsBadFiles()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    const auto result = snapshotFromJson(json, QStringLiteral("bad.parity.json"));
    QVERIFY(!result);
    QVERIFY2(result.error().message.contains(mentions), qPrintable(result.error().message));
    QVERIFY(result.error().message.contains(QStringLiteral("bad.parity.json")));
}

void TestSnapshot::missingFileIsNotFound()
{
    const auto result = readSnapshot(QStringLiteral("/nonexistent/x.parity.json"));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::NotFound);
}

void TestSnapshot::emptyTextReadsAsLeftOut()
{
    // The writer leaves out empty text; a hand-edited "" must not read as
    // something a second write and read would change (found by fuzzing).
    const QByteArray json = R"({"format":"parity.snapshot","version":1,"dialect":"sqlite","schemas":[{"name":"main",
        "tables":[{"name":"a","columns":[{"name":"id","type":"integer","position":1}]},
                  {"name":"b","columns":[{"name":"a_id","type":"integer","position":1}],
                   "foreignKeys":[{"name":"fk","columns":["a_id"],"referencedTable":"a",
                                   "referencedColumns":["id"],"onDelete":""}]}]}]})";
    const auto first = snapshotFromJson(json, QStringLiteral("mem"));
    PARITY_VERIFY_RESULT(first);
    QCOMPARE(first->table(QStringLiteral("main"), QStringLiteral("b"))->foreignKeys.value(0).onDelete,
             QStringLiteral("NO ACTION"));
    const auto second = snapshotFromJson(snapshotToJson(*first), QStringLiteral("mem"));
    PARITY_VERIFY_RESULT(second);
    QVERIFY(*second == *first);
}

QTEST_GUILESS_MAIN(TestSnapshot)
#include "tst_snapshot.moc"

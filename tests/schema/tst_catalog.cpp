#include "introspection/introspector.h"
#include "schema/catalog.h"
#include "schema/catalogtext.h"

#include <QRegularExpression>
#include <QTest>

using namespace parity;

class TestCatalog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizeGivesStableOrder();
    void equalityIgnoresSourceAndTime();
    void countsObjects();
    void schemaFilter_data();
    void schemaFilter();
    void summaryText();
};

namespace {

Table table(const QString &name, qint64 rows)
{
    Table t;
    t.schema = QStringLiteral("main");
    t.name = name;
    Column b{QStringLiteral("b"), 2, QStringLiteral("TEXT")};
    Column a{QStringLiteral("a"), 1, QStringLiteral("INTEGER")};
    t.columns = {b, a};
    t.rowCount = rows;
    return t;
}

} // namespace

void TestCatalog::normalizeGivesStableOrder()
{
    Catalog c;
    Schema s;
    s.name = QStringLiteral("main");
    s.tables = {table(QStringLiteral("zeta"), 1), table(QStringLiteral("alpha"), 2)};
    c.schemas = {s};
    c.normalize();
    QCOMPARE(c.schemas[0].tables[0].name, QStringLiteral("alpha"));
    QCOMPARE(c.schemas[0].tables[0].columns[0].name, QStringLiteral("a"));

    Catalog d;
    Schema s2;
    s2.name = QStringLiteral("main");
    s2.tables = {table(QStringLiteral("alpha"), 2), table(QStringLiteral("zeta"), 1)};
    d.schemas = {s2};
    d.normalize();
    QVERIFY(c == d);
}

void TestCatalog::equalityIgnoresSourceAndTime()
{
    Catalog a;
    Catalog b;
    a.source = QStringLiteral("sqlite:a.db");
    b.capturedAt = QDateTime::currentDateTimeUtc();
    QVERIFY(a == b);
    b.database = QStringLiteral("other");
    QVERIFY(a != b);
}

void TestCatalog::countsObjects()
{
    Catalog c;
    Schema s;
    s.name = QStringLiteral("main");
    Table t = table(QStringLiteral("t"), 0);
    t.primaryKey = PrimaryKey{{}, {QStringLiteral("a")}};
    t.indexes = {Index{QStringLiteral("i")}};
    Table p = table(QStringLiteral("p"), 0);
    p.kind = TableKind::Partition;
    s.tables = {t, p};
    View mv;
    mv.name = QStringLiteral("mv");
    mv.materialized = true;
    mv.indexes = {Index{QStringLiteral("mi")}};
    s.views = {mv};
    c.schemas = {s};
    const CatalogCounts n = countObjects(c);
    QCOMPARE(n.tables, 1);
    QCOMPARE(n.partitions, 1);
    QCOMPARE(n.columns, 4);
    QCOMPARE(n.primaryKeys, 1);
    QCOMPARE(n.indexes, 2);
    QCOMPARE(n.materializedViews, 1);
    QCOMPARE(n.views, 0);
}

void TestCatalog::schemaFilter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("no filter") << QStringList{} << QStringList{} << "public" << true;
    QTest::newRow("included") << QStringList{"public"} << QStringList{} << "public" << true;
    QTest::newRow("not included") << QStringList{"public"} << QStringList{} << "sales" << false;
    QTest::newRow("pattern") << QStringList{"tenant_*"} << QStringList{} << "tenant_42" << true;
    QTest::newRow("pattern is anchored") << QStringList{"tenant_*"} << QStringList{} << "old_tenant_42" << false;
    QTest::newRow("excluded") << QStringList{} << QStringList{"audit"} << "audit" << false;
    QTest::newRow("exclude wins") << QStringList{"a*"} << QStringList{"audit"} << "audit" << false;
    QTest::newRow("case sensitive") << QStringList{"Sales"} << QStringList{} << "sales" << false;
    QTest::newRow("question mark") << QStringList{"s?"} << QStringList{} << "s1" << true;
}

void TestCatalog::schemaFilter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(QString, name);
    QFETCH(bool, accepted);
    QCOMPARE((SchemaFilter{include, exclude}.accepts(name)), accepted);
}

void TestCatalog::summaryText()
{
    Catalog c;
    c.database = QStringLiteral("staging");
    c.serverVersion = QStringLiteral("SQLite 3.40.1");
    Schema s;
    s.name = QStringLiteral("main");
    s.tables = {table(QStringLiteral("sync_audit_logs"), 49), table(QStringLiteral("unknown_rows"), -1)};
    s.tables[1].rowEstimate = -1;
    c.schemas = {s};
    const QString text = catalogSummaryText(c);
    QVERIFY2(text.startsWith(QStringLiteral("staging (SQLite 3.40.1)\n1 schema, 2 tables, 4 columns")), qPrintable(text));
    QVERIFY(text.contains(QRegularExpression(QStringLiteral("sync_audit_logs +49 rows"))));
    QVERIFY(text.contains(QStringLiteral("rows unknown")));
    QVERIFY(hasUnknownRowCounts(c));
    s.tables.removeLast();
    c.schemas = {s};
    QVERIFY(!hasUnknownRowCounts(c));
}

QTEST_GUILESS_MAIN(TestCatalog)
#include "tst_catalog.moc"

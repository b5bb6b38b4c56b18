#include "item/schematreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace parity;
using Kind = SchemaTreeModel::NodeKind;

namespace {

Catalog sampleCatalog(int tables)
{
    Catalog c;
    c.database = QStringLiteral("shop");
    Schema s;
    s.name = QStringLiteral("public");
    for (int i = 0; i < tables; ++i) {
        Table t;
        t.schema = s.name;
        t.name = QStringLiteral("t%1").arg(i, 5, 10, QLatin1Char('0'));
        t.columns = {Column{QStringLiteral("id"), 1, QStringLiteral("integer")},
                     Column{QStringLiteral("name"), 2, QStringLiteral("text")}};
        t.primaryKey = PrimaryKey{QStringLiteral("pk"), {QStringLiteral("id")}};
        t.indexes = {Index{QStringLiteral("ix"), {IndexKey{QStringLiteral("name")}}}};
        t.rowCount = i;
        s.tables.append(t);
    }
    View v;
    v.name = QStringLiteral("v");
    v.columns = {QStringLiteral("id")};
    s.views = {v};
    s.enums = {EnumType{s.name, QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("ok")}}};
    c.schemas = {s};
    c.extensions = {Extension{QStringLiteral("pgcrypto"), QStringLiteral("public"), QStringLiteral("1.3")}};
    return c;
}

} // namespace

class TestSchemaTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void structure();
    void lazyTableChildren();
    void emptyTableHasNoExpander();
    void resetSwapsSnapshot();
};

void TestSchemaTreeModel::structure()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(sampleCatalog(3));
    QCOMPARE(model.rowCount(), 2); // schema + extensions group
    const QModelIndex schema = model.index(0, 0);
    QCOMPARE(schema.data().toString(), QStringLiteral("public"));
    QCOMPARE(model.rowCount(schema), 3); // tables, views, enum types
    const QModelIndex tables = model.index(0, 0, schema);
    QCOMPARE(tables.data().toString(), QStringLiteral("Tables"));
    QCOMPARE(model.index(0, 1, schema).data().toString(), QStringLiteral("3"));
    const QModelIndex t2 = model.index(2, 0, tables);
    QCOMPARE(t2.data().toString(), QStringLiteral("t00002"));
    QCOMPARE(model.index(2, 1, tables).data().toString(), QStringLiteral("2 rows"));
    QCOMPARE(Kind(t2.data(SchemaTreeModel::NodeKindRole).toInt()), Kind::Table);
    QCOMPARE(t2.data(SchemaTreeModel::ObjectPathRole).toString(), QStringLiteral("public.t00002"));
    const QModelIndex enums = model.index(2, 0, schema);
    QCOMPARE(model.rowCount(model.index(0, 0, enums)), 2);
}

void TestSchemaTreeModel::lazyTableChildren()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(sampleCatalog(10000));
    const QModelIndex tables = model.index(0, 0, model.index(0, 0));
    QCOMPARE(model.rowCount(tables), 10000);
    const QModelIndex table = model.index(42, 0, tables);
    QVERIFY(model.hasChildren(table));
    QCOMPARE(model.rowCount(table), 4); // 2 columns, PK, index: built on first ask
    QCOMPARE(model.index(0, 0, table).data().toString(), QStringLiteral("id"));
    QCOMPARE(model.index(0, 1, table).data().toString(), QStringLiteral("integer"));
    QCOMPARE(model.index(3, 1, table).data().toString(), QStringLiteral("(name)"));
    QCOMPARE(model.index(0, 0, table).data(SchemaTreeModel::ObjectPathRole).toString(), QStringLiteral("public.t00042.id"));
}

void TestSchemaTreeModel::emptyTableHasNoExpander()
{
    Catalog c = sampleCatalog(1);
    Table bare;
    bare.schema = QStringLiteral("public");
    bare.name = QStringLiteral("virtual_fts");
    bare.options = QStringLiteral("USING fts5(body)");
    c.schemas[0].tables.append(bare);
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(c);
    const QModelIndex tables = model.index(0, 0, model.index(0, 0));
    const QModelIndex table = model.index(1, 0, tables);
    QCOMPARE(table.data().toString(), QStringLiteral("virtual_fts"));
    QVERIFY(!model.hasChildren(table));
    QCOMPARE(model.rowCount(table), 0);
    QVERIFY(model.hasChildren(model.index(0, 0, tables)));
}

void TestSchemaTreeModel::resetSwapsSnapshot()
{
    SchemaTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCatalog(sampleCatalog(5));
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0, model.index(0, 0)))), 4);
    model.setCatalog(Catalog{});
    QCOMPARE(model.rowCount(), 0);
    model.setCatalog(sampleCatalog(1));
    QCOMPARE(model.rowCount(model.index(0, 0, model.index(0, 0))), 1);
}

QTEST_GUILESS_MAIN(TestSchemaTreeModel)
#include "tst_schematreemodel.moc"

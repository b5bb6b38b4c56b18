// The comparison rules on hand-built catalogs: what is a difference, what
// only looks like one, and in which words and order it is reported.
#include "diff/schemacomparer.h"

#include <QTest>

using namespace parity;

namespace {

Column col(const QString &name, int position, const QString &type, const QString &normalized = {})
{
    Column c;
    c.name = name;
    c.position = position;
    c.type = type;
    c.normalizedType = normalized.isEmpty() ? type : normalized;
    return c;
}

Table payments()
{
    Table t;
    t.schema = QStringLiteral("public");
    t.name = QStringLiteral("payments");
    t.columns = {col(QStringLiteral("id"), 1, QStringLiteral("int4"), QStringLiteral("integer")),
                 col(QStringLiteral("status"), 2, QStringLiteral("character varying(20)"), QStringLiteral("varchar(20)")),
                 col(QStringLiteral("amount"), 3, QStringLiteral("numeric(12,2)"))};
    t.columns[1].defaultExpression = QStringLiteral("'PENDING'::character varying");
    t.primaryKey = PrimaryKey{QStringLiteral("payments_pkey"), {QStringLiteral("id")}};
    Index ix;
    ix.name = QStringLiteral("payments_status_idx");
    ix.keys = {IndexKey{QStringLiteral("status")}};
    ix.method = QStringLiteral("btree");
    t.indexes = {ix};
    CheckConstraint ck{QStringLiteral("payments_amount_check"), QStringLiteral("(amount >= (0)::numeric)")};
    t.checks = {ck};
    t.rowCount = 4;
    return t;
}

Catalog catalog(const QList<Table> &tables, const QString &database = QStringLiteral("db"))
{
    Catalog c;
    c.dialect = Dialect::PostgreSQL;
    c.database = database;
    Schema s;
    s.name = QStringLiteral("public");
    s.tables = tables;
    c.schemas = {s};
    c.normalize();
    return c;
}

const ObjectChange *find(const SchemaDiff &diff, ObjectKind kind, const QString &name)
{
    for (const ObjectChange &c : diff.changes) {
        if (c.kind == kind && c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestSchemaComparer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sameCatalogHasNoDifferences();
    void spellingsThatMeanTheSame();
    void tablesAddedAndRemovedCarryRows();
    void columnChanges();
    void columnOrderCountsOnlyAmongSharedColumns();
    void namesArePartOfTheObject();
    void privilegesArePartOfTheObject();
    void indexDefinitionChange();
    void enumLabels();
    void viewsRoutinesTriggers();
    void options();
    void stableOrder();
};

void TestSchemaComparer::sameCatalogHasNoDifferences()
{
    const Catalog c = catalog({payments()});
    const SchemaDiff diff = compareCatalogs(c, c);
    QVERIFY(diff.isEmpty());
    QCOMPARE(diff.fromName, QStringLiteral("db"));
}

void TestSchemaComparer::spellingsThatMeanTheSame()
{
    Table a = payments();
    Table b = payments();
    b.columns[0].type = QStringLiteral("integer");           // alias, same normalized type
    b.columns[1].defaultExpression = QStringLiteral("'PENDING'"); // no cast
    b.checks[0].expression = QStringLiteral("amount >= 0");        // no parentheses or cast
    b.rowCount = 5000;                                            // rows are not structure
    const SchemaDiff diff = compareCatalogs(catalog({a}), catalog({b}));
    QVERIFY2(diff.isEmpty(), diff.isEmpty() ? "" : qPrintable(diff.changes.first().path()));
}

void TestSchemaComparer::tablesAddedAndRemovedCarryRows()
{
    Table audit;
    audit.schema = QStringLiteral("public");
    audit.name = QStringLiteral("sync_audit_logs");
    audit.columns = {col(QStringLiteral("id"), 1, QStringLiteral("integer"))};
    audit.rowCount = 49;
    Table legacy = audit;
    legacy.name = QStringLiteral("legacy");
    legacy.rowCount = -1;
    legacy.rowEstimate = 1200;

    const SchemaDiff diff = compareCatalogs(catalog({payments(), legacy}, QStringLiteral("uat")),
                                            catalog({payments(), audit}, QStringLiteral("staging")));
    QCOMPARE(diff.changes.size(), 2);
    const ObjectChange *added = find(diff, ObjectKind::Table, QStringLiteral("sync_audit_logs"));
    QVERIFY(added);
    QCOMPARE(added->change, ChangeKind::Added);
    QCOMPARE(added->rows, 49);
    QVERIFY(added->rowsExact);
    const ObjectChange *removed = find(diff, ObjectKind::Table, QStringLiteral("legacy"));
    QCOMPARE(removed->change, ChangeKind::Removed);
    QCOMPARE(removed->rows, 1200);
    QVERIFY(!removed->rowsExact);
    QCOMPARE(diff.fromName, QStringLiteral("uat"));
    QCOMPARE(diff.toName, QStringLiteral("staging"));
}

void TestSchemaComparer::columnChanges()
{
    Table a = payments();
    Table b = payments();
    b.columns[1].type = QStringLiteral("character varying(100)");
    b.columns[1].normalizedType = QStringLiteral("varchar(100)");
    b.columns[1].nullable = false;
    b.columns[1].defaultExpression = QStringLiteral("'pending'::character varying");
    b.columns.append(col(QStringLiteral("currency"), 4, QStringLiteral("text")));
    a.columns.removeAt(2); // amount only in TO
    a.checks.clear();
    b.checks.clear();

    const SchemaDiff diff = compareCatalogs(catalog({a}), catalog({b}));
    const ObjectChange *status = find(diff, ObjectKind::Column, QStringLiteral("status"));
    QVERIFY(status);
    QCOMPARE(status->change, ChangeKind::Changed);
    QCOMPARE(status->table, QStringLiteral("payments"));
    QCOMPARE(status->rows, 4);
    QCOMPARE(status->fields.size(), 3);
    QCOMPARE(status->fields[0], (FieldChange{QStringLiteral("type"), QStringLiteral("character varying(20)"),
                                             QStringLiteral("character varying(100)")}));
    QCOMPARE(status->fields[1], (FieldChange{QStringLiteral("nullable"), QStringLiteral("yes"), QStringLiteral("no")}));
    QCOMPARE(status->fields[2].field, QStringLiteral("default"));
    QCOMPARE(find(diff, ObjectKind::Column, QStringLiteral("amount"))->change, ChangeKind::Added);
    QCOMPARE(find(diff, ObjectKind::Column, QStringLiteral("currency"))->change, ChangeKind::Added);
}

void TestSchemaComparer::columnOrderCountsOnlyAmongSharedColumns()
{
    Table a = payments();
    Table b = payments();
    // A new column in the middle moves the later ones: not their change.
    b.columns.insert(1, col(QStringLiteral("note"), 2, QStringLiteral("text")));
    b.columns[2].position = 3;
    b.columns[3].position = 4;
    SchemaDiff diff = compareCatalogs(catalog({a}), catalog({b}));
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].name, QStringLiteral("note"));

    // Swapping two shared columns is a change of position.
    Table c = payments();
    std::swap(c.columns[1].position, c.columns[2].position);
    diff = compareCatalogs(catalog({a}), catalog({c}));
    QCOMPARE(diff.changes.size(), 2);
    QCOMPARE(diff.changes[0].fields[0].field, QStringLiteral("position"));
}

void TestSchemaComparer::privilegesArePartOfTheObject()
{
    Table a = payments();
    Table b = payments();
    a.grants = {{QStringLiteral("app"), QStringLiteral("SELECT"), {}, false}};
    b.grants = {{QStringLiteral("app"), QStringLiteral("SELECT"), {}, true},
                {QStringLiteral("Leser ü"), QStringLiteral("SELECT"), QStringLiteral("id"), false}};
    const SchemaDiff strict = compareCatalogs(catalog({a}), catalog({b}));
    const ObjectChange *c = find(strict, ObjectKind::Table, QStringLiteral("payments"));
    QVERIFY(c);
    QCOMPARE(c->fields.size(), 1);
    QCOMPARE(c->fields[0].field, QStringLiteral("privileges"));
    QCOMPARE(c->fields[0].from, QStringLiteral("SELECT TO app"));
    QCOMPARE(c->fields[0].to, QStringLiteral("SELECT (id) TO Leser ü, SELECT TO app WITH GRANT OPTION"));
    DiffOptions ignoring;
    ignoring.ignorePrivileges = true;
    QVERIFY(compareCatalogs(catalog({a}), catalog({b}), ignoring).changes.isEmpty());
}

void TestSchemaComparer::namesArePartOfTheObject()
{
    Table a = payments();
    Table b = payments();
    ForeignKey fk;
    fk.name = QStringLiteral("payments_user_id_fkey");
    fk.columns = {QStringLiteral("id")};
    fk.referencedSchema = QStringLiteral("public");
    fk.referencedTable = QStringLiteral("users");
    fk.referencedColumns = {QStringLiteral("id")};
    a.foreignKeys = {fk};
    fk.name = QStringLiteral("fk_payments_users");
    b.foreignKeys = {fk};
    b.indexes[0].name = QStringLiteral("idx_status");
    b.checks[0].name = QStringLiteral("payments_check1");
    b.primaryKey->name = QStringLiteral("pk_payments");

    // Strict by default: each is paired by its shape and renamed, and the
    // change names both sides.
    const SchemaDiff strict = compareCatalogs(catalog({a}), catalog({b}));
    QCOMPARE(strict.changes.size(), 4);
    QStringList renamed;
    for (const ObjectChange &c : strict.changes) {
        QCOMPARE(c.change, ChangeKind::Changed);
        QCOMPARE(c.fields.size(), 1);
        QCOMPARE(c.fields[0].field, QStringLiteral("name"));
        QCOMPARE(c.fields[0].from, c.fromName);
        QCOMPARE(c.fields[0].to, c.name);
        renamed << c.fromName + QStringLiteral(" -> ") + c.name;
    }
    renamed.sort();
    QCOMPARE(renamed, (QStringList{QStringLiteral("payments_amount_check -> payments_check1"),
                                   QStringLiteral("payments_pkey -> pk_payments"),
                                   QStringLiteral("payments_status_idx -> idx_status"),
                                   QStringLiteral("payments_user_id_fkey -> fk_payments_users")}));

    // --ignore index-names: the same shape is the same object.
    DiffOptions tolerant;
    tolerant.ignoreIndexNames = true;
    QVERIFY(compareCatalogs(catalog({a}), catalog({b}), tolerant).isEmpty());

    // Two checks and two indexes whose names were swapped: with names
    // ignored the shapes pair up and nothing differs; strict, each is renamed.
    Table swapped = a;
    Table other = a;
    CheckConstraint second{QStringLiteral("payments_status_check"), QStringLiteral("status <> ''")};
    other.checks = {CheckConstraint{QStringLiteral("payments_status_check"), a.checks[0].expression},
                    CheckConstraint{QStringLiteral("payments_amount_check"), second.expression}};
    swapped.checks = {a.checks[0], second};
    Index byAmount = a.indexes[0];
    byAmount.name = QStringLiteral("payments_amount_idx");
    byAmount.keys = {IndexKey{QStringLiteral("amount")}};
    swapped.indexes = {a.indexes[0], byAmount};
    Index first = a.indexes[0];
    first.name = byAmount.name;
    Index secondIndex = byAmount;
    secondIndex.name = a.indexes[0].name;
    other.indexes = {first, secondIndex};
    QVERIFY(compareCatalogs(catalog({swapped}), catalog({other}), tolerant).isEmpty());
    QCOMPARE(compareCatalogs(catalog({swapped}), catalog({other})).changes.size(), 4);

    // The same name with another target is a change, not a match.
    b.foreignKeys[0].name = a.foreignKeys[0].name;
    b.foreignKeys[0].onDelete = QStringLiteral("CASCADE");
    const SchemaDiff diff = compareCatalogs(catalog({a}), catalog({b}), tolerant);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].kind, ObjectKind::ForeignKey);
    QCOMPARE(diff.changes[0].fields[0],
             (FieldChange{QStringLiteral("on delete"), QStringLiteral("NO ACTION"), QStringLiteral("CASCADE")}));
}

void TestSchemaComparer::indexDefinitionChange()
{
    Table a = payments();
    Table b = payments();
    b.indexes[0].unique = true;
    const SchemaDiff diff = compareCatalogs(catalog({a}), catalog({b}));
    QCOMPARE(diff.changes.size(), 1);
    const ObjectChange &c = diff.changes[0];
    QCOMPARE(c.kind, ObjectKind::Index);
    QCOMPARE(c.change, ChangeKind::Changed);
    QCOMPARE(c.fields[0].from, QStringLiteral("(status) USING btree"));
    QCOMPARE(c.fields[0].to, QStringLiteral("UNIQUE (status) USING btree"));
}

void TestSchemaComparer::enumLabels()
{
    Catalog a = catalog({});
    Catalog b = catalog({});
    a.schemas[0].enums = {EnumType{QStringLiteral("public"), QStringLiteral("mood"), {QStringLiteral("sad"), QStringLiteral("ok")}}};
    b.schemas[0].enums = {EnumType{QStringLiteral("public"), QStringLiteral("mood"),
                                   {QStringLiteral("sad"), QStringLiteral("meh"), QStringLiteral("ok")}}};
    const SchemaDiff diff = compareCatalogs(a, b);
    QCOMPARE(diff.changes.size(), 1);
    QCOMPARE(diff.changes[0].fields[0], (FieldChange{QStringLiteral("labels"), QStringLiteral("sad, ok"),
                                                     QStringLiteral("sad, meh, ok")}));
}

void TestSchemaComparer::viewsRoutinesTriggers()
{
    Catalog a = catalog({payments()});
    Catalog b = a;
    View v;
    v.schema = QStringLiteral("public");
    v.name = QStringLiteral("open_payments");
    v.definition = QStringLiteral(" SELECT payments.id\n   FROM payments;");
    a.schemas[0].views = {v};
    v.definition = QStringLiteral("SELECT payments.id FROM payments");
    b.schemas[0].views = {v};
    DiffOptions options;
    // Whitespace in definitions counts unless asked not to.
    QCOMPARE(compareCatalogs(a, b, options).changes.size(), 1);
    options.ignoreWhitespace = true;
    QVERIFY(compareCatalogs(a, b, options).isEmpty());
    // The names a view gives its columns are part of it.
    View renamed = v;
    renamed.columns = {QStringLiteral("payment_id")};
    Catalog c = b;
    c.schemas[0].views = {renamed};
    QCOMPARE(compareCatalogs(b, c, options).changes.first().fields.first().field, QStringLiteral("columns"));

    Routine r;
    r.schema = QStringLiteral("public");
    r.name = QStringLiteral("touch");
    r.arguments = QStringLiteral("a integer");
    r.definition = QStringLiteral("CREATE FUNCTION touch(a integer) …");
    b.schemas[0].routines = {r};
    Trigger t{QStringLiteral("payments_touch"), QStringLiteral("payments"), QStringLiteral("BEFORE"),
              {QStringLiteral("UPDATE")}, true, QStringLiteral("CREATE TRIGGER …"), true};
    b.schemas[0].triggers = {t};
    const SchemaDiff diff = compareCatalogs(a, b, options);
    QCOMPARE(diff.changes.size(), 2);
    QCOMPARE(find(diff, ObjectKind::Routine, QStringLiteral("touch(a integer)"))->change, ChangeKind::Added);
    const ObjectChange *trigger = find(diff, ObjectKind::Trigger, QStringLiteral("payments_touch"));
    QCOMPARE(trigger->table, QStringLiteral("payments"));
}

void TestSchemaComparer::options()
{
    Table a = payments();
    Table b = payments();
    b.comment = QStringLiteral("money in");
    b.owner = QStringLiteral("app_uat");
    DiffOptions o;
    QCOMPARE(compareCatalogs(catalog({a}), catalog({b}), o).changes.first().fields.size(), 2);
    o.ignoreComments = true;
    o.ignoreOwner = true;
    QVERIFY(compareCatalogs(catalog({a}), catalog({b}), o).isEmpty());

    Table other = payments();
    other.name = QStringLiteral("refunds");
    DiffOptions only;
    only.objects = {QStringLiteral("pay*")};
    QVERIFY(compareCatalogs(catalog({a}), catalog({a, other}), only).isEmpty());
    DiffOptions exclude;
    exclude.excludeObjects = {QStringLiteral("refunds")};
    QVERIFY(compareCatalogs(catalog({a}), catalog({a, other}), exclude).isEmpty());
    DiffOptions schemaFilter;
    schemaFilter.schemas.exclude = {QStringLiteral("public")};
    QVERIFY(compareCatalogs(catalog({a}), catalog({a, other}), schemaFilter).isEmpty());
}

void TestSchemaComparer::stableOrder()
{
    Table t1 = payments();
    Table t2 = payments();
    t2.name = QStringLiteral("alpha");
    Table t3 = t2;
    t3.columns.append(col(QStringLiteral("z"), 9, QStringLiteral("text")));
    Table t4 = payments();
    t4.columns.append(col(QStringLiteral("y"), 9, QStringLiteral("text")));
    const SchemaDiff diff = compareCatalogs(catalog({t1, t2}), catalog({t4, t3}));
    QCOMPARE(diff.changes.size(), 2);
    QCOMPARE(diff.changes[0].path(), QStringLiteral("public.alpha.z"));
    QCOMPARE(diff.changes[1].path(), QStringLiteral("public.payments.y"));
}

QTEST_GUILESS_MAIN(TestSchemaComparer)
#include "tst_schemacomparer.moc"

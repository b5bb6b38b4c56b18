// The planner on hand-built catalogs, without a server: the order of the
// steps, where statements go around the transaction, which steps are
// irreversible, the hazards and their probes, and the checks on renames.
// The round trips in tests/migration/roundtrip prove the SQL on servers.
#include "migration/planner.h"

#include <QTest>

using namespace parity;

namespace {

Column col(const QString &name, int position, const QString &type, bool nullable = true)
{
    Column c;
    c.name = name;
    c.position = position;
    c.type = type;
    c.normalizedType = type;
    c.nullable = nullable;
    return c;
}

Table table(const QString &name, QList<Column> columns, qint64 rows = 0)
{
    Table t;
    t.schema = QStringLiteral("public");
    t.name = name;
    t.columns = std::move(columns);
    t.primaryKey = PrimaryKey{name + QStringLiteral("_pkey"), {t.columns.first().name}};
    t.rowCount = rows;
    return t;
}

Catalog catalog(const QString &database, QList<Table> tables, QList<View> views = {}, QList<EnumType> enums = {})
{
    Catalog c;
    c.dialect = Dialect::PostgreSQL;
    c.database = database;
    Schema s;
    s.name = QStringLiteral("public");
    s.tables = std::move(tables);
    s.views = std::move(views);
    s.enums = std::move(enums);
    c.schemas = {s};
    c.normalize();
    return c;
}

/// Index of the first step whose SQL contains `text`; -1 when none does.
qsizetype stepWith(const MigrationPlan &plan, const QString &text)
{
    for (qsizetype i = 0; i < plan.steps.size(); ++i) {
        if (plan.steps[i].sql.contains(text))
            return i;
    }
    return -1;
}

} // namespace

class TestPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseRename_data();
    void parseRename();
    void sameCatalogsPlanNothing();
    void tablesBeforeForeignKeysForCycles();
    void enumLabelsAddedOutsideTheTransaction();
    void enumLabelRemovedRecreatesTypeAndViews();
    void viewsOnAQuotedViewStepAside();
    void droppedTableIsIrreversibleBothWays();
    void renameKeepsDataAndProbesUseOldNames();
    void renameErrors_data();
    void renameErrors();
    void dialectsMustMatch();
    void scriptWrapsTransaction();
};

void TestPlanner::parseRename_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("newName");
    QTest::addColumn<bool>("ok");
    QTest::newRow("table") << "customers=clients" << "" << "customers" << "" << "clients" << true;
    QTest::newRow("column") << "users.email=email_address" << "" << "users" << "email" << "email_address" << true;
    QTest::newRow("schema table column") << "crm.users.email=mail" << "crm" << "users" << "email" << "mail" << true;
    QTest::newRow("quoted dot") << "\"odd.table\".\"a=b\"=c" << "" << "odd.table" << "a=b" << "c" << true;
    QTest::newRow("doubled quote") << "\"say \"\"hi\"\"\"=hello" << "" << "say \"hi\"" << "" << "hello" << true;
    QTest::newRow("no equals") << "users.email" << "" << "" << "" << "" << false;
    QTest::newRow("nothing after") << "users.email=" << "" << "" << "" << "" << false;
    QTest::newRow("dotted new name") << "users.email=a.b" << "" << "" << "" << "" << false;
    QTest::newRow("empty part") << "users..email=x" << "" << "" << "" << "" << false;
    QTest::newRow("open quote") << "\"users.email=x" << "" << "" << "" << "" << false;
    QTest::newRow("four parts") << "a.b.c.d=x" << "" << "" << "" << "" << false;
}

void TestPlanner::parseRename()
{
    QFETCH(QString, text);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, column);
    QFETCH(QString, newName);
    QFETCH(bool, ok);
    const auto r = parity::parseRename(text);
    QCOMPARE(r.has_value(), ok);
    if (!ok) {
        QVERIFY(r.error().message.startsWith(QStringLiteral("--rename ")));
        return;
    }
    QCOMPARE(r->schema, schema);
    QCOMPARE(r->table, table);
    QCOMPARE(r->column, column);
    QCOMPARE(r->newName, newName);
}

void TestPlanner::sameCatalogsPlanNothing()
{
    const Catalog c = catalog(QStringLiteral("a"), {table(QStringLiteral("t"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false)}, 5)});
    const auto plans = planMigration(c, c, {});
    QVERIFY(plans);
    QVERIFY(plans->forward.isEmpty());
    QVERIFY(plans->rollback.isEmpty());
    QVERIFY(plans->forward.hazards.isEmpty());
    QVERIFY(planScript(plans->forward).contains(QStringLiteral("Nothing to do")));
}

void TestPlanner::tablesBeforeForeignKeysForCycles()
{
    Table a = table(QStringLiteral("a"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                          col(QStringLiteral("b_id"), 2, QStringLiteral("integer"))});
    Table b = table(QStringLiteral("b"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                          col(QStringLiteral("a_id"), 2, QStringLiteral("integer"))});
    a.foreignKeys = {ForeignKey{QStringLiteral("a_b_fkey"), {QStringLiteral("b_id")}, QStringLiteral("public"),
                                QStringLiteral("b"), {QStringLiteral("id")}}};
    b.foreignKeys = {ForeignKey{QStringLiteral("b_a_fkey"), {QStringLiteral("a_id")}, QStringLiteral("public"),
                                QStringLiteral("a"), {QStringLiteral("id")}}};
    const auto plans = planMigration(catalog(QStringLiteral("from"), {}), catalog(QStringLiteral("to"), {a, b}), {});
    QVERIFY(plans);
    const qsizetype createA = stepWith(plans->forward, QStringLiteral("CREATE TABLE \"public\".\"a\""));
    const qsizetype createB = stepWith(plans->forward, QStringLiteral("CREATE TABLE \"public\".\"b\""));
    const qsizetype fkA = stepWith(plans->forward, QStringLiteral("\"a_b_fkey\" FOREIGN KEY"));
    const qsizetype fkB = stepWith(plans->forward, QStringLiteral("\"b_a_fkey\" FOREIGN KEY"));
    QVERIFY(createA >= 0 && createB >= 0 && fkA >= 0 && fkB >= 0);
    QVERIFY(std::max(createA, createB) < std::min(fkA, fkB));
    // Back: the keys go before the tables, whatever their order.
    const qsizetype dropFk = stepWith(plans->rollback, QStringLiteral("DROP CONSTRAINT"));
    const qsizetype dropTable = stepWith(plans->rollback, QStringLiteral("DROP TABLE"));
    QVERIFY(dropFk >= 0 && dropTable > dropFk);
}

void TestPlanner::enumLabelsAddedOutsideTheTransaction()
{
    const EnumType before{QStringLiteral("public"), QStringLiteral("status"),
                          {QStringLiteral("new"), QStringLiteral("paid")}, {}, {}};
    EnumType after = before;
    after.labels = {QStringLiteral("draft"), QStringLiteral("new"), QStringLiteral("paid"), QStringLiteral("packed")};
    const auto plans = planMigration(catalog(QStringLiteral("f"), {}, {}, {before}), catalog(QStringLiteral("t"), {}, {}, {after}), {});
    QVERIFY(plans);
    const MigrationPlan &f = plans->forward;
    QCOMPARE(f.steps.size(), 2);
    QCOMPARE(f.steps[0].sql, QStringLiteral("ALTER TYPE \"public\".\"status\" ADD VALUE IF NOT EXISTS 'draft' BEFORE 'new'"));
    QCOMPARE(f.steps[1].sql, QStringLiteral("ALTER TYPE \"public\".\"status\" ADD VALUE IF NOT EXISTS 'packed' AFTER 'paid'"));
    QVERIFY(!f.steps[0].transactional && !f.steps[1].transactional);
    const QString script = planScript(f);
    QVERIFY2(!script.contains(QStringLiteral("BEGIN;")), qPrintable(script));
    // Taking labels away is a recreation of the type, inside the transaction.
    QVERIFY(stepWith(plans->rollback, QStringLiteral("RENAME TO \"status__parity_old\"")) >= 0);
    QVERIFY(planScript(plans->rollback).contains(QStringLiteral("BEGIN;")));
}

void TestPlanner::enumLabelRemovedRecreatesTypeAndViews()
{
    const EnumType before{QStringLiteral("public"), QStringLiteral("mood"),
                          {QStringLiteral("sad"), QStringLiteral("ok"), QStringLiteral("happy")}, {}, {}};
    EnumType after = before;
    after.labels = {QStringLiteral("happy"), QStringLiteral("ok")};
    Table t = table(QStringLiteral("people"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                               col(QStringLiteral("feeling"), 2, QStringLiteral("mood"))}, 10);
    t.columns[1].defaultExpression = QStringLiteral("'ok'::mood");
    View v;
    v.schema = QStringLiteral("public");
    v.name = QStringLiteral("feelings");
    v.definition = QStringLiteral(" SELECT people.feeling FROM people;");
    v.columns = {QStringLiteral("feeling")};
    const auto plans = planMigration(catalog(QStringLiteral("f"), {t}, {v}, {before}),
                                     catalog(QStringLiteral("t"), {t}, {v}, {after}), {});
    QVERIFY(plans);
    const MigrationPlan &f = plans->forward;
    const qsizetype dropView = stepWith(f, QStringLiteral("DROP VIEW \"public\".\"feelings\""));
    const qsizetype rename = stepWith(f, QStringLiteral("ALTER TYPE \"public\".\"mood\" RENAME TO \"mood__parity_old\""));
    const qsizetype create = stepWith(f, QStringLiteral("CREATE TYPE \"public\".\"mood\" AS ENUM ('happy', 'ok')"));
    const qsizetype dropDefault = stepWith(f, QStringLiteral("ALTER COLUMN \"feeling\" DROP DEFAULT"));
    const qsizetype move = stepWith(f, QStringLiteral("ALTER COLUMN \"feeling\" TYPE mood USING \"feeling\"::text::mood"));
    const qsizetype setDefault = stepWith(f, QStringLiteral("ALTER COLUMN \"feeling\" SET DEFAULT 'ok'::mood"));
    const qsizetype createView = stepWith(f, QStringLiteral("CREATE VIEW \"public\".\"feelings\""));
    const qsizetype dropOld = stepWith(f, QStringLiteral("DROP TYPE \"public\".\"mood__parity_old\""));
    QVERIFY2(dropView >= 0 && dropView < rename && rename < create && create < dropDefault && dropDefault < move
                 && move < setDefault && setDefault < createView && createView < dropOld,
             qPrintable(planScript(f)));
    // The removed label may still be in use: a high hazard with its probe.
    QCOMPARE(f.hazards.size(), 1);
    QCOMPARE(f.hazards[0].kind, HazardKind::EnumLabelInUse);
    QVERIFY(f.hazards[0].dataLoss);
    QCOMPARE(f.hazards[0].probe,
             QStringLiteral("SELECT count(*) FROM \"public\".\"people\" WHERE CAST(\"feeling\" AS text) IN ('sad')"));
}

void TestPlanner::viewsOnAQuotedViewStepAside()
{
    // A view whose name holds a doubled quote changes; the view that reads it
    // must be dropped first and created again after.
    const Table t = table(QStringLiteral("t"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false)});
    auto view = [](const QString &name, const QString &definition) {
        View v;
        v.schema = QStringLiteral("public");
        v.name = name;
        v.definition = definition;
        v.columns = {QStringLiteral("id")};
        return v;
    };
    const QString quoted = QStringLiteral("view of \"select\"");
    const View reader = view(QStringLiteral("b"), QStringLiteral(" SELECT id FROM \"view of \"\"select\"\"\";"));
    const auto plans = planMigration(
        catalog(QStringLiteral("f"), {t}, {view(quoted, QStringLiteral(" SELECT t.id FROM t;")), reader}),
        catalog(QStringLiteral("t"), {t}, {view(quoted, QStringLiteral(" SELECT t.id FROM t WHERE t.id > 0;")), reader}), {});
    QVERIFY(plans);
    const MigrationPlan &f = plans->forward;
    const qsizetype dropReader = stepWith(f, QStringLiteral("DROP VIEW \"public\".\"b\""));
    const qsizetype dropQuoted = stepWith(f, QStringLiteral("DROP VIEW \"public\".\"view of \"\"select\"\"\""));
    const qsizetype createQuoted = stepWith(f, QStringLiteral("CREATE VIEW \"public\".\"view of \"\"select\"\"\""));
    const qsizetype createReader = stepWith(f, QStringLiteral("CREATE VIEW \"public\".\"b\""));
    QVERIFY2(dropReader >= 0 && dropReader < dropQuoted && dropQuoted < createQuoted && createQuoted < createReader,
             qPrintable(planScript(f)));
}

void TestPlanner::droppedTableIsIrreversibleBothWays()
{
    const Table kept = table(QStringLiteral("kept"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false)}, 3);
    const Table logs = table(QStringLiteral("sync_audit_logs"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false)}, 49);
    auto plans = planMigration(catalog(QStringLiteral("staging"), {kept, logs}), catalog(QStringLiteral("uat"), {kept}), {});
    QVERIFY(plans);
    QCOMPARE(plans->forward.hazards.size(), 1);
    const Hazard &h = plans->forward.hazards[0];
    QCOMPARE(h.kind, HazardKind::DroppedTable);
    QCOMPARE(h.severity, HazardSeverity::High);
    QVERIFY(h.dataLoss);
    QCOMPARE(h.figureText(), QStringLiteral("49 rows"));
    QCOMPARE(h.probe, QStringLiteral("SELECT count(*) FROM \"public\".\"sync_audit_logs\""));
    const qsizetype drop = stepWith(plans->forward, QStringLiteral("DROP TABLE"));
    QVERIFY(plans->forward.steps[drop].irreversible);
    const qsizetype create = stepWith(plans->rollback, QStringLiteral("CREATE TABLE"));
    QVERIFY(plans->rollback.steps[create].irreversible);
    QVERIFY2(planScript(plans->rollback)
                 .contains(QStringLiteral("-- IRREVERSIBLE: the forward script dropped table public.sync_audit_logs "
                                          "(49 rows); it comes back empty. Restore its rows from the backup.")),
             qPrintable(planScript(plans->rollback)));

    // Measured empty: nothing is lost, and nothing is marked.
    plans->forward.hazards[0].figure = 0;
    plans->forward.hazards[0].dataLoss = false;
    settleIrreversibility(*plans);
    QVERIFY(!plans->forward.steps[drop].irreversible);
    QVERIFY(!plans->rollback.steps[create].irreversible);
    QVERIFY(!plans->forward.losesData());
}

void TestPlanner::renameKeepsDataAndProbesUseOldNames()
{
    const Table from = table(QStringLiteral("customers"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                                           col(QStringLiteral("email"), 2, QStringLiteral("text"))}, 7);
    Table to = table(QStringLiteral("clients"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                                 col(QStringLiteral("mail"), 2, QStringLiteral("text"), false)});
    to.primaryKey->name = QStringLiteral("customers_pkey");
    PlanOptions options;
    options.renames = {*parity::parseRename(QStringLiteral("customers=clients")),
                       *parity::parseRename(QStringLiteral("customers.email=mail"))};
    const auto plans = planMigration(catalog(QStringLiteral("f"), {from}), catalog(QStringLiteral("t"), {to}), options);
    QVERIFY2(plans, plans ? "" : qPrintable(plans.error().message));
    const MigrationPlan &f = plans->forward;
    QCOMPARE(f.steps.value(0).sql, QStringLiteral("ALTER TABLE \"public\".\"customers\" RENAME TO \"clients\""));
    QCOMPARE(f.steps.value(1).sql, QStringLiteral("ALTER TABLE \"public\".\"clients\" RENAME COLUMN \"email\" TO \"mail\""));
    QCOMPARE(stepWith(f, QStringLiteral("DROP")), -1);
    // SET NOT NULL on the renamed column: measured on FROM, under FROM's names.
    QCOMPARE(f.hazards.size(), 1);
    QCOMPARE(f.hazards[0].kind, HazardKind::NullValues);
    QCOMPARE(f.hazards[0].probe, QStringLiteral("SELECT count(*) FROM \"public\".\"customers\" WHERE \"email\" IS NULL"));
    // The rollback undoes the renames: the table first, then its column
    // under the table's name as it is by then.
    const MigrationPlan &r = plans->rollback;
    QCOMPARE(r.steps.value(0).sql, QStringLiteral("ALTER TABLE \"public\".\"clients\" RENAME TO \"customers\""));
    QCOMPARE(r.steps.value(1).sql, QStringLiteral("ALTER TABLE \"public\".\"customers\" RENAME COLUMN \"mail\" TO \"email\""));
}

void TestPlanner::renameErrors_data()
{
    QTest::addColumn<QString>("rename");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such table") << "nosuch=clients" << "f has no table nosuch";
    QTest::newRow("target missing") << "customers=nosuch" << "t has no table nosuch to rename it to";
    QTest::newRow("no such column") << "customers.nosuch=mail" << "table customers has no column nosuch";
    QTest::newRow("column target missing") << "customers.email=nosuch" << "t has no column customers.nosuch";
}

void TestPlanner::renameErrors()
{
    QFETCH(QString, rename);
    QFETCH(QString, message);
    const Table from = table(QStringLiteral("customers"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                                           col(QStringLiteral("email"), 2, QStringLiteral("text"))});
    Table to = table(QStringLiteral("clients"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false),
                                                 col(QStringLiteral("mail"), 2, QStringLiteral("text"))});
    Table same = from;
    same.columns[1].name = QStringLiteral("mail");
    PlanOptions options;
    options.renames = {*parity::parseRename(rename)};
    const auto plans = planMigration(catalog(QStringLiteral("f"), {from}), catalog(QStringLiteral("t"), {to, same}), options);
    QVERIFY(!plans);
    QVERIFY2(plans.error().message.contains(message), qPrintable(plans.error().message));
}

void TestPlanner::dialectsMustMatch()
{
    Catalog mysql = catalog(QStringLiteral("shop"), {});
    mysql.dialect = Dialect::MySQL;
    const auto plans = planMigration(catalog(QStringLiteral("app"), {}), mysql, {});
    QVERIFY(!plans);
    QVERIFY2(plans.error().message.contains(QStringLiteral("same kind")), qPrintable(plans.error().message));
}

void TestPlanner::scriptWrapsTransaction()
{
    const Table t = table(QStringLiteral("t"), {col(QStringLiteral("id"), 1, QStringLiteral("integer"), false)});
    Table wider = t;
    wider.columns.append(col(QStringLiteral("note"), 2, QStringLiteral("text")));
    const auto plans = planMigration(catalog(QStringLiteral("f"), {t}), catalog(QStringLiteral("t"), {wider}), {});
    QVERIFY(plans);
    const QString script = planScript(plans->forward);
    QVERIFY2(script.startsWith(QStringLiteral("-- Parity migration script: turns f into t.\n")), qPrintable(script));
    QVERIFY(script.contains(QStringLiteral("\nBEGIN;\n\nALTER TABLE \"public\".\"t\" ADD COLUMN \"note\" text;\n\nCOMMIT;\n")));
    QVERIFY(script.contains(QStringLiteral("-- Hazards: none")));
    QVERIFY(script.contains(QStringLiteral("-- Run with: psql -v ON_ERROR_STOP=1 -f FILE")));
}

QTEST_GUILESS_MAIN(TestPlanner)
#include "tst_planner.moc"

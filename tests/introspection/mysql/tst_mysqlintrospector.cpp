// The MySQL/MariaDB introspector against the throwaway MariaDB server: the
// fixture (tests/data/introspection/mysql/fixture.sql) holds one of every
// object kind, with identifiers chosen to break naive quoting, and each
// test checks what the catalog says about it field by field. How a read
// behaves is tested in tst_mysqlintrospectionsession.cpp.

#include "mysqlfixture.h"

#include <QRegularExpression>
#include <QTest>

using namespace parity;

namespace {

const QString kDatabase = QStringLiteral("tst_mysql_introspect");
const QString kOtherDatabase = QStringLiteral("tst_mysql_introspect_b");

const IndexKey *keyAt(const Index *index, int i)
{
    return index && i < index->keys.size() ? &index->keys.at(i) : nullptr;
}

const Index *findIndex(const Table *table, const QString &name)
{
    if (!table)
        return nullptr;
    auto it = std::ranges::find(table->indexes, name, &Index::name);
    return it == table->indexes.end() ? nullptr : &*it;
}

} // namespace

class TestMysqlIntrospector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void catalogHeader();
    void tableList();
    void tableProperties_data();
    void tableProperties();
    void columns_data();
    void columns();
    void onUpdateAndInvisible();
    void primaryKeys();
    void foreignKeys();
    void indexes();
    void checks();
    void partitionedTable();
    void views();
    void routines();
    void triggers();
    void sequences();

private:
    const Table *table(const QString &name) const { return m_catalog.table(kDatabase, name); }
    const Schema *schema() const { return m_catalog.schema(kDatabase); }

    Catalog m_catalog;
};

void TestMysqlIntrospector::initTestCase()
{
    // The second database exists so that catalogHeader can show it is left out.
    auto fixture = test::loadMysqlFixture(kDatabase, kOtherDatabase);
    PARITY_VERIFY_RESULT(fixture);
    JobContext job;
    auto catalog =
        test::introspectMysql(fixture->spec, DatabaseSession::Access::ReadOnly, {}, job);
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
}

void TestMysqlIntrospector::catalogHeader()
{
    QCOMPARE(m_catalog.dialect, Dialect::MySQL);
    QVERIFY2(QRegularExpression(QStringLiteral("^MariaDB 1\\d\\.\\d+\\.\\d+$"))
                 .match(m_catalog.serverVersion)
                 .hasMatch(),
             qPrintable(m_catalog.serverVersion));
    QCOMPARE(m_catalog.database, kDatabase);
    // Only the connection's own database, although another one exists.
    QCOMPARE(m_catalog.schemas.size(), 1);
    QVERIFY(schema());
    QCOMPARE(schema()->name, kDatabase);
    QCOMPARE(schema()->comment, QStringLiteral("Parity fixture"));
    QVERIFY(schema()->enums.isEmpty());
    QVERIFY(m_catalog.extensions.isEmpty());
}

void TestMysqlIntrospector::tableList()
{
    QStringList names;
    for (const Table &t : schema()->tables)
        names << t.name;
    // The sequence is not a table; views are not tables.
    QCOMPARE(names,
             (QStringList{QStringLiteral("RevenueConnection"), QStringLiteral("customers"),
                          QStringLiteral("measurements"), QStringLiteral("order lines"),
                          QStringLiteral("plain_myisam"), QStringLiteral("tick`tock \"q\"")}));
    for (const Table &t : schema()->tables) {
        QCOMPARE(t.schema, kDatabase);
        QVERIFY(t.uniqueConstraints.isEmpty()); // unique indexes are indexes (see the introspector)
        QCOMPARE(t.rowCount, -1);               // not asked for
        QVERIFY(t.owner.isEmpty());
    }
}

void TestMysqlIntrospector::tableProperties_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QString>("options");
    QTest::addColumn<qint64>("minRows"); // InnoDB's TABLE_ROWS is an estimate
    QTest::newRow("customers") << "customers"
                               << "InnoDB"
                               << "utf8mb4_general_ci"
                               << "People who buy things"
                               << "row_format=DYNAMIC" << qint64(1);
    QTest::newRow("RevenueConnection") << "RevenueConnection"
                                       << "InnoDB"
                                       << "utf8mb4_general_ci"
                                       << "mixed case, spaces, backticks"
                                       << "" << qint64(1);
    QTest::newRow("order lines") << "order lines"
                                 << "InnoDB"
                                 << "utf8mb4_general_ci"
                                 << ""
                                 << "" << qint64(1);
    QTest::newRow("measurements (partitioned word dropped)") << "measurements"
                                                             << "InnoDB"
                                                             << "utf8mb4_general_ci"
                                                             << ""
                                                             << "" << qint64(1);
    QTest::newRow("plain_myisam") << "plain_myisam"
                                  << "MyISAM"
                                  << "latin1_swedish_ci"
                                  << ""
                                  << "" << qint64(2);
    QTest::newRow("tick`tock") << "tick`tock \"q\""
                               << "InnoDB"
                               << "utf8mb4_general_ci"
                               << ""
                               << "" << qint64(1);
}

void TestMysqlIntrospector::tableProperties()
{
    QFETCH(QString, name);
    QFETCH(QString, engine);
    QFETCH(QString, collation);
    QFETCH(QString, comment);
    QFETCH(QString, options);
    QFETCH(qint64, minRows);
    const Table *t = table(name);
    QVERIFY(t);
    QCOMPARE(t->engine, engine);
    QCOMPARE(t->collation, collation);
    QCOMPARE(t->comment, comment);
    QCOMPARE(t->options, options);
    QVERIFY2(t->rowEstimate >= minRows, qPrintable(QString::number(t->rowEstimate)));
    if (engine == QLatin1String("MyISAM"))
        QCOMPARE(t->rowEstimate, minRows); // MyISAM keeps an exact count
}

void TestMysqlIntrospector::columns_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("columnName");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("normalizedType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultExpression");
    QTest::addColumn<bool>("autoIncrement");
    QTest::addColumn<QString>("generated");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<QString>("comment");
    QTest::addColumn<QStringList>("labels");

    const QString c = QStringLiteral("customers");
    QTest::newRow("auto_increment pk") << c << "id" << 1 << "int(10) unsigned"
                                       << "int unsigned" << false << "" << true << "" << false << ""
                                       << "" << QStringList{};
    QTest::newRow("comment") << c << "email" << 2 << "varchar(255)"
                             << "varchar(255)" << false << "" << false << "" << false << ""
                             << "login, unique" << QStringList{};
    QTest::newRow("string default, own collation")
        << c << "name" << 3 << "varchar(100)"
        << "varchar(100)" << false << "'it''s new'" << false << "" << false << "utf8mb4_bin"
        << "" << QStringList{};
    QTest::newRow("enum") << c << "status" << 4 << "enum('active','it''s \"odd\"','a,b','')"
                          << "enum('active','it''s \"odd\"','a,b','')" << false << "'active'"
                          << false << "" << false << ""
                          << "" << QStringList{"active", "it's \"odd\"", "a,b", ""};
    QTest::newRow("set, DEFAULT NULL")
        << c << "perms" << 5 << "set('read','write','x''y (z)')"
        << "set('read','write','x''y (z)')" << true << "" << false << "" << false << ""
        << "" << QStringList{"read", "write", "x'y (z)"};
    QTest::newRow("tinyint(1)") << c << "is_vip" << 6 << "tinyint(1)"
                                << "tinyint(1)" << false << "0" << false << "" << false << ""
                                << "" << QStringList{};
    QTest::newRow("int(11), negative default")
        << c << "score" << 7 << "int(11)"
        << "int" << true << "-5" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("decimal") << c << "balance" << 8 << "decimal(10,2)"
                             << "decimal(10,2)" << false << "0.00" << false << "" << false << ""
                             << "" << QStringList{};
    QTest::newRow("current_timestamp")
        << c << "created_at" << 9 << "timestamp"
        << "timestamp" << false << "current_timestamp()" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("datetime(3) null") << c << "updated_at" << 10 << "datetime(3)"
                                      << "datetime(3)" << true << "" << false << "" << false << ""
                                      << "" << QStringList{};
    QTest::newRow("nullable, no default")
        << c << "nickname" << 11 << "varchar(20)"
        << "varchar(20)" << true << "" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("expression default")
        << c << "token" << 12 << "char(36)"
        << "char(36)" << false << "uuid()" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("string 'NULL' default")
        << c << "literal_null" << 13 << "varchar(10)"
        << "varchar(10)" << true << "'NULL'" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("text") << c << "bio" << 14 << "text"
                          << "text" << true << "" << false << "" << false << ""
                          << "" << QStringList{};
    QTest::newRow("virtual") << c << "email_domain" << 15 << "varchar(255)"
                             << "varchar(255)" << true << "" << false
                             << "substring_index(`email`,'@',-1)" << false << ""
                             << "" << QStringList{};
    QTest::newRow("stored") << c << "name_upper" << 16 << "varchar(100)"
                            << "varchar(100)" << true << "" << false << "ucase(`name`)" << true
                            << ""
                            << "generated" << QStringList{};

    const QString r = QStringLiteral("RevenueConnection");
    QTest::newRow("space in name") << r << "Region Code" << 1 << "char(2)"
                                   << "char(2)" << false << "" << false << "" << false << ""
                                   << "" << QStringList{};
    QTest::newRow("reserved order") << r << "order" << 2 << "int(11)"
                                    << "int" << false << "" << false << "" << false << ""
                                    << "" << QStringList{};
    QTest::newRow("reserved select")
        << r << "select" << 3 << "varchar(10)"
        << "varchar(10)" << false << "'x'" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("backtick") << r << "we`ird" << 4 << "int(11)"
                              << "int" << true << "" << false << "" << false << ""
                              << "" << QStringList{};
    QTest::newRow("quotes") << r << "it's \"q\"" << 5 << "int(11)"
                            << "int" << true << "" << false << "" << false << ""
                            << "" << QStringList{};
    QTest::newRow("non-ascii") << r << QStringLiteral("größe") << 6 << "decimal(5,1)"
                               << "decimal(5,1)" << false << "1.5" << false << "" << false << ""
                               << "" << QStringList{};
    QTest::newRow("bigint auto_increment") << "order lines"
                                           << "line_id" << 1 << "bigint(20)"
                                           << "bigint" << false << "" << true << "" << false << ""
                                           << "" << QStringList{};
    QTest::newRow("smallint default") << "order lines"
                                      << "quantity" << 4 << "smallint(6)"
                                      << "smallint" << false << "1" << false << "" << false << ""
                                      << "" << QStringList{};
    QTest::newRow("same collation as latin1 table")
        << "plain_myisam"
        << "label" << 2 << "varchar(50)"
        << "varchar(50)" << true << "" << false << "" << false << ""
        << "" << QStringList{};
    QTest::newRow("other charset than table")
        << "tick`tock \"q\""
        << "note" << 2 << "varchar(20)"
        << "varchar(20)" << true << "" << false << "" << false << "latin1_german1_ci"
        << "" << QStringList{};
}

void TestMysqlIntrospector::columns()
{
    QFETCH(QString, tableName);
    QFETCH(QString, columnName);
    const Table *t = table(tableName);
    QVERIFY(t);
    const Column *c = t->column(columnName);
    QVERIFY2(c, qPrintable(columnName));
    QTEST(c->position, "position");
    QTEST(c->type, "type");
    QTEST(c->normalizedType, "normalizedType");
    QTEST(c->nullable, "nullable");
    QTEST(c->defaultExpression, "defaultExpression");
    QFETCH(bool, autoIncrement);
    QCOMPARE(c->identity, autoIncrement ? IdentityKind::AutoIncrement : IdentityKind::None);
    QTEST(c->generatedExpression, "generated");
    QTEST(c->generatedStored, "stored");
    QTEST(c->collation, "collation");
    QTEST(c->comment, "comment");
    QTEST(c->enumLabels, "labels");
}

void TestMysqlIntrospector::onUpdateAndInvisible()
{
    const Table *customers = table(QStringLiteral("customers"));
    QVERIFY(customers);
    QCOMPARE(customers->column(QStringLiteral("updated_at"))->onUpdateExpression, QStringLiteral("current_timestamp(3)"));
    QCOMPARE(customers->column(QStringLiteral("created_at"))->onUpdateExpression, QString());
    QVERIFY(!customers->column(QStringLiteral("updated_at"))->invisible);
    const Table *revenue = table(QStringLiteral("RevenueConnection"));
    QVERIFY(revenue);
    const Column *note = revenue->column(QStringLiteral("internal_note"));
    QVERIFY(note);
    QVERIFY(note->invisible);
    QVERIFY(note->nullable);
}

void TestMysqlIntrospector::primaryKeys()
{
    const Table *customers = table(QStringLiteral("customers"));
    QVERIFY(customers && customers->primaryKey);
    QCOMPARE(customers->primaryKey->name, QStringLiteral("PRIMARY"));
    QCOMPARE(customers->primaryKey->columns, QStringList{QStringLiteral("id")});
    const Table *revenue = table(QStringLiteral("RevenueConnection"));
    QVERIFY(revenue && revenue->primaryKey);
    QCOMPARE(revenue->primaryKey->columns,
             (QStringList{QStringLiteral("Region Code"), QStringLiteral("order")}));
    const Table *measurements = table(QStringLiteral("measurements"));
    QVERIFY(measurements && measurements->primaryKey);
    QCOMPARE(measurements->primaryKey->columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("taken")}));
    const Table *myisam = table(QStringLiteral("plain_myisam"));
    QVERIFY(myisam);
    QVERIFY(!myisam->primaryKey);
    // PRIMARY is the key, never also an index.
    QVERIFY(!findIndex(customers, QStringLiteral("PRIMARY")));
}

void TestMysqlIntrospector::foreignKeys()
{
    const Table *lines = table(QStringLiteral("order lines"));
    QVERIFY(lines);
    QCOMPARE(lines->foreignKeys.size(), 1);
    const ForeignKey &composite = lines->foreignKeys.first();
    QCOMPARE(composite.name, QStringLiteral("fk lines `revenue`"));
    QCOMPARE(composite.columns,
             (QStringList{QStringLiteral("region"), QStringLiteral("order_no")}));
    QCOMPARE(composite.referencedSchema, kDatabase);
    QCOMPARE(composite.referencedTable, QStringLiteral("RevenueConnection"));
    QCOMPARE(composite.referencedColumns,
             (QStringList{QStringLiteral("Region Code"), QStringLiteral("order")}));
    QCOMPARE(composite.onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(composite.onUpdate, QStringLiteral("RESTRICT")); // MariaDB's word for "not given"
    QCOMPARE(composite.match, QString());
    QVERIFY(!composite.deferrable);
    QVERIFY(composite.validated);

    const Table *revenue = table(QStringLiteral("RevenueConnection"));
    QVERIFY(revenue);
    QCOMPARE(revenue->foreignKeys.size(), 1);
    const ForeignKey &single = revenue->foreignKeys.first();
    QCOMPARE(single.name, QStringLiteral("fk_revenue_customer"));
    QCOMPARE(single.columns, QStringList{QStringLiteral("customer_id")});
    QCOMPARE(single.referencedTable, QStringLiteral("customers"));
    QCOMPARE(single.referencedColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(single.onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(single.onUpdate, QStringLiteral("CASCADE"));
    QVERIFY(table(QStringLiteral("customers"))->foreignKeys.isEmpty());
}

void TestMysqlIntrospector::indexes()
{
    const Table *customers = table(QStringLiteral("customers"));
    QVERIFY(customers);
    QStringList names;
    for (const Index &ix : customers->indexes)
        names << ix.name;
    QCOMPARE(names, (QStringList{QStringLiteral("ft_customers_bio"),
                                 QStringLiteral("ix_customers_created_desc"),
                                 QStringLiteral("ix_customers_name_prefix"),
                                 QStringLiteral("uq_customers_email")}));

    const Index *unique = findIndex(customers, QStringLiteral("uq_customers_email"));
    QVERIFY(unique);
    QVERIFY(unique->unique);
    QCOMPARE(unique->method, QStringLiteral("btree"));
    QCOMPARE(unique->keys.size(), 1);
    QCOMPARE(keyAt(unique, 0)->expression, QStringLiteral("email"));
    QVERIFY(!keyAt(unique, 0)->isExpression);

    const Index *prefix = findIndex(customers, QStringLiteral("ix_customers_name_prefix"));
    QVERIFY(prefix);
    QVERIFY(!prefix->unique);
    QCOMPARE(prefix->keys.size(), 1);
    QCOMPARE(keyAt(prefix, 0)->expression, QStringLiteral("name"));
    QCOMPARE(keyAt(prefix, 0)->prefixLength, 10);
    QCOMPARE(keyAt(unique, 0)->prefixLength, 0);

    const Index *desc = findIndex(customers, QStringLiteral("ix_customers_created_desc"));
    QVERIFY(desc);
    QCOMPARE(desc->keys.size(), 2);
    QCOMPARE(keyAt(desc, 0)->expression, QStringLiteral("created_at"));
    QVERIFY(keyAt(desc, 0)->descending);
    QCOMPARE(keyAt(desc, 1)->expression, QStringLiteral("id"));
    QVERIFY(!keyAt(desc, 1)->descending);

    const Index *fulltext = findIndex(customers, QStringLiteral("ft_customers_bio"));
    QVERIFY(fulltext);
    QCOMPARE(fulltext->method, QStringLiteral("fulltext"));
    QCOMPARE(fulltext->comment, QStringLiteral("search"));
    QCOMPARE(keyAt(fulltext, 0)->expression, QStringLiteral("bio"));
    QVERIFY(!keyAt(fulltext, 0)->descending);

    // The index MariaDB made by itself for a foreign key is still an index.
    const Table *lines = table(QStringLiteral("order lines"));
    const Index *fkIndex = findIndex(lines, QStringLiteral("fk lines `revenue`"));
    QVERIFY(fkIndex);
    QCOMPARE(fkIndex->keys.size(), 2);
    QCOMPARE(keyAt(fkIndex, 0)->expression, QStringLiteral("region"));
    QCOMPARE(keyAt(fkIndex, 1)->expression, QStringLiteral("order_no"));
    QVERIFY(findIndex(table(QStringLiteral("RevenueConnection")),
                      QStringLiteral("fk_revenue_customer")));

    const Index *composite =
        findIndex(table(QStringLiteral("plain_myisam")), QStringLiteral("uq_code_label"));
    QVERIFY(composite);
    QVERIFY(composite->unique);
    QCOMPARE(composite->keys.size(), 2);
    QCOMPARE(keyAt(composite, 1)->expression, QStringLiteral("label"));
}

void TestMysqlIntrospector::checks()
{
    const Table *customers = table(QStringLiteral("customers"));
    QVERIFY(customers);
    QCOMPARE(customers->checks.size(), 1);
    QCOMPARE(customers->checks.first().name, QStringLiteral("ck_customers_balance"));
    QCOMPARE(customers->checks.first().expression, QStringLiteral("`balance` >= -100"));
    QVERIFY(customers->checks.first().validated);

    // Unnamed table check: MariaDB names it; column check: named after the column.
    const Table *revenue = table(QStringLiteral("RevenueConnection"));
    QCOMPARE(revenue->checks.size(), 1);
    QCOMPARE(revenue->checks.first().name, QStringLiteral("CONSTRAINT_1"));
    QCOMPARE(revenue->checks.first().expression, QStringLiteral("`größe` > 0"));
    const Table *lines = table(QStringLiteral("order lines"));
    QCOMPARE(lines->checks.size(), 1);
    QCOMPARE(lines->checks.first().name, QStringLiteral("quantity"));
    QCOMPARE(lines->checks.first().expression, QStringLiteral("`quantity` > 0"));
}

void TestMysqlIntrospector::partitionedTable()
{
    const Table *measurements = table(QStringLiteral("measurements"));
    QVERIFY(measurements);
    QCOMPARE(measurements->kind, TableKind::Partitioned);
    QCOMPARE(measurements->partitionKey,
             QStringLiteral("RANGE (year(`taken`)) (PARTITION `p2023` VALUES LESS THAN (2024), "
                            "PARTITION `p2024` VALUES LESS THAN (2025), PARTITION `pmax` VALUES "
                            "LESS THAN MAXVALUE)"));
    QVERIFY(measurements->parentTable.isEmpty());
    QCOMPARE(table(QStringLiteral("customers"))->kind, TableKind::Ordinary);
    QVERIFY(table(QStringLiteral("customers"))->partitionKey.isEmpty());
}

void TestMysqlIntrospector::views()
{
    const Schema *s = schema();
    QCOMPARE(s->views.size(), 3);
    const View *active = s->view(QStringLiteral("active_customers"));
    QVERIFY(active);
    QCOMPARE(active->schema, kDatabase);
    QVERIFY(!active->materialized);
    QCOMPARE(active->columns, (QStringList{QStringLiteral("id"), QStringLiteral("email"),
                                           QStringLiteral("status")}));
    QCOMPARE(active->checkOption, QStringLiteral("CASCADED"));
    // The database's own name is dropped so that two databases compare equal.
    QCOMPARE(active->definition,
             QStringLiteral("select `customers`.`id` AS `id`,`customers`.`email` AS "
                            "`email`,`customers`.`status` AS "
                            "`status` from `customers` where `customers`.`status` = 'active'"));
    QVERIFY(!active->definition.contains(kDatabase));
    QCOMPARE(active->owner, QStringLiteral("parity@%"));

    const View *big = s->view(QStringLiteral("big spenders"));
    QVERIFY(big);
    QCOMPARE(big->columns, (QStringList{QStringLiteral("customer id"), QStringLiteral("balance")}));
    QCOMPARE(big->checkOption, QString());
    QCOMPARE(big->definition,
             QStringLiteral("select `c`.`id` AS `customer id`,`c`.`balance` AS `balance` from "
                            "`customers` `c` where `c`.`balance` > 1000"));

    const View *local = s->view(QStringLiteral("local view"));
    QVERIFY(local);
    QCOMPARE(local->checkOption, QStringLiteral("LOCAL"));
    QCOMPARE(local->columns, QStringList{QStringLiteral("id")});
    QVERIFY(local->indexes.isEmpty());
}

void TestMysqlIntrospector::routines()
{
    const Schema *s = schema();
    QCOMPARE(s->routines.size(), 2);
    const Routine &proc = s->routines.at(0);
    QCOMPARE(proc.name, QStringLiteral("bump_score"));
    QCOMPARE(proc.schema, kDatabase);
    QCOMPARE(proc.kind, RoutineKind::Procedure);
    QCOMPARE(proc.arguments,
             QStringLiteral("IN p_id int unsigned, INOUT p_delta int, OUT p_new int"));
    QCOMPARE(proc.returnType, QString());
    QCOMPARE(proc.language, QStringLiteral("sql"));
    QCOMPARE(proc.owner, QStringLiteral("parity@%"));
    QCOMPARE(
        proc.definition,
        QStringLiteral(
            "CREATE PROCEDURE `bump_score`(IN `p_id` int(10) unsigned, INOUT `p_delta` int(11), "
            "OUT `p_new` int(11))\n    MODIFIES SQL DATA\nBEGIN\n"
            "    UPDATE customers SET score = score + p_delta WHERE id = p_id;\n"
            "    SELECT score INTO p_new FROM customers WHERE id = p_id;\nEND"));

    const Routine &fn = s->routines.at(1);
    QCOMPARE(fn.name, QStringLiteral("customer_label"));
    QCOMPARE(fn.kind, RoutineKind::Function);
    QCOMPARE(fn.arguments, QStringLiteral("p_id int unsigned, p_prefix varchar(10)"));
    QCOMPARE(fn.signature(),
             QStringLiteral("customer_label(p_id int unsigned, p_prefix varchar(10))"));
    QCOMPARE(fn.returnType, QStringLiteral("varchar(200)"));
    QCOMPARE(fn.comment, QStringLiteral("label for a customer"));
    QCOMPARE(fn.definition,
             QStringLiteral(
                 "CREATE FUNCTION `customer_label`(`p_id` int(10) unsigned, `p_prefix` varchar(10) "
                 "CHARACTER SET latin1 COLLATE latin1_bin) RETURNS varchar(200)\n    "
                 "DETERMINISTIC\n    READS SQL DATA\n"
                 "    COMMENT 'label for a customer'\nBEGIN\n    DECLARE v VARCHAR(200);\n"
                 "    SELECT concat(p_prefix, ': ', name) INTO v FROM customers WHERE id = p_id;\n"
                 "    RETURN v;\nEND"));
}

void TestMysqlIntrospector::triggers()
{
    const Schema *s = schema();
    QCOMPARE(s->triggers.size(), 3);
    const Trigger &first = s->triggers.at(0);
    QCOMPARE(first.name, QStringLiteral("customers_before_update"));
    QCOMPARE(first.table, QStringLiteral("customers"));
    QCOMPARE(first.timing, QStringLiteral("BEFORE"));
    QCOMPARE(first.events, QStringList{QStringLiteral("UPDATE")});
    QVERIFY(first.forEachRow);
    QVERIFY(first.enabled);
    // The definition is the CREATE TRIGGER as written (SHOW CREATE TRIGGER),
    // without its DEFINER.
    QCOMPARE(
        first.definition,
        QStringLiteral(
            "CREATE TRIGGER customers_before_update BEFORE UPDATE ON customers\nFOR EACH ROW\n"
            "BEGIN\n    IF NEW.score < -100 THEN\n        SET NEW.score = -100;\n    END "
            "IF;\nEND"));

    const Trigger &second = s->triggers.at(1);
    QCOMPARE(second.name, QStringLiteral("customers_before_update_2"));
    QCOMPARE(
        second.definition,
        QStringLiteral(
            "CREATE TRIGGER customers_before_update_2 BEFORE UPDATE ON customers\n"
            // the server's text has lost FOLLOWS; the order is stated again
            "FOR EACH ROW FOLLOWS `customers_before_update`\nSET NEW.nickname = lower(NEW.nickname)"));

    const Trigger &lines = s->triggers.at(2);
    QCOMPARE(lines.name, QStringLiteral("lines after insert"));
    QCOMPARE(lines.table, QStringLiteral("order lines"));
    QCOMPARE(lines.timing, QStringLiteral("AFTER"));
    QCOMPARE(lines.events, QStringList{QStringLiteral("INSERT")});
    QCOMPARE(lines.definition,
             QStringLiteral("CREATE TRIGGER `lines after insert` after insert ON `order lines`\n"
                            "FOR EACH ROW SET @last_line = NEW.line_id"));
}

void TestMysqlIntrospector::sequences()
{
    const Schema *s = schema();
    QCOMPARE(s->sequences.size(), 1);
    const Sequence &seq = s->sequences.first();
    QCOMPARE(seq.schema, kDatabase);
    QCOMPARE(seq.name, QStringLiteral("invoice_numbers"));
    QCOMPARE(seq.dataType, QStringLiteral("bigint"));
    QCOMPARE(seq.start, 1000);
    QCOMPARE(seq.increment, 5);
    QCOMPARE(seq.minValue, 1000);
    QCOMPARE(seq.maxValue, 999999);
    QCOMPARE(seq.cache, 20);
    QVERIFY(seq.cycle);
    QVERIFY(!s->table(QStringLiteral("invoice_numbers")));
}

QTEST_GUILESS_MAIN(TestMysqlIntrospector)
#include "tst_mysqlintrospector.moc"

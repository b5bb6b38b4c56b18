// The PostgreSQL introspector against the throwaway server: what the catalog
// says about each object of tests/data/introspection/postgres/fixture.sql,
// field by field. How a read behaves is tested in
// tst_postgresintrospectionsession.cpp.

#include "common/jobcontext.h"
#include "introspection/postgres/postgresintrospector.h"
#include "postgresfixture.h"

#include <QTest>

#include <algorithm>

using namespace parity;
using test::names;
using test::queryValue;
using test::revenue;

namespace {

const QString databaseName = QStringLiteral("tst_pg_introspect");

const Index *findIndex(const QList<Index> &indexes, const QString &name)
{
    auto it = std::ranges::find(indexes, name, &Index::name);
    return it == indexes.end() ? nullptr : &*it;
}

template<typename T>
const T *findNamed(const QList<T> &list, const QString &name)
{
    auto it = std::ranges::find(list, name, &T::name);
    return it == list.end() ? nullptr : &*it;
}

} // namespace

class TestPostgresIntrospector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void catalogHeader();
    void schemas();
    void extensions();
    void tables();
    void columns_data();
    void columns();
    void primaryKeys();
    void foreignKeys();
    void uniqueConstraints();
    void checks();
    void indexes();
    void partitions();
    void views();
    void enums();
    void routines();
    void triggers();
    void sequences();
    void rowEstimates();
    void extensionObjectsAbsent();

private:
    const Table &table(const QString &schema, const QString &name);

    ConnectionSpec m_spec;
    std::unique_ptr<DatabaseSession> m_session;
    Catalog m_catalog;
};

const Table &TestPostgresIntrospector::table(const QString &schema, const QString &name)
{
    static const Table missing;
    const Table *found = m_catalog.table(schema, name);
    if (!found)
        qWarning("table %s.%s is missing from the catalog", qPrintable(schema), qPrintable(name));
    return found ? *found : missing;
}

void TestPostgresIntrospector::initTestCase()
{
    auto spec = test::loadPostgresFixture(databaseName);
    PARITY_VERIFY_RESULT(spec);
    m_spec = *spec;
    auto session = DatabaseSession::open(m_spec, DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    m_session = std::move(*session);
    QSqlDatabase db = m_session->database();
    JobContext job;
    auto catalog = PostgresIntrospector().introspect(db, {}, job);
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
}

void TestPostgresIntrospector::catalogHeader()
{
    QCOMPARE(m_catalog.dialect, Dialect::PostgreSQL);
    QCOMPARE(m_catalog.database, databaseName);
    const QString version =
        queryValue(m_session->database(), QStringLiteral("SHOW server_version"));
    QCOMPARE(m_catalog.serverVersion,
             QStringLiteral("PostgreSQL ") + version.section(QLatin1Char(' '), 0, 0));
    QVERIFY2(!m_catalog.serverVersion.contains(QLatin1Char('(')),
             qPrintable(m_catalog.serverVersion));
}

void TestPostgresIntrospector::schemas()
{
    QCOMPARE(names(m_catalog.schemas), (QStringList{revenue, QStringLiteral("public")}));
    const Schema *billing = m_catalog.schema(revenue);
    QVERIFY(billing);
    QCOMPARE(billing->comment, QStringLiteral("Billing objects"));
    QCOMPARE(billing->owner, m_spec.user);
    QCOMPARE(m_catalog.schema(QStringLiteral("public"))->owner,
             QStringLiteral("pg_database_owner"));
}

void TestPostgresIntrospector::extensions()
{
    QCOMPARE(m_catalog.extensions.size(), 1);
    const Extension &citext = m_catalog.extensions.first();
    QCOMPARE(citext.name, QStringLiteral("citext"));
    QCOMPARE(citext.schema, QStringLiteral("public"));
    QVERIFY(!citext.version.isEmpty());
}

void TestPostgresIntrospector::tables()
{
    QCOMPARE(names(m_catalog.schema(QStringLiteral("public"))->tables),
             (QStringList{QStringLiteral("customer"), QStringLiteral("never_analyzed"),
                          QStringLiteral("we\"ird table")}));
    QCOMPARE(names(m_catalog.schema(revenue)->tables),
             (QStringList{QStringLiteral("Invoice"), QStringLiteral("line item"),
                          QStringLiteral("payment"), QStringLiteral("payment_2024"),
                          QStringLiteral("payment_2025")}));
    const Table &customer = table(QStringLiteral("public"), QStringLiteral("customer"));
    QCOMPARE(customer.comment, QStringLiteral("People who pay"));
    QCOMPARE(customer.owner, m_spec.user);
    QCOMPARE(customer.kind, TableKind::Ordinary);
    QCOMPARE(customer.options, QString());
    QCOMPARE(customer.rowCount, -1);
}

void TestPostgresIntrospector::columns_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("normalizedType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultExpression");
    QTest::addColumn<IdentityKind>("identity");
    QTest::addColumn<QString>("generated");
    QTest::addColumn<QString>("collation");
    QTest::addColumn<QString>("comment");

    const QString pub = QStringLiteral("public");
    const QString customer = QStringLiteral("customer");
    const QString invoice = QStringLiteral("Invoice");
    auto row = [](const QString &s, const QString &t, const QString &c) -> QTestData & {
        return QTest::addRow("%s.%s.%s", qPrintable(s), qPrintable(t), qPrintable(c))
               << s << t << c;
    };
    using I = IdentityKind;
    // clang-format off
    row(pub, customer, "id") << 1 << "integer" << "integer" << false << "" << I::Always << "" << "" << "";
    row(pub, customer, "email") << 2 << "citext" << "citext" << false << "" << I::None << "" << "" << "Where invoices go";
    row(pub, customer, "name") << 3 << "character varying(80)" << "varchar(80)" << false << "''::character varying" << I::None << "" << "" << "";
    row(pub, customer, "select") << 4 << "text" << "text" << true << "" << I::None << "" << "C" << "";
    row(pub, customer, QStringLiteral("größe")) << 5 << "numeric(10,2)" << "numeric(10,2)" << true << "" << I::None << "" << "" << "";
    row(pub, customer, "created_at") << 6 << "timestamp with time zone" << "timestamptz" << false << "now()" << I::None << "" << "" << "";
    row(pub, customer, "updated_at") << 7 << "timestamp(3) without time zone" << "timestamp(3)" << true << "" << I::None << "" << "" << "";
    row(pub, customer, "tags") << 8 << "text[]" << "text[]" << true << "'{}'::text[]" << I::None << "" << "" << "";
    row(pub, customer, "feeling") << 9 << "mood" << "mood" << true << "'ok'::mood" << I::None << "" << "" << "";
    row(pub, customer, "active") << 10 << "boolean" << "boolean" << false << "true" << I::None << "" << "" << "";
    row(pub, customer, "visits") << 11 << "positive_int" << "positive_int" << true << "" << I::None << "" << "" << "";
    // Added after a dropped column: attnum 13, position 12.
    row(pub, customer, QStringLiteral("日本")) << 12 << "character varying(10)" << "varchar(10)" << true << "" << I::None << "" << "" << "";
    row(revenue, invoice, "id") << 1 << "integer" << "integer" << false << "nextval('\"RevenueConnection\".\"Invoice_id_seq\"'::regclass)" << I::None << "" << "" << "";
    row(revenue, invoice, "tax") << 4 << "numeric(12,2)" << "numeric(12,2)" << true << "" << I::None << "(amount * 0.2)" << "" << "";
    row(revenue, invoice, "we\"ird") << 5 << "text" << "text" << true << "" << I::None << "" << "" << "Quoted \"name\"";
    row(revenue, invoice, "order") << 6 << "integer" << "integer" << true << "" << I::None << "" << "" << "";
    row(revenue, invoice, "issued_on") << 7 << "date" << "date" << false << "CURRENT_DATE" << I::None << "" << "" << "";
    row(revenue, "line item", "invoice id") << 1 << "integer" << "integer" << true << "" << I::None << "" << "" << "";
    row(revenue, "payment_2024", "paid_at") << 2 << "timestamp with time zone" << "timestamptz" << false << "" << I::None << "" << "" << "";
    // clang-format on
}

void TestPostgresIntrospector::columns()
{
    QFETCH(QString, schema);
    QFETCH(QString, tableName);
    QFETCH(QString, column);
    QFETCH(int, position);
    QFETCH(QString, type);
    QFETCH(QString, normalizedType);
    QFETCH(bool, nullable);
    QFETCH(QString, defaultExpression);
    QFETCH(IdentityKind, identity);
    QFETCH(QString, generated);
    QFETCH(QString, collation);
    QFETCH(QString, comment);

    const Column *c = table(schema, tableName).column(column);
    QVERIFY2(c, qPrintable(column));
    QCOMPARE(c->position, position);
    QCOMPARE(c->type, type);
    QCOMPARE(c->normalizedType, normalizedType);
    QCOMPARE(c->nullable, nullable);
    QCOMPARE(c->defaultExpression, defaultExpression);
    QCOMPARE(c->identity, identity);
    QCOMPARE(c->generatedExpression, generated);
    QCOMPARE(c->generatedStored, !generated.isEmpty());
    QCOMPARE(c->collation, collation);
    QCOMPARE(c->comment, comment);
}

void TestPostgresIntrospector::primaryKeys()
{
    const Table &customer = table(QStringLiteral("public"), QStringLiteral("customer"));
    QVERIFY(customer.primaryKey);
    QCOMPARE(customer.primaryKey->name, QStringLiteral("customer_pkey"));
    QCOMPARE(customer.primaryKey->columns, QStringList{QStringLiteral("id")});
    const Table &payment = table(revenue, QStringLiteral("payment"));
    QVERIFY(payment.primaryKey);
    QCOMPARE(payment.primaryKey->columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("paid_at")}));
    QVERIFY(!table(QStringLiteral("public"), QStringLiteral("we\"ird table")).primaryKey);
}

void TestPostgresIntrospector::foreignKeys()
{
    const Table &invoice = table(revenue, QStringLiteral("Invoice"));
    QCOMPARE(invoice.foreignKeys.size(), 1);
    const ForeignKey &toCustomer = invoice.foreignKeys.first();
    QCOMPARE(toCustomer.name, QStringLiteral("Invoice_customer_id_fkey"));
    QCOMPARE(toCustomer.columns, QStringList{QStringLiteral("customer_id")});
    QCOMPARE(toCustomer.referencedSchema, QStringLiteral("public"));
    QCOMPARE(toCustomer.referencedTable, QStringLiteral("customer"));
    QCOMPARE(toCustomer.referencedColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(toCustomer.onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(toCustomer.onUpdate, QStringLiteral("NO ACTION"));
    QCOMPARE(toCustomer.match, QString());
    QVERIFY(toCustomer.deferrable);
    QVERIFY(toCustomer.initiallyDeferred);
    QVERIFY(toCustomer.validated);

    const Table &lineItem = table(revenue, QStringLiteral("line item"));
    QCOMPARE(lineItem.foreignKeys.size(), 1);
    const ForeignKey &toInvoice = lineItem.foreignKeys.first();
    QCOMPARE(toInvoice.columns, QStringList{QStringLiteral("invoice id")});
    QCOMPARE(toInvoice.referencedSchema, revenue);
    QCOMPARE(toInvoice.referencedTable, QStringLiteral("Invoice"));
    QCOMPARE(toInvoice.onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(toInvoice.onUpdate, QStringLiteral("RESTRICT"));
    QCOMPARE(toInvoice.match, QStringLiteral("FULL"));
    QVERIFY(!toInvoice.deferrable);
    QVERIFY(!toInvoice.validated);
}

void TestPostgresIntrospector::uniqueConstraints()
{
    const Table &customer = table(QStringLiteral("public"), QStringLiteral("customer"));
    QCOMPARE(names(customer.uniqueConstraints), QStringList{QStringLiteral("customer_email_key")});
    QCOMPARE(customer.uniqueConstraints.first().columns, QStringList{QStringLiteral("email")});
    QVERIFY(!customer.uniqueConstraints.first().deferrable);
    QVERIFY(!customer.uniqueConstraints.first().nullsNotDistinct);

    const Table &invoice = table(revenue, QStringLiteral("Invoice"));
    QCOMPARE(invoice.uniqueConstraints.size(), 1);
    const UniqueConstraint &unique = invoice.uniqueConstraints.first();
    QCOMPARE(unique.name, QStringLiteral("invoice_customer_order_key"));
    QCOMPARE(unique.columns, (QStringList{QStringLiteral("customer_id"), QStringLiteral("order")}));
    QVERIFY(unique.deferrable);
    QVERIFY(!unique.initiallyDeferred);
    QVERIFY(unique.nullsNotDistinct);
}

void TestPostgresIntrospector::checks()
{
    const Table &customer = table(QStringLiteral("public"), QStringLiteral("customer"));
    QCOMPARE(customer.checks.size(), 1);
    QCOMPARE(customer.checks.first().name, QStringLiteral("größe is positive"));
    QCOMPARE(customer.checks.first().expression, QStringLiteral("\"größe\" >= (0)::numeric"));
    QVERIFY(customer.checks.first().validated);

    const Table &invoice = table(revenue, QStringLiteral("Invoice"));
    QCOMPARE(invoice.checks.size(), 1);
    QCOMPARE(invoice.checks.first().expression, QStringLiteral("amount > (0)::numeric"));

    const Table &lineItem = table(revenue, QStringLiteral("line item"));
    QCOMPARE(lineItem.checks.size(), 1);
    QCOMPARE(lineItem.checks.first().name, QStringLiteral("quantity_positive"));
    QCOMPARE(lineItem.checks.first().expression, QStringLiteral("quantity > 0"));
    QVERIFY(!lineItem.checks.first().validated);
}

void TestPostgresIntrospector::indexes()
{
    const Table &customer = table(QStringLiteral("public"), QStringLiteral("customer"));
    // The primary key's and the unique constraint's indexes are not listed.
    QCOMPARE(names(customer.indexes), (QStringList{QStringLiteral("customer name pattern"),
                                                   QStringLiteral("customer_lower_name_idx"),
                                                   QStringLiteral("customer_select_c_idx"),
                                                   QStringLiteral("customer_tags_gin")}));

    const Index *lower = findIndex(customer.indexes, QStringLiteral("customer_lower_name_idx"));
    QCOMPARE(lower->method, QStringLiteral("btree"));
    QVERIFY(!lower->unique);
    QCOMPARE(lower->predicate, QStringLiteral("active"));
    QCOMPARE(lower->keys.size(), 1);
    QVERIFY(lower->keys.first().isExpression);
    QCOMPARE(lower->keys.first().expression, QStringLiteral("lower((name)::text)"));
    QVERIFY(lower->keys.first().descending);
    QCOMPARE(lower->keys.first().nulls, QStringLiteral("LAST"));
    QVERIFY2(lower->definition.startsWith(
                 QStringLiteral("CREATE INDEX customer_lower_name_idx ON public.customer")),
             qPrintable(lower->definition));
    QVERIFY(lower->definition.endsWith(QStringLiteral("WHERE active")));

    const Index *pattern = findIndex(customer.indexes, QStringLiteral("customer name pattern"));
    QVERIFY(pattern->unique);
    QCOMPARE(pattern->keys.size(), 1);
    QCOMPARE(pattern->keys.first().expression, QStringLiteral("name"));
    QVERIFY(!pattern->keys.first().isExpression);
    QCOMPARE(pattern->keys.first().opclass, QStringLiteral("varchar_pattern_ops"));
    QCOMPARE(pattern->keys.first().nulls, QString());
    QCOMPARE(pattern->include, QStringList{QStringLiteral("created_at")});

    const Index *collated = findIndex(customer.indexes, QStringLiteral("customer_select_c_idx"));
    QCOMPARE(collated->keys.size(), 1);
    QCOMPARE(collated->keys.first().expression, QStringLiteral("select"));
    QCOMPARE(collated->keys.first().collation, QStringLiteral("POSIX"));
    QCOMPARE(collated->keys.first().nulls, QStringLiteral("FIRST"));
    QVERIFY(!collated->keys.first().descending);
    QCOMPARE(collated->keys.first().opclass, QString());

    const Index *gin = findIndex(customer.indexes, QStringLiteral("customer_tags_gin"));
    QCOMPARE(gin->keys.size(), 1);
    QCOMPARE(gin->method, QStringLiteral("gin"));
    QCOMPARE(gin->comment, QStringLiteral("Tag search"));
    QCOMPARE(gin->keys.first().nulls, QString());
    QCOMPARE(gin->predicate, QString());
}

void TestPostgresIntrospector::partitions()
{
    const Table &payment = table(revenue, QStringLiteral("payment"));
    QCOMPARE(payment.kind, TableKind::Partitioned);
    QCOMPARE(payment.partitionKey, QStringLiteral("RANGE (paid_at)"));
    QCOMPARE(names(payment.indexes), QStringList{QStringLiteral("payment_amount_idx")});

    const Table &p2024 = table(revenue, QStringLiteral("payment_2024"));
    QCOMPARE(p2024.kind, TableKind::Partition);
    QCOMPARE(p2024.parentTable, QStringLiteral("payment"));
    QCOMPARE(p2024.partitionBound,
             QStringLiteral(
                 "FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')"));
    QCOMPARE(p2024.columns.size(), 3);
    // What a partition inherits from its parent is recorded on the parent only.
    QVERIFY(!p2024.primaryKey);
    QVERIFY(p2024.indexes.isEmpty());

    const Table &p2025 = table(revenue, QStringLiteral("payment_2025"));
    QCOMPARE(p2025.kind, TableKind::Partition);
    QVERIFY(p2025.partitionBound.startsWith(QStringLiteral("FOR VALUES FROM ('2025-01-01")));
}

void TestPostgresIntrospector::views()
{
    const Schema *pub = m_catalog.schema(QStringLiteral("public"));
    QCOMPARE(names(pub->views), QStringList{QStringLiteral("active_customers")});
    const View *active = pub->view(QStringLiteral("active_customers"));
    QVERIFY(!active->materialized);
    QCOMPARE(active->columns,
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("email")}));
    QVERIFY2(active->definition.contains(QStringLiteral("FROM customer")),
             qPrintable(active->definition));
    QVERIFY2(active->definition.contains(QStringLiteral("WHERE customer.active")),
             qPrintable(active->definition));
    QCOMPARE(active->comment, QStringLiteral("Customers who still buy"));
    QCOMPARE(active->owner, m_spec.user);
    QCOMPARE(active->checkOption, QString());
    QVERIFY(active->indexes.isEmpty());

    const Schema *billing = m_catalog.schema(revenue);
    QCOMPARE(names(billing->views),
             (QStringList{QStringLiteral("big invoices"), QStringLiteral("revenue_by_customer")}));
    const View *big = billing->view(QStringLiteral("big invoices"));
    QCOMPARE(big->checkOption, QStringLiteral("CASCADED"));
    QVERIFY2(big->definition.contains(QStringLiteral("FROM \"RevenueConnection\".\"Invoice\"")),
             qPrintable(big->definition));

    const View *revenueView = billing->view(QStringLiteral("revenue_by_customer"));
    QVERIFY(revenueView->materialized);
    QCOMPARE(revenueView->columns,
             (QStringList{QStringLiteral("customer_id"), QStringLiteral("total")}));
    QVERIFY(revenueView->definition.contains(QStringLiteral("sum(\"Invoice\".amount) AS total")));
    QCOMPARE(names(revenueView->indexes), QStringList{QStringLiteral("revenue_by_customer_idx")});
    QVERIFY(revenueView->indexes.first().unique);
    QCOMPARE(revenueView->indexes.first().keys.size(), 1);
    QCOMPARE(revenueView->indexes.first().keys.first().expression, QStringLiteral("customer_id"));
}

void TestPostgresIntrospector::enums()
{
    const Schema *pub = m_catalog.schema(QStringLiteral("public"));
    QCOMPARE(pub->enums.size(), 1);
    const EnumType &mood = pub->enums.first();
    QCOMPARE(mood.name, QStringLiteral("mood"));
    QCOMPARE(mood.schema, QStringLiteral("public"));
    // 'meh' was added last but sorts second.
    QCOMPARE(mood.labels, (QStringList{QStringLiteral("sad"), QStringLiteral("meh"),
                                       QStringLiteral("ok"), QStringLiteral("happy")}));
    QCOMPARE(mood.comment, QStringLiteral("How a customer feels"));
    QCOMPARE(mood.owner, m_spec.user);
    QVERIFY(m_catalog.schema(revenue)->enums.isEmpty());
}

void TestPostgresIntrospector::routines()
{
    const Schema *pub = m_catalog.schema(QStringLiteral("public"));
    QCOMPARE(names(pub->routines),
             (QStringList{QStringLiteral("Add Tax"), QStringLiteral("text_concat"),
                          QStringLiteral("touch_customer")}));
    const Routine &addTax = pub->routines.at(0);
    QCOMPARE(addTax.kind, RoutineKind::Function);
    QCOMPARE(addTax.arguments, QStringLiteral("amount numeric, rate numeric"));
    QCOMPARE(addTax.signature(), QStringLiteral("Add Tax(amount numeric, rate numeric)"));
    QCOMPARE(addTax.returnType, QStringLiteral("numeric"));
    QCOMPARE(addTax.language, QStringLiteral("sql"));
    QCOMPARE(addTax.comment, QStringLiteral("Gross from net"));
    QCOMPARE(addTax.owner, m_spec.user);
    QVERIFY2(addTax.definition.startsWith(
                 QStringLiteral("CREATE OR REPLACE FUNCTION public.\"Add Tax\"(amount numeric, "
                                "rate numeric DEFAULT 0.2)")),
             qPrintable(addTax.definition));
    QVERIFY(addTax.definition.contains(QStringLiteral("SELECT amount * (1 + rate)")));

    const Routine &aggregate = pub->routines.at(1);
    QCOMPARE(aggregate.kind, RoutineKind::Aggregate);
    QCOMPARE(aggregate.arguments, QStringLiteral("text"));
    QCOMPARE(aggregate.returnType, QStringLiteral("text"));
    QVERIFY2(aggregate.definition.startsWith(
                 QStringLiteral("CREATE AGGREGATE public.text_concat(text) (")),
             qPrintable(aggregate.definition));
    QVERIFY(aggregate.definition.contains(QStringLiteral("SFUNC = textcat")));
    QVERIFY(aggregate.definition.contains(QStringLiteral("STYPE = text")));
    QVERIFY(aggregate.definition.contains(QStringLiteral("INITCOND = ''")));

    const Routine &trigger = pub->routines.at(2);
    QCOMPARE(trigger.returnType, QStringLiteral("trigger"));
    QCOMPARE(trigger.language, QStringLiteral("plpgsql"));

    const Schema *billing = m_catalog.schema(revenue);
    QCOMPARE(names(billing->routines),
             (QStringList{QStringLiteral("archive_invoices"), QStringLiteral("note_delete")}));
    const Routine &procedure = billing->routines.at(0);
    QCOMPARE(procedure.kind, RoutineKind::Procedure);
    QCOMPARE(procedure.arguments, QStringLiteral("IN before date"));
    QCOMPARE(procedure.returnType, QString());
    QVERIFY2(procedure.definition.startsWith(QStringLiteral(
                 "CREATE OR REPLACE PROCEDURE \"RevenueConnection\".archive_invoices")),
             qPrintable(procedure.definition));
}

void TestPostgresIntrospector::triggers()
{
    const Schema *pub = m_catalog.schema(QStringLiteral("public"));
    QCOMPARE(pub->triggers.size(), 1);
    const Trigger &touch = pub->triggers.first();
    QCOMPARE(touch.name, QStringLiteral("customer_touch"));
    QCOMPARE(touch.table, QStringLiteral("customer"));
    QCOMPARE(touch.timing, QStringLiteral("BEFORE"));
    QCOMPARE(touch.events, (QStringList{QStringLiteral("INSERT"), QStringLiteral("UPDATE")}));
    QVERIFY(touch.forEachRow);
    QVERIFY(touch.enabled);
    QVERIFY2(touch.definition.startsWith(
                 QStringLiteral("CREATE TRIGGER customer_touch BEFORE INSERT OR UPDATE ON "
                                "public.customer FOR EACH ROW")),
             qPrintable(touch.definition));

    const Schema *billing = m_catalog.schema(revenue);
    QCOMPARE(billing->triggers.size(), 1);
    const Trigger &deleted = billing->triggers.first();
    QCOMPARE(deleted.name, QStringLiteral("invoice deleted"));
    QCOMPARE(deleted.table, QStringLiteral("Invoice"));
    QCOMPARE(deleted.timing, QStringLiteral("AFTER"));
    QCOMPARE(deleted.events, (QStringList{QStringLiteral("DELETE"), QStringLiteral("TRUNCATE")}));
    QVERIFY(!deleted.forEachRow);
    QVERIFY(!deleted.enabled);
    QVERIFY(deleted.definition.contains(QStringLiteral("FOR EACH STATEMENT")));
}

void TestPostgresIntrospector::sequences()
{
    // The identity column's sequence (customer_id_seq) is not listed.
    const Schema *pub = m_catalog.schema(QStringLiteral("public"));
    QCOMPARE(names(pub->sequences), QStringList{QStringLiteral("ticket_seq")});
    const Sequence &ticket = pub->sequences.first();
    QCOMPARE(ticket.schema, QStringLiteral("public"));
    QCOMPARE(ticket.dataType, QStringLiteral("integer"));
    QCOMPARE(ticket.start, 100);
    QCOMPARE(ticket.increment, 5);
    QCOMPARE(ticket.minValue, 10);
    QCOMPARE(ticket.maxValue, 10000);
    QCOMPARE(ticket.cache, 3);
    QVERIFY(ticket.cycle);
    QCOMPARE(ticket.ownedBy, QString());
    QCOMPARE(ticket.owner, m_spec.user);

    const Schema *billing = m_catalog.schema(revenue);
    QCOMPARE(names(billing->sequences), QStringList{QStringLiteral("Invoice_id_seq")});
    const Sequence &serial = billing->sequences.first();
    QCOMPARE(serial.dataType, QStringLiteral("integer"));
    QCOMPARE(serial.start, 1);
    QCOMPARE(serial.minValue, 1);
    QCOMPARE(serial.maxValue, 0); // the type's maximum
    QVERIFY(!serial.cycle);
    QCOMPARE(serial.ownedBy, QStringLiteral("Invoice.id"));
}

void TestPostgresIntrospector::rowEstimates()
{
    QCOMPARE(table(QStringLiteral("public"), QStringLiteral("customer")).rowEstimate, 3);
    QCOMPARE(table(revenue, QStringLiteral("Invoice")).rowEstimate, 4);
    QCOMPARE(table(revenue, QStringLiteral("payment_2024")).rowEstimate, 2);
    QCOMPARE(table(QStringLiteral("public"), QStringLiteral("never_analyzed")).rowEstimate, -1);
}

void TestPostgresIntrospector::extensionObjectsAbsent()
{
    // citext brings dozens of functions, operators' functions and a type
    // into public; none of them is a user object.
    QVERIFY(!m_catalog.extensions.isEmpty());
    for (const Schema &schema : m_catalog.schemas) {
        for (const Routine &routine : schema.routines)
            QVERIFY2(!routine.name.startsWith(QStringLiteral("citext")), qPrintable(routine.name));
        QVERIFY(!findNamed(schema.routines, QStringLiteral("regexp_matches")));
        QVERIFY(!findNamed(schema.routines, QStringLiteral("texticlike")));
    }
}

QTEST_GUILESS_MAIN(TestPostgresIntrospector)
#include "tst_postgresintrospector.moc"

// objectDdl: the DDL of one object, per dialect, from hand-built catalogs
// and from the demo database.
#include "common/jobcontext.h"
#include "diff/textdiff.h"
#include "introspection/inspector.h"
#include "migration/objectddl.h"
#include "migration/sqlgenerator.h"
#include "testsupport.h"

#include <QRegularExpression>
#include <QTest>

using namespace parity;

namespace {

const QString kHostileTable = QStringLiteral("we\"ird Näme");
const QString kHostileColumn = QStringLiteral("select");

QString schemaName(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return QStringLiteral("public");
    case Dialect::MySQL:
        return QStringLiteral("shop");
    case Dialect::SQLite:
        break;
    }
    return QStringLiteral("main");
}

Column column(const QString &name, const QString &type, bool nullable, int position,
              const QString &defaultExpression = {})
{
    Column c;
    c.name = name;
    c.type = type;
    c.normalizedType = type;
    c.nullable = nullable;
    c.position = position;
    c.defaultExpression = defaultExpression;
    return c;
}

IndexKey key(const QString &column)
{
    IndexKey k;
    k.expression = column;
    return k;
}

/// What only PostgreSQL has, or what the generator writes for it alone:
/// a function, a trigger, a sequence, an enum, a materialized view.
void addPostgresObjects(Schema &s)
{
    Routine count;
    count.schema = s.name;
    count.name = QStringLiteral("order_count");
    count.arguments = QStringLiteral("c integer");
    count.returnType = QStringLiteral("bigint");
    count.language = QStringLiteral("plpgsql");
    count.definition = QStringLiteral("CREATE OR REPLACE FUNCTION public.order_count(c integer)\n "
                                      "RETURNS bigint\n LANGUAGE plpgsql\n"
                                      "AS $function$ BEGIN RETURN (SELECT count(*) FROM orders "
                                      "WHERE customer_id = c); END $function$");
    s.routines = {count};

    Trigger audit;
    audit.name = QStringLiteral("orders_audit");
    audit.table = QStringLiteral("orders");
    audit.timing = QStringLiteral("AFTER");
    audit.events = {QStringLiteral("INSERT")};
    audit.definition = QStringLiteral("CREATE TRIGGER orders_audit AFTER INSERT ON public.orders "
                                      "FOR EACH ROW EXECUTE FUNCTION audit()");
    s.triggers = {audit};

    Sequence numbers;
    numbers.schema = s.name;
    numbers.name = QStringLiteral("invoice_no");
    s.sequences = {numbers};

    EnumType status;
    status.schema = s.name;
    status.name = QStringLiteral("order_status");
    status.labels = {QStringLiteral("new"), QStringLiteral("it's paid")};
    s.enums = {status};

    View big;
    big.schema = s.name;
    big.name = QStringLiteral("big_orders");
    big.materialized = true;
    big.definition = QStringLiteral(" SELECT id, total FROM orders WHERE total > 100;");
    Index byTotal;
    byTotal.name = QStringLiteral("big_orders_total_idx");
    byTotal.keys = {key(QStringLiteral("total"))};
    big.indexes = {byTotal};
    s.views << big;
}

/// A small shop: customer, orders (with a key to customer, a check, an
/// index), a table whose names need quoting, a view.
Catalog shop(Dialect dialect)
{
    const bool mysql = dialect == Dialect::MySQL;
    const QString integer = mysql ? QStringLiteral("int") : QStringLiteral("integer");
    const QString schema = schemaName(dialect);

    Table customer;
    customer.schema = schema;
    customer.name = QStringLiteral("customer");
    customer.columns = {column(QStringLiteral("id"), integer, false, 1),
                        column(QStringLiteral("email"), QStringLiteral("varchar(255)"), false, 2)};
    customer.primaryKey =
        PrimaryKey{mysql ? QStringLiteral("PRIMARY") : QStringLiteral("customer_pkey"),
                   {QStringLiteral("id")}};
    UniqueConstraint email;
    email.name = QStringLiteral("customer_email_key");
    email.columns = {QStringLiteral("email")};
    customer.uniqueConstraints = {email};

    Table orders;
    orders.schema = schema;
    orders.name = QStringLiteral("orders");
    orders.columns = {column(QStringLiteral("id"), integer, false, 1),
                      column(QStringLiteral("customer_id"), integer, true, 2),
                      column(QStringLiteral("total"), QStringLiteral("numeric(10,2)"), false, 3,
                             QStringLiteral("0"))};
    orders.primaryKey =
        PrimaryKey{mysql ? QStringLiteral("PRIMARY") : QStringLiteral("orders_pkey"),
                   {QStringLiteral("id")}};
    ForeignKey fk;
    fk.name = QStringLiteral("orders_customer_fk");
    fk.columns = {QStringLiteral("customer_id")};
    fk.referencedSchema = schema;
    fk.referencedTable = QStringLiteral("customer");
    fk.referencedColumns = {QStringLiteral("id")};
    fk.onDelete = QStringLiteral("CASCADE");
    orders.foreignKeys = {fk};
    orders.checks = {
        CheckConstraint{QStringLiteral("orders_total_check"), QStringLiteral("total >= 0")}};
    Index byCustomer;
    byCustomer.name = QStringLiteral("orders_customer_idx");
    byCustomer.keys = {key(QStringLiteral("customer_id")), key(QStringLiteral("total"))};
    orders.indexes = {byCustomer};
    if (mysql) {
        // MySQL keeps the index a foreign key needs under the key's name.
        Index fkIndex;
        fkIndex.name = fk.name;
        fkIndex.keys = {key(QStringLiteral("customer_id"))};
        orders.indexes << fkIndex;
    }

    Table hostile;
    hostile.schema = schema;
    hostile.name = kHostileTable;
    hostile.columns = {column(kHostileColumn, integer, false, 1, QStringLiteral("1")),
                       column(QStringLiteral("from"), QStringLiteral("text"), true, 2)};
    Index hostileIndex;
    hostileIndex.name = QStringLiteral("in\"dex `x`");
    hostileIndex.keys = {key(kHostileColumn)};
    hostile.indexes = {hostileIndex};

    View totals;
    totals.schema = schema;
    totals.name = QStringLiteral("order_totals");
    totals.definition =
        QStringLiteral("SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id");

    Schema s;
    s.name = schema;
    s.tables = {customer, orders, hostile};
    s.views = {totals};
    if (dialect == Dialect::PostgreSQL)
        addPostgresObjects(s);

    Catalog catalog;
    catalog.dialect = dialect;
    catalog.database = QStringLiteral("shop");
    catalog.schemas = {s};
    if (dialect == Dialect::PostgreSQL)
        catalog.extensions = {Extension{QStringLiteral("pgcrypto"), schema, QString()}};
    catalog.normalize();
    return catalog;
}

QString lines(const QStringList &parts)
{
    return parts.join(QLatin1Char('\n'));
}

/// The tokens of `ddl` outside quotes (identifiers, keywords, literals
/// apart from quoted ones) and the quoted ones, split the way the diff view
/// splits words.
void splitTokens(const QString &ddl, QStringList &bare, QStringList &quoted)
{
    for (const QString &line : ddl.split(QLatin1Char('\n'))) {
        for (const TextSpan &t : diffTokens(line)) {
            const QString token = line.mid(t.start, t.length);
            const QChar first = token.front();
            if (first == QLatin1Char('"') || first == QLatin1Char('`'))
                quoted << token;
            else if (!token.trimmed().isEmpty())
                bare << token;
        }
    }
}

} // namespace

Q_DECLARE_METATYPE(parity::ObjectKind)
Q_DECLARE_METATYPE(parity::Dialect)

class TestObjectDdl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ddl_data();
    void ddl();
    void missing_data();
    void missing();
    void hostileNames_data();
    void hostileNames();
    void otherSchemaName();
    void refOfChange();
    void demoDatabase();
};

void TestObjectDdl::ddl_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<ObjectKind>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("expected");

    const auto pg = Dialect::PostgreSQL;
    const auto my = Dialect::MySQL;
    const auto lite = Dialect::SQLite;

    QTest::newRow("pg table")
        << pg << ObjectKind::Table << QString() << "orders"
        << lines({"CREATE TABLE \"public\".\"orders\" (", "    \"id\" integer NOT NULL,",
                  "    \"customer_id\" integer,", "    \"total\" numeric(10,2) DEFAULT 0 NOT NULL,",
                  "    CONSTRAINT \"orders_pkey\" PRIMARY KEY (\"id\"),",
                  "    CONSTRAINT \"orders_total_check\" CHECK (total >= 0),",
                  "    CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES "
                  "\"public\".\"customer\" (\"id\") ON DELETE CASCADE",
                  ");", "",
                  "CREATE INDEX \"orders_customer_idx\" ON \"public\".\"orders\" (\"customer_id\", "
                  "\"total\");",
                  "",
                  "CREATE TRIGGER orders_audit AFTER INSERT ON public.orders FOR EACH ROW EXECUTE "
                  "FUNCTION audit();"});
    QTest::newRow("pg column") << pg << ObjectKind::Column << "orders"
                               << "total"
                               << "\"total\" numeric(10,2) DEFAULT 0 NOT NULL";
    QTest::newRow("pg primary key")
        << pg << ObjectKind::PrimaryKey << "orders"
        << "orders_pkey"
        << "ALTER TABLE \"public\".\"orders\" ADD CONSTRAINT \"orders_pkey\" PRIMARY KEY (\"id\");";
    QTest::newRow("pg unique") << pg << ObjectKind::UniqueConstraint << "customer"
                               << "customer_email_key"
                               << "ALTER TABLE \"public\".\"customer\" ADD CONSTRAINT "
                                  "\"customer_email_key\" UNIQUE (\"email\");";
    QTest::newRow("pg check") << pg << ObjectKind::Check << "orders"
                              << "orders_total_check"
                              << "ALTER TABLE \"public\".\"orders\" ADD CONSTRAINT "
                                 "\"orders_total_check\" CHECK (total >= 0);";
    QTest::newRow("pg foreign key")
        << pg << ObjectKind::ForeignKey << "orders"
        << "orders_customer_fk"
        << "ALTER TABLE \"public\".\"orders\" ADD CONSTRAINT \"orders_customer_fk\" FOREIGN KEY "
           "(\"customer_id\") REFERENCES \"public\".\"customer\" (\"id\") ON DELETE CASCADE;";
    QTest::newRow("pg index") << pg << ObjectKind::Index << "orders"
                              << "orders_customer_idx"
                              << "CREATE INDEX \"orders_customer_idx\" ON \"public\".\"orders\" "
                                 "(\"customer_id\", \"total\");";
    QTest::newRow("pg view")
        << pg << ObjectKind::View << QString() << "order_totals"
        << lines({"CREATE VIEW \"public\".\"order_totals\" AS",
                  "SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;"});
    QTest::newRow("pg materialized view with its index")
        << pg << ObjectKind::MaterializedView << QString() << "big_orders"
        << lines(
               {"CREATE MATERIALIZED VIEW \"public\".\"big_orders\" AS",
                "SELECT id, total FROM orders WHERE total > 100", "WITH DATA;", "",
                "CREATE INDEX \"big_orders_total_idx\" ON \"public\".\"big_orders\" (\"total\");"});
    QTest::newRow("pg index of a materialized view")
        << pg << ObjectKind::Index << "big_orders"
        << "big_orders_total_idx"
        << "CREATE INDEX \"big_orders_total_idx\" ON \"public\".\"big_orders\" (\"total\");";
    QTest::newRow("pg routine by signature")
        << pg << ObjectKind::Routine << QString() << "order_count(c integer)"
        << lines({"CREATE OR REPLACE FUNCTION public.order_count(c integer)", " RETURNS bigint",
                  " LANGUAGE plpgsql",
                  "AS $function$ BEGIN RETURN (SELECT count(*) FROM orders WHERE customer_id = c); "
                  "END $function$;"});
    QTest::newRow("pg trigger") << pg << ObjectKind::Trigger << "orders"
                                << "orders_audit"
                                << "CREATE TRIGGER orders_audit AFTER INSERT ON public.orders FOR "
                                   "EACH ROW EXECUTE FUNCTION audit();";
    QTest::newRow("pg sequence") << pg << ObjectKind::Sequence << QString() << "invoice_no"
                                 << "CREATE SEQUENCE \"public\".\"invoice_no\" AS bigint INCREMENT "
                                    "BY 1 MINVALUE 1 NO MAXVALUE "
                                    "START WITH 1 CACHE 1 NO CYCLE;";
    QTest::newRow("pg enum")
        << pg << ObjectKind::Enum << QString() << "order_status"
        << "CREATE TYPE \"public\".\"order_status\" AS ENUM ('new', 'it''s paid');";
    QTest::newRow("pg extension")
        << pg << ObjectKind::Extension << QString() << "pgcrypto"
        << "CREATE EXTENSION IF NOT EXISTS \"pgcrypto\" WITH SCHEMA \"public\";";

    QTest::newRow("mysql table: the key's index once")
        << my << ObjectKind::Table << QString() << "orders"
        << lines({"CREATE TABLE `orders` (", "    `id` int NOT NULL,",
                  "    `customer_id` int NULL,", "    `total` numeric(10,2) NOT NULL DEFAULT 0,",
                  "    PRIMARY KEY (`id`),",
                  "    CONSTRAINT `orders_total_check` CHECK (total >= 0),",
                  "    INDEX `orders_customer_fk` (`customer_id`),",
                  "    CONSTRAINT `orders_customer_fk` FOREIGN KEY (`customer_id`) REFERENCES "
                  "`customer` "
                  "(`id`) ON DELETE CASCADE ON UPDATE NO ACTION",
                  ");", "",
                  "CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`, `total`);"});
    QTest::newRow("mysql column") << my << ObjectKind::Column << "orders"
                                  << "total"
                                  << "`total` numeric(10,2) NOT NULL DEFAULT 0";
    QTest::newRow("mysql primary key") << my << ObjectKind::PrimaryKey << "orders"
                                       << "PRIMARY"
                                       << "ALTER TABLE `orders` ADD PRIMARY KEY (`id`);";
    QTest::newRow("mysql foreign key")
        << my << ObjectKind::ForeignKey << "orders"
        << "orders_customer_fk"
        << "ALTER TABLE `orders` ADD CONSTRAINT `orders_customer_fk` FOREIGN KEY (`customer_id`) "
           "REFERENCES `customer` (`id`) ON DELETE CASCADE ON UPDATE NO ACTION;";
    QTest::newRow("mysql index")
        << my << ObjectKind::Index << "orders"
        << "orders_customer_idx"
        << "CREATE INDEX `orders_customer_idx` ON `orders` (`customer_id`, `total`);";
    QTest::newRow("mysql view") << my << ObjectKind::View << QString() << "order_totals"
                                << "CREATE VIEW `order_totals` AS SELECT customer_id, sum(total) "
                                   "AS total FROM orders GROUP BY customer_id;";

    QTest::newRow("sqlite table")
        << lite << ObjectKind::Table << QString() << "orders"
        << lines({"CREATE TABLE \"orders\" (",
                  "    \"id\" integer NOT NULL CONSTRAINT \"orders_pkey\" PRIMARY KEY,",
                  "    \"customer_id\" integer,", "    \"total\" numeric(10,2) NOT NULL DEFAULT 0,",
                  "    CONSTRAINT \"orders_total_check\" CHECK (total >= 0),",
                  "    CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES "
                  "\"customer\" (\"id\") ON DELETE CASCADE",
                  ");", "",
                  "CREATE INDEX \"orders_customer_idx\" ON \"orders\" (\"customer_id\", "
                  "\"total\");"});
    QTest::newRow("sqlite column") << lite << ObjectKind::Column << "orders"
                                   << "total"
                                   << "\"total\" numeric(10,2) NOT NULL DEFAULT 0";
    QTest::newRow("sqlite primary key on its column")
        << lite << ObjectKind::PrimaryKey << "orders"
        << "orders_pkey"
        << "\"id\" integer NOT NULL CONSTRAINT \"orders_pkey\" PRIMARY KEY";
    QTest::newRow("sqlite unique: its line")
        << lite << ObjectKind::UniqueConstraint << "customer"
        << "customer_email_key"
        << "CONSTRAINT \"customer_email_key\" UNIQUE (\"email\")";
    QTest::newRow("sqlite foreign key: its line")
        << lite << ObjectKind::ForeignKey << "orders"
        << "orders_customer_fk"
        << "CONSTRAINT \"orders_customer_fk\" FOREIGN KEY (\"customer_id\") REFERENCES "
           "\"customer\" "
           "(\"id\") ON DELETE CASCADE";
    QTest::newRow("sqlite index")
        << lite << ObjectKind::Index << "orders"
        << "orders_customer_idx"
        << "CREATE INDEX \"orders_customer_idx\" ON \"orders\" (\"customer_id\", \"total\");";
    QTest::newRow("sqlite index without its owner")
        << lite << ObjectKind::Index << QString() << "orders_customer_idx"
        << "CREATE INDEX \"orders_customer_idx\" ON \"orders\" (\"customer_id\", \"total\");";
    QTest::newRow("sqlite view")
        << lite << ObjectKind::View << QString() << "order_totals"
        << lines({"CREATE VIEW \"order_totals\" AS",
                  "SELECT customer_id, sum(total) AS total FROM orders GROUP BY customer_id;"});
    QTest::newRow("sqlite schema: nothing to write, but there")
        << lite << ObjectKind::Schema << QString() << QString()
        << "-- schema main: SQLite has no statement for it.";
}

void TestObjectDdl::ddl()
{
    QFETCH(Dialect, dialect);
    QFETCH(ObjectKind, kind);
    QFETCH(QString, table);
    QFETCH(QString, name);
    QFETCH(QString, expected);
    const auto generator = SqlGenerator::create(dialect);
    const ObjectRef ref{kind, schemaName(dialect), table, name};
    QCOMPARE(objectDdl(shop(dialect), ref, *generator), expected);
}

void TestObjectDdl::missing_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<ObjectKind>("kind");
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");

    for (Dialect d : {Dialect::PostgreSQL, Dialect::MySQL, Dialect::SQLite}) {
        const QString s = schemaName(d);
        const QByteArray tag = dialectKey(d).toUtf8();
        QTest::addRow("%s table", tag.constData())
            << d << ObjectKind::Table << s << QString() << "nope";
        QTest::addRow("%s column", tag.constData()) << d << ObjectKind::Column << s << "orders"
                                                    << "nope";
        QTest::addRow("%s column of missing table", tag.constData())
            << d << ObjectKind::Column << s << "nope"
            << "id";
        QTest::addRow("%s primary key of a table without", tag.constData())
            << d << ObjectKind::PrimaryKey << s << kHostileTable << "pk";
        QTest::addRow("%s unique", tag.constData())
            << d << ObjectKind::UniqueConstraint << s << "orders"
            << "nope";
        QTest::addRow("%s check", tag.constData()) << d << ObjectKind::Check << s << "orders"
                                                   << "nope";
        QTest::addRow("%s foreign key", tag.constData())
            << d << ObjectKind::ForeignKey << s << "orders"
            << "nope";
        QTest::addRow("%s index", tag.constData()) << d << ObjectKind::Index << s << "orders"
                                                   << "nope";
        QTest::addRow("%s index of other table", tag.constData())
            << d << ObjectKind::Index << s << "customer"
            << "orders_customer_idx";
        QTest::addRow("%s view", tag.constData())
            << d << ObjectKind::View << s << QString() << "nope";
        QTest::addRow("%s routine", tag.constData())
            << d << ObjectKind::Routine << s << QString() << "nope()";
        QTest::addRow("%s trigger", tag.constData()) << d << ObjectKind::Trigger << s << "orders"
                                                     << "nope";
        QTest::addRow("%s sequence", tag.constData())
            << d << ObjectKind::Sequence << s << QString() << "nope";
        QTest::addRow("%s enum", tag.constData())
            << d << ObjectKind::Enum << s << QString() << "nope";
        QTest::addRow("%s extension", tag.constData())
            << d << ObjectKind::Extension << s << QString() << "nope";
    }
    QTest::newRow("pg schema") << Dialect::PostgreSQL << ObjectKind::Schema << "nope" << QString()
                               << QString();
    QTest::newRow("pg table in other schema")
        << Dialect::PostgreSQL << ObjectKind::Table << "nope" << QString() << "orders";
    QTest::newRow("sqlite table in other schema")
        << Dialect::SQLite << ObjectKind::Table << "aux" << QString() << "orders";
    QTest::newRow("pg trigger on other table")
        << Dialect::PostgreSQL << ObjectKind::Trigger << "public"
        << "customer"
        << "orders_audit";
}

void TestObjectDdl::missing()
{
    QFETCH(Dialect, dialect);
    QFETCH(ObjectKind, kind);
    QFETCH(QString, schema);
    QFETCH(QString, table);
    QFETCH(QString, name);
    const auto generator = SqlGenerator::create(dialect);
    QCOMPARE(objectDdl(shop(dialect), ObjectRef{kind, schema, table, name}, *generator), QString());
}

void TestObjectDdl::hostileNames_data()
{
    QTest::addColumn<Dialect>("dialect");
    QTest::addColumn<ObjectKind>("kind");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("quotedNames");

    const QString index = QStringLiteral("in\"dex `x`");
    for (Dialect d : {Dialect::PostgreSQL, Dialect::MySQL, Dialect::SQLite}) {
        const QByteArray tag = dialectKey(d).toUtf8();
        QTest::addRow("%s table", tag.constData())
            << d << ObjectKind::Table << QString() << kHostileTable
            << QStringList{kHostileTable, kHostileColumn, QStringLiteral("from"), index};
        QTest::addRow("%s column", tag.constData())
            << d << ObjectKind::Column << kHostileTable << kHostileColumn
            << QStringList{kHostileColumn};
        QTest::addRow("%s index", tag.constData())
            << d << ObjectKind::Index << kHostileTable << index
            << QStringList{kHostileTable, kHostileColumn, index};
    }
}

void TestObjectDdl::hostileNames()
{
    QFETCH(Dialect, dialect);
    QFETCH(ObjectKind, kind);
    QFETCH(QString, table);
    QFETCH(QString, name);
    QFETCH(QStringList, quotedNames);
    const auto g = SqlGenerator::create(dialect);
    const QString ddl =
        objectDdl(shop(dialect), ObjectRef{kind, schemaName(dialect), table, name}, *g);
    QVERIFY(!ddl.isEmpty());

    // Each name appears only as the generator quotes it, and no part of one
    // stands outside quotes.
    QStringList bare;
    QStringList quoted;
    splitTokens(ddl, bare, quoted);
    for (const QString &n : quotedNames)
        QVERIFY2(quoted.contains(g->quoteIdentifier(n)),
                 qPrintable(n + QStringLiteral(" in ") + ddl));
    for (const QString &word :
         {QStringLiteral("select"), QStringLiteral("from"), QStringLiteral("Näme"),
          QStringLiteral("ird"), QStringLiteral("dex"), QStringLiteral("x")})
        QVERIFY2(!bare.contains(word, Qt::CaseInsensitive),
                 qPrintable(word + QStringLiteral(" bare in ") + ddl));
    for (const QString &token : std::as_const(quoted)) {
        const QString inner = token.mid(1, token.size() - 2);
        const QChar q = token.front();
        // Inside, the quote character only ever comes doubled.
        QVERIFY2(!inner.contains(q) || QString(inner).remove(QString(2, q)).count(q) == 0,
                 qPrintable(token));
    }
}

void TestObjectDdl::otherSchemaName()
{
    // MySQL compares one database's schema with another's whatever their
    // names: a ref made from the other side's change still finds the object.
    const auto g = SqlGenerator::create(Dialect::MySQL);
    const QString ddl = objectDdl(shop(Dialect::MySQL),
                                  ObjectRef{ObjectKind::Column, QStringLiteral("shop_uat"),
                                            QStringLiteral("orders"), QStringLiteral("total")},
                                  *g);
    QCOMPARE(ddl, QStringLiteral("`total` numeric(10,2) NOT NULL DEFAULT 0"));
}

void TestObjectDdl::refOfChange()
{
    ObjectChange change;
    change.kind = ObjectKind::UniqueConstraint;
    change.schema = QStringLiteral("public");
    change.table = QStringLiteral("customer");
    change.name = QStringLiteral("customer_email_key");
    change.fromName = QStringLiteral("customer_email_key1");
    QCOMPARE(objectRefOf(change, false),
             (ObjectRef{ObjectKind::UniqueConstraint, QStringLiteral("public"),
                        QStringLiteral("customer"), QStringLiteral("customer_email_key")}));
    QCOMPARE(objectRefOf(change, true).name, QStringLiteral("customer_email_key1"));
    change.fromName.clear();
    QCOMPARE(objectRefOf(change, true).name, QStringLiteral("customer_email_key"));
}

void TestObjectDdl::demoDatabase()
{
    const QString path =
        qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/staging.db");
    auto spec = ConnectionSpec::parse(path);
    PARITY_VERIFY_RESULT(spec);
    JobContext job;
    auto catalog = inspect(*spec, IntrospectionOptions{}, job);
    PARITY_VERIFY_RESULT(catalog);
    const auto g = SqlGenerator::create(Dialect::SQLite);

    int objects = 0;
    for (const Schema &schema : catalog->schemas) {
        for (const Table &table : schema.tables) {
            const QString tableDdl =
                objectDdl(*catalog, ObjectRef{ObjectKind::Table, schema.name, {}, table.name}, *g);
            QVERIFY2(tableDdl.startsWith(QStringLiteral("CREATE ")), qPrintable(tableDdl));
            QVERIFY2(tableDdl.endsWith(QLatin1Char(';')), qPrintable(tableDdl));
            // One statement per table and index, a blank line apart.
            QCOMPARE(tableDdl.count(QStringLiteral(";\n\n")), table.indexes.size());
            for (const Column &column : table.columns) {
                const QString ddl =
                    objectDdl(*catalog,
                              ObjectRef{ObjectKind::Column, schema.name, table.name, column.name},
                              *g);
                QVERIFY2(ddl.startsWith(g->quoteIdentifier(column.name) + QLatin1Char(' '))
                             || ddl == g->quoteIdentifier(column.name),
                         qPrintable(ddl));
                QVERIFY2(tableDdl.contains(ddl), qPrintable(ddl));
                ++objects;
            }
            for (const ForeignKey &key : table.foreignKeys) {
                const QString ddl =
                    objectDdl(*catalog,
                              ObjectRef{ObjectKind::ForeignKey, schema.name, table.name, key.name},
                              *g);
                // Table level, or on its column as the demo writes it.
                QVERIFY2(ddl.contains(QStringLiteral("REFERENCES")), qPrintable(ddl));
                QVERIFY2(tableDdl.contains(ddl), qPrintable(ddl));
                ++objects;
            }
            for (const Index &index : table.indexes) {
                const QString ddl =
                    objectDdl(*catalog,
                              ObjectRef{ObjectKind::Index, schema.name, table.name, index.name},
                              *g);
                QVERIFY2(ddl.startsWith(QStringLiteral("CREATE "))
                             && ddl.contains(g->quoteIdentifier(index.name)),
                         qPrintable(ddl));
                QVERIFY2(tableDdl.contains(ddl), qPrintable(ddl));
                ++objects;
            }
        }
        for (const View &view : schema.views) {
            const QString ddl =
                objectDdl(*catalog, ObjectRef{ObjectKind::View, schema.name, {}, view.name}, *g);
            QVERIFY2(ddl.startsWith(QStringLiteral("CREATE VIEW ") + g->quoteIdentifier(view.name)),
                     qPrintable(ddl));
            ++objects;
        }
    }
    QVERIFY2(objects > 10, "the demo database should have tables with columns, keys and indexes");
}

QTEST_GUILESS_MAIN(TestObjectDdl)
#include "tst_objectddl.moc"

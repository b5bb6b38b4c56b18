// The SQLite introspector on a file made from
// tests/data/introspection/sqlite/everything.sql: what the catalog says about
// each object, field by field. How a read behaves, and the demo databases,
// are tested in tst_sqliteintrospectionsession.cpp.

#include "sqlitefixture.h"

#include <QtTest>

using namespace parity;
using test::introspectFile;
using test::tableNames;

namespace {

QStringList keyTexts(const Index &index)
{
    QStringList texts;
    for (const IndexKey &k : index.keys) {
        texts.append(
            k.expression + (k.isExpression ? QStringLiteral(" [expr]") : QString())
            + (k.descending ? QStringLiteral(" DESC") : QString())
            + (k.collation.isEmpty() ? QString() : QStringLiteral(" COLLATE ") + k.collation));
    }
    return texts;
}

} // namespace

class TestSqliteIntrospector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void catalogHeader();
    void tables_data();
    void tables();
    void columns_data();
    void columns();
    void foreignKeys();
    void uniqueConstraints();
    void checks_data();
    void checks();
    void indexes_data();
    void indexes();
    void views();
    void triggers();

private:
    const Table &table(const QString &name);

    QString m_path;
    Catalog m_catalog;
};

void TestSqliteIntrospector::initTestCase()
{
    auto path = test::loadSqliteFixture(QStringLiteral("introspection.db"));
    PARITY_VERIFY_RESULT(path);
    m_path = *path;
    auto catalog = introspectFile(m_path);
    PARITY_VERIFY_RESULT(catalog);
    m_catalog = *catalog;
    QCOMPARE(m_catalog.schemas.size(), 1);
}

const Table &TestSqliteIntrospector::table(const QString &name)
{
    const Table *t = m_catalog.table(QStringLiteral("main"), name);
    if (!t) {
        // Fail this test function; the empty table makes the checks that follow fail too,
        // harmlessly.
        QTest::qFail(qPrintable(QStringLiteral("table %1 missing from the catalog").arg(name)),
                     __FILE__, __LINE__);
        static const Table missing;
        return missing;
    }
    return *t;
}

void TestSqliteIntrospector::catalogHeader()
{
    QCOMPARE(m_catalog.dialect, Dialect::SQLite);
    QProcess cli;
    cli.start(QStringLiteral("sqlite3"), {QStringLiteral("--version")});
    QVERIFY(cli.waitForFinished());
    const QString cliVersion =
        QString::fromUtf8(cli.readAllStandardOutput()).section(QLatin1Char(' '), 0, 0);
    QCOMPARE(m_catalog.serverVersion, QStringLiteral("SQLite ") + cliVersion);
    QCOMPARE(m_catalog.database, QStringLiteral("introspection"));

    const Schema &schema = m_catalog.schemas.first();
    QCOMPARE(schema.name, QStringLiteral("main"));
    // Canonical order, and nothing of SQLite's own (sqlite_sequence, sqlite_stat1).
    QCOMPARE(tableNames(schema),
             (QStringList{QStringLiteral("RevenueConnection"), QStringLiteral("accounts"),
                          QStringLiteral("order"), QStringLiteral("order \"items\"")}));
    QCOMPARE(schema.views.size(), 1);
    QCOMPARE(schema.triggers.size(), 3);
    QVERIFY(schema.routines.isEmpty());
    QVERIFY(schema.sequences.isEmpty());
    QVERIFY(schema.enums.isEmpty());
    QVERIFY(m_catalog.extensions.isEmpty());
}

void TestSqliteIntrospector::tables_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("options");
    QTest::addColumn<QString>("pkName");
    QTest::addColumn<QStringList>("pkColumns");
    QTest::addColumn<qint64>("rowEstimate");

    QTest::newRow("mixed case") << "RevenueConnection"
                                << ""
                                << "" << QStringList{"id"} << qint64(1);
    QTest::newRow("autoincrement") << "accounts"
                                   << ""
                                   << "" << QStringList{"id"} << qint64(3);
    QTest::newRow("without rowid") << "order"
                                   << "WITHOUT ROWID"
                                   << "" << QStringList{"order id", "line"} << qint64(2);
    QTest::newRow("strict, quotes in name") << "order \"items\""
                                            << "STRICT"
                                            << "" << QStringList{"item_id"} << qint64(4);
}

void TestSqliteIntrospector::tables()
{
    QFETCH(QString, name);
    QFETCH(QString, options);
    QFETCH(QString, pkName);
    QFETCH(QStringList, pkColumns);
    QFETCH(qint64, rowEstimate);

    const Table &t = table(name);
    QCOMPARE(t.schema, QStringLiteral("main"));
    QCOMPARE(t.kind, TableKind::Ordinary);
    QCOMPARE(t.options, options);
    QVERIFY(t.primaryKey.has_value());
    QCOMPARE(t.primaryKey->name, pkName);
    QCOMPARE(t.primaryKey->columns, pkColumns);
    QCOMPARE(t.rowEstimate, rowEstimate);
    QCOMPARE(t.rowCount, qint64(-1)); // not asked for
}

void TestSqliteIntrospector::columns_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("column");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("normalizedType");
    QTest::addColumn<bool>("nullable");
    QTest::addColumn<QString>("defaultExpression");
    QTest::addColumn<QString>("identity");
    QTest::addColumn<QString>("generated");
    QTest::addColumn<bool>("stored");
    QTest::addColumn<QString>("collation");

    const QString none = QStringLiteral("none");
    const QString autoinc = QStringLiteral("auto-increment");
    // A TEXT primary key of a rowid table may hold NULL in SQLite.
    QTest::newRow("RC.id") << "RevenueConnection"
                           << "id" << 1 << "TEXT"
                           << "text" << true << "" << none << "" << false << "";
    QTest::newRow("RC.businessId") << "RevenueConnection"
                                   << "businessId" << 2 << "TEXT"
                                   << "text" << false << "" << none << "" << false << "";
    QTest::newRow("RC.status") << "RevenueConnection"
                               << "status" << 4 << "TEXT"
                               << "text" << true << "'PENDING'" << none << "" << false << "";
    QTest::newRow("RC.errorCount") << "RevenueConnection"
                                   << "errorCount" << 5 << "INTEGER"
                                   << "integer" << true << "0" << none << "" << false << "";
    QTest::newRow("RC.createdAt") << "RevenueConnection"
                                  << "createdAt" << 6 << "TIMESTAMP"
                                  << "timestamp" << true << "CURRENT_TIMESTAMP" << none << ""
                                  << false << "";
    // NOT NULL as declared, as pragma table_xinfo says, on a rowid alias too.
    QTest::newRow("accounts.id") << "accounts"
                                 << "id" << 1 << "INTEGER"
                                 << "integer" << true << "" << autoinc << "" << false << "";
    QTest::newRow("accounts.email")
        << "accounts"
        << "email" << 2 << "VARCHAR(255)"
        << "varchar(255)" << false << "" << none << "" << false << "NOCASE";
    QTest::newRow("space in name") << "accounts"
                                   << "display name" << 3 << "TEXT"
                                   << "text" << true << "" << none << "" << false << "";
    QTest::newRow("decimal with blanks")
        << "accounts"
        << "balance" << 4 << "DECIMAL( 15 , 2 )"
        << "numeric(15,2)" << false << "'0.00'" << none << "" << false << "";
    QTest::newRow("reserved word") << "accounts"
                                   << "select" << 5 << "INT"
                                   << "integer" << true << "" << none << "" << false << "";
    QTest::newRow("non-ASCII größe") << "accounts"
                                     << "größe" << 6 << "REAL"
                                     << "real" << true << "-1.5" << none << "" << false << "";
    QTest::newRow("non-ASCII 日本") << "accounts"
                                    << "日本" << 7 << "TEXT"
                                    << "text" << true << "" << none << "" << false << "RTRIM";
    QTest::newRow("double quote in name") << "accounts"
                                          << "quote\"d" << 8 << "TEXT"
                                          << "text" << true << "" << none << "" << false << "";
    QTest::newRow("generated stored")
        << "accounts"
        << "balance_cents" << 9 << "INTEGER"
        << "integer" << true << "" << none << "CAST(balance * 100 AS INTEGER)" << true << "";
    QTest::newRow("generated virtual")
        << "accounts"
        << "email_domain" << 10 << "TEXT"
        << "text" << true << "" << none << "substr(email, instr(email, '@') + 1)" << false << "";
    QTest::newRow("accounts.note") << "accounts"
                                   << "note" << 11 << "TEXT"
                                   << "text" << true << "" << none << "" << false << "";
    QTest::newRow("space in pk") << "order"
                                 << "order id" << 1 << "INTEGER"
                                 << "integer" << false << "" << none << "" << false << "";
    QTest::newRow("order.amount") << "order"
                                  << "amount" << 4 << "NUMERIC(10,2)"
                                  << "numeric(10,2)" << true << "" << none << "" << false << "";
    // A rowid alias: values by itself, but not AUTOINCREMENT; declared
    // without NOT NULL, so reported nullable (SQLite never stores NULL there).
    QTest::newRow("rowid alias") << "order \"items\""
                                 << "item_id" << 1 << "INTEGER"
                                 << "integer" << true << "" << none << "" << false << "";
    QTest::newRow("items.sku") << "order \"items\""
                               << "sku" << 4 << "TEXT"
                               << "text" << false << "" << none << "" << false << "NOCASE";
    QTest::newRow("items.qty") << "order \"items\""
                               << "qty" << 5 << "INTEGER"
                               << "integer" << false << "1" << none << "" << false << "";
}

void TestSqliteIntrospector::columns()
{
    QFETCH(QString, tableName);
    QFETCH(QString, column);
    QFETCH(int, position);
    QFETCH(QString, type);
    QFETCH(QString, normalizedType);
    QFETCH(bool, nullable);
    QFETCH(QString, defaultExpression);
    QFETCH(QString, identity);
    QFETCH(QString, generated);
    QFETCH(bool, stored);
    QFETCH(QString, collation);

    const Column *c = table(tableName).column(column);
    QVERIFY2(c, qPrintable(column));
    QCOMPARE(c->position, position);
    QCOMPARE(c->type, type);
    QCOMPARE(c->normalizedType, normalizedType);
    QCOMPARE(c->nullable, nullable);
    QCOMPARE(c->defaultExpression, defaultExpression);
    QCOMPARE(identityKindKey(c->identity), identity);
    QCOMPARE(c->generatedExpression, generated);
    QCOMPARE(c->generatedStored, stored);
    QCOMPARE(c->collation, collation);
    QVERIFY(c->comment.isEmpty());
}

void TestSqliteIntrospector::foreignKeys()
{
    QCOMPARE(table(QStringLiteral("RevenueConnection")).foreignKeys.size(), 0);
    QCOMPARE(table(QStringLiteral("accounts")).foreignKeys.size(), 0);

    // REFERENCES accounts with no column list: the parent's primary key.
    const auto &orderKeys = table(QStringLiteral("order")).foreignKeys;
    QCOMPARE(orderKeys.size(), 1);
    const ForeignKey &implicit = orderKeys.first();
    QCOMPARE(implicit.name, QStringLiteral("order_account_id_fkey"));
    QCOMPARE(implicit.columns, QStringList{QStringLiteral("account_id")});
    QCOMPARE(implicit.referencedSchema, QStringLiteral("main"));
    QCOMPARE(implicit.referencedTable, QStringLiteral("accounts"));
    QCOMPARE(implicit.referencedColumns, QStringList{QStringLiteral("id")});
    QCOMPARE(implicit.onDelete, QStringLiteral("SET NULL"));
    QCOMPARE(implicit.onUpdate, QStringLiteral("NO ACTION"));
    QCOMPARE(implicit.match, QString());
    QCOMPARE(implicit.deferrable, false);
    QCOMPARE(implicit.initiallyDeferred, false);
    QCOMPARE(implicit.validated, true);

    const auto &itemKeys = table(QStringLiteral("order \"items\"")).foreignKeys;
    QCOMPARE(itemKeys.size(), 1);
    const ForeignKey &composite = itemKeys.first();
    QCOMPARE(composite.name, QStringLiteral("items_order_fk"));
    QCOMPARE(composite.columns,
             (QStringList{QStringLiteral("order_id"), QStringLiteral("order_line")}));
    QCOMPARE(composite.referencedTable, QStringLiteral("order"));
    // Written as LINE in the REFERENCES clause; reported as the parent spells it.
    QCOMPARE(composite.referencedColumns,
             (QStringList{QStringLiteral("order id"), QStringLiteral("line")}));
    QCOMPARE(composite.onDelete, QStringLiteral("CASCADE"));
    QCOMPARE(composite.onUpdate, QStringLiteral("SET NULL"));
    QCOMPARE(composite.deferrable, true);
    QCOMPARE(composite.initiallyDeferred, true);
}

void TestSqliteIntrospector::uniqueConstraints()
{
    const auto &rc = table(QStringLiteral("RevenueConnection")).uniqueConstraints;
    QCOMPARE(rc.size(), 1);
    QCOMPARE(rc.first().name, QStringLiteral("RevenueConnection_businessId_sourceType_key"));
    QCOMPARE(rc.first().columns,
             (QStringList{QStringLiteral("businessId"), QStringLiteral("sourceType")}));

    const auto &accounts = table(QStringLiteral("accounts")).uniqueConstraints;
    QCOMPARE(accounts.size(), 1);
    QCOMPARE(accounts.first().name,
             QStringLiteral("accounts_email_key")); // unnamed column-level UNIQUE
    QCOMPARE(accounts.first().columns, QStringList{QStringLiteral("email")});

    // The unique partial index stays an index; primary keys are no constraints here.
    QCOMPARE(table(QStringLiteral("order \"items\"")).uniqueConstraints.size(), 0);
    QCOMPARE(table(QStringLiteral("order")).uniqueConstraints.size(), 0);
}

void TestSqliteIntrospector::checks_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QStringList>("names");
    QTest::addColumn<QStringList>("expressions");

    QTest::newRow("column-level, unnamed")
        << "RevenueConnection" << QStringList{"RevenueConnection_check1"}
        << QStringList{"\"sourceType\" IN ('BANK_FEED', 'ACCOUNTING', 'MANUAL_UPLOAD')"};
    // Sorted by name: the generated name sorts before the written one.
    QTest::newRow("string with quote and parenthesis")
        << "accounts" << QStringList{"accounts_check1", "note_not_tricky"}
        << QStringList{"balance >= 0", "note <> 'it''s (not) closed)'"};
    QTest::newRow("without rowid")
        << "order" << QStringList{"order_check1"} << QStringList{"amount > 0"};
    QTest::newRow("comment inside")
        << "order \"items\"" << QStringList{"order \"items\"_check1", "qty_positive"}
        << QStringList{"length(sku) /* ) */ > 0", "qty > 0 AND sku <> ')'"};
}

void TestSqliteIntrospector::checks()
{
    QFETCH(QString, tableName);
    QFETCH(QStringList, names);
    QFETCH(QStringList, expressions);

    QStringList gotNames;
    QStringList gotExpressions;
    for (const CheckConstraint &c : table(tableName).checks) {
        gotNames.append(c.name);
        gotExpressions.append(c.expression);
        QVERIFY(c.validated);
    }
    QCOMPARE(gotNames, names);
    QCOMPARE(gotExpressions, expressions);
}

void TestSqliteIntrospector::indexes_data()
{
    QTest::addColumn<QString>("tableName");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("keys");
    QTest::addColumn<bool>("unique");
    QTest::addColumn<QString>("predicate");
    QTest::addColumn<QString>("definition");

    QTest::newRow("collation differs from the column's")
        << "RevenueConnection"
        << "RevenueConnection_status_idx" << QStringList{"status COLLATE NOCASE"} << false << ""
        << "CREATE INDEX \"RevenueConnection_status_idx\" ON \"RevenueConnection\" (\"status\" "
           "COLLATE NOCASE)";
    QTest::newRow("descending key")
        << "accounts"
        << "accounts_balance_desc" << QStringList{"balance DESC", "display name"} << false << ""
        << "CREATE INDEX accounts_balance_desc ON accounts (balance DESC, \"display name\")";
    QTest::newRow("expression key")
        << "accounts"
        << "accounts_lower_name"
        << QStringList{"lower(\"display name\") [expr] COLLATE NOCASE", "größe"} << false << ""
        << "CREATE INDEX accounts_lower_name ON accounts (lower(\"display name\") COLLATE NOCASE, "
           "\"größe\")";
    // sku is COLLATE NOCASE itself, so the key names no collation.
    QTest::newRow("unique partial")
        << "order \"items\""
        << "items_open_sku" << QStringList{"sku"} << true << "qty > 0"
        << "CREATE UNIQUE INDEX items_open_sku ON \"order \"\"items\"\"\" (sku) WHERE qty > 0";
}

void TestSqliteIntrospector::indexes()
{
    QFETCH(QString, tableName);
    QFETCH(QString, name);
    QFETCH(QStringList, keys);
    QFETCH(bool, unique);
    QFETCH(QString, predicate);
    QFETCH(QString, definition);

    const auto &list = table(tableName).indexes;
    const auto it = std::ranges::find(list, name, &Index::name);
    QVERIFY2(it != list.end(), qPrintable(name));
    QCOMPARE(keyTexts(*it), keys);
    QCOMPARE(it->unique, unique);
    QCOMPARE(it->method, QStringLiteral("btree"));
    QCOMPARE(it->predicate, predicate);
    QCOMPARE(it->definition, definition);
    QVERIFY(it->include.isEmpty());
}

void TestSqliteIntrospector::views()
{
    const Schema &schema = m_catalog.schemas.first();
    const View *view = schema.view(QStringLiteral("account summary"));
    QVERIFY(view);
    QCOMPARE(view->schema, QStringLiteral("main"));
    QCOMPARE(view->materialized, false);
    QCOMPARE(view->columns, (QStringList{QStringLiteral("account"), QStringLiteral("open items")}));
    QCOMPARE(view->definition,
             QStringLiteral(
                 "SELECT a.email, count(i.item_id)\n"
                 "FROM accounts AS a\n"
                 "LEFT JOIN \"order\" AS o ON o.account_id = a.id\n"
                 "LEFT JOIN \"order \"\"items\"\"\" AS i ON i.order_id = o.\"order id\"\n"
                 "GROUP BY a.email"));
    QVERIFY(view->indexes.isEmpty());
    // Index counts per table: SQLite's autoindexes for keys are not listed.
    QCOMPARE(table(QStringLiteral("RevenueConnection")).indexes.size(), 1);
    QCOMPARE(table(QStringLiteral("accounts")).indexes.size(), 2);
    QCOMPARE(table(QStringLiteral("order")).indexes.size(), 0);
}

void TestSqliteIntrospector::triggers()
{
    const auto &triggers = m_catalog.schemas.first().triggers;
    QCOMPARE(triggers.size(), 3);
    // Canonical order is by (table, name).
    QCOMPARE(triggers[0].name, QStringLiteral("summary_insert"));
    QCOMPARE(triggers[0].table, QStringLiteral("account summary"));
    QCOMPARE(triggers[0].timing, QStringLiteral("INSTEAD OF"));
    QCOMPARE(triggers[0].events, QStringList{QStringLiteral("INSERT")});

    QCOMPARE(triggers[1].name, QStringLiteral("accounts_no_overdraft"));
    QCOMPARE(triggers[1].table, QStringLiteral("accounts"));
    QCOMPARE(triggers[1].timing, QStringLiteral("AFTER"));
    QCOMPARE(triggers[1].events, QStringList{QStringLiteral("UPDATE")});
    QCOMPARE(triggers[1].definition,
             QStringLiteral(
                 "CREATE TRIGGER accounts_no_overdraft AFTER UPDATE OF balance ON accounts\n"
                 "FOR EACH ROW WHEN new.balance < 0\n"
                 "BEGIN\n"
                 "    SELECT RAISE(ABORT, 'balance below zero');\n"
                 "END"));

    QCOMPARE(triggers[2].name, QStringLiteral("order_cascade"));
    QCOMPARE(triggers[2].table, QStringLiteral("order"));
    QCOMPARE(triggers[2].timing, QStringLiteral("BEFORE"));
    QCOMPARE(triggers[2].events, QStringList{QStringLiteral("DELETE")});
    for (const Trigger &t : triggers) {
        QVERIFY(t.forEachRow);
        QVERIFY(t.enabled);
        QVERIFY(t.definition.startsWith(QStringLiteral("CREATE TRIGGER")));
    }
}

QTEST_GUILESS_MAIN(TestSqliteIntrospector)
#include "tst_sqliteintrospector.moc"

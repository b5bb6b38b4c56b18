#include "recordingjob.h"
#include "testsupport.h"

#include "common/jobcontext.h"
#include "connection/databasesession.h"
#include "introspection/sqlite/sqliteintrospector.h"

#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QtTest>

using namespace parity;
using test::RecordingJob;

namespace {


ConnectionSpec sqliteSpec(const QString &path)
{
    ConnectionSpec spec;
    spec.kind = ConnectionSpec::Kind::SQLite;
    spec.path = path;
    return spec;
}

Result<Catalog> introspectFile(const QString &path, const IntrospectionOptions &options,
                               JobContext &job)
{
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    QSqlDatabase db = (*session)->database();
    SqliteIntrospector introspector;
    return introspector.introspect(db, options, job);
}

Result<Catalog> introspectFile(const QString &path, bool exactRowCounts = false)
{
    IntrospectionOptions options;
    options.exactRowCounts = exactRowCounts;
    JobContext job;
    return introspectFile(path, options, job);
}

/// Rows of a one-column query over a read-only session, for checking data
/// the catalog does not hold (framework migration tables).
QStringList queryColumn(const QString &path, const QString &sql)
{
    QStringList values;
    auto session = DatabaseSession::open(sqliteSpec(path), DatabaseSession::Access::ReadOnly);
    if (!session)
        return values;
    QSqlQuery query((*session)->database());
    if (query.exec(sql)) {
        while (query.next())
            values.append(query.value(0).toString());
    }
    return values;
}

QStringList tableNames(const Schema &schema)
{
    QStringList names;
    for (const Table &t : schema.tables)
        names.append(t.name);
    return names;
}

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

    void twiceEqual();
    void exactRowCounts();
    void schemaFilter_data();
    void schemaFilter();
    void progressAndCancel();
    void brokenViewKeepsTheRest();
    void virtualTableWithoutShadows();

    void demoDatabases();

private:
    const Table &table(const QString &name);

    QString m_path;
    Catalog m_catalog;
};

void TestSqliteIntrospector::initTestCase()
{
    m_path = test::scratchSqlitePath(QStringLiteral("introspection.db"));
    const QString fixture =
        test::sourceDir() + QStringLiteral("/tests/data/introspection/sqlite/everything.sql");
    auto loaded = test::runSqlFile(sqliteSpec(m_path), fixture);
    PARITY_VERIFY_RESULT(loaded);
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
    QTest::newRow("accounts.id") << "accounts"
                                 << "id" << 1 << "INTEGER"
                                 << "integer" << false << "" << autoinc << "" << false << "";
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
    // A rowid alias: never NULL, values by itself, but not AUTOINCREMENT.
    QTest::newRow("rowid alias") << "order \"items\""
                                 << "item_id" << 1 << "INTEGER"
                                 << "integer" << false << "" << none << "" << false << "";
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

void TestSqliteIntrospector::twiceEqual()
{
    auto again = introspectFile(m_path);
    PARITY_VERIFY_RESULT(again);
    QVERIFY(*again == m_catalog);
}

void TestSqliteIntrospector::exactRowCounts()
{
    auto counted = introspectFile(m_path, true);
    PARITY_VERIFY_RESULT(counted);
    const Schema &schema = counted->schemas.first();
    QCOMPARE(schema.table(QStringLiteral("RevenueConnection"))->rowCount, qint64(1));
    QCOMPARE(schema.table(QStringLiteral("accounts"))->rowCount, qint64(3));
    QCOMPARE(schema.table(QStringLiteral("order"))->rowCount, qint64(2));
    QCOMPARE(schema.table(QStringLiteral("order \"items\""))->rowCount, qint64(4));
    // Counting changes nothing else.
    Catalog withoutCounts = *counted;
    for (Table &t : withoutCounts.schemas.first().tables)
        t.rowCount = -1;
    QVERIFY(withoutCounts == m_catalog);
}

void TestSqliteIntrospector::schemaFilter_data()
{
    QTest::addColumn<QStringList>("include");
    QTest::addColumn<QStringList>("exclude");
    QTest::addColumn<int>("schemas");

    QTest::newRow("exclude main") << QStringList() << QStringList{"main"} << 0;
    QTest::newRow("include another") << QStringList{"public"} << QStringList() << 0;
    QTest::newRow("include by pattern") << QStringList{"ma*"} << QStringList() << 1;
    QTest::newRow("no filter") << QStringList() << QStringList() << 1;
}

void TestSqliteIntrospector::schemaFilter()
{
    QFETCH(QStringList, include);
    QFETCH(QStringList, exclude);
    QFETCH(int, schemas);

    IntrospectionOptions options;
    options.schemas.include = include;
    options.schemas.exclude = exclude;
    JobContext job;
    auto catalog = introspectFile(m_path, options, job);
    PARITY_VERIFY_RESULT(catalog);
    QCOMPARE(catalog->schemas.size(), schemas);
    // The header is filled either way.
    QCOMPARE(catalog->database, QStringLiteral("introspection"));
    QVERIFY(catalog->serverVersion.startsWith(QStringLiteral("SQLite 3.")));
}

void TestSqliteIntrospector::progressAndCancel()
{
    RecordingJob job;
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto catalog = introspectFile(m_path, options, job);
    PARITY_VERIFY_RESULT(catalog);
    QVERIFY(job.steps.size() >= 3);
    for (qsizetype i = 1; i < job.dones.size(); ++i)
        QVERIFY(job.dones[i] >= job.dones[i - 1]);
    QCOMPARE(job.dones.last(), job.totals.last());
    QVERIFY(job.steps.contains(QStringLiteral("Reading columns")));

    // Cancel once the read transaction is open, then check on the same
    // connection that it was ended: BEGIN fails inside an open transaction.
    auto session = DatabaseSession::open(sqliteSpec(m_path), DatabaseSession::Access::ReadOnly);
    PARITY_VERIFY_RESULT(session);
    QSqlDatabase db = (*session)->database();
    RecordingJob cancelling(3);
    SqliteIntrospector introspector;
    auto cancelled = introspector.introspect(db, options, cancelling);
    QVERIFY(!cancelled);
    QCOMPARE(cancelled.error().code, Error::Code::Cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("\"introspection\"")),
             qPrintable(cancelled.error().message));
    QCOMPARE(cancelling.steps.size(), 3);
    QSqlQuery begin(db);
    QVERIFY2(begin.exec(QStringLiteral("BEGIN")), "the cancelled read left its transaction open");
    QVERIFY(begin.exec(QStringLiteral("ROLLBACK")));
}

void TestSqliteIntrospector::brokenViewKeepsTheRest()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("broken_view.db"));
    auto loaded = test::runSql(sqliteSpec(path),
                               QStringLiteral("CREATE TABLE t(a INTEGER, b TEXT);\n"
                                              "CREATE TABLE gone(x);\n"
                                              "CREATE VIEW fine AS SELECT a, b AS bee FROM t;\n"
                                              "CREATE VIEW broken AS SELECT x FROM gone;\n"
                                              "PRAGMA legacy_alter_table = ON;\n"
                                              "DROP TABLE gone;\n"));
    PARITY_VERIFY_RESULT(loaded);
    auto catalog = introspectFile(path);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    QCOMPARE(schema.view(QStringLiteral("fine"))->columns,
             (QStringList{QStringLiteral("a"), QStringLiteral("bee")}));
    QCOMPARE(schema.view(QStringLiteral("broken"))->columns, QStringList());
    QCOMPARE(schema.view(QStringLiteral("broken"))->definition,
             QStringLiteral("SELECT x FROM gone"));
    QCOMPARE(tableNames(schema), QStringList{QStringLiteral("t")});
}

void TestSqliteIntrospector::virtualTableWithoutShadows()
{
    const QString path = test::scratchSqlitePath(QStringLiteral("virtual.db"));
    auto loaded = test::runSql(sqliteSpec(path),
                               QStringLiteral("CREATE VIRTUAL TABLE docs USING fts5(title, body);\n"
                                              "INSERT INTO docs VALUES ('a', 'b');\n"
                                              "CREATE TABLE plain(id INTEGER PRIMARY KEY);\n"));
    PARITY_VERIFY_RESULT(loaded);
    auto catalog = introspectFile(path, true);
    PARITY_VERIFY_RESULT(catalog);
    const Schema &schema = catalog->schemas.first();
    // fts5 keeps its data in docs_data, docs_idx, ...: those are not the user's tables.
    QCOMPARE(tableNames(schema), (QStringList{QStringLiteral("docs"), QStringLiteral("plain")}));
    const Table *docs = schema.table(QStringLiteral("docs"));
    QCOMPARE(docs->options, QStringLiteral("USING fts5(title, body)"));
    QVERIFY(docs->columns.isEmpty());
    QCOMPARE(docs->rowCount, qint64(-1));
    QCOMPARE(schema.table(QStringLiteral("plain"))->rowCount, qint64(0));
}

void TestSqliteIntrospector::demoDatabases()
{
    const QString binaryDir = qEnvironmentVariable("PARITY_BINARY_DIR");
    QVERIFY2(!binaryDir.isEmpty(), "PARITY_BINARY_DIR is not set: run this test through ctest");
    const QString stagingPath = binaryDir + QStringLiteral("/demo/staging.db");
    const QString uatPath = binaryDir + QStringLiteral("/demo/uat.db");
    QVERIFY2(QFileInfo::exists(stagingPath),
             qPrintable(stagingPath
                        + QStringLiteral(" is missing: build the demo_databases target")));
    QVERIFY2(QFileInfo::exists(uatPath),
             qPrintable(uatPath + QStringLiteral(" is missing: build the demo_databases target")));

    auto staging = introspectFile(stagingPath, true);
    PARITY_VERIFY_RESULT(staging);
    auto uat = introspectFile(uatPath, true);
    PARITY_VERIFY_RESULT(uat);
    QCOMPARE(staging->database, QStringLiteral("staging"));
    QCOMPARE(uat->database, QStringLiteral("uat"));
    const Schema &s = staging->schemas.first();
    const Schema &u = uat->schemas.first();

    // Staging has 6 tables that UAT lacks, with these row counts.
    const QList<std::pair<QString, qint64>> extra = {
        {QStringLiteral("compliance_records"), 0},
        {QStringLiteral("flash_commission_tiers"), 4},
        {QStringLiteral("mobilemart_transactions"), 0},
        {QStringLiteral("reseller_floats"), 0},
        {QStringLiteral("sync_audit_logs"), 49},
        {QStringLiteral("tax_configurations"), 0},
    };
    QStringList onlyStaging;
    for (const Table &t : s.tables) {
        if (!u.table(t.name))
            onlyStaging.append(t.name);
    }
    QStringList expectedExtra;
    for (const auto &[name, rows] : extra) {
        expectedExtra.append(name);
        QCOMPARE(s.table(name)->rowCount, rows);
    }
    QCOMPARE(onlyStaging, expectedExtra);
    for (const Table &t : u.tables)
        QVERIFY2(s.table(t.name), qPrintable(t.name + QStringLiteral(" is in UAT only")));
    QVERIFY(u.tables.size() >= 11);

    // Which migrations never ran in UAT, and the one that ran only there.
    const QString metaQuery = QStringLiteral("SELECT name FROM \"SequelizeMeta\" ORDER BY name");
    const QStringList stagingRan = queryColumn(stagingPath, metaQuery);
    const QStringList uatRan = queryColumn(uatPath, metaQuery);
    QCOMPARE(s.table(QStringLiteral("SequelizeMeta"))->rowCount, qint64(stagingRan.size()));
    QStringList missingInUat;
    for (const QString &m : stagingRan) {
        if (!uatRan.contains(m))
            missingInUat.append(m);
    }
    QVERIFY(missingInUat.contains(QStringLiteral("20251203_01_create_sync_audit_logs_table.js")));
    for (const auto &[name, rows] : extra) {
        Q_UNUSED(rows)
        const auto created = std::ranges::find_if(missingInUat, [&](const QString &m) {
            return m.endsWith(QStringLiteral("_create_") + name + QStringLiteral("_table.js"));
        });
        QVERIFY2(created != missingInUat.end(), qPrintable(name));
    }
    QStringList onlyInUat;
    for (const QString &m : uatRan) {
        if (!stagingRan.contains(m))
            onlyInUat.append(m);
    }
    QCOMPARE(onlyInUat, QStringList{QStringLiteral("20251109_01_add_legacy_code_to_merchants.js")});

    // The planted drifts a diff must find.
    auto index = [](const Schema &schema, const QString &tableName,
                    const QString &indexName) -> const Index * {
        const Table *t = schema.table(tableName);
        const auto it = t ? std::ranges::find(t->indexes, indexName, &Index::name)
                          : QList<Index>::const_iterator();
        return t && it != t->indexes.end() ? &*it : nullptr;
    };
    const QString walletTx = QStringLiteral("wallet_transactions");
    const QString walletIdIndex = QStringLiteral("wallet_transactions_walletId");
    QVERIFY(index(u, walletTx, walletIdIndex) && index(u, walletTx, walletIdIndex)->unique);
    QVERIFY(index(s, walletTx, walletIdIndex) && !index(s, walletTx, walletIdIndex)->unique);
    QVERIFY(index(s, walletTx, QStringLiteral("wallet_transactions_created_at")));
    QVERIFY(!index(u, walletTx, QStringLiteral("wallet_transactions_created_at")));
    const QStringList duplicated =
        queryColumn(stagingPath, QStringLiteral("SELECT \"walletId\" FROM wallet_transactions "
                                                "GROUP BY \"walletId\" HAVING count(*) > 1"));
    QVERIFY2(duplicated.size() >= 2, "staging must hold duplicate walletIds for the hazard check");

    QCOMPARE(s.table(QStringLiteral("payments"))->primaryKey->columns,
             QStringList{QStringLiteral("payment_id")});
    QCOMPARE(s.table(QStringLiteral("payments"))
                 ->column(QStringLiteral("payment_id"))
                 ->normalizedType,
             QStringLiteral("text"));
    QCOMPARE(u.table(QStringLiteral("payments"))->primaryKey->columns,
             QStringList{QStringLiteral("id")});
    QCOMPARE(identityKindKey(
                 u.table(QStringLiteral("payments"))->column(QStringLiteral("id"))->identity),
             QStringLiteral("auto-increment"));

    QVERIFY(s.table(QStringLiteral("wallets"))->column(QStringLiteral("dailyLimit")));
    QVERIFY(!u.table(QStringLiteral("wallets"))->column(QStringLiteral("dailyLimit")));
    QVERIFY(u.table(QStringLiteral("merchants"))->column(QStringLiteral("legacyCode")));
    QVERIFY(!s.table(QStringLiteral("merchants"))->column(QStringLiteral("legacyCode")));
    QCOMPARE(s.table(QStringLiteral("merchants"))
                 ->column(QStringLiteral("businessName"))
                 ->normalizedType,
             QStringLiteral("varchar(255)"));
    QCOMPARE(u.table(QStringLiteral("merchants"))
                 ->column(QStringLiteral("businessName"))
                 ->normalizedType,
             QStringLiteral("varchar(100)"));
    QCOMPARE(s.table(QStringLiteral("users"))->column(QStringLiteral("phoneNumber"))->nullable,
             false);
    QCOMPARE(u.table(QStringLiteral("users"))->column(QStringLiteral("phoneNumber"))->nullable,
             true);
    QCOMPARE(s.table(QStringLiteral("wallets"))
                 ->column(QStringLiteral("balance"))
                 ->defaultExpression,
             QStringLiteral("'0.00'"));
    QCOMPARE(u.table(QStringLiteral("wallets"))
                 ->column(QStringLiteral("balance"))
                 ->defaultExpression,
             QStringLiteral("'0'"));
    QCOMPARE(s.table(walletTx)->column(QStringLiteral("status"))->defaultExpression,
             QStringLiteral("'PENDING'"));
    QCOMPARE(u.table(walletTx)->column(QStringLiteral("status"))->defaultExpression,
             QStringLiteral("'pending'"));

    // The view exists on both sides, the same.
    QVERIFY(s.view(QStringLiteral("wallet_balances")));
    QVERIFY(u.view(QStringLiteral("wallet_balances")));
    QCOMPARE(*s.view(QStringLiteral("wallet_balances")),
             *u.view(QStringLiteral("wallet_balances")));
    // Untouched tables compare equal, apart from their rows.
    Table sUsersLike = *s.table(QStringLiteral("beneficiaries"));
    Table uUsersLike = *u.table(QStringLiteral("beneficiaries"));
    sUsersLike.rowCount = uUsersLike.rowCount = sUsersLike.rowEstimate = uUsersLike.rowEstimate =
        -1;
    QVERIFY(sUsersLike == uUsersLike);
}

QTEST_GUILESS_MAIN(TestSqliteIntrospector)
#include "tst_sqliteintrospector.moc"

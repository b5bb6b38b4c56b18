// parity-cli history, and the migrations parity-cli diff names next to each
// difference: the demo pair (the seed situation), real PostgreSQL and MariaDB
// servers with framework tables, exit codes and errors.
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace parity;

namespace {

QString demo(const QString &name)
{
    return qEnvironmentVariable("PARITY_BINARY_DIR") + QStringLiteral("/demo/") + name;
}

QString demoDb(const QString &name)
{
    return demo(name + QStringLiteral(".db"));
}

const QString AuditMigration = QStringLiteral("20251203_01_create_sync_audit_logs_table.js");
const QString Hotfix = QStringLiteral("20251109_01_add_legacy_code_to_merchants.js");
const QString DropTiers = QStringLiteral("20251205_01_drop_flash_commission_tiers_table.js");

QString url(const ConnectionSpec &spec)
{
    const QString scheme = spec.kind == ConnectionSpec::Kind::PostgreSQL ? QStringLiteral("postgresql")
                                                                          : QStringLiteral("mysql");
    return QStringLiteral("%1://%2@127.0.0.1:%3/%4").arg(scheme, spec.user).arg(spec.port).arg(spec.database);
}

QMap<QString, QString> passwordEnv(const ConnectionSpec &spec)
{
    return {{spec.kind == ConnectionSpec::Kind::PostgreSQL ? QStringLiteral("PGPASSWORD") : QStringLiteral("MYSQL_PWD"),
             spec.password}};
}

const char *const DjangoTablePg =
    "CREATE TABLE django_migrations (id bigserial PRIMARY KEY, app varchar(255) NOT NULL, "
    "name varchar(255) NOT NULL, applied timestamp with time zone NOT NULL);\n";

const char *const FlywayTablePg =
    "CREATE SCHEMA \"Fly way\";\n"
    "CREATE TABLE \"Fly way\".flyway_schema_history (installed_rank integer NOT NULL PRIMARY KEY, "
    "version varchar(50), description varchar(200) NOT NULL, type varchar(20) NOT NULL, "
    "script varchar(1000) NOT NULL, checksum integer, installed_by varchar(100) NOT NULL, "
    "installed_on timestamp NOT NULL DEFAULT now(), execution_time integer NOT NULL, success boolean NOT NULL);\n";

const char *const KnexTableMy =
    "CREATE TABLE knex_migrations (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, name varchar(255), "
    "batch int, migration_time timestamp NULL DEFAULT NULL);\n"
    "CREATE TABLE knex_migrations_lock (`index` int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, is_locked int);\n";

} // namespace

class TestCliHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void demoMatrix();
    void demoJson();
    void demoDiffNamesTheMigration();
    void sameEnvironmentsAgree();
    void errors_data();
    void errors();
    void postgresEnvironments();
    void mariadbKnex();
    void seedOnPostgres();
};

void TestCliHistory::demoMatrix()
{
    const test::CliRun run = test::runCli({QStringLiteral("history"), QStringLiteral("staging=") + demoDb(QStringLiteral("staging")),
                                           QStringLiteral("uat=") + demoDb(QStringLiteral("uat")),
                                           QStringLiteral("--migrations"), demo(QStringLiteral("migrations"))});
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Sequelize (SequelizeMeta)")), qPrintable(run.out));
    // The seed: staging ran the audit-log migration, UAT did not, and it is on disk.
    const QStringList lines = run.out.split(QLatin1Char('\n'));
    const auto lineOf = [&](const QString &id) {
        for (const QString &line : lines) {
            if (line.contains(id))
                return line;
        }
        return QString();
    };
    const QString audit = lineOf(AuditMigration);
    QVERIFY2(audit.startsWith(QStringLiteral("* ")), qPrintable(audit));
    QVERIFY2(audit.contains(QRegularExpression(QStringLiteral("yes\\s+applied\\s+pending$"))), qPrintable(audit));
    const QString hotfix = lineOf(Hotfix);
    QVERIFY2(hotfix.contains(QRegularExpression(QStringLiteral("no\\s+not run\\s+applied$"))), qPrintable(hotfix));
    QVERIFY2(lineOf(DropTiers).contains(QRegularExpression(QStringLiteral("yes\\s+pending\\s+pending$"))),
             qPrintable(lineOf(DropTiers)));
    QVERIFY2(lineOf(QStringLiteral("20251101_01_create_users_table.js")).startsWith(QStringLiteral("  ")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("staging: 1 pending (") + DropTiers + QStringLiteral(")")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("uat: 13 pending (")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("ran 1 migration not in the folder (") + Hotfix + QStringLiteral(")")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("The environments differ")), qPrintable(run.out));
}

void TestCliHistory::demoJson()
{
    const test::CliRun run = test::runCli({QStringLiteral("history"), demoDb(QStringLiteral("staging")),
                                           demoDb(QStringLiteral("uat")), QStringLiteral("--migrations"),
                                           demo(QStringLiteral("migrations")), QStringLiteral("--format"),
                                           QStringLiteral("json")});
    QCOMPARE(run.exitCode, 1);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value(QStringLiteral("agree")).toBool(), false);
    const QJsonArray environments = json.value(QStringLiteral("environments")).toArray();
    QCOMPARE(environments.size(), 2);
    QCOMPARE(environments.at(0).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("staging"));
    QCOMPARE(environments.at(0).toObject().value(QStringLiteral("tables")).toArray().at(0).toObject()
                 .value(QStringLiteral("rows")).toInt(), 25);
    QCOMPARE(json.value(QStringLiteral("folder")).toObject().value(QStringLiteral("migrations")).toInt(), 26);
    bool found = false;
    for (const QJsonValue &value : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        if (row.value(QStringLiteral("id")).toString() != AuditMigration)
            continue;
        found = true;
        QCOMPARE(row.value(QStringLiteral("framework")).toString(), QStringLiteral("sequelize"));
        QCOMPARE(row.value(QStringLiteral("onDisk")).toBool(), true);
        const QJsonArray cells = row.value(QStringLiteral("cells")).toArray();
        QCOMPARE(cells.at(0).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("applied"));
        QCOMPARE(cells.at(1).toObject().value(QStringLiteral("state")).toString(), QStringLiteral("not-applied"));
    }
    QVERIFY(found);
    const QJsonObject uat = json.value(QStringLiteral("summary")).toArray().at(1).toObject();
    QCOMPARE(uat.value(QStringLiteral("pending")).toArray().size(), 13);
    QCOMPARE(uat.value(QStringLiteral("missingOnDisk")).toArray().at(0).toObject().value(QStringLiteral("id")).toString(),
             Hotfix);

    const test::CliRun markdown = test::runCli({QStringLiteral("history"), demoDb(QStringLiteral("staging")),
                                                demoDb(QStringLiteral("uat")), QStringLiteral("--format"),
                                                QStringLiteral("markdown")});
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY2(markdown.out.contains(QStringLiteral("| ⚠ | `") + AuditMigration + QStringLiteral("` | applied | not run |")),
             qPrintable(markdown.out));
}

void TestCliHistory::demoDiffNamesTheMigration()
{
    const test::CliRun run = test::runCli({QStringLiteral("diff"), demoDb(QStringLiteral("uat")),
                                           demoDb(QStringLiteral("staging")), QStringLiteral("--migrations"),
                                           demo(QStringLiteral("migrations"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("  + sync_audit_logs (~49 rows)\n      ← ") + AuditMigration
                              + QStringLiteral(" (Sequelize): staging ran it, uat did not\n")),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("      - column legacyCode\n          ← ") + Hotfix
                              + QStringLiteral(" (Sequelize): uat ran it, staging did not\n")),
             qPrintable(run.out));
    // Defaults no migration changed: the case that needs a person.
    QVERIFY2(run.out.contains(QStringLiteral("      ~ column balance\n          ! unexplained drift")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Migrations behind the differences")), qPrintable(run.out));

    // Without the folder the names alone still point at the audit-log migration.
    const test::CliRun byName = test::runCli({QStringLiteral("diff"), demoDb(QStringLiteral("uat")),
                                              demoDb(QStringLiteral("staging")), QStringLiteral("--format"),
                                              QStringLiteral("json")});
    QCOMPARE(byName.exitCode, 0);
    const QJsonObject json = QJsonDocument::fromJson(byName.out.toUtf8()).object();
    bool linked = false;
    for (const QJsonValue &value : json.value(QStringLiteral("changes")).toArray()) {
        const QJsonObject c = value.toObject();
        if (c.value(QStringLiteral("name")).toString() == QStringLiteral("sync_audit_logs")) {
            const QJsonObject link = c.value(QStringLiteral("explainedBy")).toArray().at(0).toObject();
            QCOMPARE(link.value(QStringLiteral("id")).toString(), AuditMigration);
            QCOMPARE(link.value(QStringLiteral("evidence")).toString(), QStringLiteral("name"));
            linked = true;
        }
    }
    QVERIFY(linked);

    const test::CliRun plain = test::runCli({QStringLiteral("diff"), demoDb(QStringLiteral("uat")),
                                             demoDb(QStringLiteral("staging")), QStringLiteral("--no-history")});
    QCOMPARE(plain.exitCode, 0);
    QVERIFY(!plain.out.contains(QStringLiteral("←")));
    QVERIFY(!plain.out.contains(QStringLiteral("unexplained")));
}

void TestCliHistory::sameEnvironmentsAgree()
{
    const test::CliRun run = test::runCli({QStringLiteral("history"), demoDb(QStringLiteral("uat")),
                                           demoDb(QStringLiteral("uat"))});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("All environments agree.")), qPrintable(run.out));
    // Two columns of one name get told apart.
    QVERIFY2(run.out.contains(QStringLiteral("uat#2")), qPrintable(run.out));
}

void TestCliHistory::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");
    QTest::newRow("no spec") << QStringList{QStringLiteral("history")} << "needs at least one database";
    QTest::newRow("bad format") << QStringList{QStringLiteral("history"), demoDb(QStringLiteral("uat")),
                                               QStringLiteral("--format"), QStringLiteral("yaml")}
                                << "Unknown format \"yaml\"";
    QTest::newRow("missing folder") << QStringList{QStringLiteral("history"), demoDb(QStringLiteral("uat")),
                                                   QStringLiteral("--migrations"), QStringLiteral("/nonexistent/migrations")}
                                    << "/nonexistent/migrations";
    QTest::newRow("missing database") << QStringList{QStringLiteral("history"), QStringLiteral("/nonexistent/x.db")}
                                      << "/nonexistent/x.db";
    QTest::newRow("nothing listening")
        << QStringList{QStringLiteral("history"), QStringLiteral("postgresql://u:s3cr3t-pw@127.0.0.1:9/db"),
                       QStringLiteral("--connect-timeout"), QStringLiteral("2")}
        << "127.0.0.1:9";
}

void TestCliHistory::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);
    const test::CliRun run = test::runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!run.err.contains(QStringLiteral("s3cr3t-pw")));
    QVERIFY(run.out.isEmpty());
}

void TestCliHistory::postgresEnvironments()
{
    // Three environments of a Django project whose reporting service uses Flyway.
    QList<ConnectionSpec> specs;
    for (const QString &name : {QStringLiteral("tst_hist_dev"), QStringLiteral("tst_hist_staging"),
                                QStringLiteral("tst_hist_prod")}) {
        auto spec = test::createScratchDatabase(Dialect::PostgreSQL, name);
        PARITY_VERIFY_RESULT(spec);
        specs.append(*spec);
    }
    const QString django = QString::fromLatin1(DjangoTablePg);
    const QString flyway = QString::fromLatin1(FlywayTablePg);
    const QString initial =
        "INSERT INTO django_migrations (app, name, applied) VALUES "
        "('contenttypes', '0001_initial', '2025-10-01 09:00:00+00'), "
        "('treasury', '0001_initial', '2025-10-02 09:00:00+00');\n";
    const QString phase6 =
        "INSERT INTO django_migrations (app, name, applied) VALUES "
        "('treasury', '0002_phase6_dashboard_models', '2025-11-20 14:30:00+00');\n";
    const QString flywayRows =
        "INSERT INTO \"Fly way\".flyway_schema_history VALUES "
        "(1, '1', 'init', 'SQL', 'V1__init.sql', 123456, 'ci', '2025-10-01 09:00:00', 12, true);\n";
    const QString flywayFailed =
        "INSERT INTO \"Fly way\".flyway_schema_history VALUES "
        "(2, '1.1', 'add report index', 'SQL', 'V1_1__add_report_index.sql', -99, 'ci', '2025-11-21 08:00:00', 40, false);\n";
    PARITY_VERIFY_RESULT(test::runSql(specs.at(0), django + initial + phase6 + flyway + flywayRows));
    PARITY_VERIFY_RESULT(test::runSql(specs.at(1), django + initial + phase6 + flyway + flywayRows + flywayFailed));
    PARITY_VERIFY_RESULT(test::runSql(specs.at(2), django + initial + flyway + flywayRows));

    const test::CliRun run = test::runCli({QStringLiteral("history"), QStringLiteral("dev=") + url(specs.at(0)),
                                           QStringLiteral("staging=") + url(specs.at(1)),
                                           QStringLiteral("prod=") + url(specs.at(2)), QStringLiteral("--format"),
                                           QStringLiteral("json")},
                                          passwordEnv(specs.at(0)));
    QVERIFY2(run.exitCode == 1, qPrintable(run.err + run.out));
    QVERIFY(!run.out.contains(specs.at(0).password));
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8()).object();
    QHash<QString, QJsonArray> cells;
    for (const QJsonValue &value : json.value(QStringLiteral("rows")).toArray()) {
        const QJsonObject row = value.toObject();
        cells.insert(row.value(QStringLiteral("framework")).toString() + QLatin1Char(':')
                         + row.value(QStringLiteral("id")).toString(),
                     row.value(QStringLiteral("cells")).toArray());
    }
    const auto state = [&](const QString &key, int environment) {
        return cells.value(key).at(environment).toObject().value(QStringLiteral("state")).toString();
    };
    QCOMPARE(cells.size(), 5);
    QCOMPARE(state(QStringLiteral("django:treasury.0002_phase6_dashboard_models"), 0), QStringLiteral("applied"));
    QCOMPARE(state(QStringLiteral("django:treasury.0002_phase6_dashboard_models"), 2), QStringLiteral("not-applied"));
    QCOMPARE(cells.value(QStringLiteral("django:treasury.0002_phase6_dashboard_models")).at(1).toObject()
                 .value(QStringLiteral("appliedAt")).toString(),
             QStringLiteral("2025-11-20T14:30:00Z"));
    QCOMPARE(state(QStringLiteral("flyway:1"), 2), QStringLiteral("applied"));
    QCOMPARE(state(QStringLiteral("flyway:1.1"), 1), QStringLiteral("failed"));
    QCOMPARE(state(QStringLiteral("flyway:1.1"), 0), QStringLiteral("not-applied"));
    const QJsonArray tables = json.value(QStringLiteral("environments")).toArray().at(1).toObject()
                                  .value(QStringLiteral("tables")).toArray();
    QCOMPARE(tables.size(), 2);
    QCOMPARE(tables.at(1).toObject().value(QStringLiteral("schema")).toString(), QStringLiteral("Fly way"));

    // dev and staging ran the same Django migrations; with Flyway left out they agree.
    const test::CliRun text = test::runCli({QStringLiteral("history"), QStringLiteral("dev=") + url(specs.at(0)),
                                            QStringLiteral("prod=") + url(specs.at(2))},
                                           passwordEnv(specs.at(0)));
    QCOMPARE(text.exitCode, 1);
    QVERIFY2(text.out.contains(QStringLiteral("prod: has not run 1 migration that another environment ran "
                                              "(treasury.0002_phase6_dashboard_models)")),
             qPrintable(text.out));
}

void TestCliHistory::mariadbKnex()
{
    auto a = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_hist_knex_a"));
    PARITY_VERIFY_RESULT(a);
    auto b = test::createScratchDatabase(Dialect::MySQL, QStringLiteral("tst_hist_knex_b"));
    PARITY_VERIFY_RESULT(b);
    const QString rows = QStringLiteral(
        "INSERT INTO knex_migrations (name, batch, migration_time) VALUES "
        "('20240101090000_create_orders.js', 1, '2024-01-01 09:00:00'), "
        "('20240201090000_add_order_status.js', 2, '2024-02-01 09:00:00');\n");
    PARITY_VERIFY_RESULT(test::runSql(*a, QString::fromLatin1(KnexTableMy) + rows));
    PARITY_VERIFY_RESULT(test::runSql(*b, QString::fromLatin1(KnexTableMy) + rows));
    test::CliRun run = test::runCli({QStringLiteral("history"), url(*a), url(*b)}, passwordEnv(*a));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    QVERIFY2(run.out.contains(QStringLiteral("Knex (knex_migrations)")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("applied 2024-02-01 09:00")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("All environments agree.")), qPrintable(run.out));

    PARITY_VERIFY_RESULT(test::runSql(*b, QStringLiteral("DELETE FROM knex_migrations WHERE batch = 2;")));
    run = test::runCli({QStringLiteral("history"), url(*a), url(*b)}, passwordEnv(*a));
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.contains(QStringLiteral("* 20240201090000_add_order_status.js")), qPrintable(run.out));
}

// The seed situation on PostgreSQL: Sequelize's mixed-case table, the
// audit-log table staging has and UAT lacks, and the diff pointing at the
// migration that creates it.
void TestCliHistory::seedOnPostgres()
{
    auto staging = test::createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("tst_hist_seed_staging"));
    PARITY_VERIFY_RESULT(staging);
    auto uat = test::createScratchDatabase(Dialect::PostgreSQL, QStringLiteral("tst_hist_seed_uat"));
    PARITY_VERIFY_RESULT(uat);
    const QString meta = QStringLiteral(
        "CREATE TABLE \"SequelizeMeta\" (name varchar(255) NOT NULL PRIMARY KEY);\n"
        "CREATE TABLE users (id serial PRIMARY KEY, email varchar(255) NOT NULL);\n"
        "INSERT INTO \"SequelizeMeta\" VALUES ('20251101_01_create_users_table.js');\n");
    PARITY_VERIFY_RESULT(test::runSql(*uat, meta));
    PARITY_VERIFY_RESULT(test::runSql(*staging, meta + QStringLiteral(
        "CREATE TABLE sync_audit_logs (id serial PRIMARY KEY, \"syncId\" varchar(36) NOT NULL);\n"
        "INSERT INTO \"SequelizeMeta\" VALUES ('20251203_01_create_sync_audit_logs_table.js');\n")));
    const test::CliRun run = test::runCli({QStringLiteral("diff"), url(*uat), url(*staging)}, passwordEnv(*uat));
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("+ sync_audit_logs")), qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("← ") + AuditMigration
                              + QStringLiteral(" (Sequelize): tst_hist_seed_staging ran it, tst_hist_seed_uat did not")),
             qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliHistory)
#include "tst_cli_history.moc"

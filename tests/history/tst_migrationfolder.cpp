#include "history/migrationfolder.h"
#include "history/migrationscripts.h"

#include "recordingjob.h"
#include "testsupport.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace parity;
using Action = MigrationTouch::Action;

namespace {

// A touch in one short line: "+users" creates a table, "-users.email" drops
// a column, "~users#idx" alters an index, "users.a>b" renames a column.
QString describe(const MigrationTouch &t)
{
    QString s = t.table;
    if (!t.column.isEmpty())
        s += QLatin1Char('.') + t.column;
    if (!t.index.isEmpty())
        s += QLatin1Char('#') + t.index;
    switch (t.action) {
    case Action::Create:
        return QLatin1Char('+') + s;
    case Action::Drop:
        return QLatin1Char('-') + s;
    case Action::Alter:
        return QLatin1Char('~') + s;
    case Action::Rename:
        return s + QLatin1Char('>') + t.newName;
    }
    return s;
}

QStringList describe(const QList<MigrationTouch> &touches)
{
    QStringList out;
    for (const MigrationTouch &t : touches)
        out << describe(t);
    return out;
}

struct Expected
{
    FolderLayout layout = FolderLayout::NodeScript;
    QString id;
    QString path;
    QString version;
    QStringList parents;
    bool hasDown = false;
    QString checksum; // "sha256": the test computes it from the file
    QStringList touches;
    QString name; // empty: the file name of `path`
};

QString historyData()
{
    return test::sourceDir() + QStringLiteral("/tests/data/history/");
}

QList<Expected> djangoProject()
{
    const auto D = FolderLayout::Django;
    return {
        {D,
         "ledger.0001_initial",
         "ledger/migrations/0001_initial.py",
         "",
         {},
         true,
         "",
         {"+ledger_account", "+ledger_entry"}},
        {D,
         "ledger.0002_rename_and_cleanup",
         "ledger/migrations/0002_rename_and_cleanup.py",
         "",
         {},
         true,
         "",
         {"ledger_entry.debit_id>debit_account_id", "ledger_account.title>name",
          "ledger_entry>ledger_journalentry", "-ledger_account.parent_id",
          "ledger_account>ledger_accounts", "+ledger_journalentry#ledger_entry_unique_memo",
          "~ledger_accounts", "+ledger_accounts.archived"}},
        {D,
         "ledger.0003_backfill_codes",
         "ledger/migrations/0003_backfill_codes.py",
         "",
         {},
         false,
         "",
         {"-ledger_journalentry"}},
        {D,
         "treasury.0001_initial",
         "treasury/migrations/0001_initial.py",
         "",
         {},
         true,
         "",
         {"+treasury_payment", "+treasury_floats"}},
        {D,
         "treasury.0002_phase6_dashboard_models",
         "treasury/migrations/0002_phase6_dashboard_models.py",
         "",
         {},
         true,
         "",
         {"+treasury_payment.payment_id", "~treasury_payment.status", "+treasury_alert",
          "+treasury_alert_recipients", "+treasury_paymenttracking",
          "+treasury_payment#treasury_pa_status_5b1c2e_idx", "+treasury_floats.custodian_id"}},
    };
}

QList<Expected> sequelizeProject()
{
    const auto N = FolderLayout::NodeScript;
    return {
        {N,
         "20251201_01_create_compliance_records.js",
         "migrations/20251201_01_create_compliance_records.js",
         "",
         {},
         true,
         "",
         {"+compliance_records", "+compliance_records#compliance_records_status_created_at"}},
        {N,
         "20251202_01_create_flash_commission_tiers.js",
         "migrations/20251202_01_create_flash_commission_tiers.js",
         "",
         {},
         true,
         "",
         {"+flash_commission_tiers"}},
        {N,
         "20251203_01_create_sync_audit_logs_table.js",
         "migrations/20251203_01_create_sync_audit_logs_table.js",
         "",
         {},
         true,
         "",
         {"+sync_audit_logs", "+sync_audit_logs#sync_audit_logs_table_created_idx",
          "+sync_audit_logs#sync_audit_logs_performed_by"}},
        {N,
         "20251204_01_reseller_floats_changes.js",
         "migrations/20251204_01_reseller_floats_changes.js",
         "",
         {},
         true,
         "",
         {"+reseller_floats", "+reseller_floats.currency", "~compliance_records.reference",
          "compliance_records.status>review_status", "-sync_audit_logs.rows_copied",
          "+reseller_floats#reseller_floats_reseller_fk", "+tax_configurations",
          "+tax_configurations#tax_configurations_region_key",
          "+mobilemart_transactions.settled_at"}},
        {N,
         "20251205_01_drop_flash_commission_tiers.js",
         "migrations/20251205_01_drop_flash_commission_tiers.js",
         "",
         {},
         false,
         "",
         {"-compliance_records#compliance_records_status_created_at", "-flash_commission_tiers"}},
        {N,
         "20251206_01_rename_mobilemart.ts",
         "migrations/20251206_01_rename_mobilemart.ts",
         "",
         {},
         true,
         "",
         {"mobilemart_transactions>mobilemart_txns",
          "-reseller_floats#reseller_floats_reseller_fk"}},
    };
}

QList<Expected> knexProject()
{
    const auto N = FolderLayout::NodeScript;
    return {
        {N,
         "20240101120000_create_users.js",
         "migrations/20240101120000_create_users.js",
         "",
         {},
         true,
         "",
         {"+users"}},
        {N,
         "20240102090000_alter_users.js",
         "migrations/20240102090000_alter_users.js",
         "",
         {},
         true,
         "",
         {"+users.phone", "-users.legacy_code", "users.name>full_name", "~users.age",
          "+users#users_email_phone_idx", "+users#users_phone_unique", "+users.team_id",
          "+users#users_team_id_foreign", "+teams"}},
        {N,
         "20240103150000_raw_and_rename.mjs",
         "migrations/20240103150000_raw_and_rename.mjs",
         "",
         {},
         true,
         "",
         {"+users#users_created_at_idx", "teams>squads", "-squads.created_at", "-squads.updated_at",
          "-squads#squads_owner_id_foreign"}},
    };
}

QList<Expected> prismaProject()
{
    const auto P = FolderLayout::Prisma;
    return {
        {P,
         "20240110083000_init",
         "prisma/migrations/20240110083000_init/migration.sql",
         "",
         {},
         false,
         "sha256",
         {"+Business", "+Deal", "+Deal#Deal_businessId_idx", "+Deal#Deal_businessId_fkey"},
         "20240110083000_init"},
        {P,
         "20240215101500_add_revenue_verification",
         "prisma/migrations/20240215101500_add_revenue_verification/migration.sql",
         "",
         {},
         false,
         "sha256",
         {"+RevenueConnection", "+RevenueRecord",
          "+RevenueConnection#RevenueConnection_businessId_sourceType_key",
          "+RevenueRecord#RevenueRecord_month_idx",
          "+RevenueConnection#RevenueConnection_businessId_fkey",
          "+RevenueRecord#RevenueRecord_dealId_fkey"},
         "20240215101500_add_revenue_verification"},
        {P,
         "20240301120000_rename_and_drop",
         "prisma/migrations/20240301120000_rename_and_drop/migration.sql",
         "",
         {},
         false,
         "sha256",
         {"-RevenueRecord#RevenueRecord_month_idx", "-RevenueConnection.lastError",
          "+RevenueConnection.errorCount", "~RevenueConnection.status",
          "Deal#Deal_businessId_idx>Deal_business_idx", "-RevenueRecord"},
         "20240301120000_rename_and_drop"},
    };
}

// Checksums derived independently: python3 zlib.crc32 over each line's
// UTF-8 bytes without its line ending, BOM dropped, as a signed 32-bit number.
QList<Expected> flywayProject()
{
    const auto F = FolderLayout::Flyway;
    const QString dir = QStringLiteral("src/main/resources/db/migration/");
    return {
        {F,
         "1",
         dir + "V1__create_accounts.sql",
         "1",
         {},
         false,
         "-721704240",
         {"+accounts", "+accounts#accounts_owner_idx"}},
        {F,
         "1.1",
         dir + "V1_1__add_account_status.sql",
         "1.1",
         {},
         true,
         "65932494",
         {"+accounts.status", "+accounts#accounts_status_idx", "~accounts.owner"}},
        {F,
         "2",
         dir + "V2__create_transfers.sql",
         "2",
         {},
         false,
         "-1544275373",
         {"+transfers", "transfers>account_transfers"}},
        {F,
         "3",
         dir + "V3__bom_and_crlf.sql",
         "3",
         {},
         false,
         "-2059439848",
         {"+accounts.nickname", "-accounts#accounts_owner_idx"}},
        {F,
         "10",
         dir + "V10__drop_legacy.sql",
         "10",
         {},
         false,
         "-966856099",
         {"-legacy_ledger", "-legacy_audit", "account_transfers.note>memo",
          "~account_transfers.amount"}},
        {F, "R:account views", dir + "R__account_views.sql", "", {}, false, "598730247", {}},
    };
}

QList<Expected> golangProject()
{
    const auto U = FolderLayout::UpDownSql;
    return {
        {U, "1", "db/migrations/000001_create_users.up.sql", "1", {}, true, "", {"+users"}},
        {U,
         "2",
         "db/migrations/000002_add_email_index.up.sql",
         "2",
         {},
         true,
         "",
         {"+users#users_email_key"}},
        {U, "3", "db/migrations/000003_audit_function.up.sql", "3", {}, true, "", {"+user_audit"}},
        {U,
         "10",
         "db/migrations/000010_drop_audit.up.sql",
         "10",
         {},
         false,
         "",
         {"users.E-mail>email", "-users#users_email_key", "-user_audit"}},
    };
}

QList<Expected> dieselProject()
{
    const auto U = FolderLayout::UpDownSql;
    return {
        {U,
         "00000000000000",
         "migrations/00000000000000_diesel_initial_setup/up.sql",
         "00000000000000",
         {},
         true,
         "",
         {},
         "00000000000000_diesel_initial_setup"},
        {U,
         "20230101000000",
         "migrations/2023-01-01-000000_create_users/up.sql",
         "20230101000000",
         {},
         true,
         "",
         {"+users"},
         "2023-01-01-000000_create_users"},
        {U,
         "20230215093000",
         "migrations/2023-02-15-093000_create_posts/up.sql",
         "20230215093000",
         {},
         false,
         "",
         {"+posts", "+users.bio", "+users#users_name_check"},
         "2023-02-15-093000_create_posts"},
    };
}

QList<Expected> railsProject()
{
    const auto R = FolderLayout::Rails;
    return {
        {R,
         "20240101000001",
         "db/migrate/20240101000001_create_users.rb",
         "20240101000001",
         {},
         true,
         "",
         {"+users", "+users#index_users_on_email"}},
        {R,
         "20240102000002",
         "db/migrate/20240102000002_add_profile_to_users.rb",
         "20240102000002",
         {},
         true,
         "",
         {"+users.bio", "+users.avatar_url", "+users.company_id",
          "+users#index_users_on_company_id", "users.name>full_name", "~users.full_name",
          "+users#index_users_company_name"}},
        // fk_rails_ + sha256("users_company_id_fk")[:10], as Rails names it (python3 hashlib).
        {R,
         "20240103000003",
         "db/migrate/20240103000003_create_roles.rb",
         "20240103000003",
         {},
         true,
         "",
         {"+roles", "+roles_users", "+users#fk_rails_7682a3bdfe"}},
        {R,
         "20240104000004",
         "db/migrate/20240104000004_change_orders.rb",
         "20240104000004",
         {},
         true,
         "",
         {"+orders.total", "-orders.legacy_total", "orders.state>status", "+orders.customer_id",
          "+orders.customer_type", "+orders#index_orders_on_customer_type_and_customer_id",
          "+orders#index_orders_on_status", "+order_notes", "+orders#orders_total_positive"}},
        {R,
         "20240105000005",
         "db/migrate/20240105000005_remove_legacy.rb",
         "20240105000005",
         {},
         true,
         "",
         {"-legacy_carts", "-orders#index_orders_on_status", "-users.bio", "-users.avatar_url",
          "order_notes>order_comments", "-users#index_users_on_email"}},
        {R,
         "20240106000006",
         "db/migrate/20240106000006_irreversible.rb",
         "20240106000006",
         {},
         false,
         "",
         {"~users.email"}},
    };
}

QList<Expected> alembicProject()
{
    const auto A = FolderLayout::Alembic;
    const QString dir = QStringLiteral("migrations/versions/");
    return {
        {A,
         "1a2b3c4d5e6f",
         dir + "1a2b3c4d5e6f_create_accounts.py",
         "",
         {},
         true,
         "",
         {"+accounts", "+accounts#ix_accounts_email"}},
        {A,
         "2b3c4d5e6f70",
         dir + "2b3c4d5e6f70_add_balance.py",
         "",
         {"1a2b3c4d5e6f"},
         false,
         "",
         {"+accounts.balance", "accounts.email>email_address", "+accounts#uq_accounts_owner"}},
        {A,
         "3c4d5e6f7081",
         dir + "3c4d5e6f7081_branch_payments.py",
         "",
         {"2b3c4d5e6f70"},
         true,
         "",
         {"+payments", "+payments#fk_payments_account", "+payments.memo"}},
        {A,
         "4d5e6f708192",
         dir + "4d5e6f708192_branch_audit.py",
         "",
         {"2b3c4d5e6f70"},
         true,
         "",
         {"old_audit>audit_log", "-accounts.legacy_flag", "-accounts#ix_accounts_email",
          "+audit_log#ix_audit_log_at"}},
        // Its file name sorts first; as a merge of both branches it runs last.
        {A,
         "0f1e2d3c4b5a",
         dir + "0f1e2d3c4b5a_merge_heads.py",
         "",
         {"3c4d5e6f7081", "4d5e6f708192"},
         false,
         "",
         {}},
    };
}

QList<Expected> monorepo()
{
    return {
        {FolderLayout::Django,
         "shop.0001_initial",
         "backend/shop/migrations/0001_initial.py",
         "",
         {},
         true,
         "",
         {"+shop_product"}},
        {FolderLayout::NodeScript,
         "20240301000000_deep.js",
         "deep/l2/l3/l4/l5/l6/l7/migrations/20240301000000_deep.js",
         "",
         {},
         true,
         "",
         {"+deep_table"}},
        {FolderLayout::NodeScript,
         "20240101000000_init.js",
         "services/api/migrations/20240101000000_init.js",
         "",
         {},
         true,
         "",
         {"+orders"}},
        {FolderLayout::NodeScript,
         "20240201000000_add_order_total.js",
         "services/api/migrations/20240201000000_add_order_total.js",
         "",
         {},
         true,
         "",
         {"+orders.total"}},
        {FolderLayout::Flyway,
         "1",
         "database/flyway/V1__init.sql",
         "1",
         {},
         false,
         "-1868797002",
         {"+stock"}},
        {FolderLayout::Flyway,
         "2",
         "database/flyway/V2__stock_warehouse.sql",
         "2",
         {},
         false,
         "-248447052",
         {"+stock.warehouse"}},
        {FolderLayout::UpDownSql,
         "1",
         "tools/migrate/000001_jobs.up.sql",
         "1",
         {},
         true,
         "",
         {"+jobs"}},
    };
}

// The expectations for a scan of `sub` inside the fixture: only what lies
// under it, with paths relative to it.
QList<Expected> under(const QList<Expected> &all, const QString &sub)
{
    QList<Expected> out;
    for (Expected e : all) {
        if (!e.path.startsWith(sub + QLatin1Char('/')))
            continue;
        e.path = e.path.mid(sub.size() + 1);
        out << e;
    }
    return out;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

Q_DECLARE_METATYPE(QList<Expected>)
Q_DECLARE_METATYPE(FolderLayout)
Q_DECLARE_METATYPE(MigrationFramework)

class TestMigrationFolder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scansFixtures_data();
    void scansFixtures();
    void flywayChecksum_data();
    void flywayChecksum();
    void touchesFromSql_data();
    void touchesFromSql();
    void nodeUpHalfOnly_data();
    void nodeUpHalfOnly();
    void scriptReaders_data();
    void scriptReaders();
    void layoutKeysAndFrameworks_data();
    void layoutKeysAndFrameworks();
    void unreadableFilesAreWarnings();
    void skipsToolFoldersAndDepth();
    void missingOrWrongPathIsAnError_data();
    void missingOrWrongPathIsAnError();
    void reportsProgress();
    void cancels();
    void hostileInputEndsQuickly_data();
    void hostileInputEndsQuickly();
};

void TestMigrationFolder::scansFixtures_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QList<Expected>>("expected");
    QTest::addColumn<QStringList>("warnings");

    const QString flywayWarning =
        QStringLiteral("src/main/resources/db/migration/Vx__not_a_version.sql: looks like a Flyway "
                       "migration, but \"x\" is not a "
                       "version (digits separated by dots or underscores)");
    const QString alembicWarning =
        QStringLiteral("migrations/versions/helpers.py: no `revision = '…'` line: not an Alembic "
                       "revision Parity can place");

    QTest::newRow("django") << "django" << djangoProject() << QStringList();
    QTest::newRow("sequelize") << "sequelize" << sequelizeProject() << QStringList();
    QTest::newRow("knex") << "knex" << knexProject() << QStringList();
    QTest::newRow("prisma") << "prisma" << prismaProject() << QStringList();
    QTest::newRow("flyway") << "flyway" << flywayProject() << QStringList{flywayWarning};
    QTest::newRow("golang-migrate") << "golang-migrate" << golangProject() << QStringList();
    QTest::newRow("diesel") << "diesel" << dieselProject() << QStringList();
    QTest::newRow("rails") << "rails" << railsProject() << QStringList();
    QTest::newRow("alembic") << "alembic" << alembicProject() << QStringList{alembicWarning};
    QTest::newRow("monorepo") << "monorepo" << monorepo() << QStringList();

    // The migrations folder itself, given instead of the project.
    QTest::newRow("django app's migrations folder")
        << "django/treasury/migrations"
        << under(djangoProject(), QStringLiteral("treasury/migrations")) << QStringList();
    QTest::newRow("sequelize migrations folder")
        << "sequelize/migrations" << under(sequelizeProject(), QStringLiteral("migrations"))
        << QStringList();
    QTest::newRow("prisma migrations folder")
        << "prisma/prisma/migrations" << under(prismaProject(), QStringLiteral("prisma/migrations"))
        << QStringList();
    QTest::newRow("flyway location")
        << "flyway/src/main/resources/db/migration"
        << under(flywayProject(), QStringLiteral("src/main/resources/db/migration"))
        << QStringList{
               QString(flywayWarning).remove(QStringLiteral("src/main/resources/db/migration/"))};
    QTest::newRow("diesel migrations folder")
        << "diesel/migrations" << under(dieselProject(), QStringLiteral("migrations"))
        << QStringList();
    QTest::newRow("rails db/migrate")
        << "rails/db/migrate" << under(railsProject(), QStringLiteral("db/migrate"))
        << QStringList();
    QTest::newRow("alembic versions folder")
        << "alembic/migrations/versions"
        << under(alembicProject(), QStringLiteral("migrations/versions"))
        << QStringList{QString(alembicWarning).remove(QStringLiteral("migrations/versions/"))};
}

void TestMigrationFolder::scansFixtures()
{
    QFETCH(QString, fixture);
    QFETCH(QList<Expected>, expected);
    QFETCH(QStringList, warnings);

    const QString root = QDir::cleanPath(historyData() + fixture);
    QVERIFY2(QFileInfo(root).isDir(), qPrintable(root));
    const auto folder = scanMigrationFolder(root);
    PARITY_VERIFY_RESULT(folder);
    QCOMPARE(folder->root, root);
    QCOMPARE(folder->warnings, warnings);

    QStringList actualIds;
    QStringList expectedIds;
    for (const DiskMigration &m : folder->migrations)
        actualIds << folderLayoutKey(m.layout) + QLatin1Char(' ') + m.id;
    for (const Expected &e : expected)
        expectedIds << folderLayoutKey(e.layout) + QLatin1Char(' ') + e.id;
    QCOMPARE(actualIds, expectedIds); // which, and in what order

    for (qsizetype i = 0; i < expected.size(); ++i) {
        const DiskMigration &m = folder->migrations.at(i);
        const Expected &e = expected.at(i);
        auto says = [&](const char *what, const QString &value) {
            return QString(e.path + QLatin1Char(' ') + QLatin1String(what) + QStringLiteral(": ")
                           + value)
                .toUtf8();
        };
        QVERIFY2(m.path == e.path, says("path", m.path).constData());
        const QString name = e.name.isEmpty() ? QFileInfo(e.path).fileName() : e.name;
        QVERIFY2(m.name == name, says("name", m.name).constData());
        QVERIFY2(m.version == e.version, says("version", m.version).constData());
        QVERIFY2(m.parents == e.parents,
                 says("parents", m.parents.join(QLatin1Char(','))).constData());
        QVERIFY2(m.hasDown == e.hasDown,
                 says("hasDown", m.hasDown ? QStringLiteral("true") : QStringLiteral("false"))
                     .constData());
        QString checksum = e.checksum;
        if (checksum == QLatin1String("sha256")) {
            const QByteArray bytes = fileBytes(root + QLatin1Char('/') + e.path);
            QVERIFY(!bytes.isEmpty());
            checksum = QString::fromLatin1(
                QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        }
        QVERIFY2(m.checksum == checksum, says("checksum", m.checksum).constData());
        const QStringList touches = describe(m.touches);
        if (touches != e.touches)
            qWarning().noquote() << e.path << "touches:" << touches.join(QStringLiteral(" | "));
        QCOMPARE(touches, e.touches);
    }
}

void TestMigrationFolder::flywayChecksum_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("expected");
    // Derived independently: python3, zlib.crc32 chained over the lines.
    QTest::newRow("empty") << QByteArray() << "0";
    QTest::newRow("one character") << QByteArray("a") << "-390611389";
    QTest::newRow("trailing LF") << QByteArray("abc\n") << "891568578";
    QTest::newRow("CRLF") << QByteArray("abc\r\ndef") << "1267612143";
    QTest::newRow("BOM and lone CR") << QByteArray("\xef\xbb\xbf"
                                                   "abc\rdef\n")
                                     << "1267612143";
    QTest::newRow("blank line and comment") << QByteArray("SELECT 1;\n\n-- x\n") << "-21282032";
    QTest::newRow("non-ASCII") << QStringLiteral(u"größe ✓\n").toUtf8() << "-1883835654";
    // Bytes that are not UTF-8 are hashed as U+FFFD, as Java (and Python's errors='replace') decode
    // them.
    QTest::newRow("not UTF-8") << QByteArray("\xff\xfe bad\n") << "-734656868";
    QTest::newRow("LF and CRLF agree 1") << QByteArray("line1\nline2") << "-2086620103";
    QTest::newRow("LF and CRLF agree 2") << QByteArray("line1\r\nline2\r\n") << "-2086620103";
}

void TestMigrationFolder::flywayChecksum()
{
    QFETCH(QByteArray, content);
    QTEST(parity::flywayChecksum(content), "expected");
}

void TestMigrationFolder::touchesFromSql_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QStringList>("expected");

    QTest::newRow("create table") << "CREATE TABLE users (id int);" << QStringList{"+users"};
    QTest::newRow("if not exists, schema, mixed case")
        << "create Table IF NOT EXISTS Public.MixedCase (id int)" << QStringList{"+MixedCase"};
    QTest::newRow("double quotes with spaces and escaped quotes")
        << R"(CREATE TABLE "my schema"."Order ""Lines""" (id int);)"
        << QStringList{"+Order \"Lines\""};
    QTest::newRow("backquotes") << "CREATE TABLE `db`.`we``ird` (`id` INT) ENGINE=InnoDB;"
                                << QStringList{"+we`ird"};
    QTest::newRow("brackets") << "CREATE TABLE [dbo].[Order Items] ([id] int, [tags] int)"
                              << QStringList{"+Order Items"};
    QTest::newRow("unicode names")
        << "CREATE TABLE größe (id int); ALTER TABLE größe ADD COLUMN 名前 text;"
        << QStringList{"+größe", "+größe.名前"};
    QTest::newRow("temporary tables are not schema")
        << "CREATE TEMPORARY TABLE scratch (x int); CREATE TEMP TABLE t2 (x int); DROP TEMPORARY "
           "TABLE scratch;"
        << QStringList();
    QTest::newRow("comments and strings are not statements")
        << "-- CREATE TABLE a (x int);\n/* DROP TABLE b; /* nested */ CREATE TABLE c (x int); */\n"
           "INSERT INTO log VALUES ('CREATE TABLE d (x int); DROP TABLE e');\nCREATE TABLE f (note "
           "text DEFAULT 'x;y');"
        << QStringList{"+f"};
    QTest::newRow("dollar-quoted bodies")
        << "CREATE FUNCTION f() RETURNS void AS $fn$ BEGIN CREATE TABLE inner_t (x int); END $fn$ "
           "LANGUAGE plpgsql;\n"
           "DO $$ BEGIN DROP TABLE other; END $$;\nDROP TABLE real_one;"
        << QStringList{"-real_one"};
    QTest::newRow("E-string with escaped quote")
        << R"(INSERT INTO t VALUES (E'it\'s; CREATE TABLE no (x int)'); CREATE TABLE yes (x int);)"
        << QStringList{"+yes"};
    QTest::newRow("standard string with a backslash")
        << R"(INSERT INTO t VALUES ('C:\'); CREATE TABLE after_path (x int);)"
        << QStringList{"+after_path"};
    QTest::newRow("MySQL backslash escape")
        << "CREATE TABLE `a` (x INT) ENGINE=InnoDB; INSERT INTO a VALUES ('it\\'s; DROP TABLE a'); "
           "DROP TABLE b;"
        << QStringList{"+a", "-b"};
    QTest::newRow("MySQL hash comment")
        << "# DROP TABLE a;\nALTER TABLE t ADD COLUMN c INT; # trailing: DROP TABLE z;\n"
        << QStringList{"+t.c"};
    QTest::newRow("alter table actions") << "ALTER TABLE ONLY IF EXISTS public.accounts ADD COLUMN "
                                            "IF NOT EXISTS email text, DROP COLUMN legacy CASCADE, "
                                            "ALTER COLUMN status SET DEFAULT 'x', ALTER name TYPE "
                                            "varchar(20), ADD CONSTRAINT accounts_email_key "
                                            "UNIQUE (email), DROP CONSTRAINT IF EXISTS "
                                            "accounts_old_check, ADD note text, DROP other;"
                                         << QStringList{"+accounts.email",
                                                        "-accounts.legacy",
                                                        "~accounts.status",
                                                        "~accounts.name",
                                                        "+accounts#accounts_email_key",
                                                        "-accounts#accounts_old_check",
                                                        "+accounts.note",
                                                        "-accounts.other"};
    QTest::newRow("commas inside parentheses do not split actions")
        << "ALTER TABLE t ADD COLUMN amount numeric(10, 2), ADD CONSTRAINT t_chk CHECK (amount IN "
           "(1, 2));"
        << QStringList{"+t.amount", "+t#t_chk"};
    QTest::newRow("renames") << "ALTER TABLE a RENAME COLUMN x TO y; ALTER TABLE a RENAME z TO w; "
                                "ALTER TABLE a RENAME TO b; "
                                "ALTER TABLE b RENAME CONSTRAINT b_pk TO b_pkey; RENAME TABLE c TO "
                                "d, e TO f; ALTER TABLE g RENAME h;"
                             << QStringList{"a.x>y", "a.z>w", "a>b", "b#b_pk>b_pkey",
                                            "c>d",   "e>f",   "g>h"};
    QTest::newRow("MySQL modify and change")
        << "ALTER TABLE t MODIFY c VARCHAR(9), CHANGE COLUMN a b INT, CHANGE d d TEXT, ADD INDEX "
           "t_idx (c), "
           "ADD UNIQUE KEY t_uk (b), DROP INDEX t_old, DROP FOREIGN KEY t_fk, DROP PRIMARY KEY, "
           "ADD PRIMARY KEY (b);"
        << QStringList{"~t.c",     "t.a>b",   "~t.d", "+t#t_idx", "+t#t_uk",
                       "-t#t_old", "-t#t_fk", "~t",   "~t"};
    QTest::newRow("unnamed constraints and indexes touch the table")
        << "ALTER TABLE t ADD UNIQUE (a), ADD FOREIGN KEY (b) REFERENCES u (id); CREATE INDEX ON t "
           "(c);"
        << QStringList{"~t", "~t", "~t"};
    QTest::newRow("MySQL multi-column add") << "ALTER TABLE t ADD (a INT, b DECIMAL(4, 2), c TEXT);"
                                            << QStringList{"+t.a", "+t.b", "+t.c"};
    QTest::newRow("drop several tables")
        << "DROP TABLE IF EXISTS a, public.b, \"C c\" CASCADE;" << QStringList{"-a", "-b", "-C c"};
    QTest::newRow("create index variants")
        << "CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS \"Idx One\" ON ONLY \"S\".\"T\" USING "
           "btree (a);\n"
           "CREATE INDEX idx_two USING BTREE ON t2 (b);\nCREATE FULLTEXT INDEX ft ON t3 (c);"
        << QStringList{"+T#Idx One", "+t2#idx_two", "+t3#ft"};
    QTest::newRow("drop index takes its table from the script")
        << "CREATE INDEX i1 ON t1 (a); DROP INDEX CONCURRENTLY IF EXISTS public.i1; DROP INDEX i2 "
           "ON t2; DROP INDEX i3;"
        << QStringList{"+t1#i1", "-t1#i1", "-t2#i2", "-#i3"};
    QTest::newRow("alter index rename")
        << "ALTER INDEX IF EXISTS i1 RENAME TO i2;" << QStringList{"#i1>i2"};
    // A routine's body runs when it is called, not when the migration runs.
    QTest::newRow("DELIMITER blocks") << "DELIMITER $$\nCREATE PROCEDURE p() BEGIN DROP TABLE "
                                         "inside; END$$\nDELIMITER ;\nCREATE TABLE outside (x INT);"
                                      << QStringList{"+outside"};
    QTest::newRow("arrays are not bracket names")
        << "ALTER TABLE t ADD COLUMN tags text[], ADD COLUMN n int[3];"
        << QStringList{"+t.tags", "+t.n"};
    QTest::newRow("views and types are not tables")
        << "CREATE VIEW v AS SELECT 1; CREATE TYPE e AS ENUM ('a'); DROP VIEW v; COMMENT ON TABLE "
           "t IS 'DROP TABLE t';"
        << QStringList();
    QTest::newRow("unterminated string")
        << "CREATE TABLE a (x int); INSERT INTO a VALUES ('never closed; DROP TABLE a;"
        << QStringList{"+a"};
    QTest::newRow("truncated statements")
        << "CREATE TABLE; ALTER TABLE; ALTER TABLE t ADD; DROP TABLE IF EXISTS; RENAME"
        << QStringList();
    QTest::newRow("empty") << "" << QStringList();
}

void TestMigrationFolder::touchesFromSql()
{
    QFETCH(QString, sql);
    QTEST(describe(parity::touchesFromSql(sql)), "expected");
}

void TestMigrationFolder::nodeUpHalfOnly_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("hasDown");

    QTest::newRow("down before up")
        << "module.exports = {\n down: async (qi) => { await qi.dropTable('a'); },\n"
           " up: async (qi) => { await qi.createTable('a', {}); },\n};"
        << QStringList{"+a"} << true;
    QTest::newRow("no down") << "exports.up = (knex) => knex.schema.dropTableIfExists('gone');"
                             << QStringList{"-gone"} << false;
    QTest::newRow("empty down")
        << "module.exports = { up: (qi) => qi.addColumn('t', 'c', {}), down: () => {} };"
        << QStringList{"+t.c"} << false;
    QTest::newRow("strings and comments that look like calls")
        << "// queryInterface.createTable('commented')\nexports.up = async (qi) => {\n"
           "  const note = \"qi.dropTable('quoted')\";\n  /* qi.addColumn('x', 'y') */\n"
           "  await qi.removeColumn('t', 'c');\n};\nexports.down = async () => {};"
        << QStringList{"-t.c"} << false;
    QTest::newRow("nested template literal")
        << "exports.up = (knex) => knex.raw(`CREATE TABLE ${`t_${'x'}`} (id int); ALTER TABLE real "
           "ADD COLUMN c int`);"
        << QStringList{"+real.c"} << false;
    QTest::newRow("sequelize default index name")
        << "module.exports = { async up(qi) { await qi.addIndex('Orders', ['customerId', "
           "'createdAt'], "
           "{ unique: true }); } };"
        << QStringList{"+Orders#orders_customer_id_created_at"} << false;
}

void TestMigrationFolder::nodeUpHalfOnly()
{
    QFETCH(QString, source);
    const ScriptReading reading = readNodeMigration(source);
    QTEST(describe(reading.touches), "expected");
    QTEST(reading.hasDown, "hasDown");
}

void TestMigrationFolder::scriptReaders_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QStringList>("expected");
    QTest::addColumn<bool>("hasDown");

    QTest::newRow("rails self.up, braces down block")
        << "rails"
        << "class A < ActiveRecord::Migration\n  def self.up\n    reversible { |d| d.down { "
           "drop_table :x } }\n"
           "    add_column(:t, :c, :integer)\n    execute %q(CREATE INDEX t_c ON t (c))\n  "
           "end\nend\n"
        << QStringList{"+t.c", "+t#t_c"} << false;
    QTest::newRow("rails down only") << "rails"
                                     << "def down\n  drop_table :t\nend\n"
                                     << QStringList() << true;
    QTest::newRow("rails polymorphic reference without index")
        << "rails"
        << "def change\n  add_reference :notes, :owner, polymorphic: true, index: false\nend\n"
        << QStringList{"+notes.owner_id", "+notes.owner_type"} << true;
    QTest::newRow("alembic docstring-only downgrade")
        << "alembic"
        << "revision = 'r1'\ndown_revision = None\n\ndef upgrade():\n    op.drop_table(\"t\")\n\n"
           "def downgrade():\n    \"\"\"Cannot be undone.\"\"\"\n    ...\n"
        << QStringList{"-t"} << false;
    QTest::newRow("alembic downgrade is not upgrade")
        << "alembic"
        << "revision = 'r2'\ndown_revision = 'r1'\n\ndef downgrade():\n    "
           "op.drop_table('gone')\n\n"
           "def upgrade():\n    op.create_index('ix_t_a', 't', ['a'])\n    "
           "op.drop_constraint('ck_t', 't')\n"
        << QStringList{"+t#ix_t_a", "-t#ck_t"} << true;
    QTest::newRow("django proxy and unmanaged models make no table")
        << "django"
        << "operations = [\n    migrations.CreateModel(name='P', fields=[], options={'proxy': "
           "True}),\n"
           "    migrations.CreateModel('U', [], {'managed': False}),\n"
           "    migrations.CreateModel(name='Real', fields=[('tags', "
           "models.ManyToManyField(to='x.Tag', "
           "db_table='real_tag_links'))]),\n    migrations.RunPython(forwards, "
           "migrations.RunPython.noop),\n]\n"
        << QStringList{"+app_real", "+real_tag_links"} << true;
    QTest::newRow("django irreversible RunSQL") << "django"
                                                << "operations = [migrations.RunSQL(\"ALTER TABLE "
                                                   "app_x ADD COLUMN y int\", reverse_sql=None)]"
                                                << QStringList{"+app_x.y"} << false;
}

void TestMigrationFolder::scriptReaders()
{
    QFETCH(QString, kind);
    QFETCH(QString, source);
    ScriptReading reading;
    if (kind == QLatin1String("rails")) {
        reading = readRailsMigration(source);
    } else if (kind == QLatin1String("alembic")) {
        reading = readAlembicScript(source).reading;
    } else {
        DjangoAppState state;
        state.app = QStringLiteral("app");
        reading = readDjangoMigration(source, state);
    }
    QTEST(describe(reading.touches), "expected");
    QTEST(reading.hasDown, "hasDown");
}

void TestMigrationFolder::layoutKeysAndFrameworks_data()
{
    QTest::addColumn<FolderLayout>("layout");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("frameworks");

    QTest::newRow("django") << FolderLayout::Django << "django" << QStringList{"django"};
    QTest::newRow("node") << FolderLayout::NodeScript << "node-script"
                          << QStringList{"sequelize", "knex"};
    QTest::newRow("prisma") << FolderLayout::Prisma << "prisma" << QStringList{"prisma"};
    QTest::newRow("flyway") << FolderLayout::Flyway << "flyway" << QStringList{"flyway"};
    QTest::newRow("up-down") << FolderLayout::UpDownSql << "up-down-sql"
                             << QStringList{"golang-migrate"};
    QTest::newRow("rails") << FolderLayout::Rails << "rails" << QStringList{"rails"};
    QTest::newRow("alembic") << FolderLayout::Alembic << "alembic" << QStringList{"alembic"};
}

void TestMigrationFolder::layoutKeysAndFrameworks()
{
    QFETCH(FolderLayout, layout);
    QTEST(folderLayoutKey(layout), "key");
    QStringList served;
    for (MigrationFramework f : allMigrationFrameworks()) {
        if (layoutServes(layout, f))
            served << migrationFrameworkKey(f);
    }
    QTEST(served, "frameworks");
    QVERIFY(!layoutServes(layout, MigrationFramework::Liquibase));
}

void TestMigrationFolder::unreadableFilesAreWarnings()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = dir.path();
    // A dangling link named like a migration: listed by its name, with a warning.
    QVERIFY(QFile::link(root + QStringLiteral("/gone.sql"),
                        root + QStringLiteral("/V1__vanished.sql")));
    // Binary content: listed, checksummed, not read for statements.
    QByteArray binary("\x00\x01\x02CREATE TABLE nope (x int);\xff\xfe", 30);
    QVERIFY(writeFile(root + QStringLiteral("/V2__binary.sql"), binary));
    QVERIFY(writeFile(root + QStringLiteral("/V3__empty.sql"), QByteArray()));
    QVERIFY(writeFile(root + QStringLiteral("/versions/abc_not_a_revision.py"),
                      QByteArrayLiteral("x = 1\n")));

    const auto folder = scanMigrationFolder(root);
    PARITY_VERIFY_RESULT(folder);
    QStringList ids;
    for (const DiskMigration &m : folder->migrations)
        ids << m.id;
    QCOMPARE(ids, (QStringList{"1", "2", "3"}));
    QVERIFY(folder->migrations[0].checksum.isEmpty());
    QCOMPARE(folder->migrations[1].checksum, parity::flywayChecksum(binary));
    QVERIFY(folder->migrations[1].touches.isEmpty());
    QCOMPARE(folder->migrations[2].checksum, QStringLiteral("0"));

    QCOMPARE(folder->warnings.size(), 3);
    QVERIFY2(folder->warnings[0].startsWith(QStringLiteral("V1__vanished.sql: cannot read it (")),
             qPrintable(folder->warnings[0]));
    QCOMPARE(folder->warnings[1],
             QStringLiteral("V2__binary.sql: not a text file: its statements were not read"));
    QVERIFY2(folder->warnings[2].startsWith(
                 QStringLiteral("versions/abc_not_a_revision.py: no `revision")),
             qPrintable(folder->warnings[2]));
}

void TestMigrationFolder::skipsToolFoldersAndDepth()
{
    // The monorepo fixture holds a migration in each of these; none may be listed.
    const auto folder = scanMigrationFolder(historyData() + QStringLiteral("monorepo"));
    PARITY_VERIFY_RESULT(folder);
    for (const QString &skipped :
         {QStringLiteral("node_modules/"), QStringLiteral(".venv/"), QStringLiteral("dist/"),
          QStringLiteral("build/"), QStringLiteral("__pycache__/"), QStringLiteral("/l8/")}) {
        for (const DiskMigration &m : folder->migrations)
            QVERIFY2(!m.path.contains(skipped), qPrintable(m.path));
    }
    // The fixture really holds them (else this test proves nothing).
    QVERIFY(QFileInfo::exists(
        historyData()
        + QStringLiteral("monorepo/services/api/node_modules/legacy-pkg/migrations/"
                         "20190101000000_must_be_skipped.js")));
    QVERIFY(QFileInfo::exists(historyData()
                              + QStringLiteral("monorepo/deep/l2/l3/l4/l5/l6/l7/l8/migrations/"
                                               "20240302000000_too_deep.js")));

    // vendor, target, venv, env and .git are skipped the same way.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray script("exports.up = (k) => k.schema.createTable('t', () => {});\n");
    for (const char *folderName : {"vendor", "target", "venv", "env", ".git"})
        QVERIFY(writeFile(dir.path() + QLatin1Char('/') + QLatin1String(folderName)
                              + QStringLiteral("/migrations/1_hidden.js"),
                          script));
    QVERIFY(writeFile(dir.path() + QStringLiteral("/app/migrations/2_seen.js"), script));
    const auto scanned = scanMigrationFolder(dir.path());
    PARITY_VERIFY_RESULT(scanned);
    QCOMPARE(scanned->migrations.size(), 1);
    QCOMPARE(scanned->migrations[0].path, QStringLiteral("app/migrations/2_seen.js"));
}

void TestMigrationFolder::missingOrWrongPathIsAnError_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("missing") << historyData() + QStringLiteral("no-such-project")
                             << Error::Code::NotFound;
    QTest::newRow("a file") << historyData() + QStringLiteral("knex/knexfile.js")
                            << Error::Code::InvalidInput;
    QTest::newRow("empty") << QString() << Error::Code::InvalidInput;
}

void TestMigrationFolder::missingOrWrongPathIsAnError()
{
    QFETCH(QString, path);
    QFETCH(Error::Code, code);
    const auto folder = scanMigrationFolder(path);
    QVERIFY(!folder);
    QCOMPARE(folder.error().code, code);
    if (!path.isEmpty())
        QVERIFY2(folder.error().message.contains(QDir::cleanPath(path)),
                 qPrintable(folder.error().message));
}

void TestMigrationFolder::reportsProgress()
{
    test::RecordingJob job;
    const auto folder = scanMigrationFolder(historyData() + QStringLiteral("rails"), job);
    PARITY_VERIFY_RESULT(folder);
    QVERIFY(
        job.steps.contains(QStringLiteral("Reading db/migrate/20240101000001_create_users.rb")));
    QCOMPARE(job.steps.last(), QStringLiteral("Done"));
    QCOMPARE(job.dones.last(), 6);
    QCOMPARE(job.totals.last(), 6);
}

void TestMigrationFolder::cancels()
{
    for (int after : {0, 1, 3, 12}) {
        test::RecordingJob job(after);
        const auto folder = scanMigrationFolder(historyData() + QStringLiteral("monorepo"), job);
        QVERIFY2(!folder, qPrintable(QStringLiteral("not cancelled after %1 reports").arg(after)));
        QCOMPARE(folder.error().code, Error::Code::Cancelled);
        QVERIFY(folder.error().message.contains(QStringLiteral("monorepo")));
    }
}

void TestMigrationFolder::hostileInputEndsQuickly_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("minTouches"); // what the big scripts must still yield

    QByteArray binary(256 * 1024, '\0');
    for (int i = 0; i < binary.size(); ++i)
        binary[i] = char((i * 7919 + 13) % 256);
    QByteArray bigSql;
    while (bigSql.size() < 2 * 1024 * 1024)
        bigSql += "ALTER TABLE t ADD COLUMN c int, DROP COLUMN d; -- note\nINSERT INTO t VALUES "
                  "('x;y', $$z$$);\n";
    QByteArray bigJs = "exports.up = async (qi) => {\n";
    while (bigJs.size() < 2 * 1024 * 1024)
        bigJs += "  await qi.addColumn('t', 'c', { type: `x${'y'}` }); // (\n";
    QByteArray bigPy = "operations = [\n";
    while (bigPy.size() < 2 * 1024 * 1024)
        bigPy += "    migrations.AddField(model_name='m', name='f', "
                 "field=models.CharField(max_length=9)),\n";
    bigPy += "]\n";
    QByteArray bigRb = "def change\n";
    while (bigRb.size() < 2 * 1024 * 1024)
        bigRb += "  add_column :t, :c, :string, default: \"#{x}\" # (\n";
    const QByteArray nested =
        QByteArray(200000, '(') + QByteArray(200000, '[') + QByteArray(1000, '{');
    const QByteArray quotes =
        QByteArray(300000, '\'') + QByteArray(300000, '"') + QByteArray(100000, '`');

    for (const char *kind : {"sql", "js", "django", "alembic", "rails"}) {
        const QByteArray k(kind);
        const QString language = QString::fromLatin1(kind);
        QTest::newRow(QByteArray(k + " binary").constData()) << language << binary << 0;
        QTest::newRow(QByteArray(k + " empty").constData()) << language << QByteArray() << 0;
        QTest::newRow(QByteArray(k + " nested brackets").constData()) << language << nested << 0;
        QTest::newRow(QByteArray(k + " unbalanced quotes").constData()) << language << quotes << 0;
        QTest::newRow(QByteArray(k + " 2 MB of sql").constData())
            << language << bigSql << (k == "sql" ? 40000 : 0);
    }
    QTest::newRow("js 2 MB script") << "js" << bigJs << 30000;
    QTest::newRow("django 2 MB script") << "django" << bigPy << 20000;
    QTest::newRow("rails 2 MB script") << "rails" << bigRb << 40000;

    QByteArray oneLineBlocks = "def up\n";
    while (oneLineBlocks.size() < 2 * 1024 * 1024)
        oneLineBlocks += "change_table :t do |t| t.string :c; dir.down do ";
    QByteArray stairs = "def change\n";
    for (int depth = 0; stairs.size() < 2 * 1024 * 1024; ++depth)
        stairs += QByteArray(depth % 4000, ' ') + "change_table :t do |t|\n";
    QByteArray nestedOps = "operations = [";
    for (int i = 0; i < 100000; ++i)
        nestedOps += "migrations.SeparateDatabaseAndState(database_operations=[";
    nestedOps += "migrations.DeleteModel('x')";
    QTest::newRow("rails blocks on one line") << "rails" << oneLineBlocks << 0;
    QTest::newRow("rails blocks ever deeper") << "rails" << stairs << 0;
    QTest::newRow("django operations nested without end") << "django" << nestedOps << 0;
    QTest::newRow("django operations nested deep")
        << "django" << QByteArray(nestedOps + QByteArray(100000, ')').replace(")", "])") + "]")
        << 0;
}

void TestMigrationFolder::hostileInputEndsQuickly()
{
    QFETCH(QString, kind);
    QFETCH(QByteArray, content);
    const QString text = QString::fromUtf8(content);
    QElapsedTimer timer;
    timer.start();
    qsizetype touches = 0;
    if (kind == QLatin1String("sql")) {
        touches = parity::touchesFromSql(text).size();
    } else if (kind == QLatin1String("js")) {
        touches = readNodeMigration(text).touches.size();
    } else if (kind == QLatin1String("django")) {
        DjangoAppState state;
        state.app = QStringLiteral("app");
        touches = readDjangoMigration(text, state).touches.size();
    } else if (kind == QLatin1String("alembic")) {
        touches = readAlembicScript(text).reading.touches.size();
    } else {
        touches = readRailsMigration(text).touches.size();
    }
    QVERIFY2(timer.elapsed() < 20000,
             qPrintable(QStringLiteral("took %1 ms").arg(timer.elapsed())));
    QFETCH(int, minTouches);
    QVERIFY2(touches >= minTouches, qPrintable(QString::number(touches)));
}

QTEST_GUILESS_MAIN(TestMigrationFolder)
#include "tst_migrationfolder.moc"

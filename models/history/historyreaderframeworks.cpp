// Each framework's table: the shape that identifies it and how its rows
// read as AppliedMigration values.
#include "historyreadertable.h"

#include <algorithm>

namespace parity::historyreader {

namespace {

QString firstLine(const QString &text)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            return line.trimmed();
    }
    return {};
}

AppliedMigration applied(const QString &id)
{
    AppliedMigration migration;
    migration.id = id;
    migration.name = id;
    return migration;
}

using Migrations = Result<QList<AppliedMigration>>;

Migrations readDjango(const TableReader &reader)
{
    const auto rows = reader.select({{"app"}, {"name"}, {"applied", true}}, {"id"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows) {
        AppliedMigration migration = applied(row.text(0) + QLatin1Char('.') + row.text(1));
        migration.appliedAt = row.time(2);
        migrations << migration;
    }
    return migrations;
}

/// Sequelize, Alembic and Rails: one key per row and nothing else.
Migrations readKeys(const TableReader &reader, const char *column)
{
    const auto rows = reader.select({{column}}, {column});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows)
        migrations << applied(row.text(0));
    return migrations;
}

Migrations readPrisma(const TableReader &reader)
{
    const auto rows = reader.select({{"migration_name"}, {"checksum"}, {"finished_at", true}, {"logs"},
                                     {"rolled_back_at", true}, {"started_at", true}},
                                    {"started_at"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<Row> ordered = *rows;
    // SQLite sorts integer times before text ones: order by the times read, when all could be.
    if (std::all_of(ordered.cbegin(), ordered.cend(), [](const Row &row) { return row.time(5).isValid(); })) {
        std::stable_sort(ordered.begin(), ordered.end(),
                         [](const Row &a, const Row &b) { return a.time(5) < b.time(5); });
    }
    QList<AppliedMigration> migrations;
    for (const Row &row : std::as_const(ordered)) {
        AppliedMigration migration = applied(row.text(0));
        migration.checksum = row.text(1);
        if (!row.isNull(4) || row.isNull(2)) {
            // A row marked rolled back is the failed attempt it resolves; both
            // keep the time the attempt started and the first line of its log.
            migration.state = row.isNull(4) ? MigrationState::Failed : MigrationState::RolledBack;
            migration.appliedAt = row.time(5);
            migration.detail = firstLine(row.text(3));
        } else {
            migration.appliedAt = row.time(2);
        }
        migrations << migration;
    }
    return migrations;
}

Migrations readFlyway(const TableReader &reader)
{
    const auto rows = reader.select(
        {{"version"}, {"description"}, {"type"}, {"checksum"}, {"installed_on", true}, {"success"}},
        {"installed_rank"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows) {
        const QString type = row.text(2);
        const QString kind = type.toUpper();
        // SCHEMA: Flyway created the schemas; DELETE: a row `repair` removed. Neither is a migration.
        if (kind == QLatin1String("SCHEMA") || kind == QLatin1String("DELETE"))
            continue;
        const QString version = row.text(0);
        AppliedMigration migration = applied(version.isEmpty() ? QStringLiteral("R:") + row.text(1) : version);
        migration.name = row.text(1);
        migration.checksum = row.text(3);
        migration.appliedAt = row.time(4);
        migration.detail = type;
        if (!row.flag(5))
            migration.state = MigrationState::Failed;
        else if (kind == QLatin1String("BASELINE"))
            migration.state = MigrationState::Baseline;
        else if (kind.startsWith(QLatin1String("UNDO_")))
            migration.state = MigrationState::RolledBack;
        migrations << migration;
    }
    return migrations;
}

Migrations readGolangMigrate(const TableReader &reader)
{
    const auto rows = reader.select({{"version"}, {"dirty"}}, {"version"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows) {
        AppliedMigration migration = applied(row.text(0));
        if (row.flag(1))
            migration.state = MigrationState::Dirty;
        migrations << migration;
    }
    return migrations;
}

Migrations readKnex(const TableReader &reader)
{
    const auto rows = reader.select({{"name"}, {"batch"}, {"migration_time", true}}, {"id"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows) {
        AppliedMigration migration = applied(row.text(0));
        if (!row.isNull(1))
            migration.detail = QStringLiteral("batch %1").arg(row.text(1));
        migration.appliedAt = row.time(2);
        migrations << migration;
    }
    return migrations;
}

Migrations readLiquibase(const TableReader &reader)
{
    const auto rows = reader.select({{"id"}, {"author"}, {"filename"}, {"dateexecuted", true}, {"exectype"},
                                     {"md5sum"}, {"description"}},
                                    {"orderexecuted"});
    if (!rows)
        return std::unexpected(rows.error());
    QList<AppliedMigration> migrations;
    for (const Row &row : *rows) {
        AppliedMigration migration = applied(row.text(2) + QStringLiteral("::") + row.text(0)
                                             + QStringLiteral("::") + row.text(1));
        if (!row.text(6).isEmpty())
            migration.name = row.text(6);
        migration.appliedAt = row.time(3);
        migration.checksum = row.text(5);
        const QString type = row.text(4);
        const QString kind = type.toUpper();
        if (kind == QLatin1String("FAILED"))
            migration.state = MigrationState::Failed;
        else if (kind == QLatin1String("SKIPPED"))
            migration.state = MigrationState::Skipped;
        else if (kind != QLatin1String("EXECUTED"))
            migration.detail = type; // RERAN, MARK_RAN: applied, and how
        migrations << migration;
    }
    return migrations;
}

} // namespace

std::optional<MigrationFramework> frameworkOf(const FoundTable &table)
{
    const QString name = table.table.toLower();
    if (name == QLatin1String("django_migrations") && table.hasAll({"id", "app", "name", "applied"}))
        return MigrationFramework::Django;
    if (name == QLatin1String("sequelizemeta") && table.hasAll({"name"}))
        return MigrationFramework::Sequelize;
    if (name == QLatin1String("_prisma_migrations")
        && table.hasAll({"migration_name", "checksum", "started_at", "finished_at", "rolled_back_at", "logs"}))
        return MigrationFramework::Prisma;
    if ((name == QLatin1String("flyway_schema_history") || name == QLatin1String("schema_version"))
        && table.hasAll({"installed_rank", "version", "description", "type", "checksum", "installed_on", "success"}))
        return MigrationFramework::Flyway;
    if (name == QLatin1String("alembic_version") && table.hasAll({"version_num"}))
        return MigrationFramework::Alembic;
    if (name == QLatin1String("schema_migrations") && table.hasAll({"version"}))
        return table.hasAll({"dirty"}) ? MigrationFramework::GolangMigrate : MigrationFramework::Rails;
    if (name == QLatin1String("knex_migrations") && table.hasAll({"id", "name", "batch", "migration_time"}))
        return MigrationFramework::Knex;
    if (name == QLatin1String("databasechangelog")
        && table.hasAll({"id", "author", "filename", "dateexecuted", "orderexecuted", "exectype", "md5sum",
                         "description"}))
        return MigrationFramework::Liquibase;
    return std::nullopt;
}

Result<QList<AppliedMigration>> readMigrations(MigrationFramework framework, const TableReader &reader)
{
    switch (framework) {
    case MigrationFramework::Django: return readDjango(reader);
    case MigrationFramework::Sequelize: return readKeys(reader, "name");
    case MigrationFramework::Prisma: return readPrisma(reader);
    case MigrationFramework::Flyway: return readFlyway(reader);
    case MigrationFramework::Alembic: return readKeys(reader, "version_num");
    case MigrationFramework::Rails: return readKeys(reader, "version");
    case MigrationFramework::GolangMigrate: return readGolangMigrate(reader);
    case MigrationFramework::Knex: return readKnex(reader);
    case MigrationFramework::Liquibase: return readLiquibase(reader);
    }
    return QList<AppliedMigration>();
}

} // namespace parity::historyreader

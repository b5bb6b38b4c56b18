#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace parity {

/// The migration tools whose bookkeeping tables Parity reads.
enum class MigrationFramework {
    Django,        ///< django_migrations (app, name, applied)
    Sequelize,     ///< "SequelizeMeta" (name)
    Prisma,        ///< _prisma_migrations (migration_name, checksum, finished_at, rolled_back_at, logs, …)
    Flyway,        ///< flyway_schema_history (installed_rank, version, description, type, script, checksum, success, …)
    Alembic,       ///< alembic_version (version_num): the current head(s) only
    Rails,         ///< schema_migrations (version) without a dirty column
    GolangMigrate, ///< schema_migrations (version, dirty): the current version only
    Knex,          ///< knex_migrations (name, batch, migration_time)
    Liquibase,     ///< databasechangelog (id, author, filename, dateexecuted, orderexecuted, exectype, md5sum, …)
};

/// Every framework, in the order reports list them.
QList<MigrationFramework> allMigrationFrameworks();
/// "django", "sequelize", "prisma", "flyway", "alembic", "rails", "golang-migrate", "knex", "liquibase".
QString migrationFrameworkKey(MigrationFramework framework);
/// "Django", "Sequelize", …, "golang-migrate", "Knex", "Liquibase".
QString migrationFrameworkName(MigrationFramework framework);

/// Where one migration stands in one environment.
enum class MigrationState {
    Applied,    ///< ran and succeeded (Liquibase MARK_RAN and RERAN too, with a detail)
    Failed,     ///< started and did not finish (Prisma: neither finished nor rolled back; Flyway: success false; Liquibase: FAILED)
    RolledBack, ///< Prisma: marked rolled back (`prisma migrate resolve --rolled-back`); it will run again
    Dirty,      ///< golang-migrate: stopped half way, the database needs a person
    Skipped,    ///< Liquibase: SKIPPED
    Baseline,   ///< Flyway: the baseline row, and the versions at or below it
    NotApplied, ///< the environment keeps this framework's table but has not run this migration
    NoTable,    ///< the environment keeps no table of this framework at all
};

/// "applied", "failed", "rolled-back", "dirty", "skipped", "baseline", "not-applied", "no-table".
QString migrationStateKey(MigrationState state);
/// Applied and Baseline: the migration's changes are in the database.
bool isAppliedLike(MigrationState state);

/// One row of a framework's table, in the framework's own terms.
struct AppliedMigration
{
    /// The key the framework records, and the one a folder's migration is
    /// matched by:
    /// - Django "app.name" ("treasury.0002_phase6_dashboard_models")
    /// - Sequelize, Knex: the file name ("20251203_01_create_sync_audit_logs_table.js")
    /// - Prisma: migration_name (the folder name)
    /// - Flyway: the version ("1.2"); a repeatable migration "R:" + its description
    /// - Alembic: the revision id; Rails and golang-migrate: the version
    /// - Liquibase: "filename::id::author"
    QString id;
    QString name;           ///< readable: Flyway's description, else the id
    MigrationState state = MigrationState::Applied;
    QDateTime appliedAt;    ///< UTC; invalid when the framework records no time (Sequelize, Rails, …)
    QString checksum;       ///< as recorded (Prisma sha256 hex, Flyway CRC32 as a decimal, Liquibase md5sum); empty when none
    /// What else a person needs: Prisma's first log line of a failure, Flyway's
    /// type (SQL, JDBC, BASELINE), Knex's batch ("batch 3"), Liquibase's exectype.
    QString detail;

    bool operator==(const AppliedMigration &) const = default;
};

/// One framework's table as found in one database.
struct HistoryTable
{
    MigrationFramework framework = MigrationFramework::Sequelize;
    QString schema; ///< the PostgreSQL schema holding it; empty for MySQL and SQLite
    QString table;  ///< as the database spells it ("SequelizeMeta", "DATABASECHANGELOG")
    QList<AppliedMigration> migrations; ///< in the order they ran
    /// Alembic and golang-migrate keep only the current version(s), not the
    /// list: what else ran follows from a migrations folder.
    bool recordsCurrentOnly = false;

    /// "public.django_migrations", or the bare table name.
    QString qualifiedName() const;
    bool operator==(const HistoryTable &) const = default;
};

/// What one environment's database says it ran.
struct EnvironmentHistory
{
    QString name;   ///< the column heading: the profile's name, else the database name
    QString source; ///< the spec as a person may see it (no password)
    QList<HistoryTable> tables;

    const HistoryTable *table(MigrationFramework framework) const;
};

} // namespace parity

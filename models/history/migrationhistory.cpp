#include "migrationhistory.h"

namespace parity {

QList<MigrationFramework> allMigrationFrameworks()
{
    return {MigrationFramework::Django,  MigrationFramework::Sequelize,     MigrationFramework::Prisma,
            MigrationFramework::Flyway,  MigrationFramework::Alembic,       MigrationFramework::Rails,
            MigrationFramework::GolangMigrate, MigrationFramework::Knex,    MigrationFramework::Liquibase};
}

QString migrationFrameworkKey(MigrationFramework framework)
{
    switch (framework) {
    case MigrationFramework::Django: return QStringLiteral("django");
    case MigrationFramework::Sequelize: return QStringLiteral("sequelize");
    case MigrationFramework::Prisma: return QStringLiteral("prisma");
    case MigrationFramework::Flyway: return QStringLiteral("flyway");
    case MigrationFramework::Alembic: return QStringLiteral("alembic");
    case MigrationFramework::Rails: return QStringLiteral("rails");
    case MigrationFramework::GolangMigrate: return QStringLiteral("golang-migrate");
    case MigrationFramework::Knex: return QStringLiteral("knex");
    case MigrationFramework::Liquibase: return QStringLiteral("liquibase");
    }
    return {};
}

QString migrationFrameworkName(MigrationFramework framework)
{
    switch (framework) {
    case MigrationFramework::Django: return QStringLiteral("Django");
    case MigrationFramework::Sequelize: return QStringLiteral("Sequelize");
    case MigrationFramework::Prisma: return QStringLiteral("Prisma");
    case MigrationFramework::Flyway: return QStringLiteral("Flyway");
    case MigrationFramework::Alembic: return QStringLiteral("Alembic");
    case MigrationFramework::Rails: return QStringLiteral("Rails");
    case MigrationFramework::GolangMigrate: return QStringLiteral("golang-migrate");
    case MigrationFramework::Knex: return QStringLiteral("Knex");
    case MigrationFramework::Liquibase: return QStringLiteral("Liquibase");
    }
    return {};
}

QString migrationStateKey(MigrationState state)
{
    switch (state) {
    case MigrationState::Applied: return QStringLiteral("applied");
    case MigrationState::Failed: return QStringLiteral("failed");
    case MigrationState::RolledBack: return QStringLiteral("rolled-back");
    case MigrationState::Dirty: return QStringLiteral("dirty");
    case MigrationState::Skipped: return QStringLiteral("skipped");
    case MigrationState::Baseline: return QStringLiteral("baseline");
    case MigrationState::NotApplied: return QStringLiteral("not-applied");
    case MigrationState::NoTable: return QStringLiteral("no-table");
    }
    return {};
}

bool isAppliedLike(MigrationState state)
{
    return state == MigrationState::Applied || state == MigrationState::Baseline;
}

QString HistoryTable::qualifiedName() const
{
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

const HistoryTable *EnvironmentHistory::table(MigrationFramework framework) const
{
    for (const HistoryTable &candidate : tables) {
        if (candidate.framework == framework)
            return &candidate;
    }
    return nullptr;
}

} // namespace parity

#pragma once

#include "common/error.h"
#include "common/jobcontext.h"
#include "history/migrationhistory.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

/// How a folder lays its migrations out; each layout serves one or more
/// frameworks (layoutServes()).
enum class FolderLayout {
    Django,     ///< <app>/migrations/NNNN_name.py (an __init__.py beside them)
    NodeScript, ///< migrations/*.js|cjs|mjs|ts named with a leading timestamp (Sequelize, Knex)
    Prisma,     ///< prisma/migrations/<name>/migration.sql
    Flyway,     ///< V<version>__<description>.sql and R__<description>.sql
    UpDownSql,  ///< <version>_<name>.up.sql with .down.sql, or <name>/up.sql with down.sql (golang-migrate and others)
    Rails,      ///< db/migrate/<14-digit version>_<name>.rb
    Alembic,    ///< versions/*.py with revision and down_revision
};

QString folderLayoutKey(FolderLayout layout); ///< "django", "node-script", "prisma", "flyway", "up-down-sql", "rails", "alembic"
/// Whether migrations of `layout` are the ones `framework` records.
bool layoutServes(FolderLayout layout, MigrationFramework framework);

/// One thing a migration's up direction does to the schema.
struct MigrationTouch
{
    enum class Action { Create, Alter, Drop, Rename };

    Action action = Action::Alter;
    QString table;  ///< unquoted, without its schema, as written
    QString column; ///< set when the operation is about one column
    QString index;  ///< set when it names an index or constraint
    QString newName; ///< Rename: the new name of the table (or of the column when `column` is set)

    bool operator==(const MigrationTouch &) const = default;
};

/// A migration file (or folder) on disk.
struct DiskMigration
{
    FolderLayout layout = FolderLayout::NodeScript;
    QString id;       ///< the key its framework records when it runs it (AppliedMigration::id)
    QString name;     ///< readable: the file or folder name
    QString path;     ///< relative to the folder that was scanned, with '/'
    /// As its framework computes it, to tell a file changed after it ran:
    /// Prisma's sha256 (hex) of migration.sql, Flyway's CRC32 of the lines as
    /// a signed decimal. Empty for the other layouts.
    QString checksum;
    QString version;      ///< Flyway, golang-migrate (decimal) and Rails versions; empty otherwise
    QStringList parents;  ///< Alembic: down_revision (several after a merge); empty for a root
    QList<MigrationTouch> touches; ///< what its up direction does, read from its statements or operations
    bool hasDown = false; ///< an undo exists (a .down.sql, a down/downgrade function, a Flyway U file)

    bool operator==(const DiskMigration &) const = default;
};

/// What a migrations folder holds.
struct MigrationFolder
{
    QString root; ///< the folder as given, absolute
    QList<DiskMigration> migrations; ///< per layout, in the order the framework runs them
    QStringList warnings; ///< files that look like migrations but could not be read, with why
};

/// Scans `path` (a project root, or the migrations folder itself) for every
/// layout at once, skipping node_modules, .git, virtual environments and
/// build folders. An empty result is not an error; a path that does not
/// exist or cannot be read is. Reports progress to `job` and stops with
/// Error::Code::Cancelled when it is cancelled.
[[nodiscard]] Result<MigrationFolder> scanMigrationFolder(const QString &path, JobContext &job);
/// The same, for callers with no progress to show (the CLI, tests).
[[nodiscard]] Result<MigrationFolder> scanMigrationFolder(const QString &path);

/// What SQL statements create, alter, drop or rename: CREATE/ALTER/DROP TABLE,
/// CREATE/DROP INDEX, ALTER TABLE … ADD/DROP/ALTER/MODIFY/CHANGE/RENAME COLUMN
/// and constraints, RENAME TABLE. Quoted names ("", ``, []) are unquoted and
/// schema prefixes dropped. Anything else is ignored.
QList<MigrationTouch> touchesFromSql(const QString &sql);

/// Flyway's checksum of a script: CRC32 over the UTF-8 bytes of each line
/// without its line ending (a leading BOM dropped), as a signed 32-bit decimal.
QString flywayChecksum(const QByteArray &content);

} // namespace parity

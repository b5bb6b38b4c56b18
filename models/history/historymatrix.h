#pragma once

#include "history/migrationfolder.h"
#include "history/migrationhistory.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parity {

/// One migration in one environment.
struct HistoryCell
{
    MigrationState state = MigrationState::NotApplied;
    QDateTime appliedAt; ///< UTC; invalid when unknown
    QString detail;      ///< AppliedMigration::detail
    /// The recorded checksum differs from the file's on disk: the file was
    /// changed after it ran here.
    bool checksumDiffers = false;
    /// golang-migrate and Alembic record only the current version: this
    /// cell's state follows from the folder, not from a row of its own.
    bool inferred = false;

    bool operator==(const HistoryCell &) const = default;
};

/// One migration across every environment.
struct HistoryRow
{
    MigrationFramework framework = MigrationFramework::Sequelize;
    QString id;
    QString name;
    bool onDisk = false; ///< the folder has it (always false without a folder)
    QString path;        ///< relative to the folder, when on disk
    QList<HistoryCell> cells; ///< one per environment, in HistoryMatrix::environments order
    /// Every environment is in the same state (Applied and Baseline count as
    /// one) and none failed, is dirty or rolled back; and when the folder
    /// holds migrations of this framework, the migration is on disk and
    /// applied everywhere.
    bool agrees = true;

    bool operator==(const HistoryRow &) const = default;
};

/// Rows are migrations, columns are environments: what `parity-cli history`
/// prints and the History view shows.
struct HistoryMatrix
{
    QList<EnvironmentHistory> environments;
    std::optional<MigrationFolder> folder;
    QList<HistoryRow> rows; ///< by framework (allMigrationFrameworks() order), then in run order

    bool folderGiven() const { return folder.has_value(); }
    /// Every row agrees (HistoryRow::agrees); true for an empty matrix.
    bool allAgree() const;
    /// The frameworks any environment keeps a table for, in report order.
    QList<MigrationFramework> frameworks() const;
    /// On disk but not applied there: not run, rolled back, or the
    /// environment keeps no table of that framework yet (a fresh database).
    QList<const HistoryRow *> pending(qsizetype environment) const;
    /// Applied (or failed, dirty) there but not in the folder: a migration run
    /// from another branch, or deleted since. Empty without a folder.
    QList<const HistoryRow *> missingOnDisk(qsizetype environment) const;
};

/// Builds the matrix. Current-version frameworks (Alembic, golang-migrate)
/// are expanded from the folder: every migration up to the recorded version
/// counts as applied there.
HistoryMatrix buildHistoryMatrix(const QList<EnvironmentHistory> &environments,
                                 const std::optional<MigrationFolder> &folder = std::nullopt);

} // namespace parity

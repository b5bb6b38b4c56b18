#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "history/migrationfolder.h"
#include "history/migrationhistory.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace parity::cli {

/// `parity-cli history SPEC [SPEC...]`: which framework migrations each
/// environment ran, side by side, with a folder's pending and missing ones.
int runHistory(const QStringList &arguments);

/// Reads the migration tables of every spec at once, each on its own thread
/// and connection; `names` are the environments' column headings.
[[nodiscard]] Result<QList<EnvironmentHistory>> readHistories(const QList<ConnectionSpec> &specs,
                                                              const QStringList &names);

/// Scans `path` when set; nothing when empty.
[[nodiscard]] Result<std::optional<MigrationFolder>> readFolder(const QString &path);

/// The migrations folder saved with a profile given as "@name", or empty.
QString profileMigrationsFolder(const QString &specText);

} // namespace parity::cli

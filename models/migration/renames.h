#pragma once

#include "common/error.h"
#include "migration/migrationplan.h"
#include "migration/migrationplanner.h"
#include "schema/catalog.h"

#include <QSet>

namespace parity {

class SqlGenerator;

/// FROM as the declared renames leave it, with the statements that do them
/// (planMigration's first step; internal to the planner).
struct AppliedRenames
{
    Catalog catalog;            ///< FROM with the new names
    QList<PlanStep> steps;      ///< RENAME statements, in the order they run
    QSet<QString> renamedTables; ///< schema + '\x1f' + new name
    QList<Rename> inverse;      ///< what undoes them, in the order they were applied
    RenameMap original;         ///< FROM's own names, for the probes
};

/// Applies `renames` to a copy of `from`, checking each against `to` (what
/// is renamed must exist in FROM, and its new name in TO). Table renames go
/// first: a column rename may name its table by either name.
[[nodiscard]] Result<AppliedRenames> applyRenames(const Catalog &from, const Catalog &to,
                                                  const QList<Rename> &renames, const SqlGenerator &g);

} // namespace parity

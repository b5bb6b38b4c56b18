#pragma once

#include "common/error.h"

#include <QString>

namespace parity {

/// The two SQLite databases of the demo: staging (the reference) and uat
/// (the target), as the seed situation has them, and the migrations folder
/// of the app they belong to (Sequelize files, one per name their
/// "SequelizeMeta" tables list, less UAT's uncommitted hotfix, plus one
/// migration neither ran).
struct DemoDatabases
{
    QString staging;
    QString uat;
    QString migrations; ///< the folder, `<folder>/migrations`
};

/// Makes sure the demo pair and its migrations folder exist in `folder` and
/// returns their paths. Files already there are kept (the user may have
/// changed them on purpose); missing ones are built from the demo SQL and
/// written from the migrations compiled into Parity, so the demo works from
/// an installed package too. Runs SQL: call it on a worker, never on the UI
/// thread.
[[nodiscard]] Result<DemoDatabases> prepareDemoDatabases(const QString &folder);

/// Splits SQLite script text into statements at top-level semicolons
/// (quotes, comments and CREATE TRIGGER … END bodies respected); the
/// statements come without their terminator, empty ones left out.
QStringList splitSqliteScript(const QString &sql);

} // namespace parity

#pragma once

#include "common/error.h"
#include "migration/migrationplan.h"
#include "schema/catalog.h"

#include <QString>

namespace parity {

class DatabaseSession;
struct ConnectionSpec;
class JobContext;
class SqlGenerator;

/// The forward script and the rollback script of one comparison.
struct PlanPair
{
    MigrationPlan forward;  ///< turns FROM into TO
    MigrationPlan rollback; ///< turns the changed FROM back
};

/// Reads a --rename argument: "TABLE.OLD=NEW" renames a column,
/// "OLD=NEW" a table; "SCHEMA.TABLE.OLD=NEW" and "SCHEMA.OLD=NEW" name the
/// schema too (a two-part left side is a column when FROM has such a table
/// and column, else a schema-qualified table). Names may be double-quoted
/// to hold dots or "=".
[[nodiscard]] Result<Rename> parseRename(const QString &text);

/// TO as the planner reads it beside FROM: a MySQL database's one schema
/// under FROM's schema name (MySQL calls a database a schema, and two
/// databases are compared whatever their names), SQLite names spelled as
/// FROM spells them. Whatever shows a comparison object by object beside
/// a plan should read TO this way too.
Catalog comparableTo(const Catalog &to, const Catalog &from);

/// Plans the forward and the rollback script from two catalogs of the same
/// dialect. Pure: nothing is read from a database. Hazard figures are the
/// catalogs' row counts until measureHazards() asks FROM itself.
///
/// Fails when the dialects differ, or a declared rename names something
/// FROM does not have or TO does not want.
[[nodiscard]] Result<PlanPair> planMigration(const Catalog &from, const Catalog &to, const PlanOptions &options);

/// Settles which steps are irreversible from the forward plan's hazards:
/// a drop of something that holds nothing is not, and the rollback steps
/// that bring back what the forward script destroys say that the data does
/// not come back. planMigration calls it; call it again after
/// measureHazards, whose figures decide.
void settleIrreversibility(PlanPair &pair);

/// One plan as a script for the dialect's own client (psql -v
/// ON_ERROR_STOP=1, mariadb, sqlite3): a header comment (FROM, TO, time,
/// Parity version, hazards), statements that cannot run in a transaction,
/// then the rest inside BEGIN … COMMIT where the dialect's DDL is
/// transactional. Irreversible steps are marked in the script.
QString planScript(const MigrationPlan &plan);

/// How to run a script in the dialect's own client ("psql -v ON_ERROR_STOP=1 -f FILE").
QString dialectClient(Dialect dialect);

/// Runs each hazard's probe on FROM (a live, read-only session) and fills in
/// the figures and samples. A hazard whose figure turns out to be zero is
/// lowered to low severity and no longer counts as data loss.
[[nodiscard]] Result<void> measureHazards(QList<Hazard> &hazards, const DatabaseSession &session, JobContext &job);

/// The same on `connections` sessions of their own, opened read-only on
/// `from`, each measuring a share of the hazards on a worker thread (the
/// server works on several probes at once). Cancel and progress as above;
/// `job` is called from those threads, so it must be safe to call from any.
[[nodiscard]] Result<void> measureHazards(QList<Hazard> &hazards, const ConnectionSpec &from, JobContext &job,
                                          int connections = 2);

/// The hazards as lines for a person: "high    public.users.email  …  3 duplicated values (e.g. a@x)".
QString hazardsText(const QList<Hazard> &hazards);

} // namespace parity

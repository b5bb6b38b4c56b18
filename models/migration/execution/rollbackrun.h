#pragma once

#include "applier.h"
#include "backup.h"
#include "common/error.h"
#include "connection/connectionspec.h"
#include "migration/migrationplan.h"
#include "runrecord.h"
#include "runstore.h"
#include "schema/catalog.h"
#include "targetstate.h"

#include <optional>

namespace parity {

class JobContext;

/// Which way back.
enum class RollbackMethod {
    Script, ///< plan from what the target holds now back to the run's FROM, and run it
    Backup, ///< restore the backup the run took
};

struct RollbackRequest
{
    ConnectionSpec target;     ///< the database the run changed (password resolved)
    QString runId;             ///< the apply run to undo
    RollbackMethod method = RollbackMethod::Script;
    /// Backup only: restore into this new database (a file path for SQLite)
    /// to inspect it first, leaving the target as it is.
    QString intoDatabase;
    QString profile;
    QString environment;
    bool auditTable = false;
    ApplyOptions applyOptions;
};

/// A guided rollback of one recorded apply run, in phases like ApplyRun:
/// preflight → confirm → execute → verify → finish. Both methods end by
/// checking the database against the run's FROM snapshot: the same schema
/// and the same row count in every table.
class RollbackRun
{
public:
    RollbackRun(RollbackRequest request, RunStore store = RunStore());

    /// Reads the run and its FROM snapshot, refuses when the target is not
    /// the run's target, reads the target now, and prepares the way back:
    /// Script: the steps from the target as it is to FROM (after a run that
    /// stopped half-way, exactly the reverse of what stays applied), with
    /// the steps that cannot bring data back listed first; Backup: checks
    /// the backup file (there, checksum, readable).
    [[nodiscard]] Result<void> preflight(JobContext &job);
    [[nodiscard]] Result<void> confirm(const QString &typedName);
    /// Runs the script or restores the backup.
    [[nodiscard]] Result<void> execute(JobContext &job);
    /// Compares the database (the target, or the new one) with FROM.
    [[nodiscard]] Result<void> verify(JobContext &job);
    [[nodiscard]] Result<void> finish();
    void abandon(RunOutcome outcome, const QString &message);

    const RollbackRequest &request() const { return m_request; }
    const RunRecord &appliedRun() const { return m_applied; }
    const RunRecord &record() const { return m_record; }
    const Catalog &fromSnapshot() const { return m_fromSnapshot; }
    /// The script method's plan (from the target now back to FROM).
    const MigrationPlan &plan() const { return m_plan; }
    QString script() const { return m_script; }
    /// What the way back cannot give back, one line each: dropped tables
    /// and columns whose rows are gone (script), or everything written
    /// since the backup (backup). Shown before the confirmation.
    const QStringList &warnings() const { return m_warnings; }
    const std::optional<BackupInfo> &backupInfo() const { return m_backup; }
    /// The database that must be named in confirm().
    QString confirmationName() const { return m_request.target.databaseName(); }
    /// Where the verification looks: the target, or the new database.
    ConnectionSpec restoredSpec() const;

private:
    Result<void> refuse(const QString &message);
    void checkpoint();

    RollbackRequest m_request;
    RunStore m_store;
    RunRecord m_applied;
    RunRecord m_record;
    Catalog m_fromSnapshot;
    MigrationPlan m_plan;
    QString m_script;
    QStringList m_warnings;
    std::optional<BackupInfo> m_backup;
    RowChecksums m_fromRows;          ///< the target's rows before the run, when the run recorded them
    QStringList m_leftAlone;          ///< tables made after the run by others: not the rollback's to drop
    std::unique_ptr<RunLock> m_lock;
    bool m_rowsChecked = false;
    bool m_preflighted = false;
    bool m_confirmed = false;
    bool m_executed = false;
};

} // namespace parity

#pragma once

#include "applier.h"
#include "backup.h"
#include "common/error.h"
#include "connection/connectionspec.h"
#include "migration/planner.h"
#include "runrecord.h"
#include "runstore.h"
#include "schema/catalog.h"
#include "targetstate.h"

#include <optional>

namespace parity {

class JobContext;

/// What to apply, where, and how carefully.
struct ApplyRequest
{
    ConnectionSpec target;      ///< FROM, the live database that changes (password resolved)
    QString profile;            ///< the profile it came from, for the record
    QString environment;        ///< the profile's environment tag
    /// TO: the desired state. The plan is made from it at preflight (unless
    /// `plan` is given) and the target is verified against it afterwards.
    std::optional<Catalog> to;
    /// A plan made before (the window's, of the ticked changes): its steps
    /// run as they are, and preflight refuses when the target no longer
    /// matches `plannedFrom`.
    std::optional<PlanPair> plan;
    /// FROM as it was when the plan or script was made. Given, preflight
    /// refuses (drift) when the target differs from it.
    std::optional<Catalog> plannedFrom;
    /// A script to run instead of a plan (parity-cli apply --script).
    QString script;
    QString scriptName;         ///< its file name, for the record
    PlanOptions planOptions;

    QString backupFolder;       ///< the run's backup goes to <backupFolder>/<run id>/
    bool noBackup = false;      ///< apply without a backup (a high hazard)
    bool allowDataLoss = false; ///< else preflight refuses a plan that loses data
    bool auditTable = false;    ///< also write a row into the target's parity_audit_log
    ApplyOptions applyOptions;
};

/// One guided apply, as phases that run one after the other, each on the
/// thread that calls it (a worker in the window, the main thread in the
/// CLI): preflight → backup → confirm → apply → verify → finish. Each phase
/// returns an Error with code Refused when it stops on purpose before any
/// change. The run is in the audit log from preflight on, and each phase
/// writes a checkpoint of it.
class ApplyRun
{
public:
    ApplyRun(ApplyRequest request, RunStore store = RunStore());

    /// Connects, re-reads the target (exact row counts), refuses when it
    /// drifted from `plannedFrom`, plans (or reads the script), measures
    /// the hazards on the target's data and checks that the backup folder
    /// can take the backup. Refuses a plan that loses data unless allowed.
    [[nodiscard]] Result<void> preflight(JobContext &job);
    /// Takes and checks the backup (skipped with noBackup). Writes the run's
    /// backup folder: the backup, manifest.json, both scripts, FROM's snapshot.
    [[nodiscard]] Result<void> backup(JobContext &job);
    /// The person's typed confirmation: the target database's name.
    [[nodiscard]] Result<void> confirm(const QString &typedName);
    /// Runs the steps (see applySteps), checkpointing the record after each.
    /// Fails with a Refused error when not confirmed or not backed up; a
    /// failed statement is not an Error here: see record().outcome.
    [[nodiscard]] Result<void> apply(JobContext &job);
    /// Re-reads the target and compares it with TO: it must be the same.
    [[nodiscard]] Result<void> verify(JobContext &job);
    /// Ends the record (time, outcome), writes the opt-in audit row, saves.
    [[nodiscard]] Result<void> finish();
    /// Ends the record as refused (or cancelled) with `message`, when a
    /// phase stopped the run before the apply.
    void abandon(RunOutcome outcome, const QString &message);

    const ApplyRequest &request() const { return m_request; }
    const RunRecord &record() const { return m_record; }
    const Catalog &liveFrom() const { return m_from; }
    const PlanPair &plan() const { return m_plan; }
    /// The forward steps that will run (the plan's or the script's).
    const QList<PlanStep> &steps() const { return m_steps; }
    QString forwardScript() const { return m_forwardScript; }
    QString rollbackScript() const { return m_rollbackScript; }
    const std::optional<BackupInfo> &backupInfo() const { return m_backup; }
    QString backupRunFolder() const;
    /// What the target must be named in confirm().
    QString confirmationName() const { return m_request.target.databaseName(); }
    bool confirmed() const { return m_confirmed; }
    const RunStore &store() const { return m_store; }
    /// The target's rows when the run began (count and checksum per table).
    const RowChecksums &fromRows() const { return m_fromRows; }
    /// What a rehearsal of the script found (PostgreSQL, SQLite), for people.
    const QStringList &rehearsalNotes() const { return m_rehearsalNotes; }

private:
    Result<void> refuse(const QString &message);
    void checkpoint();
    Result<void> writeRunFiles();
    Result<void> readScript(JobContext &job);
    void measureLeftState();
    void endRun();

    ApplyRequest m_request;
    RunStore m_store;
    RunRecord m_record;
    Catalog m_from;
    std::optional<Catalog> m_expected; ///< TO as the target should be afterwards
    PlanPair m_plan;
    QList<PlanStep> m_steps;
    QString m_forwardScript;
    QString m_rollbackScript;
    std::optional<BackupInfo> m_backup;
    RowChecksums m_fromRows;
    QStringList m_rehearsalNotes;
    std::unique_ptr<RunLock> m_lock;
    bool m_preflighted = false;
    bool m_confirmed = false;
    bool m_applied = false;
};

/// After a failed or cancelled run: what the measured state says stays
/// applied, in one clause ("nothing stays applied (measured: …)").
QString leftStateText(const RunRecord &record);

/// One line per difference between two catalogs ("table public.audit only
/// in the target"), for drift and verification reports.
QStringList differenceLines(const Catalog &expected, const Catalog &actual, const DiffOptions &options);

} // namespace parity

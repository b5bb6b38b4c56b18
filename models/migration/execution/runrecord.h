#pragma once

#include "schema/dialect.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

/// How a run ended. `Running` is what the record says while the run goes on:
/// a record left in that state belongs to a run whose process died.
enum class RunOutcome {
    Running,
    Succeeded,          ///< applied and verified
    Failed,             ///< a statement failed (or the connection died); see the statements
    VerificationFailed, ///< every statement ran, but the target does not match what was planned
    Cancelled,          ///< the user stopped it; see the statements for what stays applied
    Refused,            ///< stopped before any change: drift, confirmation, backup folder
    /// The process running it died (killed, crashed, the machine went down):
    /// the record still said Running and no process holds its lock.
    Interrupted,
};

QString runOutcomeKey(RunOutcome outcome);                 ///< "succeeded", "verification-failed", …
std::optional<RunOutcome> runOutcomeFromKey(const QString &key);
QString runOutcomeText(RunOutcome outcome);                ///< for people: "verification failed"

/// One statement the executor sent, in the order sent.
struct StatementRecord
{
    int index = 0;          ///< 0-based position in the run's steps
    QString sql;            ///< without terminator
    QString object;         ///< what it changes ("public.users"), may be empty
    qint64 elapsedMs = 0;
    bool succeeded = false;
    /// The statement's effect is on the database for good: committed in its
    /// transaction, or auto-committed (MySQL DDL). A statement that ran in a
    /// transaction rolled back afterwards has succeeded but not committed.
    bool committed = false;
    QString error;          ///< the server's message when it failed
};

/// Everything the audit log keeps of one apply or rollback. Written to the
/// run folder as run.json at each checkpoint, so a record survives a crash
/// half-way through.
struct RunRecord
{
    QString id;               ///< "20261121-143012-3f9a": UTC start time and 4 random hex digits
    QString kind = QStringLiteral("apply"); ///< "apply" or "rollback"
    QString rollsBack;        ///< for a rollback: the id of the apply run it undoes
    QString method;           ///< for a rollback: "script" or "backup"

    QString user;             ///< operating-system user who ran it
    QString host;             ///< machine it ran on
    QString parityVersion;
    QDateTime startedAt;      ///< UTC
    QDateTime finishedAt;     ///< UTC; invalid while running

    Dialect dialect = Dialect::SQLite;
    QString target;           ///< ConnectionSpec::display(): never a password
    QString targetName;       ///< the database name the confirmation asked for
    QString profile;          ///< the profile's name, when the target came from one
    QString environment;      ///< the profile's environment tag ("prod"), may be empty
    QString toSource;         ///< the desired state's spec (display form), empty for --script runs

    QString planHash;         ///< "sha256:<hex>" of the forward script the run executes
    QStringList hazards;      ///< the hazards as measured at preflight, one line each

    QString backupPath;       ///< the backup file; empty when run with --no-backup
    QString backupSha256;
    bool backupVerified = false;

    RunOutcome outcome = RunOutcome::Running;
    QString message;          ///< one line for people: why it failed, what to do
    int statementsTotal = 0;
    QList<StatementRecord> statements;

    bool verified = false;    ///< the target matched the expected state afterwards
    QStringList verificationDifferences; ///< what was left, one line each, when not verified
    bool auditTableWritten = false; ///< a row went into the target's parity_audit_log

    /// After a run that did not finish (failed, cancelled, interrupted): the
    /// target read again and compared with its state before the run, the
    /// schema strictly and the rows by checksum. This, not the statements'
    /// flags, says what stays applied.
    bool stateMeasured = false;
    QStringList stateDifferences; ///< what differs from before the run, as the database says
    QString stateError;           ///< why the state could not be measured
    QStringList cleanup;          ///< statements that remove leftovers (an INVALID index)

    QJsonObject toJson() const;
    /// Reads what toJson() wrote; unknown fields are ignored, so a later
    /// version's record still reads.
    static RunRecord fromJson(const QJsonObject &json);

    /// Statements whose effect stays on the database.
    QList<StatementRecord> committedStatements() const;
};

/// A new run id for a run starting now.
QString newRunId();

} // namespace parity

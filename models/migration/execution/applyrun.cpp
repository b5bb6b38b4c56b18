#include "applyrun.h"

#include "audittable.h"
#include "runidentity.h"
#include "common/jobcontext.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "schema/snapshot.h"
#include "scriptsteps.h"
#include "rehearsal.h"
#include "transactioncontrol.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>


namespace parity {

namespace {

QString sha256Hex(const QByteArray &data)
{
    return QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
}

QString changeLine(const ObjectChange &change)
{
    const QString what = objectKindKey(change.kind) + QLatin1Char(' ') + change.path();
    switch (change.change) {
    case ChangeKind::Added:
        return QStringLiteral("missing: ") + what;
    case ChangeKind::Removed:
        return QStringLiteral("unexpected: ") + what;
    case ChangeKind::Changed: {
        QStringList fields;
        for (const FieldChange &f : change.fields)
            fields << QStringLiteral("%1: %2 → %3").arg(f.field, f.from.simplified(), f.to.simplified());
        return QStringLiteral("differs: ") + what
               + (fields.isEmpty() ? QString() : QStringLiteral(" (") + fields.join(QStringLiteral("; ")) + QLatin1Char(')'));
    }
    }
    return what;
}


/// A backup holds the data: only its owner may read it.
void restrictToOwner(const QString &folder)
{
    QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files))
        QFile::setPermissions(dir.filePath(name), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

} // namespace

QStringList differenceLines(const Catalog &expected, const Catalog &actual, const DiffOptions &options)
{
    const SchemaDiff diff = compareCatalogs(actual, comparableTo(expected, actual), options);
    QStringList lines;
    for (const ObjectChange &change : diff.changes)
        lines << changeLine(change);
    return lines;
}

ApplyRun::ApplyRun(ApplyRequest request, RunStore store)
    : m_request(std::move(request)), m_store(std::move(store))
{
    m_record = beginRunRecord(QStringLiteral("apply"), m_request.target, m_request.profile, m_request.environment);
    m_record.dialect = dialectOf(m_request.target.kind);
    if (m_request.to)
        m_record.toSource = m_request.to->source;
}

QString ApplyRun::backupRunFolder() const
{
    if (m_request.noBackup || m_request.backupFolder.isEmpty() || m_record.id.isEmpty())
        return {};
    return QDir(m_request.backupFolder).filePath(m_record.id);
}

Result<void> ApplyRun::refuse(const QString &message)
{
    abandon(RunOutcome::Refused, message);
    return fail(Error::Code::Refused, message);
}

void ApplyRun::abandon(RunOutcome outcome, const QString &message)
{
    endRunRecord(m_record, m_store, outcome, message);
    endRun();
}

void ApplyRun::endRun()
{
    // A backup folder the run made but never filled is no use to anyone.
    if (const QString folder = backupRunFolder(); !folder.isEmpty() && QDir(folder).isEmpty())
        QDir().rmdir(folder);
    if (m_lock)
        m_lock->release();
}

void ApplyRun::measureLeftState()
{
    // Not cancellable: after a cancel, this is what says what stays.
    JobContext uncancellable;
    const TargetStateCheck check =
        checkTargetState(m_request.target, m_from, m_fromRows, m_request.planOptions.diff, uncancellable);
    m_record.stateMeasured = check.measured;
    m_record.stateDifferences = check.differences;
    m_record.stateError = check.error;
    m_record.cleanup = check.cleanup;
}

Result<void> ApplyRun::readScript(JobContext &job)
{
    auto read = readScriptSteps(m_from.dialect, m_request.script);
    if (!read) {
        return refuse(QStringLiteral("%1%2")
                          .arg(m_request.scriptName.isEmpty() ? QString() : m_request.scriptName + QLatin1Char(' '),
                               read.error().message));
    }
    m_steps = read->steps;
    m_forwardScript = m_request.script;
    if (std::ranges::none_of(m_steps, [](const PlanStep &s) { return s.control == ScriptTransaction::None; })) {
        return refuse(QStringLiteral("%1has no statement to run, only comments or transaction control: nothing was "
                                     "changed")
                          .arg(m_request.scriptName.isEmpty() ? QStringLiteral("the script ") : m_request.scriptName + QLatin1Char(' ')));
    }
    if (m_from.dialect == Dialect::MySQL) {
        // No rehearsal: MySQL commits each schema change on its own. The
        // statements' kinds tell what loses data.
        for (const PlanStep &step : m_steps) {
            const QString why = mysqlDataLossByKind(step.sql);
            if (why.isEmpty())
                continue;
            Hazard h;
            h.kind = HazardKind::DataChange;
            h.severity = HazardSeverity::High;
            h.dataLoss = true;
            h.object = QStringLiteral("line %1").arg(step.line);
            h.reason = QStringLiteral("%1: %2 (MySQL/MariaDB scripts cannot be rehearsed, so this is judged by "
                                      "the statement's kind)")
                           .arg(why, step.sql.simplified().left(80));
            m_plan.forward.hazards << h;
        }
        return {};
    }
    auto rehearsal = rehearseScript(m_request.target, m_from, m_steps, m_request.applyOptions, job);
    if (!rehearsal) {
        abandon(outcomeFor(rehearsal.error()), rehearsal.error().message);
        return std::unexpected(rehearsal.error());
    }
    for (const QString &line : rehearsal->skipped)
        m_rehearsalNotes << QStringLiteral("not rehearsed (it cannot run in a transaction): ") + line;
    if (!rehearsal->ok) {
        const QString failure = QStringLiteral("line %1: %2").arg(rehearsal->failedLine).arg(rehearsal->error);
        if (rehearsal->busy) {
            return refuse(QStringLiteral("the script could not be rehearsed on %1 because another session holds a lock "
                                         "it needs (%2): nothing was changed. Try again when the table is free, or "
                                         "give a longer --lock-timeout.")
                              .arg(m_request.target.databaseName(), failure));
        }
        if (!rehearsal->failedAfterSkipped) {
            return refuse(QStringLiteral("the script fails on %1 when rehearsed in a transaction that was rolled back "
                                         "(%2): nothing was changed. Fix the script and try again.")
                              .arg(m_request.target.databaseName(), failure));
        }
        m_rehearsalNotes << QStringLiteral("the rehearsal stopped at %1, maybe only because a statement before it "
                                           "was not rehearsed")
                                .arg(failure);
        return {};
    }
    // What the script does, measured like a planned change: plan from the
    // target as it is to the state the rehearsal left, and take its hazards.
    const Catalog &after = *rehearsal->after;
    if (auto planned = planMigration(m_from, after, m_request.planOptions); planned)
        m_plan.forward.hazards = planned->forward.hazards;
    else
        m_rehearsalNotes << QStringLiteral("the rehearsed change could not be planned for its hazards: ") + planned.error().message;
    for (const Schema &schema : m_from.schemas) {
        for (const Table &table : schema.tables) {
            const Table *now = after.table(schema.name, table.name);
            if (!now || table.rowCount <= 0)
                continue;
            const QString name = schema.name.isEmpty() || m_from.dialect == Dialect::SQLite
                                     ? table.name
                                     : schema.name + QLatin1Char('.') + table.name;
            Hazard h;
            h.kind = HazardKind::DataChange;
            h.severity = HazardSeverity::High;
            h.dataLoss = true;
            h.object = name;
            h.unit = QStringLiteral("rows");
            h.figureExact = true;
            if (now->rowCount < table.rowCount) {
                h.figure = table.rowCount - now->rowCount;
                h.reason = QStringLiteral("the script deletes rows (measured by rehearsal: %1 of %2 rows go)")
                               .arg(h.figure)
                               .arg(table.rowCount);
                m_plan.forward.hazards << h;
                continue;
            }
            // Same count, other rows: values overwritten (UPDATE), which
            // no script gives back.
            const auto before = m_fromRows.constFind(name);
            const auto afterRows = rehearsal->rowsAfter.constFind(name);
            if (before != m_fromRows.cend() && afterRows != rehearsal->rowsAfter.cend()
                && before->checksum != afterRows->second) {
                h.figure = table.rowCount;
                h.unit = QStringLiteral("rows in the table");
                h.reason = QStringLiteral("the script overwrites values in rows of this table (measured by rehearsal: "
                                          "the rows' checksum changes); only the backup gives the old values back");
                m_plan.forward.hazards << h;
            }
        }
    }
    if (rehearsal->skipped.isEmpty() && !m_request.to) {
        m_expected = after; // verify the apply against what the rehearsal left
        withoutAuditTable(*m_expected);
    }
    return {};
}

void ApplyRun::checkpoint()
{
    if (!m_record.id.isEmpty())
        (void)m_store.save(m_record);
}

Result<void> ApplyRun::preflight(JobContext &job)
{
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    if (!m_request.target.isServer() && m_request.target.kind != ConnectionSpec::Kind::SQLite) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not a live database: apply changes a PostgreSQL, MySQL/MariaDB or SQLite "
                                   "database, not a snapshot")
                        .arg(m_request.target.display()));
    }
    if (!m_request.to && !m_request.plan && m_request.script.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("Nothing to apply: give the desired state (--to) or a script (--script)"));
    if (!m_request.noBackup && m_request.backupFolder.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("No backup folder: choose where the backup of %1 goes (--backup-dir DIR), or apply "
                                   "without a backup (--no-backup, not recommended)")
                        .arg(m_request.target.databaseName()));
    }
    auto lock = beginHeldRun(m_record, m_store);
    if (!lock)
        return std::unexpected(lock.error());
    m_lock = std::move(*lock);
    m_request.applyOptions.runId = m_record.id;

    job.reportProgress(0, 3, QStringLiteral("Reading %1").arg(m_request.target.databaseName()));
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto live = inspect(m_request.target, options, job);
    if (!live) {
        abandon(outcomeFor(live.error()), live.error().message);
        return std::unexpected(live.error());
    }
    m_from = std::move(*live);
    withoutAuditTable(m_from);
    m_record.dialect = m_from.dialect;
    // The rows as they are, so that afterwards the database itself can say
    // what changed, whatever the executor believes.
    MutedJob quiet(job);
    auto rows = measureRowChecksums(m_request.target, m_from, quiet);
    if (!rows) {
        abandon(outcomeFor(rows.error()), rows.error().message);
        return std::unexpected(rows.error());
    }
    m_fromRows = std::move(*rows);
    // Written now, before anything else runs: a run killed in its rehearsal
    // can still be checked against them.
    for (const auto &[file, data] : {std::pair{QStringLiteral("from.parity.json"), snapshotToJson(m_from)},
                                     std::pair{QStringLiteral("from.rows.json"), rowChecksumsToJson(m_fromRows)}}) {
        if (auto written = m_store.writeFile(m_record.id, file, data); !written) {
            abandon(RunOutcome::Failed, written.error().message);
            return std::unexpected(written.error());
        }
    }
    checkpoint();

    if (m_request.plannedFrom) {
        Catalog planned = *m_request.plannedFrom;
        withoutAuditTable(planned);
        const QStringList drift = differenceLines(planned, m_from, m_request.planOptions.diff);
        if (!drift.isEmpty()) {
            m_record.verificationDifferences = drift;
            return refuse(QStringLiteral("%1 changed since the plan was made (%2 difference(s), first: %3): nothing "
                                         "was changed. Compare again and review the new plan.")
                              .arg(m_request.target.databaseName())
                              .arg(drift.size())
                              .arg(drift.first()));
        }
    }

    job.reportProgress(1, 3, QStringLiteral("Planning"));
    if (m_request.to) {
        if (m_request.to->dialect != m_from.dialect) {
            abandon(RunOutcome::Failed, QStringLiteral("dialects differ"));
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("%1 is %2 but the desired state %3 is %4: both must be the same dialect")
                            .arg(m_request.target.display(), dialectDisplayName(m_from.dialect), m_request.to->source,
                                 dialectDisplayName(m_request.to->dialect)));
        }
        m_expected = comparableTo(*m_request.to, m_from);
        withoutAuditTable(*m_expected);
    }
    if (m_request.plan) {
        m_plan = *m_request.plan;
    } else if (m_request.to) {
        auto planned = planMigration(m_from, *m_request.to, m_request.planOptions);
        if (!planned) {
            abandon(RunOutcome::Failed, planned.error().message);
            return std::unexpected(planned.error());
        }
        m_plan = std::move(*planned);
    } else {
        m_plan.forward.dialect = m_plan.rollback.dialect = m_from.dialect;
        m_plan.forward.fromName = m_from.database;
        m_plan.forward.fromSource = m_request.target.display();
        m_plan.rollback.isRollback = true;
    }
    m_plan.forward.createdAt = m_plan.rollback.createdAt = m_record.startedAt;

    if (!m_request.script.isEmpty()) {
        job.reportProgress(1, 3, QStringLiteral("Rehearsing the script on %1").arg(m_request.target.databaseName()));
        if (auto read = readScript(job); !read)
            return read;
    } else {
        m_steps = m_plan.forward.steps;
    }

    job.reportProgress(2, 3, QStringLiteral("Measuring the hazards on %1").arg(m_request.target.databaseName()));
    if (!m_plan.forward.hazards.isEmpty()) {
        if (auto measured = measureHazards(m_plan.forward.hazards, m_request.target, job); !measured) {
            abandon(outcomeFor(measured.error()), measured.error().message);
            return measured;
        }
        settleIrreversibility(m_plan);
    }
    if (m_request.noBackup) {
        Hazard h;
        h.kind = HazardKind::NoBackup;
        h.severity = HazardSeverity::High;
        h.object = m_from.database;
        h.reason = QStringLiteral("applies without a backup: if something goes wrong, only the rollback script can "
                                  "go back, and it does not bring back dropped data");
        m_plan.forward.hazards.prepend(h);
    }
    if (m_request.script.isEmpty())
        m_forwardScript = planScript(m_plan.forward);
    if (!m_plan.rollback.steps.isEmpty() || m_request.to || m_request.plan)
        m_rollbackScript = planScript(m_plan.rollback);

    m_record.planHash = QStringLiteral("sha256:") + sha256Hex(m_forwardScript.toUtf8());
    m_record.statementsTotal = int(m_steps.size());
    m_record.hazards.clear();
    const QString hazards = hazardsText(m_plan.forward.hazards);
    if (!hazards.isEmpty())
        m_record.hazards = hazards.split(QLatin1Char('\n'));
    if (auto written = writeRunFiles(); !written) {
        abandon(RunOutcome::Failed, written.error().message);
        return written;
    }

    const bool losesData = std::ranges::any_of(m_plan.forward.hazards, [](const Hazard &h) {
        return h.dataLoss && h.kind != HazardKind::NoBackup;
    });
    if (losesData && !m_request.allowDataLoss) {
        return refuse(QStringLiteral("the plan loses data on %1 (see the hazards): nothing was changed. Allow data "
                                     "loss (--allow-data-loss) once you have read them.")
                          .arg(m_request.target.databaseName()));
    }
    if (!m_request.noBackup) {
        if (auto ok = checkBackupFolder(backupRunFolder(), estimateBackupBytes(m_from)); !ok)
            return refuse(ok.error().message);
    }
    job.reportProgress(3, 3, QStringLiteral("Preflight done"));
    m_preflighted = true;
    checkpoint();
    return {};
}

Result<void> ApplyRun::writeRunFiles()
{
    QList<std::pair<QString, QByteArray>> files{{QStringLiteral("forward.sql"), m_forwardScript.toUtf8()},
                                               {QStringLiteral("from.parity.json"), snapshotToJson(m_from)},
                                               {QStringLiteral("from.rows.json"), rowChecksumsToJson(m_fromRows)}};
    if (!m_rollbackScript.isEmpty())
        files.append({QStringLiteral("rollback.sql"), m_rollbackScript.toUtf8()});
    if (m_expected)
        files.append({QStringLiteral("to.parity.json"), snapshotToJson(*m_expected)});
    for (const auto &[name, data] : files) {
        if (auto written = m_store.writeFile(m_record.id, name, data); !written)
            return std::unexpected(written.error());
    }
    return {};
}

Result<void> ApplyRun::backup(JobContext &job)
{
    if (!m_preflighted)
        return fail(Error::Code::Internal, QStringLiteral("the backup phase ran before the preflight"));
    if (m_request.noBackup)
        return {};
    const QString folder = backupRunFolder();
    auto taken = takeBackup(m_request.target, folder, m_from, job);
    if (!taken) {
        const bool cancelled = taken.error().code == Error::Code::Cancelled;
        abandon(cancelled ? RunOutcome::Cancelled : RunOutcome::Refused,
                QStringLiteral("no backup, nothing changed: ") + taken.error().message);
        return std::unexpected(taken.error());
    }
    m_backup = *taken;
    m_record.backupPath = taken->path;
    m_record.backupSha256 = taken->sha256;
    m_record.backupVerified = taken->verified;

    // The backup folder holds what a person needs to restore without
    // Parity's own log: the manifest, both scripts and FROM's snapshot.
    QJsonObject checksums;
    checksums.insert(QFileInfo(taken->path).fileName(), taken->sha256);
    QList<std::pair<QString, QByteArray>> copies{{QStringLiteral("forward.sql"), m_forwardScript.toUtf8()},
                                                {QStringLiteral("from.parity.json"), snapshotToJson(m_from)}};
    if (!m_rollbackScript.isEmpty())
        copies.append({QStringLiteral("rollback.sql"), m_rollbackScript.toUtf8()});
    for (const auto &[name, data] : copies) {
        QFile file(QDir(folder).filePath(name));
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
            abandon(RunOutcome::Refused, QStringLiteral("cannot write %1").arg(file.fileName()));
            return fail(Error::Code::Io, QStringLiteral("Cannot write %1 (%2): choose another backup folder")
                                             .arg(file.fileName(), file.errorString()));
        }
        checksums.insert(name, sha256Hex(data));
    }
    QJsonObject manifest{{QStringLiteral("format"), 1},
                         {QStringLiteral("run"), m_record.id},
                         {QStringLiteral("createdAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                         {QStringLiteral("target"), m_record.target},
                         {QStringLiteral("dialect"), dialectKey(m_from.dialect)},
                         {QStringLiteral("serverVersion"), taken->serverVersion.isEmpty() ? m_from.serverVersion : taken->serverVersion},
                         {QStringLiteral("planHash"), m_record.planHash},
                         {QStringLiteral("backup"), taken->toJson()},
                         {QStringLiteral("sha256"), checksums}};
    QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
    const QByteArray json = QJsonDocument(manifest).toJson();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(json) != json.size()) {
        abandon(RunOutcome::Refused, QStringLiteral("cannot write %1").arg(file.fileName()));
        return fail(Error::Code::Io, QStringLiteral("Cannot write %1 (%2): choose another backup folder")
                                         .arg(file.fileName(), file.errorString()));
    }
    restrictToOwner(folder);
    if (auto written = m_store.writeFile(m_record.id, QStringLiteral("backup.json"),
                                         QJsonDocument(taken->toJson()).toJson());
        !written)
        return std::unexpected(written.error());
    checkpoint();
    return {};
}

Result<void> ApplyRun::confirm(const QString &typedName)
{
    auto confirmed = checkConfirmation(typedName, confirmationName(), QStringLiteral("apply"));
    m_confirmed = confirmed.has_value();
    return confirmed;
}

Result<void> ApplyRun::apply(JobContext &job)
{
    if (!m_preflighted)
        return fail(Error::Code::Internal, QStringLiteral("the apply phase ran before the preflight"));
    if (!m_confirmed)
        return refuse(checkConfirmation({}, confirmationName(), QStringLiteral("apply")).error().message);
    if (!m_request.noBackup && !(m_backup && m_backup->verified))
        return refuse(QStringLiteral("no verified backup of %1: nothing was changed").arg(confirmationName()));

    // Someone may have changed the target while the backup ran or the
    // person read the confirmation: look once more, right before.
    job.reportProgress(0, 1, QStringLiteral("Checking that %1 has not changed").arg(confirmationName()));
    MutedJob quiet(job);
    auto now = inspect(m_request.target, IntrospectionOptions{}, quiet);
    if (!now) {
        abandon(outcomeFor(now.error()), now.error().message);
        return std::unexpected(now.error());
    }
    withoutAuditTable(*now);
    if (const QStringList drift = differenceLines(m_from, *now, m_request.planOptions.diff); !drift.isEmpty()) {
        m_record.verificationDifferences = drift;
        return refuse(QStringLiteral("%1 changed after the preflight (first: %2): nothing was changed. Start again.")
                          .arg(confirmationName(), drift.first()));
    }

    auto result = applySteps(m_request.target, m_steps, m_request.applyOptions, job,
                             [this](const QList<StatementRecord> &statements) {
                                 m_record.statements = statements;
                                 checkpoint();
                             });
    if (!result) {
        measureLeftState();
        abandon(RunOutcome::Failed, result.error().message + QLatin1String(": ") + leftStateText(m_record));
        return std::unexpected(result.error());
    }
    m_record.statements = result->statements;
    m_applied = true;
    if (!result->ok) {
        m_record.outcome = result->cancelled ? RunOutcome::Cancelled : RunOutcome::Failed;
        measureLeftState();
        m_record.message = result->error + QLatin1String(": ") + leftStateText(m_record);
    }
    checkpoint();
    return {};
}

Result<void> ApplyRun::verify(JobContext &job)
{
    if (!m_applied || m_record.outcome != RunOutcome::Running)
        return {};
    if (!m_expected) {
        m_record.verified = false;
        m_record.verificationDifferences = {QStringLiteral("not verified: no desired state was given (--to)")};
        return {};
    }
    MutedJob quiet(job);
    auto live = inspect(m_request.target, IntrospectionOptions{}, quiet);
    if (!live) {
        m_record.verified = false;
        m_record.verificationDifferences = {QStringLiteral("could not read the target again: ") + live.error().message};
        m_record.outcome = RunOutcome::VerificationFailed;
        m_record.message = m_record.verificationDifferences.first();
        checkpoint();
        return {};
    }
    withoutAuditTable(*live);
    const QStringList left = differenceLines(*m_expected, *live, m_request.planOptions.diff);
    m_record.verified = left.isEmpty();
    m_record.verificationDifferences = left;
    if (!left.isEmpty()) {
        m_record.outcome = RunOutcome::VerificationFailed;
        m_record.message = QStringLiteral("every statement ran, but %1 still differs from the desired state in %2 "
                                          "place(s)")
                               .arg(m_record.targetName)
                               .arg(left.size());
    }
    checkpoint();
    return {};
}

Result<void> ApplyRun::finish()
{
    if (m_record.outcome == RunOutcome::Running) {
        m_record.outcome = RunOutcome::Succeeded;
        m_record.message = m_record.verified
                               ? QStringLiteral("applied %1 statement(s) and verified").arg(m_record.statements.size())
                               : QStringLiteral("applied %1 statement(s); not verified (no desired state given)")
                                     .arg(m_record.statements.size());
    }
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    Result<void> audit;
    if (m_request.auditTable && m_applied) {
        audit = writeAuditRow(m_request.target, m_record);
        m_record.auditTableWritten = audit.has_value();
    }
    if (auto saved = m_store.save(m_record); !saved)
        return saved;
    endRun();
    return audit;
}

QString leftStateText(const RunRecord &record)
{
    if (!record.stateMeasured) {
        return QStringLiteral("what stays applied could not be measured (%1): check %2 before anything else")
            .arg(record.stateError.isEmpty() ? QStringLiteral("not read") : record.stateError, record.targetName);
    }
    if (record.stateDifferences.isEmpty())
        return QStringLiteral("nothing stays applied (measured: same schema and same rows as before)");
    return QStringLiteral("%1 difference(s) from before the run stay, as measured").arg(record.stateDifferences.size());
}

} // namespace parity

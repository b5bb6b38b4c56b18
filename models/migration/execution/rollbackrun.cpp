#include "rollbackrun.h"

#include "applyrun.h"
#include "audittable.h"
#include "runidentity.h"
#include "common/jobcontext.h"
#include "introspection/inspector.h"
#include "migration/planner.h"
#include "schema/snapshot.h"
#include "targetstate.h"
#include "transactioncontrol.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QLocale>


namespace parity {

namespace {

QString rows(qint64 n)
{
    return n == 1 ? QStringLiteral("1 row") : QStringLiteral("%1 rows").arg(QLocale::c().toString(n));
}

/// What FROM held that the target has lost for good: tables and columns
/// that held rows and are gone now. A script can recreate them, empty.
QStringList lostData(const Catalog &from, const Catalog &now)
{
    QStringList lines;
    for (const Schema &schema : from.schemas) {
        for (const Table &table : schema.tables) {
            if (table.rowCount == 0)
                continue;
            const Table *live = now.table(schema.name, table.name);
            const QString name = schema.name.isEmpty() ? table.name : schema.name + QLatin1Char('.') + table.name;
            if (!live) {
                lines << QStringLiteral("table %1 is gone: the script creates it again, but its %2 do not come back "
                                        "(restore the backup for them)")
                             .arg(name, table.rowCount > 0 ? rows(table.rowCount) : QStringLiteral("rows"));
                continue;
            }
            for (const Column &column : table.columns) {
                const bool kept = std::ranges::any_of(live->columns, [&](const Column &c) { return c.name == column.name; });
                if (!kept) {
                    lines << QStringLiteral("column %1.%2 is gone: the script adds it again, but the values of its %3 do "
                                            "not come back (restore the backup for them)")
                                 .arg(name, column.name, table.rowCount > 0 ? rows(table.rowCount) : QStringLiteral("rows"));
                }
            }
        }
    }
    return lines;
}

/// Tables whose row count differs from FROM's (only where FROM counted them).
QStringList rowCountDifferences(const Catalog &from, const Catalog &now)
{
    QStringList lines;
    for (const Schema &schema : from.schemas) {
        for (const Table &table : schema.tables) {
            if (table.rowCount < 0)
                continue;
            const Table *live = now.table(schema.name, table.name);
            if (!live && now.schemas.size() == 1 && from.schemas.size() == 1)
                live = now.table(now.schemas.first().name, table.name); // MySQL: another database name
            if (!live || live->rowCount == table.rowCount)
                continue;
            const QString name = schema.name.isEmpty() ? table.name : schema.name + QLatin1Char('.') + table.name;
            lines << QStringLiteral("rows: %1 held %2 before the run and holds %3 now")
                         .arg(name, rows(table.rowCount), rows(live->rowCount));
        }
    }
    return lines;
}

/// Statements of the run that changed rows rather than structure: a script
/// planned from the schema cannot give their old values back.
QStringList dataStatements(const RunRecord &run, Dialect dialect)
{
    QStringList lines;
    for (const StatementRecord &s : run.statements) {
        if (!s.committed)
            continue;
        const QString head = s.sql.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
        QString why;
        if (dialect == Dialect::MySQL)
            why = mysqlDataLossByKind(s.sql);
        else if (head == QLatin1String("UPDATE"))
            why = QStringLiteral("overwrites values in rows");
        else if (head == QLatin1String("DELETE") || head == QLatin1String("TRUNCATE"))
            why = QStringLiteral("deletes rows");
        if (why.isEmpty() || why.startsWith(QLatin1String("drops")) || why.startsWith(QLatin1String("changes a column")))
            continue; // structure: the plan back and lostData() speak of it
        lines << QStringLiteral("statement %1 of run %2 %3 (%4): the script does not give them back %5")
                     .arg(s.index + 1)
                     .arg(run.id, why, s.sql.simplified().left(80),
                          run.backupPath.isEmpty() ? QStringLiteral("(the run took no backup: they are lost)")
                                                   : QStringLiteral("(restore the backup for them)"));
    }
    return lines;
}

/// Tables the target holds that FROM did not and that the run did not make:
/// someone created them after it. `made`: the state the run meant to reach
/// (to.parity.json), when the run recorded one; else the run's committed
/// statements say which tables it made.
QStringList tablesMadeByOthers(const Catalog &from, const Catalog &now, const std::optional<Catalog> &made,
                               const RunRecord &run)
{
    QStringList others;
    for (const Schema &schema : now.schemas) {
        for (const Table &table : schema.tables) {
            if (from.table(schema.name, table.name))
                continue;
            bool byRun = false;
            if (made) {
                byRun = made->table(schema.name, table.name) != nullptr;
            } else {
                for (const StatementRecord &s : run.statements)
                    byRun = byRun || (s.succeeded && s.sql.contains(table.name, Qt::CaseInsensitive));
            }
            if (!byRun)
                others << tableKey(now.dialect, schema, table);
        }
    }
    return others;
}

} // namespace

RollbackRun::RollbackRun(RollbackRequest request, RunStore store)
    : m_request(std::move(request)), m_store(std::move(store))
{
    m_record = beginRunRecord(QStringLiteral("rollback"), m_request.target, m_request.profile, m_request.environment);
    m_record.dialect = dialectOf(m_request.target.kind);
    m_record.rollsBack = m_request.runId;
    m_record.method = m_request.method == RollbackMethod::Script ? QStringLiteral("script") : QStringLiteral("backup");
}

ConnectionSpec RollbackRun::restoredSpec() const
{
    ConnectionSpec spec = m_request.target;
    if (m_request.method == RollbackMethod::Backup && !m_request.intoDatabase.isEmpty()) {
        if (spec.kind == ConnectionSpec::Kind::SQLite)
            spec.path = m_request.intoDatabase;
        else
            spec.database = m_request.intoDatabase;
    }
    return spec;
}

Result<void> RollbackRun::refuse(const QString &message)
{
    abandon(RunOutcome::Refused, message);
    return fail(Error::Code::Refused, message);
}

void RollbackRun::abandon(RunOutcome outcome, const QString &message)
{
    endRunRecord(m_record, m_store, outcome, message);
    if (m_lock)
        m_lock->release();
}

void RollbackRun::checkpoint()
{
    if (!m_record.id.isEmpty())
        (void)m_store.save(m_record);
}

Result<void> RollbackRun::preflight(JobContext &job)
{
    m_record.startedAt = QDateTime::currentDateTimeUtc();
    auto applied = m_store.load(m_request.runId);
    if (!applied)
        return std::unexpected(applied.error());
    m_applied = *applied;
    if (m_applied.outcome == RunOutcome::Running) {
        return fail(Error::Code::Refused,
                    QStringLiteral("Run %1 is still running (a process holds its lock): wait for it to end, or stop it")
                        .arg(m_request.runId));
    }
    if (m_applied.kind != QLatin1String("apply")) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Run %1 is a rollback itself: give the id of the apply run to undo (parity-cli runs)")
                        .arg(m_request.runId));
    }
    if (m_applied.target != m_request.target.display()) {
        return fail(Error::Code::Refused,
                    QStringLiteral("Run %1 changed %2, not %3: name the database the run changed")
                        .arg(m_request.runId, m_applied.target, m_request.target.display()));
    }
    auto snapshot = m_store.readFile(m_request.runId, QStringLiteral("from.parity.json"));
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto from = snapshotFromJson(*snapshot, m_store.folder(m_request.runId) + QStringLiteral("/from.parity.json"));
    if (!from)
        return std::unexpected(from.error());
    m_fromSnapshot = std::move(*from);
    m_record.dialect = m_fromSnapshot.dialect;

    if (m_request.method == RollbackMethod::Backup) {
        if (m_applied.backupPath.isEmpty()) {
            return fail(Error::Code::NotFound,
                        QStringLiteral("Run %1 ran without a backup: roll back with the script (--method script)")
                            .arg(m_request.runId));
        }
        auto info = m_store.readFile(m_request.runId, QStringLiteral("backup.json"));
        if (!info)
            return std::unexpected(info.error());
        m_backup = BackupInfo::fromJson(QJsonDocument::fromJson(*info).object());
        if (auto ok = checkBackup(*m_backup); !ok)
            return ok;
    }
    if (auto rows = m_store.readFile(m_request.runId, QStringLiteral("from.rows.json")); rows) {
        if (auto read = rowChecksumsFromJson(*rows); read)
            m_fromRows = std::move(*read);
    }
    auto lock = beginHeldRun(m_record, m_store);
    if (!lock)
        return std::unexpected(lock.error());
    m_lock = std::move(*lock);
    m_request.applyOptions.runId = m_record.id;

    job.reportProgress(0, 2, QStringLiteral("Reading %1").arg(m_request.target.databaseName()));
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto live = inspect(m_request.target, options, job);
    if (!live) {
        abandon(outcomeFor(live.error()), live.error().message);
        return std::unexpected(live.error());
    }
    withoutAuditTable(*live);

    if (m_request.method == RollbackMethod::Script) {
        job.reportProgress(1, 2, QStringLiteral("Planning the way back"));
        std::optional<Catalog> made;
        if (auto json = m_store.readFile(m_request.runId, QStringLiteral("to.parity.json")); json) {
            if (auto read = snapshotFromJson(*json, QStringLiteral("to.parity.json")); read)
                made = std::move(*read);
        }
        // The way back undoes the run, not what others did since: tables
        // made after it stay, and are said to stay.
        m_leftAlone = tablesMadeByOthers(m_fromSnapshot, *live, made, m_applied);
        Catalog planFrom = *live;
        for (Schema &schema : planFrom.schemas)
            schema.tables.removeIf([&](const Table &t) { return m_leftAlone.contains(tableKey(planFrom.dialect, schema, t)); });
        auto pair = planMigration(planFrom, m_fromSnapshot, PlanOptions{});
        if (!pair) {
            abandon(RunOutcome::Failed, pair.error().message);
            return std::unexpected(pair.error());
        }
        if (!pair->forward.hazards.isEmpty()) {
            if (auto measured = measureHazards(pair->forward.hazards, m_request.target, job); !measured) {
                abandon(RunOutcome::Failed, measured.error().message);
                return measured;
            }
            settleIrreversibility(*pair);
        }
        m_plan = pair->forward;
        // Its hazards are measured on the target as it is now, so the
        // header lists them with their figures (a rollback's header could not).
        m_plan.toName = QStringLiteral("%1 as it was before run %2").arg(m_fromSnapshot.database, m_request.runId);
        m_plan.toSource = QStringLiteral("the snapshot run %1 took before it changed anything").arg(m_request.runId);
        m_plan.createdAt = m_record.startedAt;
        m_warnings = lostData(m_fromSnapshot, *live);
        m_warnings << dataStatements(m_applied, m_fromSnapshot.dialect);
        for (const QString &table : m_leftAlone)
            m_warnings << QStringLiteral("table %1 was not made by run %2 (it was created after it): the rollback leaves "
                                         "it as it is")
                              .arg(table, m_request.runId);
        for (const Hazard &h : m_plan.hazards) {
            if (h.dataLoss)
                m_warnings << QStringLiteral("%1: %2 (%3)").arg(h.object, h.reason, h.figureText());
        }
        m_script = planScript(m_plan);
        m_record.statementsTotal = int(m_plan.steps.size());
        m_record.planHash = QStringLiteral("sha256:")
                            + QString::fromLatin1(QCryptographicHash::hash(m_script.toUtf8(), QCryptographicHash::Sha256).toHex());
        if (auto written = m_store.writeFile(m_record.id, QStringLiteral("rollback.sql"), m_script.toUtf8()); !written)
            return std::unexpected(written.error());
    } else {
        m_record.backupPath = m_backup->path;
        m_record.backupSha256 = m_backup->sha256;
        m_record.backupVerified = true;
        m_warnings << QStringLiteral("everything written to %1 since the backup of %2 is replaced by the backup's "
                                     "contents")
                          .arg(m_request.intoDatabase.isEmpty() ? m_request.target.databaseName() : m_request.intoDatabase,
                               m_applied.startedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (!m_request.intoDatabase.isEmpty())
            m_warnings.last() = QStringLiteral("the backup goes into a new database, %1; %2 stays as it is")
                                    .arg(m_request.intoDatabase, m_request.target.databaseName());
    }
    m_record.hazards = m_warnings;
    m_preflighted = true;
    checkpoint();
    job.reportProgress(2, 2, QStringLiteral("Preflight done"));
    return {};
}

Result<void> RollbackRun::confirm(const QString &typedName)
{
    auto confirmed = checkConfirmation(typedName, confirmationName(), QStringLiteral("roll back"));
    m_confirmed = confirmed.has_value();
    return confirmed;
}

Result<void> RollbackRun::execute(JobContext &job)
{
    if (!m_preflighted)
        return fail(Error::Code::Internal, QStringLiteral("the rollback ran before its preflight"));
    if (!m_confirmed)
        return refuse(checkConfirmation({}, confirmationName(), QStringLiteral("roll back")).error().message);

    if (m_request.method == RollbackMethod::Backup) {
        if (auto restored = restoreBackup(m_request.target, *m_backup, m_request.intoDatabase, job); !restored) {
            abandon(outcomeFor(restored.error()), restored.error().message);
            return restored;
        }
        m_executed = true;
        checkpoint();
        return {};
    }

    auto result = applySteps(m_request.target, m_plan.steps, m_request.applyOptions, job,
                             [this](const QList<StatementRecord> &statements) {
                                 m_record.statements = statements;
                                 checkpoint();
                             });
    if (!result) {
        abandon(RunOutcome::Failed, result.error().message);
        return std::unexpected(result.error());
    }
    m_record.statements = result->statements;
    m_executed = true;
    if (!result->ok) {
        m_record.outcome = result->cancelled ? RunOutcome::Cancelled : RunOutcome::Failed;
        m_record.message = result->error;
    }
    checkpoint();
    return {};
}

Result<void> RollbackRun::verify(JobContext &job)
{
    if (!m_executed || m_record.outcome != RunOutcome::Running)
        return {};
    IntrospectionOptions options;
    options.exactRowCounts = true;
    auto live = inspect(restoredSpec(), options, job);
    if (!live) {
        m_record.outcome = RunOutcome::VerificationFailed;
        m_record.message = QStringLiteral("could not read the database again: ") + live.error().message;
        m_record.verificationDifferences = {m_record.message};
        checkpoint();
        return {};
    }
    withoutAuditTable(*live);
    QStringList left;
    if (!m_fromRows.isEmpty()) {
        // The database's own word: its schema strictly, its rows by checksum.
        JobContext uncancellable;
        const TargetStateCheck check =
            checkTargetState(restoredSpec(), m_fromSnapshot, m_fromRows, DiffOptions{}, uncancellable, m_leftAlone);
        left = check.measured ? check.differences : QStringList{QStringLiteral("could not measure: ") + check.error};
        m_rowsChecked = check.measured;
    } else {
        left = differenceLines(m_fromSnapshot, *live, DiffOptions{});
        left << rowCountDifferences(m_fromSnapshot, *live);
    }
    m_record.verified = left.isEmpty();
    m_record.verificationDifferences = left;
    if (!left.isEmpty()) {
        m_record.outcome = RunOutcome::VerificationFailed;
        m_record.message = QStringLiteral("the rollback ran, but %1 differs from its state before run %2 in %3 place(s)")
                               .arg(restoredSpec().databaseName(), m_request.runId)
                               .arg(left.size());
    }
    checkpoint();
    return {};
}

Result<void> RollbackRun::finish()
{
    if (m_record.outcome == RunOutcome::Running) {
        m_record.outcome = RunOutcome::Succeeded;
        m_record.message = m_rowsChecked ? QStringLiteral("%1 is as it was before run %2: same schema, same rows "
                                                          "(checksums of every table)")
                                               .arg(restoredSpec().databaseName(), m_request.runId)
                                         : QStringLiteral("%1 is as it was before run %2: same schema, same row counts")
                                               .arg(restoredSpec().databaseName(), m_request.runId);
    }
    m_record.finishedAt = QDateTime::currentDateTimeUtc();
    Result<void> audit;
    if (m_request.auditTable && m_executed) {
        audit = writeAuditRow(restoredSpec(), m_record);
        m_record.auditTableWritten = audit.has_value();
    }
    if (auto saved = m_store.save(m_record); !saved)
        return saved;
    if (m_lock)
        m_lock->release();
    return audit;
}

} // namespace parity

#include "rehearsal.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "introspection/inspector.h"
#include "introspection/introspector.h"
#include "sessionguard.h"
#include "targetstate.h"

#include <QSqlError>
#include <QSqlQuery>

namespace parity {

namespace {

constexpr QLatin1StringView kScriptSavepoint("parity_script_transaction");

QString shortSql(const PlanStep &step)
{
    QString sql = step.sql.simplified();
    if (sql.size() > 120)
        sql = sql.left(117) + QStringLiteral("...");
    return QStringLiteral("line %1: %2").arg(step.line).arg(sql);
}

} // namespace

QStringList rehearsedAs(Dialect dialect, const PlanStep &step, bool &scriptInTransaction, QString &error)
{
    const QString savepoint = QStringLiteral("SAVEPOINT ") + kScriptSavepoint;
    switch (step.control) {
    case ScriptTransaction::None:
        return {step.sql};
    case ScriptTransaction::Begin:
        if (scriptInTransaction) {
            if (dialect == Dialect::SQLite)
                error = QStringLiteral("cannot start a transaction within a transaction");
            return {}; // PostgreSQL warns and goes on
        }
        scriptInTransaction = true;
        return {savepoint};
    case ScriptTransaction::Commit:
        if (!scriptInTransaction) {
            if (dialect == Dialect::SQLite)
                error = QStringLiteral("cannot commit - no transaction is active");
            return {};
        }
        scriptInTransaction = false;
        return {QStringLiteral("RELEASE ") + savepoint};
    case ScriptTransaction::Rollback:
        if (!scriptInTransaction) {
            if (dialect == Dialect::SQLite)
                error = QStringLiteral("cannot rollback - no transaction is active");
            return {};
        }
        scriptInTransaction = false;
        return {QStringLiteral("ROLLBACK TO ") + savepoint, QStringLiteral("RELEASE ") + savepoint};
    case ScriptTransaction::Savepoint:
    case ScriptTransaction::Release:
    case ScriptTransaction::RollbackTo:
        return {step.sql};
    }
    return {};
}

Result<ScriptRehearsal> rehearseScript(const ConnectionSpec &spec, const Catalog &from, const QList<PlanStep> &steps,
                                       const ApplyOptions &options, JobContext &job)
{
    const Dialect dialect = dialectOf(spec.kind);
    if (spec.kind != ConnectionSpec::Kind::PostgreSQL && spec.kind != ConnectionSpec::Kind::SQLite) {
        return fail(Error::Code::Unsupported,
                    QStringLiteral("%1 cannot rehearse a script: its schema changes commit on their own").arg(spec.display()));
    }
    auto opened = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    ApplyOptions limits = options;
    if (limits.lockTimeoutSeconds == 0)
        limits.lockTimeoutSeconds = 5; // a rehearsal must not queue behind a long lock, nor hold others up
    if (auto ok = prepareChangingSession(*session, limits, QStringLiteral("rehearsal")); !ok)
        return std::unexpected(ok.error());
    CancelWatch watch(spec, cancelStatementFor(*session), job);
    // SQLite: PRAGMA foreign_keys does nothing inside a transaction, so the
    // ones a script sets before its first statement are set here before the
    // rehearsal's BEGIN, as the apply sets them; later ones change nothing
    // that a rehearsal could see.
    qsizetype first = 0;
    if (dialect == Dialect::SQLite) {
        for (; first < steps.size() && !steps.at(first).transactional && steps.at(first).control == ScriptTransaction::None; ++first) {
            if (auto ok = session->exec(steps.at(first).sql); !ok)
                return std::unexpected(ok.error());
        }
    }
    if (auto ok = session->exec(QStringLiteral("BEGIN")); !ok)
        return std::unexpected(ok.error());
    // However we leave, the rehearsal never commits; a dead connection has
    // rolled back already.
    struct RollbackGuard
    {
        const DatabaseSession &session;
        ~RollbackGuard() { (void)session.exec(QStringLiteral("ROLLBACK")); }
    } rollback{*session};

    ScriptRehearsal outcome;
    bool scriptInTransaction = false;
    const int total = int(steps.size());
    for (int i = int(first); i < total; ++i) {
        const PlanStep &step = steps.at(i);
        if (job.isCancelled()) {
            return fail(Error::Code::Cancelled,
                        QStringLiteral("The rehearsal on %1 was cancelled; it was rolled back and nothing was changed")
                            .arg(spec.databaseName()));
        }
        job.reportProgress(i, total, QStringLiteral("Rehearsing line %1").arg(step.line));
        if (!step.transactional && step.control == ScriptTransaction::None) {
            if (dialect != Dialect::SQLite)
                outcome.skipped << shortSql(step);
            continue;
        }
        QString refusal;
        const QStringList statements = rehearsedAs(dialect, step, scriptInTransaction, refusal);
        if (!refusal.isEmpty()) {
            outcome.failedLine = step.line;
            outcome.error = refusal;
            outcome.failedAfterSkipped = !outcome.skipped.isEmpty();
            return outcome;
        }
        for (const QString &sql : statements) {
            QSqlQuery query(session->database());
            query.setForwardOnly(true);
            watch.setRunning(true);
            const bool ran = query.exec(sql);
            watch.setRunning(false);
            if (!ran) {
                if (job.isCancelled()) {
                    return fail(Error::Code::Cancelled,
                                QStringLiteral("The rehearsal on %1 was cancelled at line %2; it was rolled back and "
                                               "nothing was changed")
                                    .arg(spec.databaseName())
                                    .arg(step.line));
                }
                outcome.failedLine = step.line;
                outcome.error = serverMessage(query.lastError());
                outcome.failedAfterSkipped = !outcome.skipped.isEmpty();
                // 55P03 lock_not_available; MySQL is never rehearsed.
                outcome.busy = query.lastError().nativeErrorCode() == QLatin1String("55P03")
                               || outcome.error.contains(QLatin1String("lock timeout"));
                return outcome;
            }
            query.finish();
        }
    }

    job.reportProgress(total, total, QStringLiteral("Reading the rehearsed state"));
    IntrospectionOptions reading;
    reading.exactRowCounts = true;
    reading.insideTransaction = true;
    MutedJob quiet(job);
    QSqlDatabase db = session->database();
    auto after = Introspector::create(dialect)->introspect(db, reading, quiet);
    if (!after)
        return std::unexpected(after.error());
    after->dialect = dialect;
    // The rows as the script leaves them, read in the same transaction: an
    // UPDATE changes no count but every checksum it touches.
    auto rows = rowChecksumsOn(*session, comparableColumns(from, *after), quiet);
    if (!rows)
        return std::unexpected(rows.error());
    for (auto it = rows->cbegin(); it != rows->cend(); ++it)
        outcome.rowsAfter.insert(it.key(), {it->rows, it->checksum});
    outcome.after = std::move(*after);
    outcome.ok = true;
    return outcome;
}

} // namespace parity

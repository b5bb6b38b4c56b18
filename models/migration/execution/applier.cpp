#include "applier.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "introspection/inspector.h"
#include "sessionguard.h"
#include "transactioncontrol.h"

#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace parity {

namespace {

/// The server's message, and whether the connection died with it.
QString statementError(const QSqlError &error)
{
    QString message = serverMessage(error);
    const QString lower = (error.databaseText() + QLatin1Char(' ') + error.driverText()).toLower();
    if (lower.contains(QLatin1String("terminating connection")) || lower.contains(QLatin1String("server closed the connection"))
        || lower.contains(QLatin1String("lost connection")) || lower.contains(QLatin1String("gone away"))
        || lower.contains(QLatin1String("connection was killed")) || lower.contains(QLatin1String("no connection to the server")))
        message += QStringLiteral(" (the connection to the server was lost)");
    return message;
}

/// A session setting (SQLite's PRAGMA foreign_keys, a SET) changes the
/// connection, not the database: it never "stays applied".
bool changesDatabase(const QString &sql)
{
    static const QRegularExpression setting(QStringLiteral("^\\s*(PRAGMA\\s+foreign_keys|SET\\s)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return !setting.match(sql).hasMatch();
}

QString whereText(const PlanStep &step)
{
    if (!step.object.isEmpty())
        return QStringLiteral(": ") + step.object;
    if (step.line > 0)
        return QStringLiteral(" (line %1)").arg(step.line);
    return {};
}

} // namespace

QString runApplicationName(const QString &runId)
{
    return QStringLiteral("parity run ") + runId;
}

QList<StatementRecord> ApplyResult::committed() const
{
    QList<StatementRecord> result;
    for (const StatementRecord &s : statements) {
        if (s.committed)
            result << s;
    }
    return result;
}

Result<ApplyResult> applySteps(const ConnectionSpec &target, const QList<PlanStep> &steps,
                               const ApplyOptions &options, JobContext &job, const ApplyCheckpoint &checkpoint)
{
    auto opened = DatabaseSession::open(target, DatabaseSession::Access::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    if (auto ok = prepareChangingSession(*session, options); !ok)
        return std::unexpected(ok.error());

    const bool mysql = target.kind == ConnectionSpec::Kind::MySQL;
    CancelWatch watch(target, cancelStatementFor(*session), job);

    ApplyResult result;
    auto save = [&] {
        if (checkpoint)
            checkpoint(result.statements);
    };
    bool inTransaction = false;
    qsizetype transactionStart = 0; // index in result.statements of the open transaction's first statement
    auto rollbackOpen = [&] {
        if (inTransaction)
            (void)session->exec(QStringLiteral("ROLLBACK"));
        inTransaction = false;
    };
    auto commitOpen = [&]() -> bool {
        if (!inTransaction)
            return true;
        QSqlQuery query(session->database());
        if (!query.exec(QStringLiteral("COMMIT"))) {
            result.error = QStringLiteral("COMMIT failed: ") + statementError(query.lastError());
            inTransaction = false;
            (void)session->exec(QStringLiteral("ROLLBACK"));
            save();
            return false;
        }
        inTransaction = false;
        for (qsizetype i = transactionStart; i < result.statements.size(); ++i)
            result.statements[i].committed = true;
        save();
        return true;
    };

    const int total = int(steps.size());
    // Sends step i as it is, timed, with cancel watched, and records it.
    auto send = [&](int i, const PlanStep &step) -> bool {
        job.reportProgress(i, total, QStringLiteral("Statement %1 of %2%3").arg(i + 1).arg(total).arg(whereText(step)));
        StatementRecord record;
        record.index = i;
        record.sql = step.sql;
        record.object = step.object;
        QElapsedTimer timer;
        timer.start();
        QSqlQuery query(session->database());
        query.setForwardOnly(true);
        watch.setRunning(true);
        const bool ran = query.exec(step.sql);
        watch.setRunning(false);
        record.elapsedMs = timer.elapsed();
        record.succeeded = ran;
        if (!ran)
            record.error = statementError(query.lastError());
        query.finish();
        result.statements << record;
        return ran;
    };
    // Ends the apply at step i: before it (cancelled) or on its failure.
    auto stopAt = [&](int i, bool before) {
        result.failedIndex = i;
        result.cancelled = before || job.isCancelled();
        if (before)
            result.error = QStringLiteral("cancelled before statement %1 of %2").arg(i + 1).arg(total);
        else if (result.cancelled)
            result.error = QStringLiteral("cancelled during statement %1 of %2").arg(i + 1).arg(total);
        else
            result.error = QStringLiteral("statement %1 of %2 failed: %3").arg(i + 1).arg(total).arg(result.statements.last().error);
        save();
        return result;
    };
    if (std::ranges::any_of(steps, [](const PlanStep &s) { return s.control != ScriptTransaction::None; })) {
        // The script owns its transactions: run it as its client would.
        TransactionTracker tracker(dialectOf(target.kind));
        auto rollbackScriptTransaction = [&] {
            if (tracker.inTransaction())
                (void)session->exec(QStringLiteral("ROLLBACK"));
        };
        for (int i = 0; i < total; ++i) {
            const PlanStep &step = steps.at(i);
            if (job.isCancelled()) {
                rollbackScriptTransaction();
                return stopAt(i, true);
            }
            if (!send(i, step)) {
                rollbackScriptTransaction();
                return stopAt(i, false);
            }
            for (const int index : tracker.ran(i, step)) {
                StatementRecord &done = result.statements[index];
                done.committed = steps.at(index).control == ScriptTransaction::None && changesDatabase(done.sql);
            }
            save();
        }
        if (tracker.inTransaction()) {
            // readScriptSteps refuses such a script; the client would roll back.
            rollbackScriptTransaction();
            result.failedIndex = total - 1;
            result.error = QStringLiteral("the script left a transaction open: it was rolled back");
            save();
            return result;
        }
        job.reportProgress(total, total, QStringLiteral("Applied"));
        result.ok = true;
        return result;
    }
    for (int i = 0; i < total; ++i) {
        const PlanStep &step = steps.at(i);
        if (job.isCancelled()) {
            rollbackOpen();
            return stopAt(i, true);
        }
        const bool wantTransaction = !mysql && step.transactional;
        if (inTransaction && !wantTransaction && !commitOpen()) {
            result.failedIndex = i - 1;
            return result;
        }
        if (wantTransaction && !inTransaction) {
            QSqlQuery begin(session->database());
            if (!begin.exec(QStringLiteral("BEGIN"))) {
                result.failedIndex = i;
                result.error = QStringLiteral("BEGIN failed: ") + statementError(begin.lastError());
                save();
                return result;
            }
            inTransaction = true;
            transactionStart = result.statements.size();
        }
        if (!send(i, step)) {
            rollbackOpen();
            return stopAt(i, false);
        }
        result.statements.last().committed = !inTransaction && changesDatabase(step.sql);
        save();
    }
    if (!commitOpen()) {
        result.failedIndex = total - 1;
        return result;
    }
    job.reportProgress(total, total, QStringLiteral("Applied"));
    result.ok = true;
    return result;
}

} // namespace parity

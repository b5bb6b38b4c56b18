#include "applier.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "introspection/inspector.h"
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

/// Asks the server, from a connection of its own, to cancel the statement
/// the apply connection is running when the user cancels; SQLite statements
/// are not interrupted (they are checked between statements).
class CancelWatch
{
public:
    CancelWatch(const ConnectionSpec &target, QString cancelSql, JobContext &job)
        : m_target(target), m_cancelSql(std::move(cancelSql)), m_job(job)
    {
        if (!m_cancelSql.isEmpty())
            m_thread = std::thread([this] { watch(); });
    }
    ~CancelWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    void setRunning(bool running) { m_running = running; }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            m_wake.wait_for(lock, std::chrono::milliseconds(100));
            if (m_done || !m_running || !m_job.isCancelled())
                continue;
            lock.unlock();
            if (auto session = DatabaseSession::open(m_target, DatabaseSession::Access::ReadWrite))
                (void)(*session)->exec(m_cancelSql);
            lock.lock();
            return; // once is enough: the statement fails with "canceling statement"
        }
    }

    ConnectionSpec m_target;
    QString m_cancelSql;
    JobContext &m_job;
    std::atomic<bool> m_running{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

/// A session setting (SQLite's PRAGMA foreign_keys, a SET) changes the
/// connection, not the database: it never "stays applied".
bool changesDatabase(const QString &sql)
{
    static const QRegularExpression setting(QStringLiteral("^\\s*(PRAGMA\\s+foreign_keys|SET\\s)"),
                                            QRegularExpression::CaseInsensitiveOption);
    return !setting.match(sql).hasMatch();
}

QString cancelStatementFor(const DatabaseSession &session)
{
    QSqlQuery query(session.database());
    switch (session.spec().kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        if (query.exec(QStringLiteral("SELECT pg_backend_pid()")) && query.next())
            return QStringLiteral("SELECT pg_cancel_backend(%1)").arg(query.value(0).toLongLong());
        break;
    case ConnectionSpec::Kind::MySQL:
        if (query.exec(QStringLiteral("SELECT CONNECTION_ID()")) && query.next())
            return QStringLiteral("KILL QUERY %1").arg(query.value(0).toLongLong());
        break;
    default:
        break;
    }
    return {};
}

QString sqlLiteral(QString text)
{
    text.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

Result<void> setTimeouts(const DatabaseSession &session, const ApplyOptions &options)
{
    QStringList statements;
    if (session.spec().kind == ConnectionSpec::Kind::PostgreSQL) {
        if (!options.runId.isEmpty())
            statements << QStringLiteral("SET application_name = %1").arg(sqlLiteral(runApplicationName(options.runId)));
        // A client that hangs (or is stopped) inside a transaction must not
        // hold its locks for ever; one that dies is noticed by the server.
        statements << QStringLiteral("SET idle_in_transaction_session_timeout = '5min'");
        if (options.lockTimeoutSeconds > 0)
            statements << QStringLiteral("SET lock_timeout = '%1s'").arg(options.lockTimeoutSeconds);
        if (options.statementTimeoutSeconds > 0)
            statements << QStringLiteral("SET statement_timeout = '%1s'").arg(options.statementTimeoutSeconds);
    } else if (session.spec().kind == ConnectionSpec::Kind::MySQL) {
        if (options.lockTimeoutSeconds > 0)
            statements << QStringLiteral("SET SESSION lock_wait_timeout = %1").arg(options.lockTimeoutSeconds);
        if (options.statementTimeoutSeconds > 0) {
            QSqlQuery query(session.database());
            const bool mariadb = query.exec(QStringLiteral("SELECT VERSION()")) && query.next()
                                 && query.value(0).toString().contains(QLatin1String("MariaDB"), Qt::CaseInsensitive);
            if (!mariadb) {
                return fail(Error::Code::Unsupported,
                            QStringLiteral("%1 is MySQL, which cannot limit how long a schema change runs "
                                           "(max_execution_time covers SELECT only): leave out the statement timeout")
                                .arg(session.spec().display()));
            }
            statements << QStringLiteral("SET SESSION max_statement_time = %1").arg(options.statementTimeoutSeconds);
        }
    }
    for (const QString &sql : statements) {
        if (auto ok = session.exec(sql); !ok)
            return ok;
    }
    return {};
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
    if (auto ok = setTimeouts(*session, options); !ok)
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
                result.cancelled = true;
                result.failedIndex = i;
                result.error = QStringLiteral("cancelled before statement %1 of %2").arg(i + 1).arg(total);
                save();
                return result;
            }
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
            if (!ran) {
                rollbackScriptTransaction();
                result.failedIndex = i;
                result.cancelled = job.isCancelled();
                result.error = result.cancelled ? QStringLiteral("cancelled during statement %1 of %2").arg(i + 1).arg(total)
                                                : QStringLiteral("statement %1 of %2 failed: %3").arg(i + 1).arg(total).arg(record.error);
                save();
                return result;
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
            result.cancelled = true;
            result.failedIndex = i;
            result.error = QStringLiteral("cancelled before statement %1 of %2").arg(i + 1).arg(total);
            save();
            return result;
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
        record.committed = ran && !inTransaction && changesDatabase(step.sql);
        if (!ran)
            record.error = statementError(query.lastError());
        query.finish();
        result.statements << record;

        if (!ran) {
            rollbackOpen();
            result.failedIndex = i;
            result.cancelled = job.isCancelled();
            result.error = result.cancelled ? QStringLiteral("cancelled during statement %1 of %2").arg(i + 1).arg(total)
                                            : QStringLiteral("statement %1 of %2 failed: %3")
                                                  .arg(i + 1)
                                                  .arg(total)
                                                  .arg(record.error);
            save();
            return result;
        }
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

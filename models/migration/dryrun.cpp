#include "dryrun.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "execution/rehearsal.h"
#include "execution/transactioncontrol.h"
#include "scriptcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <memory>

namespace parity {

namespace {

QString describeSkipped(const ScriptStatement &statement)
{
    QString sql = statement.sql.simplified();
    if (sql.size() > 120)
        sql = sql.left(117) + QStringLiteral("...");
    return QStringLiteral("Line %1: %2").arg(statement.line).arg(sql);
}

/// libpq's message ("ERROR:  relation \"x\" does not exist\nLINE 2: ...^")
/// as QPSQL passes it on, split into the message proper and the 1-based line
/// inside the statement that the server pointed at (0 when it did not).
std::pair<QString, int> messageAndLine(const QSqlError &error)
{
    const QString text = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    int lineInStatement = 0;
    static const QRegularExpression linePattern(QStringLiteral("^LINE (\\d+):"),
                                                QRegularExpression::MultilineOption);
    if (const auto match = linePattern.match(text); match.hasMatch())
        lineInStatement = match.captured(1).toInt();
    return {serverMessage(error), lineInStatement};
}

} // namespace

Result<DryRunOutcome> dryRunPostgres(const ConnectionSpec &spec, const QString &script,
                                     JobContext &job)
{
    if (spec.kind != ConnectionSpec::Kind::PostgreSQL) {
        return fail(Error::Code::Unsupported,
                    QStringLiteral("A dry run needs a PostgreSQL connection; %1 is not one")
                        .arg(spec.display()));
    }
    const QList<ScriptStatement> statements = splitPostgresScript(script);

    // Read-write: the script's DDL and DML must really run to find the
    // errors the server would raise; the rollback below undoes them.
    auto opened = DatabaseSession::open(spec, DatabaseSession::Access::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);

    if (auto ok = session->exec(QStringLiteral("BEGIN")); !ok)
        return std::unexpected(ok.error());
    // Ends the transaction however we leave: the dry run must never commit.
    // If the connection is gone the server has rolled back already.
    struct RollbackGuard
    {
        const DatabaseSession &session;
        ~RollbackGuard() { (void)session.exec(QStringLiteral("ROLLBACK")); }
    } rollback{*session};

    // A dry run must not queue behind a long lock forever (nor hold others up).
    if (auto ok = session->exec(QStringLiteral("SET LOCAL lock_timeout = '5s'")); !ok)
        return std::unexpected(ok.error());

    DryRunOutcome outcome;
    bool scriptInTransaction = false;
    const int total = int(statements.size());
    for (int i = 0; i < total; ++i) {
        const ScriptStatement &statement = statements.at(i);
        job.reportProgress(i, total,
                           QStringLiteral("Running the statement on line %1").arg(statement.line));
        if (job.isCancelled()) {
            return fail(
                Error::Code::Cancelled,
                QStringLiteral(
                    "The dry run on %1 was cancelled after %2 statement(s); it was rolled back and "
                    "nothing was changed")
                    .arg(spec.display())
                    .arg(outcome.statementsRun));
        }
        if (postgresStatementRole(statement.sql) == PostgresStatementRole::OutsideTransaction) {
            outcome.skipped << describeSkipped(statement);
            continue;
        }
        // The script's own BEGIN/COMMIT/ROLLBACK are rehearsed as savepoints
        // inside the dry run's transaction, so that what a script rolls back
        // itself is rolled back here too.
        PlanStep step;
        step.sql = statement.sql;
        step.line = statement.line;
        const TransactionStatement control = classifyTransactionStatement(Dialect::PostgreSQL, statement.sql);
        step.control = control.verb;
        step.savepoint = control.savepoint;
        QString refusal;
        const QStringList sent = rehearsedAs(Dialect::PostgreSQL, step, scriptInTransaction, refusal);
        for (const QString &sql : sent) {
            QSqlQuery query(session->database());
            query.setForwardOnly(true);
            if (step.control == ScriptTransaction::None)
                ++outcome.statementsRun;
            if (!query.exec(sql)) {
                const auto [message, lineInStatement] = messageAndLine(query.lastError());
                outcome.ok = false;
                outcome.failedLine = statement.line + std::max(lineInStatement, 1) - 1;
                outcome.error = message;
                return outcome;
            }
        }
    }
    job.reportProgress(total, total, QStringLiteral("Rolling back"));
    outcome.ok = true;
    return outcome;
}

} // namespace parity

#include "dryrun.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "scriptcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <pg_query.h>

#include <algorithm>
#include <memory>

namespace parity {

namespace {

enum class StatementRole {
    Run,                ///< send it
    TransactionControl, ///< the script's BEGIN/COMMIT/ROLLBACK: the dry run owns the transaction
    OutsideTransaction, ///< refused inside a transaction block: list it, do not send it
};

/// The statement's top-level node as libpg_query prints it
/// ({"stmts":[{"stmt":{"IndexStmt":{...}}}]}), or an empty name when it does
/// not parse (then the server will say why).
std::pair<QString, QJsonObject> topLevelNode(const QString &sql)
{
    const QByteArray utf8 = sql.toUtf8();
    const PgQueryParseResult result = pg_query_parse(utf8.constData());
    std::pair<QString, QJsonObject> node;
    if (!result.error && result.parse_tree) {
        const QJsonArray stmts = QJsonDocument::fromJson(QByteArray(result.parse_tree))
                                     .object()
                                     .value(QLatin1String("stmts"))
                                     .toArray();
        if (stmts.size() == 1) {
            const QJsonObject stmt =
                stmts.first().toObject().value(QLatin1String("stmt")).toObject();
            if (!stmt.isEmpty()) {
                node.first = stmt.constBegin().key();
                node.second = stmt.constBegin().value().toObject();
            }
        }
    }
    pg_query_free_parse_result(result);
    return node;
}

bool hasDefElem(const QJsonObject &node, const QString &list, const QString &name)
{
    const QJsonArray items = node.value(list).toArray();
    for (const QJsonValue &item : items) {
        if (item.toObject()
                .value(QLatin1String("DefElem"))
                .toObject()
                .value(QLatin1String("defname"))
                .toString()
            == name)
            return true;
    }
    return false;
}

/// Mirrors the statements that call PreventInTransactionBlock() in
/// PostgreSQL 12-17, as far as the statement's text tells.
StatementRole roleOf(const QString &sql)
{
    const auto [name, node] = topLevelNode(sql);
    auto flag = [&node](const char *key) {
        return node.value(QLatin1String(key)).toBool();
    };
    auto text = [&node](const char *key) {
        return node.value(QLatin1String(key)).toString();
    };

    if (name == QLatin1String("TransactionStmt")) {
        const QString kind = text("kind");
        if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START")
            || kind == QLatin1String("TRANS_STMT_COMMIT")
            || kind == QLatin1String("TRANS_STMT_ROLLBACK"))
            return StatementRole::TransactionControl;
        if (kind == QLatin1String("TRANS_STMT_PREPARE")
            || kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED")
            || kind == QLatin1String("TRANS_STMT_ROLLBACK_PREPARED"))
            return StatementRole::OutsideTransaction;
        return StatementRole::Run; // SAVEPOINT, RELEASE, ROLLBACK TO work inside ours
    }
    if (name == QLatin1String("IndexStmt") || name == QLatin1String("DropStmt"))
        return flag("concurrent") ? StatementRole::OutsideTransaction : StatementRole::Run;
    if (name == QLatin1String("ReindexStmt")) {
        const QString kind = text("kind");
        if (hasDefElem(node, QStringLiteral("params"), QStringLiteral("concurrently"))
            || kind == QLatin1String("REINDEX_OBJECT_SYSTEM")
            || kind == QLatin1String("REINDEX_OBJECT_DATABASE"))
            return StatementRole::OutsideTransaction;
        return StatementRole::Run;
    }
    if (name
        == QLatin1String("VacuumStmt")) // ANALYZE alone may run in a transaction; VACUUM may not
        return flag("is_vacuumcmd") ? StatementRole::OutsideTransaction : StatementRole::Run;
    if (name == QLatin1String("ClusterStmt")) // CLUSTER with no table reclusters the database
        return node.contains(QLatin1String("relation")) ? StatementRole::Run
                                                        : StatementRole::OutsideTransaction;
    if (name == QLatin1String("AlterDatabaseStmt"))
        return hasDefElem(node, QStringLiteral("options"), QStringLiteral("tablespace"))
                   ? StatementRole::OutsideTransaction
                   : StatementRole::Run;
    if (name == QLatin1String("DiscardStmt"))
        return text("target") == QLatin1String("DISCARD_ALL") ? StatementRole::OutsideTransaction
                                                              : StatementRole::Run;
    if (name == QLatin1String("CreatedbStmt") || name == QLatin1String("DropdbStmt")
        || name == QLatin1String("AlterSystemStmt") || name == QLatin1String("CreateTableSpaceStmt")
        || name == QLatin1String("DropTableSpaceStmt")
        || name == QLatin1String("CreateSubscriptionStmt")
        || name == QLatin1String("DropSubscriptionStmt"))
        return StatementRole::OutsideTransaction;
    return StatementRole::Run;
}

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
std::pair<QString, int> serverMessage(const QSqlError &error)
{
    QString text = error.databaseText();
    if (text.isEmpty())
        text = error.text();
    int lineInStatement = 0;
    static const QRegularExpression linePattern(QStringLiteral("^LINE (\\d+):"),
                                                QRegularExpression::MultilineOption);
    if (const auto match = linePattern.match(text); match.hasMatch())
        lineInStatement = match.captured(1).toInt();

    QString first = text.section(QLatin1Char('\n'), 0, 0).trimmed();
    static const QRegularExpression severity(QStringLiteral("^(ERROR|FATAL|PANIC):\\s*"));
    first.remove(severity);
    // QPSQL appends "(SQLSTATE)" to the last line: the first one when there is no LINE part.
    static const QRegularExpression sqlState(QStringLiteral("\\s*\\([0-9A-Z]{5}\\)$"));
    first.remove(sqlState);
    if (first.isEmpty())
        first = error.text().simplified();
    return {first, lineInStatement};
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
        switch (roleOf(statement.sql)) {
        case StatementRole::TransactionControl:
            continue;
        case StatementRole::OutsideTransaction:
            outcome.skipped << describeSkipped(statement);
            continue;
        case StatementRole::Run:
            break;
        }
        QSqlQuery query(session->database());
        query.setForwardOnly(true);
        ++outcome.statementsRun;
        if (!query.exec(statement.sql)) {
            const auto [message, lineInStatement] = serverMessage(query.lastError());
            outcome.ok = false;
            outcome.failedLine = statement.line + std::max(lineInStatement, 1) - 1;
            outcome.error = message;
            return outcome;
        }
    }
    job.reportProgress(total, total, QStringLiteral("Rolling back"));
    outcome.ok = true;
    return outcome;
}

} // namespace parity

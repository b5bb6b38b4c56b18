#include "runcheck.h"

#include "applier.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "runstore.h"
#include "schema/snapshot.h"

#include <QSqlQuery>

namespace parity {

namespace {

// The run's applying session, and its rehearsal's ("parity run <id> rehearsal").
constexpr QLatin1StringView kSessionsSql(
    "SELECT pid, application_name, state, coalesce(extract(epoch FROM now() - query_start)::bigint, 0), query "
    "FROM pg_stat_activity WHERE (application_name = ? OR starts_with(application_name, ?)) "
    "AND pid <> pg_backend_pid() ORDER BY pid");

} // namespace

Result<TargetStateCheck> checkRunLeftState(const RunStore &store, RunRecord &run, const ConnectionSpec &target,
                                           JobContext &job)
{
    if (run.kind != QLatin1String("apply")) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Run %1 is a rollback: check the apply run it undoes").arg(run.id));
    }
    auto snapshot = store.readFile(run.id, QStringLiteral("from.parity.json"));
    if (!snapshot)
        return std::unexpected(snapshot.error());
    auto before = snapshotFromJson(*snapshot, store.folder(run.id) + QStringLiteral("/from.parity.json"));
    if (!before)
        return std::unexpected(before.error());
    RowChecksums rows;
    if (auto json = store.readFile(run.id, QStringLiteral("from.rows.json")); json) {
        auto read = rowChecksumsFromJson(*json);
        if (!read)
            return std::unexpected(read.error());
        rows = std::move(*read);
    }
    const TargetStateCheck check = checkTargetState(target, *before, rows, DiffOptions{}, job);
    if (run.outcome == RunOutcome::Interrupted) {
        run.stateMeasured = check.measured;
        run.stateDifferences = check.differences;
        run.stateError = check.error;
        run.cleanup = check.cleanup;
        if (auto saved = store.save(run); !saved)
            return std::unexpected(saved.error());
    }
    return check;
}

Result<QStringList> leftoverSessions(const ConnectionSpec &target, const QString &runId)
{
    if (target.kind != ConnectionSpec::Kind::PostgreSQL)
        return QStringList{};
    auto opened = DatabaseSession::open(target, DatabaseSession::Access::ReadOnly);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    QSqlQuery query(session->database());
    query.prepare(QString(kSessionsSql));
    query.addBindValue(runApplicationName(runId));
    query.addBindValue(QString(runApplicationName(runId) + QLatin1Char(' ')));
    if (!query.exec())
        return std::unexpected(session->queryError(query, QStringLiteral("looking for the sessions of run %1").arg(runId)));
    QStringList lines;
    while (query.next()) {
        lines << QStringLiteral("pid %1 (%2), %3 for %4 s: %5")
                     .arg(query.value(0).toLongLong())
                     .arg(query.value(1).toString(), query.value(2).toString())
                     .arg(query.value(3).toLongLong())
                     .arg(query.value(4).toString().simplified().left(120));
    }
    return lines;
}

Result<int> endLeftoverSessions(const ConnectionSpec &target, const QString &runId)
{
    if (target.kind != ConnectionSpec::Kind::PostgreSQL)
        return 0;
    auto opened = DatabaseSession::open(target, DatabaseSession::Access::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    QSqlQuery query(session->database());
    query.prepare(QStringLiteral("SELECT count(*) FILTER (WHERE pg_terminate_backend(pid)) FROM pg_stat_activity "
                                 "WHERE (application_name = ? OR starts_with(application_name, ?)) "
                                 "AND pid <> pg_backend_pid()"));
    query.addBindValue(runApplicationName(runId));
    query.addBindValue(QString(runApplicationName(runId) + QLatin1Char(' ')));
    if (!query.exec() || !query.next())
        return std::unexpected(session->queryError(query, QStringLiteral("ending the sessions of run %1").arg(runId)));
    return query.value(0).toInt();
}

} // namespace parity

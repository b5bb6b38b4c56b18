#include "audittable.h"

#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "migration/sqlgenerator.h"
#include "runrecord.h"
#include "schema/catalog.h"

#include <QSqlQuery>

namespace parity {

Result<void> writeAuditRow(const ConnectionSpec &target, const RunRecord &record)
{
    auto opened = DatabaseSession::open(target, DatabaseSession::Access::ReadWrite);
    if (!opened)
        return std::unexpected(opened.error());
    const std::unique_ptr<DatabaseSession> session = std::move(*opened);
    const auto generator = SqlGenerator::create(record.dialect);
    const QString table = generator->quoteIdentifier(kAuditTableName.toString());
    auto column = [&](const char *name) { return generator->quoteIdentifier(QLatin1String(name)); };

    const QString create = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS %1 (%2 VARCHAR(64) NOT NULL PRIMARY KEY, %3 VARCHAR(16) NOT NULL, "
        "%4 VARCHAR(64), %5 VARCHAR(32) NOT NULL, %6 VARCHAR(32), %7 VARCHAR(255), %8 VARCHAR(255), "
        "%9 VARCHAR(32) NOT NULL, %10 VARCHAR(80), %11 INTEGER, %12 INTEGER, %13 VARCHAR(1000), %14 VARCHAR(32))")
                               .arg(table, column("run_id"), column("kind"), column("rolls_back"),
                                    column("started_at"), column("finished_at"), column("os_user"),
                                    column("host"), column("outcome"), column("plan_hash"))
                               .arg(column("statements_total"), column("statements_committed"),
                                    column("backup_path"), column("parity_version"));
    if (auto ok = session->exec(create); !ok)
        return ok;

    QSqlQuery insert(session->database());
    insert.prepare(QStringLiteral("INSERT INTO %1 (%2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13, %14) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                       .arg(table, column("run_id"), column("kind"), column("rolls_back"), column("started_at"),
                            column("finished_at"), column("os_user"), column("host"), column("outcome"))
                       .arg(column("plan_hash"), column("statements_total"), column("statements_committed"),
                            column("backup_path"), column("parity_version")));
    const QString iso = QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ");
    insert.addBindValue(record.id);
    insert.addBindValue(record.kind);
    insert.addBindValue(record.rollsBack);
    insert.addBindValue(record.startedAt.toUTC().toString(iso));
    insert.addBindValue(record.finishedAt.isValid() ? record.finishedAt.toUTC().toString(iso) : QString());
    insert.addBindValue(record.user);
    insert.addBindValue(record.host);
    insert.addBindValue(runOutcomeKey(record.outcome));
    insert.addBindValue(record.planHash);
    insert.addBindValue(record.statementsTotal);
    insert.addBindValue(int(record.committedStatements().size()));
    insert.addBindValue(record.backupPath.left(1000));
    insert.addBindValue(record.parityVersion);
    if (!insert.exec())
        return std::unexpected(session->queryError(insert, QStringLiteral("Writing the audit row to %1").arg(kAuditTableName)));
    return {};
}

void withoutAuditTable(Catalog &catalog)
{
    for (Schema &schema : catalog.schemas) {
        schema.tables.removeIf([](const Table &table) {
            return table.name.compare(kAuditTableName, Qt::CaseInsensitive) == 0;
        });
    }
}

} // namespace parity

#pragma once

#include "common/error.h"
#include "common/jobcontext.h"
#include "history/migrationhistory.h"

#include <QList>

namespace parity {

class DatabaseSession;
struct ConnectionSpec;

/// Finds the bookkeeping tables of every framework in migrationhistory.h in
/// the session's database (PostgreSQL: every schema but the system ones;
/// MySQL/MariaDB: the current database; SQLite: main) and reads each in the
/// shape its framework writes it. Tables whose columns do not fit any known
/// shape are left out, not guessed at. Read-only; runs on the caller's thread.
[[nodiscard]] Result<QList<HistoryTable>> readMigrationHistory(const DatabaseSession &session, JobContext &job);
[[nodiscard]] Result<QList<HistoryTable>> readMigrationHistory(const DatabaseSession &session);

/// Opens a read-only session for `spec` (a live database: a snapshot or an
/// unresolved profile is refused with Error::Code::Unsupported) and reads
/// its history, named `name` (empty: the spec's database name).
[[nodiscard]] Result<EnvironmentHistory> readEnvironmentHistory(const ConnectionSpec &spec, const QString &name,
                                                                JobContext &job);
[[nodiscard]] Result<EnvironmentHistory> readEnvironmentHistory(const ConnectionSpec &spec, const QString &name);

} // namespace parity

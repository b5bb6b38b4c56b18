#pragma once

#include "common/error.h"

#include <QSqlDatabase>

namespace parity::mysql {

/// Holds a connection in one read-only transaction with a consistent
/// snapshot for as long as it lives, so that every catalog query (and the
/// row counts) sees one state of the database and nothing can be written.
///
/// The session's read-only characteristic is set for the duration and put
/// back afterwards: a session that was read-write before introspection is
/// read-write again after it, one that was read-only stays so. When the old
/// value cannot be read, the session is left read-only (the safe side).
class MysqlReadOnlySnapshot
{
public:
    explicit MysqlReadOnlySnapshot(const QSqlDatabase &db);
    ~MysqlReadOnlySnapshot();
    MysqlReadOnlySnapshot(const MysqlReadOnlySnapshot &) = delete;
    MysqlReadOnlySnapshot &operator=(const MysqlReadOnlySnapshot &) = delete;

    [[nodiscard]] Result<void> begin();
    /// Rolls back and restores the session; safe to call more than once.
    void end();

private:
    QSqlDatabase m_db;
    bool m_open = false;
    bool m_restoreReadWrite = false;
};

} // namespace parity::mysql

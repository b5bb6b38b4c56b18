#pragma once

class QSqlDatabase;

namespace parity {

/// Holds one read transaction on a SQLite connection for as long as it
/// lives, so that a catalog read in several queries sees one state of the
/// file even while another process writes to it. Ends it on every path out.
class SqliteReadTransaction
{
public:
    explicit SqliteReadTransaction(QSqlDatabase &db);
    ~SqliteReadTransaction();
    SqliteReadTransaction(const SqliteReadTransaction &) = delete;
    SqliteReadTransaction &operator=(const SqliteReadTransaction &) = delete;

    /// If the caller already holds a transaction on this connection, BEGIN
    /// fails and the read goes on inside the caller's, which is as consistent.
    void begin();
    /// Ends the transaction; nothing was written, so this only releases the lock.
    void commit();

private:
    QSqlDatabase &m_db;
    bool m_active = false;
};

} // namespace parity

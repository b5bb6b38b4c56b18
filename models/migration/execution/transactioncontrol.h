#pragma once

#include "migration/migrationplan.h"
#include "schema/dialect.h"

#include <QList>
#include <QString>

#include <optional>

namespace parity {

/// What one statement does to the session's transaction, by the dialect's
/// own grammar: libpg_query for PostgreSQL, the statement's leading words
/// (after comments, in any letter case) for SQLite and MySQL/MariaDB.
struct TransactionStatement
{
    ScriptTransaction verb = ScriptTransaction::None;
    QString savepoint; ///< for Savepoint, Release and RollbackTo
    /// Not empty: transaction control that Parity does not run (COMMIT AND
    /// CHAIN, PREPARE TRANSACTION, XA, SET autocommit …), and why.
    QString unsupported;
};

[[nodiscard]] TransactionStatement classifyTransactionStatement(Dialect dialect, const QString &sql);

/// MySQL/MariaDB: the statement commits an open transaction before it runs
/// (schema changes, LOCK TABLES, GRANT …), as the server documents for
/// "statements that cause an implicit commit".
[[nodiscard]] bool mysqlCommitsImplicitly(const QString &sql);

/// MySQL/MariaDB, where a script cannot be rehearsed: why the statement
/// loses data by its kind (DROP TABLE, TRUNCATE, DELETE, UPDATE, REPLACE,
/// ALTER TABLE … DROP column or partition, MODIFY/CHANGE a column); empty
/// when its kind loses none.
[[nodiscard]] QString mysqlDataLossByKind(const QString &sql);

/// A comment, quoted text or dollar-quoted body that a script opens and
/// never closes: everything after it would be swallowed.
struct UnclosedText
{
    int line = 0;  ///< 1-based line where it opens
    QString what;  ///< "a /* comment", "a '…' string" …
};

/// The first unclosed comment, quote or dollar-quoted body of `script` in
/// the dialect's lexical rules; nullopt when everything is closed.
[[nodiscard]] std::optional<UnclosedText> findUnclosedText(Dialect dialect, const QString &script);

/// Follows a session's transaction through a script's statements, by the
/// dialect's rules, to tell which statements' effects are committed: the
/// script's BEGIN/COMMIT/ROLLBACK/SAVEPOINT, a statement outside any
/// transaction (auto-committed), and MySQL's implicit commits.
class TransactionTracker
{
public:
    explicit TransactionTracker(Dialect dialect) : m_dialect(dialect) {}

    /// Step `index` ran without error. Returns the indexes of the statements
    /// whose effects this made permanent (it may be one of them).
    QList<int> ran(int index, const PlanStep &step);

    bool inTransaction() const { return m_inTransaction; }
    /// Index of the step that opened the transaction that is open now.
    int openedBy() const { return m_openedBy; }

private:
    QList<int> commitPending();
    qsizetype findSavepoint(const QString &name) const;

    Dialect m_dialect;
    bool m_inTransaction = false;
    bool m_openedBySavepoint = false; ///< SQLite: a SAVEPOINT outside a transaction opened it
    int m_openedBy = -1;
    QList<int> m_pending;             ///< statements run in the open transaction
    QList<std::pair<QString, qsizetype>> m_savepoints; ///< name, pending size when set
};

} // namespace parity

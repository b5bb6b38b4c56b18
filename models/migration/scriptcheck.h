#pragma once

#include <QList>
#include <QString>

namespace parity {

/// One thing wrong with a script, where a person can find it: 1-based line
/// and 1-based column counted in characters of the script text (QString
/// positions, as an editor shows them).
struct ScriptProblem
{
    int line = 0;
    int column = 0;
    QString message;

    bool operator==(const ScriptProblem &) const = default;
};

/// One top-level statement of a script, without its terminating ';', and the
/// 1-based line on which its first token stands.
struct ScriptStatement
{
    QString sql;
    int line = 0;

    bool operator==(const ScriptStatement &) const = default;
};

/// Checks a PostgreSQL script with PostgreSQL's own grammar (libpg_query),
/// without a server: syntax only, so an unknown table is not a problem here.
/// psql meta-command lines (\set, \connect, \restrict ...) are ignored. Empty
/// when the script parses; otherwise the first syntax error (the parser
/// stops there). Safe to call from any thread.
[[nodiscard]] QList<ScriptProblem> checkPostgresScript(const QString &script);

/// Splits a PostgreSQL script into its top-level statements, as psql would
/// send them: ';' inside strings, quoted identifiers, comments and
/// dollar-quoted bodies does not end a statement. psql meta-command lines are
/// left out. A script that does not parse is still split, at each ';'
/// outside quotes, comments and parentheses, as psql does.
/// Safe to call from any thread.
[[nodiscard]] QList<ScriptStatement> splitPostgresScript(const QString &script);

/// The script with every psql meta-command (a line whose first non-blank
/// character is a backslash, outside any string, comment or dollar-quoted
/// body) replaced by spaces, so that every other character keeps its position.
[[nodiscard]] QString blankPsqlMetaCommands(const QString &script);

/// How a PostgreSQL statement must be sent, as far as its text tells.
enum class PostgresStatementRole {
    Run,                ///< runs inside a transaction block
    TransactionControl, ///< BEGIN / COMMIT / ROLLBACK: whoever runs the script owns the transaction
    OutsideTransaction, ///< refused inside a transaction block (CREATE INDEX CONCURRENTLY, VACUUM …)
};

/// Mirrors the statements that call PreventInTransactionBlock() in
/// PostgreSQL 12-17. Safe to call from any thread.
PostgresStatementRole postgresStatementRole(const QString &sql);

/// A PostgreSQL transaction statement as the server's grammar reads it.
struct PostgresTransactionStmt
{
    bool parsed = false; ///< the statement parsed (as one statement)
    QString kind;        ///< "TRANS_STMT_BEGIN", "TRANS_STMT_COMMIT" …; empty: not a TransactionStmt
    QString savepoint;   ///< the savepoint's name as the server folds it
    bool chain = false;  ///< COMMIT / ROLLBACK AND CHAIN
};

/// Reads `sql` (one statement) with libpg_query. Safe to call from any thread.
PostgresTransactionStmt postgresTransactionStmt(const QString &sql);

} // namespace parity

#include "transactioncontrol.h"

#include "migration/scriptcheck.h"

#include <QRegularExpression>

namespace parity {

namespace {

bool isWordStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_');
}

bool isWordPart(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('$');
}

/// A word of a statement's head: the text, and whether it was quoted (a
/// quoted name keeps its letter case).
struct Word
{
    QString text;
    bool quoted = false;
    bool is(QLatin1StringView keyword) const { return !quoted && text.compare(keyword, Qt::CaseInsensitive) == 0; }
};

/// The first `limit` words of `sql` after blanks and comments (-- and /* */
/// everywhere, # too for MySQL), quoted names included; stops at anything
/// else. Enough to tell a transaction statement from the rest.
QList<Word> leadingWords(Dialect dialect, const QString &sql, int limit)
{
    QList<Word> words;
    const qsizetype n = sql.size();
    qsizetype i = 0;
    while (i < n && words.size() < limit) {
        const QChar c = sql.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('-') && i + 1 < n && sql.at(i + 1) == QLatin1Char('-')) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('#') && dialect == Dialect::MySQL) {
            while (i < n && sql.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && sql.at(i + 1) == QLatin1Char('*')) {
            if (dialect == Dialect::MySQL && i + 2 < n && sql.at(i + 2) == QLatin1Char('!')) {
                // MySQL runs the text of /*!…*/ (optionally after a version number).
                i += 3;
                while (i < n && sql.at(i).isDigit())
                    ++i;
                continue;
            }
            const qsizetype close = sql.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
        } else if (c == QLatin1Char('*') && dialect == Dialect::MySQL && i + 1 < n && sql.at(i + 1) == QLatin1Char('/')) {
            i += 2; // the end of a /*! … */
        } else if (isWordStart(c)) {
            const qsizetype start = i;
            while (i < n && isWordPart(sql.at(i)))
                ++i;
            words.append({sql.mid(start, i - start), false});
        } else if (c == QLatin1Char('"') || c == QLatin1Char('`') || (c == QLatin1Char('[') && dialect == Dialect::SQLite)) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            QString name;
            ++i;
            while (i < n) {
                if (sql.at(i) == close) {
                    if (close != QLatin1Char(']') && i + 1 < n && sql.at(i + 1) == close) {
                        name += close;
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                name += sql.at(i++);
            }
            words.append({name, true});
        } else {
            break;
        }
    }
    return words;
}

QString savepointAfter(const QList<Word> &words, qsizetype from)
{
    for (qsizetype i = from; i < words.size(); ++i) {
        if (!words.at(i).is(QLatin1StringView("SAVEPOINT")) || words.at(i).quoted)
            return words.at(i).text;
    }
    return {};
}

TransactionStatement classifyPostgres(const QString &sql)
{
    TransactionStatement result;
    const PostgresTransactionStmt stmt = postgresTransactionStmt(sql);
    if (!stmt.parsed) {
        // The server will refuse what its own grammar cannot read; what
        // cannot be a transaction statement is none.
        return result;
    }
    const QString &kind = stmt.kind;
    result.savepoint = stmt.savepoint;
    if (kind.isEmpty())
        return result;
    if (kind == QLatin1String("TRANS_STMT_BEGIN") || kind == QLatin1String("TRANS_STMT_START")) {
        result.verb = ScriptTransaction::Begin;
    } else if (kind == QLatin1String("TRANS_STMT_COMMIT")) {
        result.verb = ScriptTransaction::Commit;
        if (stmt.chain)
            result.unsupported = QStringLiteral("COMMIT AND CHAIN starts a new transaction Parity cannot follow");
    } else if (kind == QLatin1String("TRANS_STMT_ROLLBACK")) {
        result.verb = ScriptTransaction::Rollback;
        if (stmt.chain)
            result.unsupported = QStringLiteral("ROLLBACK AND CHAIN starts a new transaction Parity cannot follow");
    } else if (kind == QLatin1String("TRANS_STMT_SAVEPOINT")) {
        result.verb = ScriptTransaction::Savepoint;
    } else if (kind == QLatin1String("TRANS_STMT_RELEASE")) {
        result.verb = ScriptTransaction::Release;
    } else if (kind == QLatin1String("TRANS_STMT_ROLLBACK_TO")) {
        result.verb = ScriptTransaction::RollbackTo;
    } else {
        result.unsupported = QStringLiteral("two-phase commit (PREPARE TRANSACTION, COMMIT PREPARED) is not something "
                                            "a migration script can leave to Parity");
    }
    return result;
}

/// The savepoint statements SQLite and MySQL spell alike: ROLLBACK [TO
/// [SAVEPOINT] name], SAVEPOINT name, RELEASE [SAVEPOINT] name. False when
/// `w` is none of them.
bool readSavepointStatement(const QList<Word> &w, TransactionStatement &result)
{
    const Word &head = w.first();
    if (head.is(QLatin1StringView("ROLLBACK"))) {
        const auto to = std::ranges::find_if(w, [](const Word &x) { return x.is(QLatin1StringView("TO")); });
        if (to == w.end()) {
            result.verb = ScriptTransaction::Rollback;
        } else {
            result.verb = ScriptTransaction::RollbackTo;
            result.savepoint = savepointAfter(w, std::distance(w.begin(), to) + 1);
        }
    } else if (head.is(QLatin1StringView("SAVEPOINT")) && w.size() > 1) {
        result.verb = ScriptTransaction::Savepoint;
        result.savepoint = w.at(1).text;
    } else if (head.is(QLatin1StringView("RELEASE"))) {
        result.verb = ScriptTransaction::Release;
        result.savepoint = savepointAfter(w, 1);
    } else {
        return false;
    }
    return true;
}

TransactionStatement classifySqlite(const QString &sql)
{
    TransactionStatement result;
    const QList<Word> w = leadingWords(Dialect::SQLite, sql, 6);
    if (w.isEmpty() || w.first().quoted)
        return result;
    const Word &head = w.first();
    if (head.is(QLatin1StringView("BEGIN"))) {
        result.verb = ScriptTransaction::Begin;
    } else if (head.is(QLatin1StringView("COMMIT")) || head.is(QLatin1StringView("END"))) {
        result.verb = ScriptTransaction::Commit;
    } else {
        readSavepointStatement(w, result);
    }
    return result;
}

TransactionStatement classifyMysql(const QString &sql)
{
    TransactionStatement result;
    const QList<Word> w = leadingWords(Dialect::MySQL, sql, 8);
    if (w.isEmpty() || w.first().quoted)
        return result;
    const Word &head = w.first();
    auto chainOrRelease = [&] {
        // AND CHAIN / RELEASE, but not AND NO CHAIN / NO RELEASE
        for (qsizetype i = 1; i < w.size(); ++i) {
            if ((w.at(i).is(QLatin1StringView("CHAIN")) || w.at(i).is(QLatin1StringView("RELEASE")))
                && !w.at(i - 1).is(QLatin1StringView("NO")))
                return true;
        }
        return false;
    };
    if (head.is(QLatin1StringView("BEGIN"))) {
        if (w.size() > 1 && w.at(1).is(QLatin1StringView("NOT")))
            return result; // BEGIN NOT ATOMIC: a compound statement, not a transaction
        result.verb = ScriptTransaction::Begin;
    } else if (head.is(QLatin1StringView("START")) && w.size() > 1 && w.at(1).is(QLatin1StringView("TRANSACTION"))) {
        result.verb = ScriptTransaction::Begin;
    } else if (head.is(QLatin1StringView("COMMIT"))) {
        result.verb = ScriptTransaction::Commit;
        if (chainOrRelease())
            result.unsupported = QStringLiteral("COMMIT AND CHAIN or RELEASE changes the session in a way Parity cannot follow");
    } else if (readSavepointStatement(w, result)) {
        if (result.verb == ScriptTransaction::Rollback && chainOrRelease())
            result.unsupported = QStringLiteral("ROLLBACK AND CHAIN or RELEASE changes the session in a way Parity cannot follow");
    } else if (head.is(QLatin1StringView("XA"))) {
        result.unsupported = QStringLiteral("XA transactions are not something a migration script can leave to Parity");
    } else if (head.is(QLatin1StringView("SET"))) {
        static const QRegularExpression autocommit(QStringLiteral("\\bautocommit\\b"), QRegularExpression::CaseInsensitiveOption);
        if (autocommit.match(sql).hasMatch())
            result.unsupported = QStringLiteral("SET autocommit changes when the server commits, which Parity must know");
    }
    return result;
}

} // namespace

TransactionStatement classifyTransactionStatement(Dialect dialect, const QString &sql)
{
    switch (dialect) {
    case Dialect::PostgreSQL:
        return classifyPostgres(sql);
    case Dialect::SQLite:
        return classifySqlite(sql);
    case Dialect::MySQL:
        return classifyMysql(sql);
    }
    return {};
}

bool mysqlCommitsImplicitly(const QString &sql)
{
    const QList<Word> w = leadingWords(Dialect::MySQL, sql, 3);
    if (w.isEmpty() || w.first().quoted)
        return false;
    const Word &head = w.first();
    const bool temporary = w.size() > 1 && w.at(1).is(QLatin1StringView("TEMPORARY"));
    if (head.is(QLatin1StringView("CREATE")) || head.is(QLatin1StringView("DROP")))
        return !temporary;
    static const char *const committing[] = {"ALTER", "RENAME", "TRUNCATE", "LOCK", "UNLOCK", "GRANT",
                                             "REVOKE", "ANALYZE", "OPTIMIZE", "REPAIR", "FLUSH", "INSTALL",
                                             "UNINSTALL", "CACHE", "LOAD"};
    for (const char *keyword : committing) {
        if (head.is(QLatin1StringView(keyword))) {
            // LOAD DATA is a data statement; LOAD INDEX commits.
            return !(head.is(QLatin1StringView("LOAD")) && w.size() > 1 && w.at(1).is(QLatin1StringView("DATA")));
        }
    }
    return false;
}

QString mysqlDataLossByKind(const QString &sql)
{
    const QList<Word> w = leadingWords(Dialect::MySQL, sql, 3);
    if (w.isEmpty() || w.first().quoted)
        return {};
    const Word &head = w.first();
    const QString second = w.size() > 1 ? w.at(1).text.toUpper() : QString();
    if (head.is(QLatin1StringView("DROP"))
        && (second == QLatin1String("TABLE") || second == QLatin1String("DATABASE") || second == QLatin1String("SCHEMA")))
        return QStringLiteral("drops a %1 with its rows").arg(second.toLower());
    if (head.is(QLatin1StringView("TRUNCATE")))
        return QStringLiteral("empties a table");
    if (head.is(QLatin1StringView("DELETE")))
        return QStringLiteral("deletes rows");
    if (head.is(QLatin1StringView("UPDATE")))
        return QStringLiteral("overwrites values in rows");
    if (head.is(QLatin1StringView("REPLACE")))
        return QStringLiteral("replaces rows");
    if (head.is(QLatin1StringView("ALTER")) && second == QLatin1String("TABLE")) {
        static const QRegularExpression dropColumn(
            QStringLiteral("\\bDROP\\s+(?!(INDEX|KEY|FOREIGN|PRIMARY|CONSTRAINT|CHECK|UNIQUE|FULLTEXT|SPATIAL|PERIOD)\\b)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression changeColumn(QStringLiteral("\\b(MODIFY|CHANGE)\\b"),
                                                     QRegularExpression::CaseInsensitiveOption);
        if (dropColumn.match(sql).hasMatch())
            return QStringLiteral("drops a column or partition with its values");
        if (changeColumn.match(sql).hasMatch())
            return QStringLiteral("changes a column's definition: values that do not fit are cut or lost");
    }
    return {};
}

std::optional<UnclosedText> findUnclosedText(Dialect dialect, const QString &input)
{
    const QString text = dialect == Dialect::PostgreSQL ? blankPsqlMetaCommands(input) : input;
    const qsizetype n = text.size();
    auto lineAt = [&text](qsizetype offset) { return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1; };
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        const qsizetype start = i;
        if (c == QLatin1Char('-') && i + 1 < n && text.at(i + 1) == QLatin1Char('-')) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('#') && dialect == Dialect::MySQL) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            // PostgreSQL nests block comments; SQLite and MySQL do not.
            int depth = 1;
            i += 2;
            while (i < n && depth > 0) {
                if (text.at(i) == QLatin1Char('*') && i + 1 < n && text.at(i + 1) == QLatin1Char('/')) {
                    --depth;
                    i += 2;
                } else if (dialect == Dialect::PostgreSQL && text.at(i) == QLatin1Char('/') && i + 1 < n
                           && text.at(i + 1) == QLatin1Char('*')) {
                    ++depth;
                    i += 2;
                } else {
                    ++i;
                }
            }
            if (depth > 0)
                return UnclosedText{lineAt(start), QStringLiteral("a /* comment")};
        } else if (c == QLatin1Char('\'') || c == QLatin1Char('"') || (c == QLatin1Char('`') && dialect != Dialect::PostgreSQL)
                   || (c == QLatin1Char('[') && dialect == Dialect::SQLite)) {
            const QChar close = c == QLatin1Char('[') ? QLatin1Char(']') : c;
            // Backslash escapes: MySQL strings, PostgreSQL E'…' strings.
            const bool escapes = (dialect == Dialect::MySQL && c != QLatin1Char('`'))
                                 || (dialect == Dialect::PostgreSQL && c == QLatin1Char('\'') && i > 0
                                     && (text.at(i - 1) == QLatin1Char('E') || text.at(i - 1) == QLatin1Char('e'))
                                     && (i < 2 || !isWordPart(text.at(i - 2))));
            ++i;
            bool closed = false;
            while (i < n) {
                const QChar d = text.at(i);
                if (escapes && d == QLatin1Char('\\')) {
                    i += 2;
                } else if (d == close) {
                    if (close != QLatin1Char(']') && i + 1 < n && text.at(i + 1) == close) {
                        i += 2;
                    } else {
                        ++i;
                        closed = true;
                        break;
                    }
                } else {
                    ++i;
                }
            }
            if (!closed) {
                const QString what = c == QLatin1Char('\'') ? QStringLiteral("a '…' string")
                                     : c == QLatin1Char('[') ? QStringLiteral("a […] name")
                                                             : QStringLiteral("a %1…%1 name").arg(c);
                return UnclosedText{lineAt(start), what};
            }
        } else if (c == QLatin1Char('$') && dialect == Dialect::PostgreSQL && (i == 0 || !isWordPart(text.at(i - 1)))) {
            qsizetype j = i + 1;
            while (j < n && (isWordPart(text.at(j)) && text.at(j) != QLatin1Char('$')))
                ++j;
            const QString tag = text.mid(i, j - i + 1);
            const bool validTag = j < n && text.at(j) == QLatin1Char('$') && (tag.size() == 2 || !text.at(i + 1).isDigit());
            if (!validTag) {
                ++i;
                continue;
            }
            const qsizetype close = text.indexOf(tag, j + 1);
            if (close < 0)
                return UnclosedText{lineAt(start), QStringLiteral("a %1…%1 body").arg(tag)};
            i = close + tag.size();
        } else if (isWordStart(c)) {
            while (i < n && isWordPart(text.at(i)) && !(dialect == Dialect::PostgreSQL && text.at(i) == QLatin1Char('$')))
                ++i;
            // A word ending in E starts an E'…' string: leave the quote for the branch above.
        } else {
            ++i;
        }
    }
    return std::nullopt;
}

QList<int> TransactionTracker::commitPending()
{
    QList<int> committed = m_pending;
    m_pending.clear();
    m_savepoints.clear();
    m_inTransaction = false;
    m_openedBySavepoint = false;
    m_openedBy = -1;
    return committed;
}

qsizetype TransactionTracker::findSavepoint(const QString &name) const
{
    // PostgreSQL's parser folded unquoted names already; SQLite and MySQL
    // compare savepoint names without regard to case.
    const Qt::CaseSensitivity cs = m_dialect == Dialect::PostgreSQL ? Qt::CaseSensitive : Qt::CaseInsensitive;
    for (qsizetype i = m_savepoints.size() - 1; i >= 0; --i) {
        if (m_savepoints.at(i).first.compare(name, cs) == 0)
            return i;
    }
    return -1;
}

QList<int> TransactionTracker::ran(int index, const PlanStep &step)
{
    QList<int> committed;
    switch (step.control) {
    case ScriptTransaction::None:
        if (!m_inTransaction)
            return {index};
        if (m_dialect == Dialect::MySQL && mysqlCommitsImplicitly(step.sql)) {
            committed = commitPending();
            committed << index;
            return committed;
        }
        m_pending << index;
        return {};
    case ScriptTransaction::Begin:
        if (m_inTransaction) {
            if (m_dialect != Dialect::MySQL)
                return {}; // PostgreSQL warns and goes on; SQLite refuses (the step would have failed)
            committed = commitPending(); // MySQL: BEGIN commits the open transaction
        }
        m_inTransaction = true;
        m_openedBy = index;
        return committed;
    case ScriptTransaction::Commit:
        return m_inTransaction ? commitPending() : QList<int>{};
    case ScriptTransaction::Rollback:
        m_pending.clear();
        m_savepoints.clear();
        m_inTransaction = false;
        m_openedBySavepoint = false;
        m_openedBy = -1;
        return {};
    case ScriptTransaction::Savepoint:
        if (!m_inTransaction) {
            if (m_dialect != Dialect::SQLite)
                return {}; // MySQL: a savepoint in autocommit mode holds nothing
            m_inTransaction = true; // SQLite: the outermost SAVEPOINT begins a transaction
            m_openedBySavepoint = true;
            m_openedBy = index;
        }
        m_savepoints.append({step.savepoint, m_pending.size()});
        return {};
    case ScriptTransaction::RollbackTo:
        if (const qsizetype at = findSavepoint(step.savepoint); at >= 0) {
            m_pending.resize(m_savepoints.at(at).second);
            m_savepoints.resize(at + 1); // the savepoint itself stays
        }
        return {};
    case ScriptTransaction::Release:
        if (const qsizetype at = findSavepoint(step.savepoint); at >= 0) {
            m_savepoints.resize(at);
            if (at == 0 && m_openedBySavepoint)
                return commitPending(); // SQLite: releasing the outermost savepoint commits
        }
        return {};
    }
    return {};
}

} // namespace parity

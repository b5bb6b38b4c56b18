#include "scriptcheck.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <pg_query.h>

// Threads: libpg_query keeps PostgreSQL's parser globals and its memory
// contexts thread-local (`__thread`), initialises them on first use in each
// thread (pg_query_init is called by every entry point since 9.5-1.4.1) and
// frees a thread's top context when that thread exits. So these functions
// may run on any worker thread, several at once, with no lock of ours.

namespace parity {

namespace {

bool isIdentifierStart(QChar c)
{
    return c.isLetter() || c == QLatin1Char('_') || c.unicode() >= 0x80;
}

bool isIdentifierPart(QChar c)
{
    return isIdentifierStart(c) || c.isDigit() || c == QLatin1Char('$');
}

/// The dollar-quote tag ("$body$", "$$") that starts at `i`, or empty.
QString dollarTagAt(const QString &text, qsizetype i)
{
    if (text.at(i) != QLatin1Char('$'))
        return {};
    // "a$1$" is an identifier with dollars in it, not a quote.
    if (i > 0 && isIdentifierPart(text.at(i - 1)))
        return {};
    qsizetype j = i + 1;
    if (j < text.size() && isIdentifierStart(text.at(j))) {
        ++j;
        while (j < text.size() && isIdentifierPart(text.at(j)) && text.at(j) != QLatin1Char('$'))
            ++j;
    }
    if (j < text.size() && text.at(j) == QLatin1Char('$'))
        return text.mid(i, j - i + 1);
    return {};
}

/// Index just past the comment starting at `i` ("--" or a nested "/* */").
qsizetype skipComment(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    if (text.at(i) == QLatin1Char('-')) {
        while (i < n && text.at(i) != QLatin1Char('\n'))
            ++i;
        return i;
    }
    int depth = 0;
    while (i < n) {
        if (text.at(i) == QLatin1Char('/') && i + 1 < n && text.at(i + 1) == QLatin1Char('*')) {
            ++depth;
            i += 2;
        } else if (text.at(i) == QLatin1Char('*') && i + 1 < n
                   && text.at(i + 1) == QLatin1Char('/')) {
            i += 2;
            if (--depth == 0)
                return i;
        } else {
            ++i;
        }
    }
    return n;
}

bool startsComment(const QString &text, qsizetype i)
{
    if (i + 1 >= text.size())
        return false;
    const QChar a = text.at(i);
    const QChar b = text.at(i + 1);
    return (a == QLatin1Char('-') && b == QLatin1Char('-'))
           || (a == QLatin1Char('/') && b == QLatin1Char('*'));
}

/// First character in [from, to) that is neither blank nor inside a comment.
qsizetype firstToken(const QString &text, qsizetype from, qsizetype to)
{
    qsizetype i = from;
    while (i < to) {
        if (text.at(i).isSpace())
            ++i;
        else if (startsComment(text, i))
            i = skipComment(text, i);
        else
            return i;
    }
    return to;
}

/// Walks a QString and its UTF-8 encoding side by side, forwards only, so that
/// mapping many increasing offsets costs one pass over the text.
class OffsetWalker
{
public:
    explicit OffsetWalker(const QString &text)
        : m_text(text)
    {
    }

    /// QString index of the character that starts at UTF-8 byte `offset`.
    qsizetype indexAtByte(qsizetype offset)
    {
        while (m_bytes < offset && m_index < m_text.size())
            step();
        return m_index;
    }

    /// QString index of the character at 0-based code point `offset`.
    qsizetype indexAtCodePoint(qsizetype offset)
    {
        while (m_codePoints < offset && m_index < m_text.size())
            step();
        return m_index;
    }

private:
    void step()
    {
        const QChar c = m_text.at(m_index);
        if (c.isHighSurrogate() && m_index + 1 < m_text.size()
            && m_text.at(m_index + 1).isLowSurrogate()) {
            m_bytes += 4;
            m_index += 2;
        } else {
            const char16_t u = c.unicode();
            // A lone surrogate goes out as U+FFFD: three bytes, like any other BMP character.
            m_bytes += u < 0x80 ? 1 : u < 0x800 ? 2 : 3;
            m_index += 1;
        }
        ++m_codePoints;
    }

    const QString &m_text;
    qsizetype m_index = 0;
    qsizetype m_bytes = 0;
    qsizetype m_codePoints = 0;
};

/// Counts lines forwards only, for increasing positions.
class LineCounter
{
public:
    explicit LineCounter(const QString &text)
        : m_text(text)
    {
    }

    /// 1-based line of QString index `index`.
    int lineAt(qsizetype index)
    {
        for (; m_index < index && m_index < m_text.size(); ++m_index) {
            if (m_text.at(m_index) == QLatin1Char('\n')) {
                ++m_line;
                m_lineStart = m_index + 1;
            }
        }
        return m_line;
    }

    /// 1-based column of QString index `index` (after lineAt(index)).
    int columnAt(qsizetype index) const { return int(index - m_lineStart) + 1; }

private:
    const QString &m_text;
    qsizetype m_index = 0;
    qsizetype m_lineStart = 0;
    int m_line = 1;
};

/// Index just past the string, quoted identifier, dollar-quoted body or
/// comment that starts at `i`; `i` itself when none starts there. An
/// unterminated one runs to the end of the text, as in PostgreSQL's lexer.
qsizetype skipQuoted(const QString &text, qsizetype i)
{
    const qsizetype n = text.size();
    const QChar c = text.at(i);
    if (startsComment(text, i))
        return skipComment(text, i);
    if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
        // E'...' strings take backslash escapes; standard strings and identifiers do not.
        const bool escapes =
            c == QLatin1Char('\'') && i > 0
            && (text.at(i - 1) == QLatin1Char('E') || text.at(i - 1) == QLatin1Char('e'))
            && (i < 2 || !isIdentifierPart(text.at(i - 2)));
        qsizetype j = i + 1;
        while (j < n) {
            if (escapes && text.at(j) == QLatin1Char('\\')) {
                j += 2;
            } else if (text.at(j) == c) {
                if (j + 1 < n && text.at(j + 1) == c)
                    j += 2; // doubled quote
                else
                    return j + 1;
            } else {
                ++j;
            }
        }
        return n;
    }
    if (c == QLatin1Char('$')) {
        const QString tag = dollarTagAt(text, i);
        if (!tag.isEmpty()) {
            const qsizetype close = text.indexOf(tag, i + tag.size());
            return close < 0 ? n : close + tag.size();
        }
    }
    return i;
}

/// Splits at each ';' outside quotes, comments and parentheses, as psql's
/// own lexer does. For scripts the parser rejects: libpg_query's scanner
/// splitter (15-4.0.0) silently drops a statement that starts with an
/// identifier ("foo;"), and a dry run must not lose the statement that fails.
QList<ScriptStatement> splitLexically(const QString &text)
{
    QList<ScriptStatement> statements;
    LineCounter lines(text);
    auto add = [&](qsizetype from, qsizetype to) {
        const qsizetype first = firstToken(text, from, to);
        const QString sql = text.mid(first, to - first).trimmed();
        if (!sql.isEmpty())
            statements.append(ScriptStatement{sql, lines.lineAt(first)});
    };
    const qsizetype n = text.size();
    qsizetype start = 0;
    int depth = 0;
    qsizetype i = 0;
    while (i < n) {
        const qsizetype after = skipQuoted(text, i);
        if (after > i) {
            i = after;
            continue;
        }
        const QChar c = text.at(i);
        if (c == QLatin1Char('('))
            ++depth;
        else if (c == QLatin1Char(')') && depth > 0)
            --depth;
        else if (c == QLatin1Char(';') && depth == 0) {
            add(start, i);
            start = i + 1;
        }
        ++i;
    }
    add(start, n);
    return statements;
}

QList<ScriptStatement> statementsFrom(const QString &text, const PgQuerySplitResult &split)
{
    QList<ScriptStatement> statements;
    statements.reserve(split.n_stmts);
    OffsetWalker walker(text);
    LineCounter lines(text);
    for (int i = 0; i < split.n_stmts; ++i) {
        const PgQuerySplitStmt *stmt = split.stmts[i];
        const qsizetype start = walker.indexAtByte(stmt->stmt_location);
        // A length of 0 means "to the end of the input", as in PostgreSQL's RawStmt.
        const qsizetype end =
            stmt->stmt_len > 0 ? walker.indexAtByte(qsizetype(stmt->stmt_location) + stmt->stmt_len)
                               : text.size();
        const qsizetype first = firstToken(text, start, end);
        const QString sql = text.mid(first, end - first).trimmed();
        if (sql.isEmpty())
            continue;
        statements.append(ScriptStatement{sql, lines.lineAt(first)});
    }
    return statements;
}

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
PostgresStatementRole roleOf(const QString &sql)
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
            return PostgresStatementRole::TransactionControl;
        if (kind == QLatin1String("TRANS_STMT_PREPARE")
            || kind == QLatin1String("TRANS_STMT_COMMIT_PREPARED")
            || kind == QLatin1String("TRANS_STMT_ROLLBACK_PREPARED"))
            return PostgresStatementRole::OutsideTransaction;
        return PostgresStatementRole::Run; // SAVEPOINT, RELEASE, ROLLBACK TO work inside ours
    }
    if (name == QLatin1String("IndexStmt") || name == QLatin1String("DropStmt"))
        return flag("concurrent") ? PostgresStatementRole::OutsideTransaction : PostgresStatementRole::Run;
    if (name == QLatin1String("ReindexStmt")) {
        const QString kind = text("kind");
        if (hasDefElem(node, QStringLiteral("params"), QStringLiteral("concurrently"))
            || kind == QLatin1String("REINDEX_OBJECT_SYSTEM")
            || kind == QLatin1String("REINDEX_OBJECT_DATABASE"))
            return PostgresStatementRole::OutsideTransaction;
        return PostgresStatementRole::Run;
    }
    if (name
        == QLatin1String("VacuumStmt")) // ANALYZE alone may run in a transaction; VACUUM may not
        return flag("is_vacuumcmd") ? PostgresStatementRole::OutsideTransaction : PostgresStatementRole::Run;
    if (name == QLatin1String("ClusterStmt")) // CLUSTER with no table reclusters the database
        return node.contains(QLatin1String("relation")) ? PostgresStatementRole::Run
                                                        : PostgresStatementRole::OutsideTransaction;
    if (name == QLatin1String("AlterDatabaseStmt"))
        return hasDefElem(node, QStringLiteral("options"), QStringLiteral("tablespace"))
                   ? PostgresStatementRole::OutsideTransaction
                   : PostgresStatementRole::Run;
    if (name == QLatin1String("DiscardStmt"))
        return text("target") == QLatin1String("DISCARD_ALL") ? PostgresStatementRole::OutsideTransaction
                                                              : PostgresStatementRole::Run;
    if (name == QLatin1String("CreatedbStmt") || name == QLatin1String("DropdbStmt")
        || name == QLatin1String("AlterSystemStmt") || name == QLatin1String("CreateTableSpaceStmt")
        || name == QLatin1String("DropTableSpaceStmt")
        || name == QLatin1String("CreateSubscriptionStmt")
        || name == QLatin1String("DropSubscriptionStmt"))
        return PostgresStatementRole::OutsideTransaction;
    return PostgresStatementRole::Run;
}

} // namespace

QString blankPsqlMetaCommands(const QString &script)
{
    QString text = script;
    const qsizetype n = text.size();
    bool lineStart = true; // only blanks seen since the last newline
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('\n')) {
            lineStart = true;
            ++i;
        } else if (c.isSpace()) {
            ++i;
        } else if (lineStart && c == QLatin1Char('\\')) {
            while (i < n && text.at(i) != QLatin1Char('\n') && text.at(i) != QLatin1Char('\r'))
                text[i++] = QLatin1Char(' ');
        } else {
            lineStart = false;
            const qsizetype after = skipQuoted(text, i);
            i = after > i ? after : i + 1;
        }
    }
    return text;
}

QList<ScriptProblem> checkPostgresScript(const QString &script)
{
    const QString text = blankPsqlMetaCommands(script);
    const QByteArray utf8 = text.toUtf8();
    const PgQueryParseResult result = pg_query_parse(utf8.constData());
    QList<ScriptProblem> problems;
    if (result.error) {
        // cursorpos is 1-based and counts characters (code points) of the
        // UTF-8 input, as PostgreSQL's error positions do; 0 means "nowhere".
        const int cursor = result.error->cursorpos;
        qsizetype index = 0;
        if (cursor > 0) {
            OffsetWalker walker(text);
            index = walker.indexAtCodePoint(cursor - 1);
        }
        LineCounter lines(text);
        const int line = lines.lineAt(index);
        problems.append(
            ScriptProblem{line, lines.columnAt(index), QString::fromUtf8(result.error->message)});
    }
    pg_query_free_parse_result(result);
    return problems;
}

QList<ScriptStatement> splitPostgresScript(const QString &script)
{
    const QString text = blankPsqlMetaCommands(script);
    const QByteArray utf8 = text.toUtf8();

    // The parser splits best (it knows BEGIN ATOMIC ... END; and CREATE RULE
    // ... (a; b) are one statement each) but needs a script that parses.
    const PgQuerySplitResult split = pg_query_split_with_parser(utf8.constData());
    const QList<ScriptStatement> statements =
        split.error ? splitLexically(text) : statementsFrom(text, split);
    pg_query_free_split_result(split);
    return statements;
}

PostgresStatementRole postgresStatementRole(const QString &sql)
{
    return roleOf(sql);
}

PostgresTransactionStmt postgresTransactionStmt(const QString &sql)
{
    const auto [name, node] = topLevelNode(sql);
    PostgresTransactionStmt result;
    result.parsed = !name.isEmpty();
    if (name != QLatin1String("TransactionStmt"))
        return result;
    result.kind = node.value(QLatin1String("kind")).toString();
    result.chain = node.value(QLatin1String("chain")).toBool();
    result.savepoint = node.value(QLatin1String("savepoint_name")).toString();
    if (result.savepoint.isEmpty()) {
        // Older parse trees keep the name in an options list.
        for (const QJsonValue &item : node.value(QLatin1String("options")).toArray()) {
            const QJsonObject def = item.toObject().value(QLatin1String("DefElem")).toObject();
            if (def.value(QLatin1String("defname")).toString() == QLatin1String("savepoint_name")) {
                const QJsonObject str = def.value(QLatin1String("arg")).toObject().value(QLatin1String("String")).toObject();
                result.savepoint = str.value(QLatin1String("sval")).toString();
                if (result.savepoint.isEmpty())
                    result.savepoint = str.value(QLatin1String("str")).toString();
            }
        }
    }
    return result;
}

} // namespace parity

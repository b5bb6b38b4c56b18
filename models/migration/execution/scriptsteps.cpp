#include "scriptsteps.h"

#include "introspection/sqlite/sqlitetokenizer.h"
#include "migration/planner.h"
#include "migration/scriptcheck.h"
#include "transactioncontrol.h"

#include <QRegularExpression>

namespace parity {

namespace {

int lineAt(const QString &text, qsizetype offset)
{
    return int(QStringView(text).left(offset).count(QLatin1Char('\n'))) + 1;
}

/// Offset of the first character that is not blank and not inside a
/// comment, from `from` on (where a statement's text really starts).
qsizetype firstCodeOffset(const QString &text, qsizetype from)
{
    qsizetype i = from;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i).isSpace()) {
            ++i;
        } else if (text.mid(i, 2) == QLatin1String("--") || text.at(i) == QLatin1Char('#')) {
            while (i < n && text.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (text.mid(i, 2) == QLatin1String("/*") && text.mid(i, 3) != QLatin1String("/*!")) {
            const qsizetype close = text.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
        } else {
            break;
        }
    }
    return i;
}

QList<PlanStep> postgresSteps(const QString &script)
{
    QList<PlanStep> steps;
    for (const ScriptStatement &statement : splitPostgresScript(script)) {
        PlanStep step;
        step.sql = statement.sql.trimmed();
        step.line = statement.line;
        switch (postgresStatementRole(statement.sql)) {
        case PostgresStatementRole::TransactionControl:
            break; // told apart by readScriptSteps
        case PostgresStatementRole::OutsideTransaction:
            step.transactional = false;
            break;
        case PostgresStatementRole::Run:
            break;
        }
        steps << step;
    }
    return steps;
}

QList<PlanStep> sqliteSteps(const QString &script)
{
    // sqlite3's dot commands (".bail on") are lines of their own; blank them
    // so the rest keeps its offsets and lines.
    QString text = script;
    static const QRegularExpression dotLine(QStringLiteral("^[ \\t]*\\.[A-Za-z][^\\n]*$"),
                                            QRegularExpression::MultilineOption);
    for (auto it = dotLine.globalMatch(script); it.hasNext();) {
        const auto match = it.next();
        text.replace(match.capturedStart(), match.capturedLength(), QString(match.capturedLength(), QLatin1Char(' ')));
    }

    QList<PlanStep> steps;
    auto addStatement = [&](qsizetype begin, qsizetype end) {
        const QString sql = text.mid(begin, end - begin).trimmed();
        if (sql.isEmpty())
            return;
        PlanStep step;
        step.sql = sql;
        step.line = lineAt(text, begin);
        static const QRegularExpression foreignKeysPragma(QStringLiteral("^PRAGMA\\s+foreign_keys\\b"),
                                                          QRegularExpression::CaseInsensitiveOption);
        step.transactional = !foreignKeysPragma.match(sql).hasMatch();
        steps << step;
    };

    const QList<SqliteTokenizer::Token> tokens = SqliteTokenizer::tokenize(text);
    qsizetype start = -1;
    bool trigger = false; // inside CREATE TRIGGER: ';' ends body statements until END
    int words = 0;
    int depth = 0;
    for (const SqliteTokenizer::Token &t : tokens) {
        if (start < 0)
            start = t.begin;
        if (t.kind == SqliteTokenizer::Token::Kind::Word) {
            if (words < 4 && t.isKeyword(QLatin1StringView("TRIGGER")))
                trigger = true;
            if (trigger && (t.isKeyword(QLatin1StringView("BEGIN")) || t.isKeyword(QLatin1StringView("CASE"))))
                ++depth;
            else if (trigger && t.isKeyword(QLatin1StringView("END")) && depth > 0)
                --depth;
            ++words;
        }
        if (t.isPunctuation(QLatin1Char(';')) && depth == 0) {
            addStatement(start, t.begin);
            start = -1;
            trigger = false;
            words = 0;
        }
    }
    if (start >= 0)
        addStatement(start, text.size());
    return steps;
}

QList<PlanStep> mysqlSteps(const QString &script)
{
    QList<PlanStep> steps;
    for (const auto &[sql, line] : splitMysqlScript(script)) {
        PlanStep step;
        step.sql = sql;
        step.line = line;
        steps << step;
    }
    return steps;
}

} // namespace

QList<std::pair<QString, int>> splitMysqlScript(const QString &script)
{
    QList<std::pair<QString, int>> statements;
    QString delimiter = QStringLiteral(";");
    const qsizetype n = script.size();
    qsizetype start = 0; // where the current statement's text begins
    qsizetype i = 0;
    auto finish = [&](qsizetype end) {
        const qsizetype begin = firstCodeOffset(script, start);
        if (begin < end) {
            const QString sql = script.mid(begin, end - begin).trimmed();
            if (!sql.isEmpty())
                statements.append({sql, lineAt(script, begin)});
        }
    };
    static const QRegularExpression delimiterLine(QStringLiteral("\\G[ \\t]*DELIMITER[ \\t]+(\\S+)[ \\t]*(?=\\n|$)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    while (i < n) {
        const QChar c = script.at(i);
        const bool lineStart = i == 0 || script.at(i - 1) == QLatin1Char('\n');
        // A DELIMITER line counts only between statements.
        if (lineStart && firstCodeOffset(script, start) >= i) {
            const auto match = delimiterLine.match(script, i);
            if (match.hasMatch()) {
                delimiter = match.captured(1);
                i = match.capturedEnd();
                start = i;
                continue;
            }
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
            ++i;
            while (i < n) {
                if (script.at(i) == QLatin1Char('\\') && c != QLatin1Char('`')) {
                    i += 2;
                } else if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2; // a doubled quote stays inside
                    } else {
                        ++i;
                        break;
                    }
                } else {
                    ++i;
                }
            }
            continue;
        }
        if ((c == QLatin1Char('-') && script.mid(i, 3).startsWith(QLatin1String("--"))
             && (i + 2 >= n || script.at(i + 2).isSpace()))
            || c == QLatin1Char('#')) {
            while (i < n && script.at(i) != QLatin1Char('\n'))
                ++i;
            continue;
        }
        if (c == QLatin1Char('/') && i + 1 < n && script.at(i + 1) == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QLatin1String("*/"), i + 2);
            i = close < 0 ? n : close + 2;
            continue;
        }
        if (QStringView(script).mid(i).startsWith(delimiter)) {
            finish(i);
            i += delimiter.size();
            start = i;
            continue;
        }
        ++i;
    }
    finish(n);
    return statements;
}

Result<ScriptSteps> readScriptSteps(Dialect dialect, const QString &script)
{
    if (const auto unclosed = findUnclosedText(dialect, script)) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("line %1: %2 opens here and is never closed, so the rest of the script would be "
                                   "ignored: close it. Nothing was run.")
                        .arg(unclosed->line)
                        .arg(unclosed->what));
    }
    ScriptSteps result;
    switch (dialect) {
    case Dialect::PostgreSQL:
        result.steps = postgresSteps(script);
        break;
    case Dialect::MySQL:
        result.steps = mysqlSteps(script);
        break;
    case Dialect::SQLite:
        result.steps = sqliteSteps(script);
        break;
    }
    for (PlanStep &step : result.steps) {
        const TransactionStatement statement = classifyTransactionStatement(dialect, step.sql);
        if (!statement.unsupported.isEmpty()) {
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("line %1: \"%2\": %3. Remove it, or run the script with %4. Nothing was run.")
                            .arg(step.line)
                            .arg(step.sql.simplified().left(80), statement.unsupported, dialectClient(dialect)));
        }
        step.control = statement.verb;
        step.savepoint = statement.savepoint;
        if (step.control != ScriptTransaction::None) {
            result.ownTransactions = true;
            step.transactional = true;
        }
    }
    if (result.ownTransactions) {
        // The dialect's client rolls back a transaction the script leaves
        // open when its session ends: such a script changes nothing after
        // its BEGIN, which is never what its author meant.
        TransactionTracker tracker(dialect);
        for (int i = 0; i < result.steps.size(); ++i)
            (void)tracker.ran(i, result.steps.at(i));
        if (tracker.inTransaction()) {
            const PlanStep &opened = result.steps.at(tracker.openedBy());
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("line %1: the transaction \"%2\" opens is never committed, so %3 would roll "
                                       "back everything after it when the session ends: end it with COMMIT, or leave "
                                       "the transaction to Parity by removing the script's BEGIN. Nothing was run.")
                            .arg(opened.line)
                            .arg(opened.sql.simplified().left(60), dialectClient(dialect)));
        }
    }
    return result;
}

QList<PlanStep> stepsFromScript(Dialect dialect, const QString &script)
{
    auto read = readScriptSteps(dialect, script);
    return read ? read->steps : QList<PlanStep>{};
}

} // namespace parity

#include "sqliteddlparser.h"

#include "sqlitetokenizer.h"

namespace parity {

namespace {

using Token = SqliteTokenizer::Token;

/// The tokens of one statement plus the text they came from, with the few
/// moves every CREATE parser needs.
class Statement
{
public:
    explicit Statement(const QString &sql)
        : m_sql(sql)
        , m_tokens(SqliteTokenizer::tokenize(sql))
    {
    }

    qsizetype size() const { return m_tokens.size(); }
    const Token &at(qsizetype i) const { return m_tokens[i]; }

    bool isKeyword(qsizetype i, QLatin1StringView word) const
    {
        return i >= 0 && i < size() && m_tokens[i].isKeyword(word);
    }

    bool isPunctuation(qsizetype i, char c) const
    {
        return i >= 0 && i < size() && m_tokens[i].isPunctuation(QLatin1Char(c));
    }

    QString name(qsizetype i) const
    {
        return i >= 0 && i < size() && m_tokens[i].isName() ? m_tokens[i].value : QString();
    }

    /// The index of the ')' that closes the '(' at `open`; size() if unbalanced.
    qsizetype closingParen(qsizetype open) const
    {
        int depth = 0;
        for (qsizetype i = open; i < size(); ++i) {
            if (m_tokens[i].isPunctuation(QLatin1Char('(')))
                ++depth;
            else if (m_tokens[i].isPunctuation(QLatin1Char(')')) && --depth == 0)
                return i;
        }
        return size();
    }

    /// The original text of tokens [from, to).
    QString text(qsizetype from, qsizetype to) const
    {
        if (from >= to || from >= size())
            return {};
        to = std::min(to, size());
        return m_sql.mid(m_tokens[from].begin, m_tokens[to - 1].end - m_tokens[from].begin);
    }

    /// The text inside the parentheses opening at `open`.
    QString inside(qsizetype open) const { return text(open + 1, closingParen(open)); }

    /// [from, to) split at commas that are not inside parentheses.
    QList<std::pair<qsizetype, qsizetype>> splitTopLevel(qsizetype from, qsizetype to) const
    {
        QList<std::pair<qsizetype, qsizetype>> parts;
        int depth = 0;
        qsizetype start = from;
        for (qsizetype i = from; i < to; ++i) {
            if (m_tokens[i].isPunctuation(QLatin1Char('(')))
                ++depth;
            else if (m_tokens[i].isPunctuation(QLatin1Char(')')))
                --depth;
            else if (depth == 0 && m_tokens[i].isPunctuation(QLatin1Char(','))) {
                parts.append({start, i});
                start = i + 1;
            }
        }
        if (start < to)
            parts.append({start, to});
        return parts;
    }

    /// Index of the first token from `from` on that is the word `word` at
    /// parenthesis depth 0; size() if there is none.
    qsizetype findTopLevel(qsizetype from, QLatin1StringView word) const
    {
        int depth = 0;
        for (qsizetype i = from; i < size(); ++i) {
            if (m_tokens[i].isPunctuation(QLatin1Char('(')))
                ++depth;
            else if (m_tokens[i].isPunctuation(QLatin1Char(')')))
                --depth;
            else if (depth == 0 && m_tokens[i].isKeyword(word))
                return i;
        }
        return size();
    }

    /// Steps over "IF NOT EXISTS" and a possibly schema-qualified name
    /// starting at `i`; returns the index after the name.
    qsizetype skipObjectName(qsizetype i) const
    {
        if (isKeyword(i, QLatin1StringView("IF")) && isKeyword(i + 1, QLatin1StringView("NOT"))
            && isKeyword(i + 2, QLatin1StringView("EXISTS")))
            i += 3;
        if (isPunctuation(i + 1, '.'))
            i += 2;
        return i + 1;
    }

    /// Steps over an "ON CONFLICT <resolution>" clause at `i`, if any.
    qsizetype skipConflictClause(qsizetype i) const
    {
        if (isKeyword(i, QLatin1StringView("ON"))
            && isKeyword(i + 1, QLatin1StringView("CONFLICT")))
            return i + 3;
        return i;
    }

private:
    QString m_sql;
    QList<Token> m_tokens;
};

bool startsColumnConstraint(const Token &t)
{
    static const char *const words[] = {"CONSTRAINT", "PRIMARY",   "NOT",     "NULL",
                                        "UNIQUE",     "CHECK",     "DEFAULT", "COLLATE",
                                        "REFERENCES", "GENERATED", "AS"};
    for (const char *w : words) {
        if (t.isKeyword(QLatin1StringView(w)))
            return true;
    }
    return false;
}

bool startsTableConstraint(const Token &t)
{
    static const char *const words[] = {"CONSTRAINT", "PRIMARY", "UNIQUE", "CHECK", "FOREIGN"};
    for (const char *w : words) {
        if (t.isKeyword(QLatin1StringView(w)))
            return true;
    }
    return false;
}

/// One "expr [COLLATE name] [ASC|DESC]" item of an index or key column list.
SqliteDdlParser::IndexKey parseIndexedColumn(const Statement &s, qsizetype from, qsizetype to,
                                             bool *autoincrement = nullptr)
{
    SqliteDdlParser::IndexKey key;
    // PRIMARY KEY (id AUTOINCREMENT) is legal at table level.
    if (to - 1 > from && s.isKeyword(to - 1, QLatin1StringView("AUTOINCREMENT"))) {
        if (autoincrement)
            *autoincrement = true;
        --to;
    }
    if (to - 1 > from
        && (s.isKeyword(to - 1, QLatin1StringView("ASC"))
            || s.isKeyword(to - 1, QLatin1StringView("DESC")))) {
        key.descending = s.isKeyword(to - 1, QLatin1StringView("DESC"));
        --to;
    }
    if (to - 2 > from && s.isKeyword(to - 2, QLatin1StringView("COLLATE"))) {
        key.collation = s.name(to - 1);
        to -= 2;
    }
    if (to - from == 1 && s.at(from).isName())
        key.expression = s.at(from).value;
    else
        key.expression = s.text(from, to);
    return key;
}

/// The column names of "( a, b COLLATE x DESC, ... )" opening at `open`.
QStringList keyColumns(const Statement &s, qsizetype open, bool *autoincrement = nullptr)
{
    QStringList columns;
    const qsizetype close = s.closingParen(open);
    for (auto [from, to] : s.splitTopLevel(open + 1, close))
        columns.append(parseIndexedColumn(s, from, to, autoincrement).expression);
    return columns;
}

/// Parses "parent [(cols)] [ON DELETE|UPDATE action] [MATCH name]
/// [[NOT] DEFERRABLE [INITIALLY DEFERRED|IMMEDIATE]]" from `i` (just after
/// REFERENCES); returns the index after the clause.
qsizetype parseReferences(const Statement &s, qsizetype i, qsizetype end,
                          SqliteDdlParser::ForeignKey &fk)
{
    fk.parentTable = s.name(i);
    ++i;
    if (s.isPunctuation(i, '(')) {
        fk.parentColumns = keyColumns(s, i);
        i = s.closingParen(i) + 1;
    }
    while (i < end) {
        if (s.isKeyword(i, QLatin1StringView("ON"))) {
            i += 2; // ON DELETE | ON UPDATE
            if (s.isKeyword(i, QLatin1StringView("SET")) || s.isKeyword(i, QLatin1StringView("NO")))
                i += 2; // SET NULL, SET DEFAULT, NO ACTION
            else
                ++i; // CASCADE, RESTRICT
        } else if (s.isKeyword(i, QLatin1StringView("MATCH"))) {
            i += 2;
        } else if (s.isKeyword(i, QLatin1StringView("NOT"))
                   && s.isKeyword(i + 1, QLatin1StringView("DEFERRABLE"))) {
            fk.deferrable = false;
            i += 2;
            if (s.isKeyword(i, QLatin1StringView("INITIALLY")))
                i += 2;
        } else if (s.isKeyword(i, QLatin1StringView("DEFERRABLE"))) {
            fk.deferrable = true;
            ++i;
            if (s.isKeyword(i, QLatin1StringView("INITIALLY"))) {
                fk.initiallyDeferred = s.isKeyword(i + 1, QLatin1StringView("DEFERRED"));
                i += 2;
            }
        } else {
            break;
        }
    }
    return i;
}

void parseColumnDefinition(const Statement &s, qsizetype from, qsizetype to,
                           SqliteDdlParser::Table &table)
{
    SqliteDdlParser::Column column;
    column.name = s.name(from);
    qsizetype i = from + 1;
    // The type name: words and an optional "(n[, m])", up to the first constraint.
    while (i < to && !startsColumnConstraint(s.at(i))) {
        if (s.isPunctuation(i, '('))
            i = s.closingParen(i);
        ++i;
    }

    QString constraintName;
    while (i < to) {
        if (s.isKeyword(i, QLatin1StringView("CONSTRAINT"))) {
            constraintName = s.name(i + 1);
            i += 2;
            continue;
        }
        if (s.isKeyword(i, QLatin1StringView("PRIMARY"))) {
            i += 2; // PRIMARY KEY
            if (s.isKeyword(i, QLatin1StringView("ASC"))
                || s.isKeyword(i, QLatin1StringView("DESC"))) {
                column.primaryKeyDescending = s.isKeyword(i, QLatin1StringView("DESC"));
                ++i;
            }
            i = s.skipConflictClause(i);
            if (s.isKeyword(i, QLatin1StringView("AUTOINCREMENT"))) {
                column.autoincrement = true;
                ++i;
            }
            table.primaryKey = SqliteDdlParser::Key{constraintName, {column.name}, true};
        } else if (s.isKeyword(i, QLatin1StringView("NOT"))) {
            column.notNull = true;
            i = s.skipConflictClause(i + 2); // NOT NULL
        } else if (s.isKeyword(i, QLatin1StringView("NULL"))) {
            i = s.skipConflictClause(i + 1);
        } else if (s.isKeyword(i, QLatin1StringView("UNIQUE"))) {
            table.uniques.append({constraintName, {column.name}, true});
            i = s.skipConflictClause(i + 1);
        } else if (s.isKeyword(i, QLatin1StringView("CHECK")) && s.isPunctuation(i + 1, '(')) {
            table.checks.append({constraintName, s.inside(i + 1).trimmed(), column.name});
            i = s.closingParen(i + 1) + 1;
        } else if (s.isKeyword(i, QLatin1StringView("DEFAULT"))) {
            ++i;
            if (s.isPunctuation(i, '('))
                i = s.closingParen(i) + 1;
            else if (i < to && s.at(i).kind == Token::Kind::Operator) // DEFAULT -1
                i += 2;
            else
                ++i;
        } else if (s.isKeyword(i, QLatin1StringView("COLLATE"))) {
            column.collation = s.name(i + 1);
            i += 2;
        } else if (s.isKeyword(i, QLatin1StringView("REFERENCES"))) {
            SqliteDdlParser::ForeignKey fk;
            fk.name = constraintName;
            fk.columns = {column.name};
            fk.onColumn = true;
            i = parseReferences(s, i + 1, to, fk);
            table.foreignKeys.append(fk);
        } else if (s.isKeyword(i, QLatin1StringView("GENERATED"))) {
            i += 2; // GENERATED ALWAYS, then AS below
            column.generatedShort = false;
            continue;
        } else if (s.isKeyword(i, QLatin1StringView("AS")) && s.isPunctuation(i + 1, '(')) {
            column.generatedExpression = s.inside(i + 1).trimmed();
            i = s.closingParen(i + 1) + 1;
            if (s.isKeyword(i, QLatin1StringView("STORED"))
                || s.isKeyword(i, QLatin1StringView("VIRTUAL"))) {
                column.generatedStored = s.isKeyword(i, QLatin1StringView("STORED"));
                column.generatedKindOmitted = false;
                ++i;
            }
        } else {
            ++i; // something this parser does not need
            continue;
        }
        constraintName.clear();
    }
    table.columns.append(column);
}

void parseTableConstraints(const Statement &s, qsizetype from, qsizetype to,
                           SqliteDdlParser::Table &table)
{
    QString constraintName;
    qsizetype i = from;
    // SQLite accepts table constraints without commas between them, so one
    // comma-separated part may hold several.
    while (i < to) {
        if (s.isKeyword(i, QLatin1StringView("CONSTRAINT"))) {
            constraintName = s.name(i + 1);
            i += 2;
            continue;
        }
        if (s.isKeyword(i, QLatin1StringView("PRIMARY")) && s.isPunctuation(i + 2, '(')) {
            bool autoincrement = false;
            const QStringList columns = keyColumns(s, i + 2, &autoincrement);
            table.primaryKey = SqliteDdlParser::Key{constraintName, columns};
            if (autoincrement && columns.size() == 1) {
                for (auto &c : table.columns) {
                    if (c.name.compare(columns.first(), Qt::CaseInsensitive) == 0)
                        c.autoincrement = true;
                }
            }
            i = s.skipConflictClause(s.closingParen(i + 2) + 1);
        } else if (s.isKeyword(i, QLatin1StringView("UNIQUE")) && s.isPunctuation(i + 1, '(')) {
            table.uniques.append({constraintName, keyColumns(s, i + 1)});
            i = s.skipConflictClause(s.closingParen(i + 1) + 1);
        } else if (s.isKeyword(i, QLatin1StringView("CHECK")) && s.isPunctuation(i + 1, '(')) {
            table.checks.append({constraintName, s.inside(i + 1).trimmed()});
            i = s.closingParen(i + 1) + 1;
        } else if (s.isKeyword(i, QLatin1StringView("FOREIGN")) && s.isPunctuation(i + 2, '(')) {
            SqliteDdlParser::ForeignKey fk;
            fk.name = constraintName;
            fk.columns = keyColumns(s, i + 2);
            i = s.closingParen(i + 2) + 1;
            if (s.isKeyword(i, QLatin1StringView("REFERENCES")))
                i = parseReferences(s, i + 1, to, fk);
            table.foreignKeys.append(fk);
        } else {
            ++i;
            continue;
        }
        constraintName.clear();
    }
}

} // namespace

SqliteDdlParser::Table SqliteDdlParser::parseCreateTable(const QString &sql)
{
    Table table;
    const Statement s(sql);
    qsizetype i = 0;
    if (!s.isKeyword(i, QLatin1StringView("CREATE")))
        return table;
    ++i;
    if (s.isKeyword(i, QLatin1StringView("TEMP")) || s.isKeyword(i, QLatin1StringView("TEMPORARY")))
        ++i;
    if (s.isKeyword(i, QLatin1StringView("VIRTUAL"))) {
        const qsizetype using_ = s.findTopLevel(i, QLatin1StringView("USING"));
        table.virtualUsing = s.text(using_, s.size()).trimmed();
        table.parsed = using_ < s.size();
        return table;
    }
    if (!s.isKeyword(i, QLatin1StringView("TABLE")))
        return table;
    i = s.skipObjectName(i + 1);
    if (!s.isPunctuation(i, '('))
        return table; // CREATE TABLE ... AS SELECT is stored with columns, so this is unexpected
    const qsizetype close = s.closingParen(i);

    for (auto [from, to] : s.splitTopLevel(i + 1, close)) {
        if (startsTableConstraint(s.at(from)))
            parseTableConstraints(s, from, to, table);
        else
            parseColumnDefinition(s, from, to, table);
    }

    for (qsizetype j = close + 1; j < s.size(); ++j) {
        if (s.isKeyword(j, QLatin1StringView("WITHOUT"))
            && s.isKeyword(j + 1, QLatin1StringView("ROWID"))) {
            table.withoutRowid = true;
            table.options << QStringLiteral("WITHOUT ROWID");
        } else if (s.isKeyword(j, QLatin1StringView("STRICT"))) {
            table.strict = true;
            table.options << QStringLiteral("STRICT");
        }
    }
    table.parsed = close < s.size();
    return table;
}

SqliteDdlParser::Index SqliteDdlParser::parseCreateIndex(const QString &sql)
{
    Index index;
    const Statement s(sql);
    const qsizetype on = s.findTopLevel(0, QLatin1StringView("ON"));
    // ON, the table name, then the key list.
    const qsizetype open = on + 2;
    if (!s.isPunctuation(open, '('))
        return index;
    const qsizetype close = s.closingParen(open);
    for (auto [from, to] : s.splitTopLevel(open + 1, close))
        index.keys.append(parseIndexedColumn(s, from, to));
    if (s.isKeyword(close + 1, QLatin1StringView("WHERE")))
        index.predicate = s.text(close + 2, s.size()).trimmed();
    index.parsed = close < s.size();
    return index;
}

SqliteDdlParser::Trigger SqliteDdlParser::parseCreateTrigger(const QString &sql)
{
    Trigger trigger;
    const Statement s(sql);
    const qsizetype keyword = s.findTopLevel(0, QLatin1StringView("TRIGGER"));
    if (keyword >= s.size())
        return trigger;
    qsizetype i = s.skipObjectName(keyword + 1);
    trigger.timing = QStringLiteral("BEFORE");
    if (s.isKeyword(i, QLatin1StringView("BEFORE")) || s.isKeyword(i, QLatin1StringView("AFTER"))) {
        trigger.timing = s.at(i).value.toUpper();
        ++i;
    } else if (s.isKeyword(i, QLatin1StringView("INSTEAD"))
               && s.isKeyword(i + 1, QLatin1StringView("OF"))) {
        trigger.timing = QStringLiteral("INSTEAD OF");
        i += 2;
    }
    for (const char *event : {"INSERT", "UPDATE", "DELETE"}) {
        if (s.isKeyword(i, QLatin1StringView(event))) {
            trigger.events = {QString::fromLatin1(event)};
            trigger.parsed = true;
        }
    }
    return trigger;
}

bool SqliteDdlParser::viewNamesColumns(const QString &sql)
{
    const Statement s(sql);
    const qsizetype keyword = s.findTopLevel(0, QLatin1StringView("VIEW"));
    return keyword < s.size() && s.isPunctuation(s.skipObjectName(keyword + 1), '(');
}

QString SqliteDdlParser::viewQuery(const QString &sql)
{
    const Statement s(sql);
    const qsizetype keyword = s.findTopLevel(0, QLatin1StringView("VIEW"));
    if (keyword >= s.size())
        return {};
    qsizetype i = s.skipObjectName(keyword + 1);
    if (s.isPunctuation(i, '('))
        i = s.closingParen(i) + 1;
    if (!s.isKeyword(i, QLatin1StringView("AS")))
        return {};
    return s.text(i + 1, s.size()).trimmed();
}

} // namespace parity

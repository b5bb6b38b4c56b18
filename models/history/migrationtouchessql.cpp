#include "migrationfolder.h"

#include "ddltokenizer.h"

#include <QHash>

// touchesFromSql(): what DDL statements do to tables, columns, indexes and
// constraints, for every dialect a migration folder may hold. It reads
// tokens, not grammar: a statement it does not recognise is skipped, never
// an error.

namespace parity {

namespace {

using Action = MigrationTouch::Action;

/// Reads one statement's tokens.
class StatementReader
{
public:
    StatementReader(const QList<DdlToken> &tokens, qsizetype begin, qsizetype end,
                    QList<MigrationTouch> &out)
        : m_tokens(tokens)
        , m_begin(begin)
        , m_end(end)
        , m_out(out)
    {
    }

    void read()
    {
        m_i = m_begin;
        if (accept("CREATE"))
            create();
        else if (accept("ALTER"))
            alter();
        else if (accept("DROP"))
            drop();
        else if (accept("RENAME"))
            renameTables();
    }

private:
    const DdlToken &at(qsizetype i) const
    {
        static const DdlToken end;
        return i >= m_begin && i < m_end ? m_tokens[i] : end;
    }

    bool isWord(qsizetype i, const char *word) const
    {
        const DdlToken &t = at(i);
        return t.kind == DdlToken::Kind::Word
               && t.text.compare(QLatin1StringView(word), Qt::CaseInsensitive) == 0;
    }

    bool isPunct(qsizetype i, QChar c) const
    {
        const DdlToken &t = at(i);
        return t.kind == DdlToken::Kind::Punct && t.text.size() == 1 && t.text[0] == c;
    }

    bool accept(const char *word)
    {
        if (!isWord(m_i, word))
            return false;
        ++m_i;
        return true;
    }

    bool acceptAll(std::initializer_list<const char *> words)
    {
        qsizetype k = m_i;
        for (const char *word : words) {
            if (!isWord(k, word))
                return false;
            ++k;
        }
        m_i = k;
        return true;
    }

    bool isNameAt(qsizetype i) const
    {
        const DdlToken &t = at(i);
        return t.kind == DdlToken::Kind::Word || t.kind == DdlToken::Kind::Quoted;
    }

    // A possibly qualified name: its last part (the schema dropped).
    QString name()
    {
        if (!isNameAt(m_i))
            return {};
        QString last = at(m_i++).text;
        while (isPunct(m_i, QLatin1Char('.')) && isNameAt(m_i + 1)) {
            last = at(m_i + 1).text;
            m_i += 2;
        }
        return last;
    }

    void touch(Action action, const QString &table, const QString &column = {},
               const QString &index = {}, const QString &newName = {})
    {
        if (table.isEmpty() && index.isEmpty())
            return;
        if (action == Action::Rename && newName.isEmpty())
            return;
        m_out.append(MigrationTouch{action, table, column, index, newName});
    }

    // An index or constraint with no name: the table's keys changed.
    void touchIndex(Action action, const QString &table, const QString &index)
    {
        if (index.isEmpty())
            touch(Action::Alter, table);
        else
            touch(action, table, {}, index);
    }

    // Without its name a column operation would read as one on the whole table.
    void touchColumn(Action action, const QString &table, const QString &column)
    {
        if (!column.isEmpty())
            touch(action, table, column);
    }

    void create()
    {
        acceptAll({"OR", "REPLACE"});
        accept("GLOBAL") || accept("LOCAL");
        if (accept("TEMP") || accept("TEMPORARY"))
            return; // gone at the end of the session
        accept("UNLOGGED");
        if (accept("TABLE")) {
            acceptAll({"IF", "NOT", "EXISTS"});
            touch(Action::Create, name());
            return;
        }
        accept("UNIQUE") || accept("FULLTEXT") || accept("SPATIAL");
        accept("CLUSTERED") || accept("NONCLUSTERED");
        if (!accept("INDEX"))
            return;
        accept("CONCURRENTLY");
        acceptAll({"IF", "NOT", "EXISTS"});
        const QString index = isWord(m_i, "ON") ? QString() : name();
        while (m_i < m_end && !isWord(m_i, "ON"))
            ++m_i; // MySQL: USING BTREE before ON
        if (!accept("ON"))
            return;
        accept("ONLY");
        touchIndex(Action::Create, name(), index);
    }

    void alter()
    {
        accept("ONLINE") || accept("IGNORE");
        if (accept("INDEX")) {
            // PostgreSQL: ALTER INDEX [IF EXISTS] name RENAME TO new
            acceptAll({"IF", "EXISTS"});
            const QString index = name();
            if (acceptAll({"RENAME", "TO"}))
                touch(Action::Rename, {}, {}, index, name());
            return;
        }
        if (!accept("TABLE"))
            return;
        accept("ONLY");
        acceptAll({"IF", "EXISTS"});
        accept("ONLY");
        const QString table = name();
        if (table.isEmpty())
            return;
        if (isPunct(m_i, QLatin1Char('*')))
            ++m_i;
        // Actions are separated by top-level commas.
        qsizetype start = m_i;
        int depth = 0;
        for (qsizetype k = m_i; k <= m_end; ++k) {
            if (k < m_end && isPunct(k, QLatin1Char('(')))
                ++depth;
            else if (k < m_end && isPunct(k, QLatin1Char(')')))
                depth = std::max(0, depth - 1);
            if (k == m_end || (depth == 0 && isPunct(k, QLatin1Char(',')))) {
                StatementReader action(m_tokens, start, k, m_out);
                action.alterAction(table);
                start = k + 1;
            }
        }
    }

    void alterAction(const QString &table)
    {
        m_i = m_begin;
        if (accept("ADD"))
            addAction(table);
        else if (accept("DROP"))
            dropAction(table);
        else if (accept("ALTER"))
            alterColumnAction(table);
        else if (accept("MODIFY")) {
            accept("COLUMN");
            touchColumn(Action::Alter, table, name());
        } else if (accept("CHANGE")) {
            accept("COLUMN");
            const QString old = name();
            const QString renamed = name();
            if (old.isEmpty())
                return;
            if (renamed.isEmpty() || renamed == old)
                touchColumn(Action::Alter, table, old);
            else
                touch(Action::Rename, table, old, {}, renamed);
        } else if (accept("RENAME")) {
            renameAction(table);
        } else if (accept("VALIDATE") && accept("CONSTRAINT")) {
            touchIndex(Action::Alter, table, name());
        }
    }

    void addAction(const QString &table)
    {
        if (accept("CONSTRAINT")) {
            const bool named = isNameAt(m_i) && !isKeyKeyword(m_i);
            if (named)
                touchIndex(Action::Create, table, name());
            else
                touch(Action::Alter, table); // MySQL: ADD CONSTRAINT FOREIGN KEY … with no name
            return;
        }
        if (accept("PRIMARY") || accept("CHECK") || accept("EXCLUDE")) {
            touch(Action::Alter, table);
            return;
        }
        if (accept("UNIQUE") || accept("FULLTEXT") || accept("SPATIAL") || accept("FOREIGN")
            || isWord(m_i, "INDEX") || isWord(m_i, "KEY")) {
            accept("INDEX") || accept("KEY");
            if (isNameAt(m_i) && !isWord(m_i, "USING"))
                touchIndex(Action::Create, table, name());
            else
                touch(Action::Alter, table);
            return;
        }
        if (accept("PARTITION"))
            return;
        accept("COLUMN");
        acceptAll({"IF", "NOT", "EXISTS"});
        if (isPunct(m_i, QLatin1Char('('))) {
            // MySQL: ADD (a INT, b INT)
            ++m_i;
            bool expectName = true;
            int depth = 0;
            for (; m_i < m_end; ++m_i) {
                if (isPunct(m_i, QLatin1Char('('))) {
                    ++depth;
                } else if (isPunct(m_i, QLatin1Char(')'))) {
                    if (depth-- == 0)
                        break;
                } else if (depth == 0 && isPunct(m_i, QLatin1Char(','))) {
                    expectName = true;
                } else if (expectName && isNameAt(m_i)) {
                    touch(Action::Create, table, at(m_i).text);
                    expectName = false;
                }
            }
            return;
        }
        touchColumn(Action::Create, table, name());
    }

    bool isKeyKeyword(qsizetype i) const
    {
        return isWord(i, "PRIMARY") || isWord(i, "UNIQUE") || isWord(i, "FOREIGN")
               || isWord(i, "CHECK") || isWord(i, "EXCLUDE");
    }

    void dropAction(const QString &table)
    {
        if (accept("CONSTRAINT") || accept("CHECK")) {
            acceptAll({"IF", "EXISTS"});
            touchIndex(Action::Drop, table, name());
        } else if (accept("INDEX") || accept("KEY") || acceptAll({"FOREIGN", "KEY"})) {
            acceptAll({"IF", "EXISTS"});
            touchIndex(Action::Drop, table, name());
        } else if (acceptAll({"PRIMARY", "KEY"})) {
            touch(Action::Alter, table);
        } else if (accept("PARTITION") || accept("DEFAULT")) {
            return;
        } else {
            accept("COLUMN");
            acceptAll({"IF", "EXISTS"});
            touchColumn(Action::Drop, table, name());
        }
    }

    void alterColumnAction(const QString &table)
    {
        if (accept("CONSTRAINT") || accept("INDEX")) {
            touchIndex(Action::Alter, table, name());
            return;
        }
        accept("COLUMN");
        touchColumn(Action::Alter, table, name());
    }

    void renameAction(const QString &table)
    {
        if (accept("TO") || accept("AS")) {
            touch(Action::Rename, table, {}, {}, name());
        } else if (accept("CONSTRAINT") || accept("INDEX") || accept("KEY")) {
            const QString old = name();
            if (accept("TO") && !old.isEmpty())
                touch(Action::Rename, table, {}, old, name());
        } else {
            accept("COLUMN");
            const QString old = name();
            if (accept("TO") && !old.isEmpty())
                touch(Action::Rename, table, old, {}, name());
            else if (!old.isEmpty() && !isPunct(m_i, QLatin1Char('.')) && m_i >= m_end)
                touch(Action::Rename, table, {}, {}, old); // MySQL: RENAME new_name
        }
    }

    void drop()
    {
        if (accept("TEMPORARY"))
            return;
        if (accept("TABLE")) {
            acceptAll({"IF", "EXISTS"});
            do {
                touch(Action::Drop, name());
            } while (isPunct(m_i, QLatin1Char(',')) && (++m_i, true));
            return;
        }
        if (!accept("INDEX"))
            return;
        accept("CONCURRENTLY");
        acceptAll({"IF", "EXISTS"});
        QStringList indexes;
        do {
            indexes << name();
        } while (isPunct(m_i, QLatin1Char(',')) && (++m_i, true));
        QString table;
        if (accept("ON")) // MySQL, SQL Server
            table = name();
        for (const QString &index : std::as_const(indexes)) {
            if (!index.isEmpty())
                touch(Action::Drop, table, {}, index);
        }
    }

    // MySQL: RENAME TABLE a TO b [, c TO d]
    void renameTables()
    {
        if (!accept("TABLE") && !accept("TABLES"))
            return;
        do {
            const QString old = name();
            if (!accept("TO"))
                return;
            touch(Action::Rename, old, {}, {}, name());
        } while (isPunct(m_i, QLatin1Char(',')) && (++m_i, true));
    }

    const QList<DdlToken> &m_tokens;
    qsizetype m_begin = 0;
    qsizetype m_end = 0;
    qsizetype m_i = 0;
    QList<MigrationTouch> &m_out;
};

} // namespace

QList<MigrationTouch> touchesFromSql(const QString &sql)
{
    const QList<DdlToken> tokens = tokenizeDdl(sql);
    QList<MigrationTouch> touches;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= tokens.size(); ++i) {
        if (i == tokens.size()
            || (tokens[i].kind == DdlToken::Kind::Punct && tokens[i].text == QLatin1String(";"))) {
            if (i > start)
                StatementReader(tokens, start, i, touches).read();
            start = i + 1;
        }
    }
    // PostgreSQL's DROP INDEX names no table: take it from where the script created the index.
    QHash<QString, QString> indexTables;
    for (MigrationTouch &t : touches) {
        if (t.index.isEmpty())
            continue;
        const QString key = t.index.toLower();
        if (t.table.isEmpty())
            t.table = indexTables.value(key);
        else
            indexTables.insert(key, t.table);
        if (t.action == Action::Rename && !t.newName.isEmpty())
            indexTables.insert(t.newName.toLower(), t.table);
    }
    return touches;
}

} // namespace parity

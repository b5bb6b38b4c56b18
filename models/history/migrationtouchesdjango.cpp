#include "migrationscripts.h"
#include "sourcetokens.h"

// Django migrations: the `operations` list, read operation by operation with
// the app's model state, because AddField names a model and a field while
// the database sees a table ("<app>_<model>" unless db_table says otherwise)
// and a column ("<field>_id" for a foreign key unless db_column says so).

namespace parity {

namespace {

using Action = MigrationTouch::Action;
using Kind = SourceToken::Kind;
using Field = DjangoAppState::Field;
using Model = DjangoAppState::Model;

// One operation's arguments, by position or by keyword as Django takes them.
struct Operation
{
    const SourceTokens &t;
    QList<SourceArgument> args;

    std::optional<SourceArgument> arg(int position, const char *keyword) const
    {
        return SourceTokens::argument(args, position, QLatin1StringView(keyword));
    }

    QString text(int position, const char *keyword) const
    {
        const auto a = arg(position, keyword);
        return a ? t.string(*a).value_or(QString()) : QString();
    }
};

class DjangoReader
{
public:
    DjangoReader(const QString &source, DjangoAppState &state)
        : m_t(source, SourceLanguage::Python)
        , m_state(state)
    {
    }

    ScriptReading read()
    {
        m_reading.hasDown = true;
        for (qsizetype i = 0; i + 2 < m_t.size(); ++i) {
            if (!m_t.isName(i, QLatin1StringView("operations")) || !m_t.at(i).firstOnLine)
                continue;
            qsizetype k = i + 1;
            while (k < m_t.size() && !m_t.isPunct(k, QLatin1StringView("="))
                   && !m_t.at(k).firstOnLine)
                ++k; // `operations: list = [`
            if (m_t.isPunct(k, QLatin1StringView("="))
                && m_t.isPunct(k + 1, QLatin1StringView("["))) {
                operations(k + 1);
                break;
            }
        }
        return m_reading;
    }

private:
    void operations(qsizetype open)
    {
        // SeparateDatabaseAndState nests operations; a crafted file must not nest them without end.
        if (m_depth > 8)
            return;
        ++m_depth;
        for (const SourceArgument &item : m_t.arguments(open))
            operation(item);
        --m_depth;
    }

    void add(Action action, const QString &table, const QString &column = {},
             const QString &index = {}, const QString &newName = {})
    {
        if (!table.isEmpty())
            m_reading.touches.append(MigrationTouch{action, table, column, index, newName});
    }

    QString defaultTable(const QString &model) const
    {
        return m_state.app + QLatin1Char('_') + model.toLower();
    }

    Model &model(const QString &name)
    {
        const QString key = name.toLower();
        auto it = m_state.models.find(key);
        if (it == m_state.models.end())
            it = m_state.models.insert(key, Model{defaultTable(name), {}});
        return *it;
    }

    // What a field call (models.ForeignKey(to=…, db_column=…)) makes in the table.
    Field field(const QString &name, const std::optional<SourceArgument> &call,
                const QString &table) const
    {
        Field f{name, {}};
        if (!call)
            return f;
        qsizetype open = -1;
        const QString type = m_t.calledName(*call, &open);
        const QList<SourceArgument> args = m_t.arguments(open);
        auto text = [&](QLatin1StringView key) {
            const auto a = SourceTokens::argument(args, -1, key);
            return a ? m_t.string(*a).value_or(QString()) : QString();
        };
        if (type.endsWith(QLatin1String("ManyToManyField"))) {
            f.column.clear();
            if (!SourceTokens::argument(args, -1, QLatin1StringView("through"))) {
                const QString dbTable = text(QLatin1StringView("db_table"));
                f.m2mTable = dbTable.isEmpty() ? QString(table + QLatin1Char('_') + name) : dbTable;
            }
            return f;
        }
        const QString dbColumn = text(QLatin1StringView("db_column"));
        if (!dbColumn.isEmpty())
            f.column = dbColumn;
        else if (type.endsWith(QLatin1String("ForeignKey"))
                 || type.endsWith(QLatin1String("OneToOneField")))
            f.column = name + QLatin1String("_id");
        return f;
    }

    void operation(const SourceArgument &item)
    {
        qsizetype open = -1;
        const QString op = m_t.calledName(item, &open);
        if (open < 0)
            return;
        const Operation o{m_t, m_t.arguments(open)};
        if (!modelOperation(op, o) && !fieldOperation(op, o) && !indexOperation(op, o))
            databaseOperation(op, o);
    }

    bool modelOperation(const QString &op, const Operation &o)
    {
        if (op == QLatin1String("CreateModel")) {
            createModel(o.text(0, "name"), o.arg(1, "fields"), o.arg(2, "options"));
        } else if (op == QLatin1String("DeleteModel")) {
            const QString name = o.text(0, "name");
            const Model m = model(name);
            add(Action::Drop, m.table);
            for (const Field &f : m.fields) {
                if (!f.m2mTable.isEmpty())
                    add(Action::Drop, f.m2mTable);
            }
            m_state.models.remove(name.toLower());
        } else if (op == QLatin1String("RenameModel")) {
            renameModel(o.text(0, "old_name"), o.text(1, "new_name"));
        } else if (op == QLatin1String("AlterModelTable")) {
            const QString name = o.text(0, "name");
            QString table = o.text(1, "table");
            if (table.isEmpty())
                table = defaultTable(name); // table=None: back to the default
            moveTable(model(name), table);
        } else if (op == QLatin1String("AlterUniqueTogether")
                   || op == QLatin1String("AlterIndexTogether")) {
            add(Action::Alter, model(o.text(0, "name")).table);
        } else if (op == QLatin1String("AlterOrderWithRespectTo")) {
            const auto value = o.arg(1, "order_with_respect_to");
            const bool none = !value || m_t.isName(value->begin, QLatin1StringView("None"));
            add(none ? Action::Drop : Action::Create, model(o.text(0, "name")).table,
                QStringLiteral("_order"));
        } else {
            return false;
        }
        return true;
    }

    bool fieldOperation(const QString &op, const Operation &o)
    {
        if (op == QLatin1String("RenameField")) {
            renameField(model(o.text(0, "model_name")), o.text(1, "old_name"),
                        o.text(2, "new_name"));
            return true;
        }
        if (op != QLatin1String("AddField") && op != QLatin1String("RemoveField")
            && op != QLatin1String("AlterField"))
            return false;
        Model &m = model(o.text(0, "model_name"));
        const QString name = o.text(1, "name");
        if (op == QLatin1String("RemoveField")) {
            const Field f = m.fields.value(name, Field{name, {}});
            if (!f.m2mTable.isEmpty())
                add(Action::Drop, f.m2mTable);
            else if (!f.column.isEmpty())
                add(Action::Drop, m.table, f.column);
            m.fields.remove(name);
            return true;
        }
        const Field f = field(name, o.arg(2, "field"), m.table);
        if (op == QLatin1String("AddField")) {
            if (!f.m2mTable.isEmpty())
                add(Action::Create, f.m2mTable);
            else if (!f.column.isEmpty())
                add(Action::Create, m.table, f.column);
        } else {
            // AlterField: a new db_column renames the column.
            const Field old = m.fields.value(name, f);
            if (!f.column.isEmpty() && !old.column.isEmpty() && old.column != f.column)
                add(Action::Rename, m.table, old.column, {}, f.column);
            else if (!f.column.isEmpty())
                add(Action::Alter, m.table, f.column);
        }
        m.fields.insert(name, f);
        return true;
    }

    bool indexOperation(const QString &op, const Operation &o)
    {
        if (op == QLatin1String("AddIndex") || op == QLatin1String("AddConstraint")) {
            // index=models.Index(fields=[…], name='…'), constraint=models.UniqueConstraint(…,
            // name='…')
            QString name;
            if (const auto object =
                    o.arg(1, op == QLatin1String("AddIndex") ? "index" : "constraint")) {
                qsizetype inner = -1;
                m_t.calledName(*object, &inner);
                if (const auto given =
                        SourceTokens::argument(m_t.arguments(inner), -1, QLatin1StringView("name")))
                    name = m_t.string(*given).value_or(QString());
            }
            index(Action::Create, model(o.text(0, "model_name")).table, name);
        } else if (op == QLatin1String("RemoveIndex") || op == QLatin1String("RemoveConstraint")) {
            index(Action::Drop, model(o.text(0, "model_name")).table, o.text(1, "name"));
        } else if (op == QLatin1String("RenameIndex")) {
            const QString table = model(o.text(0, "model_name")).table;
            const QString old = o.text(2, "old_name");
            if (old.isEmpty())
                add(Action::Alter, table); // renamed from old_fields: an unnamed index_together
            else
                add(Action::Rename, table, {}, old, o.text(1, "new_name"));
        } else {
            return false;
        }
        return true;
    }

    void databaseOperation(const QString &op, const Operation &o)
    {
        if (op == QLatin1String("RunSQL")) {
            if (const auto sql = o.arg(0, "sql")) {
                for (const QString &statement : sqlStrings(*sql))
                    m_reading.touches.append(touchesFromSql(statement));
            }
            if (!reversible(o.arg(1, "reverse_sql")))
                m_reading.hasDown = false;
        } else if (op == QLatin1String("RunPython")) {
            if (!reversible(o.arg(1, "reverse_code")))
                m_reading.hasDown = false;
        } else if (op == QLatin1String("SeparateDatabaseAndState")) {
            // Only database_operations reach the database.
            if (const auto ops = o.arg(0, "database_operations");
                ops && m_t.at(ops->begin).isOpener())
                operations(ops->begin);
        }
    }

    bool reversible(const std::optional<SourceArgument> &reverse) const
    {
        return reverse && !m_t.isName(reverse->begin, QLatin1StringView("None"));
    }

    void index(Action action, const QString &table, const QString &name)
    {
        if (name.isEmpty())
            add(Action::Alter, table);
        else
            add(action, table, {}, name);
    }

    void createModel(const QString &name, const std::optional<SourceArgument> &fields,
                     const std::optional<SourceArgument> &options)
    {
        if (name.isEmpty())
            return;
        Model m{defaultTable(name), {}};
        bool makesTable = true;
        if (options) {
            if (const auto table = m_t.property(*options, QLatin1StringView("db_table")))
                m.table = m_t.string(*table).value_or(m.table);
            // Unmanaged and proxy models have no table of their own to create.
            if (const auto managed = m_t.property(*options, QLatin1StringView("managed")))
                makesTable = !m_t.isName(managed->begin, QLatin1StringView("False"));
            if (const auto proxy = m_t.property(*options, QLatin1StringView("proxy")))
                makesTable = makesTable && !m_t.isName(proxy->begin, QLatin1StringView("True"));
        }
        QStringList joinTables;
        if (fields && m_t.at(fields->begin).isOpener()) {
            for (const SourceArgument &entry : m_t.arguments(fields->begin)) {
                // ('name', models.CharField(…))
                if (!m_t.isPunct(entry.begin, QLatin1StringView("(")))
                    continue;
                const QList<SourceArgument> pair = m_t.arguments(entry.begin);
                if (pair.size() < 2)
                    continue;
                const QString fieldName = m_t.string(pair[0]).value_or(QString());
                if (fieldName.isEmpty())
                    continue;
                const Field f = field(fieldName, pair[1], m.table);
                m.fields.insert(fieldName, f);
                if (!f.m2mTable.isEmpty())
                    joinTables << f.m2mTable;
            }
        }
        m_state.models.insert(name.toLower(), m);
        if (!makesTable)
            return;
        add(Action::Create, m.table);
        for (const QString &table : std::as_const(joinTables))
            add(Action::Create, table);
    }

    // A model's table moves; the join tables named after it move with it.
    void moveTable(Model &m, const QString &table)
    {
        if (table.isEmpty() || table == m.table)
            return;
        add(Action::Rename, m.table, {}, {}, table);
        const QString oldPrefix = m.table + QLatin1Char('_');
        for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
            if (it->m2mTable == oldPrefix + it.key()) {
                const QString moved = table + QLatin1Char('_') + it.key();
                add(Action::Rename, it->m2mTable, {}, {}, moved);
                it->m2mTable = moved;
            }
        }
        m.table = table;
    }

    void renameModel(const QString &oldName, const QString &newName)
    {
        if (oldName.isEmpty() || newName.isEmpty())
            return;
        Model m = model(oldName);
        m_state.models.remove(oldName.toLower());
        // A db_table set by hand stays; the default one follows the name.
        if (m.table == defaultTable(oldName))
            moveTable(m, defaultTable(newName));
        m_state.models.insert(newName.toLower(), m);
    }

    void renameField(Model &m, const QString &oldName, const QString &newName)
    {
        if (oldName.isEmpty() || newName.isEmpty())
            return;
        Field f = m.fields.value(oldName, Field{oldName, {}});
        m.fields.remove(oldName);
        if (!f.m2mTable.isEmpty()) {
            if (f.m2mTable == m.table + QLatin1Char('_') + oldName) {
                const QString moved = m.table + QLatin1Char('_') + newName;
                add(Action::Rename, f.m2mTable, {}, {}, moved);
                f.m2mTable = moved;
            }
        } else if (f.column == oldName) {
            add(Action::Rename, m.table, oldName, {}, newName);
            f.column = newName;
        } else if (f.column == oldName + QLatin1String("_id")) {
            f.column = newName + QLatin1String("_id");
            add(Action::Rename, m.table, oldName + QLatin1String("_id"), {}, f.column);
        } // else a db_column set by hand: the column keeps its name
        m.fields.insert(newName, f);
    }

    // RunSQL's sql: a string, a list of strings, or of (sql, params) pairs.
    QStringList sqlStrings(const SourceArgument &argument) const
    {
        if (!m_t.at(argument.begin).isOpener()) {
            const auto one = m_t.string(argument);
            return one ? QStringList{*one} : QStringList();
        }
        QStringList result;
        for (const SourceArgument &item : m_t.arguments(argument.begin)) {
            if (m_t.isPunct(item.begin, QLatin1StringView("("))) {
                const QList<SourceArgument> pair = m_t.arguments(item.begin);
                if (!pair.isEmpty())
                    result << m_t.string(pair.first()).value_or(QString());
            } else if (const auto one = m_t.string(item)) {
                result << *one;
            }
        }
        return result;
    }

    SourceTokens m_t;
    DjangoAppState &m_state;
    ScriptReading m_reading;
    int m_depth = 0;
};

} // namespace

ScriptReading readDjangoMigration(const QString &source, DjangoAppState &state)
{
    return DjangoReader(source, state).read();
}

} // namespace parity

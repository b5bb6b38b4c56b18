#include "migrationscripts.h"
#include "sourcetokens.h"

// Alembic revision files: the revision identifiers at the top, and the op.*
// calls of `def upgrade()` (batch_alter_table blocks included).

namespace parity {

namespace {

using Action = MigrationTouch::Action;
using Kind = SourceToken::Kind;

class AlembicReader : public TouchRecorder
{
public:
    explicit AlembicReader(const QString &source)
        : m_t(source, SourceLanguage::Python)
    {
    }

    AlembicScript read()
    {
        AlembicScript script;
        if (const auto value = topLevelValue(QLatin1StringView("revision"));
            value && m_t.at(value->begin).kind == Kind::String) {
            script.hasRevision = true;
            script.revision = m_t.at(value->begin).text;
        }
        if (const auto value = topLevelValue(QLatin1StringView("down_revision"))) {
            if (m_t.at(value->begin).kind == Kind::String || m_t.at(value->begin).isOpener())
                script.downRevisions = m_t.strings(*value);
        }
        const qsizetype upgrade = m_t.findDef(QLatin1StringView("upgrade"));
        if (upgrade >= 0)
            scan(upgrade, m_t.blockEnd(upgrade));
        script.reading.touches = m_touches;
        const qsizetype downgrade = m_t.findDef(QLatin1StringView("downgrade"));
        script.reading.hasDown = downgrade >= 0 && doesSomething(downgrade);
        return script;
    }

private:
    // `name = value` or `name: Union[str, None] = value` at the top of the module.
    std::optional<SourceArgument> topLevelValue(QLatin1StringView name) const
    {
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            const SourceToken &t = m_t.at(i);
            if (!t.isName(name) || !t.firstOnLine || t.column != 0)
                continue;
            qsizetype k = i + 1;
            while (k < m_t.size() && !m_t.at(k).firstOnLine
                   && !m_t.isPunct(k, QLatin1StringView("="))) {
                if (m_t.at(k).isOpener() && m_t.partner(k) > k)
                    k = m_t.partner(k);
                ++k;
            }
            if (!m_t.isPunct(k, QLatin1StringView("=")) || m_t.at(k + 1).firstOnLine)
                continue;
            qsizetype end = k + 2;
            if (m_t.at(k + 1).isOpener() && m_t.partner(k + 1) > k)
                end = m_t.partner(k + 1) + 1;
            return SourceArgument{k + 1, end, {}};
        }
        return std::nullopt;
    }

    // A body that is more than `pass`, `...` or a docstring.
    bool doesSomething(qsizetype def) const
    {
        qsizetype i = def + 2;
        if (m_t.isPunct(i, QLatin1StringView("(")) && m_t.partner(i) > i)
            i = m_t.partner(i) + 1;
        while (i < m_t.size() && !m_t.isPunct(i, QLatin1StringView(":")))
            ++i; // a return annotation
        const qsizetype end = m_t.blockEnd(def);
        for (++i; i < end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (!(t.isName(QLatin1StringView("pass")) || t.kind == Kind::String
                  || t.isPunct(QLatin1StringView("."))))
                return true;
        }
        return false;
    }

    void scan(qsizetype begin, qsizetype end)
    {
        QHash<QString, QString>
            batches; // `with op.batch_alter_table('t') as batch_op`: batch_op -> t
        for (qsizetype i = begin; i < end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.kind != Kind::Name || !m_t.isPunct(i + 1, QLatin1StringView("."))
                || m_t.at(i + 2).kind != Kind::Name || !m_t.isPunct(i + 3, QLatin1StringView("(")))
                continue;
            const qsizetype open = i + 3;
            const QString method = m_t.at(i + 2).text;
            if (t.text == QLatin1String("op") && method == QLatin1String("batch_alter_table")) {
                const auto table =
                    SourceTokens::argument(m_t.arguments(open), 0, QLatin1StringView("table_name"));
                const qsizetype after = m_t.partner(open) + 1;
                if (table && m_t.partner(open) > open && m_t.isName(after, QLatin1StringView("as")))
                    batches.insert(m_t.at(after + 1).text, m_t.string(*table).value_or(QString()));
            } else if (t.text == QLatin1String("op")) {
                call(method, open, std::nullopt);
            } else if (batches.contains(t.text)) {
                call(method, open, batches.value(t.text));
            }
            if (m_t.partner(open) > open)
                i = m_t.partner(open);
        }
    }

    // op.<method>(…), or <batch>.<method>(…) whose table is `batchTable`.
    void call(const QString &method, qsizetype open, const std::optional<QString> &batchTable)
    {
        const QList<SourceArgument> args = m_t.arguments(open);
        const bool batch = batchTable.has_value();
        // Positions as op.* takes them; a batch call has no table argument,
        // so what follows the table moves one place up.
        auto text = [&](int position, int tablePosition, const char *keyword) {
            const int at = batch && position > tablePosition ? position - 1 : position;
            const auto a = SourceTokens::argument(args, at, QLatin1StringView(keyword));
            return a ? m_t.string(*a).value_or(QString()) : QString();
        };
        auto table = [&](int position, const char *keyword) {
            return batch ? *batchTable : text(position, position, keyword);
        };

        if (method == QLatin1String("create_table") && !batch) {
            add(Action::Create, table(0, "table_name"));
        } else if (method == QLatin1String("drop_table") && !batch) {
            add(Action::Drop, table(0, "table_name"));
        } else if (method == QLatin1String("rename_table") && !batch) {
            add(Action::Rename, table(0, "old_table_name"), {}, {}, text(1, 0, "new_table_name"));
        } else if (method == QLatin1String("add_column")) {
            column(Action::Create, table(0, "table_name"), text(1, 0, "column"));
        } else if (method == QLatin1String("drop_column")) {
            column(Action::Drop, table(0, "table_name"), text(1, 0, "column_name"));
        } else if (method == QLatin1String("alter_column")) {
            const QString name = text(1, 0, "column_name");
            const QString renamed = text(-1, 0, "new_column_name");
            if (!renamed.isEmpty() && !name.isEmpty())
                add(Action::Rename, table(0, "table_name"), name, {}, renamed);
            else
                column(Action::Alter, table(0, "table_name"), name);
        } else if (method == QLatin1String("create_index")) {
            index(Action::Create, table(1, "table_name"), text(0, 1, "index_name"));
        } else if (method == QLatin1String("drop_index")) {
            index(Action::Drop, table(1, "table_name"), text(0, 1, "index_name"));
        } else if (method == QLatin1String("create_unique_constraint")
                   || method == QLatin1String("create_primary_key")
                   || method == QLatin1String("create_check_constraint")
                   || method == QLatin1String("create_exclude_constraint")) {
            index(Action::Create, table(1, "table_name"), text(0, 1, "constraint_name"));
        } else if (method == QLatin1String("create_foreign_key")) {
            index(Action::Create, table(1, "source_table"), text(0, 1, "constraint_name"));
        } else if (method == QLatin1String("drop_constraint")) {
            index(Action::Drop, table(1, "table_name"), text(0, 1, "constraint_name"));
        } else if (method == QLatin1String("execute")) {
            const auto sql = SourceTokens::argument(args, 0, QLatin1StringView("sqltext"));
            if (sql) {
                if (const auto value = m_t.string(*sql))
                    m_touches.append(touchesFromSql(*value));
            }
        }
    }

    SourceTokens m_t;
};

} // namespace

AlembicScript readAlembicScript(const QString &source)
{
    return AlembicReader(source).read();
}

} // namespace parity

#include "migrationscripts.h"
#include "sourcetokens.h"

// Sequelize (queryInterface.createTable, addColumn, …) and Knex
// (knex.schema.createTable, alterTable with its table builder, …) migration
// modules. Only the `up` half is read.

namespace parity {

namespace {

using Action = MigrationTouch::Action;
using Kind = SourceToken::Kind;

// inflection.underscore, which Sequelize's default index names go through.
QString underscore(const QString &text)
{
    QString out;
    for (const QChar c : text) {
        if (c.isUpper())
            out += QLatin1Char('_');
        out += c;
    }
    if (out.startsWith(QLatin1Char('_')))
        out.remove(0, 1);
    return out.toLower();
}

// Knex's default index and constraint names: "users_email_unique".
QString knexIndexName(const QString &table, const QStringList &columns, const QString &type)
{
    QString base = table;
    base.replace(QLatin1Char('.'), QLatin1Char('_')).replace(QLatin1Char('-'), QLatin1Char('_'));
    return QString(base + QLatin1Char('_') + columns.join(QLatin1Char('_')) + QLatin1Char('_')
                   + type)
        .toLower();
}

const QStringList &knexColumnTypes()
{
    static const QStringList types =
        {QStringLiteral("increments"),   QStringLiteral("bigIncrements"),
         QStringLiteral("integer"),      QStringLiteral("bigInteger"),
         QStringLiteral("tinyint"),      QStringLiteral("smallint"),
         QStringLiteral("mediumint"),    QStringLiteral("bigint"),
         QStringLiteral("text"),         QStringLiteral("string"),
         QStringLiteral("float"),        QStringLiteral("double"),
         QStringLiteral("decimal"),      QStringLiteral("boolean"),
         QStringLiteral("date"),         QStringLiteral("datetime"),
         QStringLiteral("time"),         QStringLiteral("timestamp"),
         QStringLiteral("binary"),       QStringLiteral("enum"),
         QStringLiteral("enu"),          QStringLiteral("json"),
         QStringLiteral("jsonb"),        QStringLiteral("uuid"),
         QStringLiteral("specificType"), QStringLiteral("geometry"),
         QStringLiteral("geography"),    QStringLiteral("point")};
    return types;
}

class NodeReader : public TouchRecorder
{
public:
    explicit NodeReader(const QString &source)
        : m_t(source, SourceLanguage::JavaScript)
    {
    }

    ScriptReading read()
    {
        const qsizetype up = definition(QLatin1StringView("up"));
        const qsizetype down = definition(QLatin1StringView("down"));
        qsizetype begin = 0;
        qsizetype end = m_t.size();
        if (up >= 0) {
            begin = up;
            if (down > up)
                end = down;
        } else if (down >= 0) {
            end = down;
        }
        scan(begin, end);

        ScriptReading reading;
        reading.touches = m_touches;
        if (down >= 0)
            reading.hasDown = callsAnything(down, up > down ? up : m_t.size());
        return reading;
    }

private:
    // `up: …`, `up = …`, `exports.up = …`, `async up(…) {`, `function up(…) {`.
    qsizetype definition(QLatin1StringView name) const
    {
        for (qsizetype i = 0; i < m_t.size(); ++i) {
            if (!m_t.isName(i, name))
                continue;
            if (m_t.isPunct(i - 1, QLatin1StringView("."))) {
                if (m_t.isName(i - 2, QLatin1StringView("exports"))
                    && m_t.isPunct(i + 1, QLatin1StringView("=")))
                    return i;
                continue;
            }
            if (m_t.isPunct(i + 1, QLatin1StringView(":"))
                || m_t.isPunct(i + 1, QLatin1StringView("=")))
                return i;
            if (m_t.isPunct(i + 1, QLatin1StringView("(")) && m_t.partner(i + 1) > i) {
                const qsizetype after = m_t.partner(i + 1) + 1;
                if (m_t.isPunct(after, QLatin1StringView("{"))
                    || m_t.isPunct(after, QLatin1StringView(":")))
                    return i;
            }
        }
        return -1;
    }

    bool callsAnything(qsizetype begin, qsizetype end) const
    {
        for (qsizetype i = begin; i + 2 < end; ++i) {
            if (m_t.isPunct(i, QLatin1StringView(".")) && m_t.at(i + 1).kind == Kind::Name
                && m_t.isPunct(i + 2, QLatin1StringView("(")))
                return true;
        }
        return false;
    }

    // A table argument: 'users' or { tableName: 'users', schema: 'app' }.
    QString tableOf(const std::optional<SourceArgument> &argument) const
    {
        if (!argument)
            return {};
        if (const auto name = m_t.string(*argument))
            return *name;
        if (const auto value = m_t.property(*argument, QLatin1StringView("tableName")))
            return m_t.string(*value).value_or(QString());
        return {};
    }

    QString stringOf(const std::optional<SourceArgument> &argument) const
    {
        return argument ? m_t.string(*argument).value_or(QString()) : QString();
    }

    // ['a', 'b'], 'a', or [{ name: 'a', order: 'DESC' }].
    QStringList fieldsOf(const SourceArgument &argument) const
    {
        if (!m_t.isPunct(argument.begin, QLatin1StringView("[")))
            return m_t.strings(argument);
        QStringList fields;
        const qsizetype close = m_t.partner(argument.begin);
        for (qsizetype i = argument.begin + 1; i < close; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.kind == Kind::String) {
                fields << t.text;
            } else if (t.isPunct(QLatin1StringView("{")) && m_t.partner(i) > i) {
                const SourceArgument object{i, m_t.partner(i) + 1, {}};
                auto name = m_t.property(object, QLatin1StringView("name"));
                if (!name)
                    name = m_t.property(object, QLatin1StringView("attribute"));
                if (name)
                    fields << m_t.string(*name).value_or(QString());
                i = m_t.partner(i);
            } else if (t.isOpener() && m_t.partner(i) > i) {
                i = m_t.partner(i);
            }
        }
        return fields;
    }

    // The `name` of an options object among arguments from `from` on.
    QString optionName(const QList<SourceArgument> &args, qsizetype from,
                       QLatin1StringView key) const
    {
        for (qsizetype k = from; k < args.size(); ++k) {
            if (const auto value = m_t.property(args[k], key))
                return m_t.string(*value).value_or(QString());
        }
        return {};
    }

    void scan(qsizetype begin, qsizetype end)
    {
        for (qsizetype i = begin; i < end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.kind != Kind::Name || !m_t.isPunct(i + 1, QLatin1StringView("("))
                || !m_t.isPunct(i - 1, QLatin1StringView(".")))
                continue;
            const qsizetype next = call(t.text, i + 1);
            if (next > i)
                i = next;
        }
    }

    // One method call; returns the index to go on from when its arguments
    // need no further reading, else -1.
    qsizetype call(const QString &method, qsizetype open)
    {
        const QList<SourceArgument> args = m_t.arguments(open);
        auto arg = [&](int n) {
            return SourceTokens::argument(args, n, QLatin1StringView());
        };
        const QString table = tableOf(arg(0));
        if (method == QLatin1String("createTable")
            || method == QLatin1String("createTableIfNotExists")
            || method == QLatin1String("createTableLike")) {
            add(Action::Create, table);
            return m_t.partner(open); // its columns come with the table
        }
        if (method == QLatin1String("dropTable") || method == QLatin1String("dropTableIfExists")) {
            add(Action::Drop, table);
        } else if (method == QLatin1String("renameTable")) {
            add(Action::Rename, table, {}, {}, tableOf(arg(1)));
        } else if (method == QLatin1String("addColumn")) {
            columnTouch(Action::Create, table, stringOf(arg(1)));
        } else if (method == QLatin1String("removeColumn")) {
            columnTouch(Action::Drop, table, stringOf(arg(1)));
        } else if (method == QLatin1String("changeColumn")) {
            columnTouch(Action::Alter, table, stringOf(arg(1)));
        } else if (method == QLatin1String("renameColumn") && args.size() >= 3) {
            const QString old = stringOf(arg(1));
            if (!old.isEmpty())
                add(Action::Rename, table, old, {}, stringOf(arg(2)));
        } else if (method == QLatin1String("addIndex") && args.size() >= 2) {
            QString name = optionName(args, 1, QLatin1StringView("name"));
            if (name.isEmpty()) {
                QStringList fields = fieldsOf(args[1]);
                if (const auto listed = m_t.property(args[1], QLatin1StringView("fields")))
                    fields = fieldsOf(*listed);
                if (!fields.isEmpty())
                    name = underscore(table + QLatin1Char('_') + fields.join(QLatin1Char('_')));
            }
            indexTouch(Action::Create, table, name);
        } else if (method == QLatin1String("removeIndex") && args.size() >= 2) {
            QString name = stringOf(arg(1));
            if (m_t.isPunct(args[1].begin, QLatin1StringView("[")))
                name =
                    underscore(table + QLatin1Char('_') + fieldsOf(args[1]).join(QLatin1Char('_')));
            indexTouch(Action::Drop, table, name);
        } else if (method == QLatin1String("addConstraint") && args.size() >= 2) {
            indexTouch(Action::Create, table, optionName(args, 1, QLatin1StringView("name")));
        } else if (method == QLatin1String("removeConstraint")) {
            indexTouch(Action::Drop, table, stringOf(arg(1)));
        } else if (method == QLatin1String("query") || method == QLatin1String("raw")) {
            if (const auto sql = arg(0) ? m_t.string(*arg(0)) : std::nullopt)
                m_touches.append(touchesFromSql(*sql));
        } else if ((method == QLatin1String("alterTable") || method == QLatin1String("table"))
                   && args.size() >= 2 && isCallback(args[1])) {
            builder(table, args[1]);
            return m_t.partner(open);
        }
        return -1;
    }

    void columnTouch(Action action, const QString &table, const QString &column)
    {
        if (!column.isEmpty())
            add(action, table, column);
    }

    void indexTouch(Action action, const QString &table, const QString &index)
    {
        if (index.isEmpty())
            add(Action::Alter, table);
        else
            add(action, table, {}, index);
    }

    bool isCallback(const SourceArgument &argument) const
    {
        const qsizetype i = argument.begin;
        if (m_t.isName(i, QLatin1StringView("function"))
            || m_t.isName(i, QLatin1StringView("async")))
            return true;
        if (m_t.at(i).kind == Kind::Name && m_t.isPunct(i + 1, QLatin1StringView("=>")))
            return true;
        return m_t.isPunct(i, QLatin1StringView("("))
               && m_t.isPunct(m_t.partner(i) + 1, QLatin1StringView("=>"));
    }

    // The callback's first parameter: `table` in function (table) {…}, (t) => …, t => ….
    QString callbackParameter(const SourceArgument &argument) const
    {
        for (qsizetype i = argument.begin; i < argument.end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.isPunct(QLatin1StringView("(")))
                return m_t.at(i + 1).kind == Kind::Name ? m_t.at(i + 1).text : QString();
            if (t.kind == Kind::Name && m_t.isPunct(i + 1, QLatin1StringView("=>")))
                return t.text;
        }
        return {};
    }

    // Knex's table builder inside alterTable('t', (table) => { … }).
    void builder(const QString &table, const SourceArgument &callback)
    {
        const QString param = callbackParameter(callback);
        for (qsizetype i = callback.begin; i < callback.end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.kind != Kind::Name || (!param.isEmpty() && t.text != param)
                || !m_t.isPunct(i + 1, QLatin1StringView(".")) || m_t.at(i + 2).kind != Kind::Name
                || !m_t.isPunct(i + 3, QLatin1StringView("(")))
                continue;
            const qsizetype open = i + 3;
            builderCall(table, m_t.at(i + 2).text, open);
            if (m_t.partner(open) > open)
                i = m_t.partner(open);
        }
    }

    void builderCall(const QString &table, const QString &method, qsizetype open)
    {
        const QList<SourceArgument> args = m_t.arguments(open);
        const auto first = SourceTokens::argument(args, 0, QLatin1StringView());
        const QStringList columns = first ? m_t.strings(*first) : QStringList();
        if (knexColumnTypes().contains(method)) {
            if (columns.isEmpty())
                return;
            const QString column = columns.first();
            const bool altered = chainCalls(open, QLatin1StringView("alter"));
            add(altered ? Action::Alter : Action::Create, table, column);
            // t.string('email').unique(): the column's own index, named by Knex.
            for (const char *type : {"unique", "index", "references"}) {
                if (chainCalls(open, QLatin1StringView(type))) {
                    const QString suffix = qstrcmp(type, "references") == 0
                                               ? QStringLiteral("foreign")
                                               : QString::fromLatin1(type);
                    add(Action::Create, table, {}, knexIndexName(table, {column}, suffix));
                }
            }
        } else if (method == QLatin1String("timestamps")
                   || method == QLatin1String("dropTimestamps")) {
            const Action action =
                method == QLatin1String("timestamps") ? Action::Create : Action::Drop;
            add(action, table, QStringLiteral("created_at"));
            add(action, table, QStringLiteral("updated_at"));
        } else if (method == QLatin1String("dropColumn")
                   || method == QLatin1String("dropColumns")) {
            for (const SourceArgument &a : args) {
                for (const QString &column : m_t.strings(a))
                    add(Action::Drop, table, column);
            }
        } else if (method == QLatin1String("renameColumn") && columns.size() == 1) {
            const auto renamed = SourceTokens::argument(args, 1, QLatin1StringView());
            add(Action::Rename, table, columns.first(), {},
                renamed ? m_t.string(*renamed).value_or(QString()) : QString());
        } else if (method == QLatin1String("setNullable")
                   || method == QLatin1String("dropNullable")) {
            if (!columns.isEmpty())
                add(Action::Alter, table, columns.first());
        } else {
            builderIndexCall(table, method, args, columns);
        }
    }

    // The name an index call gives: a string, or { indexName } / { constraintName }.
    QString givenName(const QList<SourceArgument> &args, int position) const
    {
        const auto a = SourceTokens::argument(args, position, QLatin1StringView());
        if (!a)
            return {};
        if (const auto s = m_t.string(*a))
            return *s;
        for (QLatin1StringView key :
             {QLatin1StringView("indexName"), QLatin1StringView("constraintName")}) {
            if (const auto v = m_t.property(*a, key))
                return m_t.string(*v).value_or(QString());
        }
        return {};
    }

    // t.index(['a'], 'name'), t.dropUnique(['a']), t.primary(['id']) …: what
    // the call does not name Knex names "<table>_<columns>_<type>" or "<table>_pkey".
    void builderIndexCall(const QString &table, const QString &method,
                          const QList<SourceArgument> &args, const QStringList &columns)
    {
        struct IndexCall
        {
            const char *method;
            Action action;
            const char *type; // nullptr: the primary key
            int namePosition;
        };
        static const IndexCall calls[] = {
            {"index", Action::Create, "index", 1},       {"unique", Action::Create, "unique", 1},
            {"foreign", Action::Create, "foreign", 1},   {"primary", Action::Create, nullptr, 1},
            {"dropIndex", Action::Drop, "index", 1},     {"dropUnique", Action::Drop, "unique", 1},
            {"dropForeign", Action::Drop, "foreign", 1}, {"dropPrimary", Action::Drop, nullptr, 0},
        };
        for (const IndexCall &call : calls) {
            if (method != QLatin1StringView(call.method))
                continue;
            QString name = givenName(args, call.namePosition);
            if (name.isEmpty())
                name = call.type ? knexIndexName(table, columns, QString::fromLatin1(call.type))
                                 : QString(table + QLatin1String("_pkey"));
            add(call.action, table, {}, name);
            return;
        }
    }

    // Whether the chain after the call at `open` (….notNullable().alter())
    // calls `method`.
    bool chainCalls(qsizetype open, QLatin1StringView method) const
    {
        qsizetype i = m_t.partner(open);
        while (i > 0 && m_t.isPunct(i + 1, QLatin1StringView("."))
               && m_t.at(i + 2).kind == Kind::Name && m_t.isPunct(i + 3, QLatin1StringView("("))) {
            if (m_t.at(i + 2).text == method)
                return true;
            i = m_t.partner(i + 3);
        }
        return false;
    }

    SourceTokens m_t;
};

} // namespace

ScriptReading readNodeMigration(const QString &source)
{
    return NodeReader(source).read();
}

} // namespace parity

#include "migrationscripts.h"
#include "sourcetokens.h"

#include <QCryptographicHash>

// Rails migrations: the schema statements of `def change` and `def up`
// (create_table, add_column, change_table blocks, execute …). `def down`
// and the `down` half of a `reversible` block are left out.

namespace parity {

namespace {

using Action = MigrationTouch::Action;
using Kind = SourceToken::Kind;

const QStringList &railsColumnTypes()
{
    static const QStringList types =
        {QStringLiteral("string"),      QStringLiteral("text"),     QStringLiteral("integer"),
         QStringLiteral("bigint"),      QStringLiteral("float"),    QStringLiteral("decimal"),
         QStringLiteral("numeric"),     QStringLiteral("datetime"), QStringLiteral("timestamp"),
         QStringLiteral("timestamptz"), QStringLiteral("time"),     QStringLiteral("date"),
         QStringLiteral("binary"),      QStringLiteral("blob"),     QStringLiteral("boolean"),
         QStringLiteral("json"),        QStringLiteral("jsonb"),    QStringLiteral("uuid"),
         QStringLiteral("citext"),      QStringLiteral("hstore"),   QStringLiteral("inet"),
         QStringLiteral("cidr"),        QStringLiteral("macaddr"),  QStringLiteral("virtual"),
         QStringLiteral("enum"),        QStringLiteral("column"),   QStringLiteral("primary_key")};
    return types;
}

// ActiveSupport's singularize for the plural table names Rails derives
// foreign key columns from ("users" -> "user", "categories" -> "category").
QString singular(const QString &word)
{
    if (word.endsWith(QLatin1String("ies")))
        return word.chopped(3) + QLatin1Char('y');
    for (const char *ending : {"sses", "shes", "ches", "xes", "uses"}) {
        if (word.endsWith(QLatin1StringView(ending)))
            return word.chopped(2);
    }
    if (word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
        return word.chopped(1);
    return word;
}

// Rails names a foreign key "fk_rails_" + the first ten hex digits of the
// SHA-256 of "<table>_<column>_fk".
QString railsForeignKeyName(const QString &table, const QString &column)
{
    const QByteArray digest =
        QCryptographicHash::hash(QString(table + QLatin1Char('_') + column + QLatin1String("_fk"))
                                     .toUtf8(),
                                 QCryptographicHash::Sha256);
    return QStringLiteral("fk_rails_") + QString::fromLatin1(digest.toHex().left(10));
}

QString railsIndexName(const QString &table, const QStringList &columns)
{
    return QStringLiteral("index_%1_on_%2").arg(table, columns.join(QLatin1String("_and_")));
}

class RailsReader : public TouchRecorder
{
public:
    explicit RailsReader(const QString &source)
        : m_t(source, SourceLanguage::Ruby)
    {
    }

    ScriptReading read()
    {
        ScriptReading reading;
        const qsizetype change = m_t.findDef(QLatin1StringView("change"));
        const qsizetype up = m_t.findDef(QLatin1StringView("up"));
        for (const qsizetype def : {change, up}) {
            if (def >= 0)
                scan(def + 2, m_t.blockEnd(def));
        }
        reading.touches = m_touches;
        reading.hasDown = change >= 0 || m_t.findDef(QLatin1StringView("down")) >= 0;
        return reading;
    }

private:
    void scan(qsizetype begin, qsizetype end)
    {
        // change_table :users do |t| … end: `t` means users within the block.
        // Blocks nest, so the aliases form a stack that lines at or left of
        // a block's indentation close.
        struct Alias
        {
            QString name;
            QString table;
            int line = 0;
            int indent = 0;
        };
        QList<Alias> aliases;
        int lineIndent = 0;
        auto aliasFor = [&](const QString &name) -> const Alias * {
            for (qsizetype k = aliases.size() - 1; k >= 0; --k) {
                if (aliases[k].name == name)
                    return &aliases[k];
            }
            return nullptr;
        };
        for (qsizetype i = begin; i < end; ++i) {
            const SourceToken &t = m_t.at(i);
            if (t.firstOnLine) {
                lineIndent = t.column;
                while (!aliases.isEmpty() && t.line > aliases.last().line
                       && t.column <= aliases.last().indent)
                    aliases.removeLast();
            }
            if (t.kind != Kind::Name)
                continue;
            // reversible do |dir| … dir.down do … end … end: the down half is not the up direction.
            if (t.isName(QLatin1StringView("down")) && m_t.isPunct(i - 1, QLatin1StringView("."))) {
                if (m_t.isPunct(i + 1, QLatin1StringView("{")) && m_t.partner(i + 1) > i)
                    i = m_t.partner(i + 1);
                else if (m_t.isName(i + 1, QLatin1StringView("do")))
                    i = m_t.blockEnd(i) - 1;
                continue;
            }
            const bool called = m_t.isPunct(i - 1, QLatin1StringView("."));
            const Alias *alias = called ? aliasFor(m_t.at(i - 2).text) : nullptr;
            if (called && !alias)
                continue;
            QList<SourceArgument> args;
            qsizetype last = i; // the last token of the call
            const SourceToken &after = m_t.at(i + 1);
            if (after.isPunct(QLatin1StringView("(")) && after.offset == t.offset + t.text.size()) {
                args = m_t.arguments(i + 1);
                last = std::max(i + 1, m_t.partner(i + 1));
            } else if (!after.firstOnLine && startsBareArgument(after)) {
                qsizetype stop = i + 1;
                args = m_t.bareArguments(i + 1, &stop);
                last = std::max(i, stop - 1);
            }
            if (alias) {
                aliasCall(alias->table, t.text, args);
            } else if (t.text == QLatin1String("change_table")) {
                if (m_t.isName(last + 1, QLatin1StringView("do"))
                    && m_t.isPunct(last + 2, QLatin1StringView("|"))) {
                    if (aliases.size() >= 64)
                        aliases.removeFirst();
                    aliases.append(Alias{m_t.at(last + 3).text, text(args, 0), t.line, lineIndent});
                }
            } else {
                statement(t.text, args);
            }
            i = last;
        }
    }

    // `add_column :t, …`: what can follow a method name as its first argument
    // (not `.` of a receiver, nor `=` of an assignment, nor a keyword).
    static bool startsBareArgument(const SourceToken &t)
    {
        switch (t.kind) {
        case Kind::String:
        case Kind::Number:
            return true;
        case Kind::Name: {
            static const QStringList keywords =
                {QStringLiteral("do"),    QStringLiteral("if"),    QStringLiteral("unless"),
                 QStringLiteral("and"),   QStringLiteral("or"),    QStringLiteral("then"),
                 QStringLiteral("end"),   QStringLiteral("while"), QStringLiteral("until"),
                 QStringLiteral("rescue")};
            return !keywords.contains(t.text);
        }
        case Kind::Punct:
            return t.text == QLatin1String("[") || t.text == QLatin1String("*")
                   || t.text == QLatin1String("&") || t.text == QLatin1String("-")
                   || t.text == QLatin1String("::");
        }
        return false;
    }

    QString text(const QList<SourceArgument> &args, int position, const char *keyword = "") const
    {
        const auto a = SourceTokens::argument(args, position, QLatin1StringView(keyword));
        return a ? m_t.string(*a).value_or(QString()) : QString();
    }

    QStringList columns(const QList<SourceArgument> &args, int position,
                        const char *keyword = "") const
    {
        const auto a = SourceTokens::argument(args, position, QLatin1StringView(keyword));
        return a ? m_t.strings(*a) : QStringList();
    }

    bool flag(const QList<SourceArgument> &args, const char *keyword, bool otherwise) const
    {
        const auto a = SourceTokens::argument(args, -1, QLatin1StringView(keyword));
        if (!a)
            return otherwise;
        return !m_t.isName(a->begin, QLatin1StringView("false"))
               && !m_t.isName(a->begin, QLatin1StringView("nil"));
    }

    void statement(const QString &method, const QList<SourceArgument> &args)
    {
        const QString table = text(args, 0);
        if (!tableStatement(method, table, args) && !columnStatement(method, table, args))
            indexStatement(method, table, args);
    }

    bool tableStatement(const QString &method, const QString &table,
                        const QList<SourceArgument> &args)
    {
        if (method == QLatin1String("create_table")) {
            add(Action::Create, table);
        } else if (method == QLatin1String("drop_table")) {
            add(Action::Drop, table);
        } else if (method == QLatin1String("rename_table")) {
            add(Action::Rename, table, {}, {}, text(args, 1));
        } else if (method == QLatin1String("create_join_table")
                   || method == QLatin1String("drop_join_table")) {
            QString name = text(args, -1, "table_name");
            if (name.isEmpty())
                name = joinTableName(table, text(args, 1));
            add(method.startsWith(QLatin1String("create")) ? Action::Create : Action::Drop, name);
        } else if (method == QLatin1String("execute")) {
            const auto sql = SourceTokens::argument(args, 0, QLatin1StringView());
            if (const auto value = sql ? m_t.string(*sql) : std::nullopt)
                m_touches.append(touchesFromSql(*value));
        } else {
            return false;
        }
        return true;
    }

    bool columnStatement(const QString &method, const QString &table,
                         const QList<SourceArgument> &args)
    {
        if (method == QLatin1String("add_column")) {
            column(Action::Create, table, text(args, 1));
        } else if (method == QLatin1String("remove_column")) {
            column(Action::Drop, table, text(args, 1));
        } else if (method == QLatin1String("remove_columns")) {
            for (qsizetype k = 1; k < args.size(); ++k) {
                if (args[k].keyword.isEmpty())
                    column(Action::Drop, table, m_t.string(args[k]).value_or(QString()));
            }
        } else if (method == QLatin1String("change_column")
                   || method == QLatin1String("change_column_null")
                   || method == QLatin1String("change_column_default")
                   || method == QLatin1String("change_column_comment")) {
            column(Action::Alter, table, text(args, 1));
        } else if (method == QLatin1String("rename_column")) {
            const QString old = text(args, 1);
            if (!old.isEmpty())
                add(Action::Rename, table, old, {}, text(args, 2));
        } else if (method == QLatin1String("add_reference")
                   || method == QLatin1String("add_belongs_to")) {
            reference(Action::Create, table, text(args, 1), args);
        } else if (method == QLatin1String("remove_reference")
                   || method == QLatin1String("remove_belongs_to")) {
            reference(Action::Drop, table, text(args, 1), args);
        } else if (method == QLatin1String("add_timestamps")
                   || method == QLatin1String("remove_timestamps")) {
            const Action action =
                method.startsWith(QLatin1String("add")) ? Action::Create : Action::Drop;
            add(action, table, QStringLiteral("created_at"));
            add(action, table, QStringLiteral("updated_at"));
        } else {
            return false;
        }
        return true;
    }

    void indexStatement(const QString &method, const QString &table,
                        const QList<SourceArgument> &args)
    {
        if (method == QLatin1String("add_index")) {
            QString name = text(args, -1, "name");
            if (name.isEmpty())
                name = railsIndexName(table, columns(args, 1));
            index(Action::Create, table, name);
        } else if (method == QLatin1String("remove_index")) {
            QString name = text(args, -1, "name");
            if (name.isEmpty()) {
                const QStringList cols = columns(args, 1, "column");
                if (!cols.isEmpty())
                    name = railsIndexName(table, cols);
            }
            index(Action::Drop, table, name);
        } else if (method == QLatin1String("rename_index")) {
            const QString old = text(args, 1);
            if (!old.isEmpty())
                add(Action::Rename, table, {}, old, text(args, 2));
        } else if (method == QLatin1String("add_foreign_key")
                   || method == QLatin1String("remove_foreign_key")) {
            QString name = text(args, -1, "name");
            if (name.isEmpty()) {
                QString col = text(args, -1, "column");
                const QString to = text(args, 1);
                if (col.isEmpty() && !to.isEmpty())
                    col = singular(to) + QLatin1String("_id");
                if (!col.isEmpty())
                    name = railsForeignKeyName(table, col);
            }
            index(method.startsWith(QLatin1String("add")) ? Action::Create : Action::Drop, table,
                  name);
        } else if (method == QLatin1String("add_check_constraint")) {
            index(Action::Create, table, text(args, -1, "name"));
        } else if (method == QLatin1String("remove_check_constraint")) {
            index(Action::Drop, table, text(args, -1, "name"));
        }
    }

    // add_reference :orders, :user -> orders.user_id (and user_type when polymorphic).
    void reference(Action action, const QString &table, const QString &name,
                   const QList<SourceArgument> &args)
    {
        if (name.isEmpty())
            return;
        const QString id = name + QLatin1String("_id");
        const bool polymorphic = flag(args, "polymorphic", false);
        add(action, table, id);
        if (polymorphic)
            add(action, table, name + QLatin1String("_type"));
        if (action == Action::Create && flag(args, "index", true)) {
            const QStringList cols =
                polymorphic ? QStringList{name + QLatin1String("_type"), id} : QStringList{id};
            add(Action::Create, table, {}, railsIndexName(table, cols));
        }
    }

    // create_join_table :users, :roles -> roles_users; :catalog_categories and
    // :catalog_products -> catalog_categories_products (the shared prefix once).
    static QString joinTableName(const QString &a, const QString &b)
    {
        QStringList names{a, b};
        names.sort();
        const QString first = names[0];
        const QString second = names[1];
        const qsizetype underscore = first.lastIndexOf(QLatin1Char('_'));
        if (underscore > 0) {
            const QString prefix = first.left(underscore + 1);
            if (second.startsWith(prefix))
                return first + QLatin1Char('_') + second.mid(prefix.size());
        }
        return first + QLatin1Char('_') + second;
    }

    // Inside change_table :t do |x| … end.
    void aliasCall(const QString &table, const QString &method, const QList<SourceArgument> &args)
    {
        if (railsColumnTypes().contains(method)) {
            // t.string :a, :b makes two columns; t.column :a, :string one.
            const qsizetype names = method == QLatin1String("column") ? 1 : args.size();
            for (qsizetype k = 0; k < std::min(names, args.size()); ++k) {
                if (args[k].keyword.isEmpty())
                    column(Action::Create, table, m_t.string(args[k]).value_or(QString()));
            }
        } else if (method == QLatin1String("remove")) {
            for (const SourceArgument &a : args) {
                if (a.keyword.isEmpty())
                    column(Action::Drop, table, m_t.string(a).value_or(QString()));
            }
        } else if (method == QLatin1String("rename")) {
            const QString old = text(args, 0);
            if (!old.isEmpty())
                add(Action::Rename, table, old, {}, text(args, 1));
        } else if (method == QLatin1String("change") || method == QLatin1String("change_default")
                   || method == QLatin1String("change_null")) {
            column(Action::Alter, table, text(args, 0));
        } else if (method == QLatin1String("index")) {
            QString name = text(args, -1, "name");
            if (name.isEmpty())
                name = railsIndexName(table, columns(args, 0));
            index(Action::Create, table, name);
        } else if (method == QLatin1String("remove_index")) {
            QString name = text(args, -1, "name");
            if (name.isEmpty()) {
                const QStringList cols = columns(args, 0, "column");
                if (!cols.isEmpty())
                    name = railsIndexName(table, cols);
            }
            index(Action::Drop, table, name);
        } else if (method == QLatin1String("rename_index")) {
            const QString old = text(args, 0);
            if (!old.isEmpty())
                add(Action::Rename, table, {}, old, text(args, 1));
        } else if (method == QLatin1String("references") || method == QLatin1String("belongs_to")) {
            for (const SourceArgument &a : args) {
                if (a.keyword.isEmpty())
                    reference(Action::Create, table, m_t.string(a).value_or(QString()), args);
            }
        } else if (method == QLatin1String("remove_references")
                   || method == QLatin1String("remove_belongs_to")) {
            for (const SourceArgument &a : args) {
                if (a.keyword.isEmpty())
                    reference(Action::Drop, table, m_t.string(a).value_or(QString()), args);
            }
        } else if (method == QLatin1String("timestamps")) {
            add(Action::Create, table, QStringLiteral("created_at"));
            add(Action::Create, table, QStringLiteral("updated_at"));
        }
    }

    SourceTokens m_t;
};

} // namespace

ScriptReading readRailsMigration(const QString &source)
{
    return RailsReader(source).read();
}

} // namespace parity

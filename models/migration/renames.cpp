// Declared renames: reading --rename, and applying them to FROM before the
// comparison so that data is kept instead of dropped and added.

#include "planner.h"
#include "renames.h"
#include "sqlgenerator.h"

namespace parity {

namespace {

/// Splits "a.b" at dots outside double quotes and unquotes each part.
Result<QStringList> splitName(const QString &text, const QString &whole)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += ch;
                ++i;
            } else {
                quoted = !quoted;
                wasQuoted = true;
            }
        } else if (ch == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
            wasQuoted = false;
        } else {
            current += ch;
        }
    }
    if (quoted)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: a double quote is not closed").arg(whole));
    parts << (wasQuoted ? current : current.trimmed());
    for (const QString &p : parts) {
        if (p.isEmpty())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1: an empty name; write TABLE.OLD=NEW for a column or OLD=NEW "
                                       "for a table")
                            .arg(whole));
    }
    return parts;
}

/// The position of the "=" that separates old from new, outside quotes.
qsizetype separator(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (text[i] == QLatin1Char('=') && !quoted)
            return i;
    }
    return -1;
}

Table *findTable(Catalog &catalog, const QString &schema, const QString &name)
{
    for (Schema &s : catalog.schemas) {
        if (!schema.isEmpty() && s.name != schema)
            continue;
        for (Table &t : s.tables) {
            if (t.name == name)
                return &t;
        }
    }
    return nullptr;
}

void renameInList(QStringList &list, const QString &from, const QString &to)
{
    for (QString &item : list) {
        if (item == from)
            item = to;
    }
}


} // namespace

Result<AppliedRenames> applyRenames(const Catalog &from, const Catalog &to, const QList<Rename> &renames,
                                    const SqlGenerator &g)
{
    AppliedRenames out{from, {}, {}, {}, {}};
    Catalog &c = out.catalog;
    // Table renames first: a column rename may name the table either way.
    QList<Rename> ordered;
    for (const Rename &r : renames) {
        if (r.column.isEmpty())
            ordered.append(r);
    }
    for (const Rename &r : renames) {
        if (!r.column.isEmpty())
            ordered.append(r);
    }
    QHash<QString, QString> tableNewNames;
    for (const Rename &r : ordered) {
        const QString label = r.column.isEmpty() ? r.table : r.table + QLatin1Char('.') + r.column;
        if (r.column.isEmpty()) {
            Table *t = findTable(c, r.schema, r.table);
            if (!t)
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 has no table %1").arg(label, r.newName, from.database));
            const QString schema = t->schema;
            if (!to.table(schema, r.newName))
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 has no table %2 to rename it to")
                                .arg(label, r.newName, to.database));
            if (findTable(c, schema, r.newName))
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 already has a table %2").arg(label, r.newName, from.database));
            for (const QString &sql : g.renameTable(*t, r.newName)) {
                PlanStep step;
                step.sql = sql;
                step.object = schema + QLatin1Char('.') + r.newName;
                step.note = QStringLiteral("Declared rename: %1 becomes %2, its rows kept.").arg(r.table, r.newName);
                out.steps.append(step);
            }
            const QString old = t->name;
            t->name = r.newName;
            tableNewNames.insert(old, r.newName);
            out.renamedTables.insert(schema + QChar(0x1f) + r.newName);
            out.original.tables.insert(schema + QChar(0x1f) + r.newName,
                                       out.original.tables.value(schema + QChar(0x1f) + old, old));
            for (Schema &s : c.schemas) {
                for (Table &other : s.tables) {
                    for (ForeignKey &fk : other.foreignKeys) {
                        const QString refSchema = fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema;
                        if (refSchema == schema && fk.referencedTable == old) {
                            fk.referencedTable = r.newName;
                            fk.referencedAs.clear();
                        }
                    }
                }
                if (s.name != schema)
                    continue;
                for (Trigger &tr : s.triggers) {
                    if (tr.table == old)
                        tr.table = r.newName;
                }
                for (Policy &p : s.policies) {
                    if (p.table == old)
                        p.table = r.newName;
                }
                for (Sequence &q : s.sequences) {
                    if (q.ownedBy.section(QLatin1Char('.'), 0, -2) != old)
                        continue;
                    const QString column = q.ownedBy.section(QLatin1Char('.'), -1);
                    q.ownedBy = r.newName + QLatin1Char('.') + column;
                    // A serial's sequence is named after its table; when TO
                    // has it under the new name, it is renamed too, so that
                    // it goes on counting where it was.
                    const QString newSequence = r.newName + QLatin1Char('_') + column + QStringLiteral("_seq");
                    const Schema *target = to.schema(schema);
                    const bool wanted = target && std::ranges::any_of(target->sequences, [&](const Sequence &x) {
                        return x.name == newSequence;
                    });
                    if (q.name != old + QLatin1Char('_') + column + QStringLiteral("_seq") || !wanted)
                        continue;
                    const QStringList statements = g.renameSequence(q, newSequence);
                    if (statements.isEmpty())
                        continue;
                    for (const QString &sql : statements) {
                        PlanStep step;
                        step.sql = sql;
                        step.object = schema + QLatin1Char('.') + newSequence;
                        out.steps.append(step);
                    }
                    for (Table &owner : s.tables) {
                        if (owner.name != r.newName)
                            continue;
                        for (Column &field : owner.columns) {
                            field.defaultExpression.replace(QLatin1Char('\'') + q.name + QLatin1Char('\''),
                                                       QLatin1Char('\'') + newSequence + QLatin1Char('\''));
                        }
                    }
                    q.name = newSequence;
                }
            }
            out.inverse.append(Rename{schema, r.newName, {}, old});
            continue;
        }
        Table *t = findTable(c, r.schema, tableNewNames.value(r.table, r.table));
        if (!t)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: %3 has no table %4").arg(label, r.newName, from.database, r.table));
        Column *col = nullptr;
        for (Column &x : t->columns) {
            if (x.name == r.column)
                col = &x;
        }
        if (!col)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: table %3 has no column %4")
                            .arg(label, r.newName, t->name, r.column));
        const Table *target = to.table(t->schema, t->name);
        if (!target || !target->column(r.newName))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: %3 has no column %4.%2 to rename it to")
                            .arg(label, r.newName, to.database, t->name));
        if (t->column(r.newName))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: table %3 already has a column %2").arg(label, r.newName, t->name));
        for (const QString &sql : g.renameColumn(*t, r.column, r.newName)) {
            PlanStep step;
            step.sql = sql;
            step.object = t->schema + QLatin1Char('.') + t->name + QLatin1Char('.') + r.newName;
            step.note = QStringLiteral("Declared rename: column %1.%2 becomes %3, its values kept.")
                            .arg(t->name, r.column, r.newName);
            out.steps.append(step);
        }
        col->name = r.newName;
        if (t->primaryKey)
            renameInList(t->primaryKey->columns, r.column, r.newName);
        auto renameOnColumn = [&](QString &column) {
            if (column == r.column)
                column = r.newName;
        };
        for (UniqueConstraint &u : t->uniqueConstraints) {
            renameInList(u.columns, r.column, r.newName);
            renameOnColumn(u.onColumn);
        }
        for (ForeignKey &fk : t->foreignKeys) {
            renameInList(fk.columns, r.column, r.newName);
            renameOnColumn(fk.onColumn);
        }
        for (CheckConstraint &k : t->checks)
            renameOnColumn(k.onColumn);
        for (Index &i : t->indexes) {
            for (IndexKey &k : i.keys) {
                if (!k.isExpression && k.expression == r.column)
                    k.expression = r.newName;
            }
            renameInList(i.include, r.column, r.newName);
        }
        const QString schema = t->schema;
        const QString tableName = t->name;
        for (Schema &s : c.schemas) {
            for (Table &other : s.tables) {
                for (ForeignKey &fk : other.foreignKeys) {
                    const QString refSchema = fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema;
                    if (refSchema == schema && fk.referencedTable == tableName)
                        renameInList(fk.referencedColumns, r.column, r.newName);
                }
            }
            if (s.name != schema)
                continue;
            for (Sequence &q : s.sequences) {
                if (q.ownedBy == tableName + QLatin1Char('.') + r.column)
                    q.ownedBy = tableName + QLatin1Char('.') + r.newName;
            }
        }
        out.inverse.append(Rename{schema, tableName, r.newName, r.column});
        out.original.columns.insert(schema + QChar(0x1f) + tableName + QChar(0x1f) + r.newName, r.column);
    }
    // The renamed catalog must be in canonical order again for the diff.
    c.normalize();
    return out;
}

Result<Rename> parseRename(const QString &text)
{
    const qsizetype eq = separator(text);
    if (eq <= 0 || eq == text.size() - 1)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: write TABLE.OLD=NEW to rename a column or OLD=NEW to rename a table")
                        .arg(text));
    auto left = splitName(text.left(eq), text);
    if (!left)
        return std::unexpected(left.error());
    auto right = splitName(text.mid(eq + 1), text);
    if (!right)
        return std::unexpected(right.error());
    if (right->size() != 1)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: the new name is a plain name (quote it if it holds a dot)").arg(text));
    Rename r;
    r.newName = right->first();
    switch (left->size()) {
    case 1: r.table = left->at(0); break;
    // Two parts: TABLE.COLUMN; planMigration reads it as SCHEMA.TABLE when
    // FROM has no such table and column.
    case 2: r.table = left->at(0); r.column = left->at(1); break;
    case 3: r.schema = left->at(0); r.table = left->at(1); r.column = left->at(2); break;
    default:
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: too many dots; quote names that hold one").arg(text));
    }
    return r;
}

} // namespace parity

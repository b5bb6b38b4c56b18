// Undoing changes in TO: the left-out changes of a selection put back as
// FROM has them, so that comparing FROM with the result lists only the
// changes that stay.

#include "migration/selection.h"
#include "support.h"

#include "diff/sqlnormalizer.h"

#include <algorithm>

namespace parity {

namespace selection {

namespace {

template<typename T, typename Pred>
T *findIn(QList<T> &list, Pred pred)
{
    auto it = std::ranges::find_if(list, pred);
    return it == list.end() ? nullptr : &*it;
}

template<typename T, typename Pred>
const T *findIn(const QList<T> &list, Pred pred)
{
    auto it = std::ranges::find_if(list, pred);
    return it == list.end() ? nullptr : &*it;
}

template<typename T, typename Pred>
void removeFrom(QList<T> &list, Pred pred)
{
    list.removeIf(pred);
}

/// Undoes changes of one named object list: removes what TO added, puts back
/// what it removed, replaces what it changed by FROM's.
template<typename T, typename NameOf>
void undoNamed(QList<T> &target, const QList<T> *fromList, const ObjectChange &c, NameOf nameOf)
{
    const QString fromName = c.fromName.isEmpty() ? c.name : c.fromName;
    const T *original =
        fromList ? findIn(*fromList, [&](const T &x) { return nameOf(x) == fromName; }) : nullptr;
    switch (c.change) {
    case ChangeKind::Added:
        removeFrom(target, [&](const T &x) { return nameOf(x) == c.name; });
        break;
    case ChangeKind::Removed:
        if (original && !findIn(target, [&](const T &x) { return nameOf(x) == fromName; }))
            target.append(*original);
        break;
    case ChangeKind::Changed:
        if (T *mine = findIn(target, [&](const T &x) { return nameOf(x) == c.name; });
            mine && original)
            *mine = *original;
        break;
    }
}

/// Left-out moves: the columns both sides have go back to FROM's order, in
/// the places those columns take in TO (new columns stay where TO has them).
void restoreSharedOrder(Table &mine, const Table &original)
{
    QList<Column> shared;
    for (const Column &x : original.columns) {
        if (const Column *now = mine.column(x.name))
            shared.append(*now);
    }
    qsizetype next = 0;
    for (Column &x : mine.columns) {
        if (original.column(x.name))
            x = shared[next++];
    }
}

/// A column put back takes the place among the shared columns that it has
/// in FROM, in both orders: whichever shared columns moved still move and
/// no other does.
void putBackColumns(Table &mine, const Table &original, QList<Column> columns)
{
    std::ranges::sort(columns, {}, &Column::position);
    for (const Column &col : columns) {
        qsizetype k = 0; // its place among the shared columns
        for (const Column &x : original.columns) {
            if (x.name == col.name)
                break;
            if (mine.column(x.name))
                ++k;
        }
        // Before the k-th shared column, or after the last one.
        qsizetype seen = 0;
        qsizetype at = mine.columns.size();
        qsizetype afterLast = -1;
        for (qsizetype j = 0; j < mine.columns.size(); ++j) {
            if (!original.column(mine.columns[j].name))
                continue;
            if (seen == k) {
                at = j;
                break;
            }
            ++seen;
            afterLast = j + 1;
        }
        if (at == mine.columns.size() && afterLast >= 0)
            at = afterLast;
        mine.columns.insert(at, col);
    }
}

/// Builds the undone catalog; one instance per call.
class Undo
{
public:
    Undo(const Catalog &from, const Catalog &to, const SchemaDiff &diff, const QSet<int> &included)
        : m_from(from)
        , m_out(to)
        , m_diff(diff)
        , m_included(included)
    {
        for (const Schema &s : from.schemas) {
            for (const Table &t : s.tables)
                m_fromTables.insert(key(s.name, t.name), &t);
        }
    }

    Catalog run();

private:
    static QString key(const QString &schema, const QString &name)
    {
        return schema + QChar(0x1f) + name;
    }
    Schema *schema(const QString &name, bool create);
    Table *table(const QString &schema, const QString &name);
    const Table *fromTable(const QString &schema, const QString &name) const
    {
        return m_fromTables.value(key(schema, name));
    }
    void indexTables();
    void normalizeTouched();

    void undoObject(const ObjectChange &c);
    void undoTableChange(const ObjectChange &c);
    void undoTablePart(const ObjectChange &c);
    void undoColumns(const QString &schemaName, const QString &tableName,
                     const QList<int> &changes);
    void undoView(const ObjectChange &c);

    const Catalog &m_from;
    Catalog m_out;
    const SchemaDiff &m_diff;
    const QSet<int> &m_included;
    QHash<QString, const Table *> m_fromTables;
    /// TO's tables by key(schema, name), once the tables themselves are
    /// settled; points into m_out, whose table lists stay put from then on.
    QHash<QString, Table *> m_outTables;
    bool m_tablesIndexed = false;
    /// What gained objects in no particular place: only these are put in
    /// canonical order again (TO comes in that order already, and sorting
    /// everything would copy every table of a large catalog).
    QSet<QString> m_touchedSchemas;
    QSet<QString> m_touchedTables;
    bool m_touchedExtensions = false;
};

Schema *Undo::schema(const QString &name, bool create)
{
    if (Schema *s = findIn(m_out.schemas, [&](const Schema &x) { return x.name == name; }))
        return s;
    if (!create)
        return nullptr;
    // Something of FROM's is put back in a schema TO lacks: the schema comes
    // back too (as an empty shell; its objects come back one by one).
    const Schema *original = m_from.schema(name);
    Schema shell;
    shell.name = name;
    if (original) {
        shell.owner = original->owner;
        shell.comment = original->comment;
    }
    m_out.schemas.append(shell);
    return &m_out.schemas.last();
}

Table *Undo::table(const QString &schemaName, const QString &name)
{
    if (m_tablesIndexed)
        return m_outTables.value(key(schemaName, name));
    Schema *s = schema(schemaName, false);
    return s ? findIn(s->tables, [&](const Table &t) { return t.name == name; }) : nullptr;
}

void Undo::indexTables()
{
    for (Schema &s : m_out.schemas) {
        for (Table &t : s.tables)
            m_outTables.insert(key(s.name, t.name), &t);
    }
    m_tablesIndexed = true;
}

void Undo::normalizeTouched()
{
    if (m_touchedExtensions)
        std::ranges::stable_sort(m_out.extensions, {}, &Extension::name);
    std::ranges::stable_sort(m_out.schemas, {}, &Schema::name);
    for (Schema &s : m_out.schemas) {
        if (m_touchedSchemas.contains(s.name)) {
            std::ranges::stable_sort(s.tables, {}, &Table::name);
            std::ranges::stable_sort(s.views, {}, &View::name);
            std::ranges::stable_sort(s.routines, [](const Routine &a, const Routine &b) {
                return std::pair(a.name, a.arguments) < std::pair(b.name, b.arguments);
            });
            std::ranges::stable_sort(s.triggers, [](const Trigger &a, const Trigger &b) {
                return std::pair(a.table, a.name) < std::pair(b.table, b.name);
            });
            std::ranges::stable_sort(s.sequences, {}, &Sequence::name);
            std::ranges::stable_sort(s.enums, {}, &EnumType::name);
            std::ranges::stable_sort(s.domains, {}, &Domain::name);
            std::ranges::stable_sort(s.policies, [](const Policy &a, const Policy &b) {
                return std::pair(a.table, a.name) < std::pair(b.table, b.name);
            });
            for (View &v : s.views)
                std::ranges::stable_sort(v.indexes, {}, &Index::name);
        }
        if (m_touchedTables.isEmpty())
            continue;
        for (Table &t : s.tables) {
            if (!m_touchedTables.contains(key(s.name, t.name)))
                continue;
            std::ranges::stable_sort(t.foreignKeys, {}, &ForeignKey::name);
            std::ranges::stable_sort(t.uniqueConstraints, {}, &UniqueConstraint::name);
            std::ranges::stable_sort(t.checks, {}, &CheckConstraint::name);
            std::ranges::stable_sort(t.indexes, {}, &Index::name);
        }
    }
}

Catalog Undo::run()
{
    QList<int> left;
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        if (!m_included.contains(i))
            left.append(i);
    }
    // Schemas that come back first, so their objects have a home; schemas
    // TO added go last, after everything in them has been taken out.
    for (int i : left) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind != ObjectKind::Schema)
            continue;
        if (c.change == ChangeKind::Removed) {
            schema(c.schema, true);
        } else if (c.change == ChangeKind::Changed) {
            const Schema *original = m_from.schema(c.schema);
            if (Schema *s = schema(c.schema, false); s && original) {
                s->owner = original->owner;
                s->comment = original->comment;
            }
        }
    }
    // Whole objects before their parts: a table put back brings its columns.
    QHash<QString, QList<int>> columnsByTable;
    for (int i : left) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind == ObjectKind::Schema)
            continue;
        if (c.kind == ObjectKind::Column)
            columnsByTable[c.schema + QChar(0x1f) + c.table].append(i);
        else if (c.table.isEmpty() || c.kind == ObjectKind::Trigger || c.kind == ObjectKind::Policy)
            undoObject(c);
    }
    indexTables();
    for (int i : left) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind != ObjectKind::Schema && c.kind != ObjectKind::Column
            && c.kind != ObjectKind::Trigger && c.kind != ObjectKind::Policy && !c.table.isEmpty())
            undoTablePart(c);
    }
    // Column order is a property of the whole table: a table with a column
    // change left out is laid out again from all its column changes.
    QHash<QString, QList<int>> allColumns;
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind == ObjectKind::Column)
            allColumns[c.schema + QChar(0x1f) + c.table].append(i);
    }
    for (auto it = allColumns.cbegin(); it != allColumns.cend(); ++it) {
        if (columnsByTable.contains(it.key()))
            undoColumns(it.key().section(QChar(0x1f), 0, 0), it.key().section(QChar(0x1f), 1),
                        it.value());
    }
    m_tablesIndexed = false;
    m_outTables.clear();
    for (int i : left) {
        const ObjectChange &c = m_diff.changes[i];
        if (c.kind == ObjectKind::Schema && c.change == ChangeKind::Added)
            m_out.schemas.removeIf([&](const Schema &s) { return s.name == c.schema; });
    }
    normalizeTouched();
    return m_out;
}

void Undo::undoObject(const ObjectChange &c)
{
    const Schema *fromSchema = m_from.schema(c.schema);
    switch (c.kind) {
    case ObjectKind::Extension:
        m_touchedExtensions = true;
        undoNamed<Extension>(m_out.extensions, &m_from.extensions, c,
                             [](const Extension &e) { return e.name; });
        return;
    case ObjectKind::Table:
        undoTableChange(c);
        return;
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        undoView(c);
        return;
    default:
        break;
    }
    Schema *s = schema(c.schema, c.change != ChangeKind::Added);
    if (!s)
        return;
    m_touchedSchemas.insert(s->name);
    switch (c.kind) {
    case ObjectKind::Enum:
        undoNamed<EnumType>(s->enums, fromSchema ? &fromSchema->enums : nullptr, c,
                            [](const EnumType &e) { return e.name; });
        break;
    case ObjectKind::Domain:
        undoNamed<Domain>(s->domains, fromSchema ? &fromSchema->domains : nullptr, c,
                          [](const Domain &d) { return d.name; });
        break;
    case ObjectKind::Sequence:
        undoNamed<Sequence>(s->sequences, fromSchema ? &fromSchema->sequences : nullptr, c,
                            [](const Sequence &q) { return q.name; });
        break;
    case ObjectKind::Routine: {
        // Changes name a routine by its signature as the side that has it
        // spells it; FROM's version is found by the comparison's key.
        const Routine *original = nullptr;
        const Routine *toSide =
            findIn(s->routines, [&](const Routine &r) { return r.signature() == c.name; });
        if (fromSchema) {
            const QString key = toSide ? routineKey(*toSide) : QString();
            original = findIn(fromSchema->routines, [&](const Routine &r) {
                return c.change == ChangeKind::Removed ? r.signature() == c.name
                                                       : routineKey(r) == key;
            });
        }
        if (c.change == ChangeKind::Added) {
            s->routines.removeIf([&](const Routine &r) { return r.signature() == c.name; });
        } else if (c.change == ChangeKind::Removed) {
            if (original && !findIn(s->routines, [&](const Routine &r) {
                    return routineKey(r) == routineKey(*original);
                }))
                s->routines.append(*original);
        } else if (Routine *mine =
                       findIn(s->routines,
                              [&](const Routine &r) { return r.signature() == c.name; });
                   mine && original) {
            *mine = *original;
        }
        break;
    }
    case ObjectKind::Policy: {
        auto same = [&](const Policy &p) {
            return p.table == c.table && p.name == c.name;
        };
        const Policy *original = fromSchema ? findIn(fromSchema->policies, same) : nullptr;
        if (c.change == ChangeKind::Added)
            s->policies.removeIf(same);
        else if (c.change == ChangeKind::Removed && original && !findIn(s->policies, same))
            s->policies.append(*original);
        else if (Policy *mine = findIn(s->policies, same); mine && original)
            *mine = *original;
        break;
    }
    case ObjectKind::Trigger: {
        auto same = [&](const Trigger &t) {
            return t.table == c.table && t.name == c.name;
        };
        const Trigger *original = fromSchema ? findIn(fromSchema->triggers, same) : nullptr;
        if (c.change == ChangeKind::Added)
            s->triggers.removeIf(same);
        else if (c.change == ChangeKind::Removed && original && !findIn(s->triggers, same))
            s->triggers.append(*original);
        else if (Trigger *mine = findIn(s->triggers, same); mine && original)
            *mine = *original;
        break;
    }
    default:
        break;
    }
}

void Undo::undoTableChange(const ObjectChange &c)
{
    const Table *original = fromTable(c.schema, c.name);
    if (c.change == ChangeKind::Added) {
        if (Schema *s = schema(c.schema, false))
            s->tables.removeIf([&](const Table &t) { return t.name == c.name; });
        return;
    }
    if (c.change == ChangeKind::Removed) {
        Schema *s = schema(c.schema, true);
        m_touchedSchemas.insert(s->name);
        if (original && !findIn(s->tables, [&](const Table &t) { return t.name == c.name; }))
            s->tables.append(*original);
        return;
    }
    // Changed: the table's own properties only; its columns, keys and
    // indexes are changes of their own.
    Table *mine = table(c.schema, c.name);
    if (!mine || !original)
        return;
    mine->kind = original->kind;
    mine->partitionKey = original->partitionKey;
    mine->parentTable = original->parentTable;
    mine->partitionBound = original->partitionBound;
    mine->comment = original->comment;
    mine->owner = original->owner;
    mine->engine = original->engine;
    mine->collation = original->collation;
    mine->options = original->options;
    mine->rowSecurity = original->rowSecurity;
    mine->forceRowSecurity = original->forceRowSecurity;
    mine->grants = original->grants;
    mine->writtenName = original->writtenName; // FROM's spelling (SQLite letter case)
}

void Undo::undoView(const ObjectChange &c)
{
    const Schema *fromSchema = m_from.schema(c.schema);
    const View *original = fromSchema ? fromSchema->view(c.name) : nullptr;
    Schema *s = schema(c.schema, c.change != ChangeKind::Added);
    if (!s)
        return;
    m_touchedSchemas.insert(s->name);
    if (c.change == ChangeKind::Added) {
        s->views.removeIf([&](const View &v) { return v.name == c.name; });
    } else if (c.change == ChangeKind::Removed) {
        if (original && !s->view(c.name))
            s->views.append(*original);
    } else if (View *mine = findIn(s->views, [&](const View &v) { return v.name == c.name; });
               mine && original) {
        // A materialized view's indexes are changes of their own, compared
        // only while both sides are materialized.
        const bool indexesApart = mine->materialized && original->materialized;
        const QList<Index> indexes = mine->indexes;
        *mine = *original;
        if (indexesApart)
            mine->indexes = indexes;
    }
}

void Undo::undoTablePart(const ObjectChange &c)
{
    Table *mine = table(c.schema, c.table);
    const Table *original = fromTable(c.schema, c.table);
    if (!mine) {
        // An index of a materialized view.
        Schema *s = schema(c.schema, false);
        View *view =
            s ? findIn(s->views, [&](const View &v) { return v.name == c.table; }) : nullptr;
        const Schema *fs = m_from.schema(c.schema);
        const View *fromView = fs ? fs->view(c.table) : nullptr;
        if (s)
            m_touchedSchemas.insert(s->name);
        if (view && c.kind == ObjectKind::Index)
            undoNamed<Index>(view->indexes, fromView ? &fromView->indexes : nullptr, c,
                             [](const Index &i) { return i.name; });
        return;
    }
    m_touchedTables.insert(key(c.schema, c.table));
    switch (c.kind) {
    case ObjectKind::PrimaryKey:
        mine->primaryKey = original ? original->primaryKey : std::nullopt;
        break;
    case ObjectKind::ForeignKey:
        undoNamed<ForeignKey>(mine->foreignKeys, original ? &original->foreignKeys : nullptr, c,
                              [](const ForeignKey &k) { return k.name; });
        break;
    case ObjectKind::UniqueConstraint:
        undoNamed<UniqueConstraint>(mine->uniqueConstraints,
                                    original ? &original->uniqueConstraints : nullptr, c,
                                    [](const UniqueConstraint &u) { return u.name; });
        break;
    case ObjectKind::Check:
        undoNamed<CheckConstraint>(mine->checks, original ? &original->checks : nullptr, c,
                                   [](const CheckConstraint &k) { return k.name; });
        break;
    case ObjectKind::Index:
        undoNamed<Index>(mine->indexes, original ? &original->indexes : nullptr, c,
                         [](const Index &i) { return i.name; });
        break;
    default:
        break;
    }
}

void Undo::undoColumns(const QString &schemaName, const QString &tableName,
                       const QList<int> &changes)
{
    Table *mine = table(schemaName, tableName);
    const Table *original = fromTable(schemaName, tableName);
    if (!mine || !original)
        return;
    bool anyMoves = false;
    bool movesIncluded = false;
    QList<Column> putBack;
    for (int i : changes) {
        const ObjectChange &c = m_diff.changes[i];
        const bool included = m_included.contains(i);
        if (c.change == ChangeKind::Changed && hasField(c, "position")) {
            anyMoves = true;
            movesIncluded = movesIncluded || included;
        }
        if (included)
            continue;
        if (c.change == ChangeKind::Added) {
            mine->columns.removeIf([&](const Column &x) { return x.name == c.name; });
        } else if (const Column *old = original->column(c.name);
                   old && c.change == ChangeKind::Removed) {
            if (!mine->column(c.name))
                putBack.append(*old);
        } else if (old) {
            if (Column *now =
                    findIn(mine->columns, [&](const Column &x) { return x.name == c.name; }))
                *now = *old;
        }
    }
    if (anyMoves && !movesIncluded)
        restoreSharedOrder(*mine, *original);
    putBackColumns(*mine, *original, putBack);
    for (qsizetype j = 0; j < mine->columns.size(); ++j)
        mine->columns[j].position = int(j + 1);
}

} // namespace

Catalog undoAligned(const Catalog &from, const Catalog &alignedTo, const SchemaDiff &diff,
                    const QSet<int> &included)
{
    return Undo(from, alignedTo, diff, included).run();
}

} // namespace selection

Catalog undoUnselected(const Catalog &from, const Catalog &to, const SchemaDiff &diff,
                       const QSet<int> &included)
{
    selection::AlignedTo aligned = selection::align(to, from);
    Catalog out = selection::undoAligned(from, aligned.catalog, diff, included);
    selection::restoreSchemaName(out, aligned.originalSchema);
    return out;
}

} // namespace parity

// What the objects of a selected TO refer to and cannot find. Each object
// is read against the side its version comes from (TO's version refers to
// TO's objects, FROM's to FROM's), which tells a real reference from a word
// that merely looks like a name.

#include "needs.h"

#include <QRegularExpression>

#include <algorithm>

namespace parity::selection {

namespace {

const QChar kSep(0x1f);

using Names = CatalogNames;

/// What `byName[word]` names, only the one in the referrer's own schema when there is one.
Named named(const QHash<QString, Named> &byName, const QString &word, const QString &ownSchema)
{
    const Named all = byName.value(word);
    for (const auto &entry : all) {
        if (entry.first.compare(ownSchema, Qt::CaseInsensitive) == 0)
            return {entry};
    }
    return all;
}

using KeysOf = QList<std::pair<ObjectKind, QString>> (*)(const Table &, const QStringList &);

enum class Side { From, To, Both };

/// The object whose references are being read, and where its version comes from.
struct Referrer
{
    int change = -1;
    Side side = Side::To;
    QString text;
    QString schema;
};

/// Collects the needs of one selected TO; one instance per findNeeds().
class Finder
{
public:
    Finder(NeedContext &context, const Catalog &target, const QSet<int> &included)
        : m_from(context.from)
        , m_to(context.to)
        , m_diff(context.diff)
        , m_index(context.index)
        , m_included(included)
        , m_mentions(context.mentions)
        , m_fromNames(context.fromNames)
        , m_toNames(context.toNames)
        , m_targetNames(target)
        , m_target(target)
        , m_qualify(m_from.schemas.size() > 1 || m_to.schemas.size() > 1)
    {
    }

    QList<Need> run();

private:
    const Catalog &catalog(Side side) const { return side == Side::From ? m_from : m_to; }
    const Names &names(Side side) const { return side == Side::From ? m_fromNames : m_toNames; }
    QString text(ObjectKind kind, const QString &schema, const QString &table,
                 const QString &name) const
    {
        return objectText(kind, schema, table, name, m_qualify);
    }
    Words mentionsOf(const QString &definition);

    void changeReferrer(int i);
    void checkTablePart(const Table &t, ObjectKind kind, const QString &name, const Referrer &r);
    void checkRoutine(const Schema &schema, const ObjectChange &c, const Referrer &r);
    void unchangedForeignKeys();

    void checkTable(const Table &t, const Referrer &r);
    void checkParent(const Table &t, const Referrer &r);
    void checkColumn(const Table &t, const Column &c, const Referrer &r);
    void checkKeyOfColumn(const Table &t, const Column &c, const Referrer &r);
    void checkForeignKey(const Table &t, const ForeignKey &fk, const Referrer &r, bool ownColumns);
    void requireKey(const Referrer &r, const QString &schema, const QString &table,
                    const QStringList &columns, const QString &referent, KeysOf keysOf);
    void checkOwnColumns(const Table &t, const QStringList &columns, const QString &expressions,
                         const Referrer &r);
    void checkMentions(const QString &definition, const QString &ownName, const QString &ownTable,
                       const Referrer &r);
    void checkEveryColumn(const View &v, const Referrer &r);

    void requireTable(const Referrer &r, const QString &schema, const QString &table, bool scope);
    void requireView(const Referrer &r, const QString &schema, const QString &view);
    void requireColumn(const Referrer &r, const QString &schema, const QString &table,
                       const QString &column, bool scope);
    void requireNamed(const Referrer &r, ObjectKind kind, const QString &schema,
                      const QString &name);
    void add(const Referrer &r, int responsible, bool scope, const QString &referent,
             int alsoBecause = -1);

    const Catalog &m_from;
    const Catalog &m_to;
    const SchemaDiff &m_diff;
    const ChangeIndex &m_index;
    const QSet<int> &m_included;
    QHash<QString, Words> &m_mentions;
    const Names &m_fromNames;
    const Names &m_toNames;
    Names m_targetNames;
    const Catalog &m_target;
    bool m_qualify;
    QList<Need> m_needs;
};

Words Finder::mentionsOf(const QString &definition)
{
    auto it = m_mentions.constFind(definition);
    if (it != m_mentions.cend())
        return *it;
    Words words;
    words.set = mentionedNames(definition);
    words.sorted = QStringList(words.set.cbegin(), words.set.cend());
    // In a stable order, so that the same selection always settles the same way.
    words.sorted.sort();
    m_mentions.insert(definition, words);
    return words;
}

void Finder::add(const Referrer &r, int responsible, bool scope, const QString &referent,
                 int alsoBecause)
{
    if (responsible < 0)
        return;
    // TO's version refers to what TO has: it is missing because its change
    // is left out. FROM's version refers to what FROM has: missing because
    // its removal (or change) is in. Anything else is a coincidence of words.
    const bool included = m_included.contains(responsible);
    if ((r.side != Side::From) == included)
        return;
    Need n;
    n.referrer = r.change;
    n.fromSide = r.side == Side::From;
    n.scope = scope;
    n.responsible = responsible;
    n.alsoBecause = alsoBecause;
    n.referrerText = r.text;
    n.referentText = referent;
    m_needs.append(n);
}

void Finder::requireTable(const Referrer &r, const QString &schema, const QString &table,
                          bool scope)
{
    if (m_targetNames.tableKeys.contains(CatalogNames::lowerKey(schema, table)))
        return;
    const int change = r.side == Side::From ? m_index.inFrom(ObjectKind::Table, schema, {}, table)
                                            : m_index.inTo(ObjectKind::Table, schema, {}, table);
    if (change >= 0) {
        add(r, change, scope, text(ObjectKind::Table, schema, {}, table));
        return;
    }
    // A trigger's table may be a view.
    const int view = r.side == Side::From ? m_index.inFrom(ObjectKind::View, schema, {}, table)
                                          : m_index.inTo(ObjectKind::View, schema, {}, table);
    if (!m_targetNames.viewKeys.contains(CatalogNames::lowerKey(schema, table)))
        add(r, view, scope, text(ObjectKind::View, schema, {}, table));
}

void Finder::requireView(const Referrer &r, const QString &schema, const QString &view)
{
    if (m_targetNames.viewKeys.contains(CatalogNames::lowerKey(schema, view)))
        return;
    const int change = r.side == Side::From ? m_index.inFrom(ObjectKind::View, schema, {}, view)
                                            : m_index.inTo(ObjectKind::View, schema, {}, view);
    add(r, change, false, text(ObjectKind::View, schema, {}, view));
}

void Finder::requireColumn(const Referrer &r, const QString &schema, const QString &table,
                           const QString &column, bool scope)
{
    if (!m_targetNames.tableKeys.contains(CatalogNames::lowerKey(schema, table))) {
        requireTable(r, schema, table, scope);
        return;
    }
    if (m_targetNames.hasColumn(schema, table, column))
        return;
    const int change = r.side == Side::From
                           ? m_index.inFrom(ObjectKind::Column, schema, table, column)
                           : m_index.inTo(ObjectKind::Column, schema, table, column);
    add(r, change, scope, text(ObjectKind::Column, schema, table, column));
}

void Finder::requireNamed(const Referrer &r, ObjectKind kind, const QString &schema,
                          const QString &name)
{
    const QSet<QString> &present = kind == ObjectKind::Enum       ? m_targetNames.enumKeys
                                   : kind == ObjectKind::Domain   ? m_targetNames.domainKeys
                                   : kind == ObjectKind::Sequence ? m_targetNames.sequenceKeys
                                                                  : m_targetNames.routineKeys;
    if (present.contains(CatalogNames::lowerKey(schema, name)))
        return;
    if (kind == ObjectKind::Routine) {
        for (int i : m_index.routines(schema, name)) {
            const ObjectChange &c = m_diff.changes[i];
            const bool wanted = r.side == Side::From ? c.change == ChangeKind::Removed
                                                     : c.change == ChangeKind::Added;
            if (wanted) {
                add(r, i, false, text(ObjectKind::Routine, schema, {}, c.name));
                return;
            }
        }
        return;
    }
    const int change = r.side == Side::From ? m_index.inFrom(kind, schema, {}, name)
                                            : m_index.inTo(kind, schema, {}, name);
    add(r, change, false, text(kind, schema, {}, name));
}

void Finder::checkMentions(const QString &definition, const QString &ownName,
                           const QString &ownTable, const Referrer &r)
{
    const Names &w = names(r.side);
    const Words words = mentionsOf(definition);
    const QString own = ownName.toLower();
    Named tables; // what the definition reads
    if (!ownTable.isEmpty())
        tables.append({r.schema, ownTable});
    for (const QString &word : words.sorted) {
        if (word == own)
            continue;
        for (const auto &[s, table] : named(w.tables, word, r.schema)) {
            if (tables.contains({s, table}))
                continue;
            tables.append({s, table});
            requireTable(r, s, table, false);
        }
        for (const auto &[s, view] : named(w.views, word, r.schema))
            requireView(r, s, view);
        for (const auto &[s, routine] : named(w.routines, word, r.schema))
            requireNamed(r, ObjectKind::Routine, s, routine);
        for (const auto &[s, type] : named(w.enums, word, r.schema))
            requireNamed(r, ObjectKind::Enum, s, type);
        for (const auto &[s, type] : named(w.domains, word, r.schema))
            requireNamed(r, ObjectKind::Domain, s, type);
        for (const auto &[s, sequence] : named(w.sequences, word, r.schema))
            requireNamed(r, ObjectKind::Sequence, s, sequence);
    }
    for (const auto &[schema, table] : std::as_const(tables)) {
        // The trigger's own table: dropping its column takes the trigger along.
        const bool ownOne = !ownTable.isEmpty() && table == ownTable && schema == r.schema;
        const QHash<QString, QString> columns =
            w.columns.value(CatalogNames::lowerKey(schema, table));
        for (const QString &word : words.sorted) {
            if (const auto column = columns.constFind(word); column != columns.cend())
                requireColumn(r, schema, table, *column, ownOne);
        }
    }
}

void Finder::checkEveryColumn(const View &v, const Referrer &r)
{
    // SQLite keeps "SELECT *" as written and reads its columns when asked:
    // such a view has exactly the columns its tables have, so it and the
    // columns of those tables come and go together.
    static const QRegularExpression
        star(QStringLiteral("(?:\\bselect\\s+(?:distinct\\s+|all\\s+)?|,\\s*|\\.\\s*)\\*"),
             QRegularExpression::CaseInsensitiveOption);
    if (!v.definition.contains(QLatin1Char('*')) || !star.match(v.definition).hasMatch())
        return;
    const Names &w = names(r.side);
    const Words words = mentionsOf(v.definition);
    for (const QString &word : words.sorted) {
        for (const auto &[schema, table] : named(w.tables, word, r.schema)) {
            const Table *mine = names(r.side).table(schema, table);
            const Table *target = m_targetNames.table(schema, table);
            if (!mine || !target)
                continue;
            for (const Column &c : mine->columns)
                requireColumn(r, schema, table, c.name, false);
            const QString referent =
                QStringLiteral("the columns of %1 as they are")
                    .arg(text(ObjectKind::Table, schema, {}, table).section(QLatin1Char(' '), 1));
            for (const Column &c : target->columns) {
                if (mine->column(c.name))
                    continue;
                // A column the view's side lacks: its change comes from the other side.
                const int change = r.side == Side::From
                                       ? m_index.inTo(ObjectKind::Column, schema, table, c.name)
                                       : m_index.inFrom(ObjectKind::Column, schema, table, c.name);
                add(r, change, false, referent);
            }
        }
    }
}

void Finder::checkOwnColumns(const Table &t, const QStringList &columns, const QString &expressions,
                             const Referrer &r)
{
    for (const QString &c : columns)
        requireColumn(r, t.schema, t.name, c, true);
    if (expressions.isEmpty())
        return;
    const Words words = mentionsOf(expressions);
    for (const Column &c : t.columns) {
        if (words.set.contains(c.name.toLower()))
            requireColumn(r, t.schema, t.name, c.name, true);
    }
}

void Finder::checkParent(const Table &t, const Referrer &r)
{
    if (t.parentTable.isEmpty())
        return;
    const bool qualified = t.parentTable.contains(QLatin1Char('.'));
    const QString schema = qualified ? t.parentTable.section(QLatin1Char('.'), 0, 0) : t.schema;
    const QString name = qualified ? t.parentTable.section(QLatin1Char('.'), 1) : t.parentTable;
    // Dropping a partitioned table drops its partitions with it.
    requireTable(r, schema, name, true);
}

void Finder::checkColumn(const Table &t, const Column &c, const Referrer &r)
{
    const Names &w = names(r.side);
    // A column of an enum type: "mood", "public.mood", "\"Mood\"[]".
    QString type = c.type.trimmed();
    if (type.endsWith(QLatin1String("[]")))
        type.chop(2);
    type.remove(QLatin1Char('"'));
    const QString typeSchema =
        type.contains(QLatin1Char('.')) ? type.section(QLatin1Char('.'), 0, -2) : t.schema;
    const QString typeName = type.section(QLatin1Char('.'), -1).toLower();
    if (w.enumKeys.contains(CatalogNames::lowerKey(typeSchema, typeName)))
        requireNamed(r, ObjectKind::Enum, typeSchema, typeName);
    if (w.domainKeys.contains(CatalogNames::lowerKey(typeSchema, typeName)))
        requireNamed(r, ObjectKind::Domain, typeSchema, typeName);
    checkKeyOfColumn(t, c, r);
    const QString expressions = c.defaultExpression + QLatin1Char(' ') + c.generatedExpression
                                + QLatin1Char(' ') + c.onUpdateExpression;
    if (expressions.trimmed().isEmpty())
        return;
    const Words words = mentionsOf(expressions);
    for (const QString &word : words.sorted) {
        for (const auto &[s, sequence] : named(w.sequences, word, t.schema))
            requireNamed(r, ObjectKind::Sequence, s, sequence);
        for (const auto &[s, routine] : named(w.routines, word, t.schema))
            requireNamed(r, ObjectKind::Routine, s, routine);
        for (const auto &[s, enumName] : named(w.enums, word, t.schema))
            requireNamed(r, ObjectKind::Enum, s, enumName);
    }
    if (!c.generatedExpression.isEmpty()) {
        const Words generated = mentionsOf(c.generatedExpression);
        for (const Column &other : t.columns) {
            if (other.name != c.name && generated.set.contains(other.name.toLower()))
                requireColumn(r, t.schema, t.name, other.name, true);
        }
    }
}

void Finder::checkKeyOfColumn(const Table &t, const Column &c, const Referrer &r)
{
    // Some of what a column is comes from the key over it: SQLite's
    // AUTOINCREMENT and its NOT NULL rowid alias exist only on the table's
    // INTEGER PRIMARY KEY, MySQL's AUTO_INCREMENT only on an indexed column.
    const Table *target = m_targetNames.table(t.schema, t.name);
    if (!target || !target->column(c.name))
        return;
    const QString referent =
        QStringLiteral("the primary key of %1 on %2")
            .arg(text(ObjectKind::Table, t.schema, {}, t.name).section(QLatin1Char(' '), 1),
                 spokenName(c.name));
    if (m_to.dialect == Dialect::SQLite) {
        const bool alias = isRowidAlias(t, c.name);
        const bool becomes = isRowidAlias(*target, c.name);
        if ((alias && !becomes && c.identity == IdentityKind::AutoIncrement)
            || (!alias && becomes && c.nullable))
            add(r, m_index.primaryKey(t.schema, t.name), false, referent);
        return;
    }
    if (m_to.dialect != Dialect::MySQL || c.identity != IdentityKind::AutoIncrement)
        return;
    auto leads = [&](const QStringList &columns) {
        return !columns.isEmpty() && columns.first().compare(c.name, Qt::CaseInsensitive) == 0;
    };
    auto keyed = [&](const Table &x) {
        QList<std::pair<ObjectKind, QString>> keys;
        if (x.primaryKey && leads(x.primaryKey->columns))
            keys.append({ObjectKind::PrimaryKey, x.primaryKey->name});
        for (const UniqueConstraint &u : x.uniqueConstraints) {
            if (leads(u.columns))
                keys.append({ObjectKind::UniqueConstraint, u.name});
        }
        for (const Index &i : x.indexes) {
            if (!i.keys.isEmpty() && !i.keys.first().isExpression
                && leads({i.keys.first().expression}))
                keys.append({ObjectKind::Index, i.name});
        }
        return keys;
    };
    if (!keyed(*target).isEmpty())
        return;
    for (const auto &[kind, name] : keyed(t)) {
        const int i = r.side == Side::From ? m_index.inFrom(kind, t.schema, t.name, name)
                                           : m_index.inTo(kind, t.schema, t.name, name);
        if (i >= 0) {
            add(r, i, false,
                QStringLiteral("a key on %1.%2").arg(spokenName(t.name), spokenName(c.name)));
            return;
        }
    }
}

void Finder::checkForeignKey(const Table &t, const ForeignKey &fk, const Referrer &r,
                             bool ownColumns)
{
    if (ownColumns)
        checkOwnColumns(t, fk.columns, {}, r);
    const QString refSchema = fk.referencedSchema.isEmpty() ? t.schema : fk.referencedSchema;
    const bool self =
        refSchema == t.schema && fk.referencedTable.compare(t.name, Qt::CaseInsensitive) == 0;
    if (!self)
        requireTable(r, refSchema, fk.referencedTable, false);
    for (const QString &c : fk.referencedColumns)
        requireColumn(r, refSchema, fk.referencedTable, c, self);
    // The referenced columns need a key behind them (SQLite's "foreign key
    // mismatch", PostgreSQL's "no unique constraint matching given keys").
    const QString referenced =
        text(ObjectKind::Table, refSchema, {}, fk.referencedTable).section(QLatin1Char(' '), 1);
    requireKey(r, refSchema, fk.referencedTable, fk.referencedColumns,
               QStringLiteral("a unique key on %1(%2)")
                   .arg(referenced, fk.referencedColumns.join(QStringLiteral(", "))),
               &coveringKeys);
    // InnoDB wants an index on the key's own columns, and makes one of its
    // own (named after the key) when the table has none.
    if (m_to.dialect == Dialect::MySQL) {
        const QString own =
            text(ObjectKind::Table, t.schema, {}, t.name).section(QLatin1Char(' '), 1);
        requireKey(r, t.schema, t.name, fk.columns,
                   QStringLiteral("an index on %1(%2)")
                       .arg(own, fk.columns.join(QStringLiteral(", "))),
                   &leadingKeys);
    }
}

void Finder::requireKey(const Referrer &r, const QString &schema, const QString &table,
                        const QStringList &columns, const QString &referent, KeysOf keysOf)
{
    const Table *target = m_targetNames.table(schema, table);
    if (!target)
        return;
    if (!std::ranges::all_of(columns,
                             [&](const QString &c) { return target->column(c) != nullptr; }))
        return;
    if (!keysOf(*target, columns).isEmpty())
        return;
    const Side side = r.side == Side::Both ? Side::To : r.side;
    const Table *world = names(side).table(schema, table);
    if (!world)
        return;
    // For a key both sides have: the change that took FROM's key away.
    int took = -1;
    if (r.side == Side::Both) {
        if (const Table *old = m_fromNames.table(schema, table)) {
            for (const auto &[kind, name] : keysOf(*old, columns)) {
                const int i = m_index.inFrom(kind, schema, table, name);
                if (i >= 0 && m_included.contains(i)) {
                    took = i;
                    break;
                }
            }
        }
    }
    for (const auto &[kind, name] : keysOf(*world, columns)) {
        const int i = side == Side::From ? m_index.inFrom(kind, schema, table, name)
                                         : m_index.inTo(kind, schema, table, name);
        if (i >= 0 && m_included.contains(i) == (side == Side::From)) {
            Referrer onSide = r;
            onSide.side = side;
            add(onSide, i, false, referent, took);
            return;
        }
    }
}

void Finder::checkTable(const Table &t, const Referrer &r)
{
    checkParent(t, r);
    for (const Column &c : t.columns)
        checkColumn(t, c, r);
    for (const ForeignKey &fk : t.foreignKeys) {
        Referrer k = r;
        k.text = text(ObjectKind::ForeignKey, t.schema, t.name, fk.name);
        checkForeignKey(t, fk, k, false);
    }
}

void Finder::changeReferrer(int i)
{
    const ObjectChange &c = m_diff.changes[i];
    const bool included = m_included.contains(i);
    // Only what the selected TO holds refers to anything.
    if ((c.change == ChangeKind::Added && !included)
        || (c.change == ChangeKind::Removed && included))
        return;
    Referrer r;
    r.change = i;
    r.side = included ? Side::To : Side::From;
    r.schema = c.schema;
    const QString name = r.side == Side::From && !c.fromName.isEmpty() ? c.fromName : c.name;
    r.text = text(c.kind, c.schema, c.table, name);
    const Schema *schema = catalog(r.side).schema(c.schema);
    if (!schema)
        return;
    switch (c.kind) {
    case ObjectKind::Table:
        if (const Table *t = names(r.side).table(c.schema, c.name)) {
            if (c.change == ChangeKind::Changed)
                checkParent(*t, r);
            else
                checkTable(*t, r);
        }
        break;
    case ObjectKind::Column:
    case ObjectKind::PrimaryKey:
    case ObjectKind::ForeignKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::Index:
        // (An index of a materialized view has no table.)
        if (const Table *t = names(r.side).table(c.schema, c.table))
            checkTablePart(*t, c.kind, name, r);
        break;
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        if (const View *v = names(r.side).view(c.schema, name)) {
            checkMentions(v->definition, v->name, {}, r);
            checkEveryColumn(*v, r);
        }
        break;
    case ObjectKind::Trigger:
        for (const Trigger &t : schema->triggers) {
            if (t.table != c.table || t.name != c.name)
                continue;
            // Dropping a table or view takes its triggers with it.
            requireTable(r, c.schema, t.table, true);
            checkMentions(t.definition, t.name, t.table, r);
        }
        break;
    case ObjectKind::Policy:
        for (const Policy &p : schema->policies) {
            if (p.table != c.table || p.name != c.name)
                continue;
            // Dropping a table takes its policies with it.
            requireTable(r, c.schema, p.table, true);
            checkMentions(p.usingExpression + QLatin1Char(' ') + p.checkExpression, p.name, p.table, r);
        }
        break;
    case ObjectKind::Domain:
        for (const Domain &d : schema->domains) {
            if (d.name != c.name)
                continue;
            // The base type (another domain, an enum) and what the checks call.
            QString text = d.baseType + QLatin1Char(' ') + d.defaultExpression;
            for (const DomainCheck &check : d.checks)
                text += QLatin1Char(' ') + check.expression;
            checkMentions(text, d.name, {}, r);
        }
        break;
    case ObjectKind::Routine:
        checkRoutine(*schema, c, r);
        break;
    case ObjectKind::Sequence:
        for (const Sequence &q : schema->sequences) {
            if (q.name != c.name || q.ownedBy.isEmpty())
                continue;
            // An owned sequence goes with its column.
            requireColumn(r, c.schema, q.ownedBy.section(QLatin1Char('.'), 0, -2),
                          q.ownedBy.section(QLatin1Char('.'), -1), true);
        }
        break;
    default:
        break;
    }
}

void Finder::checkTablePart(const Table &t, ObjectKind kind, const QString &name, const Referrer &r)
{
    switch (kind) {
    case ObjectKind::Column:
        if (const Column *col = t.column(name))
            checkColumn(t, *col, r);
        break;
    case ObjectKind::PrimaryKey:
        if (t.primaryKey)
            checkOwnColumns(t, t.primaryKey->columns, {}, r);
        break;
    case ObjectKind::ForeignKey:
        for (const ForeignKey &fk : t.foreignKeys) {
            if (fk.name == name)
                checkForeignKey(t, fk, r, true);
        }
        break;
    case ObjectKind::UniqueConstraint:
        for (const UniqueConstraint &u : t.uniqueConstraints) {
            if (u.name == name)
                checkOwnColumns(t, u.columns, {}, r);
        }
        break;
    case ObjectKind::Check:
        for (const CheckConstraint &k : t.checks) {
            if (k.name == name)
                checkOwnColumns(t, {}, k.expression, r);
        }
        break;
    case ObjectKind::Index:
        for (const Index &ix : t.indexes) {
            if (ix.name != name)
                continue;
            QStringList columns = ix.include;
            QString expressions = ix.predicate;
            for (const IndexKey &k : ix.keys) {
                if (k.isExpression)
                    expressions += QLatin1Char(' ') + k.expression;
                else
                    columns << k.expression;
            }
            checkOwnColumns(t, columns, expressions, r);
        }
        break;
    default:
        break;
    }
}

void Finder::checkRoutine(const Schema &schema, const ObjectChange &c, const Referrer &r)
{
    // Changes name a routine by its signature as the side that has it spells
    // it; FROM's version of a changed routine goes by the comparison's key.
    const Schema *spelled =
        r.side == Side::To || c.change == ChangeKind::Removed ? &schema : m_to.schema(c.schema);
    QString key;
    for (const Routine &x : spelled ? spelled->routines : QList<Routine>()) {
        if (x.signature() == c.name)
            key = routineKey(x);
    }
    if (key.isEmpty())
        return;
    for (const Routine &x : schema.routines) {
        if (routineKey(x) == key)
            checkMentions(x.arguments + QLatin1Char(' ') + x.returnType + QLatin1Char(' ')
                              + x.definition,
                          x.name, {}, r);
    }
}

void Finder::unchangedForeignKeys()
{
    // Keys both sides have stay as they are, yet the unique key they point
    // at may be changed away by a selected change.
    QSet<QString> keyed;
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind == ObjectKind::PrimaryKey || c.kind == ObjectKind::UniqueConstraint
            || c.kind == ObjectKind::Index)
            keyed.insert(CatalogNames::lowerKey(c.schema, c.table));
    }
    if (keyed.isEmpty())
        return;
    for (const Schema &s : m_target.schemas) {
        for (const Table &t : s.tables) {
            if (!m_fromNames.table(s.name, t.name) || !m_toNames.table(s.name, t.name))
                continue;
            for (const ForeignKey &fk : t.foreignKeys) {
                const QString refSchema =
                    fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema;
                if (!keyed.contains(CatalogNames::lowerKey(refSchema, fk.referencedTable))
                    && !keyed.contains(CatalogNames::lowerKey(s.name, t.name)))
                    continue;
                if (m_index.inTo(ObjectKind::ForeignKey, s.name, t.name, fk.name) >= 0
                    || m_index.inFrom(ObjectKind::ForeignKey, s.name, t.name, fk.name) >= 0)
                    continue;
                Referrer r;
                r.side = Side::Both;
                r.schema = s.name;
                r.text = text(ObjectKind::ForeignKey, s.name, t.name, fk.name);
                checkForeignKey(t, fk, r, false);
            }
        }
    }
}

QList<Need> Finder::run()
{
    for (int i = 0; i < m_diff.changes.size(); ++i)
        changeReferrer(i);
    unchangedForeignKeys();
    return m_needs;
}

} // namespace

NeedContext::NeedContext(const Catalog &fromCatalog, const Catalog &alignedTo,
                         const SchemaDiff &changes)
    : from(fromCatalog)
    , to(alignedTo)
    , diff(changes)
    , index(changes)
    , fromNames(fromCatalog)
    , toNames(alignedTo)
{
}

QList<Need> findNeeds(NeedContext &context, const Catalog &target, const QSet<int> &included)
{
    return Finder(context, target, included).run();
}

} // namespace parity::selection

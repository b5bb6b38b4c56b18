// Building the diff tree's rows: pure, so a worker can do it for tens of
// thousands of tables; table rows gain their children when first shown.
#include "difftreenodes.h"

#include <QSet>
#include <QStringList>

#include <functional>

namespace parity {

namespace {

const QChar kSep(0x1f);

QString changeKey(ObjectKind kind, const QString &schema, const QString &table, const QString &name)
{
    return QString::number(int(kind)) + kSep + schema + kSep + table + kSep + name;
}

/// The object row a change belongs to: children (columns, keys, indexes)
/// belong to their table, everything else to itself.
bool isChildKind(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Column:
    case ObjectKind::PrimaryKey:
    case ObjectKind::ForeignKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::Index:
        return true;
    default:
        return false;
    }
}

/// Views and materialized views share one group, so one key finds either.
ObjectKind groupKind(ObjectKind kind)
{
    return kind == ObjectKind::MaterializedView ? ObjectKind::View : kind;
}

QString rowsText(const Table &t)
{
    if (t.rowCount >= 0)
        return DiffTreeModel::tr("%n rows", nullptr, int(qMin<qint64>(t.rowCount, INT_MAX)));
    if (t.rowEstimate >= 0)
        return DiffTreeModel::tr("~%n rows", nullptr, int(qMin<qint64>(t.rowEstimate, INT_MAX)));
    return {};
}

QString columnDetail(const Column &c)
{
    QString d = c.type;
    if (!c.nullable)
        d += QStringLiteral(" NOT NULL");
    if (!c.defaultExpression.isEmpty())
        d += QStringLiteral(" DEFAULT ") + c.defaultExpression;
    if (c.identity != IdentityKind::None)
        d += QStringLiteral(" (%1)").arg(identityKindKey(c.identity));
    if (!c.generatedExpression.isEmpty())
        d += QStringLiteral(" GENERATED AS (%1)").arg(c.generatedExpression);
    if (!c.collation.isEmpty())
        d += QStringLiteral(" COLLATE ") + c.collation;
    return d;
}

QString joined(const QStringList &list)
{
    return list.join(QStringLiteral(", "));
}

QString indexDetail(const Index &i)
{
    QStringList keys;
    for (const IndexKey &k : i.keys)
        keys << k.expression + (k.descending ? QStringLiteral(" DESC") : QString());
    QString d = (i.unique ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("(%1)").arg(joined(keys));
    if (!i.predicate.isEmpty())
        d += QStringLiteral(" WHERE ") + i.predicate;
    return d;
}

/// Names of one kind of child on both sides, in the reference's order with
/// the target's extra names placed after their neighbour in the target.
/// Linear: schemas hold tens of thousands of tables.
QStringList mergedOrder(const QStringList &reference, const QStringList &target)
{
    const QSet<QString> inReference(reference.cbegin(), reference.cend());
    QStringList leading;                 // target-only names before any shared one
    QHash<QString, QStringList> after;   // shared name -> target-only names that follow it
    QString anchor;
    for (const QString &name : target) {
        if (inReference.contains(name))
            anchor = name;
        else
            (anchor.isEmpty() ? leading : after[anchor]) << name;
    }
    if (leading.isEmpty() && after.isEmpty())
        return reference;
    QStringList merged = leading;
    merged.reserve(reference.size() + target.size());
    for (const QString &name : reference) {
        merged << name;
        const auto it = after.constFind(name);
        if (it != after.cend())
            merged << *it;
    }
    return merged;
}

/// Items of a list by name, for lookups in a loop over thousands.
template<typename T>
QHash<QString, const T *> byNameIndex(const QList<T> &list)
{
    QHash<QString, const T *> index;
    index.reserve(list.size());
    for (const T &item : list)
        index.insert(item.name, &item);
    return index;
}

template<typename T>
const T *findByName(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

std::shared_ptr<DiffTreeModel::Snapshot> DiffTreeModel::buildSnapshot(const Catalog &target, const Catalog &reference,
                                                                      const SchemaDiff &diff)
{
    auto snapshot = std::make_shared<Snapshot>();
    Snapshot *snap = snapshot.get();
    snap->target = target;
    snap->reference = reference;
    snap->diff = diff;
    snap->root = std::make_unique<Node>();
    // Rows point into the snapshot's own catalogs: read them through const
    // access only, so that their lists never detach from under a pointer.

    for (int i = 0; i < snap->diff.changes.size(); ++i) {
        const ObjectChange &c = snap->diff.changes[i];
        snap->changeByKey.insert(changeKey(groupKind(c.kind), c.schema, c.table, c.name), i);
        if (!c.fromName.isEmpty() && c.fromName != c.name)
            snap->changeByKey.insert(QStringLiteral("from") + changeKey(groupKind(c.kind), c.schema, c.table, c.fromName), i);
    }
    auto ownChange = [snap](ObjectKind kind, const QString &schema, const QString &table, const QString &name) {
        return snap->changeByKey.value(changeKey(groupKind(kind), schema, table, name), -1);
    };

    // Objects by key(group kind, schema, name), so child changes find their row.
    QHash<QString, Node *> objects;

    QStringList schemaNames;
    for (const Schema &s : std::as_const(snap->reference).schemas)
        schemaNames << s.name;
    QStringList targetSchemas;
    for (const Schema &s : std::as_const(snap->target).schemas)
        targetSchemas << s.name;
    schemaNames = mergedOrder(schemaNames, targetSchemas);

    for (const QString &schemaName : std::as_const(schemaNames)) {
        const Schema *ref = std::as_const(snap->reference).schema(schemaName);
        const Schema *tgt = std::as_const(snap->target).schema(schemaName);
        Node *s = snap->root->add(NodeKind::Schema, ObjectKind::Schema, schemaName);
        s->schema = schemaName;
        s->path = schemaName;
        s->inReference = ref != nullptr;
        s->inTarget = tgt != nullptr;
        s->referenceDetail = ref ? ref->comment : QString();
        s->targetDetail = tgt ? tgt->comment : QString();
        s->change = ownChange(ObjectKind::Schema, QString(), QString(), schemaName);
        s->search = schemaName.toLower();

        auto group = [&](ObjectKind kind, const QString &title) {
            Node *g = s->add(NodeKind::Group, kind, title);
            g->inReference = s->inReference;
            g->inTarget = s->inTarget;
            return g;
        };
        auto object = [&](Node *g, const QString &name) {
            Node *n = g->add(NodeKind::Object, g->objectKind, name);
            n->path = schemaName + QLatin1Char('.') + name;
            n->search = name.toLower();
            objects.insert(changeKey(g->objectKind, schemaName, QString(), name), n);
            return n;
        };
        auto names = [](const auto *schema, auto member, auto nameOf) {
            QStringList out;
            if (schema) {
                for (const auto &item : schema->*member)
                    out << nameOf(item);
            }
            return out;
        };
        auto byName = [](const auto &item) { return item.name; };

        {
            Node *g = group(ObjectKind::Table, tr("Tables"));
            QStringList all = mergedOrder(names(ref, &Schema::tables, byName), names(tgt, &Schema::tables, byName));
            // As in the comparison: Parity's own audit table is not the user's schema.
            all.removeIf([](const QString &name) { return isParityOwnTable(name); });
            const auto refTables = ref ? byNameIndex(ref->tables) : QHash<QString, const Table *>();
            const auto tgtTables = tgt ? byNameIndex(tgt->tables) : QHash<QString, const Table *>();
            for (const QString &name : all) {
                Node *n = object(g, name);
                n->referenceTable = refTables.value(name);
                n->targetTable = tgtTables.value(name);
                n->inReference = n->referenceTable;
                n->inTarget = n->targetTable;
                n->referenceDetail = n->referenceTable ? rowsText(*n->referenceTable) : QString();
                n->targetDetail = n->targetTable ? rowsText(*n->targetTable) : QString();
                n->change = ownChange(ObjectKind::Table, schemaName, QString(), name);
                n->populated = false;
                for (const Table *t : {n->referenceTable, n->targetTable}) {
                    if (!t)
                        continue;
                    for (const parity::Column &c : t->columns)
                        n->search += QLatin1Char('\n') + c.name.toLower();
                }
            }
        }
        {
            Node *g = group(ObjectKind::View, tr("Views"));
            const QStringList all = mergedOrder(names(ref, &Schema::views, byName), names(tgt, &Schema::views, byName));
            const auto refViews = ref ? byNameIndex(ref->views) : QHash<QString, const View *>();
            const auto tgtViews = tgt ? byNameIndex(tgt->views) : QHash<QString, const View *>();
            for (const QString &name : all) {
                Node *n = object(g, name);
                n->referenceView = refViews.value(name);
                n->targetView = tgtViews.value(name);
                n->inReference = n->referenceView;
                n->inTarget = n->targetView;
                const View *any = n->referenceView ? n->referenceView : n->targetView;
                n->objectKind = any && any->materialized ? ObjectKind::MaterializedView : ObjectKind::View;
                auto viewDetail = [](const View *v) -> QString {
                    if (!v)
                        return {};
                    return v->materialized ? tr("materialized view") : tr("view");
                };
                n->referenceDetail = viewDetail(n->referenceView);
                n->targetDetail = viewDetail(n->targetView);
                n->change = ownChange(ObjectKind::View, schemaName, QString(), name);
                n->populated = false;
            }
        }
        {
            Node *g = group(ObjectKind::Routine, tr("Routines"));
            auto signature = [](const Routine &r) { return r.signature(); };
            const QStringList all = mergedOrder(names(ref, &Schema::routines, signature),
                                                names(tgt, &Schema::routines, signature));
            auto bySignature = [](const Schema *schema) {
                QHash<QString, const Routine *> index;
                if (schema) {
                    for (const Routine &r : schema->routines)
                        index.insert(r.signature(), &r);
                }
                return index;
            };
            const auto refRoutines = bySignature(ref);
            const auto tgtRoutines = bySignature(tgt);
            for (const QString &name : all) {
                Node *n = object(g, name);
                const Routine *a = refRoutines.value(name);
                const Routine *b = tgtRoutines.value(name);
                n->inReference = a;
                n->inTarget = b;
                n->referenceDetail = a ? a->returnType : QString();
                n->targetDetail = b ? b->returnType : QString();
                n->change = ownChange(ObjectKind::Routine, schemaName, QString(), name);
            }
        }
        {
            Node *g = group(ObjectKind::Trigger, tr("Triggers"));
            const QStringList all = mergedOrder(names(ref, &Schema::triggers, byName), names(tgt, &Schema::triggers, byName));
            const auto refItems = ref ? byNameIndex(ref->triggers) : QHash<QString, const Trigger *>();
            const auto tgtItems = tgt ? byNameIndex(tgt->triggers) : QHash<QString, const Trigger *>();
            for (const QString &name : all) {
                Node *n = object(g, name);
                const Trigger *a = refItems.value(name);
                const Trigger *b = tgtItems.value(name);
                n->inReference = a;
                n->inTarget = b;
                auto detail = [](const Trigger *t) -> QString {
                    if (!t)
                        return {};
                    return QStringLiteral("%1 %2 ON %3").arg(t->timing, t->events.join(QStringLiteral(" OR ")), t->table);
                };
                n->referenceDetail = detail(a);
                n->targetDetail = detail(b);
                n->table = a ? a->table : b->table;
                n->change = ownChange(ObjectKind::Trigger, schemaName, n->table, name);
            }
        }
        {
            // A policy's name is unique on its table only: keyed by both.
            Node *g = group(ObjectKind::Policy, tr("Policies"));
            auto policyKey = [](const Policy &p) { return p.table + QLatin1Char('\x1f') + p.name; };
            const QStringList all = mergedOrder(names(ref, &Schema::policies, policyKey), names(tgt, &Schema::policies, policyKey));
            QHash<QString, const Policy *> refItems, tgtItems;
            for (const Policy &p : ref ? ref->policies : QList<Policy>())
                refItems.insert(policyKey(p), &p);
            for (const Policy &p : tgt ? tgt->policies : QList<Policy>())
                tgtItems.insert(policyKey(p), &p);
            for (const QString &key : all) {
                const Policy *a = refItems.value(key);
                const Policy *b = tgtItems.value(key);
                const Policy *either = a ? a : b;
                Node *n = object(g, either->name);
                n->inReference = a;
                n->inTarget = b;
                auto detail = [](const Policy *p) -> QString {
                    if (!p)
                        return {};
                    return QStringLiteral("FOR %1 ON %2%3").arg(p->command, p->table,
                                                             p->permissive ? QString() : QStringLiteral(" RESTRICTIVE"));
                };
                n->referenceDetail = detail(a);
                n->targetDetail = detail(b);
                n->table = either->table;
                n->change = ownChange(ObjectKind::Policy, schemaName, n->table, either->name);
            }
        }
        {
            Node *g = group(ObjectKind::Sequence, tr("Sequences"));
            const QStringList all = mergedOrder(names(ref, &Schema::sequences, byName), names(tgt, &Schema::sequences, byName));
            const auto refItems = ref ? byNameIndex(ref->sequences) : QHash<QString, const Sequence *>();
            const auto tgtItems = tgt ? byNameIndex(tgt->sequences) : QHash<QString, const Sequence *>();
            for (const QString &name : all) {
                Node *n = object(g, name);
                const Sequence *a = refItems.value(name);
                const Sequence *b = tgtItems.value(name);
                n->inReference = a;
                n->inTarget = b;
                n->referenceDetail = a ? a->dataType : QString();
                n->targetDetail = b ? b->dataType : QString();
                n->change = ownChange(ObjectKind::Sequence, schemaName, QString(), name);
            }
        }
        {
            Node *g = group(ObjectKind::Enum, tr("Enum types"));
            const QStringList all = mergedOrder(names(ref, &Schema::enums, byName), names(tgt, &Schema::enums, byName));
            const auto refItems = ref ? byNameIndex(ref->enums) : QHash<QString, const EnumType *>();
            const auto tgtItems = tgt ? byNameIndex(tgt->enums) : QHash<QString, const EnumType *>();
            for (const QString &name : all) {
                Node *n = object(g, name);
                const EnumType *a = refItems.value(name);
                const EnumType *b = tgtItems.value(name);
                n->inReference = a;
                n->inTarget = b;
                n->referenceDetail = a ? a->labels.join(QStringLiteral(", ")) : QString();
                n->targetDetail = b ? b->labels.join(QStringLiteral(", ")) : QString();
                n->change = ownChange(ObjectKind::Enum, schemaName, QString(), name);
            }
        }
        {
            Node *g = group(ObjectKind::Domain, tr("Domains"));
            const QStringList all = mergedOrder(names(ref, &Schema::domains, byName), names(tgt, &Schema::domains, byName));
            const auto refItems = ref ? byNameIndex(ref->domains) : QHash<QString, const Domain *>();
            const auto tgtItems = tgt ? byNameIndex(tgt->domains) : QHash<QString, const Domain *>();
            auto detail = [](const Domain *d) -> QString {
                if (!d)
                    return {};
                return d->baseType + (d->notNull ? QStringLiteral(" NOT NULL") : QString());
            };
            for (const QString &name : all) {
                Node *n = object(g, name);
                const Domain *a = refItems.value(name);
                const Domain *b = tgtItems.value(name);
                n->inReference = a;
                n->inTarget = b;
                n->referenceDetail = detail(a);
                n->targetDetail = detail(b);
                n->change = ownChange(ObjectKind::Domain, schemaName, QString(), name);
            }
        }
        // Empty groups say nothing; drop them and renumber.
        std::erase_if(s->children, [](const std::unique_ptr<Node> &g) { return g->children.empty(); });
        for (size_t i = 0; i < s->children.size(); ++i)
            s->children[i]->row = int(i);
    }

    {
        QStringList refNames, tgtNames;
        for (const Extension &e : std::as_const(snap->reference).extensions)
            refNames << e.name;
        for (const Extension &e : std::as_const(snap->target).extensions)
            tgtNames << e.name;
        const QStringList all = mergedOrder(refNames, tgtNames);
        if (!all.isEmpty()) {
            Node *g = snap->root->add(NodeKind::Group, ObjectKind::Extension, tr("Extensions"));
            g->inReference = g->inTarget = true;
            for (const QString &name : all) {
                Node *n = g->add(NodeKind::Object, ObjectKind::Extension, name);
                n->path = name;
                n->search = name.toLower();
                const Extension *a = findByName(std::as_const(snap->reference).extensions, name);
                const Extension *b = findByName(std::as_const(snap->target).extensions, name);
                n->inReference = a;
                n->inTarget = b;
                n->referenceDetail = a ? a->version : QString();
                n->targetDetail = b ? b->version : QString();
                n->change = ownChange(ObjectKind::Extension, QString(), QString(), name);
                objects.insert(changeKey(ObjectKind::Extension, QString(), QString(), name), n);
            }
        }
    }

    // Every change counts at its object's row and every row above it.
    for (int i = 0; i < snap->diff.changes.size(); ++i) {
        const ObjectChange &c = snap->diff.changes[i];
        Node *n = nullptr;
        if (c.kind == ObjectKind::Schema) {
            for (const auto &s : snap->root->children) {
                if (s->kind == NodeKind::Schema && s->name == c.name)
                    n = s.get();
            }
        } else if (isChildKind(c.kind)) {
            n = objects.value(changeKey(ObjectKind::Table, c.schema, QString(), c.table));
            if (!n)
                n = objects.value(changeKey(ObjectKind::View, c.schema, QString(), c.table));
        } else {
            n = objects.value(changeKey(groupKind(c.kind), c.kind == ObjectKind::Extension ? QString() : c.schema,
                                        QString(), c.name));
        }
        if (!n)
            continue; // a change no row shows (cannot happen for a diff of these catalogs)
        snap->objectOfChange.insert(i, n);
        for (Node *up = n; up; up = up->parent)
            up->subtree << i;
    }

    // States: a row's own change, else whether anything beneath differs.
    auto stateOf = [snap](const Node *n) {
        if (n->change >= 0) {
            switch (snap->diff.changes[n->change].change) {
            case ChangeKind::Added:
                return State::OnlyInReference;
            case ChangeKind::Removed:
                return State::OnlyInTarget;
            case ChangeKind::Changed:
                return State::Changed;
            }
        }
        if (!n->subtree.isEmpty())
            return State::ContainsChanges;
        if (n->inReference && !n->inTarget)
            return State::OnlyInReference;
        if (n->inTarget && !n->inReference)
            return State::OnlyInTarget;
        return State::Same;
    };
    std::function<void(Node *)> settle = [&](Node *n) {
        for (auto &child : n->children)
            settle(child.get());
        if (n != snap->root.get())
            n->state = stateOf(n);
    };
    settle(snap->root.get());
    return snapshot;
}


void DiffTreeModel::buildChildren(Node *n) const
{
    n->populated = true;
    const QString owner = n->name;
    auto ownChange = [&](ObjectKind kind, const QString &name) {
        return m_s->changeByKey.value(changeKey(kind, n->schema, owner, name), -1);
    };
    auto fromPaired = [&](ObjectKind kind, const QString &fromName) {
        return m_s->changeByKey.value(QStringLiteral("from") + changeKey(kind, n->schema, owner, fromName), -1);
    };
    auto child = [&](ObjectKind kind, const QString &name, bool inRef, bool inTgt, const QString &refDetail,
                     const QString &tgtDetail, int change) {
        Node *c = n->add(NodeKind::Child, kind, name);
        c->table = owner;
        c->path = n->path + QLatin1Char('.') + name;
        c->search = name.toLower();
        c->inReference = inRef;
        c->inTarget = inTgt;
        c->referenceDetail = refDetail;
        c->targetDetail = tgtDetail;
        c->change = change;
        if (change >= 0) {
            c->subtree << change;
            switch (m_s->diff.changes[change].change) {
            case ChangeKind::Added:
                c->state = State::OnlyInReference;
                break;
            case ChangeKind::Removed:
                c->state = State::OnlyInTarget;
                break;
            case ChangeKind::Changed:
                c->state = State::Changed;
                break;
            }
        } else if (inRef != inTgt) {
            // Part of an object that only one side has: it follows its object.
            c->state = inRef ? State::OnlyInReference : State::OnlyInTarget;
        }
        return c;
    };

    // Items of one kind on both sides, paired by name; a change made by
    // pairing two differently named items (generated names) joins them in
    // one row under the reference's name.
    auto pairUp = [&](ObjectKind kind, const auto &refList, const auto &tgtList, auto detail) {
        QStringList refNames, tgtNames;
        for (const auto &item : refList)
            refNames << item.name;
        QHash<QString, QString> renamedTarget; // target name -> reference name
        for (const auto &item : tgtList) {
            const int paired = fromPaired(kind, item.name);
            if (paired >= 0 && refNames.contains(m_s->diff.changes[paired].name)) {
                renamedTarget.insert(item.name, m_s->diff.changes[paired].name);
                tgtNames << m_s->diff.changes[paired].name;
            } else {
                tgtNames << item.name;
            }
        }
        for (const QString &name : mergedOrder(refNames, tgtNames)) {
            const auto *a = findByName(refList, name);
            const QString targetName = renamedTarget.key(name, name);
            const auto *b = findByName(tgtList, targetName);
            if (b && renamedTarget.contains(targetName) && renamedTarget.value(targetName) != name)
                b = nullptr; // that target item sits in the row of its partner
            int change = ownChange(kind, name);
            if (change < 0 && b)
                change = fromPaired(kind, targetName);
            child(kind, name, a, b, a ? detail(*a) : QString(), b ? detail(*b) : QString(), change);
        }
    };

    const Table *a = n->referenceTable;
    const Table *b = n->targetTable;
    static const QList<parity::Column> noColumns;
    static const QList<ForeignKey> noKeys;
    static const QList<UniqueConstraint> noUniques;
    static const QList<CheckConstraint> noChecks;
    static const QList<Index> noIndexes;
    if (a || b) {
        pairUp(ObjectKind::Column, a ? a->columns : noColumns, b ? b->columns : noColumns, columnDetail);
        if ((a && a->primaryKey) || (b && b->primaryKey)) {
            const auto &pa = a ? a->primaryKey : std::optional<PrimaryKey>();
            const auto &pb = b ? b->primaryKey : std::optional<PrimaryKey>();
            const QString name = pa && !pa->name.isEmpty() ? pa->name
                                 : pb && !pb->name.isEmpty() ? pb->name
                                                             : tr("primary key");
            int change = -1;
            for (int i : n->subtree) {
                if (m_s->diff.changes[i].kind == ObjectKind::PrimaryKey)
                    change = i;
            }
            auto detail = [](const std::optional<PrimaryKey> &k) -> QString {
                return k ? QStringLiteral("PRIMARY KEY (%1)").arg(joined(k->columns)) : QString();
            };
            child(ObjectKind::PrimaryKey, name, bool(pa), bool(pb), detail(pa), detail(pb), change);
        }
        pairUp(ObjectKind::ForeignKey, a ? a->foreignKeys : noKeys, b ? b->foreignKeys : noKeys,
               [](const ForeignKey &f) {
                   return QStringLiteral("(%1) → %2(%3)").arg(joined(f.columns), f.referencedTable, joined(f.referencedColumns));
               });
        pairUp(ObjectKind::UniqueConstraint, a ? a->uniqueConstraints : noUniques,
               b ? b->uniqueConstraints : noUniques,
               [](const UniqueConstraint &u) { return QStringLiteral("UNIQUE (%1)").arg(joined(u.columns)); });
        pairUp(ObjectKind::Check, a ? a->checks : noChecks, b ? b->checks : noChecks,
               [](const CheckConstraint &c) { return QStringLiteral("CHECK (%1)").arg(c.expression); });
        pairUp(ObjectKind::Index, a ? a->indexes : noIndexes, b ? b->indexes : noIndexes, indexDetail);
    } else if (n->referenceView || n->targetView) {
        const View *va = n->referenceView;
        const View *vb = n->targetView;
        const QStringList ca = va ? va->columns : QStringList();
        const QStringList cb = vb ? vb->columns : QStringList();
        for (const QString &c : mergedOrder(ca, cb))
            child(ObjectKind::Column, c, ca.contains(c), cb.contains(c), {}, {}, -1);
        pairUp(ObjectKind::Index, va ? va->indexes : noIndexes, vb ? vb->indexes : noIndexes, indexDetail);
    }
}


} // namespace parity

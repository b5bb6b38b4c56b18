// MigrationPlanner: PostgreSQL domains, row-level security policies and
// privileges.
#include "migrationplanner.h"

#include "sqlgenerator.h"

namespace parity {

namespace {

const QChar kSep(0x1f);

template<typename T>
const T *namedIn(const QList<T> &list, const QString &name)
{
    for (const T &item : list) {
        if (item.name == name)
            return &item;
    }
    return nullptr;
}

} // namespace

void MigrationPlanner::planDomains()
{
    // A domain over a domain comes after its base, and goes before it.
    auto isBaseOf = [this](const Domain *base, const Domain *d) {
        Column probe;
        probe.type = d->baseType;
        return isEnumColumn(probe, base->schema, base->name);
    };
    QList<const Domain *> created;
    QList<const Domain *> dropped;
    QList<std::pair<const Domain *, const Domain *>> recreated;
    QList<std::pair<const Domain *, const Domain *>> altered;
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::Domain)
            continue;
        const Schema *fs = m_from.schema(c.schema);
        const Schema *ts = m_to.schema(c.schema);
        const Domain *from = fs ? namedIn(fs->domains, c.name) : nullptr;
        const Domain *to = ts ? namedIn(ts->domains, c.name) : nullptr;
        if (c.change == ChangeKind::Added && to) {
            created << to;
        } else if (c.change == ChangeKind::Removed && from) {
            dropped << from;
        } else if (from && to) {
            if (from->baseType != to->baseType || from->collation != to->collation)
                recreated.append(std::pair(from, to));
            else
                altered.append(std::pair(from, to));
        }
    }
    // A domain over a recreated one would keep the old one: it is recreated
    // too, after its base (and its own changes go with it).
    for (qsizetype i = 0; i < recreated.size(); ++i) {
        const Domain *base = recreated[i].first;
        for (const Schema &s : m_from.schemas) {
            for (const Domain &d : s.domains) {
                const Schema *ts = m_to.schema(s.name);
                const Domain *to = ts ? namedIn(ts->domains, d.name) : nullptr;
                if (!to || !isBaseOf(base, &d)
                    || std::ranges::any_of(recreated, [&](const auto &r) { return r.first == &d; }))
                    continue;
                recreated.append(std::pair(&d, to));
            }
        }
    }
    for (const auto &[from, to] : altered) {
        // A recreated one is created as TO has it: no ALTER needed.
        if (std::ranges::none_of(recreated, [&](const auto &r) { return r.first == from; }))
            add(CreateDomains, m_g.alterDomain(*from, *to), to->schema + QLatin1Char('.') + to->name);
    }
    QList<Domain> oldOnes;
    for (const auto &[from, to] : recreated)
        oldOnes << recreateDomain(*from, *to);
    auto ordered = [&](QList<const Domain *> pending) {
        QList<const Domain *> out;
        while (!pending.isEmpty()) {
            const qsizetype before = pending.size();
            for (qsizetype i = 0; i < pending.size();) {
                const Domain *d = pending[i];
                const bool waits = std::ranges::any_of(pending, [&](const Domain *o) { return o != d && isBaseOf(o, d); });
                if (waits) {
                    ++i;
                    continue;
                }
                out << d;
                pending.removeAt(i);
            }
            if (pending.size() == before) { // a cycle cannot be declared; keep the rest as they are
                out << pending;
                break;
            }
        }
        return out;
    };
    for (const Domain *d : ordered(created))
        add(CreateDomains, m_g.createDomain(*d), d->schema + QLatin1Char('.') + d->name);
    QList<const Domain *> drops = ordered(dropped);
    std::ranges::reverse(drops);
    for (const Domain *d : drops)
        add(DropDomainsLate, m_g.dropDomain(*d), d->schema + QLatin1Char('.') + d->name);
    // The old ones last, a derived one before its base.
    std::ranges::reverse(oldOnes);
    for (const Domain &d : oldOnes)
        add(DropDomainsLate, m_g.dropDomain(d), d.schema + QLatin1Char('.') + d.name);
}

Domain MigrationPlanner::recreateDomain(const Domain &from, const Domain &to)
{
    // The base type or collation of a domain cannot change in place: the old
    // domain steps aside under a free name, the new one is created, the
    // columns move over with a cast, and the old one goes at the end.
    const QString object = from.schema + QLatin1Char('.') + from.name;
    m_disturbingNames.insert(from.name.toLower());
    const QString tempName = freeTypeName(from.schema, from.name);
    add(CreateDomains, m_g.renameDomain(from, tempName), object, false,
        QStringLiteral("The base type or collation changes: the domain is created anew and its columns move over."));
    add(CreateDomains, m_g.createDomain(to), object);
    Domain old = from;
    old.name = tempName;
    for (const Schema &s : m_from.schemas) {
        for (const Table &t : s.tables) {
            for (const Column &column : t.columns) {
                if (!isEnumColumn(column, from.schema, from.name))
                    continue;
                const Table *target = toTable(s.name, t.name);
                const Column *toColumn = target ? target->column(column.name) : nullptr;
                // Columns that leave the domain (or go) are handled with their table.
                if (!toColumn || !isEnumColumn(*toColumn, to.schema, to.name))
                    continue;
                m_disturbingNames.insert(t.name.toLower());
                m_enumMovedTables.insert(key(s.name, t.name));
                Column asOld = column;
                asOld.type = m_g.qualifiedName(old.schema, old.name);
                asOld.normalizedType = asOld.type;
                Column asNew = *toColumn;
                asNew.nullable = asOld.nullable;
                asNew.identity = asOld.identity;
                asNew.comment = asOld.comment;
                asNew.generatedExpression = asOld.generatedExpression;
                asNew.defaultExpression = asOld.defaultExpression;
                add(CreateDomains, m_g.alterColumn(*target, asOld, asNew),
                    s.name + QLatin1Char('.') + t.name + QLatin1Char('.') + column.name);
            }
        }
    }
    return old;
}

void MigrationPlanner::planPolicies()
{
    auto [drop, create] = dropsAndCreates(ObjectKind::Policy);
    // A table dropped and created again loses its policies: they come back.
    auto reborn = [&](const QString &schema, const QString &table) {
        const auto it = m_tables.constFind(key(schema, table));
        return it != m_tables.cend() && (it->rebuild || it->replace);
    };
    for (const Schema &s : m_to.schemas) {
        for (const Policy &p : s.policies) {
            if (reborn(s.name, p.table))
                create.insert(key(s.name, p.table) + kSep + p.name);
        }
    }
    for (const Schema &s : m_from.schemas) {
        for (const Policy &p : s.policies) {
            const QString tableKey = key(s.name, p.table);
            // A table that goes takes its policies along.
            if (!drop.contains(tableKey + kSep + p.name) || m_removedTables.contains(tableKey) || reborn(s.name, p.table))
                continue;
            // Before the columns and functions it reads change.
            add(DropTriggers, m_g.dropPolicy(s.name, p), s.name + QLatin1Char('.') + p.table + QLatin1Char('.') + p.name);
        }
    }
    for (const Schema &s : m_to.schemas) {
        for (const Policy &p : s.policies) {
            if (create.contains(key(s.name, p.table) + kSep + p.name))
                add(CreateTriggers, m_g.createPolicy(s.name, p), s.name + QLatin1Char('.') + p.table + QLatin1Char('.') + p.name);
        }
    }
}

void MigrationPlanner::planPrivileges()
{
    // What an object created by the plan has is nothing beyond its owner's
    // own (a routine: EXECUTE for PUBLIC too): it gets all of TO's grants. An object that stays gets the
    // difference, revokes first.
    static const Grants none;
    auto change = [&](const QString &object, const Grants &from, const Grants &to, const QString &step) {
        if (from != to)
            add(GrantPrivileges, m_g.changeGrants(object, from, to), step);
    };
    for (const Schema &ts : m_to.schemas) {
        const Schema *fs = m_from.schema(ts.name);
        change(QStringLiteral("SCHEMA ") + m_g.quoteIdentifier(ts.name), fs ? fs->grants : none, ts.grants, ts.name);
        for (const Table &t : ts.tables) {
            const QString k = key(ts.name, t.name);
            const Table *from = fromTable(ts.name, t.name);
            const auto work = m_tables.constFind(k);
            const bool created = !from || m_addedTables.contains(k) || (work != m_tables.cend() && work->replace);
            change(QStringLiteral("TABLE ") + m_g.qualifiedName(ts.name, t.name), created ? none : from->grants,
                   t.grants, ts.name + QLatin1Char('.') + t.name);
        }
        for (const View &v : ts.views) {
            const View *from = fs ? fs->view(v.name) : nullptr;
            const bool created = !from || m_createdViews.contains(key(ts.name, v.name));
            change(QStringLiteral("TABLE ") + m_g.qualifiedName(ts.name, v.name), created ? none : from->grants,
                   v.grants, ts.name + QLatin1Char('.') + v.name);
        }
        for (const Sequence &q : ts.sequences) {
            const Sequence *from = fs ? namedIn(fs->sequences, q.name) : nullptr;
            change(QStringLiteral("SEQUENCE ") + m_g.qualifiedName(ts.name, q.name), from ? from->grants : none,
                   q.grants, ts.name + QLatin1Char('.') + q.name);
        }
        for (const Routine &r : ts.routines) {
            const Routine *from = nullptr;
            if (fs) {
                for (const Routine &x : fs->routines) {
                    if (x.name == r.name && x.arguments == r.arguments)
                        from = &x;
                }
            }
            const bool created = !from || m_recreatedRoutines.contains(key(ts.name, r.signature()));
            change(QStringLiteral("ROUTINE %1(%2)").arg(m_g.qualifiedName(ts.name, r.name), r.arguments),
                   created ? newRoutineGrants() : from->grants, r.grants, ts.name + QLatin1Char('.') + r.signature());
        }
    }
}

} // namespace parity

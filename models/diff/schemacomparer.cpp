#include "schemacomparer.h"

#include "sqlnormalizer.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <functional>

namespace parity {

namespace {

/// How a SQLite generated column was written: SQLite keeps the words.
QString generatedSpelling(const Column &c)
{
    QString text = c.generatedShort ? QStringLiteral("AS (…)") : QStringLiteral("GENERATED ALWAYS AS (…)");
    if (!c.generatedKindOmitted)
        text += c.generatedStored ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL");
    return text;
}

/// Builds the changes of one comparison; one instance per compareCatalogs().
class Comparer
{
public:
    explicit Comparer(const DiffOptions &options)
        : m_options(options)
    {
    }

    void compareSchemas(const Catalog &from, const Catalog &to);
    QList<ObjectChange> take() { return std::move(m_changes); }

private:
    void compareSchema(const Schema *from, const Schema *to, const QString &name);
    void compareTable(const Table &from, const Table &to);
    void compareColumns(const Table &from, const Table &to);
    void compareIndexes(const QString &schema, const QString &table, const QList<Index> &from,
                        const QList<Index> &to, qint64 rows, bool rowsExact);
    void compareView(const View &from, const View &to);

    ObjectChange &add(ObjectKind kind, ChangeKind change, const QString &schema, const QString &table,
                      const QString &name)
    {
        m_changes.append(ObjectChange{kind, change, schema, table, name, {}, {}, -1, false});
        return m_changes.last();
    }

    static QString expr(const QString &sql) { return sqlnormal::expression(sql); }
    QString text(const QString &sql) const
    {
        return m_options.ignoreWhitespace ? sqlnormal::whitespace(sql) : sql;
    }
    bool commentsMatter() const { return !m_options.ignoreComments; }
    bool ownersMatter() const { return !m_options.ignoreOwner; }
    bool privilegesMatter() const { return !m_options.ignorePrivileges; }
    bool columnOrderMatters() const { return !m_options.ignoreColumnOrder; }
    bool namesMatter() const { return !m_options.ignoreIndexNames; }

    const DiffOptions &m_options;
    QList<ObjectChange> m_changes;
};

/// Collects field differences of one object.
class Fields
{
public:
    void compare(const char *field, const QString &from, const QString &to)
    {
        if (from != to)
            m_fields.append(FieldChange{QString::fromLatin1(field), from, to});
    }
    /// Compares normalised forms but reports the values as the databases spell them.
    void compareNormalized(const char *field, const QString &from, const QString &to,
                           const QString &fromKey, const QString &toKey)
    {
        if (fromKey != toKey)
            m_fields.append(FieldChange{QString::fromLatin1(field), from, to});
    }
    /// The same, but normalises only when the spellings differ: most values
    /// are identical, and normalising thousands of them costs real time.
    template<typename Normalize>
    void compareSpelling(const char *field, const QString &from, const QString &to, Normalize normalize)
    {
        if (from != to && normalize(from) != normalize(to))
            m_fields.append(FieldChange{QString::fromLatin1(field), from, to});
    }
    void compare(const char *field, bool from, bool to)
    {
        if (from != to)
            m_fields.append(FieldChange{QString::fromLatin1(field), yesNo(from), yesNo(to)});
    }
    void compare(const char *field, qint64 from, qint64 to)
    {
        if (from != to)
            m_fields.append(FieldChange{QString::fromLatin1(field), QString::number(from), QString::number(to)});
    }
    void compare(const char *field, const QStringList &from, const QStringList &to)
    {
        if (from != to)
            m_fields.append(FieldChange{QString::fromLatin1(field), from.join(QStringLiteral(", ")),
                                        to.join(QStringLiteral(", "))});
    }
    bool isEmpty() const { return m_fields.isEmpty(); }
    QList<FieldChange> take() { return std::move(m_fields); }

private:
    static QString yesNo(bool value) { return value ? QStringLiteral("yes") : QStringLiteral("no"); }
    QList<FieldChange> m_fields;
};

qint64 rowsOf(const Table &t)
{
    return t.rowCount >= 0 ? t.rowCount : t.rowEstimate;
}

/// Matches two lists by key; calls the handlers for FROM-only, TO-only and
/// both. Keys are unique within a list (names in one namespace).
template<typename T, typename Key>
void matchByKey(const QList<T> &from, const QList<T> &to, Key key,
                const std::function<void(const T &)> &onlyFrom, const std::function<void(const T &)> &onlyTo,
                const std::function<void(const T &, const T &)> &both)
{
    QHash<QString, const T *> toByKey;
    toByKey.reserve(to.size());
    for (const T &item : to)
        toByKey.insert(key(item), &item);
    QSet<QString> seen;
    for (const T &item : from) {
        const QString k = key(item);
        if (const T *other = toByKey.value(k)) {
            seen.insert(k);
            both(item, *other);
        } else {
            onlyFrom(item);
        }
    }
    for (const T &item : to) {
        if (!seen.contains(key(item)))
            onlyTo(item);
    }
}

/// Matches by name first; what is left on both sides is then paired by a
/// structural signature, so a constraint that only took another name is the
/// same constraint, renamed. With `shapeFirst` (names ignored) the shape
/// decides first and the name only among what is left: two checks whose
/// names were swapped are then no difference at all.
template<typename T, typename Name, typename Signature>
void matchByNameThenSignature(const QList<T> &from, const QList<T> &to, Name name, Signature signature,
                              const std::function<void(const T &)> &onlyFrom,
                              const std::function<void(const T &)> &onlyTo,
                              const std::function<void(const T &, const T &)> &both, bool shapeFirst = false)
{
    if (shapeFirst) {
        QList<const T *> unpairedTo;
        for (const T &t : to)
            unpairedTo.append(&t);
        QList<const T *> leftFrom;
        for (const T &f : from) {
            const QString sig = signature(f);
            // The same name with the same shape first, then any of that shape.
            auto it = std::ranges::find_if(unpairedTo, [&](const T *t) { return t && name(*t) == name(f) && signature(*t) == sig; });
            if (it == unpairedTo.end())
                it = std::ranges::find_if(unpairedTo, [&](const T *t) { return t && signature(*t) == sig; });
            if (it != unpairedTo.end()) {
                both(f, **it);
                *it = nullptr;
            } else {
                leftFrom.append(&f);
            }
        }
        // What is left pairs by name (a changed shape under one name).
        for (const T *f : leftFrom) {
            auto it = std::ranges::find_if(unpairedTo, [&](const T *t) { return t && name(*t) == name(*f); });
            if (it != unpairedTo.end()) {
                both(*f, **it);
                *it = nullptr;
            } else {
                onlyFrom(*f);
            }
        }
        for (const T *t : unpairedTo) {
            if (t)
                onlyTo(*t);
        }
        return;
    }
    QList<const T *> restFrom;
    QList<const T *> restTo;
    matchByKey<T>(
        from, to, name, [&](const T &f) { restFrom.append(&f); }, [&](const T &t) { restTo.append(&t); }, both);
    for (const T *f : restFrom) {
        const QString sig = signature(*f);
        auto it = std::ranges::find_if(restTo, [&](const T *t) { return t && signature(*t) == sig; });
        if (it != restTo.end()) {
            both(*f, **it);
            *it = nullptr;
        } else {
            onlyFrom(*f);
        }
    }
    for (const T *t : restTo) {
        if (t)
            onlyTo(*t);
    }
}

/// A constraint's name as its DDL gives it: empty for SQLite's unnamed ones,
/// whose names the introspector makes up.
template<typename T>
QString declaredName(const T &constraint)
{
    return constraint.nameGenerated ? QString() : constraint.name;
}

QString identityText(IdentityKind kind)
{
    return kind == IdentityKind::None ? QString() : identityKindKey(kind);
}

QString keyText(const IndexKey &k)
{
    QString s = k.expression;
    if (k.prefixLength > 0)
        s += QStringLiteral("(%1)").arg(k.prefixLength);
    if (!k.collation.isEmpty())
        s += QStringLiteral(" COLLATE ") + k.collation;
    if (!k.opclass.isEmpty())
        s += QLatin1Char(' ') + k.opclass;
    if (k.descending)
        s += QStringLiteral(" DESC");
    if (!k.nulls.isEmpty())
        s += QStringLiteral(" NULLS ") + k.nulls;
    return s;
}

QString indexText(const Index &i)
{
    QStringList keys;
    for (const IndexKey &k : i.keys)
        keys << keyText(k);
    QString s = (i.unique ? QStringLiteral("UNIQUE ") : QString()) + QStringLiteral("(%1)").arg(keys.join(QStringLiteral(", ")));
    if (!i.method.isEmpty())
        s += QStringLiteral(" USING ") + i.method;
    if (i.methodStated)
        s += QStringLiteral(" (USING written)");
    if (!i.include.isEmpty())
        s += QStringLiteral(" INCLUDE (%1)").arg(i.include.join(QStringLiteral(", ")));
    if (i.nullsNotDistinct)
        s += QStringLiteral(" NULLS NOT DISTINCT");
    if (!i.options.isEmpty())
        s += QStringLiteral(" WITH (%1)").arg(i.options);
    if (!i.predicate.isEmpty())
        s += QStringLiteral(" WHERE ") + i.predicate;
    if (!i.exclusion.isEmpty())
        return i.exclusion;
    return s;
}

QString fkTarget(const ForeignKey &f)
{
    const QString table = f.referencedSchema.isEmpty() ? f.referencedTable : f.referencedSchema + QLatin1Char('.') + f.referencedTable;
    return QStringLiteral("%1(%2)").arg(table, f.referencedColumns.join(QStringLiteral(", ")));
}

} // namespace

void Comparer::compareSchemas(const Catalog &from, const Catalog &to)
{
    matchByKey<Extension>(
        from.extensions, to.extensions, [](const Extension &e) { return e.name; },
        [&](const Extension &e) { add(ObjectKind::Extension, ChangeKind::Removed, e.schema, {}, e.name); },
        [&](const Extension &e) { add(ObjectKind::Extension, ChangeKind::Added, e.schema, {}, e.name); },
        [&](const Extension &f, const Extension &t) {
            Fields fields;
            fields.compare("version", f.version, t.version);
            fields.compare("schema", f.schema, t.schema);
            if (!fields.isEmpty())
                add(ObjectKind::Extension, ChangeKind::Changed, t.schema, {}, t.name).fields = fields.take();
        });

    QStringList names;
    for (const Schema &s : from.schemas)
        names << s.name;
    for (const Schema &s : to.schemas) {
        if (!names.contains(s.name))
            names << s.name;
    }
    // MySQL calls a database a schema: comparing shop_staging with shop_uat
    // compares their one schema each, whatever the names.
    if (from.dialect == Dialect::MySQL && from.schemas.size() == 1 && to.schemas.size() == 1) {
        if (m_options.schemas.accepts(from.schemas[0].name))
            compareSchema(&from.schemas[0], &to.schemas[0], from.schemas[0].name);
        return;
    }
    for (const QString &name : names) {
        if (!m_options.schemas.accepts(name))
            continue;
        compareSchema(from.schema(name), to.schema(name), name);
    }
}

void Comparer::compareSchema(const Schema *from, const Schema *to, const QString &name)
{
    static const Schema empty;
    if (!from)
        add(ObjectKind::Schema, ChangeKind::Added, name, {}, {});
    if (!to)
        add(ObjectKind::Schema, ChangeKind::Removed, name, {}, {});
    if (from && to) {
        Fields fields;
        if (commentsMatter())
            fields.compare("comment", from->comment, to->comment);
        if (ownersMatter())
            fields.compare("owner", from->owner, to->owner);
        if (privilegesMatter())
            fields.compare("privileges", grantLines(from->grants), grantLines(to->grants));
        if (!fields.isEmpty())
            add(ObjectKind::Schema, ChangeKind::Changed, name, {}, {}).fields = fields.take();
    }
    const Schema &f = from ? *from : empty;
    const Schema &t = to ? *to : empty;
    auto accepted = [&](const QString &object) { return m_options.acceptsObject(object); };

    matchByKey<Table>(
        f.tables, t.tables, [](const Table &x) { return x.name; },
        [&](const Table &x) {
            if (accepted(x.name)) {
                ObjectChange &c = add(ObjectKind::Table, ChangeKind::Removed, name, {}, x.name);
                c.rows = rowsOf(x);
                c.rowsExact = x.rowCount >= 0;
            }
        },
        [&](const Table &x) {
            if (accepted(x.name)) {
                ObjectChange &c = add(ObjectKind::Table, ChangeKind::Added, name, {}, x.name);
                c.rows = rowsOf(x);
                c.rowsExact = x.rowCount >= 0;
            }
        },
        [&](const Table &a, const Table &b) {
            if (accepted(a.name))
                compareTable(a, b);
        });

    matchByKey<View>(
        f.views, t.views, [](const View &x) { return x.name; },
        [&](const View &x) {
            if (accepted(x.name))
                add(x.materialized ? ObjectKind::MaterializedView : ObjectKind::View, ChangeKind::Removed, name, {}, x.name);
        },
        [&](const View &x) {
            if (accepted(x.name))
                add(x.materialized ? ObjectKind::MaterializedView : ObjectKind::View, ChangeKind::Added, name, {}, x.name);
        },
        [&](const View &a, const View &b) {
            if (accepted(a.name))
                compareView(a, b);
        });

    matchByKey<Routine>(
        f.routines, t.routines, [](const Routine &r) -> QString { return r.name + QLatin1Char('(') + sqlnormal::expression(r.arguments) + QLatin1Char(')'); },
        [&](const Routine &r) {
            if (accepted(r.name))
                add(ObjectKind::Routine, ChangeKind::Removed, name, {}, r.signature());
        },
        [&](const Routine &r) {
            if (accepted(r.name))
                add(ObjectKind::Routine, ChangeKind::Added, name, {}, r.signature());
        },
        [&](const Routine &a, const Routine &b) {
            if (!accepted(a.name))
                return;
            Fields fields;
            fields.compare("kind", routineKindKey(a.kind), routineKindKey(b.kind));
            fields.compareSpelling("returns", a.returnType, b.returnType, &sqlnormal::expression);
            fields.compare("language", a.language, b.language);
            fields.compareSpelling("definition", a.definition, b.definition, [this](const QString &v) { return text(v); });
            if (commentsMatter())
                fields.compare("comment", a.comment, b.comment);
            if (ownersMatter())
                fields.compare("owner", a.owner, b.owner);
            if (privilegesMatter())
                fields.compare("privileges", grantLines(a.grants), grantLines(b.grants));
            if (!fields.isEmpty())
                add(ObjectKind::Routine, ChangeKind::Changed, name, {}, b.signature()).fields = fields.take();
        });

    matchByKey<Trigger>(
        f.triggers, t.triggers, [](const Trigger &x) -> QString { return x.table + QLatin1Char('\x1f') + x.name; },
        [&](const Trigger &x) {
            if (accepted(x.table))
                add(ObjectKind::Trigger, ChangeKind::Removed, name, x.table, x.name);
        },
        [&](const Trigger &x) {
            if (accepted(x.table))
                add(ObjectKind::Trigger, ChangeKind::Added, name, x.table, x.name);
        },
        [&](const Trigger &a, const Trigger &b) {
            if (!accepted(a.table))
                return;
            Fields fields;
            fields.compare("timing", a.timing, b.timing);
            fields.compare("events", a.events, b.events);
            fields.compare("for each row", a.forEachRow, b.forEachRow);
            fields.compare("enabled", a.enabled, b.enabled);
            fields.compareSpelling("definition", a.definition, b.definition, [this](const QString &v) { return text(v); });
            if (!fields.isEmpty())
                add(ObjectKind::Trigger, ChangeKind::Changed, name, b.table, b.name).fields = fields.take();
        });

    matchByKey<Sequence>(
        f.sequences, t.sequences, [](const Sequence &x) { return x.name; },
        [&](const Sequence &x) {
            if (accepted(x.name))
                add(ObjectKind::Sequence, ChangeKind::Removed, name, {}, x.name);
        },
        [&](const Sequence &x) {
            if (accepted(x.name))
                add(ObjectKind::Sequence, ChangeKind::Added, name, {}, x.name);
        },
        [&](const Sequence &a, const Sequence &b) {
            if (!accepted(a.name))
                return;
            Fields fields;
            fields.compare("type", a.dataType, b.dataType);
            fields.compare("start", a.start, b.start);
            fields.compare("increment", a.increment, b.increment);
            fields.compare("minimum", a.minValue, b.minValue);
            fields.compare("maximum", a.maxValue, b.maxValue);
            fields.compare("cache", a.cache, b.cache);
            fields.compare("cycle", a.cycle, b.cycle);
            fields.compare("owned by", a.ownedBy, b.ownedBy);
            if (ownersMatter())
                fields.compare("owner", a.owner, b.owner);
            if (privilegesMatter())
                fields.compare("privileges", grantLines(a.grants), grantLines(b.grants));
            if (!fields.isEmpty())
                add(ObjectKind::Sequence, ChangeKind::Changed, name, {}, b.name).fields = fields.take();
        });

    matchByKey<EnumType>(
        f.enums, t.enums, [](const EnumType &x) { return x.name; },
        [&](const EnumType &x) {
            if (accepted(x.name))
                add(ObjectKind::Enum, ChangeKind::Removed, name, {}, x.name);
        },
        [&](const EnumType &x) {
            if (accepted(x.name))
                add(ObjectKind::Enum, ChangeKind::Added, name, {}, x.name);
        },
        [&](const EnumType &a, const EnumType &b) {
            if (!accepted(a.name))
                return;
            Fields fields;
            fields.compare("labels", a.labels, b.labels);
            if (commentsMatter())
                fields.compare("comment", a.comment, b.comment);
            if (ownersMatter())
                fields.compare("owner", a.owner, b.owner);
            if (!fields.isEmpty())
                add(ObjectKind::Enum, ChangeKind::Changed, name, {}, b.name).fields = fields.take();
        });

    // A domain's checks are one field: each as "name: CHECK (…)", or only
    // the expression where names are ignored.
    auto domainChecks = [this](const Domain &d) {
        QStringList lines;
        for (const DomainCheck &c : d.checks) {
            const QString body = c.expression + (c.validated ? QString() : QStringLiteral(" NOT VALID"));
            lines << (m_options.ignoreIndexNames ? body : c.name + QStringLiteral(": ") + body);
        }
        lines.sort();
        return lines;
    };
    matchByKey<Domain>(
        f.domains, t.domains, [](const Domain &x) { return x.name; },
        [&](const Domain &x) {
            if (accepted(x.name))
                add(ObjectKind::Domain, ChangeKind::Removed, name, {}, x.name);
        },
        [&](const Domain &x) {
            if (accepted(x.name))
                add(ObjectKind::Domain, ChangeKind::Added, name, {}, x.name);
        },
        [&](const Domain &a, const Domain &b) {
            if (!accepted(a.name))
                return;
            Fields fields;
            fields.compare("type", a.baseType, b.baseType);
            fields.compare("collation", a.collation, b.collation);
            fields.compareSpelling("default", a.defaultExpression, b.defaultExpression, &sqlnormal::expression);
            fields.compare("nullable", !a.notNull, !b.notNull);
            fields.compare("checks", domainChecks(a), domainChecks(b));
            if (commentsMatter())
                fields.compare("comment", a.comment, b.comment);
            if (ownersMatter())
                fields.compare("owner", a.owner, b.owner);
            if (!fields.isEmpty())
                add(ObjectKind::Domain, ChangeKind::Changed, name, {}, b.name).fields = fields.take();
        });

    matchByKey<Policy>(
        f.policies, t.policies, [](const Policy &x) -> QString { return x.table + QLatin1Char('\x1f') + x.name; },
        [&](const Policy &x) {
            if (accepted(x.table))
                add(ObjectKind::Policy, ChangeKind::Removed, name, x.table, x.name);
        },
        [&](const Policy &x) {
            if (accepted(x.table))
                add(ObjectKind::Policy, ChangeKind::Added, name, x.table, x.name);
        },
        [&](const Policy &a, const Policy &b) {
            if (!accepted(a.table))
                return;
            Fields fields;
            fields.compare("permissive", a.permissive, b.permissive);
            fields.compare("command", a.command, b.command);
            fields.compare("roles", a.roles, b.roles);
            fields.compare("using", a.usingExpression, b.usingExpression);
            fields.compare("with check", a.checkExpression, b.checkExpression);
            if (!fields.isEmpty())
                add(ObjectKind::Policy, ChangeKind::Changed, name, b.table, b.name).fields = fields.take();
        });
}

void Comparer::compareTable(const Table &from, const Table &to)
{
    const QString &schema = from.schema;
    const QString &table = from.name;
    const qint64 rows = rowsOf(from);
    const bool rowsExact = from.rowCount >= 0;
    auto addChange = [&](ObjectKind kind, ChangeKind change, const QString &name) -> ObjectChange & {
        ObjectChange &c = add(kind, change, schema, table, name);
        c.rows = rows;
        c.rowsExact = rowsExact;
        return c;
    };

    Fields fields;
    // SQLite: a name TO spells in other letter case (the comparison went by FROM's).
    if (!to.writtenName.isEmpty())
        fields.compare("name", from.name, to.writtenName);
    fields.compare("kind", tableKindKey(from.kind), tableKindKey(to.kind));
    fields.compareSpelling("partition key", from.partitionKey, to.partitionKey, &sqlnormal::expression);
    fields.compare("partition of", from.parentTable, to.parentTable);
    fields.compareSpelling("partition bound", from.partitionBound, to.partitionBound, &sqlnormal::expression);
    fields.compare("options", from.options, to.options);
    fields.compare("row level security", from.rowSecurity, to.rowSecurity);
    fields.compare("force row level security", from.forceRowSecurity, to.forceRowSecurity);
    fields.compare("engine", from.engine, to.engine);
    fields.compare("collation", from.collation, to.collation);
    if (commentsMatter())
        fields.compare("comment", from.comment, to.comment);
    if (ownersMatter())
        fields.compare("owner", from.owner, to.owner);
    if (privilegesMatter())
        fields.compare("privileges", grantLines(from.grants), grantLines(to.grants));
    if (!fields.isEmpty()) {
        ObjectChange &c = add(ObjectKind::Table, ChangeKind::Changed, schema, {}, table);
        c.fields = fields.take();
        c.rows = rows;
        c.rowsExact = rowsExact;
    }

    compareColumns(from, to);

    // The primary key: its name is generated more often than not, so only
    // the columns decide.
    if (from.primaryKey && !to.primaryKey) {
        addChange(ObjectKind::PrimaryKey, ChangeKind::Removed, from.primaryKey->name);
    } else if (!from.primaryKey && to.primaryKey) {
        addChange(ObjectKind::PrimaryKey, ChangeKind::Added, to.primaryKey->name);
    } else if (from.primaryKey && to.primaryKey) {
        // MySQL's primary key is always PRIMARY; elsewhere its name is kept
        // like any constraint's.
        Fields pk;
        if (namesMatter())
            pk.compare("name", from.primaryKey->name, to.primaryKey->name);
        pk.compare("columns", from.primaryKey->columns.join(QStringLiteral(", ")),
                   to.primaryKey->columns.join(QStringLiteral(", ")));
        pk.compare("table constraint", from.primaryKey->tableLevel, to.primaryKey->tableLevel);
        if (commentsMatter())
            pk.compare("comment", from.primaryKey->comment, to.primaryKey->comment);
        if (!pk.isEmpty()) {
            ObjectChange &c = addChange(ObjectKind::PrimaryKey, ChangeKind::Changed, to.primaryKey->name);
            c.fields = pk.take();
            c.fromName = from.primaryKey->name;
        }
    }

    // A reference into the table's own schema is written without it, so two
    // databases whose schemas are named differently (MySQL: the database
    // name) still compare equal.
    auto local = [](QList<ForeignKey> keys, const QString &ownSchema) {
        for (ForeignKey &k : keys) {
            if (k.referencedSchema == ownSchema)
                k.referencedSchema.clear();
        }
        return keys;
    };
    matchByNameThenSignature<ForeignKey>(
        local(from.foreignKeys, from.schema), local(to.foreignKeys, to.schema), [](const ForeignKey &f) { return f.name; },
        [](const ForeignKey &f) -> QString {
            return f.columns.join(QLatin1Char(',')) + QLatin1String("->") + fkTarget(f);
        },
        [&](const ForeignKey &f) { addChange(ObjectKind::ForeignKey, ChangeKind::Removed, f.name); },
        [&](const ForeignKey &f) { addChange(ObjectKind::ForeignKey, ChangeKind::Added, f.name); },
        [&](const ForeignKey &a, const ForeignKey &b) {
            Fields fk;
            if (namesMatter())
                fk.compare("name", declaredName(a), declaredName(b));
            fk.compare("written on column", a.onColumn, b.onColumn);
            if (commentsMatter())
                fk.compare("comment", a.comment, b.comment);
            fk.compare("columns", a.columns, b.columns);
            fk.compare("references", fkTarget(a), fkTarget(b));
            fk.compare("references as written", a.referencedAs, b.referencedAs);
            fk.compare("on delete", a.onDelete, b.onDelete);
            fk.compare("on update", a.onUpdate, b.onUpdate);
            fk.compare("match", a.match, b.match);
            fk.compare("deferrable", a.deferrable, b.deferrable);
            fk.compare("initially deferred", a.initiallyDeferred, b.initiallyDeferred);
            fk.compare("validated", a.validated, b.validated);
            if (!fk.isEmpty()) {
                ObjectChange &c = addChange(ObjectKind::ForeignKey, ChangeKind::Changed, b.name);
                c.fields = fk.take();
                c.fromName = a.name;
            }
        },
        !namesMatter());

    matchByNameThenSignature<UniqueConstraint>(
        from.uniqueConstraints, to.uniqueConstraints, [](const UniqueConstraint &u) { return u.name; },
        [](const UniqueConstraint &u) { return u.columns.join(QLatin1Char(',')); },
        [&](const UniqueConstraint &u) { addChange(ObjectKind::UniqueConstraint, ChangeKind::Removed, u.name); },
        [&](const UniqueConstraint &u) { addChange(ObjectKind::UniqueConstraint, ChangeKind::Added, u.name); },
        [&](const UniqueConstraint &a, const UniqueConstraint &b) {
            Fields uq;
            if (namesMatter())
                uq.compare("name", declaredName(a), declaredName(b));
            uq.compare("written on column", a.onColumn, b.onColumn);
            if (commentsMatter())
                uq.compare("comment", a.comment, b.comment);
            uq.compare("columns", a.columns, b.columns);
            uq.compare("deferrable", a.deferrable, b.deferrable);
            uq.compare("initially deferred", a.initiallyDeferred, b.initiallyDeferred);
            uq.compare("nulls not distinct", a.nullsNotDistinct, b.nullsNotDistinct);
            if (!uq.isEmpty()) {
                ObjectChange &c = addChange(ObjectKind::UniqueConstraint, ChangeKind::Changed, b.name);
                c.fields = uq.take();
                c.fromName = a.name;
            }
        },
        !namesMatter());

    matchByNameThenSignature<CheckConstraint>(
        from.checks, to.checks, [](const CheckConstraint &c) { return c.name; },
        [](const CheckConstraint &c) { return expr(c.expression); },
        [&](const CheckConstraint &c) { addChange(ObjectKind::Check, ChangeKind::Removed, c.name); },
        [&](const CheckConstraint &c) { addChange(ObjectKind::Check, ChangeKind::Added, c.name); },
        [&](const CheckConstraint &a, const CheckConstraint &b) {
            Fields ck;
            if (namesMatter())
                ck.compare("name", declaredName(a), declaredName(b));
            ck.compare("written on column", a.onColumn, b.onColumn);
            if (commentsMatter())
                ck.compare("comment", a.comment, b.comment);
            ck.compareSpelling("expression", a.expression, b.expression, &sqlnormal::expression);
            ck.compare("validated", a.validated, b.validated);
            ck.compare("no inherit", a.noInherit, b.noInherit);
            if (!ck.isEmpty()) {
                ObjectChange &c = addChange(ObjectKind::Check, ChangeKind::Changed, b.name);
                c.fields = ck.take();
                c.fromName = a.name;
            }
        },
        !namesMatter());

    compareIndexes(schema, table, from.indexes, to.indexes, rows, rowsExact);
}

void Comparer::compareColumns(const Table &from, const Table &to)
{
    const qint64 rows = rowsOf(from);
    const bool rowsExact = from.rowCount >= 0;
    // Position counts only as the order of the columns both sides have: a
    // column added in the middle moves the ones after it, which is not a
    // change of theirs.
    QStringList sharedFrom;
    QStringList sharedTo;
    for (const Column &c : from.columns) {
        if (to.column(c.name))
            sharedFrom << c.name;
    }
    for (const Column &c : to.columns) {
        if (from.column(c.name))
            sharedTo << c.name;
    }

    matchByKey<Column>(
        from.columns, to.columns, [](const Column &c) { return c.name; },
        [&](const Column &c) {
            ObjectChange &change = add(ObjectKind::Column, ChangeKind::Removed, from.schema, from.name, c.name);
            change.rows = rows;
            change.rowsExact = rowsExact;
        },
        [&](const Column &c) {
            ObjectChange &change = add(ObjectKind::Column, ChangeKind::Added, from.schema, from.name, c.name);
            change.rows = rows;
            change.rowsExact = rowsExact;
        },
        [&](const Column &a, const Column &b) {
            const bool moved = columnOrderMatters() && sharedFrom.indexOf(a.name) != sharedTo.indexOf(b.name);
            if (a == b && !moved)
                return;
            Fields fields;
            const QString typeA = a.normalizedType.isEmpty() ? a.type : a.normalizedType;
            const QString typeB = b.normalizedType.isEmpty() ? b.type : b.normalizedType;
            fields.compareNormalized("type", a.type, b.type, typeA, typeB);
            fields.compare("nullable", a.nullable, b.nullable);
            fields.compareSpelling("default", a.defaultExpression, b.defaultExpression, &sqlnormal::expression);
            if (!b.writtenName.isEmpty())
                fields.compare("name", a.name, b.writtenName);
            fields.compare("identity", identityText(a.identity), identityText(b.identity));
            if (a.identity != IdentityKind::None && b.identity != IdentityKind::None) {
                fields.compare("identity options", a.identityOptions, b.identityOptions);
                if (namesMatter())
                    fields.compare("identity sequence", a.identitySequence, b.identitySequence);
            }
            fields.compareSpelling("generated", a.generatedExpression, b.generatedExpression, &sqlnormal::expression);
            if (!a.generatedExpression.isEmpty() || !b.generatedExpression.isEmpty()) {
                fields.compare("stored", a.generatedStored, b.generatedStored);
                if (!a.generatedExpression.isEmpty() && !b.generatedExpression.isEmpty())
                    fields.compare("generated as written", generatedSpelling(a), generatedSpelling(b));
            }
            fields.compareSpelling("on update", a.onUpdateExpression, b.onUpdateExpression, &sqlnormal::expression);
            fields.compare("invisible", a.invisible, b.invisible);
            fields.compare("collation", a.collation, b.collation);
            if (commentsMatter())
                fields.compare("comment", a.comment, b.comment);
            if (moved)
                fields.compare("position", qint64(sharedFrom.indexOf(a.name) + 1), qint64(sharedTo.indexOf(b.name) + 1));
            if (!fields.isEmpty()) {
                ObjectChange &change = add(ObjectKind::Column, ChangeKind::Changed, from.schema, from.name, b.name);
                change.fields = fields.take();
                change.rows = rows;
                change.rowsExact = rowsExact;
            }
        });
}

void Comparer::compareIndexes(const QString &schema, const QString &table, const QList<Index> &from,
                              const QList<Index> &to, qint64 rows, bool rowsExact)
{
    auto signature = [](const Index &i) -> QString {
        QStringList keys;
        for (const IndexKey &k : i.keys)
            keys << (k.isExpression ? expr(k.expression) : k.expression) + QLatin1Char('|') + keyText(k);
        return keys.join(QLatin1Char(',')) + (i.unique ? QStringLiteral("|u|") : QStringLiteral("|-|")) + i.method
               + QLatin1Char('|') + i.include.join(QLatin1Char(',')) + QLatin1Char('|') + expr(i.predicate)
               + QLatin1Char('|') + i.options + (i.nullsNotDistinct ? QStringLiteral("|nnd|") : QStringLiteral("|-|"))
               + i.exclusion + (i.methodStated ? QStringLiteral("|using") : QString());
    };
    auto addChange = [&](ChangeKind change, const QString &name) -> ObjectChange & {
        ObjectChange &c = add(ObjectKind::Index, change, schema, table, name);
        c.rows = rows;
        c.rowsExact = rowsExact;
        return c;
    };
    matchByNameThenSignature<Index>(
        from, to, [](const Index &i) { return i.name; }, signature,
        [&](const Index &i) { addChange(ChangeKind::Removed, i.name); },
        [&](const Index &i) { addChange(ChangeKind::Added, i.name); },
        [&](const Index &a, const Index &b) {
            if (a == b)
                return;
            Fields fields;
            if (namesMatter())
                fields.compare("name", a.name, b.name);
            fields.compareNormalized("definition", indexText(a), indexText(b), signature(a), signature(b));
            if (commentsMatter())
                fields.compare("comment", a.comment, b.comment);
            if (!fields.isEmpty()) {
                ObjectChange &c = addChange(ChangeKind::Changed, b.name);
                c.fields = fields.take();
                c.fromName = a.name;
            }
        },
        !namesMatter());
}

void Comparer::compareView(const View &from, const View &to)
{
    const ObjectKind kind = to.materialized ? ObjectKind::MaterializedView : ObjectKind::View;
    Fields fields;
    fields.compare("materialized", from.materialized, to.materialized);
    fields.compareSpelling("definition", from.definition, to.definition, [this](const QString &v) { return text(v); });
    fields.compare("columns", from.columns, to.columns);
    fields.compare("column list", from.columnsDeclared, to.columnsDeclared);
    fields.compare("check option", from.checkOption, to.checkOption);
    if (commentsMatter())
        fields.compare("comment", from.comment, to.comment);
    if (ownersMatter())
        fields.compare("owner", from.owner, to.owner);
    if (privilegesMatter())
        fields.compare("privileges", grantLines(from.grants), grantLines(to.grants));
    if (!fields.isEmpty())
        add(kind, ChangeKind::Changed, from.schema, {}, from.name).fields = fields.take();
    if (from.materialized && to.materialized)
        compareIndexes(from.schema, from.name, from.indexes, to.indexes, -1, false);
}

namespace {

int kindRank(ObjectKind kind)
{
    return int(kind);
}

} // namespace

SchemaDiff compareCatalogs(const Catalog &from, const Catalog &toAsRead, const DiffOptions &options)
{
    const Catalog to = spelledAs(toAsRead, from);
    Comparer comparer(options);
    comparer.compareSchemas(from, to);
    SchemaDiff diff;
    diff.dialect = to.dialect;
    diff.fromName = from.database;
    diff.toName = to.database;
    diff.fromSource = from.source;
    diff.toSource = to.source;
    diff.changes = comparer.take();
    // Stable order: by schema, then the table an object belongs to (or the
    // object itself), then kind, then name.
    std::ranges::stable_sort(diff.changes, [](const ObjectChange &a, const ObjectChange &b) {
        const QString &ownerA = a.table.isEmpty() ? a.name : a.table;
        const QString &ownerB = b.table.isEmpty() ? b.name : b.table;
        return std::tuple(a.schema, ownerA, kindRank(a.kind), a.name)
               < std::tuple(b.schema, ownerB, kindRank(b.kind), b.name);
    });
    return diff;
}

} // namespace parity

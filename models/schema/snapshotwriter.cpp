// Writing snapshots: a streaming JSON writer, fields at their default left out.
#include "snapshot.h"

#include "common/jsonwriter.h"

#include <QSaveFile>

namespace parity {

namespace {

/// Writes one JSON object field by field, leaving out values equal to their
/// defaults. The object is closed when the writer goes out of scope, so
/// `ObjectWriter(w).str(…).flag(…);` writes one whole object.
class ObjectWriter
{
public:
    explicit ObjectWriter(JsonWriter &json)
        : m_json(json)
    {
        m_json.beginObject();
    }
    ~ObjectWriter() { m_json.endObject(); }
    ObjectWriter(const ObjectWriter &) = delete;
    ObjectWriter &operator=(const ObjectWriter &) = delete;

    ObjectWriter &str(const char *key, const QString &value)
    {
        if (!value.isEmpty())
            strAlways(key, value);
        return *this;
    }
    ObjectWriter &strAlways(const char *key, const QString &value)
    {
        m_json.key(QLatin1StringView(key));
        m_json.value(value);
        return *this;
    }
    ObjectWriter &list(const char *key, const QStringList &value)
    {
        if (value.isEmpty())
            return *this;
        m_json.key(QLatin1StringView(key));
        m_json.beginArray();
        for (const QString &item : value)
            m_json.value(item);
        m_json.endArray();
        return *this;
    }
    ObjectWriter &flag(const char *key, bool value, bool defaultValue = false)
    {
        if (value != defaultValue) {
            m_json.key(QLatin1StringView(key));
            m_json.value(value);
        }
        return *this;
    }
    ObjectWriter &number(const char *key, qint64 value, qint64 defaultValue)
    {
        if (value == defaultValue)
            return *this;
        m_json.key(QLatin1StringView(key));
        // Readers that hold numbers as doubles lose integers past 2^53:
        // those are written as strings and read back exactly.
        if (value > (qint64(1) << 53) || value < -(qint64(1) << 53))
            m_json.value(QString::number(value));
        else
            m_json.value(value);
        return *this;
    }
    /// Writes `items` as an array of objects with `write(json, item)`; an
    /// empty list is left out.
    template<typename T, typename F>
    ObjectWriter &array(const char *key, const QList<T> &items, F write)
    {
        if (items.isEmpty())
            return *this;
        m_json.key(QLatin1StringView(key));
        m_json.beginArray();
        for (const T &item : items)
            write(m_json, item);
        m_json.endArray();
        return *this;
    }
    /// PostgreSQL privileges, left out when there are none.
    ObjectWriter &grants(const Grants &items)
    {
        return array("grants", items, [](JsonWriter &j, const Grant &g) {
            ObjectWriter(j)
                .strAlways("grantee", g.grantee)
                .strAlways("privilege", g.privilege)
                .str("column", g.column)
                .flag("grantable", g.grantable);
        });
    }
    /// Writes a nested object with `write(json)`.
    template<typename F>
    ObjectWriter &object(const char *key, F write)
    {
        m_json.key(QLatin1StringView(key));
        write(m_json);
        return *this;
    }

private:
    JsonWriter &m_json;
};

void write(JsonWriter &json, const Column &c)
{
    ObjectWriter(json)
        .strAlways("name", c.name)
        .number("position", c.position, 0)
        .strAlways("type", c.type)
        .str("normalizedType", c.normalizedType)
        .flag("nullable", c.nullable, true)
        .str("default", c.defaultExpression)
        .str("identity", c.identity == IdentityKind::None ? QString() : identityKindKey(c.identity))
        .str("generated", c.generatedExpression)
        .flag("generatedStored", c.generatedStored)
        .flag("generatedShort", c.generatedShort)
        .flag("generatedKindOmitted", c.generatedKindOmitted)
        .str("onUpdate", c.onUpdateExpression)
        .flag("invisible", c.invisible)
        .str("collation", c.collation)
        .str("comment", c.comment)
        .list("enumLabels", c.enumLabels)
        .str("identitySequence", c.identitySequence)
        .str("identityOptions", c.identityOptions);
}

void write(JsonWriter &json, const IndexKey &k)
{
    ObjectWriter(json)
        .strAlways("expression", k.expression)
        .flag("isExpression", k.isExpression)
        .flag("descending", k.descending)
        .str("nulls", k.nulls)
        .number("prefixLength", k.prefixLength, 0)
        .str("opclass", k.opclass)
        .str("collation", k.collation);
}

void write(JsonWriter &json, const Index &i)
{
    ObjectWriter(json)
        .strAlways("name", i.name)
        .array("keys", i.keys, [](JsonWriter &j, const IndexKey &k) { write(j, k); })
        .flag("unique", i.unique)
        .str("method", i.method)
        .flag("methodStated", i.methodStated)
        .str("predicate", i.predicate)
        .list("include", i.include)
        .str("definition", i.definition)
        .str("comment", i.comment)
        .str("options", i.options)
        .flag("nullsNotDistinct", i.nullsNotDistinct)
        .str("exclusion", i.exclusion);
}

void write(JsonWriter &json, const ForeignKey &f)
{
    ObjectWriter(json)
        .strAlways("name", f.name)
        .list("columns", f.columns)
        .str("referencedSchema", f.referencedSchema)
        .strAlways("referencedTable", f.referencedTable)
        .str("referencedAs", f.referencedAs)
        .list("referencedColumns", f.referencedColumns)
        .flag("nameGenerated", f.nameGenerated)
        .str("onColumn", f.onColumn)
        .str("comment", f.comment)
        .str("onDelete", f.onDelete == QLatin1String("NO ACTION") ? QString() : f.onDelete)
        .str("onUpdate", f.onUpdate == QLatin1String("NO ACTION") ? QString() : f.onUpdate)
        .str("match", f.match)
        .flag("deferrable", f.deferrable)
        .flag("initiallyDeferred", f.initiallyDeferred)
        .flag("validated", f.validated, true);
}

void write(JsonWriter &json, const Table &t)
{
    ObjectWriter w(json);
    w.strAlways("name", t.name)
        .str("kind", t.kind == TableKind::Ordinary ? QString() : tableKindKey(t.kind))
        .str("partitionKey", t.partitionKey)
        .str("parentTable", t.parentTable)
        .str("partitionBound", t.partitionBound)
        .str("comment", t.comment)
        .str("owner", t.owner)
        .grants(t.grants)
        .str("engine", t.engine)
        .str("collation", t.collation)
        .str("options", t.options)
        .flag("rowSecurity", t.rowSecurity)
        .flag("forceRowSecurity", t.forceRowSecurity)
        .array("columns", t.columns, [](JsonWriter &j, const Column &c) { write(j, c); });
    if (t.primaryKey) {
        w.object("primaryKey", [&](JsonWriter &j) {
            ObjectWriter(j).str("name", t.primaryKey->name).list("columns", t.primaryKey->columns).flag("descending", t.primaryKey->descending).flag("tableLevel", t.primaryKey->tableLevel).str("comment", t.primaryKey->comment);
        });
    }
    w.array("foreignKeys", t.foreignKeys, [](JsonWriter &j, const ForeignKey &f) { write(j, f); })
        .array("uniqueConstraints", t.uniqueConstraints,
               [](JsonWriter &j, const UniqueConstraint &u) {
                   ObjectWriter(j)
                       .strAlways("name", u.name)
                       .list("columns", u.columns)
                       .flag("deferrable", u.deferrable)
                       .flag("initiallyDeferred", u.initiallyDeferred)
                       .flag("nullsNotDistinct", u.nullsNotDistinct)
                       .flag("nameGenerated", u.nameGenerated)
                       .str("onColumn", u.onColumn)
                       .str("comment", u.comment);
               })
        .array("checks", t.checks,
               [](JsonWriter &j, const CheckConstraint &c) {
                   ObjectWriter(j)
                       .strAlways("name", c.name)
                       .strAlways("expression", c.expression)
                       .flag("validated", c.validated, true)
                       .flag("noInherit", c.noInherit)
                       .flag("nameGenerated", c.nameGenerated)
                       .str("onColumn", c.onColumn)
                       .str("comment", c.comment);
               })
        .array("indexes", t.indexes, [](JsonWriter &j, const Index &i) { write(j, i); })
        .number("rowEstimate", t.rowEstimate, -1)
        .number("rowCount", t.rowCount, -1);
}

void write(JsonWriter &json, const View &v)
{
    ObjectWriter(json)
        .strAlways("name", v.name)
        .flag("materialized", v.materialized)
        .strAlways("definition", v.definition)
        .list("columns", v.columns)
        .flag("columnsDeclared", v.columnsDeclared)
        .str("checkOption", v.checkOption)
        .str("comment", v.comment)
        .str("owner", v.owner)
        .grants(v.grants)
        .array("indexes", v.indexes, [](JsonWriter &j, const Index &i) { write(j, i); });
}

void write(JsonWriter &json, const Schema &s)
{
    ObjectWriter(json)
        .strAlways("name", s.name)
        .str("owner", s.owner)
        .grants(s.grants)
        .str("comment", s.comment)
        .array("tables", s.tables, [](JsonWriter &j, const Table &t) { write(j, t); })
        .array("views", s.views, [](JsonWriter &j, const View &v) { write(j, v); })
        .array("routines", s.routines,
               [](JsonWriter &j, const Routine &r) {
                   ObjectWriter(j)
                       .strAlways("name", r.name)
                       .strAlways("kind", routineKindKey(r.kind))
                       .str("arguments", r.arguments)
                       .str("returnType", r.returnType)
                       .str("language", r.language)
                       .str("definition", r.definition)
                       .str("comment", r.comment)
                       .str("owner", r.owner)
                       .grants(r.grants);
               })
        .array("triggers", s.triggers,
               [](JsonWriter &j, const Trigger &t) {
                   ObjectWriter(j)
                       .strAlways("name", t.name)
                       .strAlways("table", t.table)
                       .str("timing", t.timing)
                       .list("events", t.events)
                       .flag("forEachRow", t.forEachRow, true)
                       .str("definition", t.definition)
                       .flag("enabled", t.enabled, true);
               })
        .array("sequences", s.sequences,
               [](JsonWriter &j, const Sequence &q) {
                   ObjectWriter(j)
                       .strAlways("name", q.name)
                       .strAlways("dataType", q.dataType)
                       .number("start", q.start, 1)
                       .number("increment", q.increment, 1)
                       .number("minValue", q.minValue, 1)
                       .number("maxValue", q.maxValue, 0)
                       .number("cache", q.cache, 1)
                       .flag("cycle", q.cycle)
                       .str("ownedBy", q.ownedBy)
                       .str("owner", q.owner)
                       .grants(q.grants);
               })
        .array("enums", s.enums, [](JsonWriter &j, const EnumType &e) {
            ObjectWriter(j)
                .strAlways("name", e.name)
                .list("labels", e.labels)
                .str("comment", e.comment)
                .str("owner", e.owner);
        })
        .array("domains", s.domains, [](JsonWriter &j, const Domain &d) {
            ObjectWriter(j)
                .strAlways("name", d.name)
                .strAlways("baseType", d.baseType)
                .str("collation", d.collation)
                .str("default", d.defaultExpression)
                .flag("notNull", d.notNull)
                .array("checks", d.checks,
                       [](JsonWriter &jc, const DomainCheck &c) {
                           ObjectWriter(jc)
                               .strAlways("name", c.name)
                               .strAlways("expression", c.expression)
                               .flag("validated", c.validated, true);
                       })
                .str("comment", d.comment)
                .str("owner", d.owner);
        })
        .array("policies", s.policies, [](JsonWriter &j, const Policy &p) {
            ObjectWriter(j)
                .strAlways("name", p.name)
                .strAlways("table", p.table)
                .flag("permissive", p.permissive, true)
                .strAlways("command", p.command)
                .list("roles", p.roles)
                .str("using", p.usingExpression)
                .str("withCheck", p.checkExpression);
        });
}

} // namespace

QByteArray snapshotToJson(const Catalog &catalog, bool indented)
{
    JsonWriter json(indented);
    {
        ObjectWriter root(json);
        root.strAlways("format", QString::fromLatin1(kSnapshotFormatName))
            .number("version", kSnapshotFormatVersion, 0)
            .strAlways("generator", QStringLiteral("Parity " PARITY_VERSION))
            .strAlways("dialect", dialectKey(catalog.dialect))
            .str("serverVersion", catalog.serverVersion)
            .str("database", catalog.database)
            .str("source", catalog.source)
            .str("capturedAt", catalog.capturedAt.isValid()
                                   ? catalog.capturedAt.toUTC().toString(Qt::ISODateWithMs)
                                   : QString())
            .array("extensions", catalog.extensions,
                   [](JsonWriter &j, const Extension &e) {
                       ObjectWriter(j).strAlways("name", e.name).str("schema", e.schema).str("version", e.version);
                   })
            .array("schemas", catalog.schemas, [](JsonWriter &j, const Schema &s) { write(j, s); });
    }
    return json.take();
}

Result<void> writeSnapshot(const Catalog &catalog, const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot write snapshot %1: %2").arg(path, file.errorString()));
    }
    file.write(snapshotToJson(catalog));
    if (!file.commit()) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot write snapshot %1: %2").arg(path, file.errorString()));
    }
    return {};
}

} // namespace parity

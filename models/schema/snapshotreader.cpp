// Reading snapshots: strict, with the path to the first bad field in the error.
#include "snapshot.h"

#include "common/textdecoding.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

#ifdef __GLIBC__
#include <malloc.h>
#endif

namespace parity {

namespace {

/// Reads fields of one JSON object, remembering the first type error with
/// the path to it ("schemas[0].tables[3].columns[1].position").
class ObjectReader
{
public:
    /// `strings` (shared by every reader of one file) hands out one copy of
    /// each distinct text: a snapshot repeats the same types, defaults and
    /// column names thousands of times, and a catalog keeps them all.
    ObjectReader(const QJsonObject &object, QString path, QString *error, QSet<QString> *strings)
        : m_object(object)
        , m_path(std::move(path))
        , m_error(error)
        , m_strings(strings)
    {
    }

    QString str(const char *key, const QString &fallback = {}, bool required = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                setError(QStringLiteral("%1 is missing").arg(field(key)));
            return fallback;
        }
        if (!v.isString()) {
            setError(QStringLiteral("%1 must be a string").arg(field(key)));
            return fallback;
        }
        // The writer leaves out empty text, so "" reads as if left out.
        const QString text = v.toString();
        return text.isEmpty() ? fallback : shared(text, key);
    }

    QString shared(const QString &text, const char *key)
    {
        if (text.isEmpty())
            return {};
        if (const auto it = m_strings->constFind(text); it != m_strings->cend())
            return *it;
        // JSON can escape half a surrogate pair ("\ud800"): that is no text,
        // and a snapshot written from it would read back different.
        if (!text.isValidUtf16()) {
            setError(QStringLiteral("%1 holds half a surrogate pair (\\ud800-\\udfff without its other half)")
                         .arg(field(key)));
            return {};
        }
        return *m_strings->insert(text);
    }
    QString requiredStr(const char *key) { return str(key, {}, true); }

    QStringList list(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray()) {
            setError(QStringLiteral("%1 must be a list of strings").arg(field(key)));
            return {};
        }
        QStringList out;
        for (const QJsonValue item : v.toArray()) {
            if (!item.isString()) {
                setError(QStringLiteral("%1 must be a list of strings").arg(field(key)));
                return {};
            }
            out << shared(item.toString(), key);
        }
        return out;
    }

    bool flag(const char *key, bool fallback = false)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isBool()) {
            setError(QStringLiteral("%1 must be true or false").arg(field(key)));
            return fallback;
        }
        return v.toBool();
    }

    qint64 number(const char *key, qint64 fallback)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (v.isDouble()) {
            // Only whole numbers that fit: casting anything else is undefined.
            const double d = v.toDouble();
            if (std::isfinite(d) && d == std::trunc(d) && d >= -9.2e18 && d <= 9.2e18)
                return qint64(d);
        }
        if (v.isString()) {
            bool ok = false;
            const qint64 n = v.toString().toLongLong(&ok);
            if (ok)
                return n;
        }
        setError(QStringLiteral("%1 must be a whole number").arg(field(key)));
        return fallback;
    }

    Grants grants()
    {
        return objects<Grant>("grants", [](ObjectReader &o) {
            Grant g;
            g.grantee = o.requiredStr("grantee");
            g.privilege = o.requiredStr("privilege");
            g.column = o.str("column");
            g.grantable = o.flag("grantable");
            return g;
        });
    }

    /// Calls read(reader) for each object in the array `key`.
    template<typename T, typename F>
    QList<T> objects(const char *key, F read)
    {
        QList<T> out;
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            setError(QStringLiteral("%1 must be a list").arg(field(key)));
            return out;
        }
        const QJsonArray array = v.toArray();
        out.reserve(array.size());
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString itemPath = QStringLiteral("%1[%2]").arg(field(key)).arg(i);
            if (!array.at(i).isObject()) {
                setError(QStringLiteral("%1 must be an object").arg(itemPath));
                return out;
            }
            ObjectReader item(array.at(i).toObject(), itemPath, m_error, m_strings);
            out.append(read(item));
            if (!m_error->isEmpty())
                return out;
        }
        return out;
    }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    ObjectReader child(const char *key)
    {
        const QJsonValue v = m_object.value(QLatin1String(key));
        if (!v.isObject())
            setError(QStringLiteral("%1 must be an object").arg(field(key)));
        return ObjectReader(v.toObject(), field(key), m_error, m_strings);
    }
    void setError(const QString &message)
    {
        if (m_error->isEmpty())
            *m_error = message;
    }
    QString field(const char *key) const
    {
        return m_path.isEmpty() ? QString::fromLatin1(key) : m_path + QLatin1Char('.') + QLatin1String(key);
    }

private:
    QJsonObject m_object;
    QString m_path;
    QString *m_error;
    QSet<QString> *m_strings;
};

Index readIndex(ObjectReader &r)
{
    Index i;
    i.name = r.requiredStr("name");
    i.keys = r.objects<IndexKey>("keys", [](ObjectReader &k) {
        IndexKey key;
        key.expression = k.requiredStr("expression");
        key.isExpression = k.flag("isExpression");
        key.descending = k.flag("descending");
        key.nulls = k.str("nulls");
        key.prefixLength = int(k.number("prefixLength", 0));
        key.opclass = k.str("opclass");
        key.collation = k.str("collation");
        return key;
    });
    i.unique = r.flag("unique");
    i.method = r.str("method");
    i.methodStated = r.flag("methodStated");
    i.predicate = r.str("predicate");
    i.include = r.list("include");
    i.definition = r.str("definition");
    i.comment = r.str("comment");
    i.options = r.str("options");
    i.nullsNotDistinct = r.flag("nullsNotDistinct");
    i.exclusion = r.str("exclusion");
    return i;
}

Table readTable(ObjectReader &r, const QString &schemaName)
{
    Table t;
    t.schema = schemaName;
    t.name = r.requiredStr("name");
    bool ok = true;
    if (r.has("kind")) {
        t.kind = tableKindFromKey(r.str("kind"), &ok);
        if (!ok)
            r.setError(QStringLiteral("%1 is not one of table, partitioned, partition").arg(r.field("kind")));
    }
    t.partitionKey = r.str("partitionKey");
    t.parentTable = r.str("parentTable");
    t.partitionBound = r.str("partitionBound");
    t.comment = r.str("comment");
    t.owner = r.str("owner");
    t.grants = r.grants();
    t.engine = r.str("engine");
    t.collation = r.str("collation");
    t.options = r.str("options");
    t.rowSecurity = r.flag("rowSecurity");
    t.forceRowSecurity = r.flag("forceRowSecurity");
    t.columns = r.objects<Column>("columns", [](ObjectReader &c) {
        Column col;
        col.name = c.requiredStr("name");
        col.position = int(c.number("position", 0));
        col.type = c.requiredStr("type");
        col.normalizedType = c.str("normalizedType");
        col.nullable = c.flag("nullable", true);
        col.defaultExpression = c.str("default");
        if (c.has("identity")) {
            bool identityOk = true;
            col.identity = identityKindFromKey(c.str("identity"), &identityOk);
            if (!identityOk)
                c.setError(QStringLiteral("%1 is not a known identity kind").arg(c.field("identity")));
        }
        col.generatedExpression = c.str("generated");
        col.generatedStored = c.flag("generatedStored");
        col.generatedShort = c.flag("generatedShort");
        col.generatedKindOmitted = c.flag("generatedKindOmitted");
        col.onUpdateExpression = c.str("onUpdate");
        col.invisible = c.flag("invisible");
        col.collation = c.str("collation");
        col.comment = c.str("comment");
        col.enumLabels = c.list("enumLabels");
        col.identitySequence = c.str("identitySequence");
        col.identityOptions = c.str("identityOptions");
        return col;
    });
    if (r.has("primaryKey")) {
        ObjectReader pk = r.child("primaryKey");
        PrimaryKey key;
        key.name = pk.str("name");
        key.columns = pk.list("columns");
        key.descending = pk.flag("descending");
        key.tableLevel = pk.flag("tableLevel");
        key.comment = pk.str("comment");
        t.primaryKey = key;
    }
    t.foreignKeys = r.objects<ForeignKey>("foreignKeys", [](ObjectReader &f) {
        ForeignKey fk;
        fk.name = f.requiredStr("name");
        fk.columns = f.list("columns");
        fk.referencedSchema = f.str("referencedSchema");
        fk.referencedTable = f.requiredStr("referencedTable");
        fk.referencedAs = f.str("referencedAs");
        fk.referencedColumns = f.list("referencedColumns");
        fk.onDelete = f.str("onDelete", QStringLiteral("NO ACTION"));
        fk.onUpdate = f.str("onUpdate", QStringLiteral("NO ACTION"));
        fk.match = f.str("match");
        fk.deferrable = f.flag("deferrable");
        fk.initiallyDeferred = f.flag("initiallyDeferred");
        fk.validated = f.flag("validated", true);
        fk.nameGenerated = f.flag("nameGenerated");
        fk.onColumn = f.str("onColumn");
        fk.comment = f.str("comment");
        return fk;
    });
    t.uniqueConstraints = r.objects<UniqueConstraint>("uniqueConstraints", [](ObjectReader &u) {
        UniqueConstraint uc;
        uc.name = u.requiredStr("name");
        uc.columns = u.list("columns");
        uc.deferrable = u.flag("deferrable");
        uc.initiallyDeferred = u.flag("initiallyDeferred");
        uc.nullsNotDistinct = u.flag("nullsNotDistinct");
        uc.nameGenerated = u.flag("nameGenerated");
        uc.onColumn = u.str("onColumn");
        uc.comment = u.str("comment");
        return uc;
    });
    t.checks = r.objects<CheckConstraint>("checks", [](ObjectReader &c) {
        CheckConstraint check;
        check.name = c.requiredStr("name");
        check.expression = c.requiredStr("expression");
        check.validated = c.flag("validated", true);
        check.noInherit = c.flag("noInherit");
        check.nameGenerated = c.flag("nameGenerated");
        check.onColumn = c.str("onColumn");
        check.comment = c.str("comment");
        return check;
    });
    t.indexes = r.objects<Index>("indexes", readIndex);
    t.rowEstimate = r.number("rowEstimate", -1);
    t.rowCount = r.number("rowCount", -1);
    return t;
}

Schema readSchema(ObjectReader &r)
{
    Schema s;
    s.name = r.requiredStr("name");
    s.owner = r.str("owner");
    s.grants = r.grants();
    s.comment = r.str("comment");
    s.tables = r.objects<Table>("tables", [&](ObjectReader &t) { return readTable(t, s.name); });
    s.views = r.objects<View>("views", [&](ObjectReader &v) {
        View view;
        view.schema = s.name;
        view.name = v.requiredStr("name");
        view.materialized = v.flag("materialized");
        view.definition = v.str("definition");
        view.columns = v.list("columns");
        view.columnsDeclared = v.flag("columnsDeclared");
        view.checkOption = v.str("checkOption");
        view.comment = v.str("comment");
        view.owner = v.str("owner");
        view.grants = v.grants();
        view.indexes = v.objects<Index>("indexes", readIndex);
        return view;
    });
    s.routines = r.objects<Routine>("routines", [&](ObjectReader &o) {
        Routine routine;
        routine.schema = s.name;
        routine.name = o.requiredStr("name");
        bool ok = true;
        routine.kind = routineKindFromKey(o.requiredStr("kind"), &ok);
        if (!ok)
            o.setError(QStringLiteral("%1 is not function, procedure or aggregate").arg(o.field("kind")));
        routine.arguments = o.str("arguments");
        routine.returnType = o.str("returnType");
        routine.language = o.str("language");
        routine.definition = o.str("definition");
        routine.comment = o.str("comment");
        routine.owner = o.str("owner");
        routine.grants = o.grants();
        return routine;
    });
    s.triggers = r.objects<Trigger>("triggers", [](ObjectReader &o) {
        Trigger t;
        t.name = o.requiredStr("name");
        t.table = o.requiredStr("table");
        t.timing = o.str("timing");
        t.events = o.list("events");
        t.forEachRow = o.flag("forEachRow", true);
        t.definition = o.str("definition");
        t.enabled = o.flag("enabled", true);
        return t;
    });
    s.sequences = r.objects<Sequence>("sequences", [&](ObjectReader &o) {
        Sequence q;
        q.schema = s.name;
        q.name = o.requiredStr("name");
        q.dataType = o.str("dataType", QStringLiteral("bigint"));
        q.start = o.number("start", 1);
        q.increment = o.number("increment", 1);
        q.minValue = o.number("minValue", 1);
        q.maxValue = o.number("maxValue", 0);
        q.cache = o.number("cache", 1);
        q.cycle = o.flag("cycle");
        q.ownedBy = o.str("ownedBy");
        q.owner = o.str("owner");
        q.grants = o.grants();
        return q;
    });
    s.enums = r.objects<EnumType>("enums", [&](ObjectReader &o) {
        EnumType e;
        e.schema = s.name;
        e.name = o.requiredStr("name");
        e.labels = o.list("labels");
        e.comment = o.str("comment");
        e.owner = o.str("owner");
        return e;
    });
    s.domains = r.objects<Domain>("domains", [&](ObjectReader &o) {
        Domain d;
        d.schema = s.name;
        d.name = o.requiredStr("name");
        d.baseType = o.requiredStr("baseType");
        d.collation = o.str("collation");
        d.defaultExpression = o.str("default");
        d.notNull = o.flag("notNull");
        d.checks = o.objects<DomainCheck>("checks", [](ObjectReader &c) {
            DomainCheck check;
            check.name = c.requiredStr("name");
            check.expression = c.requiredStr("expression");
            check.validated = c.flag("validated", true);
            return check;
        });
        d.comment = o.str("comment");
        d.owner = o.str("owner");
        return d;
    });
    s.policies = r.objects<Policy>("policies", [](ObjectReader &o) {
        Policy p;
        p.name = o.requiredStr("name");
        p.table = o.requiredStr("table");
        p.permissive = o.flag("permissive", true);
        p.command = o.str("command", QStringLiteral("ALL"));
        p.roles = o.list("roles");
        p.usingExpression = o.str("using");
        p.checkExpression = o.str("withCheck");
        return p;
    });
    return s;
}

} // namespace


Result<Catalog> snapshotFromJson(const QByteArray &json, const QString &origin)
{
    // The JSON parser would only say "illegal UTF8 string" at a byte offset;
    // the line tells a person where to look and what to do.
    if (auto text = decodeUtf8Strictly(json, origin); !text)
        return std::unexpected(text.error());
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is not valid JSON (%2 at byte %3): it is not a Parity snapshot, or it "
                                   "was cut short; write it again with parity-cli inspect --format json")
                        .arg(origin, parseError.errorString())
                        .arg(parseError.offset));
    }
    if (!doc.isObject()) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is not a Parity snapshot: its top level is not a JSON object").arg(origin));
    }
    const QJsonObject root = doc.object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(kSnapshotFormatName)) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is not a Parity snapshot (it lacks \"format\": \"%2\"); make one with "
                                   "parity-cli inspect SPEC --format json -o FILE.parity.json")
                        .arg(origin, QLatin1String(kSnapshotFormatName)));
    }
    const QJsonValue version = root.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() < 1 || version.toDouble() != std::trunc(version.toDouble())) {
        return fail(Error::Code::Corrupt, QStringLiteral("%1: \"version\" must be a whole number, 1 or more").arg(origin));
    }
    if (version.toInt() > kSnapshotFormatVersion) {
        return fail(Error::Code::Unsupported,
                    QStringLiteral("%1 uses snapshot format version %2, newer than this Parity reads (%3): "
                                   "upgrade Parity")
                        .arg(origin)
                        .arg(version.toInt())
                        .arg(kSnapshotFormatVersion));
    }

    QString error;
    QSet<QString> strings;
    ObjectReader r(root, QString(), &error, &strings);
    Catalog catalog;
    const QString dialect = r.requiredStr("dialect");
    if (error.isEmpty()) {
        const auto d = dialectFromKey(dialect);
        if (!d)
            error = QStringLiteral("\"dialect\" is \"%1\", not postgresql, mysql or sqlite").arg(dialect);
        else
            catalog.dialect = *d;
    }
    catalog.serverVersion = r.str("serverVersion");
    catalog.database = r.str("database");
    catalog.source = r.str("source");
    if (const QString at = r.str("capturedAt"); !at.isEmpty())
        catalog.capturedAt = QDateTime::fromString(at, Qt::ISODateWithMs);
    catalog.extensions = r.objects<Extension>("extensions", [](ObjectReader &e) {
        return Extension{e.requiredStr("name"), e.str("schema"), e.str("version")};
    });
    catalog.schemas = r.objects<Schema>("schemas", readSchema);
    if (!error.isEmpty()) {
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is a damaged Parity snapshot: %2").arg(origin, error));
    }
    catalog.normalize();
    return catalog;
}

Result<Catalog> readSnapshot(const QString &path)
{
    QFile file(path);
    if (!file.exists()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral("Snapshot file %1 does not exist: check the path").arg(path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read snapshot %1: %2").arg(path, file.errorString()));
    }
    Result<Catalog> catalog = snapshotFromJson(file.readAll(), path);
#ifdef __GLIBC__
    // The parsed document is several times the catalog's size and now free,
    // but glibc keeps it in this thread's arena; hand it back, so that the
    // next big read does not stack on top of it.
    malloc_trim(0);
#endif
    return catalog;
}

} // namespace parity

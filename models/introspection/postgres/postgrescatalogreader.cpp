#include "postgrescatalogreader.h"

#include "common/stringmemo.h"

#include "common/jobcontext.h"
#include "postgrestypes.h"

#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <limits>
#include <optional>
#include <utility>

namespace parity {

using namespace postgres;

namespace {

const QString sqlFolder = QStringLiteral("postgres");

// Result columns looked up by name once per query rather than once per row.
class Fields
{
public:
    explicit Fields(const QSqlQuery &query)
        : m_record(query.record())
    {
    }
    int operator()(const char *name) const { return m_record.indexOf(QLatin1String(name)); }

private:
    QSqlRecord m_record;
};

QString text(const QSqlQuery &query, int field)
{
    return query.value(field).toString();
}

quint32 oidAt(const QSqlQuery &query, int field)
{
    return query.value(field).toUInt();
}

bool flag(const QSqlQuery &query, int field)
{
    return query.value(field).toBool();
}

quint64 attributeKey(quint32 relationOid, int attnum)
{
    return (quint64(relationOid) << 16) | quint16(attnum);
}

// The largest value of a sequence's type: Sequence::maxValue records 0 for it.
qint64 typeMaximum(const QString &dataType)
{
    if (dataType == QLatin1String("smallint"))
        return std::numeric_limits<qint16>::max();
    if (dataType == QLatin1String("integer"))
        return std::numeric_limits<qint32>::max();
    return std::numeric_limits<qint64>::max();
}

RoutineKind routineKind(const QString &prokind)
{
    if (prokind == QLatin1String("p"))
        return RoutineKind::Procedure;
    if (prokind == QLatin1String("a"))
        return RoutineKind::Aggregate;
    return RoutineKind::Function; // 'f', and 'w' (window functions)
}

// pg_get_functiondef refuses aggregates; their CREATE AGGREGATE is put
// together from the pg_aggregate columns routines.sql brings along.
QString aggregateDefinition(const QSqlQuery &query, const Fields &f)
{
    auto optional = [&](const char *field) {
        const QVariant value = query.value(f(field));
        return value.isNull() ? std::optional<QString>() : std::optional<QString>(value.toString());
    };
    AggregateParts parts;
    parts.qualifiedName = text(query, f("qualified_name"));
    parts.arguments = text(query, f("arguments"));
    parts.stateFunction = text(query, f("state_function"));
    parts.stateType = text(query, f("state_type"));
    parts.finalFunction = optional("final_function").value_or(QString());
    parts.combineFunction = optional("combine_function").value_or(QString());
    parts.initialCondition = optional("initial_condition");
    parts.sortOperator = optional("sort_operator").value_or(QString());
    parts.hypothetical = text(query, f("aggregate_kind")) == QLatin1String("h");
    return postgres::aggregateDefinition(parts);
}

} // namespace

PostgresCatalogReader::PostgresCatalogReader(QSqlDatabase &db, const IntrospectionOptions &options)
    : m_db(db)
    , m_options(options)
{
}

Result<Catalog> PostgresCatalogReader::read(JobContext &job)
{
    if (!m_options.insideTransaction) {
        if (auto begun = execute(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"),
                                 QStringLiteral("starting a read-only snapshot"));
            !begun) {
            return std::unexpected(begun.error());
        }
    }

    QList<std::pair<QString, Step>> steps = {
        {QStringLiteral("Reading server settings"), &PostgresCatalogReader::readSession},
        {QStringLiteral("Reading schemas"), &PostgresCatalogReader::readSchemas},
        {QStringLiteral("Reading extensions"), &PostgresCatalogReader::readExtensions},
        {QStringLiteral("Reading tables"), &PostgresCatalogReader::readTables},
        {QStringLiteral("Reading views"), &PostgresCatalogReader::readViews},
        {QStringLiteral("Reading columns"), &PostgresCatalogReader::readColumns},
        {QStringLiteral("Reading constraints"), &PostgresCatalogReader::readConstraints},
        {QStringLiteral("Reading indexes"), &PostgresCatalogReader::readIndexes},
        {QStringLiteral("Reading index columns"), &PostgresCatalogReader::readIndexKeys},
        {QStringLiteral("Reading enum types"), &PostgresCatalogReader::readEnums},
        {QStringLiteral("Reading domains"), &PostgresCatalogReader::readDomains},
        {QStringLiteral("Reading row-level security policies"), &PostgresCatalogReader::readPolicies},
        {QStringLiteral("Reading functions and procedures"), &PostgresCatalogReader::readRoutines},
        {QStringLiteral("Reading triggers"), &PostgresCatalogReader::readTriggers},
        {QStringLiteral("Reading sequences"), &PostgresCatalogReader::readSequences},
        {QStringLiteral("Reading privileges"), &PostgresCatalogReader::readPrivileges},
    };
    if (m_options.exactRowCounts)
        steps.append({QStringLiteral("Counting rows"), &PostgresCatalogReader::readRowCounts});

    const int total = int(steps.size());
    std::optional<Error> failure;
    for (int i = 0; i < total && !failure; ++i) {
        if (job.isCancelled()) {
            failure = Error::make(Error::Code::Cancelled,
                                  QStringLiteral("Introspection of %1 was cancelled.")
                                      .arg(m_db.databaseName()));
            break;
        }
        job.reportProgress(i, total, steps.at(i).first);
        if (auto done = (this->*steps.at(i).second)(); !done)
            failure = done.error();
    }

    // Nothing was written: rolling back only ends the snapshot, and it also
    // clears a transaction that a failed query left aborted.
    if (!m_options.insideTransaction)
        QSqlQuery(m_db).exec(QStringLiteral("ROLLBACK"));
    if (failure)
        return std::unexpected(*failure);
    job.reportProgress(total, total, QStringLiteral("Finished"));
    return assemble();
}

Result<QSqlQuery> PostgresCatalogReader::run(const QString &sqlName, const QString &what)
{
    return runText(catalogSql(sqlFolder, sqlName), what);
}

Result<QSqlQuery> PostgresCatalogReader::runText(const QString &sql, const QString &what)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return std::unexpected(queryError(query, QStringLiteral("reading ") + what));
    return query;
}

Result<void> PostgresCatalogReader::execute(const QString &sql, const QString &action)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return std::unexpected(queryError(query, action));
    return {};
}

Error PostgresCatalogReader::queryError(const QSqlQuery &query, const QString &action) const
{
    QString server = query.lastError().databaseText().simplified();
    if (server.isEmpty())
        server = query.lastError().text().simplified();
    if (server.isEmpty())
        server = QStringLiteral("the connection is not open");
    if (server.endsWith(QLatin1Char('.')))
        server.chop(1);
    return Error::make(Error::Code::QueryFailed,
                       QStringLiteral(
                           "PostgreSQL database \"%1\": %2 failed: %3. Check that the server "
                           "is still reachable and that the role may read the system catalogs.")
                           .arg(m_db.databaseName(), action, server));
}

Result<void> PostgresCatalogReader::readSession()
{
    auto query = run(QStringLiteral("session"), QStringLiteral("the server settings"));
    if (!query)
        return std::unexpected(query.error());
    if (!query->next())
        return std::unexpected(queryError(*query, QStringLiteral("reading the server settings")));
    const Fields f(*query);
    m_catalog.dialect = Dialect::PostgreSQL;
    m_catalog.database = text(*query, f("database"));
    // "15.18 (Debian 15.18-0+deb12u1)": the packager's note is not the version.
    m_catalog.serverVersion = QStringLiteral("PostgreSQL ")
                              + text(*query, f("server_version")).section(QLatin1Char(' '), 0, 0);
    return {};
}

Result<void> PostgresCatalogReader::readSchemas()
{
    auto query = run(QStringLiteral("schemas"), QStringLiteral("the schemas"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), name = f("name"), owner = f("owner"), comment = f("comment");
    while (query->next()) {
        Schema schema;
        schema.name = text(*query, name);
        if (!m_options.schemas.accepts(schema.name))
            continue;
        schema.owner = text(*query, owner);
        schema.comment = text(*query, comment);
        m_schemas.insert(oidAt(*query, oid), std::move(schema));
    }
    return {};
}

Result<void> PostgresCatalogReader::readExtensions()
{
    auto query = run(QStringLiteral("extensions"), QStringLiteral("the extensions"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int name = f("name"), schema = f("schema"), version = f("version");
    while (query->next()) {
        Extension extension{text(*query, name), text(*query, schema), text(*query, version)};
        if (m_options.schemas.accepts(extension.schema))
            m_catalog.extensions.append(std::move(extension));
    }
    return {};
}

Result<void> PostgresCatalogReader::readTables()
{
    auto query = run(QStringLiteral("tables"), QStringLiteral("the tables"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), schemaOid = f("schema_oid"), name = f("name"), kind = f("kind"),
              isPartition = f("is_partition"), owner = f("owner"), comment = f("comment"),
              rowEstimate = f("row_estimate"), persistence = f("persistence"),
              rowSecurity = f("row_security"), forceRowSecurity = f("force_row_security"),
              options = f("options"), partitionKey = f("partition_key"),
              partitionBound = f("partition_bound"), parentSchema = f("parent_schema"),
              parentName = f("parent_name");
    while (query->next()) {
        const auto schema = m_schemas.constFind(oidAt(*query, schemaOid));
        if (schema == m_schemas.constEnd())
            continue;
        Table table;
        table.schema = schema->name;
        table.name = text(*query, name);
        table.owner = text(*query, owner);
        table.comment = text(*query, comment);
        table.partitionKey = text(*query, partitionKey);
        // A sub-partitioned partition is both; it is recorded as a partition
        // that also has a partition key.
        if (flag(*query, isPartition)) {
            table.kind = TableKind::Partition;
            const QString parentSchemaName = text(*query, parentSchema);
            table.parentTable =
                parentSchemaName == table.schema
                    ? text(*query, parentName)
                    : parentSchemaName + QLatin1Char('.') + text(*query, parentName);
            table.partitionBound = text(*query, partitionBound);
        } else if (text(*query, kind) == QLatin1String("p")) {
            table.kind = TableKind::Partitioned;
        }
        QStringList tableOptions;
        if (text(*query, persistence) == QLatin1String("u"))
            tableOptions << QStringLiteral("UNLOGGED");
        if (const QString storage = text(*query, options); !storage.isEmpty())
            tableOptions << storage;
        table.options = tableOptions.join(QStringLiteral(", "));
        table.rowSecurity = flag(*query, rowSecurity);
        table.forceRowSecurity = flag(*query, forceRowSecurity);
        // reltuples is -1 until the first ANALYZE or VACUUM (PostgreSQL 14+).
        table.rowEstimate = std::max<qint64>(query->value(rowEstimate).toLongLong(), -1);
        m_tables.insert(oidAt(*query, oid), std::move(table));
    }
    return {};
}

Result<void> PostgresCatalogReader::readViews()
{
    auto query = run(QStringLiteral("views"), QStringLiteral("the views"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), schemaOid = f("schema_oid"), name = f("name"), kind = f("kind"),
              definition = f("definition"), checkOption = f("check_option"), owner = f("owner"),
              comment = f("comment");
    while (query->next()) {
        const auto schema = m_schemas.constFind(oidAt(*query, schemaOid));
        if (schema == m_schemas.constEnd())
            continue;
        View view;
        view.schema = schema->name;
        view.name = text(*query, name);
        view.materialized = text(*query, kind) == QLatin1String("m");
        view.definition = text(*query, definition).trimmed();
        view.checkOption = text(*query, checkOption);
        view.owner = text(*query, owner);
        view.comment = text(*query, comment);
        m_views.insert(oidAt(*query, oid), std::move(view));
    }
    return {};
}

Result<void> PostgresCatalogReader::readColumns()
{
    StringMemo normalizedType(&normalizeType);
    auto query = run(QStringLiteral("columns"), QStringLiteral("the columns"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int relationOid = f("relation_oid"), attnum = f("attnum"), name = f("name"),
              type = f("type"), notNull = f("not_null"), expression = f("expression"),
              identity = f("identity"), generated = f("generated"), collation = f("collation"),
              comment = f("comment"), identitySequence = f("identity_sequence"), identityStart = f("identity_start"),
              identityIncrement = f("identity_increment"), identityMin = f("identity_min"),
              identityMax = f("identity_max"), identityCache = f("identity_cache"), identityCycle = f("identity_cycle");
    // Rows come grouped by relation; remember where the current one went.
    quint32 currentOid = 0;
    Table *table = nullptr;
    View *view = nullptr;
    while (query->next()) {
        const quint32 relation = oidAt(*query, relationOid);
        const QString columnName = text(*query, name);
        // Kept for every relation, also in rejected schemas: foreign keys
        // name their referenced columns through it.
        m_attributeNames.insert(attributeKey(relation, query->value(attnum).toInt()), columnName);
        if (relation != currentOid) {
            currentOid = relation;
            auto t = m_tables.find(relation);
            table = t == m_tables.end() ? nullptr : &*t;
            auto v = m_views.find(relation);
            view = v == m_views.end() ? nullptr : &*v;
        }
        if (view) {
            view->columns.append(columnName);
            continue;
        }
        if (!table)
            continue;
        Column column;
        column.name = columnName;
        column.position = int(table->columns.size()) + 1; // dense, whatever was dropped
        column.type = text(*query, type);
        column.normalizedType = normalizedType(column.type);
        column.nullable = !flag(*query, notNull);
        const QString identityCode = text(*query, identity);
        if (identityCode == QLatin1String("a"))
            column.identity = IdentityKind::Always;
        else if (identityCode == QLatin1String("d"))
            column.identity = IdentityKind::ByDefault;
        if (column.identity != IdentityKind::None && !query->value(identitySequence).isNull()) {
            column.identitySequence = text(*query, identitySequence);
            const QString options = identitySequenceOptions(
                query->value(identityStart).toLongLong(), query->value(identityIncrement).toLongLong(),
                query->value(identityMin).toLongLong(), query->value(identityMax).toLongLong(),
                query->value(identityCache).toLongLong(), flag(*query, identityCycle));
            if (options != defaultIdentityOptions(column.normalizedType.isEmpty() ? column.type : column.normalizedType))
                column.identityOptions = options;
        }
        if (text(*query, generated) == QLatin1String("s")) {
            column.generatedExpression = text(*query, expression);
            column.generatedStored = true;
        } else {
            column.defaultExpression = text(*query, expression);
        }
        column.collation = text(*query, collation);
        column.comment = text(*query, comment);
        table->columns.append(std::move(column));
    }
    return {};
}

QStringList PostgresCatalogReader::columnNames(quint32 relationOid, const QString &attnums) const
{
    QStringList names;
    for (int attnum : parseNumberList(attnums))
        names.append(m_attributeNames.value(attributeKey(relationOid, attnum)));
    return names;
}

Result<void> PostgresCatalogReader::readConstraints()
{
    auto query = run(QStringLiteral("constraints"), QStringLiteral("the constraints"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int relationOid = f("relation_oid"), name = f("name"), type = f("type"),
              columns = f("columns"), referencedSchema = f("referenced_schema"),
              referencedTable = f("referenced_table"), referencedOid = f("referenced_oid"),
              referencedColumns = f("referenced_columns"), onUpdate = f("on_update"),
              onDelete = f("on_delete"), match = f("match"), deferrable = f("deferrable"),
              deferred = f("deferred"), validated = f("validated"), expression = f("expression"),
              nullsNotDistinct = f("nulls_not_distinct"), noInherit = f("no_inherit"), comment = f("comment");
    while (query->next()) {
        const quint32 relation = oidAt(*query, relationOid);
        auto table = m_tables.find(relation);
        if (table == m_tables.end())
            continue;
        const QString kind = text(*query, type);
        if (kind == QLatin1String("p")) {
            table->primaryKey =
                PrimaryKey{text(*query, name), columnNames(relation, text(*query, columns))};
            table->primaryKey->comment = text(*query, comment);
        } else if (kind == QLatin1String("f")) {
            ForeignKey key;
            key.name = text(*query, name);
            key.columns = columnNames(relation, text(*query, columns));
            key.referencedSchema = text(*query, referencedSchema);
            key.referencedTable = text(*query, referencedTable);
            key.referencedColumns =
                columnNames(oidAt(*query, referencedOid), text(*query, referencedColumns));
            key.onUpdate = referentialAction(text(*query, onUpdate));
            key.onDelete = referentialAction(text(*query, onDelete));
            key.match = matchKind(text(*query, match));
            key.deferrable = flag(*query, deferrable);
            key.initiallyDeferred = flag(*query, deferred);
            key.validated = flag(*query, validated);
            key.comment = text(*query, comment);
            table->foreignKeys.append(std::move(key));
        } else if (kind == QLatin1String("u")) {
            UniqueConstraint unique;
            unique.name = text(*query, name);
            unique.columns = columnNames(relation, text(*query, columns));
            unique.deferrable = flag(*query, deferrable);
            unique.initiallyDeferred = flag(*query, deferred);
            unique.nullsNotDistinct = flag(*query, nullsNotDistinct);
            unique.comment = text(*query, comment);
            table->uniqueConstraints.append(std::move(unique));
        } else if (kind == QLatin1String("c")) {
            CheckConstraint check{text(*query, name), stripOuterParentheses(text(*query, expression)),
                                  flag(*query, validated)};
            check.noInherit = flag(*query, noInherit);
            check.comment = text(*query, comment);
            table->checks.append(std::move(check));
        }
    }
    return {};
}

Result<void> PostgresCatalogReader::readIndexes()
{
    auto query = run(QStringLiteral("indexes"), QStringLiteral("the indexes"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), relationOid = f("relation_oid"), name = f("name"),
              unique = f("is_unique"), method = f("method"), predicate = f("predicate"),
              definition = f("definition"), comment = f("comment"), options = f("options"),
              nullsNotDistinct = f("nulls_not_distinct"), exclusion = f("exclusion");
    while (query->next()) {
        const quint32 relation = oidAt(*query, relationOid);
        if (!m_tables.contains(relation) && !m_views.contains(relation))
            continue;
        Index index;
        index.name = text(*query, name);
        index.unique = flag(*query, unique);
        index.method = text(*query, method);
        index.predicate = text(*query, predicate);
        index.definition = text(*query, definition);
        index.comment = text(*query, comment);
        index.options = text(*query, options);
        index.nullsNotDistinct = query->value(nullsNotDistinct).toBool();
        index.exclusion = text(*query, exclusion);
        const quint32 indexOid = oidAt(*query, oid);
        m_indexes.insert(indexOid, std::move(index));
        m_indexRelation.insert(indexOid, relation);
    }
    return {};
}

Result<void> PostgresCatalogReader::readIndexKeys()
{
    auto query = run(QStringLiteral("index_keys"), QStringLiteral("the index columns"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int indexOid = f("index_oid"), relationOid = f("relation_oid"), ordinal = f("ordinal"),
              keyCount = f("key_count"), attnum = f("attnum"), expression = f("expression"),
              options = f("options"), opclass = f("opclass"), collation = f("collation");
    // Bits of pg_index.indoption (INDOPTION_DESC, INDOPTION_NULLS_FIRST).
    constexpr int Descending = 1;
    constexpr int NullsFirst = 2;
    // Rows arrive in no set order: collect by ordinal, then fill each index.
    QHash<quint32, QMap<int, IndexKey>> keysByIndex;
    QHash<quint32, QMap<int, QString>> includesByIndex;
    while (query->next()) {
        const quint32 oid = oidAt(*query, indexOid);
        if (!m_indexes.contains(oid))
            continue;
        const int position = query->value(ordinal).toInt();
        const int column = query->value(attnum).toInt();
        const QString columnName =
            m_attributeNames.value(attributeKey(oidAt(*query, relationOid), column));
        if (position > query->value(keyCount).toInt()) {
            includesByIndex[oid].insert(position, columnName);
            continue;
        }
        IndexKey key;
        key.isExpression = column == 0;
        key.expression = key.isExpression ? text(*query, expression) : columnName;
        const int bits = query->value(options).toInt();
        key.descending = bits & Descending;
        const bool nullsFirst = bits & NullsFirst;
        // NULLS LAST is the default going up, NULLS FIRST going down.
        if (nullsFirst && !key.descending)
            key.nulls = QStringLiteral("FIRST");
        else if (!nullsFirst && key.descending)
            key.nulls = QStringLiteral("LAST");
        key.opclass = text(*query, opclass);
        key.collation = text(*query, collation);
        keysByIndex[oid].insert(position, std::move(key));
    }
    for (auto it = keysByIndex.cbegin(); it != keysByIndex.cend(); ++it)
        m_indexes[it.key()].keys = it->values();
    for (auto it = includesByIndex.cbegin(); it != includesByIndex.cend(); ++it)
        m_indexes[it.key()].include = it->values();
    return {};
}

Result<void> PostgresCatalogReader::readEnums()
{
    auto query = run(QStringLiteral("enums"), QStringLiteral("the enum types"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), schemaOid = f("schema_oid"), name = f("name"), owner = f("owner"),
              comment = f("comment"), label = f("label");
    // One row per label, grouped by type in label order.
    quint32 currentOid = 0;
    EnumType *current = nullptr;
    while (query->next()) {
        const quint32 typeOid = oidAt(*query, oid);
        if (typeOid != currentOid) {
            currentOid = typeOid;
            current = nullptr;
            auto schema = m_schemas.find(oidAt(*query, schemaOid));
            if (schema == m_schemas.end())
                continue;
            schema->enums.append(EnumType{schema->name,
                                          text(*query, name),
                                          {},
                                          text(*query, comment),
                                          text(*query, owner)});
            current = &schema->enums.last();
        }
        if (current && !query->isNull(label))
            current->labels.append(text(*query, label));
    }
    return {};
}

Result<void> PostgresCatalogReader::readDomains()
{
    auto query = run(QStringLiteral("domains"), QStringLiteral("the domains"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int oid = f("oid"), schemaOid = f("schema_oid"), name = f("name"), baseType = f("base_type"),
              collation = f("collation"), defaultExpression = f("default_expression"), notNull = f("not_null"),
              owner = f("owner"), comment = f("comment"), checkName = f("check_name"),
              checkExpression = f("check_expression"), checkValidated = f("check_validated");
    // One row per check, grouped by domain.
    quint32 currentOid = 0;
    Domain *current = nullptr;
    while (query->next()) {
        const quint32 typeOid = oidAt(*query, oid);
        if (typeOid != currentOid) {
            currentOid = typeOid;
            current = nullptr;
            auto schema = m_schemas.find(oidAt(*query, schemaOid));
            if (schema == m_schemas.end())
                continue;
            Domain domain;
            domain.schema = schema->name;
            domain.name = text(*query, name);
            domain.baseType = text(*query, baseType);
            domain.collation = text(*query, collation);
            domain.defaultExpression = text(*query, defaultExpression);
            domain.notNull = flag(*query, notNull);
            domain.owner = text(*query, owner);
            domain.comment = text(*query, comment);
            schema->domains.append(std::move(domain));
            current = &schema->domains.last();
        }
        if (!current || query->isNull(checkName))
            continue;
        DomainCheck check;
        check.name = text(*query, checkName);
        check.expression = text(*query, checkExpression);
        check.validated = flag(*query, checkValidated);
        // The server appends NOT VALID to the text; the flag says it.
        if (!check.validated && check.expression.endsWith(QLatin1String(" NOT VALID")))
            check.expression.chop(10);
        current->checks.append(std::move(check));
    }
    return {};
}

Result<void> PostgresCatalogReader::readPolicies()
{
    auto query = run(QStringLiteral("policies"), QStringLiteral("the row-level security policies"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int relationOid = f("relation_oid"), name = f("name"), permissive = f("permissive"),
              command = f("command"), roles = f("roles"), usingExpression = f("using_expression"),
              checkExpression = f("check_expression");
    QHash<QString, Schema *> schemaByName;
    for (Schema &schema : m_schemas)
        schemaByName.insert(schema.name, &schema);
    while (query->next()) {
        const auto table = m_tables.constFind(oidAt(*query, relationOid));
        if (table == m_tables.cend())
            continue;
        Schema *schema = schemaByName.value(table->schema);
        if (!schema)
            continue;
        Policy policy;
        policy.name = text(*query, name);
        policy.table = table->name;
        policy.permissive = flag(*query, permissive);
        policy.command = text(*query, command);
        policy.roles = text(*query, roles).split(QChar(0x1f), Qt::SkipEmptyParts);
        policy.usingExpression = text(*query, usingExpression);
        policy.checkExpression = text(*query, checkExpression);
        schema->policies.append(std::move(policy));
    }
    return {};
}

Result<void> PostgresCatalogReader::readPrivileges()
{
    auto query = run(QStringLiteral("privileges"), QStringLiteral("the privileges"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int kind = f("kind"), objectOid = f("object_oid"), schemaOid = f("schema_oid"), name = f("name"),
              arguments = f("arguments"), columnName = f("column_name"), grantee = f("grantee"),
              privilege = f("privilege"), grantable = f("grantable");
    while (query->next()) {
        auto schema = m_schemas.find(oidAt(*query, schemaOid));
        if (schema == m_schemas.end())
            continue;
        const Grant grant{text(*query, grantee), text(*query, privilege), text(*query, columnName),
                          flag(*query, grantable)};
        const QString k = text(*query, kind);
        const quint32 oid = oidAt(*query, objectOid);
        Grants *grants = nullptr;
        if (k == QLatin1String("schema")) {
            grants = &schema->grants;
        } else if (k == QLatin1String("routine")) {
            const QString routineName = text(*query, name);
            const QString args = text(*query, arguments);
            for (Routine &r : schema->routines) {
                if (r.name == routineName && r.arguments == args)
                    grants = &r.grants;
            }
        } else if (auto table = m_tables.find(oid); table != m_tables.end()) {
            grants = &table->grants;
        } else if (auto view = m_views.find(oid); view != m_views.end()) {
            grants = &view->grants;
        } else {
            const QString sequenceName = text(*query, name);
            for (Sequence &q : schema->sequences) {
                if (q.name == sequenceName)
                    grants = &q.grants;
            }
        }
        if (grants)
            grants->append(grant);
    }
    return {};
}

Result<void> PostgresCatalogReader::readRoutines()
{
    auto query = run(QStringLiteral("routines"), QStringLiteral("the functions and procedures"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int schemaOid = f("schema_oid"), name = f("name"), kind = f("kind"),
              arguments = f("arguments"), returnType = f("return_type"), language = f("language"),
              definition = f("definition"), owner = f("owner"), comment = f("comment");
    while (query->next()) {
        auto schema = m_schemas.find(oidAt(*query, schemaOid));
        if (schema == m_schemas.end())
            continue;
        Routine routine;
        routine.schema = schema->name;
        routine.name = text(*query, name);
        routine.kind = routineKind(text(*query, kind));
        routine.arguments = text(*query, arguments);
        routine.returnType = text(*query, returnType);
        routine.language = text(*query, language);
        routine.definition = routine.kind == RoutineKind::Aggregate ? aggregateDefinition(*query, f)
                                                                    : text(*query, definition);
        routine.owner = text(*query, owner);
        routine.comment = text(*query, comment);
        schema->routines.append(std::move(routine));
    }
    return {};
}

Result<void> PostgresCatalogReader::readTriggers()
{
    auto query = run(QStringLiteral("triggers"), QStringLiteral("the triggers"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int schemaOid = f("schema_oid"), tableName = f("table_name"), name = f("name"),
              typeBits = f("type_bits"), enabled = f("enabled"), definition = f("definition");
    while (query->next()) {
        auto schema = m_schemas.find(oidAt(*query, schemaOid));
        if (schema == m_schemas.end())
            continue;
        const TriggerType type = decodeTriggerType(query->value(typeBits).toInt());
        Trigger trigger;
        trigger.name = text(*query, name);
        trigger.table = text(*query, tableName);
        trigger.timing = type.timing;
        trigger.events = type.events;
        trigger.forEachRow = type.forEachRow;
        trigger.definition = text(*query, definition);
        // tgenabled: 'O' origin, 'R' replica, 'A' always fire; 'D' disabled.
        trigger.enabled = text(*query, enabled) != QLatin1String("D");
        schema->triggers.append(std::move(trigger));
    }
    return {};
}

Result<void> PostgresCatalogReader::readSequences()
{
    auto query = run(QStringLiteral("sequences"), QStringLiteral("the sequences"));
    if (!query)
        return std::unexpected(query.error());
    const Fields f(*query);
    const int schemaOid = f("schema_oid"), name = f("name"), dataType = f("data_type"),
              start = f("start_value"), increment = f("increment"), minValue = f("min_value"),
              maxValue = f("max_value"), cache = f("cache"), cycle = f("cycle"), owner = f("owner"),
              ownedByTable = f("owned_by_table"), ownedByColumn = f("owned_by_column");
    while (query->next()) {
        auto schema = m_schemas.find(oidAt(*query, schemaOid));
        if (schema == m_schemas.end())
            continue;
        Sequence sequence;
        sequence.schema = schema->name;
        sequence.name = text(*query, name);
        sequence.dataType = text(*query, dataType);
        sequence.start = query->value(start).toLongLong();
        sequence.increment = query->value(increment).toLongLong();
        sequence.minValue = query->value(minValue).toLongLong();
        sequence.maxValue = query->value(maxValue).toLongLong();
        if (sequence.increment > 0 && sequence.maxValue == typeMaximum(sequence.dataType))
            sequence.maxValue = 0;
        sequence.cache = query->value(cache).toLongLong();
        sequence.cycle = flag(*query, cycle);
        sequence.owner = text(*query, owner);
        if (!query->isNull(ownedByTable))
            sequence.ownedBy =
                text(*query, ownedByTable) + QLatin1Char('.') + text(*query, ownedByColumn);
        schema->sequences.append(std::move(sequence));
    }
    return {};
}

Result<void> PostgresCatalogReader::readRowCounts()
{
    // The one query that touches user tables: all counts in one statement.
    QStringList parts;
    parts.reserve(m_tables.size());
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        parts.append(QStringLiteral("SELECT %1::oid AS oid, count(*) AS n FROM %2.%3")
                         .arg(QString::number(it.key()), quoteIdentifier(it->schema),
                              quoteIdentifier(it->name)));
    }
    if (parts.isEmpty())
        return {};
    auto query =
        runText(parts.join(QStringLiteral("\nUNION ALL\n")), QStringLiteral("the row counts"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        auto table = m_tables.find(oidAt(*query, 0));
        if (table != m_tables.end())
            table->rowCount = query->value(1).toLongLong();
    }
    return {};
}

Catalog PostgresCatalogReader::assemble()
{
    for (auto it = m_indexes.begin(); it != m_indexes.end(); ++it) {
        const quint32 relation = m_indexRelation.value(it.key());
        if (auto table = m_tables.find(relation); table != m_tables.end())
            table->indexes.append(std::move(*it));
        else if (auto view = m_views.find(relation); view != m_views.end())
            view->indexes.append(std::move(*it));
    }
    QHash<QString, Schema *> byName;
    for (Schema &schema : m_schemas)
        byName.insert(schema.name, &schema);
    for (Table &table : m_tables)
        byName.value(table.schema)->tables.append(std::move(table));
    for (View &view : m_views)
        byName.value(view.schema)->views.append(std::move(view));

    Catalog catalog = std::move(m_catalog);
    catalog.schemas.reserve(m_schemas.size());
    for (Schema &schema : m_schemas)
        catalog.schemas.append(std::move(schema));
    catalog.normalize();
    return catalog;
}

} // namespace parity

#include "mysqlschemareader.h"

#include "common/stringmemo.h"

#include "introspection/introspector.h"
#include "mysqlcatalogquery.h"
#include "mysqlsqltext.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <QVariant>

namespace parity::mysql {

namespace {

QString sql(const char *name)
{
    return catalogSql(QStringLiteral("mysql"), QString::fromLatin1(name));
}

QString text(const QSqlQuery &query, int column)
{
    return query.value(column).toString();
}

// Tables per COUNT(*) statement when exact row counts are asked for.
constexpr int kRowCountBatch = 500;

} // namespace

MysqlSchemaReader::MysqlSchemaReader(const QSqlDatabase &db, const ServerFeatures &features,
                                     StepCallback step)
    : m_db(db)
    , m_features(features)
    , m_step(std::move(step))
{
}

int MysqlSchemaReader::stepCount(bool exactRowCounts)
{
    return exactRowCounts ? 12 : 11; // the steps in read(), row counts only when asked
}

Result<void> MysqlSchemaReader::step(const QString &words)
{
    if (m_step && !m_step(words)) {
        return fail(Error::Code::Cancelled,
                    QStringLiteral("Reading MySQL/MariaDB database \"%1\" was cancelled.")
                        .arg(m_schema.name));
    }
    return {};
}

Result<Schema> MysqlSchemaReader::read(const QString &schemaName, const QString &comment,
                                       bool exactRowCounts)
{
    m_schema = Schema{};
    m_schema.name = schemaName;
    m_schema.comment = comment;
    m_tableIndex.clear();
    m_tableIndexFolded.clear();
    m_viewIndex.clear();
    m_sequenceNames.clear();

    // Views before columns: the columns query returns view columns too.
    const std::pair<const char *, Result<void> (MysqlSchemaReader::*)()> steps[] = {
        {"Reading tables", &MysqlSchemaReader::readTables},
        {"Reading views", &MysqlSchemaReader::readViews},
        {"Reading columns", &MysqlSchemaReader::readColumns},
        {"Reading indexes", &MysqlSchemaReader::readIndexes},
        {"Reading foreign keys", &MysqlSchemaReader::readForeignKeys},
        {"Reading check constraints", &MysqlSchemaReader::readChecks},
        {"Reading partitions", &MysqlSchemaReader::readPartitions},
        {"Reading index methods and partitions as written", &MysqlSchemaReader::readShowCreateTable},
        {"Reading routines", &MysqlSchemaReader::readRoutines},
        {"Reading triggers", &MysqlSchemaReader::readTriggers},
        {"Reading sequences", &MysqlSchemaReader::readSequences},
        {"Counting rows", &MysqlSchemaReader::readRowCounts},
    };
    for (const auto &[words, reader] : steps) {
        if (reader == &MysqlSchemaReader::readRowCounts && !exactRowCounts)
            continue;
        if (auto r = step(QString::fromLatin1(words) + QStringLiteral(" of ") + schemaName); !r)
            return std::unexpected(r.error());
        if (auto r = (this->*reader)(); !r)
            return std::unexpected(r.error());
    }
    return m_schema;
}

Table *MysqlSchemaReader::findTable(const QString &name)
{
    auto it = m_tableIndex.constFind(name);
    if (it == m_tableIndex.cend()) {
        it = m_tableIndexFolded.constFind(name.toLower());
        if (it == m_tableIndexFolded.cend())
            return nullptr;
    }
    return &m_schema.tables[*it];
}

QString MysqlSchemaReader::unionOfTables(const QString &templateName,
                                         const QStringList &tables) const
{
    QString branch;
    for (const QString &line :
         catalogSql(QStringLiteral("mysql"), templateName).split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            branch += line + QLatin1Char(' ');
    }
    QStringList branches;
    branches.reserve(tables.size());
    for (qsizetype i = 0; i < tables.size(); ++i) {
        QString b = branch;
        b.replace(QLatin1String("{ordinal}"), QString::number(i));
        b.replace(QLatin1String("{table}"), qualifiedName(m_schema.name, tables.at(i)));
        branches << b.trimmed();
    }
    return branches.join(QStringLiteral("\nUNION ALL\n"));
}

Result<void> MysqlSchemaReader::readTables()
{
    enum { Name, Type, Engine, Rows, Collation, Options, Comment };
    auto query = runCatalogQuery(m_db, sql("tables"), m_schema.name, QStringLiteral("tables"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        const QString name = text(*query, Name);
        if (text(*query, Type) == QLatin1String("SEQUENCE")) {
            m_sequenceNames << name;
            continue;
        }
        Table t;
        t.schema = m_schema.name;
        t.name = name;
        t.engine = text(*query, Engine);
        t.collation = text(*query, Collation);
        t.comment = text(*query, Comment);
        // "partitioned" is recorded as the table's kind; the rest
        // (row_format=…, stats_persistent=…, page_compressed=…) is kept as
        // the server says it.
        QStringList options = text(*query, Options).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        options.removeAll(QStringLiteral("partitioned"));
        t.options = options.join(QLatin1Char(' '));
        t.rowEstimate = query->value(Rows).isNull() ? -1 : query->value(Rows).toLongLong();
        m_tableIndex.insert(name, m_schema.tables.size());
        m_tableIndexFolded.insert(name.toLower(), m_schema.tables.size());
        m_schema.tables.append(std::move(t));
    }
    return {};
}

Result<void> MysqlSchemaReader::readViews()
{
    enum { Name, Definition, CheckOption, Definer };
    auto query = runCatalogQuery(m_db, sql("views"), m_schema.name, QStringLiteral("views"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        View v;
        v.schema = m_schema.name;
        v.name = text(*query, Name);
        v.definition = stripSchemaQualifier(text(*query, Definition), m_schema.name);
        const QString checkOption = text(*query, CheckOption);
        v.checkOption = checkOption == QLatin1String("NONE") ? QString() : checkOption;
        v.owner = text(*query, Definer);
        m_viewIndex.insert(v.name, m_schema.views.size());
        m_schema.views.append(std::move(v));
    }
    return {};
}

Result<void> MysqlSchemaReader::readColumns()
{
    enum {
        TableName,
        Name,
        Position,
        Default,
        Nullable,
        DataType,
        ColumnType,
        Collation,
        Extra,
        Comment,
        Generation
    };
    StringMemo normalizedType(&normalizeColumnType);
    auto query = runCatalogQuery(m_db, sql("columns"), m_schema.name, QStringLiteral("columns"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        const QString tableName = text(*query, TableName);
        Table *table = findTable(tableName);
        if (!table) {
            if (auto v = m_viewIndex.constFind(tableName); v != m_viewIndex.cend())
                m_schema.views[*v].columns << text(*query, Name);
            continue;
        }
        Column c;
        c.name = text(*query, Name);
        c.position = query->value(Position).toInt();
        c.type = text(*query, ColumnType);
        c.normalizedType = normalizedType(c.type);
        c.nullable = text(*query, Nullable) == QLatin1String("YES");
        const QString extra = text(*query, Extra);
        // MySQL 8 reports "" for ordinary columns, MariaDB NULL.
        c.generatedExpression = text(*query, Generation);
        c.generatedStored =
            !c.generatedExpression.isEmpty()
            && (extra.contains(QLatin1String("STORED"), Qt::CaseInsensitive)
                || extra.contains(QLatin1String("PERSISTENT"), Qt::CaseInsensitive));
        if (c.generatedExpression.isEmpty()) {
            c.defaultExpression =
                normalizeDefault({m_features.flavor, text(*query, Default),
                                  query->value(Default).isNull(), text(*query, DataType), extra});
        }
        if (extra.contains(QLatin1String("auto_increment"), Qt::CaseInsensitive))
            c.identity = IdentityKind::AutoIncrement;
        c.onUpdateExpression = onUpdateFromExtra(extra);
        c.invisible = extra.contains(QLatin1String("INVISIBLE"), Qt::CaseInsensitive);
        const QString collation = text(*query, Collation);
        if (collation != table->collation)
            c.collation = collation;
        c.comment = text(*query, Comment);
        c.enumLabels = parseEnumLabels(c.type);
        table->columns.append(std::move(c));
    }
    return {};
}

Result<void> MysqlSchemaReader::readIndexes()
{
    enum {
        TableName,
        IndexName,
        NonUnique,
        Seq,
        ColumnName,
        Expression,
        Collation,
        SubPart,
        Type,
        Comment
    };
    auto query =
        runCatalogQuery(m_db,
                        sql(m_features.indexExpressions ? "indexes_with_expression" : "indexes"),
                        m_schema.name, QStringLiteral("indexes"));
    if (!query)
        return std::unexpected(query.error());
    Table *table = nullptr;
    Index *index = nullptr;
    QString currentTable;
    QString currentIndex;
    while (query->next()) {
        const QString tableName = text(*query, TableName);
        const QString indexName = text(*query, IndexName);
        if (tableName != currentTable || indexName != currentIndex || !table) {
            currentTable = tableName;
            currentIndex = indexName;
            index = nullptr;
            table = findTable(tableName);
            if (!table)
                continue;
            if (indexName == QLatin1String("PRIMARY")) {
                table->primaryKey = PrimaryKey{indexName, {}};
            } else {
                // A UNIQUE constraint in MySQL is a unique index and nothing
                // more, so unique indexes are kept here (unique = true) and
                // Table::uniqueConstraints stays empty for this dialect.
                Index ix;
                ix.name = indexName;
                ix.unique = query->value(NonUnique).toInt() == 0;
                ix.method = text(*query, Type).toLower();
                ix.comment = text(*query, Comment);
                table->indexes.append(std::move(ix));
                index = &table->indexes.last();
            }
        }
        if (!table)
            continue;
        const QString column = text(*query, ColumnName);
        if (!index) {
            table->primaryKey->columns << column;
            continue;
        }
        IndexKey key;
        key.isExpression = query->value(ColumnName).isNull();
        key.expression =
            key.isExpression ? stripOuterParentheses(text(*query, Expression)) : column;
        key.descending = text(*query, Collation) == QLatin1String("D");
        key.prefixLength = query->value(SubPart).isNull() ? 0 : query->value(SubPart).toInt();
        index->keys.append(std::move(key));
    }
    return {};
}

Result<void> MysqlSchemaReader::readShowCreateTable()
{
    // Two things information_schema cannot tell apart, and SHOW CREATE TABLE
    // shows as they were written; it is asked only of the tables they
    // concern:
    // - USING BTREE: information_schema gives BTREE either way;
    // - PARTITIONS 4 (or nothing, for one) instead of a list of partitions
    //   named p0, p1, …: the server made those names up.
    static const QRegularExpression stated(
        QStringLiteral("^\\s*(?:UNIQUE |FULLTEXT |SPATIAL )?KEY `((?:[^`]|``)+)` .* USING BTREE"));
    for (Table &t : m_schema.tables) {
        const bool partitioned = !t.partitionKey.isEmpty();
        if (!partitioned
            && std::ranges::none_of(t.indexes, [](const Index &i) { return i.method == QLatin1String("btree"); }))
            continue;
        QSqlQuery show(m_db);
        if (!show.exec(QStringLiteral("SHOW CREATE TABLE ") + qualifiedName(m_schema.name, t.name)) || !show.next())
            continue;
        const QString created = show.value(1).toString();
        if (partitioned) {
            const qsizetype at = created.lastIndexOf(QLatin1String("\n PARTITION BY "));
            if (at >= 0) {
                const QString clause = created.mid(at + 15).simplified();
                if (!clause.contains(QLatin1String("(PARTITION ")))
                    t.partitionKey = clause;
            }
        }
        const QStringList lines = created.split(QLatin1Char('\n'));
        for (const QString &line : lines) {
            const QRegularExpressionMatch m = stated.match(line);
            if (!m.hasMatch())
                continue;
            const QString name = m.captured(1).replace(QStringLiteral("``"), QStringLiteral("`"));
            for (Index &i : t.indexes) {
                if (i.name == name && i.method == QLatin1String("btree"))
                    i.methodStated = true;
            }
        }
    }
    return {};
}

Result<void> MysqlSchemaReader::readForeignKeys()
{
    struct Rules
    {
        QString onUpdate;
        QString onDelete;
        QString match;
    };
    enum { RTable, RName, RUpdate, RDelete, RMatch };
    auto rules = runCatalogQuery(m_db, sql("foreign_key_rules"), m_schema.name,
                                 QStringLiteral("foreign key rules"));
    if (!rules)
        return std::unexpected(rules.error());
    QHash<QString, Rules> rulesByKey;
    while (rules->next()) {
        const QString match = text(*rules, RMatch);
        rulesByKey.insert(text(*rules, RTable) + QLatin1Char('\n') + text(*rules, RName),
                          {text(*rules, RUpdate), text(*rules, RDelete),
                           (match == QLatin1String("NONE") || match == QLatin1String("SIMPLE"))
                               ? QString()
                               : match});
    }

    enum { TableName, Name, ColumnName, RefSchema, RefTable, RefColumn };
    auto query =
        runCatalogQuery(m_db, sql("foreign_keys"), m_schema.name, QStringLiteral("foreign keys"));
    if (!query)
        return std::unexpected(query.error());
    ForeignKey *fk = nullptr;
    QString currentTable;
    QString currentName;
    while (query->next()) {
        const QString tableName = text(*query, TableName);
        const QString name = text(*query, Name);
        if (tableName != currentTable || name != currentName) {
            currentTable = tableName;
            currentName = name;
            fk = nullptr;
            Table *table = findTable(tableName);
            if (!table)
                continue;
            ForeignKey key;
            key.name = name;
            key.referencedSchema = text(*query, RefSchema);
            key.referencedTable = text(*query, RefTable);
            const Rules r = rulesByKey.value(tableName + QLatin1Char('\n') + name);
            if (!r.onUpdate.isEmpty())
                key.onUpdate = r.onUpdate;
            if (!r.onDelete.isEmpty())
                key.onDelete = r.onDelete;
            key.match = r.match;
            table->foreignKeys.append(std::move(key));
            fk = &table->foreignKeys.last();
        }
        if (!fk)
            continue;
        fk->columns << text(*query, ColumnName);
        fk->referencedColumns << text(*query, RefColumn);
    }
    return {};
}

Result<void> MysqlSchemaReader::readChecks()
{
    if (!m_features.checkConstraints)
        return {};
    enum { TableName, Name, Clause, Enforced, Level };
    auto query =
        runCatalogQuery(m_db,
                        sql(m_features.checkLevels       ? "checks_with_level"
                            : m_features.checksNameTable ? "checks"
                                                         : "checks_via_table_constraints"),
                        m_schema.name, QStringLiteral("check constraints"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        Table *table = findTable(text(*query, TableName));
        if (!table)
            continue;
        CheckConstraint check;
        check.name = text(*query, Name);
        // MySQL 8 wraps the clause in parentheses, MariaDB does not.
        check.expression = stripOuterParentheses(text(*query, Clause));
        check.validated = text(*query, Enforced) != QLatin1String("NO");
        // A column-level check is named after its column.
        if (m_features.checkLevels && text(*query, Level) == QLatin1String("Column"))
            check.onColumn = check.name;
        table->checks.append(std::move(check));
    }
    return {};
}

Result<void> MysqlSchemaReader::readPartitions()
{
    enum {
        TableName,
        Name,
        SubName,
        Method,
        SubMethod,
        Expression,
        SubExpression,
        Description,
        Comment
    };
    auto query =
        runCatalogQuery(m_db, sql("partitions"), m_schema.name, QStringLiteral("partitions"));
    if (!query)
        return std::unexpected(query.error());
    QString currentTable;
    QList<PartitionRow> rows;
    auto flush = [&]() {
        if (Table *table = rows.isEmpty() ? nullptr : findTable(currentTable)) {
            table->kind = TableKind::Partitioned;
            table->partitionKey = partitionClause(rows);
        }
        rows.clear();
    };
    while (query->next()) {
        const QString tableName = text(*query, TableName);
        if (tableName != currentTable) {
            flush();
            currentTable = tableName;
        }
        rows.append({text(*query, Name), text(*query, SubName), text(*query, Method),
                     text(*query, SubMethod), text(*query, Expression), text(*query, SubExpression),
                     text(*query, Description), text(*query, Comment)});
    }
    flush();
    return {};
}

Result<QHash<QString, QList<RoutineParameter>>> MysqlSchemaReader::readRoutineParameters()
{
    enum { Name, Kind, Position, Mode, ParamName, Type, Charset, Collation };
    auto query = runCatalogQuery(m_db, sql("parameters"), m_schema.name,
                                 QStringLiteral("routine parameters"));
    if (!query)
        return std::unexpected(query.error());
    QHash<QString, QList<RoutineParameter>> parameters;
    while (query->next()) {
        parameters[text(*query, Kind) + QLatin1Char('\n') + text(*query, Name)].append(
            {text(*query, Mode), text(*query, ParamName), text(*query, Type), text(*query, Charset),
             text(*query, Collation)});
    }
    return parameters;
}

Result<void> MysqlSchemaReader::readRoutines()
{
    // Keyed by kind and name: a function and a procedure may share a name.
    auto parameters = readRoutineParameters();
    if (!parameters)
        return std::unexpected(parameters.error());

    enum {
        Name,
        Kind,
        ReturnType,
        Body,
        Definition,
        Deterministic,
        DataAccess,
        Security,
        Comment,
        Definer,
        ReturnCharset,
        ReturnCollation,
        DatabaseCollation
    };
    auto query = runCatalogQuery(m_db, sql("routines"), m_schema.name, QStringLiteral("routines"));
    if (!query)
        return std::unexpected(query.error());
    while (query->next()) {
        RoutineText r;
        r.name = text(*query, Name);
        const QString kind = text(*query, Kind);
        r.isFunction = kind == QLatin1String("FUNCTION");
        // PARAMETERS and ROUTINES name a collation for every string type,
        // declared or inherited; only one that differs from the database's
        // (as it was when the routine was made) was written by someone.
        const QString databaseCollation = text(*query, DatabaseCollation);
        r.parameters = parameters->value(kind + QLatin1Char('\n') + r.name);
        for (RoutineParameter &p : r.parameters) {
            if (p.collation == databaseCollation)
                p.characterSet = p.collation = QString();
        }
        r.returnType = text(*query, ReturnType);
        if (text(*query, ReturnCollation) != databaseCollation) {
            r.returnCharacterSet = text(*query, ReturnCharset);
            r.returnCollation = text(*query, ReturnCollation);
        }
        r.deterministic = text(*query, Deterministic) == QLatin1String("YES");
        r.dataAccess = text(*query, DataAccess);
        r.security = text(*query, Security);
        r.comment = text(*query, Comment);
        r.body = text(*query, Definition);

        Routine routine;
        routine.schema = m_schema.name;
        routine.name = r.name;
        routine.kind = r.isFunction ? RoutineKind::Function : RoutineKind::Procedure;
        // The identity key uses canonical types, so that "int(11)" from
        // MariaDB and "int" from MySQL 8 name the same overload.
        QList<RoutineParameter> canonical = r.parameters;
        for (RoutineParameter &p : canonical)
            p.type = normalizeColumnType(p.type);
        routine.arguments = routineArguments(canonical, r.isFunction);
        routine.returnType = r.isFunction ? normalizeColumnType(r.returnType) : QString();
        routine.language = text(*query, Body).toLower();
        // The body is only visible to the definer or a user with
        // SHOW_ROUTINE / SELECT on mysql.proc; without it there is nothing
        // to recreate, and the definition stays empty rather than wrong.
        routine.definition = r.body.isEmpty() ? QString() : createRoutineStatement(r);
        routine.comment = r.comment;
        routine.owner = text(*query, Definer);
        m_schema.routines.append(std::move(routine));
    }
    return {};
}

Result<void> MysqlSchemaReader::readTriggers()
{
    enum { Name, TableName, Timing, Event, Orientation, Statement, Order };
    auto query = runCatalogQuery(m_db, sql("triggers"), m_schema.name, QStringLiteral("triggers"));
    if (!query)
        return std::unexpected(query.error());
    QString previousGroup;
    QString previousName;
    QHash<QString, QString> followsOf;
    while (query->next()) {
        Trigger t;
        t.name = text(*query, Name);
        t.table = text(*query, TableName);
        t.timing = text(*query, Timing);
        t.events = {text(*query, Event)};
        t.forEachRow = text(*query, Orientation) == QLatin1String("ROW");
        // Rows come in ACTION_ORDER within table, timing and event: a
        // trigger after the first of its group runs after the one before it.
        const QString group =
            t.table + QLatin1Char('\n') + t.timing + QLatin1Char('\n') + t.events.first();
        const QString follows =
            (group == previousGroup && query->value(Order).toInt() > 1) ? previousName : QString();
        t.definition = createTriggerStatement(t.name, t.timing, t.events.first(), t.table, follows,
                                              text(*query, Statement));
        if (!follows.isEmpty())
            followsOf.insert(t.name, follows);
        previousGroup = group;
        previousName = t.name;
        m_schema.triggers.append(std::move(t));
    }
    // The server keeps the CREATE TRIGGER as it was written, and SHOW CREATE
    // TRIGGER shows that text (keyword case, quoting); it is the definition,
    // without the DEFINER the applying account will be. It has lost any
    // FOLLOWS/PRECEDES, so a trigger that runs after another says so again.
    // The pieces above stay the fallback where the server will not show it.
    static const QRegularExpression eachRow(QStringLiteral("\\bFOR\\s+EACH\\s+ROW\\b"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression definer(
        QStringLiteral("^\\s*CREATE\\s+DEFINER\\s*=\\s*(?:CURRENT_USER(?:\\s*\\(\\s*\\))?|"
                       "(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|[^\\s@]+)@(?:`(?:[^`]|``)*`|'(?:[^']|'')*'|\\S+))\\s+"),
        QRegularExpression::CaseInsensitiveOption);
    for (Trigger &t : m_schema.triggers) {
        QSqlQuery show(m_db);
        if (!show.exec(QStringLiteral("SHOW CREATE TRIGGER ") + qualifiedName(m_schema.name, t.name)) || !show.next())
            continue;
        QString original = show.value(2).toString();
        const QRegularExpressionMatch m = definer.match(original);
        if (m.hasMatch())
            original.replace(0, m.capturedLength(), QStringLiteral("CREATE "));
        if (const QString follows = followsOf.value(t.name); !follows.isEmpty()) {
            const QRegularExpressionMatch row = eachRow.match(original);
            if (!row.hasMatch())
                continue;
            original.insert(row.capturedEnd(), QStringLiteral(" FOLLOWS ") + quoteIdentifier(follows));
        }
        if (!original.isEmpty())
            t.definition = original.trimmed();
    }
    return {};
}

Result<void> MysqlSchemaReader::readSequences()
{
    if (m_sequenceNames.isEmpty())
        return {};
    enum { Ordinal, Start, Increment, Min, Max, Cache, Cycle };
    auto query =
        runCatalogQuery(m_db, unionOfTables(QStringLiteral("sequence_values"), m_sequenceNames),
                        m_schema.name, QStringLiteral("sequences"), Bind::Nothing);
    if (!query)
        return std::unexpected(query.error());
    // MariaDB's implicit bounds for an ascending sequence; 0 records "the
    // type's maximum" as Sequence::maxValue asks.
    constexpr qint64 kImplicitMax = 9223372036854775806LL;
    while (query->next()) {
        const qsizetype ordinal = query->value(Ordinal).toLongLong();
        if (ordinal < 0 || ordinal >= m_sequenceNames.size())
            continue;
        Sequence s;
        s.schema = m_schema.name;
        s.name = m_sequenceNames.at(ordinal);
        s.dataType = QStringLiteral("bigint"); // MariaDB before 11.5 has no AS type
        s.start = query->value(Start).toLongLong();
        s.increment = query->value(Increment).toLongLong();
        s.minValue = query->value(Min).toLongLong();
        s.maxValue = query->value(Max).toLongLong();
        if (s.maxValue == kImplicitMax)
            s.maxValue = 0;
        s.cache = query->value(Cache).toLongLong();
        s.cycle = query->value(Cycle).toInt() != 0;
        m_schema.sequences.append(std::move(s));
    }
    return {};
}

Result<void> MysqlSchemaReader::readRowCounts()
{
    // One UNION ALL of COUNT(*) per batch of tables; batches keep a very
    // large database from holding thousands of tables open in one statement.
    QStringList names;
    for (const Table &t : std::as_const(m_schema.tables))
        names << t.name;
    for (qsizetype from = 0; from < names.size(); from += kRowCountBatch) {
        const QStringList batch = names.mid(from, kRowCountBatch);
        auto query = runCatalogQuery(m_db, unionOfTables(QStringLiteral("row_count"), batch),
                                     m_schema.name, QStringLiteral("row counts"), Bind::Nothing);
        if (!query)
            return std::unexpected(query.error());
        while (query->next()) {
            const qsizetype ordinal = query->value(0).toLongLong();
            if (ordinal >= 0 && ordinal < batch.size())
                m_schema.tables[from + ordinal].rowCount = query->value(1).toLongLong();
        }
    }
    return {};
}

} // namespace parity::mysql

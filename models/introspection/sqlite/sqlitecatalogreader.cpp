#include "sqlitecatalogreader.h"

#include "common/jobcontext.h"
#include "sqlitekeybuilders.h"
#include "sqlitenames.h"
#include "sqlitereadtransaction.h"
#include "common/textdecoding.h"
#include "sqlitetypes.h"

#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

#include <algorithm>

namespace parity {

namespace {

const QString &mainSchemaName()
{
    static const QString name = QStringLiteral("main");
    return name;
}

QString columnCollation(const QString &written)
{
    const QString upper = written.toUpper();
    if (upper == QLatin1String("BINARY"))
        return {};
    if (upper == QLatin1String("NOCASE") || upper == QLatin1String("RTRIM"))
        return upper;
    return written;
}

/// Splits `rows` into runs of consecutive rows that `sameGroup` puts together.
template<typename T, typename Same>
QList<QList<T>> groupRuns(const QList<T> &rows, Same sameGroup)
{
    QList<QList<T>> groups;
    for (const T &row : rows) {
        if (groups.isEmpty() || !sameGroup(groups.last().first(), row))
            groups.append(QList<T>());
        groups.last().append(row);
    }
    return groups;
}

} // namespace

SqliteCatalogReader::SqliteCatalogReader(QSqlDatabase &db, const IntrospectionOptions &options,
                                         JobContext &job)
    : m_db(db)
    , m_options(options)
    , m_job(job)
{
}

Result<void> SqliteCatalogReader::forEachRowOf(const QString &resource, const QString &what,
                                               const RowHandler &handle)
{
    return forEachRow(catalogSql(QStringLiteral("sqlite"), resource), what, handle);
}

QVariant SqliteRow::value(const QString &name) const
{
    const auto it = m_columns.constFind(name);
    Q_ASSERT_X(it != m_columns.cend(), "SqliteRow::value", "no such column in the catalog query");
    return it == m_columns.cend() ? QVariant() : m_query.value(*it);
}

QVariant SqliteRow::value(int index) const
{
    return m_query.value(index);
}

Result<void> SqliteCatalogReader::forEachRow(const QString &sql, const QString &what,
                                             const RowHandler &handle, const QVariantMap &bindings)
{
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    bool ok = false;
    if (bindings.isEmpty()) {
        ok = query.exec(sql);
    } else {
        ok = query.prepare(sql);
        for (auto it = bindings.begin(); ok && it != bindings.end(); ++it)
            query.bindValue(QLatin1Char(':') + it.key(), it.value());
        ok = ok && query.exec();
    }
    QHash<QString, int> columns;
    if (ok) {
        const QSqlRecord record = query.record();
        for (int i = 0; i < record.count(); ++i)
            columns.insert(record.fieldName(i), i);
    }
    const SqliteRow row(query, columns);
    while (ok && query.next())
        handle(row);
    if (!ok || query.lastError().isValid()) {
        return fail(Error::Code::QueryFailed,
                    QStringLiteral(
                        "Reading %1 from SQLite database \"%2\" failed: %3. Check that the file "
                        "is an intact SQLite database (sqlite3 FILE \"PRAGMA integrity_check\").")
                        .arg(what, m_catalog.database, query.lastError().text()));
    }
    return {};
}

Result<void> SqliteCatalogReader::step(const QString &what)
{
    if (m_job.isCancelled()) {
        return fail(Error::Code::Cancelled,
                    QStringLiteral("Reading SQLite database \"%1\" was cancelled before %2.")
                        .arg(m_catalog.database, what.toLower()));
    }
    m_job.reportProgress(m_stepsDone++, m_stepsTotal, what);
    return {};
}

Table *SqliteCatalogReader::findTable(const QString &name)
{
    const auto it = m_tableByFoldedName.constFind(foldSqliteName(name));
    return it == m_tableByFoldedName.cend() ? nullptr : &m_schema.tables[*it];
}

Result<Catalog> SqliteCatalogReader::read()
{
    m_catalog.dialect = Dialect::SQLite;
    m_catalog.database = QFileInfo(m_db.databaseName()).baseName();
    m_stepsTotal = m_options.exactRowCounts ? 8 : 7;

    if (auto r = step(QStringLiteral("Reading version")); !r)
        return std::unexpected(r.error());
    if (auto r = readVersion(); !r)
        return std::unexpected(r.error());
    if (!m_options.schemas.accepts(mainSchemaName())) {
        m_job.reportProgress(m_stepsTotal, m_stepsTotal, QStringLiteral("Done"));
        return m_catalog;
    }

    m_schema.name = mainSchemaName();
    SqliteReadTransaction transaction(m_db);
    transaction.begin();

    const std::pair<QString, Result<void> (SqliteCatalogReader::*)()> steps[] = {
        {QStringLiteral("Reading tables, views, indexes and triggers"),
         &SqliteCatalogReader::readObjects},
        {QStringLiteral("Reading columns"), &SqliteCatalogReader::readColumns},
        {QStringLiteral("Reading indexes"), &SqliteCatalogReader::readIndexes},
        {QStringLiteral("Reading foreign keys"), &SqliteCatalogReader::readForeignKeys},
        {QStringLiteral("Reading view columns"), &SqliteCatalogReader::readViewColumns},
        {QStringLiteral("Reading statistics"), &SqliteCatalogReader::readRowEstimates},
        {QStringLiteral("Counting rows"), &SqliteCatalogReader::readRowCounts},
    };
    for (const auto &[what, function] : steps) {
        if (function == &SqliteCatalogReader::readRowCounts && !m_options.exactRowCounts)
            continue;
        if (auto r = step(what); !r)
            return std::unexpected(r.error());
        if (auto r = (this->*function)(); !r)
            return std::unexpected(r.error());
    }
    transaction.commit();

    m_catalog.schemas = {m_schema};
    m_catalog.normalize();
    m_job.reportProgress(m_stepsTotal, m_stepsTotal, QStringLiteral("Done"));
    return m_catalog;
}

Result<void> SqliteCatalogReader::readVersion()
{
    QString file;
    auto r = forEachRowOf(QStringLiteral("version"), QStringLiteral("the version"),
                          [&](const SqliteRow &q) {
                              m_catalog.serverVersion =
                                  QStringLiteral("SQLite ") + q.value(0).toString();
                              file = q.value(1).toString();
                          });
    // The driver may hold a URI or a relative name; SQLite knows the real file.
    if (!file.isEmpty())
        m_catalog.database = QFileInfo(file).baseName();
    return r;
}

Result<void> SqliteCatalogReader::readObjects()
{
    // SQLite stores whatever bytes it was given; Qt would turn bytes that are
    // not UTF-8 into U+FFFD without a word, and Parity would then name
    // objects that do not exist. Refuse instead, naming the object.
    QSqlQuery check(m_db);
    check.setForwardOnly(true);
    if (check.exec(QStringLiteral("SELECT type, hex(name), hex(coalesce(sql, '')) FROM sqlite_schema"))) {
        while (check.next()) {
            const QByteArray name = QByteArray::fromHex(check.value(1).toString().toLatin1());
            const QByteArray sql = QByteArray::fromHex(check.value(2).toString().toLatin1());
            const QString type = check.value(0).toString();
            const QString shown = QString::fromUtf8(name);
            if (!decodeUtf8Strictly(name, shown)) {
                return fail(Error::Code::Corrupt,
                            QStringLiteral("The %1 \"%2\" in %3 has a name that is not valid UTF-8 (bytes x'%4'): "
                                           "rename it in sqlite3 to a UTF-8 name; Parity would otherwise name an "
                                           "object that does not exist")
                                .arg(type, shown, m_db.databaseName(), check.value(1).toString()));
            }
            if (!decodeUtf8Strictly(sql, shown)) {
                return fail(Error::Code::Corrupt,
                            QStringLiteral("The definition of the %1 \"%2\" in %3 is not valid UTF-8 (a column "
                                           "name, a default or a comment in it): recreate it in sqlite3 with UTF-8 text")
                                .arg(type, shown, m_db.databaseName()));
            }
        }
    }
    return forEachRowOf(QStringLiteral("objects"), QStringLiteral("the schema objects"),
                        [this](const SqliteRow &q) { addObject(q); });
}

void SqliteCatalogReader::addObject(const SqliteRow &q)
{
    const QString type = q.value(QStringLiteral("object_type")).toString();
    const QString name = q.value(QStringLiteral("name")).toString();
    const QString sql = q.value(QStringLiteral("sql")).toString();
    if (type == QLatin1String("table")) {
        const QString kind = q.value(QStringLiteral("table_kind")).toString();
        if (kind == QLatin1String("shadow"))
            return;
        const SqliteDdlParser::Table parsed = SqliteDdlParser::parseCreateTable(sql);
        Table table;
        table.schema = mainSchemaName();
        table.name = name;
        if (kind == QLatin1String("virtual")) {
            table.options = parsed.virtualUsing;
            m_virtualTables.insert(name);
        } else {
            table.options = parsed.options.join(QStringLiteral(", ")); // in the order written
            addChecks(table, parsed);
        }
        m_parsedTables.insert(name, parsed);
        m_tableByFoldedName.insert(foldSqliteName(name), m_schema.tables.size());
        m_schema.tables.append(table);
    } else if (type == QLatin1String("view")) {
        View view;
        view.schema = mainSchemaName();
        view.name = name;
        view.definition = SqliteDdlParser::viewQuery(sql);
        view.columnsDeclared = SqliteDdlParser::viewNamesColumns(sql);
        m_schema.views.append(view);
    } else if (type == QLatin1String("trigger")) {
        const SqliteDdlParser::Trigger parsed = SqliteDdlParser::parseCreateTrigger(sql);
        Trigger trigger;
        trigger.name = name;
        trigger.table = q.value(QStringLiteral("table_name")).toString();
        trigger.timing = parsed.timing;
        trigger.events = parsed.events;
        trigger.forEachRow = true; // SQLite has no statement-level triggers
        trigger.definition = sql;
        m_schema.triggers.append(trigger);
    } else if (type == QLatin1String("index")) {
        m_indexSql.insert(name, sql);
    }
}

void SqliteCatalogReader::addChecks(Table &table, const SqliteDdlParser::Table &parsed)
{
    int unnamed = 0;
    for (const auto &check : parsed.checks) {
        CheckConstraint c;
        c.name = check.name.isEmpty()
                     ? table.name + QStringLiteral("_check") + QString::number(++unnamed)
                     : check.name;
        c.expression = check.expression;
        c.nameGenerated = check.name.isEmpty();
        c.onColumn = check.column;
        table.checks.append(c);
    }
}

Result<void> SqliteCatalogReader::readColumns()
{
    PrimaryKeyParts primaryKeyParts;
    auto r = forEachRowOf(QStringLiteral("columns"), QStringLiteral("the columns"),
                          [&](const SqliteRow &q) { addColumn(q, primaryKeyParts); });
    if (!r)
        return r;
    addPrimaryKeys(primaryKeyParts);
    return {};
}

void SqliteCatalogReader::addColumn(const SqliteRow &q, PrimaryKeyParts &primaryKeyParts)
{
    Table *table = findTable(q.value(QStringLiteral("table_name")).toString());
    if (!table)
        return;
    const SqliteDdlParser::Table &parsed = m_parsedTables[table->name];

    Column column;
    column.name = q.value(QStringLiteral("column_name")).toString();
    column.position = q.value(QStringLiteral("cid")).toInt() + 1;
    column.type = q.value(QStringLiteral("declared_type")).toString().trimmed();
    column.normalizedType = m_normalizedType(column.type);
    column.nullable = q.value(QStringLiteral("not_null")).toInt() == 0;
    const QVariant defaultValue = q.value(QStringLiteral("default_value"));
    column.defaultExpression = defaultValue.isNull() ? QString() : defaultValue.toString();
    const int hidden = q.value(QStringLiteral("hidden")).toInt();
    column.generatedStored = hidden == 3;
    // What no pragma says comes from the column's clause in the CREATE text.
    const auto declared = std::ranges::find_if(parsed.columns, [&](const auto &c) {
        return sameSqliteName(c.name, column.name);
    });
    if (declared != parsed.columns.end()) {
        column.collation = columnCollation(declared->collation);
        if (declared->autoincrement)
            column.identity = IdentityKind::AutoIncrement;
        // A WITHOUT ROWID table's key columns are NOT NULL whatever was
        // written, and pragma table_xinfo says so; the text says what was
        // written, and that is what is kept.
        if (parsed.withoutRowid && q.value(QStringLiteral("pk_position")).toInt() > 0)
            column.nullable = !declared->notNull;
        if (hidden == 2 || hidden == 3) {
            column.generatedExpression = declared->generatedExpression;
            column.generatedShort = declared->generatedShort;
            column.generatedKindOmitted = declared->generatedKindOmitted;
        }
    }
    if (const int pk = q.value(QStringLiteral("pk_position")).toInt(); pk > 0)
        primaryKeyParts[table->name].append({pk, column.name});
    table->columns.append(column);
}

void SqliteCatalogReader::addPrimaryKeys(const PrimaryKeyParts &parts)
{
    for (auto it = parts.begin(); it != parts.end(); ++it) {
        Table *table = findTable(it.key());
        auto keyParts = it.value();
        std::ranges::sort(keyParts);
        PrimaryKey key;
        const SqliteDdlParser::Table &parsed = m_parsedTables[table->name];
        if (parsed.primaryKey) {
            key.name = parsed.primaryKey->name;
            key.tableLevel = !parsed.primaryKey->onColumn;
        }
        for (const auto &part : keyParts)
            key.columns.append(part.second);
        table->primaryKey = key;

        if (key.columns.size() == 1 && !parsed.withoutRowid) {
            Column *column = nullptr;
            for (Column &c : table->columns) {
                if (c.name == key.columns.first())
                    column = &c;
            }
            const auto declared = std::ranges::find_if(parsed.columns, [&](const auto &c) {
                return sameSqliteName(c.name, key.columns.first());
            });
            // NOT NULL is reported as declared, as pragma table_xinfo does:
            // `id INTEGER PRIMARY KEY` and `id INTEGER NOT NULL PRIMARY KEY`
            // are different text and a different description.
            table->primaryKey->descending =
                column && declared != parsed.columns.end() && declared->primaryKeyDescending;
        }
    }
}

Result<void> SqliteCatalogReader::readIndexes()
{
    QList<SqliteIndexRow> parts;
    auto r = forEachRowOf(QStringLiteral("indexes"), QStringLiteral("the indexes"),
                          [&](const SqliteRow &q) {
                              SqliteIndexRow p;
                              p.tableName = q.value(QStringLiteral("table_name")).toString();
                              p.indexName = q.value(QStringLiteral("index_name")).toString();
                              p.unique = q.value(QStringLiteral("is_unique")).toInt() != 0;
                              p.origin = q.value(QStringLiteral("origin")).toString();
                              p.cid = q.value(QStringLiteral("cid")).toInt();
                              p.column = q.value(QStringLiteral("column_name")).toString();
                              p.descending = q.value(QStringLiteral("is_desc")).toInt() != 0;
                              p.collation = q.value(QStringLiteral("collation")).toString();
                              parts.append(p);
                          });
    if (!r)
        return r;

    QHash<QString, SqliteUniqueNaming> uniqueNaming;
    for (const QList<SqliteIndexRow> &group :
         groupRuns(parts, [](const SqliteIndexRow &a, const SqliteIndexRow &b) {
             return a.tableName == b.tableName && a.indexName == b.indexName;
         })) {
        const SqliteIndexRow &first = group.first();
        Table *table = findTable(first.tableName);
        // A primary key's own index is the key itself, already recorded.
        if (!table || first.origin == QLatin1String("pk"))
            continue;
        if (first.origin == QLatin1String("u")) {
            QStringList columns;
            for (const SqliteIndexRow &p : group)
                columns.append(p.column);
            table->uniqueConstraints.append(
                sqliteUniqueFromRows(table->name, columns, m_parsedTables[table->name].uniques,
                                     uniqueNaming[table->name]));
        } else {
            table->indexes.append(
                sqliteIndexFromRows(*table, group, m_indexSql.value(first.indexName)));
        }
    }
    return {};
}

Result<void> SqliteCatalogReader::readForeignKeys()
{
    QList<SqliteForeignKeyRow> parts;
    auto r = forEachRowOf(QStringLiteral("foreign_keys"), QStringLiteral("the foreign keys"),
                          [&](const SqliteRow &q) {
                              SqliteForeignKeyRow p;
                              p.tableName = q.value(QStringLiteral("table_name")).toString();
                              p.id = q.value(QStringLiteral("fk_id")).toInt();
                              p.parent = q.value(QStringLiteral("parent_table")).toString();
                              p.from = q.value(QStringLiteral("from_column")).toString();
                              p.to = q.value(QStringLiteral("to_column")).toString();
                              p.onUpdate = q.value(QStringLiteral("on_update")).toString();
                              p.onDelete = q.value(QStringLiteral("on_delete")).toString();
                              p.match = q.value(QStringLiteral("match_type")).toString();
                              parts.append(p);
                          });
    if (!r)
        return r;

    // SQLite numbers a table's keys last-declared first: prepending each
    // key to its table's list gives declaration order.
    QHash<QString, QList<QList<SqliteForeignKeyRow>>> byTable;
    for (const auto &group :
         groupRuns(parts, [](const SqliteForeignKeyRow &a, const SqliteForeignKeyRow &b) {
             return a.tableName == b.tableName && a.id == b.id;
         }))
        byTable[group.first().tableName].prepend(group);

    for (auto it = byTable.begin(); it != byTable.end(); ++it) {
        if (Table *table = findTable(it.key())) {
            addSqliteForeignKeys(*table, m_parsedTables[table->name].foreignKeys, it.value(),
                                 [this](const QString &name) { return findTable(name); });
        }
    }
    return {};
}

Result<void> SqliteCatalogReader::readViewColumns()
{
    if (m_schema.views.isEmpty())
        return {};
    QHash<QString, QStringList> columns;
    auto r = forEachRowOf(QStringLiteral("view_columns"), QStringLiteral("the view columns"),
                          [&](const SqliteRow &q) {
                              columns[q.value(QStringLiteral("view_name")).toString()].append(
                                  q.value(QStringLiteral("column_name")).toString());
                          });
    if (r) {
        for (View &view : m_schema.views)
            view.columns = columns.value(view.name);
        return {};
    }

    // Some view no longer compiles (it names a dropped table or column), and
    // that fails the whole set-based query. Ask view by view instead; a
    // broken view keeps an empty column list, as SQLite can not say more.
    const QString sql = catalogSql(QStringLiteral("sqlite"), QStringLiteral("view_columns_one"));
    for (View &view : m_schema.views) {
        QStringList names;
        auto one = forEachRow(sql, QStringLiteral("the columns of view %1").arg(view.name),
                              [&](const SqliteRow &q) { names.append(q.value(0).toString()); },
                              {{QStringLiteral("view_name"), view.name}});
        view.columns = one ? names : QStringList();
    }
    return {};
}

Result<void> SqliteCatalogReader::readRowEstimates()
{
    bool present = false;
    auto r = forEachRowOf(QStringLiteral("has_stat1"), QStringLiteral("the statistics"),
                          [&](const SqliteRow &q) { present = q.value(0).toInt() > 0; });
    if (!r || !present)
        return r;
    return forEachRowOf(QStringLiteral("stat1"), QStringLiteral("the statistics"),
                        [&](const SqliteRow &q) {
                            Table *table =
                                findTable(q.value(QStringLiteral("table_name")).toString());
                            if (!table)
                                return;
                            bool ok = false;
                            const qint64 rows = q.value(QStringLiteral("stat"))
                                                    .toString()
                                                    .section(QLatin1Char(' '), 0, 0)
                                                    .toLongLong(&ok);
                            // A partial index covers fewer rows than the table: keep the largest.
                            if (ok)
                                table->rowEstimate = std::max(table->rowEstimate, rows);
                        });
}

Result<void> SqliteCatalogReader::readRowCounts()
{
    QList<qsizetype> countable;
    for (qsizetype i = 0; i < m_schema.tables.size(); ++i) {
        if (!m_virtualTables.contains(m_schema.tables[i].name))
            countable.append(i);
    }
    // SQLite caps a compound SELECT at 500 terms by default.
    constexpr qsizetype termsPerQuery = 400;
    for (qsizetype start = 0; start < countable.size(); start += termsPerQuery) {
        QStringList terms;
        const qsizetype end = std::min(start + termsPerQuery, countable.size());
        for (qsizetype k = start; k < end; ++k) {
            terms.append(QStringLiteral("SELECT %1 AS ordinal, count(*) AS row_count FROM main.%2")
                             .arg(countable[k])
                             .arg(quoteSqliteIdentifier(m_schema.tables[countable[k]].name)));
        }
        auto r = forEachRow(terms.join(QStringLiteral("\nUNION ALL\n")),
                            QStringLiteral("the row counts"), [&](const SqliteRow &q) {
                                const qsizetype index = q.value(0).toLongLong();
                                if (index >= 0 && index < m_schema.tables.size())
                                    m_schema.tables[index].rowCount = q.value(1).toLongLong();
                            });
        if (!r)
            return r;
    }
    return {};
}

} // namespace parity

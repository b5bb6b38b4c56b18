#include "sqlitekeybuilders.h"

#include "sqlitenames.h"

namespace parity {

namespace {

QString takeFreeName(const QString &base, QSet<QString> &used)
{
    QString name = base;
    for (int n = 2; used.contains(foldSqliteName(name)); ++n)
        name = base + QString::number(n);
    used.insert(foldSqliteName(name));
    return name;
}

/// The structural part of a foreign key (no name, no deferral) from its
/// pragma rows; `parent` is null when the parent table does not exist.
ForeignKey foreignKeyFromRows(const QList<SqliteForeignKeyRow> &parts, const Table *parent)
{
    ForeignKey fk;
    const SqliteForeignKeyRow &first = parts.first();
    QStringList written;
    for (const SqliteForeignKeyRow &p : parts) {
        fk.columns.append(p.from);
        if (!p.to.isEmpty())
            written.append(p.to);
    }
    fk.referencedSchema = QStringLiteral("main");
    fk.referencedTable = parent ? parent->name : first.parent;
    if (parent && parent->name != first.parent)
        fk.referencedAs = first.parent;
    if (written.isEmpty()) {
        // REFERENCES parent, without columns: the parent's primary key.
        if (parent && parent->primaryKey)
            fk.referencedColumns = parent->primaryKey->columns;
    } else {
        // REFERENCES may spell a column in another case than its table does.
        for (const QString &name : written) {
            QString spelled = name;
            if (parent) {
                for (const Column &c : parent->columns) {
                    if (sameSqliteName(c.name, name))
                        spelled = c.name;
                }
            }
            fk.referencedColumns.append(spelled);
        }
    }
    fk.onDelete = first.onDelete;
    fk.onUpdate = first.onUpdate;
    const QString match = first.match.toUpper();
    fk.match =
        match == QLatin1String("NONE") || match == QLatin1String("SIMPLE") ? QString() : match;
    return fk;
}

} // namespace

UniqueConstraint sqliteUniqueFromRows(const QString &tableName, const QStringList &columns,
                                      const QList<SqliteDdlParser::Key> &declared,
                                      SqliteUniqueNaming &naming)
{
    if (!naming.seeded) {
        naming.seeded = true;
        for (const auto &key : declared) {
            if (!key.name.isEmpty())
                naming.usedNames.insert(foldSqliteName(key.name));
        }
    }
    UniqueConstraint unique;
    unique.columns = columns;
    for (int d = 0; d < declared.size(); ++d) {
        if (!naming.matchedClauses.contains(d) && sameSqliteNames(declared[d].columns, columns)) {
            naming.matchedClauses.insert(d);
            unique.name = declared[d].name;
            if (declared[d].onColumn)
                unique.onColumn = columns.first();
            break;
        }
    }
    if (unique.name.isEmpty()) {
        unique.nameGenerated = true;
        unique.name = takeFreeName(tableName + QLatin1Char('_') + columns.join(QLatin1Char('_'))
                                       + QStringLiteral("_key"),
                                   naming.usedNames);
    }
    return unique;
}

Index sqliteIndexFromRows(const Table &table, const QList<SqliteIndexRow> &rows, const QString &sql)
{
    Index index;
    index.name = rows.first().indexName;
    index.unique = rows.first().unique;
    index.method = QStringLiteral("btree");
    index.definition = sql;
    const SqliteDdlParser::Index parsed = SqliteDdlParser::parseCreateIndex(sql);
    index.predicate = parsed.predicate;
    for (qsizetype position = 0; position < rows.size(); ++position) {
        const SqliteIndexRow &p = rows[position];
        IndexKey key;
        key.descending = p.descending;
        if (p.cid == -2) {
            // An expression: only the CREATE INDEX text has it.
            key.isExpression = true;
            if (position < parsed.keys.size())
                key.expression = parsed.keys[position].expression;
            if (p.collation.compare(QLatin1String("BINARY"), Qt::CaseInsensitive) != 0)
                key.collation = p.collation;
        } else {
            key.expression = p.cid == -1 ? QStringLiteral("rowid") : p.column;
            const Column *column = table.column(p.column);
            const QString own = column && !column->collation.isEmpty() ? column->collation
                                                                       : QStringLiteral("BINARY");
            if (p.collation.compare(own, Qt::CaseInsensitive) != 0)
                key.collation = p.collation;
        }
        index.keys.append(key);
    }
    return index;
}

void addSqliteForeignKeys(Table &table, const QList<SqliteDdlParser::ForeignKey> &declared,
                          const QList<QList<SqliteForeignKeyRow>> &keys,
                          const std::function<const Table *(const QString &)> &findTable)
{
    QSet<int> matched;
    QSet<QString> usedNames;
    for (const auto &fk : declared) {
        if (!fk.name.isEmpty())
            usedNames.insert(foldSqliteName(fk.name));
    }
    for (const QList<SqliteForeignKeyRow> &parts : keys) {
        ForeignKey fk = foreignKeyFromRows(parts, findTable(parts.first().parent));
        for (int d = 0; d < declared.size(); ++d) {
            if (!matched.contains(d) && sameSqliteNames(declared[d].columns, fk.columns)
                && sameSqliteName(declared[d].parentTable, parts.first().parent)) {
                matched.insert(d);
                fk.name = declared[d].name;
                if (declared[d].onColumn)
                    fk.onColumn = fk.columns.first();
                fk.deferrable = declared[d].deferrable;
                fk.initiallyDeferred = declared[d].deferrable && declared[d].initiallyDeferred;
                break;
            }
        }
        if (fk.name.isEmpty()) {
            fk.nameGenerated = true;
            fk.name = takeFreeName(table.name + QLatin1Char('_') + fk.columns.join(QLatin1Char('_'))
                                       + QStringLiteral("_fkey"),
                                   usedNames);
        }
        table.foreignKeys.append(fk);
    }
}

} // namespace parity

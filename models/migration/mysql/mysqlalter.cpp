// The MySQL/MariaDB generator's statements for objects that already exist:
// the planner's vocabulary (drops, renames, ALTER TABLE, sequences, comments).

#include "mysqlsqlgenerator.h"

#include <QRegularExpression>

#include <algorithm>
#include <utility>

namespace parity {

namespace {

// The types that have a character set and so a collation, as COLUMN_TYPE
// spells them (binary and varbinary have none).
bool isCharacterType(const QString &type)
{
    static const QRegularExpression
        re(QStringLiteral("^\\s*(?:(?:var)?char|(?:tiny|medium|long)?text|enum|set)\\b"),
           QRegularExpression::CaseInsensitiveOption);
    return re.match(type).hasMatch();
}

QList<Column> byPosition(const Table &table)
{
    QList<Column> columns = table.columns;
    std::ranges::stable_sort(columns, {}, &Column::position);
    return columns;
}

// CREATE_OPTIONS as the server states them ("row_format=DYNAMIC
// stats_persistent=0"), each token under its lower-case key.
QList<std::pair<QString, QString>> optionTokens(const QString &options)
{
    QList<std::pair<QString, QString>> tokens;
    for (const QString &token : options.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        tokens.append({token.section(QLatin1Char('='), 0, 0).toLower(), token});
    return tokens;
}

// Setting an option back to what a table that never named it has. These
// numeric ones take no DEFAULT (MariaDB 10.11 refuses it); 0 means unset.
QString optionReset(const QString &key)
{
    static const QStringList numeric{
        QStringLiteral("checksum"),       QStringLiteral("max_rows"),
        QStringLiteral("min_rows"),       QStringLiteral("delay_key_write"),
        QStringLiteral("avg_row_length"), QStringLiteral("key_block_size"),
    };
    return key.toUpper()
           + (numeric.contains(key) ? QStringLiteral("=0") : QStringLiteral("=DEFAULT"));
}

} // namespace

QString MysqlSqlGenerator::alterTablePrefix(const Table &table) const
{
    return QStringLiteral("ALTER TABLE ") + qualifiedName(table.schema, table.name)
           + QLatin1Char(' ');
}

QString MysqlSqlGenerator::definitionIn(const Table &table, const Column &column) const
{
    // A column definition without COLLATE takes the table's default as it
    // is when the statement runs; the planner may change that default
    // before or after. Naming it gives the same column either way, and the
    // introspector reads it back as following the table once they agree.
    if (column.collation.isEmpty() && !table.collation.isEmpty() && isCharacterType(column.type)) {
        Column explicitCollation = column;
        explicitCollation.collation = table.collation;
        return columnDefinition(explicitCollation);
    }
    return columnDefinition(column);
}

QString MysqlSqlGenerator::ownChecks(const Table &table, const QString &column, const QString &leaveOut) const
{
    QString out;
    for (const CheckConstraint &check : table.checks) {
        if (check.onColumn == column && (leaveOut.isEmpty() || check.name != leaveOut))
            out += QStringLiteral(" CHECK (%1)").arg(check.expression);
    }
    return out;
}

QString MysqlSqlGenerator::positionClause(const Table &table, const QString &column) const
{
    const QList<Column> columns = byPosition(table);
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (columns.at(i).name == column)
            return i == 0 ? QStringLiteral(" FIRST")
                          : QStringLiteral(" AFTER ") + quoteIdentifier(columns.at(i - 1).name);
    }
    return {};
}

QStringList MysqlSqlGenerator::releaseAutoIncrement(const Table &table,
                                                    const QStringList &keyColumns,
                                                    const QString &keyName) const
{
    // An AUTO_INCREMENT column needs some index that starts with it; the
    // key being dropped is `keyName` ("PRIMARY" for the primary key).
    auto anotherKeyStartsWith = [&](const QString &column) {
        auto startsWith = [&](const QStringList &columns) {
            return !columns.isEmpty() && columns.first() == column;
        };
        if (keyName != QLatin1String("PRIMARY") && table.primaryKey
            && startsWith(table.primaryKey->columns))
            return true;
        for (const UniqueConstraint &u : table.uniqueConstraints) {
            if (u.name != keyName && startsWith(u.columns))
                return true;
        }
        for (const Index &index : table.indexes) {
            if (index.name != keyName && !index.keys.isEmpty() && !index.keys.first().isExpression
                && index.keys.first().expression == column)
                return true;
        }
        return false;
    };
    QStringList clauses;
    for (const QString &name : keyColumns) {
        const Column *column = table.column(name);
        if (!column || column->identity != IdentityKind::AutoIncrement
            || anotherKeyStartsWith(name))
            continue;
        Column plain = *column;
        plain.identity = IdentityKind::None;
        clauses << QStringLiteral("MODIFY COLUMN ") + definitionIn(table, plain);
    }
    return clauses;
}

QStringList MysqlSqlGenerator::restoreAutoIncrement(const Table &table,
                                                    const QStringList &keyColumns) const
{
    QStringList clauses;
    for (const QString &name : keyColumns) {
        const Column *column = table.column(name);
        if (column && column->identity == IdentityKind::AutoIncrement)
            clauses << QStringLiteral("MODIFY COLUMN ") + definitionIn(table, *column);
    }
    return clauses;
}

QStringList MysqlSqlGenerator::dropSchema(const QString &schema) const
{
    // The database is the connection's own; a script never drops it.
    Q_UNUSED(schema)
    return {};
}

QStringList MysqlSqlGenerator::dropExtension(const Extension &extension) const
{
    Q_UNUSED(extension)
    return {};
}

QStringList MysqlSqlGenerator::dropEnum(const EnumType &type) const
{
    // MySQL enums are column types, changed with their column.
    Q_UNUSED(type)
    return {};
}

QStringList MysqlSqlGenerator::dropSequence(const Sequence &sequence) const
{
    return {QStringLiteral("DROP SEQUENCE ") + qualifiedName(sequence.schema, sequence.name)};
}

QStringList MysqlSqlGenerator::dropTable(const Table &table) const
{
    return {QStringLiteral("DROP TABLE ") + qualifiedName(table.schema, table.name)};
}

QStringList MysqlSqlGenerator::dropView(const View &view) const
{
    return {QStringLiteral("DROP VIEW ") + qualifiedName(view.schema, view.name)};
}

QStringList MysqlSqlGenerator::dropRoutine(const Routine &routine) const
{
    // No overloads in MySQL: the name is enough. An aggregate (MariaDB) is a function.
    const QString kind = routine.kind == RoutineKind::Procedure ? QStringLiteral("PROCEDURE ")
                                                                : QStringLiteral("FUNCTION ");
    return {QStringLiteral("DROP ") + kind + qualifiedName(routine.schema, routine.name)};
}

QStringList MysqlSqlGenerator::dropTrigger(const QString &schema, const Trigger &trigger) const
{
    return {QStringLiteral("DROP TRIGGER ") + qualifiedName(schema, trigger.name)};
}

QStringList MysqlSqlGenerator::dropIndex(const QString &schema, const QString &owner,
                                         const Index &index) const
{
    return {QStringLiteral("DROP INDEX ") + quoteIdentifier(index.name) + QStringLiteral(" ON ")
            + qualifiedName(schema, owner)};
}

QStringList MysqlSqlGenerator::dropForeignKey(const Table &table, const ForeignKey &key) const
{
    // The index the server made for the key stays; indexes are the planner's.
    return {alterTablePrefix(table) + QStringLiteral("DROP FOREIGN KEY ")
            + quoteIdentifier(key.name)};
}

QStringList MysqlSqlGenerator::renameTable(const Table &table, const QString &newName) const
{
    return {QStringLiteral("RENAME TABLE ") + qualifiedName(table.schema, table.name)
            + QStringLiteral(" TO ") + qualifiedName(table.schema, newName)};
}

QStringList MysqlSqlGenerator::renameColumn(const Table &table, const QString &from,
                                            const QString &to) const
{
    // RENAME COLUMN: MariaDB 10.5, MySQL 8.0. It keeps the definition as it is.
    return {alterTablePrefix(table) + QStringLiteral("RENAME COLUMN ") + quoteIdentifier(from)
            + QStringLiteral(" TO ") + quoteIdentifier(to)};
}

const Index *MysqlSqlGenerator::indexAddedWithColumn(const Table &table, const Column &column) const
{
    if (column.identity != IdentityKind::AutoIncrement)
        return nullptr;
    bool inConstraint = table.primaryKey && table.primaryKey->columns.contains(column.name);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        inConstraint = inConstraint || u.columns.contains(column.name);
    if (inConstraint)
        return nullptr;
    for (const Index &index : table.indexes) {
        if (!index.keys.isEmpty() && !index.keys.first().isExpression && index.keys.first().expression == column.name)
            return &index;
    }
    return nullptr;
}

bool MysqlSqlGenerator::addsIndexWithColumn(const Table &table, const Column &column, const Index &index) const
{
    const Index *with = indexAddedWithColumn(table, column);
    return with && with->name == index.name;
}

QStringList MysqlSqlGenerator::addColumn(const Table &table, const Column &column) const
{
    Column added = column;
    QString withIndex;
    if (column.identity == IdentityKind::AutoIncrement) {
        bool inConstraint = table.primaryKey && table.primaryKey->columns.contains(column.name);
        for (const UniqueConstraint &u : table.uniqueConstraints)
            inConstraint = inConstraint || u.columns.contains(column.name);
        if (inConstraint)
            added.identity = IdentityKind::None;
        else if (const Index *index = indexAddedWithColumn(table, column))
            withIndex = QStringLiteral(", ADD ") + indexClause(*index);
    }
    return {alterTablePrefix(table) + QStringLiteral("ADD COLUMN ") + definitionIn(table, added)
            + ownChecks(table, column.name) + positionClause(table, column.name) + withIndex};
}

QStringList MysqlSqlGenerator::dropColumn(const Table &table, const Column &column) const
{
    return {alterTablePrefix(table) + QStringLiteral("DROP COLUMN ")
            + quoteIdentifier(column.name)};
}

QStringList MysqlSqlGenerator::alterColumn(const Table &table, const Column &from,
                                           const Column &to) const
{
    // MODIFY restates the whole column: whatever the definition leaves out
    // (a comment, NOT NULL, a default) is gone afterwards, so it is always
    // `to` in full. The place is stated too: `from` alone cannot tell
    // whether the column moved among its neighbours (its position number
    // also shifts when columns before it come or go), and AFTER the column
    // it already follows changes nothing.
    // MariaDB cannot MODIFY a generated column, nor make one out of a plain
    // column (error 1907): the column is dropped and added again. A column
    // that stops being generated gets the values it showed.
    if (!from.generatedExpression.isEmpty() || !to.generatedExpression.isEmpty()) {
        QStringList out = dropColumn(table, from);
        out << addColumn(table, to);
        if (!from.generatedExpression.isEmpty() && to.generatedExpression.isEmpty())
            out << QStringLiteral("UPDATE %1 SET %2 = (%3)")
                       .arg(qualifiedName(table.schema, table.name), quoteIdentifier(to.name),
                            from.generatedExpression);
        return out;
    }
    // MariaDB keeps a column's own CHECK (a column-level one, like the one a
    // JSON column gets) with the column's definition, which MODIFY replaces:
    // it is stated again in the new definition.
    return {alterTablePrefix(table) + QStringLiteral("MODIFY COLUMN ") + definitionIn(table, to)
            + ownChecks(table, to.name) + positionClause(table, to.name)};
}

QStringList MysqlSqlGenerator::addPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    const QStringList clauses =
        QStringList{QStringLiteral("ADD PRIMARY KEY ") + columnList(key.columns)}
        + restoreAutoIncrement(table, key.columns);
    return {alterTablePrefix(table) + clauses.join(QStringLiteral(", "))};
}

QStringList MysqlSqlGenerator::dropPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    const QStringList clauses = releaseAutoIncrement(table, key.columns, QStringLiteral("PRIMARY"))
                                + QStringList{QStringLiteral("DROP PRIMARY KEY")};
    return {alterTablePrefix(table) + clauses.join(QStringLiteral(", "))};
}

QStringList MysqlSqlGenerator::addUnique(const Table &table, const UniqueConstraint &unique) const
{
    const QStringList clauses =
        QStringList{QStringLiteral("ADD CONSTRAINT ") + quoteIdentifier(unique.name)
                    + QStringLiteral(" UNIQUE ") + columnList(unique.columns)}
        + restoreAutoIncrement(table, unique.columns);
    return {alterTablePrefix(table) + clauses.join(QStringLiteral(", "))};
}

QStringList MysqlSqlGenerator::dropUnique(const Table &table, const UniqueConstraint &unique) const
{
    // A UNIQUE constraint is a unique index in MySQL.
    const QStringList clauses =
        releaseAutoIncrement(table, unique.columns, unique.name)
        + QStringList{QStringLiteral("DROP INDEX ") + quoteIdentifier(unique.name)};
    return {alterTablePrefix(table) + clauses.join(QStringLiteral(", "))};
}

QStringList MysqlSqlGenerator::addCheck(const Table &table, const CheckConstraint &check) const
{
    // A column-level check is part of its column: MODIFY states the column
    // again with it (MariaDB has no ADD for one).
    if (const Column *column = check.onColumn.isEmpty() ? nullptr : table.column(check.onColumn)) {
        return {alterTablePrefix(table) + QStringLiteral("MODIFY COLUMN ") + definitionIn(table, *column)
                + ownChecks(table, column->name) + positionClause(table, column->name)};
    }
    // NOT ENFORCED exists in MySQL 8 only, and only MySQL 8 reports one.
    return {alterTablePrefix(table) + QStringLiteral("ADD CONSTRAINT ")
            + quoteIdentifier(check.name) + QStringLiteral(" CHECK (") + check.expression
            + QLatin1Char(')') + (check.validated ? QString() : QStringLiteral(" NOT ENFORCED"))};
}

QStringList MysqlSqlGenerator::dropCheck(const Table &table, const CheckConstraint &check) const
{
    // DROP CONSTRAINT does not find a column-level check: MODIFY states the
    // column again without it.
    if (const Column *column = check.onColumn.isEmpty() ? nullptr : table.column(check.onColumn)) {
        return {alterTablePrefix(table) + QStringLiteral("MODIFY COLUMN ") + definitionIn(table, *column)
                + ownChecks(table, column->name, check.name) + positionClause(table, column->name)};
    }
    // DROP CONSTRAINT: MariaDB, MySQL 8.0.19 (DROP CHECK before that).
    return {alterTablePrefix(table) + QStringLiteral("DROP CONSTRAINT ")
            + quoteIdentifier(check.name)};
}

QStringList MysqlSqlGenerator::alterTable(const Table &from, const Table &to) const
{
    QStringList clauses;
    if (!to.engine.isEmpty() && to.engine != from.engine)
        clauses << QStringLiteral("ENGINE = ") + quoteIdentifier(to.engine);
    if (!to.collation.isEmpty() && to.collation != from.collation) {
        clauses << QStringLiteral("DEFAULT COLLATE = ") + quoteIdentifier(to.collation);
        // The server changes only the default: columns that followed the
        // old one keep it, and would then read back as naming it. They are
        // re-stated as they are (FROM's definition: this runs before the
        // columns' own changes, which alterColumn makes) in the new one.
        for (const Column &c : byPosition(from)) {
            const Column *wanted = to.column(c.name);
            if (wanted && wanted->collation.isEmpty() && c.collation.isEmpty()
                && isCharacterType(c.type))
                clauses << QStringLiteral("MODIFY COLUMN ") + definitionIn(to, c);
        }
    }
    if (to.comment != from.comment)
        clauses << QStringLiteral("COMMENT = ") + quoteLiteral(to.comment);

    // Options as the server states them are valid table options as they
    // stand (as in createTable); one TO does not state goes back to default.
    const auto fromOptions = optionTokens(from.options);
    const auto toOptions = optionTokens(to.options);
    for (const auto &[key, token] : toOptions) {
        if (!fromOptions.contains(std::pair{key, token}))
            clauses << token;
    }
    for (const auto &[key, token] : fromOptions) {
        if (std::ranges::none_of(toOptions, [&](const auto &o) { return o.first == key; }))
            clauses << optionReset(key);
    }

    QStringList out;
    if (!clauses.isEmpty())
        out << alterTablePrefix(to) + clauses.join(QStringLiteral(", "));
    if (to.partitionKey != from.partitionKey) {
        out << alterTablePrefix(to)
                   + (to.partitionKey.isEmpty()
                          ? QStringLiteral("REMOVE PARTITIONING")
                          : QStringLiteral("PARTITION BY ") + to.partitionKey);
    }
    return out;
}

QStringList MysqlSqlGenerator::addEnumLabel(const EnumType &type, const QString &label,
                                            const QString &before, const QString &after) const
{
    // MySQL enums are column types: a new label is a new column type.
    Q_UNUSED(type)
    Q_UNUSED(label)
    Q_UNUSED(before)
    Q_UNUSED(after)
    return {};
}

QStringList MysqlSqlGenerator::renameEnum(const EnumType &type, const QString &newName) const
{
    Q_UNUSED(type)
    Q_UNUSED(newName)
    return {};
}

QStringList MysqlSqlGenerator::alterSequence(const Sequence &from, const Sequence &to) const
{
    // MariaDB's ALTER SEQUENCE; START WITH changes what RESTART goes back
    // to, not the next value.
    QStringList clauses;
    if (to.start != from.start)
        clauses << QStringLiteral("START WITH ") + QString::number(to.start);
    if (to.increment != from.increment)
        clauses << QStringLiteral("INCREMENT BY ") + QString::number(to.increment);
    if (to.minValue != from.minValue)
        clauses << QStringLiteral("MINVALUE ") + QString::number(to.minValue);
    if (to.maxValue != from.maxValue)
        clauses << (to.maxValue == 0 ? QStringLiteral("NO MAXVALUE")
                                     : QStringLiteral("MAXVALUE ") + QString::number(to.maxValue));
    if (to.cache != from.cache)
        clauses << (to.cache == 0 ? QStringLiteral("NOCACHE")
                                  : QStringLiteral("CACHE ") + QString::number(to.cache));
    if (to.cycle != from.cycle)
        clauses << (to.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NOCYCLE"));
    if (clauses.isEmpty())
        return {};
    return {QStringLiteral("ALTER SEQUENCE ") + qualifiedName(to.schema, to.name) + QLatin1Char(' ')
            + clauses.join(QLatin1Char(' '))};
}

QStringList MysqlSqlGenerator::commentOnSchema(const Schema &schema) const
{
    // Without a name ALTER DATABASE changes the connection's (MariaDB 10.5+
    // keeps database comments; MySQL has none to differ).
    return {QStringLiteral("ALTER DATABASE COMMENT = ") + quoteLiteral(schema.comment)};
}

QStringList MysqlSqlGenerator::commentOnEnum(const EnumType &type) const
{
    Q_UNUSED(type)
    return {};
}

QStringList MysqlSqlGenerator::commentOnView(const View &view) const
{
    // Views have no comment in MySQL.
    Q_UNUSED(view)
    return {};
}

QStringList MysqlSqlGenerator::commentOnIndex(const QString &schema, const Index &index) const
{
    // An index's comment changes only by building the index again, which is
    // the planner's drop and create, not a comment.
    Q_UNUSED(schema)
    Q_UNUSED(index)
    return {};
}

QStringList MysqlSqlGenerator::commentOnRoutine(const Routine &routine) const
{
    const QString kind = routine.kind == RoutineKind::Procedure ? QStringLiteral("PROCEDURE ")
                                                                : QStringLiteral("FUNCTION ");
    return {QStringLiteral("ALTER ") + kind + qualifiedName(routine.schema, routine.name)
            + QStringLiteral(" COMMENT ") + quoteLiteral(routine.comment)};
}

QStringList MysqlSqlGenerator::renameIndex(const QString &schema, const QString &owner, const QString &from,
                                           const QString &to) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME INDEX %2 TO %3")
                .arg(qualifiedName(schema, owner), quoteIdentifier(from), quoteIdentifier(to))};
}

} // namespace parity

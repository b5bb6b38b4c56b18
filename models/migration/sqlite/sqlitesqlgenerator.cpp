#include "sqlitesqlgenerator.h"

#include <QRegularExpression>
#include <QSet>

namespace parity {

namespace {

/// Words that SQLite's grammar may read as something other than a type
/// name. A declared type made of them is written quoted; SQLite reports the
/// same type either way.
bool isSqliteKeyword(const QString &word)
{
    static const QSet<QString> keywords = [] {
        const QString words = QStringLiteral(
            "ABORT ACTION ADD AFTER ALL ALTER ALWAYS ANALYZE AND AS ASC ATTACH AUTOINCREMENT "
            "BEFORE BEGIN BETWEEN BY CASCADE CASE CAST CHECK COLLATE COLUMN COMMIT CONFLICT "
            "CONSTRAINT CREATE CROSS CURRENT CURRENT_DATE CURRENT_TIME CURRENT_TIMESTAMP DATABASE "
            "DEFAULT DEFERRABLE DEFERRED DELETE DESC DETACH DISTINCT DO DROP EACH ELSE END ESCAPE "
            "EXCEPT EXCLUDE EXCLUSIVE EXISTS EXPLAIN FAIL FILTER FIRST FOLLOWING FOR FOREIGN FROM "
            "FULL GENERATED GLOB GROUP GROUPS HAVING IF IGNORE IMMEDIATE IN INDEX INDEXED "
            "INITIALLY INNER INSERT INSTEAD INTERSECT INTO IS ISNULL JOIN KEY LAST LEFT LIKE "
            "LIMIT MATCH MATERIALIZED NATURAL NO NOT NOTHING NOTNULL NULL NULLS OF OFFSET ON OR "
            "ORDER OTHERS OUTER OVER PARTITION PLAN PRAGMA PRECEDING PRIMARY QUERY RAISE RANGE "
            "RECURSIVE REFERENCES REGEXP REINDEX RELEASE RENAME REPLACE RESTRICT RETURNING RIGHT "
            "ROLLBACK ROW ROWS SAVEPOINT SELECT SET TABLE TEMP TEMPORARY THEN TIES TO TRANSACTION "
            "TRIGGER UNBOUNDED UNION UNIQUE UPDATE USING VACUUM VALUES VIEW VIRTUAL WHEN WHERE "
            "WINDOW WITH WITHOUT");
        const QStringList list = words.split(QLatin1Char(' '));
        return QSet<QString>(list.begin(), list.end());
    }();
    return keywords.contains(word.toUpper());
}

bool isWithoutRowid(const Table &table)
{
    return table.options.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
}

/// The one column of a single-column primary key, or null.
const Column *singlePrimaryKeyColumn(const Table &table)
{
    if (!table.primaryKey || table.primaryKey->columns.size() != 1)
        return nullptr;
    return table.column(table.primaryKey->columns.first());
}

/// A column SQLite makes an alias of the rowid when it is the primary key:
/// declared exactly INTEGER, in a table that has a rowid.
bool mayAliasRowid(const Table &table, const Column &column)
{
    return !isWithoutRowid(table)
           && column.type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0;
}

/// A table SQLite makes with a rowid of its own, as opposed to a WITHOUT
/// ROWID table or a virtual one (whose module decides).
bool hasOwnRowid(const Table &table)
{
    return !isWithoutRowid(table)
           && !table.options.startsWith(QLatin1String("USING "), Qt::CaseInsensitive);
}

/// The column that is the rowid under another name (INTEGER PRIMARY KEY), or null.
const Column *rowidAlias(const Table &table)
{
    const Column *key = singlePrimaryKeyColumn(table);
    return key && mayAliasRowid(table, *key) && !table.primaryKey->descending ? key : nullptr;
}

/// The first of SQLite's three names for the rowid that no column of
/// either table takes for itself; empty when the columns take all three.
QString freeRowidName(const Table &from, const Table &to)
{
    for (const char *candidate : {"rowid", "_rowid_", "oid"}) {
        const QString name = QLatin1String(candidate);
        auto taken = [&](const Table &table) {
            for (const Column &column : table.columns) {
                if (column.name.compare(name, Qt::CaseInsensitive) == 0)
                    return true;
            }
            return false;
        };
        if (!taken(from) && !taken(to))
            return name;
    }
    return {};
}

bool usesAutoIncrement(const Table &table)
{
    for (const Column &column : table.columns) {
        if (column.identity == IdentityKind::AutoIncrement)
            return true;
    }
    return false;
}

} // namespace

Dialect SqliteSqlGenerator::dialect() const
{
    return Dialect::SQLite;
}

QString SqliteSqlGenerator::quoteIdentifier(const QString &name) const
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

QString SqliteSqlGenerator::quoteLiteral(const QString &text) const
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString SqliteSqlGenerator::qualifiedName(const QString &schema, const QString &name) const
{
    Q_UNUSED(schema)
    return quoteIdentifier(name);
}

QStringList SqliteSqlGenerator::createSchema(const Schema &schema) const
{
    Q_UNUSED(schema)
    return {};
}

QStringList SqliteSqlGenerator::createExtension(const Extension &extension) const
{
    Q_UNUSED(extension)
    return {};
}

QStringList SqliteSqlGenerator::createEnum(const EnumType &type) const
{
    Q_UNUSED(type)
    return {};
}

QStringList SqliteSqlGenerator::createSequence(const Sequence &sequence) const
{
    Q_UNUSED(sequence)
    return {};
}

QStringList SqliteSqlGenerator::sequenceOwnership(const Sequence &sequence) const
{
    Q_UNUSED(sequence)
    return {};
}

QStringList SqliteSqlGenerator::createRoutine(const Routine &routine) const
{
    Q_UNUSED(routine)
    return {};
}

QString SqliteSqlGenerator::constraintName(const QString &name) const
{
    return name.isEmpty() ? QString() : QStringLiteral("CONSTRAINT %1 ").arg(quoteIdentifier(name));
}

QString SqliteSqlGenerator::quotedList(const QStringList &names) const
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << quoteIdentifier(name);
    return quoted.join(QStringLiteral(", "));
}

QString SqliteSqlGenerator::columnType(const QString &declared) const
{
    // SQLite keeps the declared type as written, minus the quotes of a quoted
    // name. Plain words go back as they are; anything else (a keyword, a
    // character no bare word may hold) goes back quoted, which SQLite reports
    // as the same type. The "(n, m)" that may follow is always numbers and
    // keeps its spacing, which SQLite keeps too.
    static const QRegularExpression split(QStringLiteral("^(.*?)(\\s*\\([^()]*\\))?$"),
                                          QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression plainWord(QStringLiteral("^[^\\W\\d]\\w*$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = split.match(declared);
    const QString base = m.captured(1);
    const QString arguments = m.captured(2);
    const QStringList words = base.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    bool plain = !words.isEmpty() && base == words.join(QLatin1Char(' '));
    for (const QString &word : words)
        plain = plain && plainWord.match(word).hasMatch() && !isSqliteKeyword(word);
    if (base.isEmpty())
        return declared; // only "(n)": SQLite would not have accepted it, keep it as read
    return (plain ? base : quoteIdentifier(base)) + arguments;
}

QString SqliteSqlGenerator::defaultClause(const QString &expression) const
{
    // SQLite stores DEFAULT (expr) as expr without its parentheses, and
    // needs them back unless the default is a single literal or name. Those
    // it stores exactly as written, quotes included, so they go back as read.
    static const QRegularExpression
        single(QStringLiteral(
                   "^(?:[+-]?(?:0[xX][0-9a-fA-F]+|(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)"
                   "|'(?:[^']|'')*'"
                   "|[xX]'[0-9a-fA-F]*'"
                   "|\"(?:[^\"]|\"\")*\""
                   "|`(?:[^`]|``)*`"
                   "|\\[[^\\]]*\\]"
                   "|[^\\W\\d]\\w*)$"),
               QRegularExpression::UseUnicodePropertiesOption);
    if (single.match(expression).hasMatch())
        return QStringLiteral("DEFAULT ") + expression;
    return QStringLiteral("DEFAULT (%1)").arg(expression);
}

QString SqliteSqlGenerator::columnDefinition(const Table &table, const Column &column) const
{
    QStringList parts{quoteIdentifier(column.name)};
    if (!column.type.isEmpty())
        parts << columnType(column.type);

    if (!column.nullable)
        parts << QStringLiteral("NOT NULL");
    if (const Column *key = singlePrimaryKeyColumn(table);
        key && key->name == column.name && !table.primaryKey->tableLevel) {
        // A one-column key written on its column goes there again. An
        // INTEGER key is a rowid alias, unless it was declared PRIMARY KEY
        // DESC, the one form that is not.
        if (!table.primaryKey->name.isEmpty())
            parts << QStringLiteral("CONSTRAINT") << quoteIdentifier(table.primaryKey->name);
        parts << QStringLiteral("PRIMARY KEY");
        if (table.primaryKey->descending)
            parts << QStringLiteral("DESC");
        if (column.identity == IdentityKind::AutoIncrement)
            parts << QStringLiteral("AUTOINCREMENT");
    }
    // Constraints TO wrote in the column's definition go there again.
    auto named = [&](const auto &constraint) {
        return constraint.nameGenerated ? QString() : constraintName(constraint.name);
    };
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (unique.onColumn == column.name)
            parts << named(unique) + QStringLiteral("UNIQUE");
    }
    if (!column.defaultExpression.isEmpty())
        parts << defaultClause(column.defaultExpression);
    if (!column.collation.isEmpty())
        parts << QStringLiteral("COLLATE") << quoteIdentifier(column.collation);
    for (const CheckConstraint &check : table.checks) {
        if (check.onColumn == column.name)
            parts << named(check) + QStringLiteral("CHECK (%1)").arg(check.expression);
    }
    for (const ForeignKey &key : table.foreignKeys) {
        if (key.onColumn == column.name)
            parts << named(key) + referencesClause(key);
    }
    if (!column.generatedExpression.isEmpty()) {
        // As written: SQLite keeps the words in its schema text.
        if (!column.generatedShort)
            parts << QStringLiteral("GENERATED ALWAYS");
        parts << QStringLiteral("AS (%1)").arg(column.generatedExpression);
        if (!column.generatedKindOmitted)
            parts << (column.generatedStored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    }
    return parts.join(QLatin1Char(' '));
}

QString SqliteSqlGenerator::foreignKeyClause(const ForeignKey &key) const
{
    return (key.nameGenerated ? QString() : constraintName(key.name))
           + QStringLiteral("FOREIGN KEY (%1) ").arg(quotedList(key.columns)) + referencesClause(key);
}

QString SqliteSqlGenerator::referencesClause(const ForeignKey &key) const
{
    QString clause = QStringLiteral("REFERENCES %1")
                         .arg(quoteIdentifier(key.referencedAs.isEmpty() ? key.referencedTable : key.referencedAs));
    // No columns: the parent had no primary key to name when it was read,
    // and SQLite will use whatever key it has.
    if (!key.referencedColumns.isEmpty())
        clause += QStringLiteral(" (%1)").arg(quotedList(key.referencedColumns));
    if (!key.onDelete.isEmpty()
        && key.onDelete.compare(QLatin1String("NO ACTION"), Qt::CaseInsensitive) != 0)
        clause += QStringLiteral(" ON DELETE ") + key.onDelete.toUpper();
    if (!key.onUpdate.isEmpty()
        && key.onUpdate.compare(QLatin1String("NO ACTION"), Qt::CaseInsensitive) != 0)
        clause += QStringLiteral(" ON UPDATE ") + key.onUpdate.toUpper();
    if (!key.match.isEmpty())
        clause += QStringLiteral(" MATCH ") + quoteIdentifier(key.match);
    if (key.deferrable)
        clause += key.initiallyDeferred ? QStringLiteral(" DEFERRABLE INITIALLY DEFERRED")
                                        : QStringLiteral(" DEFERRABLE INITIALLY IMMEDIATE");
    return clause;
}

QStringList SqliteSqlGenerator::createTable(const Table &table, bool withForeignKeys) const
{
    // SQLite has no ALTER TABLE … ADD CONSTRAINT: the keys go in now or never.
    Q_UNUSED(withForeignKeys)
    const QString name = qualifiedName(table.schema, table.name);
    if (table.options.startsWith(QLatin1String("USING "), Qt::CaseInsensitive)) {
        // A virtual table's module arguments are its whole definition; the
        // module makes its columns and shadow tables.
        return {QStringLiteral("CREATE VIRTUAL TABLE %1 %2").arg(name, table.options)};
    }

    QStringList lines;
    for (const Column &column : table.columns)
        lines << columnDefinition(table, column);
    if (const Column *single = singlePrimaryKeyColumn(table); table.primaryKey && (!single || table.primaryKey->tableLevel)) {
        // PRIMARY KEY (a AUTOINCREMENT) is SQLite's table-level form of it.
        const QString columns = quotedList(table.primaryKey->columns)
                                + (single && single->identity == IdentityKind::AutoIncrement ? QStringLiteral(" AUTOINCREMENT")
                                                                                           : QString());
        lines << constraintName(table.primaryKey->name) + QStringLiteral("PRIMARY KEY (%1)").arg(columns);
    }
    // Constraints written on a column are in its definition already.
    auto onColumn = [&](const QString &column) { return !column.isEmpty() && table.column(column); };
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        if (onColumn(unique.onColumn))
            continue;
        lines << (unique.nameGenerated ? QString() : constraintName(unique.name))
                     + QStringLiteral("UNIQUE (%1)").arg(quotedList(unique.columns));
    }
    for (const CheckConstraint &check : table.checks) {
        if (onColumn(check.onColumn))
            continue;
        lines << (check.nameGenerated ? QString() : constraintName(check.name))
                     + QStringLiteral("CHECK (%1)").arg(check.expression);
    }
    for (const ForeignKey &key : table.foreignKeys) {
        if (!onColumn(key.onColumn))
            lines << foreignKeyClause(key);
    }

    QString statement = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                            .arg(name, lines.join(QStringLiteral(",\n    ")));
    if (!table.options.isEmpty())
        statement +=
            QLatin1Char(' ') + table.options; // "WITHOUT ROWID, STRICT" is SQLite's own syntax
    return {statement};
}

QStringList SqliteSqlGenerator::addForeignKey(const Table &table, const ForeignKey &key) const
{
    // createTable wrote it already; SQLite could not add it now.
    Q_UNUSED(table)
    Q_UNUSED(key)
    return {};
}

QStringList SqliteSqlGenerator::createIndex(const QString &schema, const QString &owner,
                                            const Index &index) const
{
    QStringList keys;
    for (const IndexKey &key : index.keys) {
        if (key.expression.isEmpty() && !index.definition.isEmpty())
            return {index.definition}; // the introspector could not read an expression key
        QString text = key.isExpression ? key.expression : quoteIdentifier(key.expression);
        if (!key.collation.isEmpty())
            text += QStringLiteral(" COLLATE ") + quoteIdentifier(key.collation);
        if (key.descending)
            text += QStringLiteral(" DESC");
        keys << text;
    }
    QString statement =
        QStringLiteral("CREATE %1INDEX %2 ON %3 (%4)")
            .arg(index.unique ? QStringLiteral("UNIQUE ") : QString(), quoteIdentifier(index.name),
                 qualifiedName(schema, owner), keys.join(QStringLiteral(", ")));
    if (!index.predicate.isEmpty())
        statement += QStringLiteral(" WHERE ") + index.predicate;
    return {statement};
}

QStringList SqliteSqlGenerator::createView(const View &view) const
{
    // A column list only where the view had one: SQLite keeps the text as
    // written, so a list TO never had would be a difference of its own.
    QString statement = QStringLiteral("CREATE VIEW %1").arg(qualifiedName(view.schema, view.name));
    if (view.columnsDeclared && !view.columns.isEmpty())
        statement += QStringLiteral(" (%1)").arg(quotedList(view.columns));
    return {statement + QStringLiteral(" AS\n") + view.definition};
}

QStringList SqliteSqlGenerator::createTrigger(const QString &schema, const Trigger &trigger) const
{
    // The catalog holds SQLite's own CREATE TRIGGER text, which names its
    // table within.
    Q_UNUSED(schema)
    return {trigger.definition};
}

QString SqliteSqlGenerator::scriptStatement(const QString &statement) const
{
    const QString lastLine = statement.section(QLatin1Char('\n'), -1);
    if (lastLine.contains(QLatin1String("--")))
        return statement + QStringLiteral("\n;");
    return statement + QLatin1Char(';');
}

QStringList SqliteSqlGenerator::dropSchema(const QString &schema) const
{
    Q_UNUSED(schema)
    return {};
}

QStringList SqliteSqlGenerator::dropExtension(const Extension &extension) const
{
    Q_UNUSED(extension)
    return {};
}

QStringList SqliteSqlGenerator::dropEnum(const EnumType &type) const
{
    Q_UNUSED(type)
    return {};
}

QStringList SqliteSqlGenerator::dropSequence(const Sequence &sequence) const
{
    Q_UNUSED(sequence)
    return {};
}

QStringList SqliteSqlGenerator::dropTable(const Table &table) const
{
    // A virtual table's shadow tables go with it.
    return {QStringLiteral("DROP TABLE %1").arg(qualifiedName(table.schema, table.name))};
}

QStringList SqliteSqlGenerator::dropView(const View &view) const
{
    return {QStringLiteral("DROP VIEW %1").arg(qualifiedName(view.schema, view.name))};
}

QStringList SqliteSqlGenerator::dropRoutine(const Routine &routine) const
{
    Q_UNUSED(routine)
    return {};
}

QStringList SqliteSqlGenerator::dropTrigger(const QString &schema, const Trigger &trigger) const
{
    return {QStringLiteral("DROP TRIGGER %1").arg(qualifiedName(schema, trigger.name))};
}

QStringList SqliteSqlGenerator::dropIndex(const QString &schema, const QString &owner,
                                          const Index &index) const
{
    // Index names are the schema's, not the table's.
    Q_UNUSED(owner)
    return {QStringLiteral("DROP INDEX %1").arg(qualifiedName(schema, index.name))};
}

QStringList SqliteSqlGenerator::dropForeignKey(const Table &table, const ForeignKey &key) const
{
    // The key is part of the table's definition: only a rebuild removes it.
    Q_UNUSED(table)
    Q_UNUSED(key)
    return {};
}

QStringList SqliteSqlGenerator::renameTable(const Table &table, const QString &newName) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(newName))};
}

QStringList SqliteSqlGenerator::renameColumn(const Table &table, const QString &from,
                                             const QString &to) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(from),
                     quoteIdentifier(to))};
}

QStringList SqliteSqlGenerator::addColumn(const Table &table, const Column &column) const
{
    return {QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                .arg(qualifiedName(table.schema, table.name), columnDefinition(table, column))};
}

QStringList SqliteSqlGenerator::dropColumn(const Table &table, const Column &column) const
{
    return {QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(column.name))};
}

// SQLite has no ALTER COLUMN and no ADD/DROP CONSTRAINT, and keeps no table
// properties that could change in place: each of these is a rebuild.

QStringList SqliteSqlGenerator::alterColumn(const Table &table, const Column &from,
                                            const Column &to) const
{
    Q_UNUSED(table)
    Q_UNUSED(from)
    Q_UNUSED(to)
    return {};
}

QStringList SqliteSqlGenerator::addPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    Q_UNUSED(table)
    Q_UNUSED(key)
    return {};
}

QStringList SqliteSqlGenerator::dropPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    Q_UNUSED(table)
    Q_UNUSED(key)
    return {};
}

QStringList SqliteSqlGenerator::addUnique(const Table &table, const UniqueConstraint &unique) const
{
    Q_UNUSED(table)
    Q_UNUSED(unique)
    return {};
}

QStringList SqliteSqlGenerator::dropUnique(const Table &table, const UniqueConstraint &unique) const
{
    Q_UNUSED(table)
    Q_UNUSED(unique)
    return {};
}

QStringList SqliteSqlGenerator::addCheck(const Table &table, const CheckConstraint &check) const
{
    Q_UNUSED(table)
    Q_UNUSED(check)
    return {};
}

QStringList SqliteSqlGenerator::dropCheck(const Table &table, const CheckConstraint &check) const
{
    Q_UNUSED(table)
    Q_UNUSED(check)
    return {};
}

QStringList SqliteSqlGenerator::alterTable(const Table &from, const Table &to) const
{
    Q_UNUSED(from)
    Q_UNUSED(to)
    return {};
}

QStringList SqliteSqlGenerator::rebuildTable(
    const Table &from, const Table &to, const QList<std::pair<QString, QString>> &sources) const
{
    Table rebuilt = to;
    // Only has to differ from the tables that exist meanwhile; should a
    // user's table already have it, CREATE TABLE fails before any change.
    rebuilt.name = QStringLiteral("parity_new_") + to.name;
    const QString oldName = qualifiedName(from.schema, from.name);
    const QString newName = qualifiedName(rebuilt.schema, rebuilt.name);

    QStringList statements = createTable(rebuilt, true);

    // TO's columns in TO's order, each with the FROM column it reads. A
    // generated column computes its own values and refuses any other.
    QStringList targets;
    QStringList reads;
    for (const Column &column : to.columns) {
        if (!column.generatedExpression.isEmpty())
            continue;
        for (const auto &[toColumn, fromColumn] : sources) {
            if (toColumn == column.name) {
                targets << quoteIdentifier(toColumn);
                reads << quoteIdentifier(fromColumn);
                break;
            }
        }
    }
    // Rows keep their rowid where nothing else would carry it: an index,
    // a trigger or the application may hold it.
    if (hasOwnRowid(from) && hasOwnRowid(to) && !rowidAlias(to)) {
        if (const QString rowid = freeRowidName(from, to); !rowid.isEmpty()) {
            targets.prepend(quoteIdentifier(rowid));
            reads.prepend(quoteIdentifier(rowid));
        }
    }
    if (!targets.isEmpty()) {
        statements << QStringLiteral("INSERT INTO %1 (%2)\nSELECT %3 FROM %4")
                          .arg(newName, targets.join(QStringLiteral(", ")),
                               reads.join(QStringLiteral(", ")), oldName);
    }

    if (usesAutoIncrement(from) && usesAutoIncrement(to)) {
        // The copy set the new table's counter to its largest key; FROM's may
        // be higher (its last rows were deleted). DROP TABLE forgets FROM's,
        // and RENAME carries the new one's over.
        const QString sequence = quoteIdentifier(QStringLiteral("sqlite_sequence"));
        const QString name = quoteIdentifier(QStringLiteral("name"));
        const QString seq = quoteIdentifier(QStringLiteral("seq"));
        const QString oldLiteral = quoteLiteral(from.name);
        const QString newLiteral = quoteLiteral(rebuilt.name);
        statements << QStringLiteral("UPDATE %1 SET %2 = max(%2, coalesce((SELECT %2 FROM %1 "
                                     "WHERE %3 = %4), 0)) WHERE %3 = %5")
                          .arg(sequence, seq, name, oldLiteral, newLiteral)
                   << QStringLiteral("INSERT INTO %1 (%3, %2) SELECT %5, %2 FROM %1 WHERE %3 = %4 "
                                     "AND NOT EXISTS (SELECT 1 FROM %1 WHERE %3 = %5)")
                          .arg(sequence, seq, name, oldLiteral, newLiteral);
    }

    statements << QStringLiteral("DROP TABLE %1").arg(oldName)
               << QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                      .arg(newName, qualifiedName(to.schema, to.name));
    return statements;
}

QStringList SqliteSqlGenerator::beforeRebuilds() const
{
    return {QStringLiteral("PRAGMA foreign_keys = OFF")};
}

QStringList SqliteSqlGenerator::afterRebuilds() const
{
    const QString table = quoteIdentifier(QStringLiteral("parity_foreign_key_check"));
    return {QStringLiteral("CREATE TEMP TABLE %1 (broken_rows INTEGER CHECK (broken_rows = 0))").arg(table),
            QStringLiteral("INSERT INTO %1 SELECT count(*) FROM pragma_foreign_key_check").arg(table),
            QStringLiteral("DROP TABLE %1").arg(table)};
}

} // namespace parity

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

    bool rowidAlias = false;
    if (const Column *key = singlePrimaryKeyColumn(table); key && key->name == column.name) {
        // A one-column key is written on its column: only there may it carry
        // AUTOINCREMENT. An INTEGER key is then a rowid alias, which the
        // introspector reports as NOT NULL; an INTEGER key that is nullable
        // was declared PRIMARY KEY DESC, the one form that is not an alias.
        if (!table.primaryKey->name.isEmpty())
            parts << QStringLiteral("CONSTRAINT") << quoteIdentifier(table.primaryKey->name);
        parts << QStringLiteral("PRIMARY KEY");
        if (mayAliasRowid(table, column)) {
            if (column.nullable)
                parts << QStringLiteral("DESC");
            else
                rowidAlias = true;
        }
        if (column.identity == IdentityKind::AutoIncrement)
            parts << QStringLiteral("AUTOINCREMENT");
    }
    // NOT NULL on a rowid alias changes nothing: SQLite gives a NULL a new rowid.
    if (!column.nullable && !rowidAlias)
        parts << QStringLiteral("NOT NULL");
    if (!column.defaultExpression.isEmpty())
        parts << defaultClause(column.defaultExpression);
    if (!column.collation.isEmpty())
        parts << QStringLiteral("COLLATE") << quoteIdentifier(column.collation);
    if (!column.generatedExpression.isEmpty()) {
        parts << QStringLiteral("GENERATED ALWAYS AS (%1)").arg(column.generatedExpression)
              << (column.generatedStored ? QStringLiteral("STORED") : QStringLiteral("VIRTUAL"));
    }
    return parts.join(QLatin1Char(' '));
}

QString SqliteSqlGenerator::foreignKeyClause(const ForeignKey &key) const
{
    QString clause = constraintName(key.name);
    clause += QStringLiteral("FOREIGN KEY (%1) REFERENCES %2")
                  .arg(quotedList(key.columns), quoteIdentifier(key.referencedTable));
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
    if (table.primaryKey && !singlePrimaryKeyColumn(table)) {
        lines
            << constraintName(table.primaryKey->name)
                   + QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(table.primaryKey->columns));
    }
    for (const UniqueConstraint &unique : table.uniqueConstraints) {
        lines << constraintName(unique.name)
                     + QStringLiteral("UNIQUE (%1)").arg(quotedList(unique.columns));
    }
    for (const CheckConstraint &check : table.checks) {
        lines << constraintName(check.name) + QStringLiteral("CHECK (%1)").arg(check.expression);
    }
    for (const ForeignKey &key : table.foreignKeys)
        lines << foreignKeyClause(key);

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
    // The column list keeps the names the view had: without it they would
    // come from the SELECT, which may have been renamed by a list too. A
    // view that no longer compiles has no known columns and gets no list.
    QString statement = QStringLiteral("CREATE VIEW %1").arg(qualifiedName(view.schema, view.name));
    if (!view.columns.isEmpty())
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

} // namespace parity

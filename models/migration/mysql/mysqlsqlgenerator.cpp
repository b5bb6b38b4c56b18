#include "mysqlsqlgenerator.h"

#include <QRegularExpression>

namespace parity {

namespace {

// A DEFAULT the parser takes bare: a literal (string, number, bit, hex,
// charset-introduced), NULL, or CURRENT_TIMESTAMP, which MySQL 8 takes bare
// only for TIMESTAMP/DATETIME columns. Anything else (uuid(), "(1 + 2)")
// goes in parentheses, which both flavours accept and MariaDB reads back as
// it was: "((1 + 2))" is stored as "(1 + 2)".
bool defaultNeedsNoParentheses(const QString &expression)
{
    // One string literal: quotes doubled or backslash-escaped inside.
    static const QString string = QStringLiteral("'(?:[^'\\\\]|''|\\\\.)*'");
    static const QRegularExpression bare(
        QStringLiteral("^(?:(?:_\\w+|[bxn])?%1|[-+]?[0-9.]+(?:e[-+]?[0-9]+)?|0x[0-9a-f]+|null|"
                       "current_timestamp(?:\\(\\d*\\))?)$")
            .arg(string),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return bare.match(expression.trimmed()).hasMatch();
}

// The index method as a USING clause. BTREE is the method of every index
// information_schema does not say otherwise of, whether or not its CREATE
// said USING BTREE, and SHOW CREATE TABLE shows the clause only where it was
// written: so it is written only where the reader saw it (methodStated).
// HASH is stated. FULLTEXT and SPATIAL are index kinds, not methods, and go
// before INDEX instead.
QString usingClause(const Index &index)
{
    const QString m = index.method.toUpper();
    if (m == QLatin1String("HASH") || (index.methodStated && !m.isEmpty()))
        return QStringLiteral(" USING ") + m;
    return {};
}

QString indexKind(const Index &index)
{
    const QString m = index.method.toUpper();
    if (m == QLatin1String("FULLTEXT") || m == QLatin1String("SPATIAL"))
        return m + QLatin1Char(' ');
    return index.unique ? QStringLiteral("UNIQUE ") : QString();
}

// CREATE FUNCTION/PROCEDURE/TRIGGER/EVENT, possibly with OR REPLACE and a
// DEFINER: the statements whose bodies may hold semicolons.
bool isCompoundCreate(const QString &statement)
{
    static const QRegularExpression re(
        QStringLiteral("^\\s*CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:DEFINER\\s*=\\s*\\S+\\s+)?"
                       "(?:AGGREGATE\\s+)?(?:FUNCTION|PROCEDURE|TRIGGER|EVENT)\\b"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(statement).hasMatch();
}

} // namespace

Dialect MysqlSqlGenerator::dialect() const
{
    return Dialect::MySQL;
}

QString MysqlSqlGenerator::quoteIdentifier(const QString &name) const
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString MysqlSqlGenerator::quoteLiteral(const QString &text) const
{
    // Backslashes first: the server reads \ as an escape unless
    // NO_BACKSLASH_ESCAPES is set, and a doubled one means itself either way.
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString MysqlSqlGenerator::qualifiedName(const QString &schema, const QString &name) const
{
    Q_UNUSED(schema)
    return quoteIdentifier(name);
}

QString MysqlSqlGenerator::foreignTableName(const Table &table, const ForeignKey &key) const
{
    // A reference into another database is the one place a script has to
    // name a database; one into the table's own stays unqualified.
    if (!key.referencedSchema.isEmpty() && key.referencedSchema != table.schema)
        return quoteIdentifier(key.referencedSchema) + QLatin1Char('.')
               + quoteIdentifier(key.referencedTable);
    return quoteIdentifier(key.referencedTable);
}

QStringList MysqlSqlGenerator::createSchema(const Schema &schema) const
{
    // The database is the connection's and exists already; ALTER DATABASE
    // without a name changes the current one. Scripts are UTF-8, while the
    // client's own default may be latin1 or utf8mb3 (which has no emoji), so
    // the script says how to read its names and literals.
    QStringList out{QStringLiteral("SET NAMES utf8mb4")};
    if (!schema.comment.isEmpty())
        out << QStringLiteral("ALTER DATABASE COMMENT = ") + quoteLiteral(schema.comment);
    return out;
}

QStringList MysqlSqlGenerator::createExtension(const Extension &extension) const
{
    Q_UNUSED(extension)
    return {};
}

QStringList MysqlSqlGenerator::createEnum(const EnumType &type) const
{
    Q_UNUSED(type)
    return {};
}

QStringList MysqlSqlGenerator::createSequence(const Sequence &sequence) const
{
    QString sql = QStringLiteral("CREATE SEQUENCE %1 START WITH %2 INCREMENT BY %3 MINVALUE %4")
                      .arg(qualifiedName(sequence.schema, sequence.name),
                           QString::number(sequence.start), QString::number(sequence.increment),
                           QString::number(sequence.minValue));
    sql += sequence.maxValue == 0 ? QStringLiteral(" NO MAXVALUE")
                                  : QStringLiteral(" MAXVALUE %1").arg(sequence.maxValue);
    sql += sequence.cache == 0 ? QStringLiteral(" NOCACHE")
                               : QStringLiteral(" CACHE %1").arg(sequence.cache);
    sql += sequence.cycle ? QStringLiteral(" CYCLE") : QStringLiteral(" NOCYCLE");
    return {sql};
}

QString MysqlSqlGenerator::columnDefinition(const Column &c) const
{
    QString sql = quoteIdentifier(c.name) + QLatin1Char(' ') + c.type;
    if (!c.collation.isEmpty())
        sql += QStringLiteral(" COLLATE ") + quoteIdentifier(c.collation);
    if (!c.generatedExpression.isEmpty()) {
        // MariaDB refuses NULL/NOT NULL and DEFAULT on generated columns.
        sql += QStringLiteral(" AS (") + c.generatedExpression + QLatin1Char(')');
        sql += c.generatedStored ? QStringLiteral(" STORED") : QStringLiteral(" VIRTUAL");
    } else {
        sql += c.nullable ? QStringLiteral(" NULL") : QStringLiteral(" NOT NULL");
        if (!c.defaultExpression.isEmpty()) {
            sql += QStringLiteral(" DEFAULT ");
            sql += defaultNeedsNoParentheses(c.defaultExpression)
                       ? c.defaultExpression
                       : QLatin1Char('(') + c.defaultExpression + QLatin1Char(')');
        }
        if (!c.onUpdateExpression.isEmpty())
            sql += QStringLiteral(" ON UPDATE ") + c.onUpdateExpression;
        if (c.identity == IdentityKind::AutoIncrement)
            sql += QStringLiteral(" AUTO_INCREMENT");
    }
    if (c.invisible)
        sql += QStringLiteral(" INVISIBLE");
    if (!c.comment.isEmpty())
        sql += QStringLiteral(" COMMENT ") + quoteLiteral(c.comment);
    return sql;
}

QString MysqlSqlGenerator::columnList(const QStringList &columns) const
{
    QStringList quoted;
    for (const QString &c : columns)
        quoted << quoteIdentifier(c);
    return QLatin1Char('(') + quoted.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString MysqlSqlGenerator::foreignKeyClause(const Table &table, const ForeignKey &key) const
{
    QString sql = QStringLiteral("CONSTRAINT %1 FOREIGN KEY %2 REFERENCES %3 %4")
                      .arg(quoteIdentifier(key.name), columnList(key.columns),
                           foreignTableName(table, key), columnList(key.referencedColumns));
    if (!key.match.isEmpty())
        sql += QStringLiteral(" MATCH ") + key.match.toUpper();
    // NO ACTION is the default and the server reports it as "RESTRICT" or
    // "NO ACTION" exactly as written, so each is written as it was read.
    if (!key.onDelete.isEmpty())
        sql += QStringLiteral(" ON DELETE ") + key.onDelete.toUpper();
    if (!key.onUpdate.isEmpty())
        sql += QStringLiteral(" ON UPDATE ") + key.onUpdate.toUpper();
    return sql;
}

QStringList MysqlSqlGenerator::createTable(const Table &table, bool withForeignKeys) const
{
    QStringList parts;
    QList<Column> columns = table.columns;
    std::ranges::stable_sort(columns, {}, &Column::position);
    for (const Column &c : columns)
        parts << columnDefinition(c) + ownChecks(table, c.name);
    if (table.primaryKey && !table.primaryKey->columns.isEmpty())
        parts << QStringLiteral("PRIMARY KEY ") + columnList(table.primaryKey->columns);
    for (const UniqueConstraint &u : table.uniqueConstraints)
        parts << QStringLiteral("CONSTRAINT %1 UNIQUE %2")
                     .arg(quoteIdentifier(u.name), columnList(u.columns));
    for (const CheckConstraint &check : table.checks) {
        if (!check.onColumn.isEmpty() && table.column(check.onColumn))
            continue; // written with its column
        // NOT ENFORCED exists in MySQL 8 only, and only MySQL 8 reports one.
        parts << QStringLiteral("CONSTRAINT %1 CHECK (%2)%3")
                     .arg(quoteIdentifier(check.name), check.expression,
                          check.validated ? QString() : QStringLiteral(" NOT ENFORCED"));
    }
    if (withForeignKeys) {
        // As in addForeignKey: an index named like a key goes in first, so
        // the server does not invent one of that name.
        for (const ForeignKey &fk : table.foreignKeys) {
            for (const Index &index : table.indexes) {
                if (index.name == fk.name)
                    parts << indexClause(index);
            }
        }
        for (const ForeignKey &fk : table.foreignKeys)
            parts << foreignKeyClause(table, fk);
    }

    QString sql = QStringLiteral("CREATE TABLE %1 (\n    %2\n)")
                      .arg(qualifiedName(table.schema, table.name),
                           parts.join(QStringLiteral(",\n    ")));
    QStringList options;
    if (!table.engine.isEmpty())
        options << QStringLiteral("ENGINE=") + table.engine;
    if (!table.collation.isEmpty())
        options << QStringLiteral("DEFAULT COLLATE=") + table.collation;
    // CREATE_OPTIONS as the server states them (row_format=DYNAMIC,
    // stats_persistent=0, …) are valid table options as they stand.
    if (!table.options.isEmpty())
        options << table.options;
    if (!table.comment.isEmpty())
        options << QStringLiteral("COMMENT=") + quoteLiteral(table.comment);
    if (!options.isEmpty())
        sql += QLatin1Char(' ') + options.join(QLatin1Char(' '));
    if (table.kind == TableKind::Partitioned && !table.partitionKey.isEmpty())
        sql += QStringLiteral("\nPARTITION BY ") + table.partitionKey;
    return {sql};
}

QStringList MysqlSqlGenerator::addForeignKey(const Table &table, const ForeignKey &key) const
{
    // Scripts create a table's indexes before its foreign keys, so a key
    // finds the index it needs in place and the server invents none.
    return {QStringLiteral("ALTER TABLE %1 ADD %2")
                .arg(qualifiedName(table.schema, table.name), foreignKeyClause(table, key))};
}

QString MysqlSqlGenerator::keyList(const Index &index) const
{
    QStringList keys;
    for (const IndexKey &key : index.keys) {
        QString part = key.isExpression ? QLatin1Char('(') + key.expression + QLatin1Char(')')
                                        : quoteIdentifier(key.expression);
        if (key.prefixLength > 0)
            part += QStringLiteral("(%1)").arg(key.prefixLength);
        if (key.descending)
            part += QStringLiteral(" DESC");
        keys << part;
    }
    return QLatin1Char('(') + keys.join(QStringLiteral(", ")) + QLatin1Char(')');
}

QString MysqlSqlGenerator::indexClause(const Index &index) const
{
    QString sql = indexKind(index) + QStringLiteral("INDEX ") + quoteIdentifier(index.name)
                  + QLatin1Char(' ') + keyList(index) + usingClause(index);
    if (!index.comment.isEmpty())
        sql += QStringLiteral(" COMMENT ") + quoteLiteral(index.comment);
    return sql;
}

QStringList MysqlSqlGenerator::createIndex(const QString &schema, const QString &owner,
                                           const Index &index) const
{
    QString sql = QStringLiteral("CREATE %1INDEX %2 ON %3 %4%5")
                      .arg(indexKind(index), quoteIdentifier(index.name),
                           qualifiedName(schema, owner), keyList(index), usingClause(index));
    if (!index.comment.isEmpty())
        sql += QStringLiteral(" COMMENT ") + quoteLiteral(index.comment);
    return {sql};
}

QStringList MysqlSqlGenerator::createView(const View &view) const
{
    QString sql = QStringLiteral("CREATE VIEW %1 AS %2")
                      .arg(qualifiedName(view.schema, view.name), view.definition);
    if (!view.checkOption.isEmpty())
        sql += QStringLiteral(" WITH %1 CHECK OPTION").arg(view.checkOption.toUpper());
    return {sql};
}

QStringList MysqlSqlGenerator::createRoutine(const Routine &routine) const
{
    // The introspector leaves the definition empty when the body was not
    // visible to it; there is nothing faithful to write then.
    if (routine.definition.isEmpty())
        return {};
    return {routine.definition};
}

QStringList MysqlSqlGenerator::createTrigger(const QString &schema, const Trigger &trigger) const
{
    Q_UNUSED(schema)
    if (trigger.definition.isEmpty())
        return {};
    return {trigger.definition};
}

QStringList MysqlSqlGenerator::sequenceOwnership(const Sequence &sequence) const
{
    Q_UNUSED(sequence)
    return {};
}

QString MysqlSqlGenerator::scriptStatement(const QString &statement) const
{
    static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (!isCompoundCreate(statement)
        || (!statement.contains(QLatin1Char(';')) && !statement.contains(begin)))
        return statement + QLatin1Char(';');
    // A delimiter the body does not contain: $$, or a longer run of $.
    QString delimiter = QStringLiteral("$$");
    while (statement.contains(delimiter))
        delimiter += QLatin1Char('$');
    return QStringLiteral("DELIMITER %1\n%2\n%1\nDELIMITER ;").arg(delimiter, statement);
}

} // namespace parity

// The PostgreSQL generator's statements for objects that already exist: the
// planner's vocabulary (drops, renames, ALTER TABLE, enum labels, comments).

#include "postgressqlgenerator.h"

namespace parity {

namespace {

// The catalog keeps an enum-typed column's type as the type's name; the
// built-in casts from an enum go through text only.
bool castsThroughText(const Column &from, const Column &to)
{
    auto builtin = [](const Column &c) {
        const QString t = c.normalizedType.isEmpty() ? c.type : c.normalizedType;
        static const QStringList known{
            QStringLiteral("smallint"), QStringLiteral("integer"), QStringLiteral("bigint"),
            QStringLiteral("numeric"), QStringLiteral("real"), QStringLiteral("double precision"),
            QStringLiteral("text"), QStringLiteral("varchar"), QStringLiteral("character"),
            QStringLiteral("char"), QStringLiteral("boolean"), QStringLiteral("date"),
            QStringLiteral("time"), QStringLiteral("timestamp"), QStringLiteral("interval"),
            QStringLiteral("uuid"), QStringLiteral("json"), QStringLiteral("jsonb"),
            QStringLiteral("bytea"), QStringLiteral("inet"), QStringLiteral("cidr"),
            QStringLiteral("money"), QStringLiteral("bit"), QStringLiteral("xml"),
            QStringLiteral("decimal"), QStringLiteral("float"), QStringLiteral("int"),
            QStringLiteral("serial"), QStringLiteral("bigserial"), QStringLiteral("tsvector"),
            QStringLiteral("point"), QStringLiteral("macaddr"), QStringLiteral("oid"),
        };
        for (const QString &k : known) {
            if (t.startsWith(k))
                return true;
        }
        return false;
    };
    return !builtin(from) || !builtin(to);
}

} // namespace

QString PostgresSqlGenerator::dropConstraint(const Table &table, const QString &name) const
{
    return QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
        .arg(qualifiedName(table.schema, table.name), quoteIdentifier(name));
}

QString PostgresSqlGenerator::routineObject(const Routine &routine) const
{
    return QStringLiteral("%1 %2(%3)")
        .arg(postgresRoutineKeyword(routine.kind), qualifiedName(routine.schema, routine.name),
             routine.arguments);
}

QStringList PostgresSqlGenerator::dropSchema(const QString &schema) const
{
    // "public" comes with every database; it is left in place.
    if (schema == QLatin1String("public"))
        return {};
    return {QStringLiteral("DROP SCHEMA ") + quoteIdentifier(schema)};
}

QStringList PostgresSqlGenerator::dropExtension(const Extension &extension) const
{
    return {QStringLiteral("DROP EXTENSION ") + quoteIdentifier(extension.name)};
}

QStringList PostgresSqlGenerator::dropEnum(const EnumType &type) const
{
    return {QStringLiteral("DROP TYPE ") + qualifiedName(type.schema, type.name)};
}

QStringList PostgresSqlGenerator::dropSequence(const Sequence &sequence) const
{
    return {QStringLiteral("DROP SEQUENCE ") + qualifiedName(sequence.schema, sequence.name)};
}

QStringList PostgresSqlGenerator::dropTable(const Table &table) const
{
    return {QStringLiteral("DROP TABLE ") + qualifiedName(table.schema, table.name)};
}

QStringList PostgresSqlGenerator::dropView(const View &view) const
{
    return {QStringLiteral("DROP %1VIEW %2")
                .arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(),
                     qualifiedName(view.schema, view.name))};
}

QStringList PostgresSqlGenerator::dropRoutine(const Routine &routine) const
{
    return {QStringLiteral("DROP ") + routineObject(routine)};
}

QStringList PostgresSqlGenerator::dropTrigger(const QString &schema, const Trigger &trigger) const
{
    return {QStringLiteral("DROP TRIGGER %1 ON %2")
                .arg(quoteIdentifier(trigger.name), qualifiedName(schema, trigger.table))};
}

QStringList PostgresSqlGenerator::dropIndex(const QString &schema, const QString &owner, const Index &index) const
{
    // The index of an exclusion constraint goes with the constraint.
    if (!index.exclusion.isEmpty()) {
        return {QStringLiteral("ALTER TABLE %1 DROP CONSTRAINT %2")
                    .arg(qualifiedName(schema, owner), quoteIdentifier(index.name))};
    }
    return {QStringLiteral("DROP INDEX ") + qualifiedName(schema, index.name)};
}

QStringList PostgresSqlGenerator::dropForeignKey(const Table &table, const ForeignKey &key) const
{
    return {dropConstraint(table, key.name)};
}

QStringList PostgresSqlGenerator::renameTable(const Table &table, const QString &newName) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME TO %2")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(newName))};
}

QStringList PostgresSqlGenerator::renameColumn(const Table &table, const QString &from, const QString &to) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME COLUMN %2 TO %3")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(from), quoteIdentifier(to))};
}

QStringList PostgresSqlGenerator::addColumn(const Table &table, const Column &column) const
{
    const QString name = qualifiedName(table.schema, table.name);
    QStringList out{QStringLiteral("ALTER TABLE %1 ADD COLUMN %2")
                        .arg(name, columnDefinition(table, column, table.kind == TableKind::Partition))};
    if (!column.comment.isEmpty())
        out << commentOn(QStringLiteral("COLUMN %1.%2").arg(name, quoteIdentifier(column.name)), column.comment);
    return out;
}

QStringList PostgresSqlGenerator::dropColumn(const Table &table, const Column &column) const
{
    return {QStringLiteral("ALTER TABLE %1 DROP COLUMN %2")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(column.name))};
}

QStringList PostgresSqlGenerator::alterColumn(const Table &table, const Column &from, const Column &to) const
{
    const QString tableName = qualifiedName(table.schema, table.name);
    const QString column = quoteIdentifier(to.name);
    const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ").arg(tableName, column);
    QStringList out;

    if (from.generatedExpression != to.generatedExpression) {
        // Either side generated: nothing of its own to keep.
        out << dropColumn(table, from) << addColumn(table, to);
        return out;
    }

    auto typeOf = [](const Column &c) { return c.normalizedType.isEmpty() ? c.type : c.normalizedType; };
    const bool typeChanged = typeOf(from) != typeOf(to) || from.collation != to.collation;
    const bool defaultChanged = from.defaultExpression != to.defaultExpression;
    if (!from.defaultExpression.isEmpty() && (defaultChanged || typeChanged))
        out << alter + QStringLiteral("DROP DEFAULT");
    if (from.identity != IdentityKind::None && to.identity == IdentityKind::None)
        out << alter + QStringLiteral("DROP IDENTITY");
    if (typeChanged) {
        QString statement = alter + QStringLiteral("TYPE ") + to.type;
        if (!to.collation.isEmpty())
            statement += QStringLiteral(" COLLATE ") + quoteIdentifier(to.collation);
        // Within one type family (varchar(50) to varchar(5), numeric(10,2)
        // to numeric(6,2)) the server converts by itself and refuses values
        // that do not fit; an explicit cast would cut them silently.
        auto base = [](const QString &type) { return type.section(QLatin1Char('('), 0, 0).trimmed(); };
        if (typeOf(from) != typeOf(to) && base(typeOf(from)) != base(typeOf(to))) {
            statement += castsThroughText(from, to)
                             ? QStringLiteral(" USING %1::text::%2").arg(column, to.type)
                             : QStringLiteral(" USING %1::%2").arg(column, to.type);
        }
        out << statement;
    }
    if (from.nullable && !to.nullable)
        out << alter + QStringLiteral("SET NOT NULL");
    if (from.identity == IdentityKind::None && to.identity != IdentityKind::None) {
        out << alter
                   + (to.identity == IdentityKind::Always ? QStringLiteral("ADD GENERATED ALWAYS AS IDENTITY")
                                                          : QStringLiteral("ADD GENERATED BY DEFAULT AS IDENTITY"));
    } else if (from.identity != IdentityKind::None && to.identity != IdentityKind::None
               && from.identity != to.identity) {
        out << alter
                   + (to.identity == IdentityKind::Always ? QStringLiteral("SET GENERATED ALWAYS")
                                                          : QStringLiteral("SET GENERATED BY DEFAULT"));
    }
    if (from.identity != IdentityKind::None && to.identity != IdentityKind::None)
        out << alterIdentitySequence(table, from, to);
    if (!to.defaultExpression.isEmpty() && (defaultChanged || typeChanged))
        out << alter + QStringLiteral("SET DEFAULT ") + to.defaultExpression;
    if (!from.nullable && to.nullable)
        out << alter + QStringLiteral("DROP NOT NULL");
    if (from.comment != to.comment)
        out << commentOn(QStringLiteral("COLUMN %1.%2").arg(tableName, column), to.comment);
    return out;
}

QStringList PostgresSqlGenerator::addPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    QString statement = QStringLiteral("ALTER TABLE %1 ADD ").arg(qualifiedName(table.schema, table.name));
    if (!key.name.isEmpty())
        statement += QStringLiteral("CONSTRAINT ") + quoteIdentifier(key.name) + QLatin1Char(' ');
    statement += QStringLiteral("PRIMARY KEY (%1)").arg(quotedList(key.columns));
    QStringList out{statement};
    if (!key.comment.isEmpty())
        out << commentOnConstraint(table, key.name, key.comment);
    return out;
}

QStringList PostgresSqlGenerator::dropPrimaryKey(const Table &table, const PrimaryKey &key) const
{
    return {dropConstraint(table, key.name)};
}

QStringList PostgresSqlGenerator::addUnique(const Table &table, const UniqueConstraint &unique) const
{
    QStringList out{QStringLiteral("ALTER TABLE %1 ADD %2")
                        .arg(qualifiedName(table.schema, table.name), uniqueClause(unique))};
    if (!unique.comment.isEmpty())
        out << commentOnConstraint(table, unique.name, unique.comment);
    return out;
}

QStringList PostgresSqlGenerator::dropUnique(const Table &table, const UniqueConstraint &unique) const
{
    return {dropConstraint(table, unique.name)};
}

QStringList PostgresSqlGenerator::addCheck(const Table &table, const CheckConstraint &check) const
{
    QString statement = QStringLiteral("ALTER TABLE %1 ADD CONSTRAINT %2 CHECK (%3)")
                            .arg(qualifiedName(table.schema, table.name), quoteIdentifier(check.name),
                                 check.expression);
    if (check.noInherit)
        statement += QStringLiteral(" NO INHERIT");
    if (!check.validated)
        statement += QStringLiteral(" NOT VALID");
    QStringList out{statement};
    if (!check.comment.isEmpty())
        out << commentOnConstraint(table, check.name, check.comment);
    return out;
}

QStringList PostgresSqlGenerator::dropCheck(const Table &table, const CheckConstraint &check) const
{
    return {dropConstraint(table, check.name)};
}

QStringList PostgresSqlGenerator::alterTable(const Table &from, const Table &to) const
{
    const QString name = qualifiedName(to.schema, to.name);
    QStringList out;
    QStringList fromOptions = from.options.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    QStringList toOptions = to.options.split(QStringLiteral(", "), Qt::SkipEmptyParts);
    const bool fromUnlogged = fromOptions.removeAll(QStringLiteral("UNLOGGED")) > 0;
    const bool toUnlogged = toOptions.removeAll(QStringLiteral("UNLOGGED")) > 0;
    if (fromUnlogged != toUnlogged)
        out << QStringLiteral("ALTER TABLE %1 SET %2").arg(name, toUnlogged ? QStringLiteral("UNLOGGED")
                                                                               : QStringLiteral("LOGGED"));
    QStringList reset;
    for (const QString &option : std::as_const(fromOptions)) {
        const QString key = option.section(QLatin1Char('='), 0, 0);
        bool kept = false;
        for (const QString &o : std::as_const(toOptions))
            kept = kept || o.section(QLatin1Char('='), 0, 0) == key;
        if (!kept)
            reset << key;
    }
    if (!reset.isEmpty())
        out << QStringLiteral("ALTER TABLE %1 RESET (%2)").arg(name, reset.join(QStringLiteral(", ")));
    QStringList set;
    for (const QString &option : std::as_const(toOptions)) {
        if (fromOptions.contains(option))
            continue;
        const qsizetype equals = option.indexOf(QLatin1Char('='));
        set << (equals < 0 ? option : option.left(equals) + QLatin1Char('=') + quoteLiteral(option.mid(equals + 1)));
    }
    if (!set.isEmpty())
        out << QStringLiteral("ALTER TABLE %1 SET (%2)").arg(name, set.join(QStringLiteral(", ")));
    if (from.comment != to.comment)
        out << commentOn(QStringLiteral("TABLE ") + name, to.comment);
    if (from.owner != to.owner && !to.owner.isEmpty())
        out << QStringLiteral("ALTER TABLE %1 OWNER TO %2").arg(name, quoteIdentifier(to.owner));
    if (from.rowSecurity != to.rowSecurity)
        out << QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                   .arg(name, to.rowSecurity ? QStringLiteral("ENABLE") : QStringLiteral("DISABLE"));
    if (from.forceRowSecurity != to.forceRowSecurity)
        out << QStringLiteral("ALTER TABLE %1 %2 ROW LEVEL SECURITY")
                   .arg(name, to.forceRowSecurity ? QStringLiteral("FORCE") : QStringLiteral("NO FORCE"));
    return out;
}

QStringList PostgresSqlGenerator::addEnumLabel(const EnumType &type, const QString &label, const QString &before,
                                               const QString &after) const
{
    // IF NOT EXISTS: the statement runs outside the script's transaction, so
    // a script that failed later can be run again.
    QString statement = QStringLiteral("ALTER TYPE %1 ADD VALUE IF NOT EXISTS %2")
                            .arg(qualifiedName(type.schema, type.name), quoteLiteral(label));
    if (!before.isEmpty())
        statement += QStringLiteral(" BEFORE ") + quoteLiteral(before);
    else if (!after.isEmpty())
        statement += QStringLiteral(" AFTER ") + quoteLiteral(after);
    return {statement};
}

QStringList PostgresSqlGenerator::renameEnum(const EnumType &type, const QString &newName) const
{
    return {QStringLiteral("ALTER TYPE %1 RENAME TO %2")
                .arg(qualifiedName(type.schema, type.name), quoteIdentifier(newName))};
}

QStringList PostgresSqlGenerator::alterSequence(const Sequence &from, const Sequence &to) const
{
    QStringList parts;
    if (from.dataType != to.dataType && !to.dataType.isEmpty())
        parts << QStringLiteral("AS ") + to.dataType;
    if (from.increment != to.increment)
        parts << QStringLiteral("INCREMENT BY %1").arg(to.increment);
    if (from.minValue != to.minValue)
        parts << QStringLiteral("MINVALUE %1").arg(to.minValue);
    if (from.maxValue != to.maxValue || from.dataType != to.dataType) {
        if (to.maxValue == 0 && to.increment > 0)
            parts << QStringLiteral("NO MAXVALUE");
        else
            parts << QStringLiteral("MAXVALUE %1").arg(to.maxValue);
    }
    if (from.start != to.start)
        parts << QStringLiteral("START WITH %1").arg(to.start);
    if (from.cache != to.cache)
        parts << QStringLiteral("CACHE %1").arg(to.cache);
    if (from.cycle != to.cycle)
        parts << (to.cycle ? QStringLiteral("CYCLE") : QStringLiteral("NO CYCLE"));
    const QString name = qualifiedName(to.schema, to.name);
    QStringList out;
    if (!parts.isEmpty())
        out << QStringLiteral("ALTER SEQUENCE %1 %2").arg(name, parts.join(QLatin1Char(' ')));
    if (from.ownedBy != to.ownedBy) {
        if (to.ownedBy.isEmpty())
            out << QStringLiteral("ALTER SEQUENCE %1 OWNED BY NONE").arg(name);
        else
            out << sequenceOwnership(to);
    }
    if (from.owner != to.owner && !to.owner.isEmpty())
        out << QStringLiteral("ALTER SEQUENCE %1 OWNER TO %2").arg(name, quoteIdentifier(to.owner));
    return out;
}

QStringList PostgresSqlGenerator::commentOnSchema(const Schema &schema) const
{
    return {commentOn(QStringLiteral("SCHEMA ") + quoteIdentifier(schema.name), schema.comment)};
}

QStringList PostgresSqlGenerator::commentOnEnum(const EnumType &type) const
{
    return {commentOn(QStringLiteral("TYPE ") + qualifiedName(type.schema, type.name), type.comment)};
}

QStringList PostgresSqlGenerator::commentOnView(const View &view) const
{
    return {commentOn((view.materialized ? QStringLiteral("MATERIALIZED VIEW ") : QStringLiteral("VIEW "))
                          + qualifiedName(view.schema, view.name),
                      view.comment)};
}

QStringList PostgresSqlGenerator::alterViewOwner(const View &view) const
{
    if (view.owner.isEmpty())
        return {};
    return {QStringLiteral("ALTER %1VIEW %2 OWNER TO %3")
                .arg(view.materialized ? QStringLiteral("MATERIALIZED ") : QString(),
                     qualifiedName(view.schema, view.name), quoteIdentifier(view.owner))};
}

QStringList PostgresSqlGenerator::commentOnIndex(const QString &schema, const Index &index) const
{
    return {commentOn(QStringLiteral("INDEX ") + qualifiedName(schema, index.name), index.comment)};
}

QStringList PostgresSqlGenerator::commentOnRoutine(const Routine &routine) const
{
    return {commentOn(routineObject(routine), routine.comment)};
}

QStringList PostgresSqlGenerator::renameIndex(const QString &schema, const QString &owner, const QString &from,
                                              const QString &to) const
{
    Q_UNUSED(owner)
    return {QStringLiteral("ALTER INDEX %1 RENAME TO %2").arg(qualifiedName(schema, from), quoteIdentifier(to))};
}

QStringList PostgresSqlGenerator::renameConstraint(const Table &table, const QString &from, const QString &to) const
{
    return {QStringLiteral("ALTER TABLE %1 RENAME CONSTRAINT %2 TO %3")
                .arg(qualifiedName(table.schema, table.name), quoteIdentifier(from), quoteIdentifier(to))};
}

QStringList PostgresSqlGenerator::alterIdentitySequence(const Table &table, const Column &from, const Column &to) const
{
    QStringList out;
    const QString alter = QStringLiteral("ALTER TABLE %1 ALTER COLUMN %2 ")
                              .arg(qualifiedName(table.schema, table.name), quoteIdentifier(to.name));
    auto typeOf = [](const Column &c) { return c.normalizedType.isEmpty() ? c.type : c.normalizedType; };
    const QString fromOptions = from.identityOptions.isEmpty() ? defaultIdentityOptions(typeOf(from)) : from.identityOptions;
    const QString toOptions = to.identityOptions.isEmpty() ? defaultIdentityOptions(typeOf(to)) : to.identityOptions;
    if (fromOptions != toOptions) {
        // SET for each option, in the order the options text holds them:
        // START WITH s INCREMENT BY i MINVALUE m MAXVALUE M CACHE c [NO] CYCLE.
        const QStringList words = toOptions.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QStringList sets;
        for (qsizetype i = 0; i + 1 < words.size(); ++i) {
            const QString &w = words.at(i);
            if (w == QLatin1String("START") || w == QLatin1String("INCREMENT")) {
                sets << QStringLiteral("SET %1 %2 %3").arg(w, words.at(i + 1), words.value(i + 2));
                i += 2;
            } else if (w == QLatin1String("MINVALUE") || w == QLatin1String("MAXVALUE") || w == QLatin1String("CACHE")) {
                sets << QStringLiteral("SET %1 %2").arg(w, words.at(i + 1));
                ++i;
            }
        }
        sets << (words.last() == QLatin1String("CYCLE") && words.value(words.size() - 2) != QLatin1String("NO")
                     ? QStringLiteral("SET CYCLE")
                     : QStringLiteral("SET NO CYCLE"));
        out << alter + sets.join(QLatin1Char(' '));
    }
    if (!from.identitySequence.isEmpty() && !to.identitySequence.isEmpty() && from.identitySequence != to.identitySequence) {
        out << QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2")
                   .arg(qualifiedName(table.schema, from.identitySequence), quoteIdentifier(to.identitySequence));
    }
    return out;
}

QStringList PostgresSqlGenerator::commentOnConstraint(const Table &table, const QString &name,
                                                      const QString &comment) const
{
    // An empty comment removes it (IS NULL).
    return {commentOn(QStringLiteral("CONSTRAINT %1 ON %2")
                          .arg(quoteIdentifier(name), qualifiedName(table.schema, table.name)),
                      comment)};
}

QStringList PostgresSqlGenerator::renameSequence(const Sequence &sequence, const QString &newName) const
{
    return {QStringLiteral("ALTER SEQUENCE %1 RENAME TO %2")
                .arg(qualifiedName(sequence.schema, sequence.name), quoteIdentifier(newName))};
}

} // namespace parity

#include "mysqlsqltext.h"

#include <QStringList>

namespace parity::mysql {

QString quoteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
    return QLatin1Char('`') + quoted + QLatin1Char('`');
}

QString qualifiedName(const QString &schema, const QString &name)
{
    return quoteIdentifier(schema) + QLatin1Char('.') + quoteIdentifier(name);
}

QString quoteString(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    quoted.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

namespace {

// Index just past the quoted token starting at `from` (a string literal or a
// backtick identifier); `quote` is its opening character. Doubled quotes and,
// inside string literals, backslash escapes do not end it.
qsizetype skipQuoted(const QString &sql, qsizetype from, QChar quote)
{
    qsizetype i = from + 1;
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\\') && quote != QLatin1Char('`')) {
            i += 2;
            continue;
        }
        if (c == quote) {
            if (i + 1 < sql.size() && sql.at(i + 1) == quote) {
                i += 2;
                continue;
            }
            return i + 1;
        }
        ++i;
    }
    return sql.size();
}

} // namespace

QString stripOuterParentheses(const QString &expression)
{
    QString e = expression.trimmed();
    while (e.startsWith(QLatin1Char('(')) && e.endsWith(QLatin1Char(')'))) {
        int depth = 0;
        qsizetype closing = -1;
        for (qsizetype i = 0; i < e.size() && closing < 0;) {
            const QChar c = e.at(i);
            if (c == QLatin1Char('\'') || c == QLatin1Char('"') || c == QLatin1Char('`')) {
                i = skipQuoted(e, i, c);
                continue;
            }
            if (c == QLatin1Char('('))
                ++depth;
            else if (c == QLatin1Char(')') && --depth == 0)
                closing = i;
            ++i;
        }
        if (closing != e.size() - 1)
            break; // "(a) AND (b)": the first parenthesis closes early
        e = e.mid(1, e.size() - 2).trimmed();
    }
    return e;
}

QString stripSchemaQualifier(const QString &sql, const QString &schema)
{
    struct Span
    {
        qsizetype begin;
        qsizetype end; // past the closing backtick
    };
    const QString quotedSchema = quoteIdentifier(schema);
    QList<Span> hits;
    qsizetype i = 0;
    bool previousWasDot = false; // the identifier follows "x." : not a chain head
    while (i < sql.size()) {
        const QChar c = sql.at(i);
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            i = skipQuoted(sql, i, c);
            previousWasDot = false;
            continue;
        }
        if (c != QLatin1Char('`')) {
            previousWasDot = c == QLatin1Char('.');
            ++i;
            continue;
        }
        const qsizetype end = skipQuoted(sql, i, c);
        if (QStringView(sql).mid(i, end - i) == quotedSchema) {
            const bool followedByDot = end < sql.size() && sql.at(end) == QLatin1Char('.');
            if (previousWasDot || !followedByDot)
                return sql; // the name is used as something other than our qualifier
            hits.append({i, end});
        }
        previousWasDot = false;
        i = end;
    }
    QString out = sql;
    for (auto it = hits.crbegin(); it != hits.crend(); ++it)
        out.remove(it->begin, it->end - it->begin + 1); // identifier and its dot
    return out;
}

namespace {

QString characterSetClause(const QString &characterSet, const QString &collation)
{
    if (collation.isEmpty())
        return {};
    return QStringLiteral(" CHARACTER SET %1 COLLATE %2").arg(characterSet, collation);
}

QString parameterText(const RoutineParameter &p, bool isFunction, const QString &shownName)
{
    const QString mode = p.mode.toUpper();
    const bool showMode = !mode.isEmpty() && !(isFunction && mode == QLatin1String("IN"));
    return (showMode ? mode + QLatin1Char(' ') : QString()) + shownName + QLatin1Char(' ') + p.type;
}

} // namespace

QString routineArguments(const QList<RoutineParameter> &parameters, bool isFunction)
{
    QStringList parts;
    for (const RoutineParameter &p : parameters)
        parts << parameterText(p, isFunction, p.name);
    return parts.join(QStringLiteral(", "));
}

QString createRoutineStatement(const RoutineText &routine)
{
    QStringList parameters;
    for (const RoutineParameter &p : routine.parameters)
        parameters << parameterText(p, routine.isFunction, quoteIdentifier(p.name))
                          + characterSetClause(p.characterSet, p.collation);
    QString text =
        QStringLiteral("CREATE %1 %2(%3)")
            .arg(routine.isFunction ? QStringLiteral("FUNCTION") : QStringLiteral("PROCEDURE"),
                 quoteIdentifier(routine.name), parameters.join(QStringLiteral(", ")));
    if (routine.isFunction)
        text += QStringLiteral(" RETURNS ") + routine.returnType
                + characterSetClause(routine.returnCharacterSet, routine.returnCollation);
    QStringList characteristics;
    if (routine.deterministic)
        characteristics << QStringLiteral("DETERMINISTIC");
    const QString access = routine.dataAccess.toUpper();
    if (!access.isEmpty() && access != QLatin1String("CONTAINS SQL"))
        characteristics << access;
    if (routine.security.compare(QLatin1String("INVOKER"), Qt::CaseInsensitive) == 0)
        characteristics << QStringLiteral("SQL SECURITY INVOKER");
    if (!routine.comment.isEmpty())
        characteristics << QStringLiteral("COMMENT ") + quoteString(routine.comment);
    for (const QString &c : characteristics)
        text += QStringLiteral("\n    ") + c;
    return text + QLatin1Char('\n') + routine.body;
}

QString createTriggerStatement(const QString &name, const QString &timing, const QString &event,
                               const QString &table, const QString &follows, const QString &body)
{
    QString text =
        QStringLiteral("CREATE TRIGGER %1 %2 %3 ON %4 FOR EACH ROW ")
            .arg(quoteIdentifier(name), timing.toUpper(), event.toUpper(), quoteIdentifier(table));
    if (!follows.isEmpty())
        text += QStringLiteral("FOLLOWS ") + quoteIdentifier(follows) + QLatin1Char(' ');
    return text + body;
}

namespace {

QString partitionValues(const QString &method, const QString &description)
{
    if (description.isEmpty())
        return {};
    const QString m = method.toUpper();
    if (m == QLatin1String("RANGE") && description == QLatin1String("MAXVALUE"))
        return QStringLiteral(" VALUES LESS THAN MAXVALUE");
    if (m.startsWith(QLatin1String("RANGE")))
        return QStringLiteral(" VALUES LESS THAN (") + description + QLatin1Char(')');
    if (m.startsWith(QLatin1String("LIST")))
        return QStringLiteral(" VALUES IN (") + description + QLatin1Char(')');
    if (m == QLatin1String("SYSTEM_TIME"))
        return QLatin1Char(' ') + description; // CURRENT or HISTORY
    return {};
}

QString methodWithExpression(const QString &method, const QString &expression)
{
    return expression.isEmpty() ? method
                                : method + QStringLiteral(" (") + expression + QLatin1Char(')');
}

} // namespace

QString partitionClause(const QList<PartitionRow> &rows)
{
    if (rows.isEmpty())
        return {};
    const PartitionRow &first = rows.first();
    QString text = methodWithExpression(first.method, first.expression);
    if (!first.subpartitionMethod.isEmpty()) {
        text += QStringLiteral(" SUBPARTITION BY ")
                + methodWithExpression(first.subpartitionMethod, first.subpartitionExpression);
    }
    QStringList partitions;
    for (qsizetype i = 0; i < rows.size();) {
        const PartitionRow &p = rows.at(i);
        QString part = QStringLiteral("PARTITION ") + quoteIdentifier(p.name)
                       + partitionValues(p.method, p.description);
        if (!p.comment.isEmpty())
            part += QStringLiteral(" COMMENT = ") + quoteString(p.comment);
        QStringList subpartitions;
        for (; i < rows.size() && rows.at(i).name == p.name; ++i) {
            if (!rows.at(i).subpartitionName.isEmpty())
                subpartitions << QStringLiteral("SUBPARTITION ")
                                     + quoteIdentifier(rows.at(i).subpartitionName);
        }
        if (!subpartitions.isEmpty())
            part +=
                QStringLiteral(" (") + subpartitions.join(QStringLiteral(", ")) + QLatin1Char(')');
        partitions << part;
    }
    return text + QStringLiteral(" (") + partitions.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace parity::mysql

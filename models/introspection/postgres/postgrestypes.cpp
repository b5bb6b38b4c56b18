#include "postgrestypes.h"

#include <QHash>
#include <QRegularExpression>

namespace parity::postgres {

namespace {

// Built-in names that have more than one spelling, mapped to the one we keep.
const QHash<QString, QString> &typeAliases()
{
    static const QHash<QString, QString> aliases = {
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("int4"), QStringLiteral("integer")},
        {QStringLiteral("serial"), QStringLiteral("integer")},
        {QStringLiteral("serial4"), QStringLiteral("integer")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("smallserial"), QStringLiteral("smallint")},
        {QStringLiteral("serial2"), QStringLiteral("smallint")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("bigserial"), QStringLiteral("bigint")},
        {QStringLiteral("serial8"), QStringLiteral("bigint")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("float4"), QStringLiteral("real")},
        {QStringLiteral("float8"), QStringLiteral("double precision")},
        {QStringLiteral("float"), QStringLiteral("double precision")},
        {QStringLiteral("character varying"), QStringLiteral("varchar")},
        {QStringLiteral("char varying"), QStringLiteral("varchar")},
        {QStringLiteral("character"), QStringLiteral("char")},
        {QStringLiteral("bit varying"), QStringLiteral("varbit")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("timestamp without time zone"), QStringLiteral("timestamp")},
        {QStringLiteral("timestamp with time zone"), QStringLiteral("timestamptz")},
        {QStringLiteral("time without time zone"), QStringLiteral("time")},
        {QStringLiteral("time with time zone"), QStringLiteral("timetz")},
    };
    return aliases;
}

QString collapseSpaces(const QString &text)
{
    static const QRegularExpression runs(QStringLiteral("\\s+"));
    return QString(text).replace(runs, QStringLiteral(" ")).trimmed();
}

// Splits "timestamp(3) with time zone" into the name without the modifier
// ("timestamp with time zone") and the modifier list ("3"), whitespace
// removed: the modifier may sit in the middle for the time types.
void splitModifier(const QString &type, QString *name, QString *modifier)
{
    const qsizetype open = type.indexOf(QLatin1Char('('));
    const qsizetype close = type.indexOf(QLatin1Char(')'), open);
    if (open < 0 || close < 0) {
        *name = type;
        modifier->clear();
        return;
    }
    *modifier = type.mid(open + 1, close - open - 1).remove(QLatin1Char(' '));
    *name = collapseSpaces(type.left(open) + QLatin1Char(' ') + type.mid(close + 1));
}

} // namespace

QString normalizeType(const QString &type)
{
    QString base = collapseSpaces(type);
    QString arraySuffix;
    while (base.endsWith(QStringLiteral("[]"))) {
        arraySuffix += QStringLiteral("[]");
        base = base.chopped(2).trimmed();
    }
    // User types keep their exact (quoted, qualified) spelling.
    if (base.contains(QLatin1Char('"')) || base.contains(QLatin1Char('.')))
        return base + arraySuffix;

    QString name;
    QString modifier;
    splitModifier(base.toLower(), &name, &modifier);
    if (name == QLatin1String("float") && !modifier.isEmpty()) {
        // float(p): up to 24 bits of precision is a real, more a double.
        name = modifier.toInt() <= 24 ? QStringLiteral("real") : QStringLiteral("double precision");
        modifier.clear();
    }
    name = typeAliases().value(name, name);
    if (name == QLatin1String("char") && modifier.isEmpty())
        modifier = QStringLiteral("1"); // a bare CHARACTER is one character long
    if (modifier.isEmpty())
        return name + arraySuffix;
    return name + QLatin1Char('(') + modifier + QLatin1Char(')') + arraySuffix;
}

QString referentialAction(const QString &code)
{
    if (code == QLatin1String("r"))
        return QStringLiteral("RESTRICT");
    if (code == QLatin1String("c"))
        return QStringLiteral("CASCADE");
    if (code == QLatin1String("n"))
        return QStringLiteral("SET NULL");
    if (code == QLatin1String("d"))
        return QStringLiteral("SET DEFAULT");
    return QStringLiteral("NO ACTION");
}

QString matchKind(const QString &code)
{
    if (code == QLatin1String("f"))
        return QStringLiteral("FULL");
    if (code == QLatin1String("p"))
        return QStringLiteral("PARTIAL");
    return {};
}

QString stripOuterParentheses(const QString &expression)
{
    const QString text = expression.trimmed();
    if (!text.startsWith(QLatin1Char('(')) || !text.endsWith(QLatin1Char(')')))
        return text;
    // The opening parenthesis must close at the very end, not earlier, and
    // parentheses inside string literals or quoted names do not count.
    int depth = 0;
    QChar quote;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (!quote.isNull()) {
            if (c == quote)
                quote = QChar();
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            quote = c;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')')) {
            --depth;
            if (depth == 0 && i != text.size() - 1)
                return text;
        }
    }
    return text.mid(1, text.size() - 2).trimmed();
}

QString quoteIdentifier(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

QString quoteLiteral(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QStringLiteral("''"))
           + QLatin1Char('\'');
}

QList<int> parseNumberList(const QString &text)
{
    QList<int> numbers;
    const auto parts = QStringView(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    numbers.reserve(parts.size());
    for (QStringView part : parts)
        numbers.append(part.toInt());
    return numbers;
}

TriggerType decodeTriggerType(int bits)
{
    // Bit values from PostgreSQL's catalog/pg_trigger.h (TRIGGER_TYPE_*).
    constexpr int Row = 1 << 0;
    constexpr int Before = 1 << 1;
    constexpr int Insert = 1 << 2;
    constexpr int Delete = 1 << 3;
    constexpr int Update = 1 << 4;
    constexpr int Truncate = 1 << 5;
    constexpr int Instead = 1 << 6;

    TriggerType type;
    type.forEachRow = bits & Row;
    if (bits & Instead)
        type.timing = QStringLiteral("INSTEAD OF");
    else if (bits & Before)
        type.timing = QStringLiteral("BEFORE");
    else
        type.timing = QStringLiteral("AFTER");
    if (bits & Insert)
        type.events.append(QStringLiteral("INSERT"));
    if (bits & Update)
        type.events.append(QStringLiteral("UPDATE"));
    if (bits & Delete)
        type.events.append(QStringLiteral("DELETE"));
    if (bits & Truncate)
        type.events.append(QStringLiteral("TRUNCATE"));
    return type;
}

QString aggregateDefinition(const AggregateParts &parts)
{
    QStringList options{QStringLiteral("SFUNC = ") + parts.stateFunction,
                        QStringLiteral("STYPE = ") + parts.stateType};
    if (!parts.finalFunction.isEmpty())
        options << QStringLiteral("FINALFUNC = ") + parts.finalFunction;
    if (!parts.combineFunction.isEmpty())
        options << QStringLiteral("COMBINEFUNC = ") + parts.combineFunction;
    if (parts.initialCondition)
        options << QStringLiteral("INITCOND = ") + quoteLiteral(*parts.initialCondition);
    if (!parts.sortOperator.isEmpty())
        options << QStringLiteral("SORTOP = ") + parts.sortOperator;
    if (parts.hypothetical)
        options << QStringLiteral("HYPOTHETICAL");
    return QStringLiteral("CREATE AGGREGATE %1(%2) (\n    %3\n);")
        .arg(parts.qualifiedName, parts.arguments, options.join(QStringLiteral(",\n    ")));
}

} // namespace parity::postgres

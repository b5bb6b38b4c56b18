#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parity::postgres {

/// The canonical spelling of a PostgreSQL type, used to compare columns:
/// "character varying(255)" and "varchar(255)" -> "varchar(255)",
/// "int4" -> "integer", "timestamp with time zone" -> "timestamptz",
/// arrays keep their "[]". Quoted or schema-qualified (user) types come back
/// as given.
QString normalizeType(const QString &type);

/// pg_constraint.confupdtype / confdeltype as words ("CASCADE", "SET NULL", …).
QString referentialAction(const QString &code);

/// pg_constraint.confmatchtype as the MATCH keyword; empty for SIMPLE.
QString matchKind(const QString &code);

/// Drops one pair of parentheses that encloses the whole expression, as
/// pg_get_expr puts around a CHECK's operator expression: "(a > 0)" -> "a > 0"
/// but "(a) > (b)" stays.
QString stripOuterParentheses(const QString &expression);

/// Always-quoted identifier: wraps in double quotes and doubles every
/// embedded double quote, so any name is safe inside generated SQL.
QString quoteIdentifier(const QString &name);

/// A string literal for SQL text: single quotes, embedded ones doubled.
QString quoteLiteral(const QString &text);

/// A space-separated list of numbers (int2vector text, or an array flattened
/// with array_to_string); empty input gives an empty list.
QList<int> parseNumberList(const QString &text);

/// What pg_trigger.tgtype encodes.
struct TriggerType
{
    QString timing;     ///< "BEFORE", "AFTER" or "INSTEAD OF"
    QStringList events; ///< INSERT, UPDATE, DELETE, TRUNCATE in that order
    bool forEachRow = false;
};

TriggerType decodeTriggerType(int bits);

/// What CREATE AGGREGATE needs, as pg_aggregate holds it. Empty strings
/// (and an empty optional for the initial condition) mean "not set".
struct AggregateParts
{
    QString qualifiedName; ///< already quoted: public.text_concat
    QString arguments;     ///< identity arguments
    QString stateFunction;
    QString stateType;
    QString finalFunction;
    QString combineFunction;
    std::optional<QString> initialCondition; ///< '' is a real value, distinct from none
    QString sortOperator;
    bool hypothetical = false;
};

/// A readable CREATE AGGREGATE statement, because pg_get_functiondef does not
/// print aggregates. It covers the common options, not the moving-aggregate
/// and serialisation ones.
QString aggregateDefinition(const AggregateParts &parts);

} // namespace parity::postgres

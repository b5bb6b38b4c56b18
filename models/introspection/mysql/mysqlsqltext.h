#pragma once

#include <QList>
#include <QString>

namespace parity::mysql {

/// `name` with embedded backticks doubled.
QString quoteIdentifier(const QString &name);

/// `schema`.`name`, each part quoted.
QString qualifiedName(const QString &schema, const QString &name);

/// 'text' as a MySQL string literal: quotes doubled, backslashes escaped.
QString quoteString(const QString &text);

/// `expression` without parentheses that wrap all of it ("((a > 0))" -> "a > 0").
QString stripOuterParentheses(const QString &expression);

/// `sql` with the `schema`. qualifier removed where it can only be that
/// database's qualifier, so that a view reads the same in two databases of
/// different names. Left unchanged when the name also appears as anything
/// else (an alias, a table, a column), since stripping could then change
/// what the text means.
QString stripSchemaQualifier(const QString &sql, const QString &schema);

/// One routine parameter as information_schema.PARAMETERS lists it.
struct RoutineParameter
{
    QString mode; ///< IN, OUT, INOUT; empty or IN for function parameters
    QString name;
    QString type;         ///< DTD_IDENTIFIER: "int(10) unsigned", "varchar(10)"
    QString characterSet; ///< set only when the collation is not the routine database's default
    QString collation;
};

/// The identity argument list: "IN a int, OUT b varchar(10)". A function's
/// parameters carry no mode unless it is OUT or INOUT (MariaDB 10.8+): MySQL
/// reports none and MariaDB reports IN, and both mean the same.
QString routineArguments(const QList<RoutineParameter> &parameters, bool isFunction);

/// What information_schema.ROUTINES says about one routine.
struct RoutineText
{
    QString name;
    bool isFunction = true;
    QList<RoutineParameter> parameters;
    QString returnType;         ///< DTD_IDENTIFIER of the result; functions only
    QString returnCharacterSet; ///< set only when not the routine database's default
    QString returnCollation;
    bool deterministic = false;
    QString dataAccess; ///< CONTAINS SQL, NO SQL, READS SQL DATA, MODIFIES SQL DATA
    QString security;   ///< DEFINER or INVOKER
    QString comment;
    QString body; ///< ROUTINE_DEFINITION
};

/// A CREATE FUNCTION / CREATE PROCEDURE statement that recreates the routine
/// in the current database. No DEFINER clause: who owns a routine differs
/// between environments and is kept in Routine::owner. Characteristics that
/// hold their default (NOT DETERMINISTIC, CONTAINS SQL, SQL SECURITY DEFINER,
/// no comment) are left out, so equal routines give equal text. A string
/// parameter or result gets CHARACTER SET … COLLATE … when it was declared
/// with other than the database default (DTD_IDENTIFIER never says so).
QString createRoutineStatement(const RoutineText &routine);

/// A CREATE TRIGGER statement (no DEFINER, for the same reason); `follows`
/// names the trigger this one runs after, when there are several for one
/// table, timing and event.
QString createTriggerStatement(const QString &name, const QString &timing, const QString &event,
                               const QString &table, const QString &follows, const QString &body);

/// One row of information_schema.PARTITIONS for a partitioned table.
struct PartitionRow
{
    QString name;
    QString subpartitionName; ///< empty without subpartitions
    QString method; ///< RANGE, LIST, HASH, KEY, RANGE COLUMNS, LINEAR HASH, SYSTEM_TIME…
    QString subpartitionMethod;
    QString expression; ///< "year(`taken`)", or the column list for COLUMNS/KEY
    QString subpartitionExpression;
    QString description; ///< "2024", "MAXVALUE", "1,2,3"
    QString comment;
};

/// The text after PARTITION BY for one table, from its rows in declaration
/// order: "RANGE (year(`taken`)) (PARTITION `p2023` VALUES LESS THAN (2024),
/// PARTITION `pmax` VALUES LESS THAN MAXVALUE)". Table::partitionKey holds
/// it whole, partitions included, because in MySQL the partitions are part
/// of the table's definition, not tables of their own.
QString partitionClause(const QList<PartitionRow> &rows);

} // namespace parity::mysql

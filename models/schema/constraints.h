#pragma once

#include <QString>
#include <QStringList>

namespace parity {

struct PrimaryKey
{
    QString name;           ///< constraint name; MySQL always "PRIMARY"; may be empty in SQLite
    QStringList columns;
    /// SQLite: the one-column key was declared PRIMARY KEY DESC, so an
    /// INTEGER key column is not an alias of the rowid.
    bool descending = false;
    QString comment;        ///< PostgreSQL COMMENT ON CONSTRAINT
    /// SQLite: written as a table constraint, PRIMARY KEY (a), even for one
    /// column; false when written on its column.
    bool tableLevel = false;

    bool operator==(const PrimaryKey &) const = default;
};

struct ForeignKey
{
    QString name;
    QStringList columns;
    QString referencedSchema;
    QString referencedTable;
    QStringList referencedColumns;
    QString onDelete = QStringLiteral("NO ACTION"); ///< NO ACTION, RESTRICT, CASCADE, SET NULL, SET DEFAULT
    QString onUpdate = QStringLiteral("NO ACTION");
    QString match;          ///< "FULL", "PARTIAL" or empty for SIMPLE
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool validated = true;  ///< false for PostgreSQL NOT VALID constraints
    /// SQLite: the DDL gave it no name, and `name` is the stable one the
    /// introspector made up; it is written without CONSTRAINT <name>.
    bool nameGenerated = false;
    /// Written in the definition of this column rather than as a table
    /// constraint (SQLite `a INTEGER REFERENCES t (id)`, MariaDB's column
    /// CHECK); empty at table level.
    QString onColumn;
    QString comment; ///< PostgreSQL COMMENT ON CONSTRAINT

    /// SQLite: REFERENCES named the table in another letter case than the
    /// table's own ("Users" for users); SQLite keeps and reports it as written.
    QString referencedAs;

    bool operator==(const ForeignKey &) const = default;
};

struct UniqueConstraint
{
    QString name;
    QStringList columns;
    bool deferrable = false;
    bool initiallyDeferred = false;
    bool nullsNotDistinct = false; ///< PostgreSQL 15 UNIQUE NULLS NOT DISTINCT
    /// SQLite: the DDL gave it no name, and `name` is the stable one the
    /// introspector made up; it is written without CONSTRAINT <name>.
    bool nameGenerated = false;
    /// Written in the definition of this column rather than as a table
    /// constraint (SQLite `a INTEGER REFERENCES t (id)`, MariaDB's column
    /// CHECK); empty at table level.
    QString onColumn;
    QString comment; ///< PostgreSQL COMMENT ON CONSTRAINT

    bool operator==(const UniqueConstraint &) const = default;
};

struct CheckConstraint
{
    QString name;
    QString expression;     ///< the boolean expression, without CHECK and outer parentheses
    bool validated = true;
    bool noInherit = false; ///< PostgreSQL CHECK … NO INHERIT: not passed on to child tables
    /// SQLite: the DDL gave it no name, and `name` is the stable one the
    /// introspector made up; it is written without CONSTRAINT <name>.
    bool nameGenerated = false;
    /// Written in the definition of this column rather than as a table
    /// constraint (SQLite `a INTEGER REFERENCES t (id)`, MariaDB's column
    /// CHECK); empty at table level.
    QString onColumn;
    QString comment; ///< PostgreSQL COMMENT ON CONSTRAINT

    bool operator==(const CheckConstraint &) const = default;
};

} // namespace parity

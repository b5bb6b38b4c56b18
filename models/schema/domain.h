#pragma once

#include <QList>
#include <QStringList>
#include <QString>

namespace parity {

/// One CHECK of a PostgreSQL domain, as pg_get_constraintdef gives it.
struct DomainCheck
{
    QString name;
    QString expression;      ///< "CHECK (VALUE > 0)"
    bool validated = true;   ///< false after ADD CONSTRAINT … NOT VALID

    bool operator==(const DomainCheck &) const = default;
};

/// A PostgreSQL domain: a base type with a default, NOT NULL and checks.
struct Domain
{
    QString schema;
    QString name;
    QString baseType;            ///< format_type of the base type, "numeric(5,2)", "public.base_text"
    QString collation;           ///< only where it differs from the base type's own
    QString defaultExpression;
    bool notNull = false;
    QList<DomainCheck> checks;   ///< sorted by name
    QString comment;
    QString owner;

    bool operator==(const Domain &) const = default;
};

/// A PostgreSQL row-level security policy on a table.
struct Policy
{
    QString name;
    QString table;               ///< the table it guards, in the same schema
    bool permissive = true;      ///< false: AS RESTRICTIVE
    QString command = QStringLiteral("ALL"); ///< ALL, SELECT, INSERT, UPDATE, DELETE
    QStringList roles;           ///< sorted; "PUBLIC" when empty on the server
    QString usingExpression;
    QString checkExpression;

    bool operator==(const Policy &) const = default;
};

} // namespace parity

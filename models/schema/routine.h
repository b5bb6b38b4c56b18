#pragma once

#include "privilege.h"

#include <QString>

namespace parity {

enum class RoutineKind { Function, Procedure, Aggregate };

/// A stored function or procedure. Overloads share a name; `arguments`
/// tells them apart.
struct Routine
{
    QString schema;
    QString name;
    RoutineKind kind = RoutineKind::Function;
    QString arguments;       ///< identity argument list: "a integer, b text"
    QString returnType;      ///< empty for procedures
    QString language;        ///< "plpgsql", "sql", …
    QString definition;      ///< the full CREATE statement as the database gives it
    QString comment;
    QString owner;
    Grants grants;

    /// "name(arguments)": the key that identifies an overload.
    QString signature() const { return name + QLatin1Char('(') + arguments + QLatin1Char(')'); }

    bool operator==(const Routine &) const = default;
};

QString routineKindKey(RoutineKind kind);
RoutineKind routineKindFromKey(const QString &key, bool *ok = nullptr);

} // namespace parity

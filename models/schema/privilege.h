#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <tuple>

namespace parity {

/// One privilege one role holds on an object (PostgreSQL ACL item), as
/// GRANT privilege [(column)] ON object TO grantee [WITH GRANT OPTION] would
/// give it. The owner's own privileges are not listed: they come with
/// ownership.
struct Grant
{
    QString grantee;         ///< role name, or "PUBLIC"
    QString privilege;       ///< SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER, USAGE, EXECUTE, CREATE, …
    QString column;          ///< for a column privilege; empty for the whole object
    bool grantable = false;  ///< WITH GRANT OPTION

    bool operator==(const Grant &) const = default;
    bool operator<(const Grant &other) const
    {
        return std::tie(grantee, column, privilege, grantable)
               < std::tie(other.grantee, other.column, other.privilege, other.grantable);
    }
};

using Grants = QList<Grant>; ///< sorted

/// "SELECT (email) TO reader WITH GRANT OPTION": one grant as a line of a
/// difference, in a person's reading order.
QString grantText(const Grant &grant);
/// What PostgreSQL gives a new function or procedure beyond its owner:
/// EXECUTE for PUBLIC. Other new objects have nothing.
Grants newRoutineGrants();
QStringList grantLines(const Grants &grants);

} // namespace parity

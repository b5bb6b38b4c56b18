#include "privilege.h"

namespace parity {

QString grantText(const Grant &grant)
{
    QString text = grant.privilege;
    if (!grant.column.isEmpty())
        text += QStringLiteral(" (%1)").arg(grant.column);
    text += QStringLiteral(" TO ") + grant.grantee;
    if (grant.grantable)
        text += QStringLiteral(" WITH GRANT OPTION");
    return text;
}

Grants newRoutineGrants()
{
    return {Grant{QStringLiteral("PUBLIC"), QStringLiteral("EXECUTE"), {}, false}};
}

QStringList grantLines(const Grants &grants)
{
    QStringList lines;
    lines.reserve(grants.size());
    for (const Grant &g : grants)
        lines << grantText(g);
    return lines;
}

} // namespace parity

// Domains, row-level security policies and privileges: what PostgreSQL
// keeps beside tables rather than in them.
#include "postgressqlgenerator.h"

#include <QHash>

namespace parity {

namespace {

QString checkClause(const PostgresSqlGenerator &g, const DomainCheck &check)
{
    return QStringLiteral("CONSTRAINT %1 %2").arg(g.quoteIdentifier(check.name), check.expression);
}

const DomainCheck *checkNamed(const Domain &domain, const QString &name)
{
    for (const DomainCheck &c : domain.checks) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

QStringList PostgresSqlGenerator::createDomain(const Domain &domain) const
{
    const QString name = qualifiedName(domain.schema, domain.name);
    QString create = QStringLiteral("CREATE DOMAIN %1 AS %2").arg(name, domain.baseType);
    if (!domain.collation.isEmpty())
        create += QStringLiteral(" COLLATE ") + quoteIdentifier(domain.collation);
    if (!domain.defaultExpression.isEmpty())
        create += QStringLiteral(" DEFAULT ") + domain.defaultExpression;
    if (domain.notNull)
        create += QStringLiteral(" NOT NULL");
    QStringList out;
    // A check that was never validated can only be added NOT VALID, after.
    QStringList later;
    for (const DomainCheck &c : domain.checks) {
        if (c.validated)
            create += QLatin1Char(' ') + checkClause(*this, c);
        else
            later << QStringLiteral("ALTER DOMAIN %1 ADD %2 NOT VALID").arg(name, checkClause(*this, c));
    }
    out << create << later;
    if (!domain.comment.isEmpty())
        out << commentOn(QStringLiteral("DOMAIN ") + name, domain.comment);
    return out;
}

QStringList PostgresSqlGenerator::dropDomain(const Domain &domain) const
{
    return {QStringLiteral("DROP DOMAIN %1").arg(qualifiedName(domain.schema, domain.name))};
}

QStringList PostgresSqlGenerator::renameDomain(const Domain &domain, const QString &newName) const
{
    return {QStringLiteral("ALTER DOMAIN %1 RENAME TO %2")
                .arg(qualifiedName(domain.schema, domain.name), quoteIdentifier(newName))};
}

QStringList PostgresSqlGenerator::alterDomain(const Domain &from, const Domain &to) const
{
    const QString name = qualifiedName(to.schema, to.name);
    QStringList out;
    if (from.defaultExpression != to.defaultExpression) {
        out << (to.defaultExpression.isEmpty()
                    ? QStringLiteral("ALTER DOMAIN %1 DROP DEFAULT").arg(name)
                    : QStringLiteral("ALTER DOMAIN %1 SET DEFAULT %2").arg(name, to.defaultExpression));
    }
    // Checks go before NOT NULL is set, and are dropped before they are
    // added, so a check that changes keeps its name.
    for (const DomainCheck &c : from.checks) {
        const DomainCheck *kept = checkNamed(to, c.name);
        if (!kept || *kept != c)
            out << QStringLiteral("ALTER DOMAIN %1 DROP CONSTRAINT %2").arg(name, quoteIdentifier(c.name));
    }
    for (const DomainCheck &c : to.checks) {
        const DomainCheck *had = checkNamed(from, c.name);
        if (!had || *had != c) {
            out << QStringLiteral("ALTER DOMAIN %1 ADD %2%3")
                       .arg(name, checkClause(*this, c), c.validated ? QString() : QStringLiteral(" NOT VALID"));
        }
    }
    if (from.notNull != to.notNull)
        out << QStringLiteral("ALTER DOMAIN %1 %2 NOT NULL").arg(name, to.notNull ? QStringLiteral("SET") : QStringLiteral("DROP"));
    if (from.comment != to.comment)
        out << commentOn(QStringLiteral("DOMAIN ") + name, to.comment);
    if (!to.owner.isEmpty() && !from.owner.isEmpty() && from.owner != to.owner)
        out << QStringLiteral("ALTER DOMAIN %1 OWNER TO %2").arg(name, quoteIdentifier(to.owner));
    return out;
}

QStringList PostgresSqlGenerator::createPolicy(const QString &schema, const Policy &policy) const
{
    QString sql = QStringLiteral("CREATE POLICY %1 ON %2")
                      .arg(quoteIdentifier(policy.name), qualifiedName(schema, policy.table));
    if (!policy.permissive)
        sql += QStringLiteral(" AS RESTRICTIVE");
    if (policy.command != QLatin1String("ALL"))
        sql += QStringLiteral(" FOR ") + policy.command;
    QStringList roles;
    for (const QString &role : policy.roles)
        roles << (role == QLatin1String("PUBLIC") ? role : quoteIdentifier(role));
    if (!roles.isEmpty() && roles != QStringList{QStringLiteral("PUBLIC")})
        sql += QStringLiteral(" TO ") + roles.join(QStringLiteral(", "));
    if (!policy.usingExpression.isEmpty())
        sql += QStringLiteral(" USING (%1)").arg(policy.usingExpression);
    if (!policy.checkExpression.isEmpty())
        sql += QStringLiteral(" WITH CHECK (%1)").arg(policy.checkExpression);
    return {sql};
}

QStringList PostgresSqlGenerator::dropPolicy(const QString &schema, const Policy &policy) const
{
    return {QStringLiteral("DROP POLICY %1 ON %2").arg(quoteIdentifier(policy.name), qualifiedName(schema, policy.table))};
}

QStringList PostgresSqlGenerator::changeGrants(const QString &object, const Grants &from, const Grants &to) const
{
    // One statement per grantee, column and grant option, privileges listed
    // together: GRANT SELECT, INSERT ON TABLE t TO app.
    auto statements = [&](const Grants &grants, bool revoke) {
        QList<Grant> order; // the first grant of each group stands for it
        QHash<QString, QStringList> privileges;
        for (const Grant &g : grants) {
            const bool option = g.grantable && !revoke;
            const QString group = g.grantee + QChar(0x1f) + g.column + QChar(0x1f) + QChar(option ? '1' : '0');
            if (!privileges.contains(group))
                order << Grant{g.grantee, group, g.column, option};
            privileges[group] << g.privilege;
        }
        QStringList out;
        for (const Grant &group : std::as_const(order)) {
            const QString role = group.grantee == QLatin1String("PUBLIC") ? group.grantee : quoteIdentifier(group.grantee);
            QString what = privileges.value(group.privilege).join(QStringLiteral(", "));
            if (!group.column.isEmpty())
                what += QStringLiteral(" (%1)").arg(quoteIdentifier(group.column));
            out << (revoke ? QStringLiteral("REVOKE %1 ON %2 FROM %3").arg(what, object, role)
                           : QStringLiteral("GRANT %1 ON %2 TO %3%4")
                                 .arg(what, object, role,
                                      group.grantable ? QStringLiteral(" WITH GRANT OPTION") : QString()));
        }
        return out;
    };
    Grants removed;
    Grants added;
    for (const Grant &g : from) {
        if (!to.contains(g))
            removed << g;
    }
    for (const Grant &g : to) {
        if (!from.contains(g))
            added << g;
    }
    return statements(removed, true) + statements(added, false);
}

} // namespace parity

#include "schemadiff.h"

#include <QRegularExpression>

namespace parity {

QString ObjectChange::path() const
{
    QStringList parts;
    for (const QString &part : {schema, table, name}) {
        if (!part.isEmpty())
            parts << part;
    }
    return parts.join(QLatin1Char('.'));
}

namespace {

bool matchesAny(const QStringList &patterns, const QString &name)
{
    return std::ranges::any_of(patterns, [&](const QString &pattern) {
        // Anchored; names hold no '/', so the path rules of the default mode never apply.
        const QString re = QRegularExpression::wildcardToRegularExpression(pattern);
        return QRegularExpression(re).match(name).hasMatch();
    });
}

} // namespace

bool isParityOwnTable(const QString &name)
{
    return name.compare(QLatin1String("parity_audit_log"), Qt::CaseInsensitive) == 0;
}

bool DiffOptions::acceptsObject(const QString &name) const
{
    if (isParityOwnTable(name))
        return false;
    if (!objects.isEmpty() && !matchesAny(objects, name))
        return false;
    return !matchesAny(excludeObjects, name);
}

QString objectKindKey(ObjectKind kind)
{
    switch (kind) {
    case ObjectKind::Schema: return QStringLiteral("schema");
    case ObjectKind::Extension: return QStringLiteral("extension");
    case ObjectKind::Enum: return QStringLiteral("enum");
    case ObjectKind::Domain: return QStringLiteral("domain");
    case ObjectKind::Sequence: return QStringLiteral("sequence");
    case ObjectKind::Table: return QStringLiteral("table");
    case ObjectKind::Column: return QStringLiteral("column");
    case ObjectKind::PrimaryKey: return QStringLiteral("primary-key");
    case ObjectKind::ForeignKey: return QStringLiteral("foreign-key");
    case ObjectKind::UniqueConstraint: return QStringLiteral("unique");
    case ObjectKind::Check: return QStringLiteral("check");
    case ObjectKind::Index: return QStringLiteral("index");
    case ObjectKind::View: return QStringLiteral("view");
    case ObjectKind::MaterializedView: return QStringLiteral("materialized-view");
    case ObjectKind::Routine: return QStringLiteral("routine");
    case ObjectKind::Trigger: return QStringLiteral("trigger");
    case ObjectKind::Policy: return QStringLiteral("policy");
    }
    return {};
}

QString objectKindName(ObjectKind kind, qsizetype count)
{
    const bool one = count == 1;
    switch (kind) {
    case ObjectKind::Schema: return one ? QStringLiteral("schema") : QStringLiteral("schemas");
    case ObjectKind::Extension: return one ? QStringLiteral("extension") : QStringLiteral("extensions");
    case ObjectKind::Enum: return one ? QStringLiteral("enum type") : QStringLiteral("enum types");
    case ObjectKind::Domain: return one ? QStringLiteral("domain") : QStringLiteral("domains");
    case ObjectKind::Sequence: return one ? QStringLiteral("sequence") : QStringLiteral("sequences");
    case ObjectKind::Table: return one ? QStringLiteral("table") : QStringLiteral("tables");
    case ObjectKind::Column: return one ? QStringLiteral("column") : QStringLiteral("columns");
    case ObjectKind::PrimaryKey: return one ? QStringLiteral("primary key") : QStringLiteral("primary keys");
    case ObjectKind::ForeignKey: return one ? QStringLiteral("foreign key") : QStringLiteral("foreign keys");
    case ObjectKind::UniqueConstraint:
        return one ? QStringLiteral("unique constraint") : QStringLiteral("unique constraints");
    case ObjectKind::Check: return one ? QStringLiteral("check constraint") : QStringLiteral("check constraints");
    case ObjectKind::Index: return one ? QStringLiteral("index") : QStringLiteral("indexes");
    case ObjectKind::View: return one ? QStringLiteral("view") : QStringLiteral("views");
    case ObjectKind::MaterializedView:
        return one ? QStringLiteral("materialized view") : QStringLiteral("materialized views");
    case ObjectKind::Routine: return one ? QStringLiteral("routine") : QStringLiteral("routines");
    case ObjectKind::Trigger: return one ? QStringLiteral("trigger") : QStringLiteral("triggers");
    case ObjectKind::Policy: return one ? QStringLiteral("policy") : QStringLiteral("policies");
    }
    return {};
}

QString changeKindKey(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added: return QStringLiteral("added");
    case ChangeKind::Removed: return QStringLiteral("removed");
    case ChangeKind::Changed: return QStringLiteral("changed");
    }
    return {};
}

} // namespace parity

#include "catalogtext.h"

#include <QLocale>
#include <QTextStream>

namespace parity {

namespace {

QString plural(qint64 n, const char *one, const char *many)
{
    return QStringLiteral("%1 %2").arg(QLocale::c().toString(n), QLatin1String(n == 1 ? one : many));
}

QString countsLine(const CatalogCounts &c)
{
    QStringList parts;
    auto add = [&](int n, const char *one, const char *many) {
        if (n > 0)
            parts << plural(n, one, many);
    };
    add(c.schemas, "schema", "schemas");
    add(c.tables, "table", "tables");
    add(c.partitions, "partition", "partitions");
    add(c.columns, "column", "columns");
    add(c.primaryKeys, "primary key", "primary keys");
    add(c.foreignKeys, "foreign key", "foreign keys");
    add(c.uniqueConstraints, "unique constraint", "unique constraints");
    add(c.checks, "check", "checks");
    add(c.indexes, "index", "indexes");
    add(c.views, "view", "views");
    add(c.materializedViews, "materialized view", "materialized views");
    add(c.routines, "routine", "routines");
    add(c.triggers, "trigger", "triggers");
    add(c.sequences, "sequence", "sequences");
    add(c.enums, "enum type", "enum types");
    add(c.domains, "domain", "domains");
    add(c.policies, "policy", "policies");
    add(c.extensions, "extension", "extensions");
    return parts.isEmpty() ? QStringLiteral("no objects") : parts.join(QStringLiteral(", "));
}

QString tableDetails(const Table &t)
{
    QStringList parts;
    parts << plural(t.columns.size(), "column", "columns");
    if (t.primaryKey)
        parts << QStringLiteral("PK (%1)").arg(t.primaryKey->columns.join(QStringLiteral(", ")));
    if (!t.foreignKeys.isEmpty())
        parts << plural(t.foreignKeys.size(), "FK", "FKs");
    if (!t.indexes.isEmpty())
        parts << plural(t.indexes.size(), "index", "indexes");
    const qsizetype constraints = t.uniqueConstraints.size() + t.checks.size();
    if (constraints > 0)
        parts << plural(constraints, "constraint", "constraints");
    if (t.kind == TableKind::Partitioned)
        parts << QStringLiteral("partitioned by %1").arg(t.partitionKey);
    if (t.kind == TableKind::Partition)
        parts << QStringLiteral("partition of %1").arg(t.parentTable);
    return parts.join(QStringLiteral(", "));
}

} // namespace

bool hasUnknownRowCounts(const Catalog &catalog)
{
    for (const Schema &schema : catalog.schemas) {
        for (const Table &t : schema.tables) {
            if (t.rowCount < 0 && t.rowEstimate < 0)
                return true;
        }
    }
    return false;
}

QString rowCountText(const Table &table)
{
    if (table.rowCount >= 0)
        return plural(table.rowCount, "row", "rows");
    if (table.rowEstimate >= 0)
        return QLatin1Char('~') + plural(table.rowEstimate, "row", "rows");
    return QStringLiteral("rows unknown");
}

QString catalogSummaryText(const Catalog &catalog)
{
    QString out;
    QTextStream s(&out);
    s << catalog.database;
    if (!catalog.serverVersion.isEmpty())
        s << " (" << catalog.serverVersion << ')';
    if (!catalog.source.isEmpty())
        s << " from " << catalog.source;
    s << '\n';
    s << countsLine(countObjects(catalog)) << '\n';

    if (!catalog.extensions.isEmpty()) {
        s << "\nExtensions\n";
        for (const Extension &e : catalog.extensions)
            s << "  " << e.name << ' ' << e.version << '\n';
    }

    for (const Schema &schema : catalog.schemas) {
        s << "\nSchema " << schema.name << '\n';
        if (!schema.tables.isEmpty()) {
            qsizetype nameWidth = 0;
            qsizetype rowsWidth = 0;
            for (const Table &t : schema.tables) {
                nameWidth = std::max(nameWidth, t.name.size());
                rowsWidth = std::max(rowsWidth, rowCountText(t).size());
            }
            s << "  Tables (" << schema.tables.size() << ")\n";
            for (const Table &t : schema.tables) {
                const QString rows = rowCountText(t);
                s << "    " << t.name.leftJustified(nameWidth) << "  " << rows.rightJustified(rowsWidth)
                  << "  " << tableDetails(t) << '\n';
            }
        }
        if (!schema.views.isEmpty()) {
            s << "  Views (" << schema.views.size() << ")\n";
            for (const View &v : schema.views)
                s << "    " << v.name << (v.materialized ? "  (materialized)" : "") << '\n';
        }
        if (!schema.enums.isEmpty()) {
            s << "  Enum types (" << schema.enums.size() << ")\n";
            for (const EnumType &e : schema.enums)
                s << "    " << e.name << "  " << e.labels.join(QStringLiteral(", ")) << '\n';
        }
        if (!schema.domains.isEmpty()) {
            s << "  Domains (" << schema.domains.size() << ")\n";
            for (const Domain &d : schema.domains)
                s << "    " << d.name << "  " << d.baseType << (d.notNull ? " NOT NULL" : "")
                  << (d.checks.isEmpty() ? QString() : QStringLiteral("  ") + plural(d.checks.size(), "check", "checks"))
                  << '\n';
        }
        if (!schema.sequences.isEmpty()) {
            s << "  Sequences (" << schema.sequences.size() << ")\n";
            for (const Sequence &q : schema.sequences)
                s << "    " << q.name << (q.ownedBy.isEmpty() ? QString() : QStringLiteral("  owned by ") + q.ownedBy)
                  << '\n';
        }
        if (!schema.routines.isEmpty()) {
            s << "  Routines (" << schema.routines.size() << ")\n";
            for (const Routine &r : schema.routines)
                s << "    " << routineKindKey(r.kind) << ' ' << r.signature() << '\n';
        }
        if (!schema.triggers.isEmpty()) {
            s << "  Triggers (" << schema.triggers.size() << ")\n";
            for (const Trigger &t : schema.triggers)
                s << "    " << t.name << "  " << t.timing << ' ' << t.events.join(QStringLiteral(" OR "))
                  << " ON " << t.table << '\n';
        }
        if (!schema.policies.isEmpty()) {
            s << "  Policies (" << schema.policies.size() << ")\n";
            for (const Policy &p : schema.policies)
                s << "    " << p.name << "  FOR " << p.command << " ON " << p.table
                  << (p.permissive ? "" : "  (restrictive)") << '\n';
        }
    }
    return out;
}

} // namespace parity

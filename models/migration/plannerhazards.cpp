// The hazards a plan carries: what each change risks, with the probe that
// measures it on FROM's data (migrationplanner.h).

#include "migrationplanner.h"

#include "sqlgenerator.h"

namespace parity {

namespace {

constexpr qint64 kBigTable = 1'000'000;
constexpr int kSamples = 5;

QString path(const Table &table, const QString &name = {})
{
    QString p = table.schema + QLatin1Char('.') + table.name;
    if (!name.isEmpty())
        p += QLatin1Char('.') + name;
    return p;
}

} // namespace

QString MigrationPlanner::liveName(const Table &table) const
{
    return m_renames.tables.value(key(table.schema, table.name), table.name);
}

QString MigrationPlanner::liveColumn(const Table &table, const QString &column) const
{
    return m_renames.columns.value(key(table.schema, table.name) + QChar(0x1f) + column, column);
}

qint64 MigrationPlanner::rowsOf(const Table &table) const
{
    return table.rowCount >= 0 ? table.rowCount : table.rowEstimate;
}

void MigrationPlanner::hazardDroppedTable(const Table &table)
{
    Hazard h;
    h.kind = HazardKind::DroppedTable;
    h.object = path(table);
    h.reason = QStringLiteral("drops the table and its rows");
    h.unit = QStringLiteral("rows");
    h.figure = rowsOf(table);
    h.figureExact = table.rowCount >= 0;
    h.probe = m_g.countRowsQuery(table.schema, liveName(table));
    h.dataLoss = h.figure != 0;
    h.severity = h.dataLoss ? HazardSeverity::High : HazardSeverity::Low;
    m_hazards.append(h);
}

void MigrationPlanner::hazardDroppedColumn(const Table &table, const Column &column)
{
    if (!column.generatedExpression.isEmpty())
        return; // computed from the others: nothing of its own is lost
    Hazard h;
    h.kind = HazardKind::DroppedColumn;
    h.object = path(table, column.name);
    h.reason = QStringLiteral("drops the column and its values");
    h.unit = QStringLiteral("values");
    // Until measured, every row may hold a value.
    h.figure = rowsOf(table);
    h.figureExact = false;
    h.probe = m_g.countRowsQuery(table.schema, liveName(table),
                                 m_g.quoteIdentifier(liveColumn(table, column.name)) + QStringLiteral(" IS NOT NULL"));
    h.dataLoss = h.figure != 0;
    h.severity = h.dataLoss ? HazardSeverity::High : HazardSeverity::Low;
    m_hazards.append(h);
}

void MigrationPlanner::hazardNewColumn(const Table &table, const Column &column)
{
    if (column.nullable || !column.defaultExpression.isEmpty() || column.identity != IdentityKind::None
        || !column.generatedExpression.isEmpty() || !mayHaveRows(table))
        return;
    Hazard h;
    h.kind = HazardKind::NotNullWithoutDefault;
    h.severity = HazardSeverity::High;
    h.object = path(table, column.name);
    h.reason = QStringLiteral("adds a NOT NULL column without a default to a table with rows: the existing "
                              "rows have no value for it, so the change fails");
    h.unit = QStringLiteral("rows");
    h.figure = rowsOf(table);
    h.figureExact = table.rowCount >= 0;
    h.probe = m_g.countRowsQuery(table.schema, liveName(table));
    m_hazards.append(h);
}

void MigrationPlanner::hazardColumnChange(const Table &table, const Column &from, const Column &to)
{
    if (from.nullable && !to.nullable && mayHaveRows(table)) {
        Hazard h;
        h.kind = HazardKind::NullValues;
        h.severity = HazardSeverity::High;
        h.object = path(table, to.name);
        h.reason = QStringLiteral("sets NOT NULL on a column that may hold NULLs: the change fails while any do");
        h.unit = QStringLiteral("NULLs");
        h.probe = m_g.countRowsQuery(table.schema, liveName(table),
                                     m_g.quoteIdentifier(liveColumn(table, from.name)) + QStringLiteral(" IS NULL"));
        m_hazards.append(h);
    }
    const QString fromType = from.normalizedType.isEmpty() ? from.type : from.normalizedType;
    const QString toType = to.normalizedType.isEmpty() ? to.type : to.normalizedType;
    if (fromType == toType)
        return;
    // MySQL ENUM and SET: a label taken away.
    QStringList removedLabels;
    for (const QString &label : from.enumLabels) {
        if (!to.enumLabels.isEmpty() && !to.enumLabels.contains(label))
            removedLabels << label;
    }
    if (!removedLabels.isEmpty())
        hazardEnumLabels(table.schema, table.name, from.name, removedLabels);
    Column live = from;
    live.name = liveColumn(table, from.name);
    const QString misfit = m_g.misfitCondition(live, to.type);
    if (!misfit.isEmpty() && mayHaveRows(table)) {
        Hazard h;
        h.kind = HazardKind::NarrowingType;
        h.severity = HazardSeverity::High;
        h.object = path(table, to.name);
        h.reason = QStringLiteral("narrows the type from %1 to %2: values that do not fit make the change fail "
                                  "or are cut")
                       .arg(from.type, to.type);
        h.unit = QStringLiteral("values that do not fit");
        h.dataLoss = true;
        h.probe = m_g.countRowsQuery(table.schema, liveName(table), misfit);
        m_hazards.append(h);
    }
    // PostgreSQL keeps the rows when a length or precision limit only grows
    // (varchar(20) to varchar(50), or to text); other changes rewrite them.
    auto base = [](const QString &type) { return type.section(QLatin1Char('('), 0, 0).trimmed(); };
    const bool widening = m_to.dialect == Dialect::PostgreSQL && misfit.isEmpty()
                          && (base(fromType) == base(toType)
                              || (base(fromType) == QLatin1String("varchar") && toType == QLatin1String("text")));
    if (m_to.dialect != Dialect::SQLite && !widening)
        hazardRewrite(table, QStringLiteral("changes the type of %1, which rewrites every row").arg(to.name));
}

void MigrationPlanner::hazardUnique(const Table &table, const QStringList &columns, const QString &what)
{
    if (!mayHaveRows(table) || columns.isEmpty())
        return;
    // Columns the table does not have yet hold nothing to repeat.
    for (const QString &c : columns) {
        if (!table.column(c))
            return;
    }
    Hazard h;
    h.kind = HazardKind::DuplicateValues;
    h.severity = HazardSeverity::High;
    h.object = path(table, columns.join(QStringLiteral(", ")));
    h.reason = QStringLiteral("adds %1 over values that may repeat: the change fails while any do").arg(what);
    h.unit = QStringLiteral("duplicated values");
    QStringList liveColumns;
    for (const QString &c : columns)
        liveColumns << liveColumn(table, c);
    h.probe = m_g.duplicatesQuery(table.schema, liveName(table), liveColumns);
    h.sampleProbe = m_g.duplicateSamplesQuery(table.schema, liveName(table), liveColumns, kSamples);
    m_hazards.append(h);
}

void MigrationPlanner::hazardUniqueIndex(const Table &table, const Index &index)
{
    if (!index.unique || !index.predicate.isEmpty())
        return;
    QStringList columns;
    for (const IndexKey &k : index.keys) {
        if (k.isExpression)
            return; // duplicates of an expression are not probed
        columns << k.expression;
    }
    hazardUnique(table, columns, QStringLiteral("unique index ") + index.name);
}

void MigrationPlanner::hazardForeignKey(const Table &table, const ForeignKey &key)
{
    if (!mayHaveRows(table))
        return;
    for (const QString &c : key.columns) {
        if (!table.column(c))
            return;
    }
    // A key into a table that does not exist yet cannot be probed.
    const QString refSchema = key.referencedSchema.isEmpty() ? table.schema : key.referencedSchema;
    const Table *referenced = fromTable(refSchema, key.referencedTable);
    if (!referenced)
        return;
    Hazard h;
    h.kind = HazardKind::OrphanRows;
    h.severity = HazardSeverity::High;
    h.object = path(table, key.name);
    h.unit = QStringLiteral("orphan rows");
    const bool newTarget = std::ranges::any_of(key.referencedColumns,
                                               [&](const QString &c) { return !referenced->column(c); });
    if (newTarget) {
        // The referenced column does not exist yet: every row that sets the
        // key's columns points at nothing when the key is added.
        QStringList set;
        for (const QString &c : key.columns)
            set << m_g.quoteIdentifier(liveColumn(table, c)) + QStringLiteral(" IS NOT NULL");
        h.reason = QStringLiteral("adds a foreign key to %1(%2), which is new: rows that already set %3 point at "
                                  "nothing and make the change fail")
                       .arg(key.referencedTable, key.referencedColumns.join(QStringLiteral(", ")),
                            key.columns.join(QStringLiteral(", ")));
        h.probe = m_g.countRowsQuery(table.schema, liveName(table), set.join(QStringLiteral(" AND ")));
    } else {
        h.reason = QStringLiteral("adds a foreign key to %1: rows that point at nothing make the change fail")
                       .arg(key.referencedTable);
        // The probe runs before any rename: it names things as FROM does.
        Table child = table;
        child.name = liveName(table);
        ForeignKey liveKey = key;
        for (QString &c : liveKey.columns)
            c = liveColumn(table, c);
        liveKey.referencedTable = liveName(*referenced);
        for (QString &c : liveKey.referencedColumns)
            c = liveColumn(*referenced, c);
        h.probe = m_g.orphansQuery(child, liveKey);
    }
    m_hazards.append(h);
}

void MigrationPlanner::hazardRewrite(const Table &table, const QString &why)
{
    const qint64 rows = rowsOf(table);
    if (rows == 0)
        return;
    Hazard h;
    h.kind = HazardKind::TableRewrite;
    h.severity = rows >= kBigTable || rows < 0 ? HazardSeverity::Medium : HazardSeverity::Low;
    h.object = path(table);
    h.reason = QStringLiteral("%1; the table is locked while it runs").arg(why);
    h.unit = QStringLiteral("rows");
    h.figure = rows;
    h.figureExact = table.rowCount >= 0;
    // Statistics are good enough for a table that big; a smaller one is
    // counted.
    if (rows < kBigTable)
        h.probe = m_g.countRowsQuery(table.schema, liveName(table));
    m_hazards.append(h);
}

void MigrationPlanner::hazardEnumLabels(const QString &schema, const QString &table, const QString &column,
                                        const QStringList &removed)
{
    Hazard h;
    h.kind = HazardKind::EnumLabelInUse;
    h.severity = HazardSeverity::High;
    h.dataLoss = true;
    h.object = schema + QLatin1Char('.') + table + QLatin1Char('.') + column;
    h.reason = QStringLiteral("removes the label%1 %2 that rows may still hold")
                   .arg(removed.size() == 1 ? QString() : QStringLiteral("s"), removed.join(QStringLiteral(", ")));
    h.unit = QStringLiteral("rows");
    const Table *t = fromTable(schema, table);
    h.probe = t ? m_g.countRowsQuery(schema, liveName(*t), m_g.valueInCondition(liveColumn(*t, column), removed))
                : QString();
    m_hazards.append(h);
}

} // namespace parity

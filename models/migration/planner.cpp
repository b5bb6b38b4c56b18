#include "planner.h"

#include "common/workerpool.h"
#include "diff/schemacomparer.h"
#include "migrationplanner.h"
#include "renames.h"
#include "sqlgenerator.h"

#include <QLocale>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

void settleIrreversibility(PlanPair &pair)
{
    MigrationPlan &forward = pair.forward;
    MigrationPlan &rollback = pair.rollback;
    auto byObject = [](const MigrationPlan &plan) {
        QHash<QString, QList<qsizetype>> index;
        for (qsizetype i = 0; i < plan.steps.size(); ++i)
            index[plan.steps[i].object].append(i);
        return index;
    };
    const QHash<QString, QList<qsizetype>> forwardSteps = byObject(forward);
    const QHash<QString, QList<qsizetype>> rollbackSteps = byObject(rollback);
    auto isDrop = [](const Hazard &h) {
        return h.kind == HazardKind::DroppedTable || h.kind == HazardKind::DroppedColumn;
    };

    // A drop of what turned out to hold nothing loses nothing.
    for (const Hazard &h : forward.hazards) {
        if (h.dataLoss || h.figure != 0 || !isDrop(h))
            continue;
        for (qsizetype i : forwardSteps.value(h.object)) {
            PlanStep &step = forward.steps[i];
            if (step.irreversible) {
                step.irreversible = false;
                step.note.clear();
            }
        }
    }
    for (PlanStep &step : rollback.steps) {
        if (!step.lostData.isEmpty()) {
            step.lostData.clear();
            step.irreversible = false;
        }
    }
    for (const Hazard &h : forward.hazards) {
        if (!h.dataLoss || !isDrop(h))
            continue;
        const QString table = h.kind == HazardKind::DroppedColumn ? h.object.section(QLatin1Char('.'), 0, -2) : h.object;
        const QString text =
            (h.kind == HazardKind::DroppedTable
                 ? QStringLiteral("the forward script dropped table %1 (%2); it comes back empty. "
                                  "Restore its rows from the backup.")
                 : QStringLiteral("the forward script dropped column %1 (%2); it comes back empty. "
                                  "Restore its values from the backup."))
                .arg(h.object, h.figureText());
        // The step that brings it back: the CREATE TABLE or ADD COLUMN, or
        // for SQLite the rebuild of the column's table (its first statement).
        QList<qsizetype> candidates = rollbackSteps.value(h.object);
        if (h.kind == HazardKind::DroppedColumn && rollback.dialect == Dialect::SQLite) {
            for (qsizetype i : rollbackSteps.value(table)) {
                if (!rollback.steps[i].note.isEmpty())
                    candidates.append(i);
            }
            std::ranges::sort(candidates);
        }
        if (candidates.isEmpty())
            continue;
        PlanStep &step = rollback.steps[candidates.first()];
        step.irreversible = true;
        step.lostData = step.lostData.isEmpty() ? text : step.lostData + QLatin1Char(' ') + text;
    }
}

QString dialectClient(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return QStringLiteral("psql -v ON_ERROR_STOP=1 -f FILE");
    case Dialect::MySQL: return QStringLiteral("mariadb DATABASE < FILE (or mysql)");
    case Dialect::SQLite: return QStringLiteral("sqlite3 DATABASE < FILE");
    }
    return {};
}

QString Hazard::figureText() const
{
    if (kind == HazardKind::NoBackup)
        return QStringLiteral("nothing to restore from");
    if (figure < 0)
        return QStringLiteral("not measured");
    const QString n = QLocale::c().toString(figure);
    QString what = unit;
    if (figure == 1) {
        // The units planners write, in the singular.
        what.replace(QStringLiteral("values that do not fit"), QStringLiteral("value that does not fit"));
        what.replace(QStringLiteral("rows"), QStringLiteral("row"));
        what.replace(QStringLiteral("values"), QStringLiteral("value"));
        what.replace(QStringLiteral("NULLs"), QStringLiteral("NULL"));
    }
    QString text = (figureExact ? QString() : QStringLiteral("about ")) + n + QLatin1Char(' ') + what;
    if (!samples.isEmpty())
        text += QStringLiteral(" (e.g. %1)").arg(samples.join(QStringLiteral(", ")));
    return text;
}

bool MigrationPlan::losesData() const
{
    return std::ranges::any_of(hazards, [](const Hazard &h) { return h.dataLoss; });
}

QString hazardSeverityKey(HazardSeverity severity)
{
    switch (severity) {
    case HazardSeverity::High: return QStringLiteral("high");
    case HazardSeverity::Medium: return QStringLiteral("medium");
    case HazardSeverity::Low: break;
    }
    return QStringLiteral("low");
}

QString hazardKindKey(HazardKind kind)
{
    switch (kind) {
    case HazardKind::DroppedTable: return QStringLiteral("dropped-table");
    case HazardKind::DroppedColumn: return QStringLiteral("dropped-column");
    case HazardKind::DuplicateValues: return QStringLiteral("duplicate-values");
    case HazardKind::NullValues: return QStringLiteral("null-values");
    case HazardKind::NotNullWithoutDefault: return QStringLiteral("not-null-without-default");
    case HazardKind::NarrowingType: return QStringLiteral("narrowing-type");
    case HazardKind::EnumLabelInUse: return QStringLiteral("enum-label-in-use");
    case HazardKind::OrphanRows: return QStringLiteral("orphan-rows");
    case HazardKind::TableRewrite: return QStringLiteral("table-rewrite");
    case HazardKind::NoBackup: return QStringLiteral("no-backup");
    case HazardKind::DataChange: return QStringLiteral("data-change");
    }
    return {};
}

namespace {

/// MySQL calls a database a schema: planning shop_staging into shop_uat
/// means planning their one schema each, which the comparison pairs
/// whatever their names. The planner finds objects by schema name, so the
/// target's schema takes the source's name (scripts leave it out anyway).
Catalog underSchemaOf(const Catalog &target, const Catalog &source)
{
    if (target.dialect != Dialect::MySQL || target.schemas.size() != 1 || source.schemas.size() != 1
        || target.schemas.first().name == source.schemas.first().name)
        return target;
    Catalog renamed = target;
    const QString old = renamed.schemas.first().name;
    const QString name = source.schemas.first().name;
    Schema &s = renamed.schemas.first();
    s.name = name;
    for (Table &t : s.tables) {
        t.schema = name;
        for (ForeignKey &fk : t.foreignKeys) {
            if (fk.referencedSchema == old)
                fk.referencedSchema = name;
        }
    }
    for (View &v : s.views)
        v.schema = name;
    for (Routine &r : s.routines)
        r.schema = name;
    for (Sequence &q : s.sequences)
        q.schema = name;
    for (EnumType &e : s.enums)
        e.schema = name;
    for (Domain &d : s.domains)
        d.schema = name;
    return renamed;
}

} // namespace

Catalog comparableTo(const Catalog &to, const Catalog &from)
{
    return spelledAs(underSchemaOf(to, from), from);
}

Result<PlanPair> planMigration(const Catalog &fromCatalog, const Catalog &toCatalog, const PlanOptions &options)
{
    const Catalog from = fromCatalog;
    const Catalog to = comparableTo(toCatalog, fromCatalog);
    if (from.dialect != to.dialect)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is %2 and %3 is %4: a plan turns one database into another of the same kind")
                        .arg(from.database, dialectDisplayName(from.dialect), to.database, dialectDisplayName(to.dialect)));
    const std::unique_ptr<SqlGenerator> g = SqlGenerator::create(to.dialect);

    // "a.b" is a column of table a, unless FROM has no such table and column
    // but has table b in schema a.
    QList<Rename> renames = options.renames;
    for (Rename &r : renames) {
        if (!r.schema.isEmpty() || r.column.isEmpty())
            continue;
        bool column = false;
        for (const Schema &s : from.schemas) {
            const Table *t = s.table(r.table);
            column = column || (t && t->column(r.column));
        }
        if (!column && from.table(r.table, r.column)) {
            r.schema = r.table;
            r.table = r.column;
            r.column.clear();
        }
    }

    auto forwardRenames = applyRenames(from, to, renames, *g);
    if (!forwardRenames)
        return std::unexpected(forwardRenames.error());
    // The rollback starts where the forward script ends (TO's structure)
    // and undoes the renames last-first.
    QList<Rename> inverse = forwardRenames->inverse;
    std::ranges::reverse(inverse);
    auto backRenames = applyRenames(to, from, inverse, *g);
    if (!backRenames)
        return std::unexpected(backRenames.error());

    // The two directions share nothing they change: the rollback is planned
    // on a worker while this thread plans the forward script.
    QFuture<MigrationPlan> rollbackFuture = QtConcurrent::run(workerPool(), [&backRenames, &from, &g, &options] {
        MigrationPlanner rollbackPlanner(backRenames->catalog, from, *g);
        return rollbackPlanner.plan(options.diff, backRenames->steps, backRenames->renamedTables);
    });
    MigrationPlanner forwardPlanner(forwardRenames->catalog, to, *g);
    PlanPair pair;
    pair.forward = forwardPlanner.plan(options.diff, forwardRenames->steps, forwardRenames->renamedTables,
                                       forwardRenames->original);
    pair.forward.fromName = from.database;
    pair.forward.fromSource = from.source;
    pair.rollback = rollbackFuture.result();
    pair.rollback.isRollback = true;
    pair.rollback.fromName = to.database;
    pair.rollback.fromSource = to.source;
    // The rollback's hazards are about the data the changed database will
    // hold when the rollback runs, which nobody can measure now; what it
    // drops holds whatever was written since the forward script ran.
    for (Hazard &h : pair.rollback.hazards) {
        h.figure = -1;
        h.figureExact = false;
        h.samples.clear();
        if (h.kind == HazardKind::DroppedTable || h.kind == HazardKind::DroppedColumn) {
            h.dataLoss = true;
            h.severity = HazardSeverity::High;
        }
    }
    QSet<QString> dropped;
    for (const Hazard &h : std::as_const(pair.rollback.hazards)) {
        if (h.kind == HazardKind::DroppedTable || h.kind == HazardKind::DroppedColumn)
            dropped.insert(h.object);
    }
    for (PlanStep &step : pair.rollback.steps) {
        if (!dropped.contains(step.object)
            || !(step.sql.startsWith(QLatin1String("DROP ")) || step.sql.contains(QLatin1String(" DROP COLUMN "))))
            continue;
        step.irreversible = true;
        step.note = QStringLiteral("drops %1 and whatever was written to it since the forward script ran.")
                        .arg(step.object);
    }
    settleIrreversibility(pair);
    return pair;
}

QString planScript(const MigrationPlan &plan)
{
    const std::unique_ptr<SqlGenerator> g = SqlGenerator::create(plan.dialect);
    QStringList header;
    if (plan.isRollback)
        header << QStringLiteral("Parity rollback script: turns %1 back into %2.").arg(plan.fromName, plan.toName);
    else
        header << QStringLiteral("Parity migration script: turns %1 into %2.").arg(plan.fromName, plan.toName);
    header << QStringLiteral("FROM: %1 (%2)").arg(plan.fromName, plan.fromSource)
           << QStringLiteral("TO:   %1 (%2)").arg(plan.toName, plan.toSource)
           << QStringLiteral("Planned: %1 by Parity %2")
                  .arg(plan.createdAt.toUTC().toString(Qt::ISODate), QStringLiteral(PARITY_VERSION))
           << QStringLiteral("Run with: %1").arg(dialectClient(plan.dialect));
    if (plan.hazards.isEmpty()) {
        header << QStringLiteral("Hazards: none");
    } else if (plan.isRollback) {
        header << QStringLiteral("Hazards (not measured: they depend on the data when the rollback runs):");
        for (const Hazard &h : plan.hazards)
            header << QStringLiteral("  %1 %2 %3").arg(hazardSeverityKey(h.severity).leftJustified(6), h.object, h.reason);
    } else {
        header << QStringLiteral("Hazards:");
        for (const QString &line : hazardsText(plan.hazards).split(QLatin1Char('\n')))
            header << QStringLiteral("  ") + line;
    }
    for (const QString &note : plan.notes)
        header << QStringLiteral("Note: ") + note;
    if (std::ranges::any_of(plan.steps, &PlanStep::irreversible))
        header << QStringLiteral("Steps marked IRREVERSIBLE lose data that no script brings back: take a backup "
                                 "before running this, and restore from it to go back.");
    if (plan.dialect == Dialect::MySQL)
        header << QStringLiteral("MySQL and MariaDB commit each schema change on its own: if a statement fails, "
                                 "the ones before it stay applied.");
    if (plan.steps.isEmpty())
        header << QString() << QStringLiteral("Nothing to do: the structures are the same.");

    QStringList parts;
    if (plan.dialect == Dialect::SQLite)
        parts << QStringLiteral(".bail on");
    parts << g->commentLines(header.join(QLatin1Char('\n')));
    const bool wraps = plan.dialect != Dialect::MySQL;
    bool inTransaction = false;
    for (const PlanStep &step : plan.steps) {
        if (wraps && step.transactional != inTransaction) {
            parts << (step.transactional ? QStringLiteral("BEGIN;") : QStringLiteral("COMMIT;"));
            inTransaction = step.transactional;
        }
        QStringList notes;
        if (!step.lostData.isEmpty())
            notes << QStringLiteral("IRREVERSIBLE: ") + step.lostData;
        if (!step.note.isEmpty())
            notes << (step.irreversible && step.lostData.isEmpty() ? QStringLiteral("IRREVERSIBLE: ") + step.note
                                                                    : step.note);
        if (!step.transactional && plan.dialect == Dialect::PostgreSQL)
            notes << QStringLiteral("Outside the transaction: a new enum label cannot be used in the transaction "
                                    "that adds it.");
        QString text = g->scriptStatement(step.sql);
        if (!notes.isEmpty())
            text = g->commentLines(notes.join(QLatin1Char('\n'))) + QLatin1Char('\n') + text;
        parts << text;
    }
    if (wraps && inTransaction)
        parts << QStringLiteral("COMMIT;");
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace parity

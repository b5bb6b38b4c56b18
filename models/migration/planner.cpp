#include "planner.h"

#include "connection/databasesession.h"
#include "diff/schemacomparer.h"
#include "common/jobcontext.h"
#include "migrationplanner.h"
#include "sqlgenerator.h"

#include <QLocale>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

/// Splits "a.b" at dots outside double quotes and unquotes each part.
Result<QStringList> splitName(const QString &text, const QString &whole)
{
    QStringList parts;
    QString current;
    bool quoted = false;
    bool wasQuoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text[i];
        if (ch == QLatin1Char('"')) {
            if (quoted && i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                current += ch;
                ++i;
            } else {
                quoted = !quoted;
                wasQuoted = true;
            }
        } else if (ch == QLatin1Char('.') && !quoted) {
            parts << current;
            current.clear();
            wasQuoted = false;
        } else {
            current += ch;
        }
    }
    if (quoted)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: a double quote is not closed").arg(whole));
    parts << (wasQuoted ? current : current.trimmed());
    for (const QString &p : parts) {
        if (p.isEmpty())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1: an empty name; write TABLE.OLD=NEW for a column or OLD=NEW "
                                       "for a table")
                            .arg(whole));
    }
    return parts;
}

/// The position of the "=" that separates old from new, outside quotes.
qsizetype separator(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('"'))
            quoted = !quoted;
        else if (text[i] == QLatin1Char('=') && !quoted)
            return i;
    }
    return -1;
}

Table *findTable(Catalog &catalog, const QString &schema, const QString &name)
{
    for (Schema &s : catalog.schemas) {
        if (!schema.isEmpty() && s.name != schema)
            continue;
        for (Table &t : s.tables) {
            if (t.name == name)
                return &t;
        }
    }
    return nullptr;
}

void renameInList(QStringList &list, const QString &from, const QString &to)
{
    for (QString &item : list) {
        if (item == from)
            item = to;
    }
}

struct AppliedRenames
{
    Catalog catalog;
    QList<PlanStep> steps;
    QSet<QString> renamedTables;
    QList<Rename> inverse;
    RenameMap original;
};

/// Applies the renames to a copy of `from`, checking each against `to`.
Result<AppliedRenames> applyRenames(const Catalog &from, const Catalog &to, const QList<Rename> &renames,
                                    const SqlGenerator &g)
{
    AppliedRenames out{from, {}, {}, {}, {}};
    Catalog &c = out.catalog;
    // Table renames first: a column rename may name the table either way.
    QList<Rename> ordered;
    for (const Rename &r : renames) {
        if (r.column.isEmpty())
            ordered.append(r);
    }
    for (const Rename &r : renames) {
        if (!r.column.isEmpty())
            ordered.append(r);
    }
    QHash<QString, QString> tableNewNames;
    for (const Rename &r : ordered) {
        const QString label = r.column.isEmpty() ? r.table : r.table + QLatin1Char('.') + r.column;
        if (r.column.isEmpty()) {
            Table *t = findTable(c, r.schema, r.table);
            if (!t)
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 has no table %1").arg(label, r.newName, from.database));
            const QString schema = t->schema;
            if (!to.table(schema, r.newName))
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 has no table %2 to rename it to")
                                .arg(label, r.newName, to.database));
            if (findTable(c, schema, r.newName))
                return fail(Error::Code::InvalidInput,
                            QStringLiteral("--rename %1=%2: %3 already has a table %2").arg(label, r.newName, from.database));
            for (const QString &sql : g.renameTable(*t, r.newName)) {
                PlanStep step;
                step.sql = sql;
                step.object = schema + QLatin1Char('.') + r.newName;
                step.note = QStringLiteral("Declared rename: %1 becomes %2, its rows kept.").arg(r.table, r.newName);
                out.steps.append(step);
            }
            const QString old = t->name;
            t->name = r.newName;
            tableNewNames.insert(old, r.newName);
            out.renamedTables.insert(schema + QChar(0x1f) + r.newName);
            out.original.tables.insert(schema + QChar(0x1f) + r.newName,
                                       out.original.tables.value(schema + QChar(0x1f) + old, old));
            for (Schema &s : c.schemas) {
                for (Table &other : s.tables) {
                    for (ForeignKey &fk : other.foreignKeys) {
                        const QString refSchema = fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema;
                        if (refSchema == schema && fk.referencedTable == old)
                            fk.referencedTable = r.newName;
                    }
                }
                if (s.name != schema)
                    continue;
                for (Trigger &tr : s.triggers) {
                    if (tr.table == old)
                        tr.table = r.newName;
                }
                for (Sequence &q : s.sequences) {
                    if (q.ownedBy.section(QLatin1Char('.'), 0, -2) != old)
                        continue;
                    const QString column = q.ownedBy.section(QLatin1Char('.'), -1);
                    q.ownedBy = r.newName + QLatin1Char('.') + column;
                    // A serial's sequence is named after its table; when TO
                    // has it under the new name, it is renamed too, so that
                    // it goes on counting where it was.
                    const QString newSequence = r.newName + QLatin1Char('_') + column + QStringLiteral("_seq");
                    const Schema *target = to.schema(schema);
                    const bool wanted = target && std::ranges::any_of(target->sequences, [&](const Sequence &x) {
                        return x.name == newSequence;
                    });
                    if (q.name != old + QLatin1Char('_') + column + QStringLiteral("_seq") || !wanted)
                        continue;
                    const QStringList statements = g.renameSequence(q, newSequence);
                    if (statements.isEmpty())
                        continue;
                    for (const QString &sql : statements) {
                        PlanStep step;
                        step.sql = sql;
                        step.object = schema + QLatin1Char('.') + newSequence;
                        out.steps.append(step);
                    }
                    for (Table &owner : s.tables) {
                        if (owner.name != r.newName)
                            continue;
                        for (Column &field : owner.columns) {
                            field.defaultExpression.replace(QLatin1Char('\'') + q.name + QLatin1Char('\''),
                                                       QLatin1Char('\'') + newSequence + QLatin1Char('\''));
                        }
                    }
                    q.name = newSequence;
                }
            }
            out.inverse.append(Rename{schema, r.newName, {}, old});
            continue;
        }
        Table *t = findTable(c, r.schema, tableNewNames.value(r.table, r.table));
        if (!t)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: %3 has no table %4").arg(label, r.newName, from.database, r.table));
        Column *col = nullptr;
        for (Column &x : t->columns) {
            if (x.name == r.column)
                col = &x;
        }
        if (!col)
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: table %3 has no column %4")
                            .arg(label, r.newName, t->name, r.column));
        const Table *target = to.table(t->schema, t->name);
        if (!target || !target->column(r.newName))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: %3 has no column %4.%2 to rename it to")
                            .arg(label, r.newName, to.database, t->name));
        if (t->column(r.newName))
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--rename %1=%2: table %3 already has a column %2").arg(label, r.newName, t->name));
        for (const QString &sql : g.renameColumn(*t, r.column, r.newName)) {
            PlanStep step;
            step.sql = sql;
            step.object = t->schema + QLatin1Char('.') + t->name + QLatin1Char('.') + r.newName;
            step.note = QStringLiteral("Declared rename: column %1.%2 becomes %3, its values kept.")
                            .arg(t->name, r.column, r.newName);
            out.steps.append(step);
        }
        col->name = r.newName;
        if (t->primaryKey)
            renameInList(t->primaryKey->columns, r.column, r.newName);
        for (UniqueConstraint &u : t->uniqueConstraints)
            renameInList(u.columns, r.column, r.newName);
        for (ForeignKey &fk : t->foreignKeys)
            renameInList(fk.columns, r.column, r.newName);
        for (Index &i : t->indexes) {
            for (IndexKey &k : i.keys) {
                if (!k.isExpression && k.expression == r.column)
                    k.expression = r.newName;
            }
            renameInList(i.include, r.column, r.newName);
        }
        const QString schema = t->schema;
        const QString tableName = t->name;
        for (Schema &s : c.schemas) {
            for (Table &other : s.tables) {
                for (ForeignKey &fk : other.foreignKeys) {
                    const QString refSchema = fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema;
                    if (refSchema == schema && fk.referencedTable == tableName)
                        renameInList(fk.referencedColumns, r.column, r.newName);
                }
            }
            if (s.name != schema)
                continue;
            for (Sequence &q : s.sequences) {
                if (q.ownedBy == tableName + QLatin1Char('.') + r.column)
                    q.ownedBy = tableName + QLatin1Char('.') + r.newName;
            }
        }
        out.inverse.append(Rename{schema, tableName, r.newName, r.column});
        out.original.columns.insert(schema + QChar(0x1f) + tableName + QChar(0x1f) + r.newName, r.column);
    }
    // The renamed catalog must be in canonical order again for the diff.
    c.normalize();
    return out;
}

} // namespace

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

namespace {

QString dialectClient(Dialect dialect)
{
    switch (dialect) {
    case Dialect::PostgreSQL: return QStringLiteral("psql -v ON_ERROR_STOP=1 -f FILE");
    case Dialect::MySQL: return QStringLiteral("mariadb DATABASE < FILE (or mysql)");
    case Dialect::SQLite: return QStringLiteral("sqlite3 DATABASE < FILE");
    }
    return {};
}

} // namespace

QString Hazard::figureText() const
{
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
    }
    return {};
}

Result<Rename> parseRename(const QString &text)
{
    const qsizetype eq = separator(text);
    if (eq <= 0 || eq == text.size() - 1)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: write TABLE.OLD=NEW to rename a column or OLD=NEW to rename a table")
                        .arg(text));
    auto left = splitName(text.left(eq), text);
    if (!left)
        return std::unexpected(left.error());
    auto right = splitName(text.mid(eq + 1), text);
    if (!right)
        return std::unexpected(right.error());
    if (right->size() != 1)
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: the new name is a plain name (quote it if it holds a dot)").arg(text));
    Rename r;
    r.newName = right->first();
    switch (left->size()) {
    case 1: r.table = left->at(0); break;
    // Two parts: TABLE.COLUMN; planMigration reads it as SCHEMA.TABLE when
    // FROM has no such table and column.
    case 2: r.table = left->at(0); r.column = left->at(1); break;
    case 3: r.schema = left->at(0); r.table = left->at(1); r.column = left->at(2); break;
    default:
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--rename %1: too many dots; quote names that hold one").arg(text));
    }
    return r;
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
    return renamed;
}

} // namespace

Result<PlanPair> planMigration(const Catalog &fromCatalog, const Catalog &toCatalog, const PlanOptions &options)
{
    const Catalog from = fromCatalog;
    const Catalog to = spelledAs(underSchemaOf(toCatalog, fromCatalog), fromCatalog);
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
    QFuture<MigrationPlan> rollbackFuture = QtConcurrent::run([&backRenames, &from, &g, &options] {
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

Result<void> measureHazards(QList<Hazard> &hazards, const ConnectionSpec &from, JobContext &job, int connections)
{
    // Hazards without a probe cost nothing; the rest are dealt out in turn.
    const int shares = std::max(1, connections);
    QList<QList<Hazard>> parts(shares);
    qsizetype probes = 0;
    for (const Hazard &h : std::as_const(hazards))
        parts[h.probe.isEmpty() ? 0 : probes++ % shares].append(h);
    auto measurePart = [&from, &job](QList<Hazard> &part) -> Result<void> {
        if (std::ranges::none_of(part, [](const Hazard &h) { return !h.probe.isEmpty(); }))
            return {};
        auto session = DatabaseSession::open(from, DatabaseSession::Access::ReadOnly);
        if (!session)
            return std::unexpected(session.error());
        return measureHazards(part, **session, job);
    };
    QList<QFuture<Result<void>>> workers;
    for (int i = 1; i < shares; ++i)
        workers.append(QtConcurrent::run([&measurePart, &parts, i] { return measurePart(parts[i]); }));
    Result<void> result = measurePart(parts[0]);
    for (QFuture<Result<void>> &w : workers) {
        const Result<void> r = w.result();
        if (result && !r)
            result = r;
    }
    if (!result)
        return result;
    hazards.clear();
    for (const QList<Hazard> &part : std::as_const(parts))
        hazards += part;
    std::ranges::stable_sort(hazards, std::ranges::greater{}, &Hazard::severity);
    return {};
}

QString hazardsText(const QList<Hazard> &hazards)
{
    QStringList lines;
    for (const Hazard &h : hazards) {
        lines << QStringLiteral("%1 %2 %3: %4")
                     .arg(hazardSeverityKey(h.severity).leftJustified(6), h.object, h.reason, h.figureText());
    }
    return lines.join(QLatin1Char('\n'));
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

namespace {

/// Runs one probe; its first column is the figure.
Result<qint64> runProbe(const DatabaseSession &session, const Hazard &h)
{
    QSqlQuery query(session.database());
    query.setForwardOnly(true);
    if (!query.exec(h.probe) || !query.next())
        return std::unexpected(session.queryError(query, QStringLiteral("measuring %1").arg(h.object)));
    return query.value(0).toLongLong();
}

} // namespace

Result<void> measureHazards(QList<Hazard> &hazards, const DatabaseSession &session, JobContext &job)
{
    // Probes go to the server in batches, one scalar subquery each: a plan
    // over thousands of tables would otherwise wait on as many round trips.
    // A batch that fails is run again probe by probe, to name the culprit.
    constexpr qsizetype kBatch = 50;
    QList<qsizetype> pending;
    for (qsizetype i = 0; i < hazards.size(); ++i) {
        if (!hazards[i].probe.isEmpty())
            pending.append(i);
    }
    const int total = int(pending.size());
    for (qsizetype start = 0; start < pending.size(); start += kBatch) {
        if (job.isCancelled())
            return fail(Error::Code::Cancelled, QStringLiteral("Measuring hazards was cancelled."));
        job.reportProgress(int(start), total, QStringLiteral("Measuring %1").arg(hazards[pending[start]].object));
        const QList<qsizetype> batch = pending.mid(start, kBatch);
        QStringList columns;
        for (qsizetype i : batch)
            columns << QLatin1Char('(') + hazards[i].probe + QLatin1Char(')');
        QSqlQuery query(session.database());
        query.setForwardOnly(true);
        const bool batched = query.exec(QStringLiteral("SELECT ") + columns.join(QStringLiteral(", "))) && query.next();
        for (qsizetype n = 0; n < batch.size(); ++n) {
            Hazard &h = hazards[batch[n]];
            if (batched) {
                h.figure = query.value(int(n)).toLongLong();
            } else {
                auto figure = runProbe(session, h);
                if (!figure)
                    return std::unexpected(figure.error());
                h.figure = *figure;
            }
            h.figureExact = true;
        }
    }
    for (Hazard &h : hazards) {
        if (h.probe.isEmpty())
            continue;
        if (h.figure > 0 && !h.sampleProbe.isEmpty()) {
            QSqlQuery samples(session.database());
            samples.setForwardOnly(true);
            if (!samples.exec(h.sampleProbe))
                return std::unexpected(session.queryError(samples, QStringLiteral("sampling %1").arg(h.object)));
            while (samples.next()) {
                const int columns = samples.record().count() - 1; // the last column is the count
                QStringList values;
                for (int i = 0; i < columns; ++i)
                    values << (samples.isNull(i) ? QStringLiteral("NULL") : samples.value(i).toString());
                h.samples << values.join(QStringLiteral("/")) + QStringLiteral(" ×") + samples.value(columns).toString();
            }
        }
        if (h.figure == 0) {
            h.severity = HazardSeverity::Low;
            h.dataLoss = false;
        }
    }
    // Measured figures change severities: the worst go first again.
    std::ranges::stable_sort(hazards, std::ranges::greater{}, &Hazard::severity);
    job.reportProgress(total, total, QStringLiteral("Hazards measured"));
    return {};
}

} // namespace parity

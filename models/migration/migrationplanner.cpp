#include "migrationplanner.h"

#include "catalogscript.h"
#include "diff/schemacomparer.h"
#include "sqlgenerator.h"
#include "temporaryname.h"

#include <QRegularExpression>

namespace parity {

namespace {

const QChar kSep(0x1f);

/// The names a definition mentions, lower-cased and unquoted: enough to
/// tell which views may read a table (a name in a string literal makes a
/// view look dependent when it is not, which costs a needless recreate,
/// never a failure).
QSet<QString> mentionedNames(const QString &definition)
{
    static const QRegularExpression words(
        QStringLiteral("[A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_$\\x{80}-\\x{10FFFF}]*|\"(?:[^\"]|\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*\\]"));
    QSet<QString> names;
    for (const auto &m : words.globalMatch(definition)) {
        QString w = m.captured();
        if (w.startsWith(QLatin1Char('"')))
            w = w.mid(1, w.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
        else if (w.startsWith(QLatin1Char('`')))
            w = w.mid(1, w.size() - 2).replace(QStringLiteral("``"), QStringLiteral("`"));
        else if (w.startsWith(QLatin1Char('[')))
            w = w.mid(1, w.size() - 2);
        names.insert(w.toLower());
    }
    return names;
}

bool hasField(const ObjectChange &change, const char *field)
{
    return std::ranges::any_of(change.fields, [&](const FieldChange &f) { return f.field == QLatin1String(field); });
}

/// SQLite: a table or column whose name TO spells in other letter case, and
/// nothing else: renamed at the end, not rebuilt.
bool letterCaseOnly(const ObjectChange &change)
{
    return change.fields.size() == 1 && change.fields.first().field == QLatin1String("name")
           && (change.kind == ObjectKind::Table || change.kind == ObjectKind::Column);
}

/// A change that only gives an index or constraint TO's name and/or TO's
/// comment: a rename and a COMMENT where the dialect has them, not a rebuild.
bool namesOrCommentsOnly(const ObjectChange &change)
{
    return change.change == ChangeKind::Changed && !change.fields.isEmpty()
           && std::ranges::all_of(change.fields, [](const FieldChange &f) {
                  return f.field == QLatin1String("name") || f.field == QLatin1String("comment");
              });
}

bool renamesOnly(const ObjectChange &change)
{
    return hasField(change, "name") && namesOrCommentsOnly(change);
}

/// A check written on a column the other side does not have: it comes and
/// goes with that column (MariaDB's column-level CHECK), not on its own.
bool onMissingColumn(const CheckConstraint &check, const Table &other)
{
    return !check.onColumn.isEmpty() && !other.column(check.onColumn);
}

QString fieldTo(const ObjectChange &change, const char *field)
{
    for (const FieldChange &f : change.fields) {
        if (f.field == QLatin1String(field))
            return f.to;
    }
    return {};
}

} // namespace

MigrationPlanner::MigrationPlanner(const Catalog &from, const Catalog &to, const SqlGenerator &generator)
    : m_from(from)
    , m_to(to)
    , m_g(generator)
{
}

QStringList MigrationPlanner::changeInPlace(const Table &to, const ObjectChange &change, const QString &fromName) const
{
    QStringList out;
    if (hasField(change, "name"))
        out << m_g.renameConstraint(to, fromName, change.name);
    if (hasField(change, "comment"))
        out << m_g.commentOnConstraint(to, change.name, fieldTo(change, "comment"));
    return out;
}

bool MigrationPlanner::changedInPlace(const ObjectChange &change) const
{
    switch (change.kind) {
    case ObjectKind::PrimaryKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::ForeignKey:
        return m_g.renamesConstraints() && namesOrCommentsOnly(change);
    default:
        return false;
    }
}

QString MigrationPlanner::key(const QString &schema, const QString &name)
{
    return schema + kSep + name;
}

void MigrationPlanner::add(Phase phase, const QStringList &sql, const QString &object, bool irreversible,
                           const QString &note)
{
    bool first = true;
    for (const QString &statement : sql) {
        PlanStep step;
        step.sql = statement;
        step.object = object;
        step.irreversible = irreversible;
        if (first)
            step.note = note;
        first = false;
        m_phases[phase].append(step);
    }
}

void MigrationPlanner::addNonTransactional(Phase phase, const QStringList &sql, const QString &object)
{
    for (const QString &statement : sql) {
        PlanStep step;
        step.sql = statement;
        step.object = object;
        step.transactional = false;
        m_phases[phase].append(step);
    }
}

const Table *MigrationPlanner::fromTable(const QString &schema, const QString &name) const
{
    return m_fromTables.value(key(schema, name));
}

const Table *MigrationPlanner::toTable(const QString &schema, const QString &name) const
{
    return m_toTables.value(key(schema, name));
}

const ObjectChange *MigrationPlanner::changeOf(ObjectKind kind, const QString &schema, const QString &table,
                                               const QString &name) const
{
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind == kind && c.schema == schema && c.table == table && c.name == name)
            return &c;
    }
    return nullptr;
}

MigrationPlan MigrationPlanner::plan(const DiffOptions &options, const QList<PlanStep> &renameSteps,
                                     const QSet<QString> &renamedTables, const RenameMap &renames)
{
    m_renames = renames;
    for (const Schema &s : m_from.schemas) {
        for (const Table &t : s.tables)
            m_fromTables.insert(key(s.name, t.name), &t);
    }
    for (const Schema &s : m_to.schemas) {
        for (const Table &t : s.tables)
            m_toTables.insert(key(s.name, t.name), &t);
    }
    m_diff = compareCatalogs(m_from, m_to, options);
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind == ObjectKind::ForeignKey && c.change != ChangeKind::Added)
            m_foreignKeyChanges.insert(key(c.schema, c.table) + kSep + (c.fromName.isEmpty() ? c.name : c.fromName), &c);
    }
    m_renamedTables = renamedTables;
    m_phases[Renames] = renameSteps;

    classify();
    planSchemasAndExtensions();
    planEnums();
    planDomains();
    planSequences();
    planTables();
    planForeignKeys();
    planViews();
    planRoutines();
    planTriggers();
    planPolicies();
    planLetterCase();
    if (!options.ignorePrivileges)
        planPrivileges();
    planChecks();
    noteLocks();

    MigrationPlan plan;
    plan.dialect = m_to.dialect;
    plan.fromName = m_from.database;
    plan.toName = m_to.database;
    plan.fromSource = m_from.source;
    plan.toSource = m_to.source;
    plan.createdAt = QDateTime::currentDateTimeUtc();
    for (const QList<PlanStep> &phase : m_phases)
        plan.steps += phase;
    // Nothing but the bookkeeping around rebuilds: nothing to do.
    const bool onlyBookkeeping = plan.steps.size() == m_bookkeepingSteps;
    if (onlyBookkeeping)
        plan.steps.clear();
    plan.hazards = m_hazards;
    std::ranges::stable_sort(plan.hazards, std::ranges::greater{}, &Hazard::severity);
    plan.notes = m_notes;
    return plan;
}

void MigrationPlanner::classify()
{
    for (const ObjectChange &c : m_diff.changes) {
        switch (c.kind) {
        case ObjectKind::Table:
            if (c.change == ChangeKind::Added) {
                m_addedTables.insert(key(c.schema, c.name));
            } else if (c.change == ChangeKind::Removed) {
                m_removedTables.insert(key(c.schema, c.name));
                m_disturbingNames.insert(c.name.toLower());
            } else {
                TableWork &w = m_tables[key(c.schema, c.name)];
                w.changes.append(&c);
                w.tableChanged = !letterCaseOnly(c);
                // MySQL/MariaDB partition a table anew with ALTER TABLE …
                // PARTITION BY (or REMOVE PARTITIONING), rows kept; PostgreSQL
                // can only create the table again.
                const bool partitioning = hasField(c, "kind") || hasField(c, "partition key")
                                          || hasField(c, "partition of") || hasField(c, "partition bound");
                if (partitioning && m_to.dialect != Dialect::MySQL)
                    w.replace = true;
            }
            break;
        case ObjectKind::Column:
        case ObjectKind::PrimaryKey:
        case ObjectKind::ForeignKey:
        case ObjectKind::UniqueConstraint:
        case ObjectKind::Check:
        case ObjectKind::Index: {
            // Materialized view indexes belong to the view, not a table.
            if (!fromTable(c.schema, c.table) && !toTable(c.schema, c.table))
                break;
            TableWork &w = m_tables[key(c.schema, c.table)];
            w.changes.append(&c);
            if (c.kind == ObjectKind::Column) {
                if (c.change == ChangeKind::Removed)
                    w.columnDropped = true;
                if (c.change == ChangeKind::Changed && (hasField(c, "type") || hasField(c, "collation")))
                    w.typeChanged = true;
            }
            break;
        }
        default:
            break;
        }
    }
    for (auto it = m_tables.begin(); it != m_tables.end(); ++it) {
        TableWork &w = it.value();
        const QString schema = it.key().section(kSep, 0, 0);
        const QString name = it.key().section(kSep, 1);
        w.from = fromTable(schema, name);
        w.to = toTable(schema, name);
        if (!m_g.altersTablesInPlace()) {
            w.rebuild = w.tableChanged || std::ranges::any_of(w.changes, [](const ObjectChange *c) {
                return c->kind != ObjectKind::Index && c->kind != ObjectKind::Table && !letterCaseOnly(*c);
            });
        }
        if (w.rebuild || w.replace || w.typeChanged || w.columnDropped)
            m_disturbingNames.insert(name.toLower());
    }
    // MySQL keeps a view's text as written: a renamed table or column
    // leaves its views pointing at the old name.
    if (m_to.dialect == Dialect::MySQL) {
        for (const QString &t : m_renamedTables)
            m_disturbingNames.insert(t.section(kSep, 1).toLower());
    }
}

void MigrationPlanner::planSchemasAndExtensions()
{
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind == ObjectKind::Schema) {
            if (c.change == ChangeKind::Added) {
                if (const Schema *s = m_to.schema(c.schema))
                    add(CreateSchemas, m_g.createSchema(*s), c.schema);
            } else if (c.change == ChangeKind::Removed) {
                add(DropSchemasLate, m_g.dropSchema(c.schema), c.schema);
            } else if (const Schema *s = m_to.schema(c.schema); s && hasField(c, "comment")) {
                add(CreateSchemas, m_g.commentOnSchema(*s), c.schema);
            }
        } else if (c.kind == ObjectKind::Extension) {
            auto find = [&](const Catalog &cat) -> const Extension * {
                for (const Extension &e : cat.extensions) {
                    if (e.name == c.name)
                        return &e;
                }
                return nullptr;
            };
            const Extension *from = find(m_from);
            const Extension *to = find(m_to);
            if (c.change == ChangeKind::Added && to) {
                add(CreateExtensions, m_g.createExtension(*to), c.name);
            } else if (c.change == ChangeKind::Removed && from) {
                add(DropExtensionsLate, m_g.dropExtension(*from), c.name);
            } else if (from && to) {
                // A version or schema change: the extension's own upgrade
                // path is the way; recreating it would drop what uses it.
                add(CreateExtensions, {}, c.name);
            }
        }
    }
}

bool MigrationPlanner::isEnumColumn(const Column &column, const QString &schema, const QString &enumName) const
{
    const QString t = column.type.trimmed();
    return t == enumName || t == m_g.quoteIdentifier(enumName) || t == m_g.qualifiedName(schema, enumName)
           || t == schema + QLatin1Char('.') + enumName
           || t == m_g.quoteIdentifier(schema) + QLatin1Char('.') + enumName
           || t == schema + QLatin1Char('.') + m_g.quoteIdentifier(enumName);
}

QList<std::pair<QString, const Column *>> MigrationPlanner::columnsOfEnum(const Catalog &catalog,
                                                                          const EnumType &type) const
{
    QList<std::pair<QString, const Column *>> out;
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            for (const Column &c : t.columns) {
                if (isEnumColumn(c, type.schema, type.name))
                    out.append({key(s.name, t.name), &c});
            }
        }
    }
    return out;
}

void MigrationPlanner::planEnums()
{
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::Enum)
            continue;
        const Schema *fs = m_from.schema(c.schema);
        const Schema *ts = m_to.schema(c.schema);
        auto find = [&](const Schema *s) -> const EnumType * {
            if (!s)
                return nullptr;
            for (const EnumType &e : s->enums) {
                if (e.name == c.name)
                    return &e;
            }
            return nullptr;
        };
        const EnumType *from = find(fs);
        const EnumType *to = find(ts);
        const QString object = c.schema + QLatin1Char('.') + c.name;
        if (c.change == ChangeKind::Added && to) {
            add(CreateTypes, m_g.createEnum(*to), object);
        } else if (c.change == ChangeKind::Removed && from) {
            add(DropTypesLate, m_g.dropEnum(*from), object);
        } else if (from && to) {
            if (from->labels != to->labels) {
                // Only additions, in order: ADD VALUE keeps every stored
                // value and every dependent object as it is.
                qsizetype next = 0;
                for (const QString &label : to->labels) {
                    if (next < from->labels.size() && label == from->labels[next])
                        ++next;
                }
                const bool onlyAdditions = next == from->labels.size();
                if (onlyAdditions) {
                    for (qsizetype i = 0; i < to->labels.size(); ++i) {
                        const QString &label = to->labels[i];
                        if (from->labels.contains(label))
                            continue;
                        // After the label before it (already there, or added
                        // just now); the first label goes before the next one.
                        const QString after = i > 0 ? to->labels[i - 1] : QString();
                        const QString before = i == 0 && to->labels.size() > 1 ? to->labels[1] : QString();
                        addNonTransactional(BeforeTransaction, m_g.addEnumLabel(*to, label, before, after), object);
                    }
                } else {
                    recreateEnum(*from, *to);
                }
            }
            if (from->comment != to->comment)
                add(CreateTypes, m_g.commentOnEnum(*to), object);
        }
    }
}

QString MigrationPlanner::freeTypeName(const QString &schema, const QString &name)
{
    // An old type steps aside under a name no type or relation of the
    // schema has (tables and views have a row type of their own name) and
    // that the server keeps whole: PostgreSQL cuts a name to 63 bytes, which
    // for a long name plus the suffix would be the name itself.
    auto taken = [&](const QString &candidate) {
        if (m_enumTempNames.contains(key(schema, candidate)))
            return true;
        for (const Catalog *catalog : {&m_from, &m_to}) {
            const Schema *s = catalog->schema(schema);
            if (!s)
                continue;
            auto named = [&](const auto &list) {
                return std::ranges::any_of(list, [&](const auto &o) { return o.name == candidate; });
            };
            if (named(s->enums) || named(s->domains) || named(s->tables) || named(s->views) || named(s->sequences))
                return true;
        }
        return false;
    };
    const QString tempName = temporaryName(name, QStringLiteral("__parity_old"), m_g.maxNameBytes(), taken);
    m_enumTempNames.insert(key(schema, tempName));
    return tempName;
}

void MigrationPlanner::recreateEnum(const EnumType &from, const EnumType &to)
{
    const QString object = from.schema + QLatin1Char('.') + from.name;
    m_recreatedEnums.insert(key(from.schema, from.name));
    m_disturbingNames.insert(from.name.toLower());

    const QString tempName = freeTypeName(from.schema, from.name);

    QStringList removed;
    for (const QString &label : from.labels) {
        if (!to.labels.contains(label))
            removed << label;
    }

    add(CreateTypes, m_g.renameEnum(from, tempName), object, false,
        QStringLiteral("Labels are removed or reordered: the type is created anew and its columns move over."));
    add(CreateTypes, m_g.createEnum(to), object);
    EnumType old = from;
    old.name = tempName;
    for (const auto &[tableKey, column] : columnsOfEnum(m_from, from)) {
        const QString schema = tableKey.section(kSep, 0, 0);
        const QString tableName = tableKey.section(kSep, 1);
        const Table *target = toTable(schema, tableName);
        const Column *toColumn = target ? target->column(column->name) : nullptr;
        // Columns that leave the type (or go) are handled with their table.
        if (!toColumn || !isEnumColumn(*toColumn, to.schema, to.name))
            continue;
        // Views that read the column hold on to the old type: they go and
        // come back around the move.
        m_disturbingNames.insert(tableName.toLower());
        m_enumMovedTables.insert(tableKey);
        if (!removed.isEmpty())
            hazardEnumLabels(schema, tableName, column->name, removed);
        Column asOld = *column;
        asOld.type = m_g.qualifiedName(old.schema, old.name);
        asOld.normalizedType = asOld.type;
        Column asNew = *toColumn;
        asNew.nullable = asOld.nullable;
        asNew.identity = asOld.identity;
        asNew.comment = asOld.comment;
        asNew.generatedExpression = asOld.generatedExpression;
        // The default of FROM names the old type; the new one goes on after.
        asOld.defaultExpression = column->defaultExpression;
        asNew.defaultExpression = column->defaultExpression.isEmpty() ? QString() : toColumn->defaultExpression;
        add(CreateTypes, m_g.alterColumn(*target, asOld, asNew),
            schema + QLatin1Char('.') + tableName + QLatin1Char('.') + column->name);
    }
    add(DropTypesLate, m_g.dropEnum(old), object);
}

void MigrationPlanner::planSequences()
{
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::Sequence)
            continue;
        auto find = [&](const Catalog &cat) -> const Sequence * {
            const Schema *s = cat.schema(c.schema);
            if (!s)
                return nullptr;
            for (const Sequence &q : s->sequences) {
                if (q.name == c.name)
                    return &q;
            }
            return nullptr;
        };
        const Sequence *from = find(m_from);
        const Sequence *to = find(m_to);
        const QString object = c.schema + QLatin1Char('.') + c.name;
        if (c.change == ChangeKind::Added && to) {
            add(CreateSequences, m_g.createSequence(*to), object);
            add(SequenceChanges, m_g.sequenceOwnership(*to), object);
        } else if (c.change == ChangeKind::Removed && from) {
            // A sequence owned by a column goes with its table or column.
            if (!from->ownedBy.isEmpty()) {
                const QString ownerTable = from->ownedBy.section(QLatin1Char('.'), 0, -2);
                const QString ownerColumn = from->ownedBy.section(QLatin1Char('.'), -1);
                const Table *t = toTable(c.schema, ownerTable);
                if (!t || !t->column(ownerColumn))
                    continue;
            }
            add(DropSequencesLate, m_g.dropSequence(*from), object);
        } else if (from && to) {
            add(SequenceChanges, m_g.alterSequence(*from, *to), object);
        }
    }
}

void MigrationPlanner::planRoutines()
{
    QSet<QString> tableNames;
    for (const Schema &s : m_to.schemas) {
        for (const Table &t : s.tables)
            tableNames.insert(t.name.toLower());
    }
    auto usesTableType = [&](const Routine &r) {
        const QSet<QString> names = mentionedNames(r.returnType + QLatin1Char(' ') + r.arguments);
        return std::ranges::any_of(names, [&](const QString &n) { return tableNames.contains(n); });
    };
    auto find = [](const Catalog &cat, const QString &schema, const QString &signature) -> const Routine * {
        const Schema *s = cat.schema(schema);
        if (!s)
            return nullptr;
        for (const Routine &r : s->routines) {
            if (r.signature() == signature)
                return &r;
        }
        return nullptr;
    };
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::Routine)
            continue;
        const Routine *from = find(m_from, c.schema, c.name);
        const Routine *to = find(m_to, c.schema, c.name);
        const QString object = c.schema + QLatin1Char('.') + c.name;
        if (c.change == ChangeKind::Removed && from) {
            add(DropRoutinesLate, m_g.dropRoutine(*from), object);
            continue;
        }
        if (!to)
            continue;
        if (c.change == ChangeKind::Changed && from) {
            const bool definitionChanged = hasField(c, "definition") || hasField(c, "returns")
                                           || hasField(c, "kind") || hasField(c, "language");
            // PostgreSQL replaces a function in place (its dependents stay)
            // unless what it returns changes; MySQL has no OR REPLACE.
            const bool replaceInPlace = m_to.dialect == Dialect::PostgreSQL && from->returnType == to->returnType
                                        && from->kind == to->kind;
            if (!definitionChanged) {
                if (from->comment != to->comment)
                    add(RoutinesAfterTables, m_g.commentOnRoutine(*to), object);
                continue;
            }
            if (!replaceInPlace) {
                add(DropRoutines, m_g.dropRoutine(*from), object);
                m_disturbingNames.insert(from->name.toLower());
                m_recreatedRoutines.insert(key(c.schema, c.name));
            }
        }
        add(usesTableType(*to) ? RoutinesAfterTables : RoutinesBeforeTables, m_g.createRoutine(*to), object);
    }
}

void MigrationPlanner::planTables()
{
    QStringList removed(m_removedTables.cbegin(), m_removedTables.cend());
    removed.sort();
    for (const QString &k : std::as_const(removed)) {
        if (const Table *t = fromTable(k.section(kSep, 0, 0), k.section(kSep, 1)))
            planRemovedTable(*t);
    }
    // Partitioned parents before their partitions.
    QList<const Table *> added;
    for (const QString &k : std::as_const(m_addedTables)) {
        if (const Table *t = toTable(k.section(kSep, 0, 0), k.section(kSep, 1)))
            added.append(t);
    }
    std::ranges::sort(added, [](const Table *a, const Table *b) {
        return std::tuple(a->kind == TableKind::Partition, a->schema, a->name)
               < std::tuple(b->kind == TableKind::Partition, b->schema, b->name);
    });
    for (const Table *t : added)
        planAddedTable(*t);

    QStringList keys = m_tables.keys();
    keys.sort();
    for (const QString &k : keys) {
        TableWork &w = m_tables[k];
        if (w.from && w.to)
            planChangedTable(w);
    }
}

void MigrationPlanner::planAddedTable(const Table &table)
{
    const QString object = table.schema + QLatin1Char('.') + table.name;
    add(Tables, m_g.createTable(table, false), object);
    for (const Index &i : table.indexes) {
        add(CreateIndexes, m_g.createIndex(table.schema, table.name, i), object + QLatin1Char('.') + i.name);
        m_createdIndexes.insert(key(table.schema, table.name) + kSep + i.name);
    }
}

void MigrationPlanner::planRemovedTable(const Table &table)
{
    const QString object = table.schema + QLatin1Char('.') + table.name;
    // Its own keys go first, so that tables referring to each other can all
    // be dropped in any order.
    for (const ForeignKey &fk : table.foreignKeys) {
        add(DropForeignKeys, m_g.dropForeignKey(table, fk), object + QLatin1Char('.') + fk.name);
        m_droppedForeignKeys.insert(key(table.schema, table.name) + kSep + fk.name);
    }
    hazardDroppedTable(table);
    const qint64 rows = rowsOf(table);
    add(TableDrops, m_g.dropTable(table), object, rows != 0,
        rows == 0 ? QString()
                  : QStringLiteral("the table's rows are gone once this runs; the backup is the way back."));
}

void MigrationPlanner::planChangedTable(TableWork &work)
{
    const Table &from = *work.from;
    const Table &to = *work.to;
    const QString object = to.schema + QLatin1Char('.') + to.name;
    if (work.replace) {
        hazardDroppedTable(from);
        for (const ForeignKey &fk : from.foreignKeys) {
            add(DropForeignKeys, m_g.dropForeignKey(from, fk), object + QLatin1Char('.') + fk.name);
            m_droppedForeignKeys.insert(key(from.schema, from.name) + kSep + fk.name);
        }
        add(Tables, m_g.dropTable(from), object, true,
            QStringLiteral("its partitioning changes, which no ALTER TABLE can do: the table is created anew "
                           "and its rows are not carried over; the backup is the way back."));
        add(Tables, m_g.createTable(to, false), object);
        for (const ForeignKey &fk : to.foreignKeys)
            m_addedForeignKeys.insert(key(to.schema, to.name) + kSep + fk.name);
        for (const Index &i : to.indexes) {
            add(CreateIndexes, m_g.createIndex(to.schema, to.name, i), object + QLatin1Char('.') + i.name);
            m_createdIndexes.insert(key(to.schema, to.name) + kSep + i.name);
        }
        return;
    }
    if (work.rebuild) {
        planRebuild(work);
        return;
    }
    if (work.tableChanged) {
        if (from.partitionKey != to.partitionKey)
            hazardRewrite(from, QStringLiteral("its partitioning changes: the server copies every row into the new partitions"));
        add(Tables, m_g.alterTable(from, to), object);
    }
    planColumnsInPlace(work);
    planConstraintsInPlace(work);
    planIndexes(work);
}

void MigrationPlanner::planColumnsInPlace(TableWork &work)
{
    const Table &from = *work.from;
    const Table &to = *work.to;
    const QString object = to.schema + QLatin1Char('.') + to.name;
    QList<const Column *> added;
    QList<std::pair<const Column *, const Column *>> changed;
    QList<const Column *> removed;
    for (const ObjectChange *c : work.changes) {
        if (c->kind != ObjectKind::Column)
            continue;
        if (c->change == ChangeKind::Added) {
            if (const Column *col = to.column(c->name))
                added.append(col);
        } else if (c->change == ChangeKind::Removed) {
            if (const Column *col = from.column(c->name))
                removed.append(col);
        } else if (letterCaseOnly(*c)) {
            continue; // planLetterCase
        } else if (const Column *a = from.column(c->name), *b = to.column(c->name); a && b) {
            // PostgreSQL has no way to move a column short of recreating the
            // table; a difference in order is left as it is, and said.
            if (m_to.dialect == Dialect::PostgreSQL && hasField(*c, "position")) {
                const QString note = QStringLiteral("%1 keeps its column order: PostgreSQL cannot move a column "
                                                    "(compare with --ignore column-order to leave order out).")
                                         .arg(object);
                if (!m_notes.contains(note))
                    m_notes << note;
                if (c->fields.size() == 1)
                    continue;
            }
            changed.append(std::pair<const Column *, const Column *>(a, b));
        }
    }
    // Drops first, then TO's columns in order: each added or changed column
    // is placed after its predecessor in TO, which is already where it
    // belongs, so MySQL ends with TO's column order.
    for (const Column *c : removed) {
        hazardDroppedColumn(from, *c);
        add(Tables, m_g.dropColumn(from, *c), object + QLatin1Char('.') + c->name, mayHaveRows(from),
            mayHaveRows(from) ? QStringLiteral("the column's values are gone once this runs; the backup is the way back.")
                              : QString());
    }
    QList<std::pair<const Column *, const Column *>> ordered;
    for (const Column *c : added)
        ordered.append(std::pair<const Column *, const Column *>(nullptr, c));
    for (const auto &pair : changed)
        ordered.append(pair);
    std::ranges::sort(ordered, [](const auto &x, const auto &y) { return x.second->position < y.second->position; });

    const bool keyChanges = from.primaryKey != to.primaryKey;
    for (const auto &[old, c] : ordered) {
        const QString columnObject = object + QLatin1Char('.') + c->name;
        if (old) {
            hazardColumnChange(from, *old, *c);
            // A column that becomes AUTO_INCREMENT must already be a key:
            // it is changed after the table's keys are added.
            if (c->identity == IdentityKind::AutoIncrement && old->identity != IdentityKind::AutoIncrement)
                work.afterKeys << m_g.alterColumn(to, *old, *c);
            else
                add(Tables, m_g.alterColumn(to, *old, *c), columnObject);
            continue;
        }
        hazardNewColumn(from, *c);
        if (m_to.dialect == Dialect::PostgreSQL) {
            const bool beforeOthers = std::ranges::any_of(to.columns, [&](const Column &x) {
                return x.position > c->position && from.column(x.name);
            });
            if (beforeOthers) {
                const QString note = QStringLiteral("%1.%2 is added after the columns %1 has: PostgreSQL cannot "
                                                    "place a column.")
                                         .arg(object, c->name);
                m_notes << note;
            }
        }
        // A new key column on a table with rows, such as a uuid replacing an
        // integer id: added empty, filled row by row, then constrained, so
        // no row ever breaks the key and nothing is dropped on the way.
        const bool newKeyColumn = keyChanges && to.primaryKey && to.primaryKey->columns.contains(c->name)
                                  && (!from.primaryKey || !from.primaryKey->columns.contains(c->name));
        const bool backfill = newKeyColumn && mayHaveRows(from) && !c->nullable && !c->defaultExpression.isEmpty()
                              && c->identity == IdentityKind::None && c->generatedExpression.isEmpty();
        if (backfill) {
            Column loose = *c;
            loose.nullable = true;
            loose.defaultExpression.clear();
            add(Tables, m_g.addColumn(to, loose), columnObject, false,
                QStringLiteral("The new key column is added empty, filled for every row, then constrained."));
            add(Tables, {m_g.fillNulls(to, c->name, c->defaultExpression)}, columnObject);
            hazardRewrite(from, QStringLiteral("fills the new key column %1 on every row").arg(c->name));
            add(Tables, m_g.alterColumn(to, loose, *c), columnObject);
        } else {
            add(Tables, m_g.addColumn(to, *c), columnObject);
        }
    }
}

void MigrationPlanner::planConstraintsInPlace(TableWork &work)
{
    const Table &from = *work.from;
    const Table &to = *work.to;
    const QString object = to.schema + QLatin1Char('.') + to.name;
    for (const ObjectChange *c : work.changes) {
        const QString fromName = c->fromName.isEmpty() ? c->name : c->fromName;
        // Foreign keys are renamed with the other key work in planForeignKeys().
        if (c->kind != ObjectKind::ForeignKey && changedInPlace(*c)) {
            add(Tables, changeInPlace(to, *c, fromName), object + QLatin1Char('.') + c->name);
            continue;
        }
        switch (c->kind) {
        case ObjectKind::PrimaryKey:
            if (from.primaryKey && c->change != ChangeKind::Added)
                add(DropConstraints, m_g.dropPrimaryKey(from, *from.primaryKey), object);
            if (to.primaryKey && c->change != ChangeKind::Removed) {
                hazardUnique(from, to.primaryKey->columns, QStringLiteral("primary key"));
                add(Tables, m_g.addPrimaryKey(to, *to.primaryKey), object);
            }
            break;
        case ObjectKind::UniqueConstraint:
            if (c->change != ChangeKind::Added) {
                for (const UniqueConstraint &u : from.uniqueConstraints) {
                    if (u.name == fromName)
                        add(DropConstraints, m_g.dropUnique(from, u), object + QLatin1Char('.') + u.name);
                }
            }
            if (c->change != ChangeKind::Removed) {
                for (const UniqueConstraint &u : to.uniqueConstraints) {
                    if (u.name == c->name) {
                        hazardUnique(from, u.columns, QStringLiteral("unique constraint ") + u.name);
                        add(Tables, m_g.addUnique(to, u), object + QLatin1Char('.') + u.name);
                    }
                }
            }
            break;
        case ObjectKind::Check:
            if (c->change != ChangeKind::Added) {
                for (const CheckConstraint &k : from.checks) {
                    if (k.name == fromName && !onMissingColumn(k, to))
                        add(DropConstraints, m_g.dropCheck(from, k), object + QLatin1Char('.') + k.name);
                }
            }
            if (c->change != ChangeKind::Removed) {
                for (const CheckConstraint &k : to.checks) {
                    if (k.name == c->name && !onMissingColumn(k, from))
                        add(Tables, m_g.addCheck(to, k), object + QLatin1Char('.') + k.name);
                }
            }
            break;
        default:
            break;
        }
    }
    add(Tables, work.afterKeys, object);
}

void MigrationPlanner::planRebuild(TableWork &work)
{
    const Table &from = *work.from;
    const Table &to = *work.to;
    const QString object = to.schema + QLatin1Char('.') + to.name;
    QList<std::pair<QString, QString>> sources;
    QStringList lost;
    for (const Column &c : to.columns) {
        if (c.generatedExpression.isEmpty() && from.column(c.name)) {
            const Column *old = from.column(c.name);
            if (old->generatedExpression.isEmpty())
                sources.append(std::pair<QString, QString>(c.name, c.name));
        }
    }
    for (const Column &c : from.columns) {
        if (!to.column(c.name)) {
            lost << c.name;
            hazardDroppedColumn(from, c);
        } else if (const Column *n = to.column(c.name)) {
            if (!(c == *n))
                hazardColumnChange(from, c, *n);
        }
    }
    for (const Column &c : to.columns) {
        if (!from.column(c.name))
            hazardNewColumn(from, c);
    }
    if (to.primaryKey && from.primaryKey != to.primaryKey)
        hazardUnique(from, to.primaryKey->columns, QStringLiteral("primary key"));
    for (const UniqueConstraint &u : to.uniqueConstraints) {
        const bool existed = std::ranges::any_of(from.uniqueConstraints,
                                                 [&](const UniqueConstraint &x) { return x.columns == u.columns; });
        if (!existed)
            hazardUnique(from, u.columns, QStringLiteral("unique constraint ") + u.name);
    }
    for (const Index &i : to.indexes) {
        const bool existed = std::ranges::any_of(from.indexes, [&](const Index &x) {
            return x.unique && x.keys == i.keys && x.predicate == i.predicate;
        });
        if (!existed)
            hazardUniqueIndex(from, i);
    }
    for (const ForeignKey &fk : to.foreignKeys) {
        const bool existed = std::ranges::any_of(from.foreignKeys, [&](const ForeignKey &x) {
            return x.columns == fk.columns && x.referencedTable == fk.referencedTable
                   && x.referencedColumns == fk.referencedColumns;
        });
        if (!existed)
            hazardForeignKey(from, fk);
    }
    hazardRewrite(from, QStringLiteral("rebuilt: copied into a new table"));
    const bool losesData = !lost.isEmpty() && mayHaveRows(from);
    add(Tables, m_g.rebuildTable(from, to, sources), object, losesData,
        QStringLiteral("SQLite changes a table by rebuilding it: a new table, the rows copied, the old one "
                       "dropped, the new one renamed.")
            + (losesData ? QStringLiteral(" The values of %1 are not copied; the backup is the way back.")
                               .arg(lost.join(QStringLiteral(", ")))
                         : QString()));
    // Its indexes and triggers went with the old table.
    for (const Index &i : from.indexes)
        m_droppedIndexes.insert(key(from.schema, from.name) + kSep + i.name);
    for (const Index &i : to.indexes) {
        add(CreateIndexes, m_g.createIndex(to.schema, to.name, i), object + QLatin1Char('.') + i.name);
        m_createdIndexes.insert(key(to.schema, to.name) + kSep + i.name);
    }
}

void MigrationPlanner::planIndexes(TableWork &work)
{
    const Table &from = *work.from;
    const Table &to = *work.to;
    const QString object = to.schema + QLatin1Char('.') + to.name;
    for (const ObjectChange *c : work.changes) {
        if (c->kind != ObjectKind::Index)
            continue;
        const QString fromName = c->fromName.isEmpty() ? c->name : c->fromName;
        const bool renamable =
            !hasField(*c, "name") || !m_g.renameIndex(to.schema, to.name, fromName, c->name).isEmpty();
        if (namesOrCommentsOnly(*c) && renamable) {
            // Paired by shape: it takes TO's name (the dialect renames the
            // index; SQLite, which cannot, drops and creates it below) and
            // TO's comment. With --ignore index-names the name is FROM's.
            for (const Index &i : to.indexes) {
                if (i.name != c->name)
                    continue;
                Index named = i;
                if (!hasField(*c, "name")) {
                    named.name = fromName;
                } else if (fromName != i.name) {
                    const QStringList rename = m_g.renameIndex(to.schema, to.name, fromName, i.name);
                    add(CreateIndexes, rename, object + QLatin1Char('.') + i.name);
                    if (rename.isEmpty())
                        named.name = fromName;
                }
                if (hasField(*c, "comment"))
                    add(CreateIndexes, m_g.commentOnIndex(to.schema, named), object + QLatin1Char('.') + named.name);
            }
            continue;
        }
        if (c->change != ChangeKind::Added) {
            for (const Index &i : from.indexes) {
                if (i.name == fromName) {
                    add(DropIndexes, m_g.dropIndex(from.schema, from.name, i), object + QLatin1Char('.') + i.name);
                    m_droppedIndexes.insert(key(from.schema, from.name) + kSep + i.name);
                }
            }
        }
        if (c->change != ChangeKind::Removed) {
            for (const Index &i : to.indexes) {
                if (i.name != c->name)
                    continue;
                const bool madeWithColumn = std::ranges::any_of(to.columns, [&](const Column &col) {
                    return !from.column(col.name) && m_g.addsIndexWithColumn(to, col, i);
                });
                if (madeWithColumn)
                    continue;
                hazardUniqueIndex(from, i);
                add(CreateIndexes, m_g.createIndex(to.schema, to.name, i), object + QLatin1Char('.') + i.name);
                m_createdIndexes.insert(key(to.schema, to.name) + kSep + i.name);
            }
        }
    }
}

void MigrationPlanner::planForeignKeys()
{
    // Keys the diff names, plus keys that must step aside while a column
    // they use changes type or the key they point at is replaced.
    QSet<QString> disturbedTables; // tables whose key columns change
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        const TableWork &w = it.value();
        bool keyChange = false;
        for (const ObjectChange *c : w.changes) {
            if (changedInPlace(*c))
                continue;
            // MariaDB's RENAME INDEX keeps a foreign key's index in place.
            if (c->kind == ObjectKind::PrimaryKey || c->kind == ObjectKind::UniqueConstraint
                || (c->kind == ObjectKind::Column && c->change == ChangeKind::Changed
                    && (hasField(*c, "type") || hasField(*c, "collation")))
                || (c->kind == ObjectKind::Index && m_to.dialect == Dialect::MySQL && !renamesOnly(*c)))
                keyChange = true;
        }
        if (keyChange || w.replace)
            disturbedTables.insert(it.key());
    }

    if (m_g.altersTablesInPlace()) {
        for (const Schema &s : m_from.schemas) {
            for (const Table &t : s.tables) {
                const QString tableKey = key(s.name, t.name);
                if (m_removedTables.contains(tableKey))
                    continue;
                const TableWork *w = m_tables.contains(tableKey) ? &m_tables[tableKey] : nullptr;
                if (w && w->replace)
                    continue;
                for (const ForeignKey &fk : t.foreignKeys) {
                    const QString fkKey = tableKey + kSep + fk.name;
                    const QString refKey =
                        key(fk.referencedSchema.isEmpty() ? s.name : fk.referencedSchema, fk.referencedTable);
                    bool drop = false;
                    bool readd = false;
                    const ObjectChange *change = m_foreignKeyChanges.value(fkKey);
                    const bool disturbed = disturbedTables.contains(tableKey) || disturbedTables.contains(refKey)
                                           || m_removedTables.contains(refKey);
                    if (change && !disturbed && changedInPlace(*change)) {
                        if (const Table *target = toTable(s.name, t.name)) {
                            add(Tables, changeInPlace(*target, *change, fk.name),
                                s.name + QLatin1Char('.') + t.name + QLatin1Char('.') + change->name);
                            m_addedForeignKeys.insert(tableKey + kSep + change->name);
                            continue;
                        }
                    }
                    if (change) {
                        drop = true;
                    } else if (disturbed) {
                        drop = true;
                        readd = !m_removedTables.contains(refKey);
                    }
                    if (!drop || m_droppedForeignKeys.contains(fkKey))
                        continue;
                    add(DropForeignKeys, m_g.dropForeignKey(t, fk),
                        s.name + QLatin1Char('.') + t.name + QLatin1Char('.') + fk.name);
                    m_droppedForeignKeys.insert(fkKey);
                    if (readd) {
                        const Table *target = toTable(s.name, t.name);
                        if (!target)
                            continue;
                        for (const ForeignKey &k : target->foreignKeys) {
                            if (k.name == fk.name && !m_addedForeignKeys.contains(tableKey + kSep + k.name)) {
                                add(AddForeignKeys, m_g.addForeignKey(*target, k),
                                    s.name + QLatin1Char('.') + t.name + QLatin1Char('.') + k.name);
                                m_addedForeignKeys.insert(tableKey + kSep + k.name);
                            }
                        }
                    }
                }
            }
        }
    }

    // Added and changed keys (TO's version), and the keys of new tables.
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::ForeignKey || c.change == ChangeKind::Removed)
            continue;
        const QString tableKey = key(c.schema, c.table);
        if (m_tables.contains(tableKey) && m_tables[tableKey].rebuild)
            continue;
        const Table *t = toTable(c.schema, c.table);
        if (!t)
            continue;
        for (const ForeignKey &k : t->foreignKeys) {
            if (k.name == c.name && !m_addedForeignKeys.contains(tableKey + kSep + k.name)) {
                if (const Table *old = fromTable(c.schema, c.table))
                    hazardForeignKey(*old, k);
                add(AddForeignKeys, m_g.addForeignKey(*t, k), c.schema + QLatin1Char('.') + c.table + QLatin1Char('.') + k.name);
                m_addedForeignKeys.insert(tableKey + kSep + k.name);
            }
        }
    }
    QStringList keys;
    for (const QString &k : std::as_const(m_addedTables))
        keys << k;
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it) {
        if (it.value().replace)
            keys << it.key();
    }
    keys.sort();
    for (const QString &k : keys) {
        const Table *t = toTable(k.section(kSep, 0, 0), k.section(kSep, 1));
        if (!t)
            continue;
        for (const ForeignKey &fk : t->foreignKeys) {
            const QString fkKey = k + kSep + fk.name;
            if (m_addedTables.contains(k) && m_addedForeignKeys.contains(fkKey))
                continue;
            if (!m_addedTables.contains(k) && !m_addedForeignKeys.contains(fkKey))
                continue;
            add(AddForeignKeys, m_g.addForeignKey(*t, fk),
                t->schema + QLatin1Char('.') + t->name + QLatin1Char('.') + fk.name);
            m_addedForeignKeys.insert(fkKey);
        }
    }
}

void MigrationPlanner::planViews()
{
    // Views to drop: the ones TO lacks or has differently, and every view
    // that reads something that changes under it, transitively.
    QSet<QString> drop;
    QSet<QString> create;
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != ObjectKind::View && c.kind != ObjectKind::MaterializedView)
            continue;
        const bool indexOnly = !c.table.isEmpty();
        if (indexOnly)
            continue;
        // A new owner or comment is said to the view as it stands.
        const bool propertiesOnly = c.change == ChangeKind::Changed && std::ranges::all_of(c.fields, [](const FieldChange &f) {
            return f.field == QLatin1String("owner") || f.field == QLatin1String("comment");
        });
        if (propertiesOnly)
            continue;
        if (c.change != ChangeKind::Added) {
            drop.insert(key(c.schema, c.name));
            m_disturbingNames.insert(c.name.toLower());
        }
        if (c.change != ChangeKind::Removed)
            create.insert(key(c.schema, c.name));
    }
    bool grew = true;
    while (grew) {
        grew = false;
        for (const Schema &s : m_from.schemas) {
            for (const View &v : s.views) {
                const QString k = key(s.name, v.name);
                if (drop.contains(k))
                    continue;
                const QSet<QString> names = mentionedNames(v.definition);
                if (names.intersects(m_disturbingNames)) {
                    drop.insert(k);
                    m_disturbingNames.insert(v.name.toLower());
                    if (const Schema *ts = m_to.schema(s.name); ts && ts->view(v.name))
                        create.insert(k);
                    grew = true;
                }
            }
        }
    }

    for (auto sit = m_from.schemas.crbegin(); sit != m_from.schemas.crend(); ++sit) {
        const QList<const View *> ordered = viewsInDependencyOrder(*sit);
        for (auto it = ordered.crbegin(); it != ordered.crend(); ++it) {
            const View &v = **it;
            if (!drop.contains(key(v.schema, v.name)))
                continue;
            add(DropViews, m_g.dropView(v), v.schema + QLatin1Char('.') + v.name);
            m_droppedViews.insert(key(v.schema, v.name));
        }
    }
    for (const Schema &s : m_to.schemas) {
        for (const View *v : viewsInDependencyOrder(s)) {
            if (!create.contains(key(v->schema, v->name)))
                continue;
            const QString object = v->schema + QLatin1Char('.') + v->name;
            add(CreateViews, m_g.createView(*v), object);
            m_createdViews.insert(key(v->schema, v->name));
            for (const Index &i : v->indexes)
                add(CreateViews, m_g.createIndex(v->schema, v->name, i), object + QLatin1Char('.') + i.name);
        }
    }
    // Materialized view indexes and comments that change on their own.
    for (const ObjectChange &c : m_diff.changes) {
        const bool viewKind = c.kind == ObjectKind::View || c.kind == ObjectKind::MaterializedView;
        if (c.kind == ObjectKind::Index && !c.table.isEmpty() && !fromTable(c.schema, c.table)
            && !toTable(c.schema, c.table)) {
            if (m_droppedViews.contains(key(c.schema, c.table)))
                continue;
            const Schema *fs = m_from.schema(c.schema);
            const Schema *ts = m_to.schema(c.schema);
            const View *fv = fs ? fs->view(c.table) : nullptr;
            const View *tv = ts ? ts->view(c.table) : nullptr;
            const QString fromName = c.fromName.isEmpty() ? c.name : c.fromName;
            if (fv && c.change != ChangeKind::Added) {
                for (const Index &i : fv->indexes) {
                    if (i.name == fromName)
                        add(DropIndexes, m_g.dropIndex(c.schema, c.table, i), c.schema + QLatin1Char('.') + i.name);
                }
            }
            if (tv && c.change != ChangeKind::Removed) {
                for (const Index &i : tv->indexes) {
                    if (i.name == c.name)
                        add(CreateIndexes, m_g.createIndex(c.schema, c.table, i), c.schema + QLatin1Char('.') + i.name);
                }
            }
        } else if (viewKind && c.change == ChangeKind::Changed && c.table.isEmpty()
                   && !m_createdViews.contains(key(c.schema, c.name))) {
            const Schema *ts = m_to.schema(c.schema);
            const View *v = ts ? ts->view(c.name) : nullptr;
            if (!v)
                continue;
            if (hasField(c, "comment"))
                add(CreateViews, m_g.commentOnView(*v), c.schema + QLatin1Char('.') + c.name);
            if (hasField(c, "owner"))
                add(CreateViews, m_g.alterViewOwner(*v), c.schema + QLatin1Char('.') + c.name);
        }
    }
}

std::pair<QSet<QString>, QSet<QString>> MigrationPlanner::dropsAndCreates(ObjectKind kind) const
{
    QSet<QString> drop;
    QSet<QString> create;
    for (const ObjectChange &c : m_diff.changes) {
        if (c.kind != kind)
            continue;
        const QString k = key(c.schema, c.table) + kSep + c.name;
        if (c.change != ChangeKind::Added)
            drop.insert(k);
        if (c.change != ChangeKind::Removed)
            create.insert(k);
    }
    return {drop, create};
}

void MigrationPlanner::planTriggers()
{
    auto findTrigger = [](const Catalog &cat, const QString &schema, const QString &table,
                          const QString &name) -> const Trigger * {
        const Schema *s = cat.schema(schema);
        if (!s)
            return nullptr;
        for (const Trigger &t : s->triggers) {
            if (t.name == name && t.table == table)
                return &t;
        }
        return nullptr;
    };
    auto [drop, create] = dropsAndCreates(ObjectKind::Trigger);
    // Triggers on tables that are rebuilt or replaced, and on views that are
    // dropped and created again, go with them and come back.
    auto reborn = [&](const QString &schema, const QString &table) {
        const QString k = key(schema, table);
        if (m_droppedViews.contains(k))
            return true;
        const auto it = m_tables.constFind(k);
        return it != m_tables.cend() && (it->rebuild || it->replace);
    };
    // SQLite checks every trigger body when a table is renamed: a trigger
    // that names a table being rebuilt steps aside while it is.
    const bool bodiesChecked = m_to.dialect == Dialect::SQLite;
    for (const Schema &s : m_from.schemas) {
        for (const Trigger &t : s.triggers) {
            const bool mentions = bodiesChecked && mentionedNames(t.definition).intersects(m_disturbingNames);
            if (reborn(s.name, t.table) || mentions) {
                drop.insert(key(s.name, t.table) + kSep + t.name);
                create.insert(key(s.name, t.table) + kSep + t.name);
            }
        }
    }
    for (const Schema &s : m_to.schemas) {
        for (const Trigger &t : s.triggers) {
            if (reborn(s.name, t.table))
                create.insert(key(s.name, t.table) + kSep + t.name);
        }
    }
    for (const Schema &s : m_from.schemas) {
        for (const Trigger &t : s.triggers) {
            const QString k = key(s.name, t.table) + kSep + t.name;
            if (!drop.contains(k))
                continue;
            // Dropping a table or view takes its triggers along, but maybe
            // too late (SQLite checks trigger bodies when another table is
            // renamed); dropping them first keeps the order plain.
            add(DropTriggers, m_g.dropTrigger(s.name, t), s.name + QLatin1Char('.') + t.table + QLatin1Char('.') + t.name);
        }
    }
    for (const Schema &s : m_to.schemas) {
        for (const Trigger &t : s.triggers) {
            const QString k = key(s.name, t.table) + kSep + t.name;
            if (create.contains(k) && findTrigger(m_to, s.name, t.table, t.name))
                add(CreateTriggers, m_g.createTrigger(s.name, t), s.name + QLatin1Char('.') + t.table + QLatin1Char('.') + t.name);
        }
    }
}

void MigrationPlanner::planLetterCase()
{
    // SQLite keeps a name as written and compares names without regard to
    // case: after everything else (a rebuilt table came back under FROM's
    // spelling), columns are renamed in place, and a table by way of a
    // temporary name, as SQLite refuses a rename to the name it has.
    QStringList keys = m_tables.keys();
    keys.sort();
    for (const QString &k : std::as_const(keys)) {
        const TableWork &w = m_tables[k];
        if (!w.from || !w.to || w.replace)
            continue;
        const QString object = w.to->schema + QLatin1Char('.') + w.to->name;
        for (const ObjectChange *c : w.changes) {
            if (c->kind != ObjectKind::Column || c->change != ChangeKind::Changed || !hasField(*c, "name"))
                continue;
            const Column *column = w.to->column(c->name);
            if (column && !column->writtenName.isEmpty())
                add(LetterCase, m_g.renameColumn(*w.to, column->name, column->writtenName),
                    object + QLatin1Char('.') + column->name);
        }
        if (w.to->writtenName.isEmpty())
            continue;
        auto taken = [&](const QString &candidate) {
            for (const Catalog *catalog : {&m_from, &m_to}) {
                const Schema *s = catalog->schema(w.to->schema);
                auto named = [&](const auto &list) {
                    return std::ranges::any_of(list, [&](const auto &o) { return o.name.compare(candidate, Qt::CaseInsensitive) == 0; });
                };
                if (s && (named(s->tables) || named(s->views)))
                    return true;
            }
            return false;
        };
        const QString temp = temporaryName(w.to->name, QStringLiteral("__parity_case"), m_g.maxNameBytes(), taken);
        Table named = *w.to;
        add(LetterCase, m_g.renameTable(named, temp), object, false,
            QStringLiteral("SQLite will not rename a table to its own name in other letter case: it goes by way of %1.").arg(temp));
        named.name = temp;
        add(LetterCase, m_g.renameTable(named, w.to->writtenName), object);
    }
}

void MigrationPlanner::noteLocks()
{
    // PostgreSQL holds a lock on every table, index and TOAST table a
    // transaction changes until it commits, in a shared table sized
    // max_locks_per_transaction x max_connections (64 x 100 by default).
    if (m_to.dialect != Dialect::PostgreSQL)
        return;
    qint64 locks = 0;
    auto count = [&](const Table *t) {
        if (t)
            locks += 3 + t->indexes.size() + t->uniqueConstraints.size() + (t->primaryKey ? 1 : 0);
    };
    for (auto it = m_tables.cbegin(); it != m_tables.cend(); ++it)
        count(it->from ? it->from : it->to);
    for (const QString &k : std::as_const(m_enumMovedTables)) {
        if (!m_tables.contains(k))
            count(fromTable(k.section(kSep, 0, 0), k.section(kSep, 1)));
    }
    for (const QString &k : std::as_const(m_addedTables))
        count(toTable(k.section(kSep, 0, 0), k.section(kSep, 1)));
    for (const QString &k : std::as_const(m_removedTables))
        count(fromTable(k.section(kSep, 0, 0), k.section(kSep, 1)));
    constexpr qint64 kDefaultSlots = 64 * 100;
    if (locks * 2 < kDefaultSlots)
        return;
    m_notes << QStringLiteral("the transaction locks about %1 tables and indexes until COMMIT. With PostgreSQL's "
                              "default max_locks_per_transaction (64) the server may run out of lock slots (\"out "
                              "of shared memory\"): raise it to at least %2 before applying (it needs a restart).")
                   .arg(locks)
                   .arg(std::max<qint64>(128, (locks * 2 / 100 + 63) / 64 * 64));
}

void MigrationPlanner::planChecks()
{
    // SQLite: the rebuilds need foreign key enforcement off (it cannot be
    // switched inside a transaction), and a check that no row lost its
    // parent before the transaction commits.
    const bool rebuilds = std::ranges::any_of(m_tables, [](const TableWork &w) { return w.rebuild; });
    if (rebuilds || !m_removedTables.isEmpty()) {
        m_bookkeepingSteps = m_g.beforeRebuilds().size() + m_g.afterRebuilds().size();
        addNonTransactional(BeforeTransaction, m_g.beforeRebuilds(), {});
        add(Checks, m_g.afterRebuilds(), {}, false,
            QStringLiteral("Every foreign key must still hold: a broken one stops the script before COMMIT."));
    }
}

} // namespace parity

#pragma once

#include "diff/schemadiff.h"
#include "migration/migrationplan.h"
#include "schema/catalog.h"

#include <QHash>
#include <QSet>

#include <array>

namespace parity {

class SqlGenerator;

/// FROM's own names for what the declared renames call differently: probes
/// run on FROM before the script, so they use these.
struct RenameMap
{
    QHash<QString, QString> tables;  ///< schema + '\x1f' + new name -> old name
    QHash<QString, QString> columns; ///< schema + '\x1f' + new table + '\x1f' + new column -> old column
};

/// Turns one comparison into ordered steps (planMigration's engine; one
/// instance plans one direction).
///
/// The steps go into phases that run in a fixed order: what PostgreSQL
/// cannot run in a transaction, renames, then everything that must go before
/// objects change (triggers, views, foreign keys, indexes, constraints),
/// then creation from the outside in (schemas, extensions, types, sequences,
/// routines, tables, indexes, foreign keys, views, triggers), and last the
/// drops of what TO no longer has, inside out.
class MigrationPlanner
{
public:
    /// `from` already carries the declared renames; `renameSteps` are the
    /// statements that perform them on the database.
    MigrationPlanner(const Catalog &from, const Catalog &to, const SqlGenerator &generator);

    MigrationPlan plan(const DiffOptions &options, const QList<PlanStep> &renameSteps,
                       const QSet<QString> &renamedTables, const RenameMap &renames = {});

private:
    enum Phase {
        BeforeTransaction,
        Renames,
        DropTriggers,
        DropViews,
        DropRoutines,
        DropForeignKeys,
        DropIndexes,
        DropConstraints,
        CreateSchemas,
        CreateExtensions,
        CreateTypes,
        CreateSequences,
        RoutinesBeforeTables,
        CreateDomains,
        Tables,
        TableDrops,
        SequenceChanges,
        CreateIndexes,
        AddForeignKeys,
        CreateViews,
        RoutinesAfterTables,
        CreateTriggers,
        GrantPrivileges,
        DropDomainsLate,
        DropRoutinesLate,
        DropSequencesLate,
        DropTypesLate,
        DropExtensionsLate,
        DropSchemasLate,
        LetterCase,
        Checks,
        PhaseCount
    };

    /// What one table that exists on both sides needs.
    struct TableWork
    {
        const Table *from = nullptr;
        const Table *to = nullptr;
        QList<const ObjectChange *> changes;
        bool tableChanged = false;   ///< table-level properties differ
        bool replace = false;        ///< kind or partitioning differs: drop and create
        bool rebuild = false;        ///< SQLite: rebuilt through a copy
        bool typeChanged = false;    ///< a column's type or collation changes
        bool columnDropped = false;
        QStringList afterKeys;       ///< column changes that need the new keys in place
    };

    static QString key(const QString &schema, const QString &name);
    /// A constraint that only takes TO's name and/or comment, changed where
    /// it stands (PostgreSQL): changeInPlace() writes the statements.
    bool changedInPlace(const ObjectChange &change) const;
    QStringList changeInPlace(const Table &to, const ObjectChange &change, const QString &fromName) const;
    void add(Phase phase, const QStringList &sql, const QString &object, bool irreversible = false,
             const QString &note = {});
    void addNonTransactional(Phase phase, const QStringList &sql, const QString &object);

    void classify();
    void planSchemasAndExtensions();
    void planEnums();
    /// A name for an enum or domain of `schema` to step aside under while
    /// it is created anew; no type or relation has it, and it is reserved.
    QString freeTypeName(const QString &schema, const QString &name);
    void recreateEnum(const EnumType &from, const EnumType &to);
    // Domains and policies (plandomains.cpp).
    void planDomains();
    /// Returns the old domain under its temporary name, for planDomains to drop.
    Domain recreateDomain(const Domain &from, const Domain &to);
    void planPolicies();
    void planPrivileges();
    void planSequences();
    void planRoutines();
    void planTables();
    void planAddedTable(const Table &table);
    void planRemovedTable(const Table &table);
    void planChangedTable(TableWork &work);
    void planColumnsInPlace(TableWork &work);
    void planConstraintsInPlace(TableWork &work);
    void planRebuild(TableWork &work);
    void planIndexes(TableWork &work);
    void planForeignKeys();
    void planViews();
    /// Keys (schema, table, name) of the table-owned objects of `kind` the
    /// diff drops and creates (a changed one is both).
    std::pair<QSet<QString>, QSet<QString>> dropsAndCreates(ObjectKind kind) const;
    void planTriggers();
    void planLetterCase();
    void planChecks();
    void noteLocks();

    // Hazards (plannerhazards.cpp).
    void hazardDroppedTable(const Table &table);
    void hazardDroppedColumn(const Table &table, const Column &column);
    void hazardNewColumn(const Table &table, const Column &column);
    void hazardColumnChange(const Table &table, const Column &from, const Column &to);
    void hazardUnique(const Table &table, const QStringList &columns, const QString &what);
    void hazardUniqueIndex(const Table &table, const Index &index);
    void hazardForeignKey(const Table &table, const ForeignKey &key);
    void hazardRewrite(const Table &table, const QString &why);
    void hazardEnumLabels(const QString &schema, const QString &table, const QString &column,
                          const QStringList &removed);
    qint64 rowsOf(const Table &table) const;
    QString liveName(const Table &table) const;
    QString liveColumn(const Table &table, const QString &column) const;
    bool mayHaveRows(const Table &table) const { return rowsOf(table) != 0; }

    /// Catalog::table, by hash: plans of thousands of tables ask often.
    const Table *fromTable(const QString &schema, const QString &name) const;
    const Table *toTable(const QString &schema, const QString &name) const;

    const ObjectChange *changeOf(ObjectKind kind, const QString &schema, const QString &table,
                                 const QString &name) const;
    bool isEnumColumn(const Column &column, const QString &schema, const QString &enumName) const;
    QList<std::pair<QString, const Column *>> columnsOfEnum(const Catalog &catalog, const EnumType &type) const;

    const Catalog &m_from;
    const Catalog &m_to;
    const SqlGenerator &m_g;
    SchemaDiff m_diff;
    RenameMap m_renames;
    std::array<QList<PlanStep>, PhaseCount> m_phases;
    QList<Hazard> m_hazards;
    QStringList m_notes;
    qsizetype m_bookkeepingSteps = 0;

    QHash<QString, const Table *> m_fromTables;
    QHash<QString, const Table *> m_toTables;
    /// Foreign key changes by key(schema, table) + '\x1f' + FROM's name.
    QHash<QString, const ObjectChange *> m_foreignKeyChanges;
    QHash<QString, TableWork> m_tables;         ///< changed tables by key(schema, name)
    QSet<QString> m_addedTables;
    QSet<QString> m_removedTables;
    QSet<QString> m_renamedTables;              ///< TO names of tables the user renamed
    QSet<QString> m_recreatedEnums;             ///< key(schema, enum)
    QSet<QString> m_enumMovedTables;            ///< tables whose columns move to a recreated enum
    QSet<QString> m_enumTempNames;
    /// Lower-case names whose change forces the views that mention them to be
    /// dropped and created again.
    QSet<QString> m_disturbingNames;
    QSet<QString> m_droppedViews;               ///< key(schema, view) of FROM views dropped
    QSet<QString> m_createdViews;               ///< key(schema, view) of TO views created
    QSet<QString> m_droppedForeignKeys;         ///< key(schema, table) + '\x1f' + name (FROM)
    QSet<QString> m_addedForeignKeys;           ///< same, TO
    QSet<QString> m_createdIndexes;             ///< key(schema, owner) + '\x1f' + name (TO)
    QSet<QString> m_droppedIndexes;
    QSet<QString> m_recreatedRoutines;          ///< key(schema, signature) of routines dropped and created
    QSet<QString> m_droppedTriggers;            ///< key(schema, trigger)
    QSet<QString> m_createdTriggers;
};

} // namespace parity

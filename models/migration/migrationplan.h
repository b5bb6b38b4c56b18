#pragma once

#include "diff/schemadiff.h"
#include "schema/dialect.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

/// How bad a hazard is: high loses data or makes the apply fail, medium
/// may fail or block writers for a long time, low is worth knowing.
enum class HazardSeverity { Low, Medium, High };

enum class HazardKind {
    DroppedTable,        ///< a table that holds rows is dropped
    DroppedColumn,       ///< a column of a table that holds rows is dropped
    DuplicateValues,     ///< a new UNIQUE or PRIMARY KEY over values that repeat
    NullValues,          ///< SET NOT NULL (or a new key) over a column holding NULLs
    NotNullWithoutDefault, ///< a new NOT NULL column without default on a table with rows
    NarrowingType,       ///< a type change that existing values may not fit
    EnumLabelInUse,      ///< a removed enum label that rows still hold
    OrphanRows,          ///< a new foreign key that existing rows break
    TableRewrite,        ///< the change rewrites or copies the whole table under a lock
    NoBackup,            ///< the apply runs without a backup to restore from
    DataChange,          ///< a script's data statements delete or overwrite rows (measured by rehearsal, or by kind)
};

/// A change that can lose data, fail on existing rows, or lock a big table,
/// with the live figure behind it once measured on FROM.
struct Hazard
{
    HazardKind kind = HazardKind::TableRewrite;
    HazardSeverity severity = HazardSeverity::Low;
    QString object;      ///< "public.users.email"
    QString reason;      ///< in words, for a person: "drops a table that holds rows"
    bool dataLoss = false; ///< plan refuses unless --allow-data-loss
    /// SELECT whose first column gives the figure on FROM (a count); empty
    /// when the figure is known without asking (or cannot be measured).
    QString probe;
    QString sampleProbe; ///< SELECT of a few offending values; empty if none
    qint64 figure = -1;  ///< measured count; -1 while not measured
    bool figureExact = false; ///< false: an estimate from statistics
    QString unit;        ///< what `figure` counts: "rows", "duplicated values", "NULLs"
    QStringList samples; ///< a few offending values, as text

    /// "49 rows", "about 1,200 rows", "not measured".
    QString figureText() const;
};

/// For a step read from a script: the script's own transaction control,
/// which the executor honours as the dialect's client would.
enum class ScriptTransaction {
    None,       ///< an ordinary statement
    Begin,      ///< BEGIN, START TRANSACTION (any spelling)
    Commit,     ///< COMMIT, END
    Rollback,   ///< ROLLBACK, ABORT (the whole transaction)
    Savepoint,  ///< SAVEPOINT name
    Release,    ///< RELEASE [SAVEPOINT] name
    RollbackTo, ///< ROLLBACK TO [SAVEPOINT] name
};

/// One statement of a script, with what a reader needs to know about it.
struct PlanStep
{
    QString sql;          ///< without terminator
    QString object;       ///< what it changes: "public.users"
    bool transactional = true; ///< false: PostgreSQL cannot run it inside a transaction block
    /// The step destroys data the other direction cannot give back (a drop
    /// of a table or column); in a rollback script: the step recreates
    /// something whose rows the forward script destroyed.
    bool irreversible = false;
    QString note;         ///< said above the statement in the script, when not empty
    /// In a rollback: what of this object the forward script destroyed, so
    /// that this step brings back the structure but not the data.
    QString lostData;
    int line = 0;         ///< 1-based line in the script file the step was read from; 0 when planned
    ScriptTransaction control = ScriptTransaction::None; ///< read from a script: its transaction control
    QString savepoint;    ///< the savepoint a Savepoint, Release or RollbackTo step names (as the server folds it)
};

/// Everything a script needs: the ordered steps and the hazards.
struct MigrationPlan
{
    Dialect dialect = Dialect::SQLite;
    QString fromName;     ///< the database the script changes
    QString toName;       ///< the database it is made to look like
    QString fromSource;   ///< specs without passwords
    QString toSource;
    QDateTime createdAt;
    QList<PlanStep> steps;
    QList<Hazard> hazards;
    /// What the plan leaves as it is, and why (said in the script header).
    QStringList notes;
    /// True when this plan is the rollback of another (wording of the header).
    bool isRollback = false;

    bool isEmpty() const { return steps.isEmpty(); }
    /// True when any hazard loses data.
    bool losesData() const;
};

/// A rename the user declares, so that data is kept instead of dropping
/// one object and adding another. `column` empty: a table rename.
struct Rename
{
    QString schema;   ///< empty: the only (or the first) schema that has the table
    QString table;    ///< FROM's table name (for a table rename: the old name)
    QString column;   ///< FROM's column name for a column rename
    QString newName;

    bool operator==(const Rename &) const = default;
};

struct PlanOptions
{
    DiffOptions diff;
    QList<Rename> renames;
};

QString hazardSeverityKey(HazardSeverity severity); ///< "high", "medium", "low"
QString hazardKindKey(HazardKind kind);             ///< "dropped-table", …

} // namespace parity

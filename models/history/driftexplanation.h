#pragma once

#include "history/historymatrix.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

struct SchemaDiff;
struct ObjectChange;

/// A migration that accounts for one difference of a schema diff: one side
/// ran it, the other did not.
struct MigrationLink
{
    enum class Evidence {
        Statements, ///< its file's statements or operations touch the object
        Name,       ///< its name mentions the object ("…_create_sync_audit_logs_table.js")
    };

    MigrationFramework framework = MigrationFramework::Sequelize;
    QString id;
    QString ranOn;    ///< the environment that ran it
    QString notRanOn; ///< the one that did not
    MigrationState state = MigrationState::Applied; ///< its state where it ran (Applied, Failed, Dirty…)
    Evidence evidence = Evidence::Name;

    bool operator==(const MigrationLink &) const = default;
};

/// Why the schemas of FROM and TO differ, difference by difference.
struct DriftExplanation
{
    /// At least one side keeps a migration table; without one nothing is
    /// explained and nothing is flagged.
    bool available = false;
    /// One entry per SchemaDiff::changes, same order: the migrations that
    /// account for the change, best first; empty = unexplained drift.
    QList<QList<MigrationLink>> links;
    /// Migrations one side ran and the other did not, whether or not a
    /// difference was linked to them.
    QList<MigrationLink> differing;
    QStringList notes; ///< what limited the explanation ("uat is a snapshot: …")

    /// The links for the change at `index`, empty when none or out of range.
    QList<MigrationLink> linksFor(qsizetype index) const;
    bool isUnexplained(qsizetype index) const { return available && linksFor(index).isEmpty(); }
    qsizetype unexplainedCount() const;
};

/// Links each change of `diff` (FROM → TO) to the migrations that one side
/// ran and the other did not and that touch the changed object: from the
/// migration's file when the folder has it, else from its name. `from` and
/// `to` are the histories of the diff's FROM and TO.
DriftExplanation explainDrift(const SchemaDiff &diff, const EnvironmentHistory &from, const EnvironmentHistory &to,
                              const std::optional<MigrationFolder> &folder = std::nullopt);

/// "20251203_01_create_sync_audit_logs_table.js (Sequelize): staging ran it, uat did not".
QString describeLink(const MigrationLink &link);

} // namespace parity

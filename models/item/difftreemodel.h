#pragma once

#include "diff/schemadiff.h"
#include "history/driftexplanation.h"
#include "schema/catalog.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QSet>

#include <memory>

namespace parity {

/// Both sides of a comparison as one tree, so that two views over it line up
/// row by row: schema -> object kind -> object -> columns, keys, indexes.
/// Every object either side has gets one row; the side that lacks it shows
/// an empty placeholder in its columns. Columns 0-1 are the reference (TO,
/// the desired state, shown on the left), 2-3 the target (FROM, the database
/// that will change, on the right).
///
/// Each difference of the diff has a check box (selective sync): unticked
/// changes are left out of the script. Parents are tri-state over the
/// differences beneath them. The children of a table are built when a view
/// first asks for them, so 10,000 tables open at once.
class DiffTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column { ReferenceName, ReferenceDetail, TargetName, TargetDetail, ColumnCount };
    /// How a row differs, from the reference's point of view.
    enum class State {
        Same,            ///< both sides have it and it does not differ
        OnlyInReference, ///< the script creates it (an "added" change)
        OnlyInTarget,    ///< the script drops it (a "removed" change)
        Changed,         ///< both have it and it differs
        ContainsChanges, ///< the same itself, but something beneath it differs
    };
    enum class NodeKind { Root, Schema, Group, Object, Child };
    enum Role {
        StateRole = Qt::UserRole + 1, ///< State as int
        NodeKindRole,                 ///< NodeKind as int
        ObjectKindRole,               ///< ObjectKind as int (objects, children, groups)
        SchemaRole,
        TableRole,                    ///< owning table of a child or trigger
        ObjectNameRole,
        ChangeIndexRole,              ///< index into diff().changes, -1 for none
        PathRole,                     ///< "schema.table.name"
        SearchTextRole,               ///< lower-case names a search matches (object: its children's too)
        PulledInRole,                 ///< why a left-out change is in the script anyway; empty otherwise
        /// Which kinds of change sit at or beneath the row: a ChangeKinds mask.
        SubtreeChangesRole,
        /// The row's own change in the light of the migration history (see
        /// setDriftExplanation()): "← 20251203_01_create_sync_audit_logs_table.js",
        /// "unexplained drift", or empty (no change, or no explanation).
        ExplanationRole,
        /// bool: the row's change is unexplained drift (only when an explanation is available).
        UnexplainedRole,
        /// QStringList: the ids of the migrations that explain the row's change, best first.
        ExplainingMigrationsRole,
    };
    enum ChangeKindFlag { HasAdded = 1, HasRemoved = 2, HasChanged = 4 };

    explicit DiffTreeModel(QObject *parent = nullptr);
    ~DiffTreeModel() override;

    /// The rows of one comparison down to the objects, built where the
    /// caller likes (a worker: tens of thousands of tables take a while);
    /// the model only swaps it in. Immutable once built, except that table
    /// rows gain their children when first shown.
    struct Snapshot;
    /// `target` is FROM, `reference` is TO (read as comparableTo(TO, FROM)),
    /// `diff` compares the two. Pure: safe on any thread.
    static std::shared_ptr<Snapshot> buildSnapshot(const Catalog &target, const Catalog &reference,
                                                   const SchemaDiff &diff);
    /// Swaps in a new comparison; every change starts ticked.
    void setSnapshot(std::shared_ptr<Snapshot> snapshot);
    void setComparison(const Catalog &target, const Catalog &reference, const SchemaDiff &diff);
    void clear();

    const SchemaDiff &diff() const;
    const Catalog &target() const;
    const Catalog &reference() const;

    /// The unticked changes, as indexes into diff().changes.
    QSet<int> excludedChanges() const { return m_excluded; }
    void setExcludedChanges(const QSet<int> &excluded);
    /// Changes the user left out that the script needs anyway, with the reason.
    void setPulledIn(const QHash<int, QString> &reasons);
    /// Which migrations account for each change of diff() (it arrives after
    /// the tree: histories are read once the comparison is shown). A new
    /// snapshot forgets it.
    void setDriftExplanation(const DriftExplanation &explanation);
    const DriftExplanation &driftExplanation() const { return m_explanation; }

    /// The row of a change (building table children on the way); invalid
    /// when the change has no row.
    QModelIndex indexForChange(int change) const;
    /// The row of "schema.object" or "schema.table.child" (also without the
    /// schema); the closest enclosing row when the exact one is missing.
    QModelIndex indexForPath(const QString &path) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user ticked or unticked differences.
    void choiceChanged();

private:
    struct Node;
    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexOf(const Node *node, int column = 0) const;
    void buildChildren(Node *node) const;
    Qt::CheckState checkState(const Node *node) const;
    void announceSubtree(const Node *node);
    void announceChanges(const QList<int> &changes);

    std::shared_ptr<Snapshot> m_s; // never null; shared only with whoever built it
    QSet<int> m_excluded;
    QHash<int, QString> m_pulledIn;
    DriftExplanation m_explanation;
};

} // namespace parity

#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "diff/schemadiff.h"
#include "item/difftreemodel.h"
#include "migration/planner.h"
#include "migration/selection.h"
#include "schema/catalog.h"

#include <QFutureWatcher>
#include <QHash>
#include <QObject>
#include <QSet>

#include <functional>

namespace parity {

/// One comparison of the window, from the two specs to the scripts: reads
/// both sides on workers (with progress and cancel), compares them, plans
/// the ticked differences, and measures the hazards on the live target.
/// Every query runs on a worker; this object only starts jobs and keeps
/// their results. Words: the reference is TO (the desired state), the
/// target is FROM (the database the script changes).
class ComparisonController : public QObject
{
    Q_OBJECT

public:
    /// Turns what the user typed or picked into a spec ready to connect
    /// (a profile resolved, its password asked for). `done` may be called
    /// later; a failure (or a cancelled password prompt) stops the compare.
    using SpecResolver = std::function<void(const QString &text, std::function<void(Result<ConnectionSpec>)> done)>;

    /// What one planning job produced.
    struct Scripts
    {
        PlanPair plan;
        QString forward;
        QString rollback;
        SelectionOutcome selection;
    };

    explicit ComparisonController(QObject *parent = nullptr);
    ~ComparisonController() override;

    void setSpecResolver(SpecResolver resolver) { m_resolver = std::move(resolver); }
    void setExactCounts(bool exact) { m_exactCounts = exact; }

    /// Starts reading both sides; any comparison under way is cancelled.
    void compare(const QString &reference, const QString &target, const DiffOptions &options = {});
    /// Stops what runs; a comparison still reading its databases ends as
    /// failed ("Comparison cancelled."), one already shown stays.
    void cancel();
    bool isBusy() const;

    /// Plans again with these differences left out (indexes into diff()).
    /// Plans run one at a time; the newest choice wins.
    void setExcluded(const QSet<int> &excluded);

    QString referenceText() const { return m_referenceText; }
    QString targetText() const { return m_targetText; }
    /// The target's spec, ready to connect (for the dry run). Holds the password in memory only.
    const ConnectionSpec &targetSpec() const { return m_targetSpec; }
    /// The reference's spec, ready to connect (for the migration history). Holds the password in memory only.
    const ConnectionSpec &referenceSpec() const { return m_referenceSpec; }
    bool hasComparison() const { return m_hasComparison; }
    const Catalog &reference() const { return m_reference; } ///< read as comparableTo(TO, FROM)
    const Catalog &target() const { return m_target; }
    const SchemaDiff &diff() const { return m_diff; }
    const Scripts &scripts() const { return m_scripts; }
    /// The options the comparison was made with (the plan's PlanOptions::diff).
    const DiffOptions &diffOptions() const { return m_options; }
    /// The rows of the trees, built on the worker.
    std::shared_ptr<DiffTreeModel::Snapshot> treeSnapshot() const { return m_tree; }
    /// Names for the SQL editor's completion, listed on the worker.
    const QStringList &completionEntries() const { return m_completion; }
    bool hazardsMeasured() const { return m_measured; }

Q_SIGNALS:
    void busyChanged(bool busy);
    void progressChanged(int value, int maximum, const QString &text);
    void comparisonFinished();
    void comparisonFailed(const QString &message);
    /// New scripts (after a choice changed, or once the hazards are measured).
    void planFinished();
    void planFailed(const QString &message);

private:
    struct Compared
    {
        Catalog reference;
        SchemaDiff diff;
        QStringList completion;
        std::shared_ptr<DiffTreeModel::Snapshot> tree;
    };

    void stopJobs();
    void resolved(int side, Result<ConnectionSpec> spec);
    void startInspection();
    void inspectionDone();
    void compareDone();
    void startPlan();
    void planDone();
    void startMeasuring();
    void measuringDone();
    void fail(const QString &message);
    void setBusy(bool busy);
    void reportProgress();
    static QString hazardKey(const Hazard &hazard);

    SpecResolver m_resolver;
    bool m_exactCounts = false;
    int m_generation = 0; // a newer compare makes older callbacks stale
    QString m_referenceText;
    QString m_targetText;
    DiffOptions m_options;
    ConnectionSpec m_referenceSpec;
    ConnectionSpec m_targetSpec;
    int m_pendingResolves = 0;
    bool m_resolveFailed = false;

    QFutureWatcher<Result<Catalog>> m_referenceWatcher;
    QFutureWatcher<Result<Catalog>> m_targetWatcher;
    bool m_targetPending = false; ///< the target is read once the reference is (two snapshot files)
    QFutureWatcher<Compared> m_compareWatcher;
    QFutureWatcher<Result<Scripts>> m_planWatcher;
    QFutureWatcher<Result<QList<Hazard>>> m_measureWatcher;
    bool m_replanPending = false;

    bool m_hasComparison = false;
    Catalog m_reference;
    Catalog m_target;
    SchemaDiff m_diff;
    QStringList m_completion;
    std::shared_ptr<DiffTreeModel::Snapshot> m_tree;
    QSet<int> m_excluded;
    Scripts m_scripts;
    bool m_measured = false;
    /// Live figures by hazard, measured once on the whole plan; a plan of
    /// fewer differences takes its hazards' figures from here.
    QHash<QString, Hazard> m_measuredHazards;
    bool m_busy = false;
};

} // namespace parity

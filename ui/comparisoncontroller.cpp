#include "comparisoncontroller.h"

#include "common/promisejobcontext.h"
#include "common/workerpool.h"
#include "connection/profilestore.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"
#include "sqleditor.h"

#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

/// Resolves @profile through the saved profiles and fills the password from
/// the places the dialect's client reads; what the window uses when no
/// resolver with a keychain is set (tests, the demo).
void defaultResolve(const QString &text, const std::function<void(Result<ConnectionSpec>)> &done)
{
    auto spec = ConnectionSpec::parse(text);
    if (!spec) {
        done(std::unexpected(spec.error()));
        return;
    }
    auto concrete = resolveProfile(*spec);
    if (!concrete) {
        done(std::unexpected(concrete.error()));
        return;
    }
    resolvePassword(*concrete);
    done(*concrete);
}

} // namespace

ComparisonController::ComparisonController(QObject *parent)
    : QObject(parent)
    , m_resolver(defaultResolve)
{
    connect(&m_referenceWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::inspectionDone);
    connect(&m_targetWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::inspectionDone);
    for (auto *watcher : {&m_referenceWatcher, &m_targetWatcher}) {
        connect(watcher, &QFutureWatcherBase::progressValueChanged, this, &ComparisonController::reportProgress);
        connect(watcher, &QFutureWatcherBase::progressTextChanged, this, &ComparisonController::reportProgress);
    }
    connect(&m_compareWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::compareDone);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::planDone);
    connect(&m_measureWatcher, &QFutureWatcherBase::finished, this, &ComparisonController::measuringDone);
    connect(&m_measureWatcher, &QFutureWatcherBase::progressValueChanged, this, [this](int value) {
        Q_EMIT progressChanged(value, m_measureWatcher.progressMaximum(), m_measureWatcher.progressText());
    });
}

ComparisonController::~ComparisonController()
{
    stopJobs();
    for (QFutureWatcherBase *w : std::initializer_list<QFutureWatcherBase *>{
             &m_referenceWatcher, &m_targetWatcher, &m_compareWatcher, &m_planWatcher, &m_measureWatcher})
        w->waitForFinished();
}

bool ComparisonController::isBusy() const
{
    return m_busy;
}

void ComparisonController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void ComparisonController::cancel()
{
    const bool reading = m_busy && !m_hasComparison;
    stopJobs();
    if (reading) {
        Q_EMIT progressChanged(1, 1, tr("Comparison cancelled."));
        Q_EMIT comparisonFailed(tr("Comparison cancelled."));
    }
}

void ComparisonController::stopJobs()
{
    ++m_generation;
    m_targetPending = false;
    m_pendingResolves = 0;
    m_replanPending = false;
    m_referenceWatcher.cancel();
    m_targetWatcher.cancel();
    m_measureWatcher.cancel();
    // Comparing and planning are pure and quick; their results are dropped
    // as stale when they arrive.
    setBusy(false);
}

void ComparisonController::compare(const QString &reference, const QString &target, const DiffOptions &options)
{
    stopJobs();
    const int generation = m_generation;
    m_referenceText = reference.trimmed();
    m_targetText = target.trimmed();
    m_options = options;
    m_hasComparison = false;
    m_measured = false;
    m_measuredHazards.clear();
    m_excluded.clear();
    m_resolveFailed = false;
    setBusy(true);
    if (m_referenceText.isEmpty() || m_targetText.isEmpty()) {
        fail(tr("Choose both a reference (the desired state) and a target (the database that will change)."));
        return;
    }
    Q_EMIT progressChanged(0, 0, tr("Connecting…"));
    m_pendingResolves = 2;
    // A resolver may answer at once or after a password prompt; either way
    // the answer counts only for this comparison.
    m_resolver(m_referenceText, [this, generation](Result<ConnectionSpec> spec) {
        if (generation == m_generation)
            resolved(0, std::move(spec));
    });
    if (generation != m_generation)
        return;
    m_resolver(m_targetText, [this, generation](Result<ConnectionSpec> spec) {
        if (generation == m_generation)
            resolved(1, std::move(spec));
    });
}

void ComparisonController::resolved(int side, Result<ConnectionSpec> spec)
{
    if (m_resolveFailed)
        return;
    if (!spec) {
        m_resolveFailed = true;
        const QString which = side == 0 ? tr("reference") : tr("target");
        fail(spec.error().code == Error::Code::Cancelled
                 ? tr("Comparison cancelled.")
                 : tr("The %1 cannot be opened: %2").arg(which, spec.error().message));
        return;
    }
    (side == 0 ? m_referenceSpec : m_targetSpec) = *spec;
    if (--m_pendingResolves == 0)
        startInspection();
}

void ComparisonController::startInspection()
{
    IntrospectionOptions options;
    options.schemas = m_options.schemas;
    options.exactRowCounts = m_exactCounts;
    m_referenceWatcher.setFuture(inspectAsync(m_referenceSpec, options));
    // Two snapshot files are read one after the other: each parse holds the
    // whole JSON document, and two at once would double the peak memory for
    // little gain (reading a file is not waiting on a server).
    m_targetPending = m_referenceSpec.kind == ConnectionSpec::Kind::Snapshot
                      && m_targetSpec.kind == ConnectionSpec::Kind::Snapshot;
    if (!m_targetPending)
        m_targetWatcher.setFuture(inspectAsync(m_targetSpec, options));
}

void ComparisonController::reportProgress()
{
    // Each side reports on its own scale; show the mean of the two.
    auto fraction = [](const QFutureWatcherBase &w) {
        if (w.isFinished())
            return 1.0;
        const int span = w.progressMaximum() - w.progressMinimum();
        return span > 0 ? double(w.progressValue() - w.progressMinimum()) / span : 0.0;
    };
    const int percent = int(50 * (fraction(m_referenceWatcher) + fraction(m_targetWatcher)));
    QString text = m_targetWatcher.progressText();
    if (text.isEmpty())
        text = m_referenceWatcher.progressText();
    Q_EMIT progressChanged(percent, 100, text.isEmpty() ? tr("Reading both databases…") : text);
}

void ComparisonController::inspectionDone()
{
    if (!m_busy || !m_referenceWatcher.isFinished())
        return;
    if (m_targetPending) {
        m_targetPending = false;
        if (m_referenceWatcher.isCanceled()) {
            fail(tr("Comparison cancelled."));
            return;
        }
        IntrospectionOptions options;
        options.schemas = m_options.schemas;
        options.exactRowCounts = m_exactCounts;
        m_targetWatcher.setFuture(inspectAsync(m_targetSpec, options));
        return;
    }
    if (!m_targetWatcher.isFinished())
        return;
    if (m_referenceWatcher.isCanceled() || m_targetWatcher.isCanceled()) {
        fail(tr("Comparison cancelled."));
        return;
    }
    const Result<Catalog> reference = m_referenceWatcher.result();
    const Result<Catalog> target = m_targetWatcher.result();
    if (!reference) {
        fail(tr("Could not read the reference %1: %2").arg(m_referenceSpec.display(), reference.error().message));
        return;
    }
    if (!target) {
        fail(tr("Could not read the target %1: %2").arg(m_targetSpec.display(), target.error().message));
        return;
    }
    if (reference->dialect != target->dialect) {
        fail(tr("The reference is %1 and the target is %2: Parity compares databases of one kind.")
                 .arg(dialectDisplayName(reference->dialect), dialectDisplayName(target->dialect)));
        return;
    }
    m_target = *target;
    Q_EMIT progressChanged(0, 0, tr("Comparing…"));
    const Catalog from = *target;
    const Catalog to = *reference;
    const DiffOptions options = m_options;
    m_compareWatcher.setFuture(QtConcurrent::run(workerPool(), [from, to, options] {
        Compared out;
        out.reference = comparableTo(to, from);
        out.diff = compareCatalogs(from, out.reference, options);
        out.completion = SqlEditor::completionEntriesFor(out.reference);
        out.tree = DiffTreeModel::buildSnapshot(from, out.reference, out.diff);
        return out;
    }));
}

void ComparisonController::compareDone()
{
    if (!m_busy || m_compareWatcher.isCanceled() || m_hasComparison)
        return;
    Compared compared = m_compareWatcher.result();
    m_reference = std::move(compared.reference);
    m_diff = std::move(compared.diff);
    m_completion = std::move(compared.completion);
    m_tree = std::move(compared.tree);
    m_hasComparison = true;
    m_scripts = {};
    Q_EMIT comparisonFinished();
    startPlan();
}

void ComparisonController::setExcluded(const QSet<int> &excluded)
{
    if (excluded == m_excluded || !m_hasComparison)
        return;
    m_excluded = excluded;
    startPlan();
}

QString ComparisonController::hazardKey(const Hazard &hazard)
{
    return hazardKindKey(hazard.kind) + QChar(0x1f) + hazard.object + QChar(0x1f) + hazard.probe;
}

void ComparisonController::startPlan()
{
    if (m_planWatcher.isRunning()) {
        m_replanPending = true; // the newest choice is planned when this one ends
        return;
    }
    m_replanPending = false;
    setBusy(true);
    Q_EMIT progressChanged(0, 0, tr("Planning the scripts…"));
    QSet<int> chosen;
    for (int i = 0; i < m_diff.changes.size(); ++i) {
        if (!m_excluded.contains(i))
            chosen.insert(i);
    }
    const Catalog from = m_target;
    const Catalog to = m_reference;
    const SchemaDiff diff = m_diff;
    PlanOptions options;
    options.diff = m_options;
    const QHash<QString, Hazard> measured = m_measuredHazards;
    m_planWatcher.setFuture(QtConcurrent::run(workerPool(), [from, to, diff, chosen, options, measured]() -> Result<Scripts> {
        Scripts out;
        if (chosen.size() == diff.changes.size()) {
            out.selection.to = to;
            out.selection.included = chosen;
        } else {
            out.selection = applySelection(from, to, diff, chosen);
        }
        auto pair = planMigration(from, out.selection.to, options);
        if (!pair)
            return std::unexpected(pair.error());
        out.plan = std::move(*pair);
        if (!measured.isEmpty()) {
            for (Hazard &h : out.plan.forward.hazards) {
                const auto it = measured.constFind(hazardKey(h));
                if (it != measured.cend())
                    h = *it;
            }
            settleIrreversibility(out.plan);
        }
        for (const SelectionNote &note : std::as_const(out.selection.notes))
            out.plan.forward.notes << note.text;
        out.forward = planScript(out.plan.forward);
        out.rollback = planScript(out.plan.rollback);
        return out;
    }));
}

void ComparisonController::planDone()
{
    if (m_replanPending) {
        startPlan();
        return;
    }
    if (!m_hasComparison)
        return;
    Result<Scripts> scripts = m_planWatcher.result();
    if (!scripts) {
        setBusy(false);
        Q_EMIT planFailed(scripts.error().message);
        return;
    }
    m_scripts = std::move(*scripts);
    Q_EMIT planFinished();
    if (!m_measured && m_excluded.isEmpty() && m_targetSpec.kind != ConnectionSpec::Kind::Snapshot
        && !m_scripts.plan.forward.hazards.isEmpty()) {
        startMeasuring();
        return;
    }
    setBusy(false);
    Q_EMIT progressChanged(1, 1, tr("Ready"));
}

void ComparisonController::startMeasuring()
{
    Q_EMIT progressChanged(0, 0, tr("Measuring hazards on %1…").arg(m_targetSpec.databaseName()));
    const ConnectionSpec spec = m_targetSpec;
    const QList<Hazard> hazards = m_scripts.plan.forward.hazards;
    m_measureWatcher.setFuture(QtConcurrent::run(workerPool(), [spec, hazards](QPromise<Result<QList<Hazard>>> &promise) {
        PromiseJobContext<Result<QList<Hazard>>> job(promise);
        QList<Hazard> measured = hazards;
        auto ok = measureHazards(measured, spec, job, 2);
        if (!ok)
            promise.addResult(Result<QList<Hazard>>(std::unexpected(ok.error())));
        else
            promise.addResult(Result<QList<Hazard>>(measured));
    }));
}

void ComparisonController::measuringDone()
{
    // Cancelled, or a newer comparison under way: whoever stopped it has
    // already said how busy the controller is.
    if (m_measureWatcher.isCanceled() || !m_hasComparison)
        return;
    if (m_measureWatcher.future().resultCount() == 0) {
        setBusy(false);
        return;
    }
    const Result<QList<Hazard>> measured = m_measureWatcher.result();
    m_measured = true;
    if (!measured) {
        setBusy(false);
        Q_EMIT progressChanged(1, 1, tr("The hazards could not be measured: %1").arg(measured.error().message));
        return;
    }
    for (const Hazard &h : *measured)
        m_measuredHazards.insert(hazardKey(h), h);
    startPlan(); // the scripts again, with the figures in their headers
}

void ComparisonController::fail(const QString &message)
{
    ++m_generation;
    m_referenceWatcher.cancel();
    m_targetWatcher.cancel();
    setBusy(false);
    Q_EMIT progressChanged(1, 1, message);
    Q_EMIT comparisonFailed(message);
}

} // namespace parity

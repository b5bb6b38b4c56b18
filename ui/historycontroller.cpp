#include "historycontroller.h"

#include "common/promisejobcontext.h"
#include "common/workerpool.h"
#include "connection/secretmask.h"
#include "history/historyreader.h"
#include "history/migrationfolder.h"

#include <QDir>
#include <QtConcurrent/QtConcurrentRun>

#include <optional>

namespace parity {

namespace {

constexpr int kFolderWarningsShown = 5;

/// The whole job, on a worker: both histories, the folder, the matrix and
/// the explanation. Every failure becomes a note.
HistoryController::Outcome readHistories(const HistoryController::Request &request,
                                         const QString &folderPath, JobContext &job)
{
    HistoryController::Outcome out;
    out.folder = folderPath;
    std::optional<EnvironmentHistory> read[2];
    const HistoryController::Side *sides[2] = {&request.reference, &request.target};
    for (int i = 0; i < 2; ++i) {
        if (job.isCancelled())
            return out;
        const HistoryController::Side &side = *sides[i];
        if (side.spec.kind == ConnectionSpec::Kind::Snapshot) {
            out.notes
                << HistoryController::tr(
                       "%1 is a snapshot file: it keeps no migration table, so its history is "
                       "not shown. Compare with the live database to see it.")
                       .arg(side.name);
            continue;
        }
        Result<EnvironmentHistory> history = readEnvironmentHistory(side.spec, side.name, job);
        if (!history) {
            if (history.error().code != Error::Code::Cancelled) {
                out.notes << HistoryController::tr("Could not read the migration history of %1: %2")
                                 .arg(side.name, history.error().message);
            }
            continue;
        }
        history->name = side.name;
        read[i] = std::move(*history);
    }

    std::optional<MigrationFolder> folder;
    if (!folderPath.isEmpty() && !job.isCancelled()) {
        Result<MigrationFolder> scanned = scanMigrationFolder(folderPath, job);
        if (!scanned) {
            out.notes << HistoryController::tr("The migrations folder could not be read: %1")
                             .arg(scanned.error().message);
        } else {
            for (qsizetype w = 0; w < scanned->warnings.size() && w < kFolderWarningsShown; ++w)
                out.notes << scanned->warnings[w];
            if (scanned->warnings.size() > kFolderWarningsShown)
                out.notes << HistoryController::tr("… and %n more file(s) that could not be read.",
                                                   nullptr,
                                                   int(scanned->warnings.size()
                                                       - kFolderWarningsShown));
            folder = std::move(*scanned);
        }
    }
    if (job.isCancelled())
        return out;

    QList<EnvironmentHistory> environments;
    for (const auto &history : read) {
        if (history)
            environments << *history;
    }
    out.matrix = buildHistoryMatrix(environments, folder);
    if (read[0] && read[1]) {
        // The diff turns FROM (the target) into TO (the reference).
        out.explanation = explainDrift(request.diff, *read[1], *read[0], folder);
        out.notes << out.explanation.notes;
    } else if (!request.diff.isEmpty()) {
        out.notes << HistoryController::tr(
            "The differences are not linked to migrations: that needs the history of "
            "both sides.");
    }
    return out;
}

} // namespace

HistoryController::HistoryController(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcherBase::finished, this, &HistoryController::done);
}

HistoryController::~HistoryController()
{
    m_watcher.cancel();
    m_watcher.waitForFinished();
}

void HistoryController::start(Request request)
{
    m_request = std::move(request);
    m_hasRequest = true;
    run();
}

void HistoryController::reload(const QString &folder)
{
    m_chosenFolder = folder.trimmed();
    if (!m_hasRequest) {
        m_outcome = {};
        m_outcome.folder = m_chosenFolder;
        m_outcome.folderOrigin = tr("chosen in the Migration History");
        m_outcome.notes << tr(
            "Compare two databases first: the history is read from both sides of a comparison.");
        Q_EMIT historyRead();
        return;
    }
    run();
}

void HistoryController::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged(busy);
}

void HistoryController::cancel()
{
    ++m_generation;
    m_hasRequest = false;
    m_watcher.cancel();
    setBusy(false);
}

void HistoryController::run()
{
    m_watcher.cancel();
    m_runningGeneration = ++m_generation;
    const bool chosen = !m_chosenFolder.isEmpty();
    const QString folder = chosen ? m_chosenFolder : m_request.folder;
    const Request request = m_request;
    m_watcher.setFuture(
        QtConcurrent::run(workerPool(), [request, folder](QPromise<Outcome> &promise) {
            PromiseJobContext<Outcome> job(promise);
            Outcome out = readHistories(request, QDir::cleanPath(folder), job);
            if (folder.isEmpty())
                out.folder.clear();
            promise.addResult(std::move(out));
        }));
    m_runningOrigin = chosen ? tr("chosen in the Migration History") : m_request.folderOrigin;
    setBusy(true);
}

void HistoryController::done()
{
    // A newer request, or a cancel: its result (if any) is stale.
    if (m_runningGeneration != m_generation || m_watcher.isCanceled()
        || m_watcher.future().resultCount() == 0)
        return;
    m_outcome = m_watcher.result();
    m_outcome.folderOrigin = m_runningOrigin;
    setBusy(false);
    Q_EMIT historyRead();
}

QString HistoryController::environmentName(const QString &specText, const QString &database)
{
    const QString text = specText.trimmed();
    if (text.startsWith(QLatin1Char('@')))
        return text.mid(1);
    return database.isEmpty() ? maskSecrets(text) : database;
}

QString HistoryController::explanationSummary(const DriftExplanation &explanation,
                                              qsizetype changes)
{
    if (!explanation.available || changes == 0)
        return {};
    const int unexplained = int(explanation.unexplainedCount());
    if (unexplained == 0)
        return tr(
            "Every difference is explained by a migration one side ran and the other did not.");
    return tr("Migrations explain %1 of %2 differences; %n are unexplained drift (changed by "
              "hand?).",
              nullptr, unexplained)
        .arg(changes - unexplained)
        .arg(changes);
}

} // namespace parity

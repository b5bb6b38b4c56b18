#pragma once

#include "connection/connectionspec.h"
#include "diff/schemadiff.h"
#include "history/driftexplanation.h"
#include "history/historymatrix.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

namespace parity {

/// The migration history of a comparison's two sides: once the comparison
/// is shown, reads each side's framework tables on a worker (a snapshot has
/// none and is skipped, with a note), scans the migrations folder when one
/// is known, and builds the matrix and the explanation of each difference.
/// Nothing fails loudly: a side that cannot be read, or a folder that does
/// not exist, ends up as a note beside whatever could be read. A new
/// comparison cancels a read under way; its result is dropped.
class HistoryController : public QObject
{
    Q_OBJECT

public:
    /// One side of the comparison.
    struct Side
    {
        ConnectionSpec spec; ///< ready to connect (holds the password in memory only)
        QString name;        ///< the column heading: the profile's name, else the database name
    };

    struct Request
    {
        Side reference;  ///< TO: the desired state
        Side target;     ///< FROM: the database that will change
        SchemaDiff diff; ///< FROM = target → TO = reference, as the trees show it
        /// The folder the comparison brings along (a profile's, the demo's);
        /// a folder chosen in the dock wins over it. Empty: none.
        QString folder;
        QString folderOrigin; ///< where `folder` comes from, in words ("profile @uat")
    };

    struct Outcome
    {
        HistoryMatrix
            matrix; ///< reference first, then target; a side that was not read is left out
        DriftExplanation explanation; ///< `available` only when both sides were read
        QStringList notes;            ///< what limited the result, for a person
        QString folder;               ///< the folder scanned (or that failed); empty when none
        QString folderOrigin; ///< where the folder came from, in words ("profile @uat", "chosen in
                              ///< the Migration History")
    };

    explicit HistoryController(QObject *parent = nullptr);
    ~HistoryController() override;

    /// Reads the history of a comparison; a read under way is cancelled.
    void start(Request request);
    /// Reads the last comparison's history again. `folder` is the one the
    /// user chose (it stays chosen for later comparisons); empty falls back
    /// to the comparison's own.
    void reload(const QString &folder);
    /// Stops a read under way and forgets the comparison (a new one is coming).
    void cancel();

    bool isBusy() const { return m_busy; }
    bool hasRequest() const { return m_hasRequest; }
    const Outcome &outcome() const { return m_outcome; }
    QString chosenFolder() const { return m_chosenFolder; }

    /// The heading of a side: "@name" is the profile's name, else the
    /// database's, else the spec as typed.
    static QString environmentName(const QString &specText, const QString &database);
    /// One sentence on how much of the diff the migrations explain, or empty
    /// when there is no explanation.
    static QString explanationSummary(const DriftExplanation &explanation, qsizetype changes);

Q_SIGNALS:
    void busyChanged(bool busy);
    /// outcome() holds a new result.
    void historyRead();

private:
    void run();
    void done();
    void setBusy(bool busy);

    Request m_request;
    bool m_hasRequest = false;
    QString m_chosenFolder;
    int m_generation = 0; // a newer request makes a running read stale
    int m_runningGeneration = 0;
    QString m_runningOrigin; // folderOrigin of the read under way
    bool m_busy = false;
    QFutureWatcher<Outcome> m_watcher;
    Outcome m_outcome;
};

} // namespace parity

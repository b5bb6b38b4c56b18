#pragma once

#include "common/error.h"
#include "runrecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

namespace parity {

/// Held by the process that runs a run, for as long as it runs: an exclusive
/// flock() on the run folder's run.lock, which also names the process's pid
/// and host. The operating system drops the lock when the process dies,
/// however it dies, so a record that says Running with no holder is a run
/// that was interrupted.
class RunLock
{
public:
    ~RunLock();
    RunLock(const RunLock &) = delete;
    RunLock &operator=(const RunLock &) = delete;

    /// Takes the lock of the run folder `folder`; fails when another
    /// process holds it or the file cannot be made.
    [[nodiscard]] static Result<std::unique_ptr<RunLock>> acquire(const QString &folder);
    /// Ends the run: removes run.lock and lets go of it.
    void release();

private:
    RunLock(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}
    QString m_path;
    int m_fd = -1;
};

/// The local audit log: one folder per run under
/// $XDG_DATA_HOME/parity/runs/<id>/ (QStandardPaths::GenericDataLocation),
/// holding run.json (the RunRecord), the scripts and the snapshots the run
/// was planned from. Files are written atomically (QSaveFile), so a crash
/// leaves the previous checkpoint, never half a file. Not thread-safe: one
/// run is written by one thread.
class RunStore
{
public:
    /// A store under `root`; empty: defaultRoot().
    explicit RunStore(QString root = {});

    /// $XDG_DATA_HOME/parity/runs (~/.local/share/parity/runs).
    static QString defaultRoot();
    QString root() const { return m_root; }

    /// Makes the run's folder (assigning `record.id` when empty) and writes
    /// run.json. Fails when the folder cannot be made or written.
    [[nodiscard]] Result<void> create(RunRecord &record);
    /// Writes run.json again (a checkpoint).
    [[nodiscard]] Result<void> save(const RunRecord &record) const;
    /// Writes a file of the run (forward.sql, from.parity.json …).
    [[nodiscard]] Result<QString> writeFile(const QString &id, const QString &name, const QByteArray &data) const;
    [[nodiscard]] Result<QByteArray> readFile(const QString &id, const QString &name) const;
    QString folder(const QString &id) const;

    /// Reads a run. A record that says Running while no process holds the
    /// run's lock reads as Interrupted.
    [[nodiscard]] Result<RunRecord> load(const QString &id) const;
    /// True while a live process holds run `id`'s lock.
    bool isHeld(const QString &id) const;
    /// Every run, newest first. A folder whose run.json does not read is
    /// left out (and named in `problems` when given).
    QList<RunRecord> list(QStringList *problems = nullptr) const;

private:
    QString m_root;
};

} // namespace parity

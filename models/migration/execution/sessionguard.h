#pragma once

#include "applier.h"
#include "common/error.h"
#include "connection/connectionspec.h"
#include "connection/databasesession.h"
#include "common/jobcontext.h"

#include <QString>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace parity {

/// Asks the server, from a connection of its own, to cancel the statement
/// the apply connection is running when the user cancels; SQLite statements
/// are not interrupted (they are checked between statements).
class CancelWatch
{
public:
    CancelWatch(const ConnectionSpec &target, QString cancelSql, JobContext &job)
        : m_target(target), m_cancelSql(std::move(cancelSql)), m_job(job)
    {
        if (!m_cancelSql.isEmpty())
            m_thread = std::thread([this] { watch(); });
    }
    ~CancelWatch()
    {
        {
            std::lock_guard lock(m_mutex);
            m_done = true;
        }
        m_wake.notify_all();
        if (m_thread.joinable())
            m_thread.join();
    }
    void setRunning(bool running) { m_running = running; }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        while (!m_done) {
            m_wake.wait_for(lock, std::chrono::milliseconds(100));
            if (m_done || !m_running || !m_job.isCancelled())
                continue;
            lock.unlock();
            if (auto session = DatabaseSession::open(m_target, DatabaseSession::Access::ReadWrite))
                (void)(*session)->exec(m_cancelSql);
            lock.lock();
            return; // once is enough: the statement fails with "canceling statement"
        }
    }

    ConnectionSpec m_target;
    QString m_cancelSql;
    JobContext &m_job;
    std::atomic<bool> m_running{false};
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_done = false;
    std::thread m_thread;
};

/// The statement that cancels what `session` runs, sent from another
/// connection (pg_cancel_backend, KILL QUERY); empty for SQLite.
QString cancelStatementFor(const DatabaseSession &session);

/// Prepares a session that changes the target: its name on PostgreSQL
/// (runApplicationName, plus " " + `role` when given, "rehearsal" say), an
/// idle-in-transaction limit, and the person's lock and statement timeouts.
[[nodiscard]] Result<void> prepareChangingSession(const DatabaseSession &session, const ApplyOptions &options,
                                                  const QString &role = {});

} // namespace parity

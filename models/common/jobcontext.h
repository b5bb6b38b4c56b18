#pragma once

#include <QString>

namespace parity {

/// What a long job sees of whoever runs it: a place to report progress and a
/// way to learn that the user cancelled. The default does neither, for callers
/// that run a job synchronously (the CLI, tests).
class JobContext
{
public:
    virtual ~JobContext() = default;

    /// Reports that `done` of `total` steps are complete; `step` names the
    /// step now running, in words ("Reading columns").
    virtual void reportProgress(int done, int total, const QString &step)
    {
        Q_UNUSED(done)
        Q_UNUSED(total)
        Q_UNUSED(step)
    }

    [[nodiscard]] virtual bool isCancelled() const { return false; }
};

/// Passes cancel through but keeps a sub-step's progress to itself, so that
/// a job's own progress is not mixed with a re-read's steps.
class MutedJob : public JobContext
{
public:
    explicit MutedJob(JobContext &outer) : m_outer(outer) {}
    [[nodiscard]] bool isCancelled() const override { return m_outer.isCancelled(); }

private:
    JobContext &m_outer;
};

} // namespace parity

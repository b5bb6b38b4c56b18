#pragma once

#include "common/jobcontext.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace parity::test {

/// A JobContext that records every progress report, can say "cancelled"
/// once `cancelAfter` reports have arrived (never when negative), and runs
/// `onStep` at each report on the thread doing the work.
class RecordingJob : public JobContext
{
public:
    explicit RecordingJob(int cancelAfterReports = -1)
        : cancelAfter(cancelAfterReports)
    {
    }

    void reportProgress(int done, int total, const QString &step) override
    {
        steps << step;
        dones << done;
        totals << total;
        if (onStep)
            onStep(step);
    }
    bool isCancelled() const override { return cancelAfter >= 0 && steps.size() >= cancelAfter; }

    QStringList steps;
    QList<int> dones;
    QList<int> totals;
    int cancelAfter = -1;
    std::function<void(const QString &)> onStep;
};

} // namespace parity::test

#pragma once

#include "jobcontext.h"

#include <QPromise>

namespace parity {

/// Adapts the QPromise of a QtConcurrent::run job to the JobContext the job
/// sees: progress goes to the future's watchers, cancel comes from them.
template<typename T>
class PromiseJobContext final : public JobContext
{
public:
    explicit PromiseJobContext(QPromise<T> &promise)
        : m_promise(promise)
    {
    }

    void reportProgress(int done, int total, const QString &step) override
    {
        if (total != m_total) {
            m_total = total;
            m_promise.setProgressRange(0, total);
        }
        m_promise.setProgressValueAndText(done, step);
    }

    bool isCancelled() const override { return m_promise.isCanceled(); }

private:
    QPromise<T> &m_promise;
    int m_total = -1;
};

} // namespace parity

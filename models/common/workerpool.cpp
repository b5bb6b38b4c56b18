#include "workerpool.h"

#include <QThread>
#include <QThreadPool>

#include <algorithm>

namespace parity {

QThreadPool *workerPool()
{
    // Jobs wait on the network more than they compute: a few more threads
    // than cores keeps both sides of a comparison and the probes moving.
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool; // lives as long as the process: jobs may still end during exit
        p->setMaxThreadCount(std::max(4, QThread::idealThreadCount() * 2));
        return p;
    }();
    return pool;
}

} // namespace parity

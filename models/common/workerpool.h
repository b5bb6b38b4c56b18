#pragma once

class QThreadPool;

namespace parity {

/// The threads Parity's jobs run on (introspection, comparing, planning,
/// measuring hazards, dry runs), apart from Qt's global pool. Qt's raster
/// paint engine hands large fills to the global pool and waits for them, so
/// a window whose jobs filled that pool would freeze while they run.
QThreadPool *workerPool();

} // namespace parity

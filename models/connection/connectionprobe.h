#pragma once

#include "common/error.h"
#include "connectionspec.h"

#include <QString>

namespace parity {

/// Opens `spec` read-only, asks the server what it is and closes again:
/// "PostgreSQL 15.18", "MariaDB 10.11.6", "SQLite 3.40.1", or for a snapshot
/// file "Snapshot of PostgreSQL 15.18". Blocks until the server answers or the
/// spec's connect timeout passes, so call it on a worker thread; the
/// connection lives and dies on that thread. An @profile must be resolved
/// (and its password filled in) first.
[[nodiscard]] Result<QString> probeConnection(const ConnectionSpec &spec);

} // namespace parity

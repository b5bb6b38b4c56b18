#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "introspector.h"
#include "schema/catalog.h"

#include <QFuture>

namespace parity {

class JobContext;

/// The SQL dialect of a live database spec (PostgreSQL, MySQL/MariaDB or
/// SQLite); SQLite for the kinds that are not a server.
Dialect dialectOf(ConnectionSpec::Kind kind);

/// The one entry point for "give me the catalog behind this spec": opens a
/// read-only session (or reads the snapshot file), runs the dialect's
/// introspector and stamps the catalog with its source. Profiles must be
/// resolved to a concrete spec before calling.
[[nodiscard]] Result<Catalog> inspect(const ConnectionSpec &spec,
                                      const IntrospectionOptions &options, JobContext &job);

/// The same on a worker thread, with progress (0..100, text = step) and cancel
/// through the returned future.
QFuture<Result<Catalog>> inspectAsync(const ConnectionSpec &spec,
                                      const IntrospectionOptions &options);

} // namespace parity

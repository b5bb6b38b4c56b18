#pragma once

#include "catalog.h"

#include <QString>

namespace parity {

/// Renders a catalog as the readable tree summary `parity-cli inspect` prints:
/// a headline, counts per object kind, then each schema's objects with their
/// row counts. Plain text, no colour, stable for tests.
QString catalogSummaryText(const Catalog &catalog);

/// True when some table has neither an exact count nor an estimate.
bool hasUnknownRowCounts(const Catalog &catalog);

/// "49 rows", "~1,200 rows" (an estimate) or "rows unknown".
QString rowCountText(const Table &table);

} // namespace parity

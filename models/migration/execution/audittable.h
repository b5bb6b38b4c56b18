#pragma once

#include "common/error.h"

#include <QString>

namespace parity {

struct Catalog;
struct ConnectionSpec;
struct RunRecord;

/// The table the opt-in audit in the target writes to.
inline constexpr QLatin1StringView kAuditTableName{"parity_audit_log"};

/// Appends one row for `record` to parity_audit_log in the target (in its
/// default schema), creating the table when it is not there. Its columns
/// are plain text and integers in every dialect, so any client reads them.
[[nodiscard]] Result<void> writeAuditRow(const ConnectionSpec &target, const RunRecord &record);

/// Leaves parity_audit_log out of a catalog read from a target, so that the
/// audit's own table never counts as drift or as a difference after a run.
void withoutAuditTable(Catalog &catalog);

} // namespace parity

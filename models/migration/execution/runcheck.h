#pragma once

#include "common/error.h"
#include "runrecord.h"
#include "targetstate.h"

#include <QStringList>

namespace parity {

class JobContext;
class RunStore;
struct ConnectionSpec;

/// Measures what apply run `run` left on `target` (its database now against
/// the catalog and row checksums the run recorded before it changed
/// anything) and, for a run that did not end (interrupted), writes the
/// measurement into its record so that `runs` and the Run History show it.
[[nodiscard]] Result<TargetStateCheck> checkRunLeftState(const RunStore &store, RunRecord &run,
                                                         const ConnectionSpec &target, JobContext &job);

/// PostgreSQL sessions a run left behind (its application_name is
/// "parity run <id>"), one line each: pid, state, for how long, statement.
/// Empty for the other dialects, which end a dead client's session.
[[nodiscard]] Result<QStringList> leftoverSessions(const ConnectionSpec &target, const QString &runId);

/// Ends the sessions leftoverSessions() finds (pg_terminate_backend: the
/// statement stops and its transaction rolls back). Returns how many ended.
[[nodiscard]] Result<int> endLeftoverSessions(const ConnectionSpec &target, const QString &runId);

} // namespace parity

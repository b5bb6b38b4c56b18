#pragma once

#include <QStringList>

namespace parity::cli {

/// parity-cli runs [--format text|json] [--target SPEC] [--limit N] [RUN_ID]
/// Lists the applies and rollbacks recorded on this machine (the local audit
/// log, RunStore), newest first, or shows one run in full.
int runRuns(const QStringList &arguments);

} // namespace parity::cli

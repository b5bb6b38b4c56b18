#pragma once

#include <QStringList>

namespace parity::cli {

/// parity-cli rollback FROM --run ID --method script|backup --yes-i-mean NAME
int runRollback(const QStringList &arguments);

} // namespace parity::cli

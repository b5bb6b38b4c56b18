#pragma once

#include <QStringList>

namespace parity::cli {

/// parity-cli apply FROM (--to TO | --script FILE) (--backup-dir DIR | --no-backup) --yes-i-mean NAME
int runApply(const QStringList &arguments);

} // namespace parity::cli

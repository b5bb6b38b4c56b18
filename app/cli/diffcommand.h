#pragma once

#include <QStringList>

namespace parity::cli {

/// `parity-cli diff FROM TO [--format text|json|markdown|html] [-o FILE] [--exit-code] …`
int runDiff(const QStringList &arguments);

} // namespace parity::cli

#pragma once

#include <QStringList>

namespace parity::cli {

/// `parity-cli inspect SPEC [--format text|json] [-o FILE] [--schema NAME]...`
int runInspect(const QStringList &arguments);

} // namespace parity::cli

#pragma once

#include <QStringList>

namespace parity::cli {

/// parity-cli plan FROM TO [-o FORWARD.sql] [--rollback ROLLBACK.sql]
///                         [--allow-data-loss] [--rename TABLE.OLD=NEW]...
int runPlan(const QStringList &arguments);

} // namespace parity::cli

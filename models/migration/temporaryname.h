#pragma once

#include <QString>

#include <functional>

namespace parity {

/// The name an object goes by for a while so that its replacement can take
/// its name (an enum type created anew): `name` + `suffix` when that fits
/// in `maxBytes` bytes of UTF-8 (0: no limit) and `taken` does not claim
/// it. Otherwise `name` is cut at a character boundary to leave room for
/// `suffix`, '_' and eight hex digits of a hash of `name`: a server that
/// cuts long names (PostgreSQL keeps 63 bytes) would otherwise cut the
/// temporary name back to `name` itself. Never equal to `name`.
QString temporaryName(const QString &name, const QString &suffix, int maxBytes,
                      const std::function<bool(const QString &)> &taken);

} // namespace parity

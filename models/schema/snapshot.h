#pragma once

#include "catalog.h"
#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace parity {

/// The snapshot file format: a versioned JSON rendering of a Catalog, written
/// by `parity-cli inspect --format json` and accepted anywhere a connection
/// spec is. Fields at their default value are left out, so files stay small
/// and a reader of a later minor version can add fields without breaking us.
inline constexpr int kSnapshotFormatVersion = 1;
inline constexpr char kSnapshotFormatName[] = "parity.snapshot";

QByteArray snapshotToJson(const Catalog &catalog, bool indented = true);

/// Parses a snapshot. `origin` (a file name) goes into error messages.
[[nodiscard]] Result<Catalog> snapshotFromJson(const QByteArray &json, const QString &origin);

[[nodiscard]] Result<void> writeSnapshot(const Catalog &catalog, const QString &path);
[[nodiscard]] Result<Catalog> readSnapshot(const QString &path);

} // namespace parity

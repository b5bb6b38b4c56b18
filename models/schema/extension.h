#pragma once

#include <QString>

namespace parity {

/// A PostgreSQL extension (pgcrypto, uuid-ossp, …).
struct Extension
{
    QString name;
    QString schema;
    QString version;

    bool operator==(const Extension &) const = default;
};

} // namespace parity

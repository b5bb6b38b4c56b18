#pragma once

#include "privilege.h"

#include <QString>

namespace parity {

struct Sequence
{
    QString schema;
    QString name;
    QString dataType = QStringLiteral("bigint");
    qint64 start = 1;
    qint64 increment = 1;
    qint64 minValue = 1;
    qint64 maxValue = 0;     ///< 0 when the type's maximum
    qint64 cache = 1;
    bool cycle = false;
    QString ownedBy;         ///< "table.column" for sequences owned by a column (serial), else empty
    QString owner;
    Grants grants;

    bool operator==(const Sequence &) const = default;
};

} // namespace parity

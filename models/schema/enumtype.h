#pragma once

#include <QString>
#include <QStringList>

namespace parity {

/// A PostgreSQL enum type: labels in their sort order. MySQL ENUM and SET
/// are column types, kept in Column::enumLabels.
struct EnumType
{
    QString schema;
    QString name;
    QStringList labels;
    QString comment;
    QString owner;

    bool operator==(const EnumType &) const = default;
};

} // namespace parity

#pragma once

#include <QString>
#include <QStringList>

namespace parity {

/// A trigger on a table or view.
struct Trigger
{
    QString name;
    QString table;          ///< the table or view it fires on, in the same schema
    QString timing;         ///< "BEFORE", "AFTER", "INSTEAD OF"
    QStringList events;     ///< "INSERT", "UPDATE", "DELETE", "TRUNCATE", in that order
    bool forEachRow = true;
    QString definition;     ///< the full CREATE TRIGGER statement as the database gives it
    bool enabled = true;

    bool operator==(const Trigger &) const = default;
};

} // namespace parity

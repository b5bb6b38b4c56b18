#pragma once

#include "index.h"
#include "privilege.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace parity {

struct View
{
    QString schema;
    QString name;
    bool materialized = false;
    QString definition;      ///< the SELECT as the database stores it
    QStringList columns;     ///< output column names in order
    bool columnsDeclared = false; ///< SQLite: the CREATE VIEW named them, CREATE VIEW v (a, b) AS …
    QString checkOption;     ///< "LOCAL", "CASCADED" or empty
    QString comment;
    QString owner;
    Grants grants;
    QList<Index> indexes;    ///< materialized views only

    bool operator==(const View &) const = default;
};

} // namespace parity

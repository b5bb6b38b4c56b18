#pragma once

#include "domain.h"
#include "enumtype.h"
#include "routine.h"
#include "sequence.h"
#include "table.h"
#include "trigger.h"
#include "view.h"

#include <QList>
#include <QString>

namespace parity {

/// One namespace of objects: a PostgreSQL schema, a MySQL database, SQLite's "main".
struct Schema
{
    QString name;
    QString owner;
    Grants grants;
    QString comment;
    QList<Table> tables;
    QList<View> views;
    QList<Routine> routines;
    QList<Trigger> triggers;
    QList<Sequence> sequences;
    QList<EnumType> enums;
    QList<Domain> domains;
    QList<Policy> policies;   ///< PostgreSQL row-level security, each on one table

    const Table *table(const QString &tableName) const;
    const View *view(const QString &viewName) const;

    bool operator==(const Schema &) const = default;
};

} // namespace parity

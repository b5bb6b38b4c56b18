#pragma once

// Internal to selective sync: what the objects of a selected TO need that
// it lacks. Not part of the models API.

#include "catalognames.h"
#include "changeindex.h"
#include "support.h"

namespace parity::selection {

/// One reference in the selected TO that finds nothing, and the change that
/// makes it so.
struct Need
{
    /// The change whose state puts the object that needs it in the selected
    /// TO; -1 when that object does not change.
    int referrer = -1;
    /// The object that needs it is FROM's version (its change is left out):
    /// the fix keeps what it needs, or takes the object along (`scope`).
    bool fromSide = false;
    /// What is needed contains the object that needs it (a column and its
    /// index, a table and its trigger): dropping it takes the object along.
    bool scope = false;
    int responsible = -1; ///< the change that takes away what is needed
    int alsoBecause = -1; ///< for an unchanged referrer: the change that took FROM's version away
    QString referrerText; ///< "foreign key orders.fk_customer"
    QString referentText; ///< "table customers"
};

/// The words of one definition: to look up, and in a stable order to walk.
struct Words
{
    QSet<QString> set;
    QStringList sorted;
};

/// What stays the same while one selection is settled: the two sides,
/// their names, and the words each definition mentions.
struct NeedContext
{
    NeedContext(const Catalog &from, const Catalog &alignedTo, const SchemaDiff &diff);

    const Catalog &from;
    const Catalog &to; ///< TO aligned to FROM (see align())
    const SchemaDiff &diff;
    ChangeIndex index;
    CatalogNames fromNames;
    CatalogNames toNames;
    QHash<QString, Words> mentions; ///< by definition text
};

/// Finds every reference of `target` (the selected TO) that finds nothing.
QList<Need> findNeeds(NeedContext &context, const Catalog &target, const QSet<int> &included);

} // namespace parity::selection

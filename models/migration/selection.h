#pragma once

#include "diff/schemadiff.h"
#include "schema/catalog.h"

#include <QList>
#include <QSet>
#include <QString>

namespace parity {

/// Why the selection the script makes differs from the one the person
/// ticked: a change pulled in, or one left out, because another needs it.
struct SelectionNote
{
    int change = -1; ///< index into SchemaDiff::changes of the change included or left out
    /// Index of the change whose state demands it; -1 when what needs it is an
    /// object that does not change itself (a foreign key both sides have).
    int because = -1;
    /// In words for a person: "foreign key orders.fk_customer needs table
    /// customers, so adding table customers is included."
    QString text;

    bool operator==(const SelectionNote &) const = default;
};

/// The catalog to plan towards so that the scripts make exactly the chosen
/// changes, with what the choice needs settled.
struct SelectionOutcome
{
    /// TO with every change that is not included undone (put back as FROM
    /// has it): compareCatalogs(from, to) lists exactly `included`, and
    /// planMigration(from, to) plans exactly them.
    Catalog to;
    QSet<int> included; ///< the changes the script will make, after dependencies
    QList<SelectionNote> notes;
};

/// Selective sync: the person ticks some of the changes of `diff`
/// (= compareCatalogs(from, to, options)); the result is the TO to plan
/// towards instead of `to`. What a ticked change needs that is left out is
/// pulled in (a foreign key to a new table brings the table), and what a
/// left-out change keeps stays (a kept view keeps the table it reads); each
/// such decision is a note. Plan with the DiffOptions `diff` was made with
/// (PlanOptions::diff): what they leave out is left as TO has it. Pure: no
/// I/O; the same inputs give the same outcome.
SelectionOutcome applySelection(const Catalog &from, const Catalog &to, const SchemaDiff &diff,
                                const QSet<int> &chosen);

/// TO with every change of `diff` not in `included` undone, without looking
/// at what the changes need of one another (applySelection settles that
/// first). Keeps FROM's spelling of names where SQLite reads two spellings
/// as one.
Catalog undoUnselected(const Catalog &from, const Catalog &to, const SchemaDiff &diff,
                       const QSet<int> &included);

/// "adding table customers", "dropping column users.email", "changing index
/// orders.orders_total": a change as the object of a sentence.
QString selectionChangeText(const ObjectChange &change, bool qualifyBySchema);

} // namespace parity

#pragma once

#include "diff/schemadiff.h"

#include <QString>

namespace parity {

struct Catalog;
class SqlGenerator;

/// Names one object of a catalog the way an ObjectChange does: `table` is
/// the owning table (or view) of columns, keys, indexes and triggers;
/// `name` is a routine's signature for routines and empty for schemas.
struct ObjectRef
{
    ObjectKind kind = ObjectKind::Table;
    QString schema;
    QString table;
    QString name;

    bool operator==(const ObjectRef &) const = default;
};

/// The object a change is about, as one side names it: FROM's name for a
/// constraint or index the comparer paired by shape (ObjectChange::fromName).
ObjectRef objectRefOf(const ObjectChange &change, bool fromSide);

/// The DDL of one object as Parity would create it, for display: each
/// statement as it goes into a script (with its terminator), a blank line
/// between statements. A table comes with its indexes and triggers; a
/// column or a constraint the dialect cannot add on its own (SQLite) is its
/// line of the table's CREATE TABLE. Every identifier goes through
/// `generator`'s quoting. Empty when `catalog` lacks the object.
QString objectDdl(const Catalog &catalog, const ObjectRef &ref, const SqlGenerator &generator);

} // namespace parity

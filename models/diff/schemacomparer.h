#pragma once

#include "schema/catalog.h"
#include "schemadiff.h"

namespace parity {

/// Compares two catalogs of one dialect. A pure function: no I/O, the same
/// inputs always give the same SchemaDiff. What the database spells
/// differently but means the same (whitespace, redundant casts and
/// parentheses in expressions, type aliases, generated constraint names) is
/// not a difference, so a database compared with itself, or with a fresh
/// load of its own dump, gives an empty diff.
SchemaDiff compareCatalogs(const Catalog &from, const Catalog &to, const DiffOptions &options = {});

} // namespace parity

namespace parity {

/// SQLite reads table, column, index, view and trigger names without regard
/// to case: "Users" and "USERS" are one table. When `to` spells a name of
/// `from` in other case, returns a copy of `to` that spells it as `from`
/// does (references from keys and triggers included); otherwise `to` as it
/// is. Other dialects: `to` unchanged.
Catalog spelledAs(const Catalog &to, const Catalog &from);

} // namespace parity

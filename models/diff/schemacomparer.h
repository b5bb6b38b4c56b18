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

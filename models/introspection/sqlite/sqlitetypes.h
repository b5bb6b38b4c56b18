#pragma once

#include <QString>

namespace parity {

/// The comparison spelling (Column::normalizedType) of a type as declared in
/// SQLite. Lower case, blanks removed inside the parentheses, precision and
/// length kept ("DECIMAL( 15 , 2 )" -> "numeric(15,2)"), and SQLite's
/// synonyms folded onto one name per family:
///   int, integer -> integer;  int2 -> smallint;  int8 -> bigint;
///   varchar, character varying, nvarchar, varying character,
///   national varying character, nchar varying -> varchar;
///   char, character, nchar, native character, national character -> char;
///   text, clob -> text;  double, double precision -> double precision;
///   decimal, numeric -> numeric;  bool, boolean -> boolean.
/// No declared type is "blob": SQLite gives such a column BLOB affinity, the
/// same as a declared BLOB. Any other name is kept, lower-cased.
///
/// Folding INT onto integer hides one SQLite subtlety on purpose: only a
/// column declared exactly INTEGER PRIMARY KEY aliases the rowid. The raw
/// Column::type keeps the difference for whoever needs it.
QString normalizeSqliteType(const QString &declaredType);

} // namespace parity

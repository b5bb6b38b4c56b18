#pragma once

#include <QString>

namespace parity {

/// Canonical spellings of SQL text for comparison only, never for output.
/// Databases print the same expression in different ways between versions,
/// loads and dialect settings; these functions remove what does not change
/// the meaning so that such spellings compare equal.
namespace sqlnormal {

/// Whitespace only: runs of blanks become one space, blanks next to
/// punctuation go, a trailing semicolon goes. Quoted text is kept verbatim.
QString whitespace(const QString &sql);

/// An expression (a default, a CHECK, an index predicate): whitespace as
/// above, unquoted text in lower case, PostgreSQL casts to named types
/// removed ('x'::text -> 'x'), and redundant outer parentheses removed.
QString expression(const QString &sql);

} // namespace sqlnormal
} // namespace parity

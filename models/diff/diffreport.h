#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace parity {

struct SchemaDiff;

// The four shapes of `parity-cli diff --format`. Each one opens with the
// summary in sentences that name the two databases ("uat lacks 6 tables that
// staging has: …"), then lists every change, grouped by kind of object, with
// columns, keys, constraints and indexes under their table. Names from the
// database are made safe for the format (HTML-escaped, Markdown code spans).
// The same diff always gives the same bytes; text, Markdown and HTML sort the
// changes themselves, so they do not depend on the comparer's order either.

/// The summary alone, one sentence per entry, as the other shapes open:
/// "uat lacks 6 tables that staging has: …, sync_audit_logs (~49 rows)."
QStringList diffSummary(const SchemaDiff &diff);

/// Plain text for a terminal or a ticket: the summary sentences, a legend,
/// then one section per object kind with `+` (TO has it, FROM lacks it),
/// `-` (FROM has it, TO lacks it) and `~` (both have it, it differs) lines and
/// each differing field as `field: from → to`. No colour; ends with a newline.
QString diffText(const SchemaDiff &diff);

/// JSON for scripts: {"format":"parity.diff","version":1,"dialect","from",
/// "to","summary":{"added","removed","changed"},"changes":[…]}, one entry per
/// ObjectChange in the diff's own order. Empty strings and unknown row counts
/// are left out; "fields" is always there.
QByteArray diffJson(const SchemaDiff &diff);

/// GitHub-flavoured Markdown for a pull request or wiki page: a heading, the
/// summary sentences as a list, then a table per object kind and a table of
/// fields per object that differs. Every name is a code span.
QString diffMarkdown(const SchemaDiff &diff);

/// A self-contained HTML5 page for sign-off: inline CSS, no scripts, no
/// external resources, printable. Also well-formed XML, so a strict parser
/// can check it. The generation time is a parameter so tests can fix it.
QString diffHtml(const SchemaDiff &diff,
                 const QDateTime &generatedAt = QDateTime::currentDateTimeUtc());

} // namespace parity

#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <functional>

namespace parity {

class JsonWriter;
struct ObjectChange;
struct SchemaDiff;

/// Words a report adds to the changes, from something the diff itself does
/// not know (which migration explains a change). Every part is optional.
struct DiffAnnotations
{
    /// One line shown under a change; empty for none.
    std::function<QString(const ObjectChange &)> line;
    /// Extra members written into a change's JSON object.
    std::function<void(JsonWriter &, const ObjectChange &)> json;
    /// Extra members written at the end of the JSON document.
    std::function<void(JsonWriter &)> jsonClosing;
    /// A closing section: its heading and one sentence per line.
    QString heading;
    QStringList closing;
};

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
QString diffText(const SchemaDiff &diff, const DiffAnnotations &annotations = {});

/// JSON for scripts: {"format":"parity.diff","version":1,"dialect","from",
/// "to","summary":{"added","removed","changed"},"changes":[…]}, one entry per
/// ObjectChange in the diff's own order. Empty strings and unknown row counts
/// are left out; "fields" is always there.
QByteArray diffJson(const SchemaDiff &diff, const DiffAnnotations &annotations = {});

/// GitHub-flavoured Markdown for a pull request or wiki page: a heading, the
/// summary sentences as a list, then a table per object kind and a table of
/// fields per object that differs. Every name is a code span.
QString diffMarkdown(const SchemaDiff &diff, const DiffAnnotations &annotations = {});

/// A self-contained HTML5 page for sign-off: inline CSS, no scripts, no
/// external resources, printable. Also well-formed XML, so a strict parser
/// can check it. The generation time is a parameter so tests can fix it.
QString diffHtml(const SchemaDiff &diff,
                 const QDateTime &generatedAt = QDateTime::currentDateTimeUtc(),
                 const DiffAnnotations &annotations = {});

} // namespace parity

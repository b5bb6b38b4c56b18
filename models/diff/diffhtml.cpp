#include "diffreport.h"

#include "diffreportbuilder.h"
#include "schema/dialect.h"
#include "schemadiff.h"

#include <QDateTime>
#include <QTextStream>

namespace parity {

using namespace diffreport;

namespace {

// Calm on screen and on paper: grey structure, colour only on the change
// badges, and colours kept when printed.
const char HtmlStyle[] = R"css(
:root { color-scheme: light; }
* { -webkit-print-color-adjust: exact; print-color-adjust: exact; box-sizing: border-box; }
body { margin: 0; background: #ffffff; color: #1f2328;
  font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 1000px; margin: 0 auto; padding: 32px 40px 48px; }
code { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 12.5px; overflow-wrap: anywhere; }
header { border-bottom: 1px solid #d0d7de; padding-bottom: 16px; }
.eyebrow { margin: 0; color: #57606a; font-size: 12px; letter-spacing: 0.08em; text-transform: uppercase; }
h1 { margin: 4px 0 16px; font-size: 24px; font-weight: 600; }
h2 { margin: 32px 0 12px; padding-bottom: 6px; border-bottom: 1px solid #d8dee4; font-size: 18px; font-weight: 600; }
h3 { margin: 24px 0 8px; font-size: 15px; font-weight: 600; }
h2, h3 { break-after: avoid; }
.meta { border-collapse: collapse; }
.meta th { padding: 2px 24px 2px 0; color: #57606a; font-weight: normal; text-align: left; vertical-align: top; white-space: nowrap; }
.meta td { padding: 2px 0; }
.source { color: #57606a; }
.summary li { margin: 4px 0; }
.legend { color: #57606a; font-size: 13px; }
.legend .badge { margin-right: 4px; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; font-size: 13px; margin: 8px 0; }
.grid th, .grid td { border: 1px solid #d0d7de; padding: 6px 10px; text-align: left; vertical-align: top; }
.grid th { background: #f6f8fa; font-weight: 600; }
.grid td.num, .grid th.num { text-align: right; white-space: nowrap; }
.grid .change { width: 104px; white-space: nowrap; }
.grid th.object { width: 30%; }
.grid th.field { width: 13%; }
.grid th.num { width: 120px; }
.grid th.differs { width: 36%; }
.summary code, h3 code { padding: 1px 4px; border-radius: 4px; background: #eff2f5; }
.grid tr { break-inside: avoid; }
.grid td.value code { white-space: pre-wrap; }
.none { color: #8c959f; font-style: italic; }
.badge { display: inline-block; padding: 0 8px; border: 1px solid; border-radius: 10px;
  font-size: 12px; font-weight: 600; line-height: 18px; }
.badge.added { color: #116329; background: #dafbe1; border-color: #aceebb; }
.badge.removed { color: #a40e26; background: #ffebe9; border-color: #ffcecb; }
.badge.changed { color: #7d4e00; background: #fff8c5; border-color: #eed888; }
tr.added td.change { box-shadow: inset 3px 0 #2da44e; }
tr.removed td.change { box-shadow: inset 3px 0 #cf222e; }
tr.changed td.change { box-shadow: inset 3px 0 #d4a72c; }
.signoff { margin-top: 40px; padding: 16px 20px 20px; border: 1px solid #d0d7de; border-radius: 6px; break-inside: avoid; }
.signoff h2 { margin-top: 0; }
.signoff p { margin: 0 0 8px; color: #57606a; }
.lines { display: flex; gap: 24px; }
.line { flex: 2; }
.line.short { flex: 1; }
.line div { height: 44px; border-bottom: 1px solid #1f2328; }
.line span { display: block; padding-top: 4px; color: #57606a; font-size: 12px; }
footer { margin-top: 24px; color: #8c959f; font-size: 12px; }
@page { margin: 16mm 14mm; }
@media print { main { max-width: none; padding: 0; } }
)css";

/// Escapes for HTML and XML alike; controls XML forbids become U+FFFD.
QString html(const QString &s)
{
    QString clean = s;
    for (QChar &c : clean) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n' && u != u'\t') || u == 0xfffe || u == 0xffff)
            c = QChar(QChar::ReplacementCharacter);
    }
    return clean.toHtmlEscaped();
}

QString htmlCode(const QString &s)
{
    return QStringLiteral("<code>") + html(s) + QStringLiteral("</code>");
}

QString htmlBadge(ChangeKind change)
{
    return QStringLiteral("<span class=\"badge %1\">%2</span>")
        .arg(changeKindKey(change), changeWord(change));
}

QString htmlValue(const QString &value)
{
    if (value.isEmpty())
        return QStringLiteral("<td class=\"value\"><span class=\"none\">none</span></td>");
    return QStringLiteral("<td class=\"value\">") + htmlCode(value) + QStringLiteral("</td>");
}

void writeHtmlFieldRows(QTextStream &out, ChangeKind change, const QString &object,
                        const QList<FieldChange> &fields)
{
    for (const FieldChange &f : fields) {
        out << "<tr class=\"" << changeKindKey(change) << "\"><td class=\"change\">"
            << htmlBadge(change) << "</td><td>" << object << "</td><td>" << html(f.field) << "</td>"
            << htmlValue(f.from) << htmlValue(f.to) << "</tr>\n";
    }
}

// The annotation under an object's name ("← …js (Sequelize): staging ran it, uat did not").
QString htmlNote(const DiffAnnotations &a, const ObjectChange *c)
{
    if (!a.line || !c)
        return {};
    const QString note = a.line(*c);
    return note.isEmpty() ? QString() : QStringLiteral("<br/><span class=\"source\">") + html(note) + QStringLiteral("</span>");
}

void writeHtmlDetails(QTextStream &out, const Report &r, const Entry &e, const Style &s, const DiffAnnotations &a)
{
    out << "<h3>" << capitalized(objectKindName(e.kind, 1)) << ' ' << entryLabel(r, e, s);
    if (const QString rows = rowsText(e.rows, e.rowsExact); !rows.isEmpty())
        out << " <span class=\"source\">(" << rows << ")</span>";
    out << "</h3>\n<table class=\"grid\"><thead><tr><th class=\"change\">Change</th>"
        << "<th class=\"object\">Object</th><th class=\"field\">Field</th><th>" << html(r.from)
        << " (from)</th><th>" << html(r.to) << " (to)</th></tr></thead><tbody>\n";
    writeHtmlFieldRows(out, e.change,
                       objectKindName(e.kind, 1) + QLatin1Char(' ') + htmlCode(e.name), e.fields);
    for (const ObjectChange &c : e.children) {
        QString object = objectKindName(c.kind, 1);
        if (!c.name.isEmpty())
            object += QLatin1Char(' ') + htmlCode(c.name);
        object += htmlNote(a, &c);
        if (!c.fields.isEmpty()) {
            writeHtmlFieldRows(out, c.change, object, c.fields);
            continue;
        }
        const QString &holder = c.change == ChangeKind::Added ? r.to : r.from;
        const QString &lacker = c.change == ChangeKind::Added ? r.from : r.to;
        out << "<tr class=\"" << changeKindKey(c.change) << "\"><td class=\"change\">"
            << htmlBadge(c.change) << "</td><td>" << object
            << "</td><td colspan=\"3\" class=\"none\">" << html(holder) << " has it; "
            << html(lacker) << " lacks it</td></tr>\n";
    }
    out << "</tbody></table>\n";
}

void writeHtmlSection(QTextStream &out, const Report &r, const Section &section, const Style &s,
                      const DiffAnnotations &a)
{
    const bool rows = anyRows(section);
    const bool differs = anyChanged(section);
    out << "<section>\n<h2>" << capitalized(objectKindName(section.kind, 2)) << "</h2>\n"
        << "<table class=\"grid\"><thead><tr><th class=\"change\">Change</th><th>"
        << capitalized(objectKindName(section.kind, 1)) << "</th>";
    if (rows)
        out << "<th class=\"num\">Rows</th>";
    if (differs)
        out << "<th class=\"differs\">What differs</th>";
    out << "</tr></thead><tbody>\n";
    for (const Entry &e : section.entries) {
        out << "<tr class=\"" << changeKindKey(e.change) << "\"><td class=\"change\">"
            << htmlBadge(e.change) << "</td><td>" << entryLabel(r, e, s) << htmlNote(a, e.source) << "</td>";
        if (rows)
            out << "<td class=\"num\">" << rowsText(e.rows, e.rowsExact) << "</td>";
        if (differs)
            out << "<td>" << (e.change == ChangeKind::Changed ? differsText(e, s) : QString())
                << "</td>";
        out << "</tr>\n";
    }
    out << "</tbody></table>\n";
    for (const Entry &e : section.entries) {
        if (hasDetails(e))
            writeHtmlDetails(out, r, e, s, a);
    }
    out << "</section>\n";
}

void writeHtmlDatabase(QTextStream &out, const char *label, const QString &name,
                       const QString &source)
{
    out << "<tr><th>" << label << "</th><td><strong>" << html(name) << "</strong>";
    if (!source.isEmpty())
        out << " <span class=\"source\">" << htmlCode(source) << "</span>";
    out << "</td></tr>\n";
}

} // namespace

QString diffHtml(const SchemaDiff &diff, const QDateTime &generatedAt, const DiffAnnotations &annotations)
{
    const Report r = buildReport(diff);
    const Style s{htmlCode, html, QStringLiteral("~")};
    const QString title =
        QStringLiteral("Schema differences: ") + html(r.from) + QStringLiteral(" → ") + html(r.to);
    const QString when = generatedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                         + QStringLiteral(" UTC");
    QString text;
    QTextStream out(&text);
    out << "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        << "<title>" << title << "</title>\n<style>" << HtmlStyle
        << "</style>\n</head>\n<body>\n<main>\n"
        << "<header>\n<p class=\"eyebrow\">Parity schema comparison</p>\n<h1>" << title << "</h1>\n"
        << "<table class=\"meta\">\n";
    writeHtmlDatabase(out, "From (will change)", r.from, diff.fromSource);
    writeHtmlDatabase(out, "To (desired state)", r.to, diff.toSource);
    out << "<tr><th>Dialect</th><td>" << html(dialectDisplayName(diff.dialect)) << "</td></tr>\n"
        << "<tr><th>Generated</th><td>" << when << "</td></tr>\n</table>\n</header>\n";

    out << "<section class=\"summary\">\n<h2>Summary</h2>\n<ul>\n";
    for (const QString &line : summarySentences(r, s))
        out << "<li>" << line << "</li>\n";
    out << "</ul>\n";
    if (!r.sections.isEmpty()) {
        out << "<p class=\"legend\">" << htmlBadge(ChangeKind::Added) << html(r.to) << " has it, "
            << html(r.from) << " lacks it. &#160; " << htmlBadge(ChangeKind::Removed)
            << html(r.from) << " has it, " << html(r.to) << " lacks it. &#160; "
            << htmlBadge(ChangeKind::Changed) << "both have it, it differs.</p>\n";
    }
    out << "</section>\n";
    for (const Section &section : r.sections)
        writeHtmlSection(out, r, section, s, annotations);
    if (!annotations.closing.isEmpty()) {
        out << "<section class=\"migrations\">\n<h2>" << html(annotations.heading) << "</h2>\n<ul>\n";
        for (const QString &line : annotations.closing)
            out << "<li>" << html(line) << "</li>\n";
        out << "</ul>\n</section>\n";
    }

    out << "<section class=\"signoff\">\n<h2>Sign-off</h2>\n<p>";
    if (r.sections.isEmpty())
        out << "I have reviewed this comparison: " << html(r.from) << " matches " << html(r.to);
    else
        out << "I have reviewed the differences above that would turn " << html(r.from) << " into "
            << html(r.to);
    out << ".</p>\n<div class=\"lines\">\n"
        << "<div class=\"line\"><div></div><span>Reviewed by</span></div>\n"
        << "<div class=\"line short\"><div></div><span>Date</span></div>\n"
        << "<div class=\"line\"><div></div><span>Signature</span></div>\n</div>\n</section>\n"
        << "<footer>Generated by Parity on " << when << ".</footer>\n</main>\n</body>\n</html>\n";
    out.flush();
    return text;
}

} // namespace parity

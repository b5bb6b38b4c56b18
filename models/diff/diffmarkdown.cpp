#include "diffreport.h"

#include "diffreportbuilder.h"
#include "schema/dialect.h"
#include "schemadiff.h"

#include <QTextStream>

#include <algorithm>

namespace parity {

using namespace diffreport;

namespace {

/// A code span that holds any name: a fence longer than any run of backticks
/// inside. In a table `|` must be escaped even inside code; GitHub then shows
/// it as a plain `|`.
QString mdCode(const QString &raw, bool inTable)
{
    QString s = oneLine(raw);
    if (s.isEmpty())
        return QStringLiteral("*(empty)*");
    qsizetype longest = 0;
    qsizetype run = 0;
    for (QChar c : s) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    const bool pad =
        s.startsWith(u'`') || s.endsWith(u'`') || (s.startsWith(u' ') && s.endsWith(u' '));
    if (inTable)
        s.replace(u'|', QStringLiteral("\\|"));
    const QString fence(longest + 1, u'`');
    const QString space = pad ? QStringLiteral(" ") : QString();
    return fence + space + s + space + fence;
}

/// Table cells hold one line: the value's lines, trimmed, joined by spaces.
QString mdFlat(const QString &value)
{
    QStringList lines;
    for (const QString &line : value.split(QLatin1Char('\n'))) {
        if (const QString t = line.trimmed(); !t.isEmpty())
            lines << t;
    }
    return lines.join(QLatin1Char(' '));
}

QString mdValue(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("*none*") : mdCode(mdFlat(value), true);
}

QString mdRow(const QStringList &cells)
{
    return QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |\n");
}

/// A header and its rule; the column `numeric` (if any) is right-aligned.
QString mdHeader(const QStringList &cells, qsizetype numeric = -1)
{
    QStringList rule;
    for (qsizetype i = 0; i < cells.size(); ++i)
        rule << (i == numeric ? QStringLiteral("---:") : QStringLiteral("---"));
    return mdRow(cells) + mdRow(rule);
}

void writeMdFieldRows(QTextStream &out, const QString &change, const QString &object,
                      const QList<FieldChange> &fields)
{
    bool first = true;
    for (const FieldChange &f : fields) {
        QString field = mdCode(f.field, true);
        if (f.from != f.to && mdFlat(f.from) == mdFlat(f.to))
            field += QStringLiteral(" (whitespace only)");
        out << mdRow({first ? change : QString(), first ? object : QString(), field,
                      mdValue(f.from), mdValue(f.to)});
        first = false;
    }
}

void writeMdDetails(QTextStream &out, const Report &r, const Entry &e, const Style &cell)
{
    const Style heading{[](const QString &n) { return mdCode(n, false); }, cell.text, cell.approx};
    out << "\n### " << capitalized(objectKindName(e.kind, 1)) << ' ' << entryLabel(r, e, heading);
    if (const QString rows = rowsText(e.rows, e.rowsExact, cell.approx); !rows.isEmpty())
        out << " (" << rows << ')';
    out << "\n\n"
        << mdHeader({QStringLiteral("Change"), QStringLiteral("Object"), QStringLiteral("Field"),
                     mdCode(r.from, true) + QStringLiteral(" (from)"),
                     mdCode(r.to, true) + QStringLiteral(" (to)")});
    writeMdFieldRows(out, changeWord(e.change),
                     objectKindName(e.kind, 1) + QLatin1Char(' ') + mdCode(e.name, true), e.fields);
    for (const ObjectChange &c : e.children) {
        QString object = objectKindName(c.kind, 1);
        if (!c.name.isEmpty())
            object += QLatin1Char(' ') + mdCode(c.name, true);
        if (!c.fields.isEmpty()) {
            writeMdFieldRows(out, changeWord(c.change), object, c.fields);
            continue;
        }
        const bool added = c.change == ChangeKind::Added;
        out << mdRow({changeWord(c.change), object, QString(),
                      added ? QStringLiteral("*missing*") : QStringLiteral("*present*"),
                      added ? QStringLiteral("*present*") : QStringLiteral("*missing*")});
    }
}

void writeMdSection(QTextStream &out, const Report &r, const Section &section, const Style &cell)
{
    const bool rows = anyRows(section);
    const bool differs = anyChanged(section);
    QStringList header{QStringLiteral("Change"), capitalized(objectKindName(section.kind, 1))};
    if (rows)
        header << QStringLiteral("Rows");
    if (differs)
        header << QStringLiteral("What differs");
    out << "\n## " << capitalized(objectKindName(section.kind, 2)) << "\n\n"
        << mdHeader(header, rows ? 2 : -1);
    for (const Entry &e : section.entries) {
        QStringList cells{changeWord(e.change), entryLabel(r, e, cell)};
        if (rows)
            cells << rowsText(e.rows, e.rowsExact, cell.approx);
        if (differs)
            cells << (e.change == ChangeKind::Changed ? differsText(e, cell) : QString());
        out << mdRow(cells);
    }
    for (const Entry &e : section.entries) {
        if (hasDetails(e))
            writeMdDetails(out, r, e, cell);
    }
}

} // namespace

QString diffMarkdown(const SchemaDiff &diff, const DiffAnnotations &annotations)
{
    const Report r = buildReport(diff);
    const auto plain = [](const QString &t) {
        return QString(t).replace(u'|', QStringLiteral("\\|"));
    };
    const Style prose{[](const QString &n) { return mdCode(n, false); }, plain,
                      QStringLiteral("\\~")};
    const Style cell{[](const QString &n) { return mdCode(n, true); }, plain,
                     QStringLiteral("\\~")};
    QString text;
    QTextStream out(&text);
    out << "# Schema differences: " << mdCode(r.from, false) << QStringLiteral(" → ")
        << mdCode(r.to, false) << "\n\n";
    out << "- From (the database that will change): " << mdCode(r.from, false);
    if (!diff.fromSource.isEmpty())
        out << " at " << mdCode(diff.fromSource, false);
    out << "\n- To (the desired state): " << mdCode(r.to, false);
    if (!diff.toSource.isEmpty())
        out << " at " << mdCode(diff.toSource, false);
    out << "\n- Dialect: " << dialectDisplayName(diff.dialect) << "\n\n## Summary\n\n";
    for (const QString &line : summarySentences(r, prose))
        out << "- " << line << '\n';
    if (!r.sections.isEmpty()) {
        out << "\nAdded: " << prose.name(r.to) << " has it, " << prose.name(r.from)
            << " lacks it. Removed: " << prose.name(r.from) << " has it, " << prose.name(r.to)
            << " lacks it. Changed: both have it and it differs.\n";
    }
    for (const Section &section : r.sections)
        writeMdSection(out, r, section, cell);
    if (!annotations.closing.isEmpty()) {
        out << "\n## " << plain(annotations.heading) << "\n\n";
        for (const QString &line : annotations.closing)
            out << "- " << mdFlat(line) << '\n';
    }
    out.flush();
    return text;
}

} // namespace parity

#include "diffreport.h"

#include "common/jsonwriter.h"
#include "diffreportbuilder.h"
#include "schema/dialect.h"
#include "schemadiff.h"

#include <QTextStream>

#include <algorithm>

namespace parity {

using namespace diffreport;

// ---- text --------------------------------------------------------------------------------

namespace {

// Text values longer than this go on lines of their own instead of one
// `field: from → to` line.
constexpr qsizetype InlineValueLimit = 80;

QString changeMark(ChangeKind change)
{
    switch (change) {
    case ChangeKind::Added:
        return QStringLiteral("+");
    case ChangeKind::Removed:
        return QStringLiteral("-");
    case ChangeKind::Changed:
        return QStringLiteral("~");
    }
    return {};
}

QString textValue(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(none)") : value;
}

void writeTextValue(QTextStream &out, const QString &lead, const QString &value)
{
    const QStringList lines = textValue(value).split(QLatin1Char('\n'));
    out << lead << lines.first() << '\n';
    const QString hang(lead.size(), QLatin1Char(' '));
    for (qsizetype i = 1; i < lines.size(); ++i)
        out << hang << lines.at(i) << '\n';
}

void writeTextField(QTextStream &out, const FieldChange &f, qsizetype indent)
{
    const QString pad(indent, QLatin1Char(' '));
    const QString from = QString(f.from).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const QString to = QString(f.to).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    const bool fits = !from.contains(QLatin1Char('\n')) && !to.contains(QLatin1Char('\n'))
                      && from.size() + to.size() <= InlineValueLimit;
    if (fits) {
        out << pad << oneLine(f.field) << ": " << textValue(from) << QStringLiteral(" → ")
            << textValue(to) << '\n';
        return;
    }
    out << pad << oneLine(f.field) << ":\n";
    writeTextValue(out, pad + QStringLiteral("  from: "), from);
    writeTextValue(out, pad + QStringLiteral("  to:   "), to);
}

void writeTextNote(QTextStream &out, const DiffAnnotations &a, const ObjectChange *c, qsizetype indent)
{
    if (!c || !a.line)
        return;
    if (const QString note = a.line(*c); !note.isEmpty())
        out << QString(indent, QLatin1Char(' ')) << oneLine(note) << '\n';
}

void writeTextEntry(QTextStream &out, const Report &r, const Entry &e, const Style &s, const DiffAnnotations &a)
{
    out << "  " << changeMark(e.change) << ' ' << entryLabel(r, e, s);
    if (const QString rows = rowsText(e.rows, e.rowsExact); !rows.isEmpty())
        out << " (" << rows << ')';
    out << '\n';
    writeTextNote(out, a, e.source, 6);
    for (const FieldChange &f : e.fields)
        writeTextField(out, f, 6);
    for (const ObjectChange &c : e.children) {
        out << "      " << changeMark(c.change) << ' ' << objectKindName(c.kind, 1);
        if (!c.name.isEmpty())
            out << ' ' << oneLine(c.name);
        out << '\n';
        writeTextNote(out, a, &c, 10);
        for (const FieldChange &f : c.fields)
            writeTextField(out, f, 10);
    }
}

} // namespace

QStringList diffSummary(const SchemaDiff &diff)
{
    const Style s{oneLine, oneLine, QStringLiteral("~")};
    return summarySentences(buildReport(diff), s);
}

QString diffText(const SchemaDiff &diff, const DiffAnnotations &annotations)
{
    const Report r = buildReport(diff);
    const Style s{oneLine, oneLine, QStringLiteral("~")};
    QString text;
    QTextStream out(&text);
    for (const QString &line : summarySentences(r, s))
        out << line << '\n';
    if (r.sections.isEmpty())
        return text;

    out << '\n'
        << "+ " << s.name(r.to) << " has it, " << s.name(r.from) << " lacks it   "
        << "- " << s.name(r.from) << " has it, " << s.name(r.to) << " lacks it   "
        << "~ both have it, it differs\n";
    for (const Section &section : r.sections) {
        out << '\n' << capitalized(objectKindName(section.kind, 2)) << '\n';
        for (const Entry &e : section.entries)
            writeTextEntry(out, r, e, s, annotations);
    }
    if (!annotations.closing.isEmpty()) {
        out << '\n' << annotations.heading << '\n';
        for (const QString &line : annotations.closing)
            out << "  " << line << '\n';
    }
    out.flush();
    return text;
}

// ---- JSON --------------------------------------------------------------------------------

namespace {

void writeIfSet(JsonWriter &w, const char *name, const QString &value)
{
    if (value.isEmpty())
        return;
    w.key(QLatin1StringView(name));
    w.value(value);
}

void writeDatabase(JsonWriter &w, const char *name, const QString &database, const QString &source)
{
    w.key(QLatin1StringView(name));
    w.beginObject();
    writeIfSet(w, "name", database);
    writeIfSet(w, "source", source);
    w.endObject();
}

void writeJsonChange(JsonWriter &w, const ObjectChange &c, const DiffAnnotations &a)
{
    w.beginObject();
    w.key(QLatin1StringView("kind"));
    w.value(objectKindKey(c.kind));
    w.key(QLatin1StringView("change"));
    w.value(changeKindKey(c.change));
    writeIfSet(w, "schema", c.schema);
    writeIfSet(w, "table", c.table);
    writeIfSet(w, "name", c.name);
    if (c.rows >= 0) {
        w.key(QLatin1StringView("rows"));
        w.value(c.rows);
        w.key(QLatin1StringView("rowsExact"));
        w.value(c.rowsExact);
    }
    w.key(QLatin1StringView("fields"));
    w.beginArray();
    for (const FieldChange &f : c.fields) {
        w.beginObject();
        writeIfSet(w, "field", f.field);
        writeIfSet(w, "from", f.from);
        writeIfSet(w, "to", f.to);
        w.endObject();
    }
    w.endArray();
    if (a.json)
        a.json(w, c);
    w.endObject();
}

} // namespace

QByteArray diffJson(const SchemaDiff &diff, const DiffAnnotations &annotations)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("format"));
    w.value(QLatin1StringView("parity.diff"));
    w.key(QLatin1StringView("version"));
    w.value(1);
    w.key(QLatin1StringView("dialect"));
    w.value(dialectKey(diff.dialect));
    writeDatabase(w, "from", diff.fromName, diff.fromSource);
    writeDatabase(w, "to", diff.toName, diff.toSource);

    w.key(QLatin1StringView("summary"));
    w.beginObject();
    for (ChangeKind change : ChangeOrder) {
        const qsizetype n = std::ranges::count(diff.changes, change, &ObjectChange::change);
        w.key(change == ChangeKind::Added     ? QLatin1StringView("added")
              : change == ChangeKind::Removed ? QLatin1StringView("removed")
                                              : QLatin1StringView("changed"));
        w.value(qint64(n));
    }
    w.endObject();

    w.key(QLatin1StringView("changes"));
    w.beginArray();
    for (const ObjectChange &c : diff.changes)
        writeJsonChange(w, c, annotations);
    w.endArray();
    if (annotations.jsonClosing)
        annotations.jsonClosing(w);
    w.endObject();
    return w.take();
}

} // namespace parity

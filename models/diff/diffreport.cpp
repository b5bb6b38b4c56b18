#include "diffreport.h"

#include "common/jsonwriter.h"
#include "schema/dialect.h"
#include "schemadiff.h"

#include <QHash>
#include <QLocale>
#include <QSet>
#include <QTextStream>

#include <algorithm>
#include <array>
#include <functional>

namespace parity {

namespace {

// A summary sentence names this many objects and then says "and N more": the
// details list every one, and a sentence of 900 names helps nobody.
constexpr qsizetype SentenceNameLimit = 12;

// Text values longer than this go on lines of their own instead of one
// `field: from → to` line.
constexpr qsizetype InlineValueLimit = 80;

// Sections in the order a person reads a schema: containers first, then what
// lives in them, then what the database as a whole has.
constexpr std::array SectionOrder{
    ObjectKind::Schema,    ObjectKind::Table,   ObjectKind::View, ObjectKind::MaterializedView,
    ObjectKind::Routine,   ObjectKind::Trigger, ObjectKind::Enum, ObjectKind::Sequence,
    ObjectKind::Extension,
};

// The primary key first: it is the table's identity and the change people
// most need to see ("payments (primary key, 2 columns)").
constexpr std::array ChildOrder{
    ObjectKind::PrimaryKey,       ObjectKind::Column, ObjectKind::ForeignKey,
    ObjectKind::UniqueConstraint, ObjectKind::Check,  ObjectKind::Index,
};

constexpr std::array ChangeOrder{ChangeKind::Added, ChangeKind::Removed, ChangeKind::Changed};

bool isChildKind(ObjectKind kind)
{
    return std::ranges::find(ChildOrder, kind) != ChildOrder.end();
}

bool isContainerKind(ObjectKind kind)
{
    return kind == ObjectKind::Table || kind == ObjectKind::View
           || kind == ObjectKind::MaterializedView;
}

template<typename Array>
qsizetype rankOf(const Array &order, typename Array::value_type value)
{
    return std::ranges::find(order, value) - order.begin();
}

// Case-insensitive first so "Users" sorts beside "users", then exact so the
// order is total and the output stable.
int compareNames(const QString &a, const QString &b)
{
    const int c = QString::compare(a, b, Qt::CaseInsensitive);
    return c != 0 ? c : QString::compare(a, b);
}

/// A top-level object of the report: a table with the changes to its columns,
/// keys, constraints and indexes, or a view, enum, routine, …
struct Entry
{
    ObjectKind kind = ObjectKind::Table;
    ChangeKind change = ChangeKind::Changed;
    QString schema;
    QString table; // triggers: the table they fire on
    QString name;
    qint64 rows = -1;
    bool rowsExact = false;
    QList<FieldChange> fields;
    QList<ObjectChange> children;
};

struct Section
{
    ObjectKind kind;
    QList<Entry> entries; // added, then removed, then changed; by name within each
};

struct Report
{
    QString from; // database names as the sentences use them
    QString to;
    bool qualified = false; // names carry their schema
    QList<Section> sections;
};

QString databaseName(const QString &name, const QString &source, const char *fallback)
{
    if (!name.isEmpty())
        return name;
    return source.isEmpty() ? QString::fromLatin1(fallback) : source;
}

Entry entryFor(const ObjectChange &c)
{
    Entry e;
    e.kind = c.kind;
    e.change = c.change;
    e.schema = c.schema;
    e.name = c.name.isEmpty() ? c.table : c.name;
    if (!isContainerKind(c.kind) && e.name != c.table)
        e.table = c.table;
    e.rows = c.rows;
    e.rowsExact = c.rowsExact;
    e.fields = c.fields;
    return e;
}

bool entryLess(const Entry &a, const Entry &b)
{
    if (a.change != b.change)
        return rankOf(ChangeOrder, a.change) < rankOf(ChangeOrder, b.change);
    for (auto part : {&Entry::schema, &Entry::name, &Entry::table}) {
        if (const int c = compareNames(a.*part, b.*part))
            return c < 0;
    }
    return false;
}

bool childLess(const ObjectChange &a, const ObjectChange &b)
{
    if (a.kind != b.kind)
        return rankOf(ChildOrder, a.kind) < rankOf(ChildOrder, b.kind);
    if (a.change != b.change)
        return rankOf(ChangeOrder, a.change) < rankOf(ChangeOrder, b.change);
    return compareNames(a.name, b.name) < 0;
}

Report buildReport(const SchemaDiff &diff)
{
    Report report;
    report.from = databaseName(diff.fromName, diff.fromSource, "FROM");
    report.to = databaseName(diff.toName, diff.toSource, "TO");
    if (report.from == report.to) {
        // Two servers often hold databases of one name; "app lacks … that app has" reads as
        // nonsense.
        report.from += QStringLiteral(" (from)");
        report.to += QStringLiteral(" (to)");
    }

    QSet<QString> schemas;
    QList<Entry> entries;
    QHash<QString, qsizetype> containers; // schema + table name -> index in entries
    const auto key = [](const QString &schema, const QString &name) -> QString {
        return schema + QChar(0x1f) + name;
    };
    for (const ObjectChange &c : diff.changes) {
        if (!c.schema.isEmpty() && c.kind != ObjectKind::Schema && c.kind != ObjectKind::Extension)
            schemas.insert(c.schema);
        if (isChildKind(c.kind))
            continue;
        const Entry e = entryFor(c);
        if (isContainerKind(e.kind)) {
            // A table replaced by a view of the same name: columns and indexes belong to the table.
            const auto existing = containers.constFind(key(e.schema, e.name));
            if (existing == containers.cend() || entries.at(*existing).kind != ObjectKind::Table)
                containers.insert(key(e.schema, e.name), entries.size());
        }
        entries << e;
    }
    for (const ObjectChange &c : diff.changes) {
        if (!isChildKind(c.kind))
            continue;
        qsizetype at = containers.value(key(c.schema, c.table), -1);
        if (at < 0) {
            // The table itself is the same on both sides; only what it holds differs.
            Entry owner;
            owner.schema = c.schema;
            owner.name = c.table;
            at = entries.size();
            containers.insert(key(c.schema, c.table), at);
            entries << owner;
        }
        Entry &owner = entries[at];
        if (owner.rows < 0 && c.rows >= 0) {
            owner.rows = c.rows;
            owner.rowsExact = c.rowsExact;
        }
        owner.children << c;
    }

    report.qualified = schemas.size() > 1;
    for (ObjectKind kind : SectionOrder) {
        Section section{kind, {}};
        for (Entry &e : entries) {
            if (e.kind != kind)
                continue;
            std::ranges::stable_sort(e.children, childLess);
            section.entries << e;
        }
        std::ranges::stable_sort(section.entries, entryLess);
        if (!section.entries.isEmpty())
            report.sections << section;
    }
    return report;
}

// ---- pieces every format shares ----------------------------------------------------------

/// How a format makes text safe: `name` wraps anything that came from a
/// database (names, values), `text` our own words that may sit next to it.
struct Style
{
    std::function<QString(const QString &)> name;
    std::function<QString(const QString &)> text;
    QString approx; // marks an estimated row count
};

QString plural(qint64 n, const char *one, const char *many)
{
    return QLocale::c().toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

QString rowsText(qint64 rows, bool exact, const QString &approx = QStringLiteral("~"))
{
    if (rows < 0)
        return {};
    return (exact ? QString() : approx) + plural(rows, "row", "rows");
}

QString capitalized(QString s)
{
    if (!s.isEmpty())
        s[0] = s.at(0).toUpper();
    return s;
}

/// Control characters would break a line or a table row; show them as escapes.
QString oneLine(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (QChar c : s) {
        if (c == u'\n')
            out += u"\\n";
        else if (c == u'\r')
            out += u"\\r";
        else if (c == u'\t')
            out += u"\\t";
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            out += QChar(QChar::ReplacementCharacter);
        else
            out += c;
    }
    return out;
}

QString qualifiedName(const Report &r, const Entry &e, const QString &name)
{
    const bool databaseWide = e.kind == ObjectKind::Schema || e.kind == ObjectKind::Extension;
    if (!r.qualified || databaseWide || e.schema.isEmpty())
        return name;
    return e.schema + QLatin1Char('.') + name;
}

/// "payments", "public.payments", or for a trigger "audit_trg on payments".
QString entryLabel(const Report &r, const Entry &e, const Style &s)
{
    QString label = s.name(qualifiedName(r, e, e.name));
    if (!e.table.isEmpty())
        label += QStringLiteral(" on ") + s.name(qualifiedName(r, e, e.table));
    return label;
}

/// What differs in a changed object, in a few words: "primary key, 2 columns".
QString differsText(const Entry &e, const Style &s)
{
    QStringList parts;
    for (const FieldChange &f : e.fields) {
        const QString field = s.text(f.field);
        if (!parts.contains(field))
            parts << field;
    }
    for (ObjectKind kind : ChildOrder) {
        const qsizetype n = std::ranges::count(e.children, kind, &ObjectChange::kind);
        if (n == 1 && kind == ObjectKind::PrimaryKey)
            parts << objectKindName(kind, 1);
        else if (n > 0)
            parts << QString::number(n) + QLatin1Char(' ') + objectKindName(kind, n);
    }
    return parts.join(QStringLiteral(", "));
}

QString sentence(const Report &r, const Section &section, ChangeKind change, const Style &s)
{
    QStringList items;
    qsizetype total = 0;
    for (const Entry &e : section.entries) {
        if (e.change != change)
            continue;
        if (++total > SentenceNameLimit)
            continue;
        QString item = entryLabel(r, e, s);
        const QString detail = change == ChangeKind::Changed
                                   ? differsText(e, s)
                                   : rowsText(e.rows, e.rowsExact, s.approx);
        if (!detail.isEmpty())
            item += QStringLiteral(" (") + detail + QLatin1Char(')');
        items << item;
    }
    if (total == 0)
        return {};
    QString list = items.join(QStringLiteral(", "));
    if (total > items.size())
        list += QStringLiteral(" and %1 more").arg(total - items.size());
    const QString what =
        QString::number(total) + QLatin1Char(' ') + objectKindName(section.kind, total);
    switch (change) {
    case ChangeKind::Added:
        return QStringLiteral("%1 lacks %2 that %3 has: %4.")
            .arg(s.name(r.from), what, s.name(r.to), list);
    case ChangeKind::Removed:
        return QStringLiteral("%1 has %2 that %3 lacks: %4.")
            .arg(s.name(r.from), what, s.name(r.to), list);
    case ChangeKind::Changed:
        return QStringLiteral("%1 %2: %3.")
            .arg(what, total == 1 ? QStringLiteral("differs") : QStringLiteral("differ"), list);
    }
    return {};
}

QStringList summarySentences(const Report &r, const Style &s)
{
    QStringList out;
    for (const Section &section : r.sections) {
        for (ChangeKind change : ChangeOrder) {
            const QString line = sentence(r, section, change, s);
            if (!line.isEmpty())
                out << line;
        }
    }
    if (out.isEmpty())
        out << QStringLiteral("No differences: %1 matches %2.").arg(s.name(r.from), s.name(r.to));
    return out;
}

QString changeWord(ChangeKind change)
{
    return capitalized(changeKindKey(change));
}

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

bool anyRows(const Section &section)
{
    return std::ranges::any_of(section.entries, [](const Entry &e) { return e.rows >= 0; });
}

bool anyChanged(const Section &section)
{
    return std::ranges::any_of(section.entries,
                               [](const Entry &e) { return e.change == ChangeKind::Changed; });
}

bool hasDetails(const Entry &e)
{
    return !e.fields.isEmpty() || !e.children.isEmpty();
}

// ---- text --------------------------------------------------------------------------------

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

void writeTextEntry(QTextStream &out, const Report &r, const Entry &e, const Style &s)
{
    out << "  " << changeMark(e.change) << ' ' << entryLabel(r, e, s);
    if (const QString rows = rowsText(e.rows, e.rowsExact); !rows.isEmpty())
        out << " (" << rows << ')';
    out << '\n';
    for (const FieldChange &f : e.fields)
        writeTextField(out, f, 6);
    for (const ObjectChange &c : e.children) {
        out << "      " << changeMark(c.change) << ' ' << objectKindName(c.kind, 1);
        if (!c.name.isEmpty())
            out << ' ' << oneLine(c.name);
        out << '\n';
        for (const FieldChange &f : c.fields)
            writeTextField(out, f, 10);
    }
}

} // namespace

QString diffText(const SchemaDiff &diff)
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
            writeTextEntry(out, r, e, s);
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

void writeJsonChange(JsonWriter &w, const ObjectChange &c)
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
    w.endObject();
}

} // namespace

QByteArray diffJson(const SchemaDiff &diff)
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
        writeJsonChange(w, c);
    w.endArray();
    w.endObject();
    return w.take();
}

// ---- Markdown ----------------------------------------------------------------------------

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

QString diffMarkdown(const SchemaDiff &diff)
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
    out.flush();
    return text;
}

// ---- HTML --------------------------------------------------------------------------------

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

void writeHtmlDetails(QTextStream &out, const Report &r, const Entry &e, const Style &s)
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

void writeHtmlSection(QTextStream &out, const Report &r, const Section &section, const Style &s)
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
            << htmlBadge(e.change) << "</td><td>" << entryLabel(r, e, s) << "</td>";
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
            writeHtmlDetails(out, r, e, s);
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

QString diffHtml(const SchemaDiff &diff, const QDateTime &generatedAt)
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
        writeHtmlSection(out, r, section, s);

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

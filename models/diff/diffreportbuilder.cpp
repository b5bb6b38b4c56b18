#include "diffreportbuilder.h"

#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace parity::diffreport {

namespace {

// A summary sentence names this many objects and then says "and N more": the
// details list every one, and a sentence of 900 names helps nobody.
constexpr qsizetype SentenceNameLimit = 12;

// Sections in the order a person reads a schema: containers first, then what
// lives in them, then what the database as a whole has.
constexpr std::array SectionOrder{
    ObjectKind::Schema,    ObjectKind::Table,   ObjectKind::View, ObjectKind::MaterializedView,
    ObjectKind::Routine,   ObjectKind::Trigger, ObjectKind::Policy, ObjectKind::Enum,
    ObjectKind::Domain,    ObjectKind::Sequence, ObjectKind::Extension,
};

// The primary key first: it is the table's identity and the change people
// most need to see ("payments (primary key, 2 columns)").
constexpr std::array ChildOrder{
    ObjectKind::PrimaryKey,       ObjectKind::Column, ObjectKind::ForeignKey,
    ObjectKind::UniqueConstraint, ObjectKind::Check,  ObjectKind::Index,
};

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
    e.source = &c;
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

} // namespace

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

namespace {

QString plural(qint64 n, const char *one, const char *many)
{
    return QLocale::c().toString(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

QString qualifiedName(const Report &r, const Entry &e, const QString &name)
{
    const bool databaseWide = e.kind == ObjectKind::Schema || e.kind == ObjectKind::Extension;
    if (!r.qualified || databaseWide || e.schema.isEmpty())
        return name;
    return e.schema + QLatin1Char('.') + name;
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

} // namespace

QString rowsText(qint64 rows, bool exact, const QString &approx)
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

QString entryLabel(const Report &r, const Entry &e, const Style &s)
{
    QString label = s.name(qualifiedName(r, e, e.name));
    if (!e.table.isEmpty())
        label += QStringLiteral(" on ") + s.name(qualifiedName(r, e, e.table));
    return label;
}

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

} // namespace parity::diffreport

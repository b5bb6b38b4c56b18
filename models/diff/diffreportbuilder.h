#pragma once

// Internal to the report writers (diffreport.cpp, diffmarkdown.cpp,
// diffhtml.cpp): the report model they all render and the pieces more than
// one of them needs. Not part of the models API; include it from nowhere else.

#include "schemadiff.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

namespace parity::diffreport {

// Added, then removed, then changed: the order of sentences, of entries in a
// section and of the JSON summary.
inline constexpr std::array ChangeOrder{ChangeKind::Added, ChangeKind::Removed,
                                        ChangeKind::Changed};

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
    /// The change this entry shows; null for a table listed only because
    /// what it holds differs. Points into the SchemaDiff being written.
    const ObjectChange *source = nullptr;
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

/// Groups the diff's changes into sections in reading order, each child
/// (column, key, index, …) under its table, everything sorted by name.
Report buildReport(const SchemaDiff &diff);

/// How a format makes text safe: `name` wraps anything that came from a
/// database (names, values), `text` our own words that may sit next to it.
struct Style
{
    std::function<QString(const QString &)> name;
    std::function<QString(const QString &)> text;
    QString approx; // marks an estimated row count
};

/// "12 rows", or with `approx` in front when the count is an estimate; empty
/// when the count is unknown.
QString rowsText(qint64 rows, bool exact, const QString &approx = QStringLiteral("~"));

QString capitalized(QString s);

/// Control characters would break a line or a table row; show them as escapes.
QString oneLine(const QString &s);

/// "payments", "public.payments", or for a trigger "audit_trg on payments".
QString entryLabel(const Report &r, const Entry &e, const Style &s);

/// What differs in a changed object, in a few words: "primary key, 2 columns".
QString differsText(const Entry &e, const Style &s);

/// One sentence per section and kind of change, or one saying there are no
/// differences.
QStringList summarySentences(const Report &r, const Style &s);
QString changeWord(ChangeKind change); ///< "Added", "Removed", "Changed"

bool anyRows(const Section &section);    ///< some entry has a row count
bool anyChanged(const Section &section); ///< some entry differs rather than being added or removed
bool hasDetails(const Entry &e);         ///< fields or children to list under the entry

} // namespace parity::diffreport

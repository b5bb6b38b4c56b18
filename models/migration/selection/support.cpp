#include "support.h"

#include "diff/schemacomparer.h"
#include "diff/sqlnormalizer.h"

#include <QRegularExpression>

#include <algorithm>

namespace parity::selection {

namespace {

const QChar kSep(0x1f);

void renameSchema(Catalog &catalog, const QString &name)
{
    Schema &s = catalog.schemas.first();
    const QString old = s.name;
    s.name = name;
    for (Table &t : s.tables) {
        t.schema = name;
        for (ForeignKey &fk : t.foreignKeys) {
            if (fk.referencedSchema == old)
                fk.referencedSchema = name;
        }
    }
    for (View &v : s.views)
        v.schema = name;
    for (Routine &r : s.routines)
        r.schema = name;
    for (Sequence &q : s.sequences)
        q.schema = name;
    for (EnumType &e : s.enums)
        e.schema = name;
    for (Domain &d : s.domains)
        d.schema = name;
}

} // namespace

/// A name as a person reads it in a sentence: quoted as SQL quotes it when
/// it holds a space, a dot or a quote, so the sentence still parses.
QString spokenName(const QString &name)
{
    static const QRegularExpression plain(QStringLiteral("^[\\p{L}_][\\p{L}\\p{N}_$]*$"));
    if (name.isEmpty() || plain.match(name).hasMatch())
        return name;
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QStringLiteral("\"\""))
           + QLatin1Char('"');
}

namespace {

bool sameColumns(QStringList a, QStringList b)
{
    for (QString &x : a)
        x = x.toLower();
    for (QString &x : b)
        x = x.toLower();
    std::ranges::sort(a);
    std::ranges::sort(b);
    return a == b;
}

} // namespace

/// The keys of `table` that can back a foreign key to `columns`, as
/// (kind, name) pairs: its primary key, unique constraints, unique indexes.
QList<std::pair<ObjectKind, QString>> coveringKeys(const Table &table, const QStringList &columns)
{
    QList<std::pair<ObjectKind, QString>> keys;
    // A reference without columns means the primary key.
    if (table.primaryKey && (columns.isEmpty() || sameColumns(table.primaryKey->columns, columns)))
        keys.append({ObjectKind::PrimaryKey, table.primaryKey->name});
    if (columns.isEmpty())
        return keys;
    for (const UniqueConstraint &u : table.uniqueConstraints) {
        if (sameColumns(u.columns, columns))
            keys.append({ObjectKind::UniqueConstraint, u.name});
    }
    for (const Index &i : table.indexes) {
        if (!i.unique || !i.predicate.isEmpty())
            continue;
        QStringList keyColumns;
        bool plain = true;
        for (const IndexKey &k : i.keys) {
            plain = plain && !k.isExpression;
            keyColumns << k.expression;
        }
        if (plain && sameColumns(keyColumns, columns))
            keys.append({ObjectKind::Index, i.name});
    }
    return keys;
}

/// The keys of `table` whose first columns are `columns`, in order: what
/// InnoDB takes as the index a foreign key needs.
QList<std::pair<ObjectKind, QString>> leadingKeys(const Table &table, const QStringList &columns)
{
    auto leads = [&](const QStringList &keyColumns) {
        if (columns.isEmpty() || keyColumns.size() < columns.size())
            return false;
        for (qsizetype i = 0; i < columns.size(); ++i) {
            if (keyColumns[i].compare(columns[i], Qt::CaseInsensitive) != 0)
                return false;
        }
        return true;
    };
    QList<std::pair<ObjectKind, QString>> keys;
    if (table.primaryKey && leads(table.primaryKey->columns))
        keys.append({ObjectKind::PrimaryKey, table.primaryKey->name});
    for (const UniqueConstraint &u : table.uniqueConstraints) {
        if (leads(u.columns))
            keys.append({ObjectKind::UniqueConstraint, u.name});
    }
    for (const Index &i : table.indexes) {
        QStringList keyColumns;
        for (const IndexKey &k : i.keys) {
            if (k.isExpression)
                break;
            keyColumns << k.expression;
        }
        if (leads(keyColumns))
            keys.append({ObjectKind::Index, i.name});
    }
    return keys;
}

bool isRowidAlias(const Table &t, const QString &column)
{
    const Column *c = t.column(column);
    return c && t.primaryKey && t.primaryKey->columns.size() == 1
           && t.primaryKey->columns.first().compare(column, Qt::CaseInsensitive) == 0
           && c->type.compare(QLatin1String("INTEGER"), Qt::CaseInsensitive) == 0
           && !t.options.contains(QLatin1String("WITHOUT ROWID"), Qt::CaseInsensitive);
}

QString objectText(ObjectKind kind, const QString &schemaName, const QString &tableName,
                   const QString &objectName, bool qualify)
{
    const QString schema = spokenName(schemaName);
    const QString table = spokenName(tableName);
    // A routine is named by its signature, which is not one name.
    const QString name = kind == ObjectKind::Routine ? objectName : spokenName(objectName);
    const QString owner = qualify ? schema + QLatin1Char('.') + table : table;
    const QString own = qualify && table.isEmpty() ? schema + QLatin1Char('.') + name : name;
    const QString inTable = owner + QLatin1Char('.') + name;
    switch (kind) {
    case ObjectKind::Schema:
        return QStringLiteral("schema %1").arg(schema);
    case ObjectKind::Extension:
        return QStringLiteral("extension %1").arg(name);
    case ObjectKind::PrimaryKey:
        return QStringLiteral("the primary key of %1").arg(owner);
    case ObjectKind::Trigger:
        return QStringLiteral("trigger %1 on %2").arg(name, owner);
    case ObjectKind::Policy:
        return QStringLiteral("policy %1 on %2").arg(name, owner);
    case ObjectKind::Column:
    case ObjectKind::ForeignKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::Index:
        if (!table.isEmpty())
            return objectKindName(kind, 1) + QLatin1Char(' ') + inTable;
        break;
    default:
        break;
    }
    return objectKindName(kind, 1) + QLatin1Char(' ') + own;
}

AlignedTo align(const Catalog &to, const Catalog &from)
{
    AlignedTo out{spelledAs(to, from), {}};
    // MySQL compares the one database of each side whatever their names.
    if (to.dialect == Dialect::MySQL && to.schemas.size() == 1 && from.schemas.size() == 1
        && to.schemas.first().name != from.schemas.first().name) {
        out.originalSchema = to.schemas.first().name;
        renameSchema(out.catalog, from.schemas.first().name);
    }
    return out;
}

void restoreSchemaName(Catalog &catalog, const QString &originalSchema)
{
    if (!originalSchema.isEmpty() && catalog.schemas.size() == 1)
        renameSchema(catalog, originalSchema);
}

QString routineKey(const Routine &routine)
{
    return routine.name + QLatin1Char('(') + sqlnormal::expression(routine.arguments)
           + QLatin1Char(')');
}

QSet<QString> mentionedNames(const QString &definition)
{
    // The planner's reading of a definition (migrationplanner.cpp): a name
    // in a string literal counts too, which makes a dependency look real
    // when it is not; that costs a change pulled in, never a failing script.
    static const QRegularExpression words(
        QStringLiteral("[A-Za-z_\\x{80}-\\x{10FFFF}][A-Za-z0-9_$\\x{80}-\\x{10FFFF}]*|\"(?:[^\"]|"
                       "\"\")*\"|`(?:[^`]|``)*`|\\[[^\\]]*\\]"));
    QSet<QString> names;
    for (const auto &m : words.globalMatch(definition)) {
        QString w = m.captured();
        if (w.startsWith(QLatin1Char('"')) || w.startsWith(QLatin1Char('`'))) {
            const QChar quote = w.front();
            w = w.mid(1, w.size() - 2);
            w.replace(QString(2, quote), QString(quote));
        } else if (w.startsWith(QLatin1Char('['))) {
            w = w.mid(1, w.size() - 2);
        }
        names.insert(w.toLower());
    }
    return names;
}

bool hasField(const ObjectChange &change, const char *field)
{
    return std::ranges::any_of(change.fields, [&](const FieldChange &f) {
        return f.field == QLatin1String(field);
    });
}

} // namespace parity::selection

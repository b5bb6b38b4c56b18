#include "catalognames.h"

namespace parity::selection {

namespace {

const QChar kSep(0x1f);

} // namespace

CatalogNames::CatalogNames(const Catalog &catalog)
{
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            tables[t.name.toLower()].append({s.name, t.name});
            tableKeys.insert(CatalogNames::lowerKey(s.name, t.name), &t);
            QHash<QString, QString> &cols = columns[CatalogNames::lowerKey(s.name, t.name)];
            for (const Column &c : t.columns)
                cols.insert(c.name.toLower(), c.name);
        }
        for (const View &v : s.views) {
            views[v.name.toLower()].append({s.name, v.name});
            viewKeys.insert(CatalogNames::lowerKey(s.name, v.name), &v);
        }
        for (const Routine &r : s.routines) {
            routines[r.name.toLower()].append({s.name, r.name});
            routineKeys.insert(CatalogNames::lowerKey(s.name, r.name));
        }
        for (const EnumType &e : s.enums) {
            enums[e.name.toLower()].append({s.name, e.name});
            enumKeys.insert(CatalogNames::lowerKey(s.name, e.name));
        }
        for (const Domain &d : s.domains) {
            domains[d.name.toLower()].append({s.name, d.name});
            domainKeys.insert(CatalogNames::lowerKey(s.name, d.name));
        }
        for (const Sequence &q : s.sequences) {
            sequences[q.name.toLower()].append({s.name, q.name});
            sequenceKeys.insert(CatalogNames::lowerKey(s.name, q.name));
        }
    }
}

QString CatalogNames::lowerKey(const QString &a, const QString &b, const QString &c)
{
    return a.toLower() + kSep + b.toLower() + kSep + c.toLower();
}

bool CatalogNames::hasColumn(const QString &schema, const QString &table,
                             const QString &column) const
{
    return columns.value(CatalogNames::lowerKey(schema, table)).contains(column.toLower());
}

const Table *CatalogNames::table(const QString &schema, const QString &name) const
{
    return tableKeys.value(CatalogNames::lowerKey(schema, name));
}

const View *CatalogNames::view(const QString &schema, const QString &name) const
{
    return viewKeys.value(CatalogNames::lowerKey(schema, name));
}

} // namespace parity::selection

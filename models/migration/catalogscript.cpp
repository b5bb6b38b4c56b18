#include "catalogscript.h"

#include "sqlgenerator.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace parity {

QString SqlGenerator::commentLines(const QString &text) const
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n')))
        lines << (line.isEmpty() ? QStringLiteral("--") : QStringLiteral("-- ") + line);
    return lines.join(QLatin1Char('\n'));
}

QList<const View *> viewsInDependencyOrder(const Schema &schema)
{
    QList<const View *> ordered;
    QSet<QString> placed;
    QSet<QString> visiting;
    QHash<QString, const View *> byName;
    for (const View &v : schema.views)
        byName.insert(v.name, &v);

    // Depth-first: a view goes after every other view whose name its
    // definition contains. A name that merely appears in a string literal
    // orders needlessly but never wrongly; cycles cannot exist in a database.
    std::function<void(const View &)> place = [&](const View &v) {
        if (placed.contains(v.name) || visiting.contains(v.name))
            return;
        visiting.insert(v.name);
        for (const View &other : schema.views) {
            if (other.name == v.name)
                continue;
            // As written, or quoted with its own quotes doubled.
            QString doubled = other.name;
            doubled.replace(QLatin1Char('"'), QStringLiteral("\"\""));
            QString backticked = other.name;
            backticked.replace(QLatin1Char('`'), QStringLiteral("``"));
            if (v.definition.contains(other.name) || v.definition.contains(doubled) || v.definition.contains(backticked))
                place(other);
        }
        visiting.remove(v.name);
        placed.insert(v.name);
        ordered.append(&v);
    };
    for (const View &v : schema.views)
        place(v);
    return ordered;
}

QStringList createCatalogStatements(const Catalog &catalog, const SqlGenerator &g)
{
    QStringList out;
    for (const Schema &s : catalog.schemas)
        out << g.createSchema(s);
    for (const Extension &e : catalog.extensions)
        out << g.createExtension(e);
    for (const Schema &s : catalog.schemas) {
        for (const EnumType &e : s.enums)
            out << g.createEnum(e);
    }
    for (const Schema &s : catalog.schemas) {
        for (const Sequence &q : s.sequences)
            out << g.createSequence(q);
    }
    // Functions a table's defaults or checks call must exist before the
    // table; a routine whose arguments or result use a table's row type
    // ("RETURNS SETOF customer") can only come after it. Bodies are not
    // checked against tables when created, so the signature decides.
    QSet<QString> tableNames;
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables)
            tableNames.insert(t.name);
    }
    auto usesTableType = [&](const Routine &r) {
        static const QRegularExpression words(QStringLiteral("[A-Za-z0-9_$]+|\"(?:[^\"]|\"\")*\""));
        for (const QString &text : {r.returnType, r.arguments}) {
            for (const auto &m : words.globalMatch(text)) {
                QString word = m.captured();
                if (word.startsWith(QLatin1Char('"')))
                    word = word.mid(1, word.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
                if (tableNames.contains(word))
                    return true;
            }
        }
        return false;
    };
    QList<const Routine *> afterTables;
    for (const Schema &s : catalog.schemas) {
        for (const Routine &r : s.routines) {
            if (usesTableType(r))
                afterTables.append(&r);
            else
                out << g.createRoutine(r);
        }
    }
    // Domains after the functions their checks call, a domain over another
    // one after its base.
    QList<const Domain *> domains;
    for (const Schema &s : catalog.schemas) {
        for (const Domain &d : s.domains)
            domains << &d;
    }
    while (!domains.isEmpty()) {
        const qsizetype before = domains.size();
        for (qsizetype i = 0; i < domains.size();) {
            const Domain *d = domains[i];
            const bool waits = std::ranges::any_of(domains, [&](const Domain *o) {
                return o != d
                       && (d->baseType == o->name || d->baseType == g.quoteIdentifier(o->name)
                           || d->baseType == g.qualifiedName(o->schema, o->name));
            });
            if (waits && domains.size() > 1) {
                ++i;
                continue;
            }
            out << g.createDomain(*d);
            domains.removeAt(i);
        }
        if (domains.size() == before) {
            for (const Domain *d : std::as_const(domains))
                out << g.createDomain(*d);
            break;
        }
    }
    // Partitioned parents before their partitions.
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            if (t.kind != TableKind::Partition)
                out << g.createTable(t, false);
        }
    }
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            if (t.kind == TableKind::Partition)
                out << g.createTable(t, false);
        }
    }
    for (const Routine *r : afterTables)
        out << g.createRoutine(*r);
    for (const Schema &s : catalog.schemas) {
        for (const Sequence &q : s.sequences)
            out << g.sequenceOwnership(q);
    }
    // Indexes before foreign keys: MySQL makes an index of its own for a
    // key that finds none, which the catalog's index would then collide with.
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            for (const Index &i : t.indexes)
                out << g.createIndex(s.name, t.name, i);
        }
    }
    for (const Schema &s : catalog.schemas) {
        for (const Table &t : s.tables) {
            for (const ForeignKey &fk : t.foreignKeys)
                out << g.addForeignKey(t, fk);
        }
    }
    for (const Schema &s : catalog.schemas) {
        for (const View *v : viewsInDependencyOrder(s)) {
            out << g.createView(*v);
            for (const Index &i : v->indexes)
                out << g.createIndex(s.name, v->name, i);
        }
    }
    for (const Schema &s : catalog.schemas) {
        for (const Trigger &t : s.triggers)
            out << g.createTrigger(s.name, t);
        for (const Policy &p : s.policies)
            out << g.createPolicy(s.name, p);
    }
    // Privileges last, on objects that all exist now.
    for (const Schema &s : catalog.schemas) {
        out << g.changeGrants(QStringLiteral("SCHEMA ") + g.quoteIdentifier(s.name), {}, s.grants);
        for (const Table &t : s.tables)
            out << g.changeGrants(QStringLiteral("TABLE ") + g.qualifiedName(s.name, t.name), {}, t.grants);
        for (const View &v : s.views)
            out << g.changeGrants(QStringLiteral("TABLE ") + g.qualifiedName(s.name, v.name), {}, v.grants);
        for (const Sequence &q : s.sequences)
            out << g.changeGrants(QStringLiteral("SEQUENCE ") + g.qualifiedName(s.name, q.name), {}, q.grants);
        for (const Routine &r : s.routines) {
            out << g.changeGrants(QStringLiteral("ROUTINE %1(%2)").arg(g.qualifiedName(s.name, r.name), r.arguments),
                                  newRoutineGrants(), r.grants);
        }
    }
    return out;
}

QString createCatalogScript(const Catalog &catalog, const SqlGenerator &generator)
{
    QStringList parts;
    parts << generator.commentLines(QStringLiteral("Creates %1 as Parity read it from %2.\nGenerated by Parity %3.")
                                        .arg(catalog.database, catalog.source, QStringLiteral(PARITY_VERSION)));
    for (const QString &statement : createCatalogStatements(catalog, generator))
        parts << generator.scriptStatement(statement);
    return parts.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

} // namespace parity

#include "driftannotations.h"

#include "common/jsonwriter.h"
#include "diff/schemadiff.h"
#include "driftexplanation.h"

#include <QHash>
#include <QSet>

#include <algorithm>

#include <memory>

namespace parity {

namespace {

QString changeKey(const ObjectChange &c)
{
    const QChar sep(0x1f);
    return objectKindKey(c.kind) + sep + changeKindKey(c.change) + sep + c.schema + sep + c.table + sep + c.name
           + sep + c.fromName;
}

QString evidenceKey(MigrationLink::Evidence evidence)
{
    return evidence == MigrationLink::Evidence::Statements ? QStringLiteral("statements") : QStringLiteral("name");
}

void writeLink(JsonWriter &w, const MigrationLink &link)
{
    w.beginObject();
    w.key(QLatin1StringView("framework"));
    w.value(migrationFrameworkKey(link.framework));
    w.key(QLatin1StringView("id"));
    w.value(link.id);
    w.key(QLatin1StringView("ranOn"));
    w.value(link.ranOn);
    w.key(QLatin1StringView("notRanOn"));
    w.value(link.notRanOn);
    w.key(QLatin1StringView("state"));
    w.value(migrationStateKey(link.state));
    w.key(QLatin1StringView("evidence"));
    w.value(evidenceKey(link.evidence));
    w.endObject();
}

// "wallets.balance", with the schema only when the diff spans several.
QString objectPath(const ObjectChange &c, bool qualified)
{
    QStringList parts;
    if (qualified && !c.schema.isEmpty())
        parts.append(c.schema);
    if (!c.table.isEmpty())
        parts.append(c.table);
    if (!c.name.isEmpty())
        parts.append(c.name);
    QString path = parts.join(QLatin1Char('.'));
    if (c.name.isEmpty() && c.kind != ObjectKind::Table)
        path += QStringLiteral(" (%1)").arg(objectKindName(c.kind, 1));
    return path;
}

QString objectWords(const ObjectChange &c, bool qualified)
{
    return QStringLiteral("%1 %2 (%3)").arg(objectKindName(c.kind, 1), objectPath(c, qualified), changeKindKey(c.change));
}

bool sameMigration(const MigrationLink &a, const MigrationLink &b)
{
    return a.framework == b.framework && a.id == b.id;
}

QStringList closingLines(const SchemaDiff &diff, const DriftExplanation &explanation)
{
    QSet<QString> schemas;
    for (const ObjectChange &c : diff.changes)
        schemas.insert(c.schema);
    const bool qualified = schemas.size() > 1;
    QStringList lines;
    for (const MigrationLink &link : explanation.differing) {
        QStringList explains;
        for (qsizetype i = 0; i < diff.changes.size(); ++i) {
            const QList<MigrationLink> links = explanation.linksFor(i);
            if (std::ranges::any_of(links, [&](const MigrationLink &l) { return sameMigration(l, link); }))
                explains.append(objectPath(diff.changes.at(i), qualified));
        }
        explains.removeDuplicates();
        QString line = describeLink(link);
        if (explains.isEmpty())
            line += QStringLiteral(": explains none of these differences");
        else
            line += QStringLiteral(": explains %1").arg(explains.join(QStringLiteral(", ")));
        lines.append(line);
    }
    QStringList unexplained;
    for (qsizetype i = 0; i < diff.changes.size(); ++i) {
        if (explanation.isUnexplained(i))
            unexplained.append(objectWords(diff.changes.at(i), qualified));
    }
    if (!unexplained.isEmpty())
        lines.append(QStringLiteral("Unexplained drift, no migration accounts for %1: %2. Someone changed these by "
                                    "hand, or the migration that did is not recorded; a person needs to look.")
                         .arg(unexplained.size() == 1 ? QStringLiteral("1 difference")
                                                      : QStringLiteral("%1 differences").arg(unexplained.size()),
                              unexplained.join(QStringLiteral("; "))));
    else if (!diff.changes.isEmpty())
        lines.append(QStringLiteral("Every difference is explained by a migration one side ran and the other did "
                                    "not."));
    if (explanation.differing.isEmpty())
        lines.append(QStringLiteral("Both sides ran the same migrations."));
    lines += explanation.notes;
    return lines;
}

} // namespace

DiffAnnotations driftAnnotations(const SchemaDiff &diff, const DriftExplanation &explanation)
{
    DiffAnnotations annotations;
    if (!explanation.available)
        return annotations;
    auto index = std::make_shared<QHash<QString, qsizetype>>();
    for (qsizetype i = 0; i < diff.changes.size(); ++i)
        index->insert(changeKey(diff.changes.at(i)), i);
    const DriftExplanation *e = &explanation;

    annotations.line = [index, e](const ObjectChange &c) -> QString {
        const qsizetype i = index->value(changeKey(c), -1);
        if (i < 0)
            return {};
        const QList<MigrationLink> links = e->linksFor(i);
        if (links.isEmpty())
            return QStringLiteral("! unexplained drift: no migration one side ran and the other did not touches it");
        QStringList described;
        for (const MigrationLink &link : links)
            described.append(describeLink(link));
        return QStringLiteral("← ") + described.join(QStringLiteral("; "));
    };
    annotations.json = [index, e](JsonWriter &w, const ObjectChange &c) {
        const qsizetype i = index->value(changeKey(c), -1);
        if (i < 0)
            return;
        const QList<MigrationLink> links = e->linksFor(i);
        if (links.isEmpty()) {
            w.key(QLatin1StringView("unexplainedDrift"));
            w.value(true);
            return;
        }
        w.key(QLatin1StringView("explainedBy"));
        w.beginArray();
        for (const MigrationLink &link : links)
            writeLink(w, link);
        w.endArray();
    };
    annotations.jsonClosing = [e](JsonWriter &w) {
        w.key(QLatin1StringView("history"));
        w.beginObject();
        w.key(QLatin1StringView("unexplained"));
        w.value(qint64(e->unexplainedCount()));
        w.key(QLatin1StringView("differing"));
        w.beginArray();
        for (const MigrationLink &link : e->differing)
            writeLink(w, link);
        w.endArray();
        w.key(QLatin1StringView("notes"));
        w.beginArray();
        for (const QString &note : e->notes)
            w.value(note);
        w.endArray();
        w.endObject();
    };
    annotations.heading = QStringLiteral("Migrations behind the differences");
    annotations.closing = closingLines(diff, explanation);
    return annotations;
}

} // namespace parity

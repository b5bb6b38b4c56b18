#include "driftexplanation.h"

#include "diff/schemadiff.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace parity {

namespace {

// ---- names as words ------------------------------------------------------------------------

// "20251203_01_create_sync_audit_logs_table.js" → create sync audit log table;
// "dailyLimit" → daily limit. Lower case, split at non-letters and at
// camelCase humps, plural "s" dropped so "payments" meets "payment". Digits
// are dropped: timestamps and sequence numbers say nothing about objects.
QStringList words(const QString &text)
{
    QString spaced;
    spaced.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c.isUpper() && i > 0 && text.at(i - 1).isLower())
            spaced.append(QLatin1Char(' '));
        spaced.append(c.isLetter() ? c.toLower() : QChar(QLatin1Char(' ')));
    }
    QStringList result;
    for (QString word : spaced.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (word.size() > 3 && word.endsWith(QLatin1String("ies")))
            word = word.chopped(3) + QLatin1Char('y');
        else if (word.size() > 2 && word.endsWith(QLatin1Char('s')) && !word.endsWith(QLatin1String("ss")))
            word.chop(1);
        result.append(word);
    }
    return result;
}

// The migration's name without its extension (".js", ".py", "__….sql" kept as words).
QStringList migrationWords(const QString &id)
{
    static const QRegularExpression extension(QStringLiteral("\\.(c|m)?(js|ts)$|\\.py$|\\.rb$|\\.sql$"));
    return words(QString(id).remove(extension));
}

bool containsRun(const QStringList &haystack, const QStringList &needle)
{
    if (needle.isEmpty() || needle.size() > haystack.size())
        return false;
    for (qsizetype i = 0; i + needle.size() <= haystack.size(); ++i) {
        if (std::equal(needle.begin(), needle.end(), haystack.begin() + i))
            return true;
    }
    return false;
}

bool sameName(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.compare(b, Qt::CaseInsensitive) == 0;
}

// ---- what a change is about ----------------------------------------------------------------

struct Subject
{
    enum class Level { Table, Column, Keyed, Other };
    Level level = Level::Other;
    QString table;
    QString object; // column, index or constraint name; the object's name for Other
};

Subject subjectOf(const ObjectChange &change)
{
    Subject s;
    switch (change.kind) {
    case ObjectKind::Table:
    case ObjectKind::View:
    case ObjectKind::MaterializedView:
        s.level = Subject::Level::Table;
        s.table = change.name;
        break;
    case ObjectKind::Column:
        s.level = Subject::Level::Column;
        s.table = change.table;
        s.object = change.name;
        break;
    case ObjectKind::PrimaryKey:
    case ObjectKind::ForeignKey:
    case ObjectKind::UniqueConstraint:
    case ObjectKind::Check:
    case ObjectKind::Index:
    case ObjectKind::Trigger:
    case ObjectKind::Policy:
        s.level = Subject::Level::Keyed;
        s.table = change.table;
        s.object = change.name;
        break;
    default:
        s.object = change.name;
        break;
    }
    return s;
}

// How well a migration's statements account for a change: 0 not at all,
// 3 it names the very object, 2 it created or dropped the whole table (and
// with it every column and index), 1 it changed the table's keys or indexes.
int statementScore(const Subject &s, const QList<MigrationTouch> &touches)
{
    int best = 0;
    for (const MigrationTouch &t : touches) {
        const bool table = sameName(t.table, s.table) || sameName(t.newName, s.table);
        if (!table)
            continue;
        const bool wholeTable = t.column.isEmpty() && t.index.isEmpty()
                                && t.action != MigrationTouch::Action::Alter;
        switch (s.level) {
        case Subject::Level::Table:
            best = std::max(best, wholeTable ? 3 : 0);
            break;
        case Subject::Level::Column:
            if (sameName(t.column, s.object) || (!t.column.isEmpty() && sameName(t.newName, s.object)))
                best = std::max(best, 3);
            else if (wholeTable)
                best = std::max(best, 2);
            break;
        case Subject::Level::Keyed:
            if (sameName(t.index, s.object))
                best = std::max(best, 3);
            else if (wholeTable)
                best = std::max(best, 2);
            else
                best = std::max(best, 1);
            break;
        case Subject::Level::Other:
            break;
        }
    }
    return best;
}

bool mentionsKeys(const QStringList &name)
{
    static const QStringList keyWords = {QStringLiteral("index"),  QStringLiteral("unique"),
                                         QStringLiteral("key"),    QStringLiteral("constraint"),
                                         QStringLiteral("fk"),     QStringLiteral("pk"),
                                         QStringLiteral("primary"), QStringLiteral("foreign"),
                                         QStringLiteral("check"),  QStringLiteral("trigger")};
    return std::ranges::any_of(name, [](const QString &w) { return keyWords.contains(w); });
}

// How well a migration's name accounts for a change, same scale: 3 it names
// the object (and its table), 2 it names the table (a table-level change) or
// the column alone, 1 it names the table and speaks of keys or indexes.
int nameScore(const Subject &s, const QStringList &name)
{
    const QStringList table = words(s.table);
    const bool mentionsTable = containsRun(name, table);
    switch (s.level) {
    case Subject::Level::Table:
        return mentionsTable ? 2 : 0;
    case Subject::Level::Column: {
        const bool column = containsRun(name, words(s.object));
        if (column)
            return mentionsTable ? 3 : 2;
        return 0;
    }
    case Subject::Level::Keyed: {
        if (!mentionsTable)
            return 0;
        // The index name's own words beyond the table's: "wallet_transactions_created_at" → created at.
        QStringList own = words(s.object);
        if (containsRun(own, table)) {
            const auto at = std::search(own.begin(), own.end(), table.begin(), table.end());
            own.erase(at, at + table.size());
        }
        own.removeAll(QStringLiteral("idx"));
        own.removeAll(QStringLiteral("key"));
        own.removeAll(QStringLiteral("fkey"));
        own.removeAll(QStringLiteral("pkey"));
        own.removeAll(QStringLiteral("unique"));
        const bool ownWords = !own.isEmpty() && containsRun(name, own);
        if (ownWords)
            return 3;
        return mentionsKeys(name) ? 1 : 0;
    }
    case Subject::Level::Other:
        return containsRun(name, words(s.object)) ? 2 : 0;
    }
    return 0;
}

struct Candidate
{
    MigrationLink link;
    QList<MigrationTouch> touches; // empty: not on disk, or nothing read from it
    QStringList nameWords;
};

bool ranThere(MigrationState state)
{
    return state == MigrationState::Applied || state == MigrationState::Baseline || state == MigrationState::Failed
           || state == MigrationState::Dirty;
}

} // namespace

QList<MigrationLink> DriftExplanation::linksFor(qsizetype index) const
{
    return index >= 0 && index < links.size() ? links.at(index) : QList<MigrationLink>();
}

qsizetype DriftExplanation::unexplainedCount() const
{
    if (!available)
        return 0;
    return std::ranges::count_if(links, [](const QList<MigrationLink> &l) { return l.isEmpty(); });
}

DriftExplanation explainDrift(const SchemaDiff &diff, const EnvironmentHistory &from, const EnvironmentHistory &to,
                              const std::optional<MigrationFolder> &folder)
{
    DriftExplanation explanation;
    explanation.available = !from.tables.isEmpty() || !to.tables.isEmpty();
    explanation.links.resize(diff.changes.size());
    if (!explanation.available)
        return explanation;

    const HistoryMatrix matrix = buildHistoryMatrix({from, to}, folder);
    QHash<QString, const DiskMigration *> disk;
    if (folder) {
        for (const DiskMigration &m : folder->migrations)
            disk.insert(m.id, &m);
    }

    QList<Candidate> candidates;
    for (const HistoryRow &row : matrix.rows) {
        const HistoryCell &f = row.cells.at(0);
        const HistoryCell &t = row.cells.at(1);
        if (ranThere(f.state) == ranThere(t.state))
            continue;
        const bool fromRan = ranThere(f.state);
        Candidate c;
        c.link.framework = row.framework;
        c.link.id = row.id;
        c.link.ranOn = fromRan ? from.name : to.name;
        c.link.notRanOn = fromRan ? to.name : from.name;
        c.link.state = fromRan ? f.state : t.state;
        if (const DiskMigration *m = row.onDisk ? disk.value(row.id) : nullptr) {
            if (layoutServes(m->layout, row.framework))
                c.touches = m->touches;
        }
        c.nameWords = migrationWords(row.name.isEmpty() || row.onDisk ? row.id : row.name);
        if (row.framework == MigrationFramework::Flyway || row.framework == MigrationFramework::Liquibase)
            c.nameWords += migrationWords(row.name);
        explanation.differing.append(c.link);
        candidates.append(c);
    }

    for (qsizetype i = 0; i < diff.changes.size(); ++i) {
        const Subject subject = subjectOf(diff.changes.at(i));
        // Statements are better evidence than a name: rank them above it.
        QList<std::pair<int, MigrationLink>> scored;
        for (const Candidate &c : candidates) {
            const int byStatements = c.touches.isEmpty() ? 0 : statementScore(subject, c.touches);
            // A name only counts when the file's statements are not there to ask.
            const int byName = c.touches.isEmpty() ? nameScore(subject, c.nameWords) : 0;
            if (byStatements == 0 && byName == 0)
                continue;
            MigrationLink link = c.link;
            link.evidence = byStatements > 0 ? MigrationLink::Evidence::Statements : MigrationLink::Evidence::Name;
            scored.append({byStatements > 0 ? byStatements * 2 + 1 : byName * 2, link});
        }
        if (scored.isEmpty())
            continue;
        const int best = std::ranges::max_element(scored, {}, &std::pair<int, MigrationLink>::first)->first;
        for (const auto &[score, link] : scored) {
            if (score == best)
                explanation.links[i].append(link);
        }
    }

    if (from.tables.isEmpty())
        explanation.notes.append(QStringLiteral("%1 keeps no migration table: every migration %2 ran counts as "
                                                "not run there.")
                                     .arg(from.name, to.name));
    else if (to.tables.isEmpty())
        explanation.notes.append(QStringLiteral("%1 keeps no migration table: every migration %2 ran counts as "
                                                "not run there.")
                                     .arg(to.name, from.name));
    return explanation;
}

QString describeLink(const MigrationLink &link)
{
    QString ran;
    switch (link.state) {
    case MigrationState::Failed:
        ran = QStringLiteral("%1 ran it and it failed").arg(link.ranOn);
        break;
    case MigrationState::Dirty:
        ran = QStringLiteral("%1 ran it and was left dirty").arg(link.ranOn);
        break;
    case MigrationState::Baseline:
        ran = QStringLiteral("%1 has it as its baseline").arg(link.ranOn);
        break;
    default:
        ran = QStringLiteral("%1 ran it").arg(link.ranOn);
        break;
    }
    return QStringLiteral("%1 (%2): %3, %4 did not")
        .arg(link.id, migrationFrameworkName(link.framework), ran, link.notRanOn);
}

} // namespace parity

#include "migrationlayouts.h"

#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace parity {

namespace {

bool startsWithDigit(const QString &name)
{
    return !name.isEmpty() && name.at(0).isDigit();
}

// Runs of digits compared by value, however long.
int compareDigits(QStringView a, QStringView b)
{
    while (a.size() > 1 && a.front() == QLatin1Char('0'))
        a = a.mid(1);
    while (b.size() > 1 && b.front() == QLatin1Char('0'))
        b = b.mid(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    return a.compare(b);
}

QString withoutLeadingZeros(const QString &digits)
{
    qsizetype i = 0;
    while (i + 1 < digits.size() && digits.at(i) == QLatin1Char('0'))
        ++i;
    return digits.mid(i);
}

MigrationCandidate candidate(FolderLayout layout, const QString &id, const QString &name,
                             const QFileInfo &file, const QDir &root, const QString &group)
{
    MigrationCandidate c;
    c.migration.layout = layout;
    c.migration.id = id;
    c.migration.name = name;
    c.migration.path = root.relativeFilePath(file.absoluteFilePath());
    c.file = file.absoluteFilePath();
    c.group = group;
    return c;
}

std::optional<MigrationCandidate> python(const QFileInfo &file, const FolderContext &folder,
                                         const QDir &root)
{
    const QString name = file.fileName();
    if (name == QLatin1String("__init__.py") || name.startsWith(QLatin1Char('.')))
        return std::nullopt;
    if (folder.name == QLatin1String("migrations")
        && folder.files.contains(QStringLiteral("__init__.py"))) {
        if (!startsWithDigit(name))
            return std::nullopt;
        // The app label is the package holding `migrations`.
        const QString app = QFileInfo(folder.path).dir().dirName();
        return candidate(FolderLayout::Django, app + QLatin1Char('.') + name.chopped(3), name, file,
                         root, app);
    }
    if (folder.name == QLatin1String("versions") || folder.isRoot) {
        // The id is the revision inside; known once the file is read.
        MigrationCandidate c = candidate(FolderLayout::Alembic, QString(), name, file, root,
                                         root.relativeFilePath(folder.path));
        c.certain = folder.name == QLatin1String("versions");
        return c;
    }
    return std::nullopt;
}

std::optional<MigrationCandidate> sql(const QFileInfo &file, const FolderContext &folder,
                                      const QDir &root, QStringList &warnings)
{
    const QString name = file.fileName();
    const QString parent = QFileInfo(folder.path).absolutePath();
    const QString parentName = QFileInfo(parent).fileName();
    if (name == QLatin1String("migration.sql") && !folder.isRoot) {
        if (parentName == QLatin1String("migrations")
            || QFileInfo::exists(parent + QStringLiteral("/migration_lock.toml")))
            return candidate(FolderLayout::Prisma, folder.name, folder.name, file, root,
                             root.relativeFilePath(parent));
        return std::nullopt;
    }
    if (name == QLatin1String("up.sql") && !folder.isRoot) {
        // Diesel's 2023-01-01-000000_create_users/up.sql: the version is the digits before '_'.
        static const QRegularExpression folderName(QStringLiteral("^([0-9][0-9-]*)_"));
        const QRegularExpressionMatch m = folderName.match(folder.name);
        if (!m.hasMatch())
            return std::nullopt;
        QString version = m.captured(1);
        version.remove(QLatin1Char('-'));
        MigrationCandidate c = candidate(FolderLayout::UpDownSql, version, folder.name, file, root,
                                         root.relativeFilePath(parent));
        c.migration.version = version;
        c.migration.hasDown = folder.files.contains(QStringLiteral("down.sql"));
        return c;
    }
    static const QRegularExpression upFile(QStringLiteral("^([0-9]+)_.*\\.up\\.sql$"));
    if (const QRegularExpressionMatch m = upFile.match(name); m.hasMatch()) {
        // golang-migrate keys a migration by its version number.
        const QString version = withoutLeadingZeros(m.captured(1));
        MigrationCandidate c = candidate(FolderLayout::UpDownSql, version, name, file, root,
                                         root.relativeFilePath(folder.path));
        c.migration.version = version;
        static const QRegularExpression downFile(QStringLiteral("^([0-9]+)_.*\\.down\\.sql$"));
        for (const QString &other : folder.files) {
            const QRegularExpressionMatch d = downFile.match(other);
            if (d.hasMatch() && compareDigits(d.capturedView(1), version) == 0)
                c.migration.hasDown = true;
        }
        return c;
    }
    static const QRegularExpression flyway(QStringLiteral("^([VU])(.+?)__(.*)\\.sql$"));
    static const QRegularExpression flywayVersion(QStringLiteral("^[0-9]+([._][0-9]+)*$"));
    if (const QRegularExpressionMatch m = flyway.match(name); m.hasMatch()) {
        if (!flywayVersion.match(m.captured(2)).hasMatch()) {
            warnings
                << QStringLiteral(
                       "%1: looks like a Flyway migration, but \"%2\" is not a version (digits "
                       "separated by dots or underscores)")
                       .arg(root.relativeFilePath(file.absoluteFilePath()), m.captured(2));
            return std::nullopt;
        }
        const QString version = m.captured(2).replace(QLatin1Char('_'), QLatin1Char('.'));
        MigrationCandidate c =
            candidate(FolderLayout::Flyway, version, name, file, root, QString());
        c.migration.version = version;
        c.undo = m.captured(1) == QLatin1String("U");
        return c;
    }
    static const QRegularExpression repeatable(QStringLiteral("^R__(.+)\\.sql$"));
    if (const QRegularExpressionMatch m = repeatable.match(name); m.hasMatch()) {
        const QString description = m.captured(1).replace(QLatin1Char('_'), QLatin1Char(' '));
        return candidate(FolderLayout::Flyway, QStringLiteral("R:") + description, name, file, root,
                         QString());
    }
    return std::nullopt;
}

bool isNodeScript(const QString &name)
{
    if (name.endsWith(QLatin1String(".d.ts")))
        return false;
    for (const char *ext : {".js", ".cjs", ".mjs", ".ts"}) {
        if (name.endsWith(QLatin1StringView(ext)))
            return true;
    }
    return false;
}

} // namespace

std::optional<MigrationCandidate> classifyMigrationFile(const QFileInfo &file,
                                                        const FolderContext &folder,
                                                        const QDir &root, QStringList &warnings)
{
    const QString name = file.fileName();
    if (name.endsWith(QLatin1String(".py")))
        return python(file, folder, root);
    if (name.endsWith(QLatin1String(".sql")))
        return sql(file, folder, root, warnings);
    if (isNodeScript(name) && startsWithDigit(name)
        && (folder.name == QLatin1String("migrations") || folder.isRoot))
        return candidate(FolderLayout::NodeScript, name, name, file, root,
                         root.relativeFilePath(folder.path));
    if (name.endsWith(QLatin1String(".rb"))
        && (folder.name == QLatin1String("migrate") || folder.isRoot)) {
        static const QRegularExpression rails(QStringLiteral("^([0-9]+)_[A-Za-z0-9_]+\\.rb$"));
        const QRegularExpressionMatch m = rails.match(name);
        if (!m.hasMatch())
            return std::nullopt;
        MigrationCandidate c = candidate(FolderLayout::Rails, m.captured(1), name, file, root,
                                         root.relativeFilePath(folder.path));
        c.migration.version = m.captured(1);
        return c;
    }
    return std::nullopt;
}

int compareFlywayVersions(const QString &a, const QString &b)
{
    const QStringList left = a.split(QLatin1Char('.'));
    const QStringList right = b.split(QLatin1Char('.'));
    for (qsizetype i = 0; i < std::max(left.size(), right.size()); ++i) {
        const QString l = i < left.size() ? left[i] : QStringLiteral("0");
        const QString r = i < right.size() ? right[i] : QStringLiteral("0");
        if (const int c = compareDigits(l, r); c != 0)
            return c;
    }
    return 0;
}

void sortMigrationCandidates(QList<MigrationCandidate> &candidates)
{
    auto before = [](const MigrationCandidate &x, const MigrationCandidate &y) {
        const DiskMigration &a = x.migration;
        const DiskMigration &b = y.migration;
        if (a.layout != b.layout)
            return a.layout < b.layout;
        if (x.group != y.group)
            return x.group < y.group;
        int c = 0;
        switch (a.layout) {
        case FolderLayout::Flyway: {
            // Versioned migrations by version, then repeatable ones by description.
            const bool av = !a.version.isEmpty();
            const bool bv = !b.version.isEmpty();
            if (av != bv)
                return av;
            c = av ? compareFlywayVersions(a.version, b.version) : a.id.compare(b.id);
            break;
        }
        case FolderLayout::UpDownSql:
        case FolderLayout::Rails:
            c = compareDigits(a.version, b.version);
            break;
        case FolderLayout::Django:
        case FolderLayout::NodeScript:
        case FolderLayout::Prisma:
        case FolderLayout::Alembic:
            c = a.name.compare(b.name);
            break;
        }
        if (c != 0)
            return c < 0;
        return a.path < b.path;
    };
    std::stable_sort(candidates.begin(), candidates.end(), before);
}

QList<DiskMigration> orderAlembicRevisions(const QList<MigrationCandidate> &revisions,
                                           QStringList &warnings)
{
    QList<DiskMigration> ordered;
    // Per folder (the candidates come sorted by group, then file name).
    qsizetype start = 0;
    while (start < revisions.size()) {
        qsizetype end = start;
        while (end < revisions.size() && revisions[end].group == revisions[start].group)
            ++end;
        QHash<QString, qsizetype> byRevision;
        for (qsizetype i = start; i < end; ++i)
            byRevision.insert(revisions[i].migration.id, i);
        QSet<QString> placed;
        QList<bool> done(end - start, false);
        qsizetype remaining = end - start;
        bool progress = true;
        while (remaining > 0 && progress) {
            progress = false;
            // The first revision (by file name) whose parents in this folder are all placed.
            for (qsizetype i = start; i < end; ++i) {
                if (done[i - start])
                    continue;
                const DiskMigration &m = revisions[i].migration;
                const bool ready =
                    std::all_of(m.parents.begin(), m.parents.end(), [&](const QString &parent) {
                        return placed.contains(parent) || !byRevision.contains(parent);
                    });
                if (!ready)
                    continue;
                ordered.append(m);
                placed.insert(m.id);
                done[i - start] = true;
                --remaining;
                progress = true;
                break;
            }
        }
        if (remaining > 0) {
            QStringList cycle;
            for (qsizetype i = start; i < end; ++i) {
                if (!done[i - start]) {
                    ordered.append(revisions[i].migration);
                    cycle << revisions[i].migration.path;
                }
            }
            warnings
                << QStringLiteral(
                       "%1: these Alembic revisions depend on each other in a circle; they are "
                       "listed by file name")
                       .arg(cycle.join(QStringLiteral(", ")));
        }
        start = end;
    }
    return ordered;
}

void markFlywayUndos(QList<DiskMigration> &migrations, const QList<MigrationCandidate> &candidates)
{
    for (const MigrationCandidate &c : candidates) {
        if (!c.undo)
            continue;
        for (DiskMigration &m : migrations) {
            if (m.layout == FolderLayout::Flyway && !m.version.isEmpty()
                && compareFlywayVersions(m.version, c.migration.version) == 0)
                m.hasDown = true;
        }
    }
}

void fillIndexTables(QList<DiskMigration> &migrations)
{
    QHash<QString, QString> tables; // layout + lower-case index name -> table
    for (DiskMigration &m : migrations) {
        for (MigrationTouch &t : m.touches) {
            if (t.index.isEmpty())
                continue;
            const QString key = folderLayoutKey(m.layout) + QLatin1Char('/') + t.index.toLower();
            if (t.table.isEmpty())
                t.table = tables.value(key);
            else
                tables.insert(key, t.table);
            if (t.action == MigrationTouch::Action::Rename && !t.newName.isEmpty()
                && !t.table.isEmpty())
                tables.insert(folderLayoutKey(m.layout) + QLatin1Char('/') + t.newName.toLower(),
                              t.table);
        }
    }
}

} // namespace parity

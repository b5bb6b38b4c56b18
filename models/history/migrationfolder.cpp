#include "migrationfolder.h"

#include "migrationlayouts.h"
#include "migrationscripts.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

namespace parity {

QString folderLayoutKey(FolderLayout layout)
{
    switch (layout) {
    case FolderLayout::Django:
        return QStringLiteral("django");
    case FolderLayout::NodeScript:
        return QStringLiteral("node-script");
    case FolderLayout::Prisma:
        return QStringLiteral("prisma");
    case FolderLayout::Flyway:
        return QStringLiteral("flyway");
    case FolderLayout::UpDownSql:
        return QStringLiteral("up-down-sql");
    case FolderLayout::Rails:
        return QStringLiteral("rails");
    case FolderLayout::Alembic:
        return QStringLiteral("alembic");
    }
    return {};
}

bool layoutServes(FolderLayout layout, MigrationFramework framework)
{
    switch (layout) {
    case FolderLayout::Django:
        return framework == MigrationFramework::Django;
    case FolderLayout::NodeScript:
        return framework == MigrationFramework::Sequelize || framework == MigrationFramework::Knex;
    case FolderLayout::Prisma:
        return framework == MigrationFramework::Prisma;
    case FolderLayout::Flyway:
        return framework == MigrationFramework::Flyway;
    case FolderLayout::UpDownSql:
        return framework == MigrationFramework::GolangMigrate;
    case FolderLayout::Rails:
        return framework == MigrationFramework::Rails;
    case FolderLayout::Alembic:
        return framework == MigrationFramework::Alembic;
    }
    return false;
}

namespace {

constexpr int maxDepth = 8;
// Bigger files are listed by name, not read: no migration is this large.
constexpr qint64 maxReadBytes = 32 * 1024 * 1024;

bool skippedFolder(const QString &name)
{
    static const QSet<QString> skipped =
        {QStringLiteral("node_modules"), QStringLiteral(".git"),        QStringLiteral(".hg"),
         QStringLiteral(".svn"),         QStringLiteral(".venv"),       QStringLiteral("venv"),
         QStringLiteral("env"),          QStringLiteral("__pycache__"), QStringLiteral(".tox"),
         QStringLiteral("build"),        QStringLiteral("dist"),        QStringLiteral("target"),
         QStringLiteral("vendor")};
    return skipped.contains(name);
}

class FolderScanner
{
public:
    FolderScanner(const QString &root, JobContext &job)
        : m_root(root)
        , m_rootDir(root)
        , m_job(job)
    {
    }

    Result<MigrationFolder> run()
    {
        if (auto walked = walk(m_root, 0); !walked)
            return std::unexpected(walked.error());
        sortMigrationCandidates(m_candidates);
        if (auto read = readAll(); !read)
            return std::unexpected(read.error());
        MigrationFolder folder;
        folder.root = m_root;
        folder.migrations = assemble();
        folder.warnings = m_warnings;
        m_job.reportProgress(int(m_candidates.size()), int(m_candidates.size()),
                             QStringLiteral("Done"));
        return folder;
    }

private:
    Result<void> cancelled() const
    {
        return fail(Error::Code::Cancelled,
                    QStringLiteral("scanning %1 for migrations was cancelled").arg(m_root));
    }

    QString relative(const QString &absolute) const { return m_rootDir.relativeFilePath(absolute); }

    void warn(const QString &absolute, const QString &why)
    {
        m_warnings << relative(absolute) + QStringLiteral(": ") + why;
    }

    Result<void> walk(const QString &path, int depth)
    {
        if (m_job.isCancelled())
            return cancelled();
        m_job.reportProgress(0, 0,
                             QStringLiteral("Looking for migrations in %1")
                                 .arg(path == m_root ? QDir::toNativeSeparators(m_root)
                                                     : relative(path)));
        const QDir dir(path);
        const QFileInfoList entries =
            dir.entryInfoList(QDir::Dirs | QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden
                                  | QDir::System,
                              QDir::Name);
        QSet<QString> files;
        for (const QFileInfo &entry : entries) {
            if (!entry.isDir())
                files.insert(entry.fileName());
        }
        const FolderContext context{path, dir.dirName(), path == m_root, files};
        for (const QFileInfo &entry : entries) {
            if (entry.isDir())
                continue;
            if (auto candidate = classifyMigrationFile(entry, context, m_rootDir, m_warnings))
                m_candidates.append(*candidate);
        }
        if (depth >= maxDepth)
            return {};
        for (const QFileInfo &entry : entries) {
            if (!entry.isDir() || entry.isSymLink() || skippedFolder(entry.fileName()))
                continue;
            if (!entry.isReadable() || !entry.isExecutable()) {
                warn(entry.absoluteFilePath(),
                     QStringLiteral("cannot read this folder (check its permissions)"));
                continue;
            }
            if (auto walked = walk(entry.absoluteFilePath(), depth + 1); !walked)
                return walked;
        }
        return {};
    }

    Result<void> readAll()
    {
        const int total = int(m_candidates.size());
        for (int i = 0; i < total; ++i) {
            if (m_job.isCancelled())
                return cancelled();
            MigrationCandidate &c = m_candidates[i];
            m_job.reportProgress(i, total, QStringLiteral("Reading %1").arg(c.migration.path));
            if (!c.undo)
                read(c);
        }
        return {};
    }

    // What the walk only guessed at (a .py file at the top that may be an
    // Alembic revision) fails quietly.
    void note(const MigrationCandidate &c, const QString &why)
    {
        if (c.certain)
            warn(c.file, why);
    }

    std::optional<QByteArray> contents(const MigrationCandidate &c)
    {
        QFile file(c.file);
        if (file.size() > maxReadBytes) {
            note(c, QStringLiteral("not read: %1 MB is too large for a migration")
                        .arg(file.size() / (1024 * 1024)));
            return std::nullopt;
        }
        if (!file.open(QIODevice::ReadOnly)) {
            note(c, QStringLiteral("cannot read it (%1)").arg(file.errorString()));
            return std::nullopt;
        }
        QByteArray bytes = file.readAll();
        if (file.error() != QFileDevice::NoError) {
            note(c, QStringLiteral("cannot read it (%1)").arg(file.errorString()));
            return std::nullopt;
        }
        return bytes;
    }

    void read(MigrationCandidate &c)
    {
        const std::optional<QByteArray> bytes = contents(c);
        if (!bytes) {
            c.unreadable = true;
            return;
        }
        DiskMigration &m = c.migration;
        if (m.layout == FolderLayout::Prisma)
            m.checksum = QString::fromLatin1(
                QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
        else if (m.layout == FolderLayout::Flyway)
            m.checksum = flywayChecksum(*bytes);
        if (bytes->left(8000).contains('\0')) {
            note(c, QStringLiteral("not a text file: its statements were not read"));
            c.unreadable = m.layout == FolderLayout::Alembic;
            return;
        }
        readScript(c, QString::fromUtf8(*bytes));
    }

    void readScript(MigrationCandidate &c, const QString &source)
    {
        DiskMigration &m = c.migration;
        switch (m.layout) {
        case FolderLayout::Django: {
            DjangoAppState &app = m_djangoApps[c.group];
            app.app = c.group;
            const ScriptReading reading = readDjangoMigration(source, app);
            m.touches = reading.touches;
            m.hasDown = reading.hasDown;
            break;
        }
        case FolderLayout::NodeScript: {
            const ScriptReading reading = readNodeMigration(source);
            m.touches = reading.touches;
            m.hasDown = reading.hasDown;
            break;
        }
        case FolderLayout::Rails: {
            const ScriptReading reading = readRailsMigration(source);
            m.touches = reading.touches;
            m.hasDown = reading.hasDown;
            break;
        }
        case FolderLayout::Alembic: {
            const AlembicScript script = readAlembicScript(source);
            if (!script.hasRevision) {
                if (c.certain)
                    warn(c.file,
                         QStringLiteral(
                             "no `revision = '…'` line: not an Alembic revision Parity can place"));
                c.unreadable = true;
                return;
            }
            m.id = script.revision;
            m.parents = script.downRevisions;
            m.touches = script.reading.touches;
            m.hasDown = script.reading.hasDown;
            break;
        }
        case FolderLayout::Prisma:
        case FolderLayout::Flyway:
        case FolderLayout::UpDownSql:
            m.touches = touchesFromSql(source);
            break;
        }
    }

    QList<DiskMigration> assemble()
    {
        QList<DiskMigration> result;
        QList<MigrationCandidate> alembic;
        for (const MigrationCandidate &c : std::as_const(m_candidates)) {
            if (c.undo)
                continue;
            if (c.migration.layout != FolderLayout::Alembic)
                result.append(c.migration);
            else if (!c.unreadable)
                alembic.append(c);
        }
        // Alembic's order is its revision graph; it is the last layout.
        result.append(orderAlembicRevisions(alembic, m_warnings));
        markFlywayUndos(result, m_candidates);
        fillIndexTables(result);
        warnDuplicates(result);
        return result;
    }

    void warnDuplicates(const QList<DiskMigration> &migrations)
    {
        QHash<QString, QString> seen; // layout/id -> path
        for (const DiskMigration &m : migrations) {
            const QString key = folderLayoutKey(m.layout) + QLatin1Char('/') + m.id;
            if (seen.contains(key))
                m_warnings
                    << QStringLiteral(
                           "%1 and %2 have the same id %3: the database cannot tell them apart")
                           .arg(seen.value(key), m.path, m.id);
            else
                seen.insert(key, m.path);
        }
    }

    const QString m_root;
    const QDir m_rootDir;
    JobContext &m_job;
    QList<MigrationCandidate> m_candidates;
    QStringList m_warnings;
    QHash<QString, DjangoAppState> m_djangoApps; // by MigrationCandidate::group
};

} // namespace

Result<MigrationFolder> scanMigrationFolder(const QString &path, JobContext &job)
{
    if (path.trimmed().isEmpty())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("no migrations folder given: give the project folder "
                                   "or its migrations folder"));
    const QFileInfo info(path);
    const QString root = QDir::cleanPath(info.absoluteFilePath());
    if (!info.exists())
        return fail(Error::Code::NotFound,
                    QStringLiteral("the migrations folder %1 does not exist: give the project "
                                   "folder or its migrations folder")
                        .arg(root));
    if (!info.isDir())
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is a file: give the project folder or its "
                                   "migrations folder")
                        .arg(root));
    if (!info.isReadable() || !info.isExecutable())
        return fail(Error::Code::Io,
                    QStringLiteral("cannot read the folder %1: check its permissions").arg(root));
    return FolderScanner(root, job).run();
}

Result<MigrationFolder> scanMigrationFolder(const QString &path)
{
    JobContext job;
    return scanMigrationFolder(path, job);
}

} // namespace parity

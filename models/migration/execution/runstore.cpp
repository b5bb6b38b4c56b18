#include "runstore.h"

#include <QSysInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <utility>

namespace parity {

namespace {

const QString kRecordFile = QStringLiteral("run.json");

// Run folders hold schemas and SQL of databases (never passwords): nobody but
// the user who ran Parity has any business reading them.
constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions kFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;

// Two runs in one second with the same 4 random hex digits are unlikely, but
// a script creating runs in a loop makes it likely enough to need retries.
constexpr int kCreateAttempts = 100;

/// An id or file name is one path component: a run id typed on the command
/// line must not reach outside the store.
bool isPlainName(const QString &name)
{
    return !name.isEmpty() && name != QLatin1String(".") && name != QLatin1String("..")
           && !name.contains(QLatin1Char('/')) && !name.contains(QLatin1Char('\\'))
           && !name.contains(QChar(0));
}

QString lastSystemError()
{
    return qt_error_string(errno);
}

/// Makes `path` and whatever of its parents is missing, owner-only.
Result<void> makeFolders(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return {};
    if (info.exists()) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot make the folder %1: a file of that name is in the way; "
                                   "move it away and try again")
                        .arg(path));
    }
    const QString parent = info.absolutePath();
    if (parent != info.absoluteFilePath()) {
        if (auto made = makeFolders(parent); !made)
            return made;
    }
    if (!QDir().mkdir(path, kFolderPermissions) && !QFileInfo(path).isDir()) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot make the folder %1: %2; check the permissions of %3 "
                                   "or set XDG_DATA_HOME to a folder you can write")
                        .arg(path, lastSystemError(), parent));
    }
    QFile::setPermissions(path, kFolderPermissions);
    return {};
}

Result<void> checkName(const QString &what, const QString &name)
{
    if (isPlainName(name))
        return {};
    return fail(Error::Code::InvalidInput,
                QStringLiteral("\"%1\" is not a valid %2: it must be a single name without '/'")
                    .arg(name, what));
}

} // namespace

RunStore::RunStore(QString root)
    : m_root(root.isEmpty() ? defaultRoot() : std::move(root))
{
}

QString RunStore::defaultRoot()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
           + QStringLiteral("/parity/runs");
}

QString RunStore::folder(const QString &id) const
{
    return m_root + QLatin1Char('/') + id;
}

Result<void> RunStore::create(RunRecord &record)
{
    const bool idGiven = !record.id.isEmpty();
    if (idGiven) {
        if (auto valid = checkName(QStringLiteral("run id"), record.id); !valid)
            return valid;
    }
    if (auto made = makeFolders(m_root); !made)
        return made;

    bool created = false;
    for (int attempt = 0; attempt < kCreateAttempts && !created; ++attempt) {
        if (!idGiven)
            record.id = newRunId();
        const QString path = folder(record.id);
        // mkdir either makes the folder or fails: two processes that drew the
        // same id cannot both get it.
        if (QDir().mkdir(path, kFolderPermissions)) {
            QFile::setPermissions(path, kFolderPermissions);
            created = true;
            break;
        }
        const QString reason = lastSystemError();
        if (!QFileInfo::exists(path)) {
            if (!idGiven)
                record.id.clear();
            return fail(Error::Code::Io,
                        QStringLiteral("Cannot make the run folder %1: %2; check the permissions "
                                       "of %3 or set XDG_DATA_HOME to a folder you can write")
                            .arg(path, reason, m_root));
        }
        if (idGiven) {
            return fail(Error::Code::Io,
                        QStringLiteral(
                            "A run folder %1 exists already: leave the id empty to get a new one")
                            .arg(path));
        }
    }
    if (!created) {
        record.id.clear();
        return fail(
            Error::Code::Io,
            QStringLiteral(
                "Cannot find a free run id under %1 after %2 tries: remove old run folders there "
                "or try again in a second")
                .arg(m_root)
                .arg(kCreateAttempts));
    }

    if (auto saved = save(record); !saved) {
        // An empty folder would show in list() as a broken run.
        QDir().rmdir(folder(record.id));
        if (!idGiven)
            record.id.clear();
        return saved;
    }
    return {};
}

Result<void> RunStore::save(const RunRecord &record) const
{
    const QByteArray data = QJsonDocument(record.toJson()).toJson(QJsonDocument::Indented);
    if (auto written = writeFile(record.id, kRecordFile, data); !written)
        return std::unexpected(written.error());
    return {};
}

Result<QString> RunStore::writeFile(const QString &id, const QString &name,
                                    const QByteArray &data) const
{
    if (auto valid = checkName(QStringLiteral("run id"), id); !valid)
        return std::unexpected(valid.error());
    if (auto valid = checkName(QStringLiteral("file name"), name); !valid)
        return std::unexpected(valid.error());
    const QString dir = folder(id);
    if (!QFileInfo(dir).isDir()) {
        return fail(
            Error::Code::NotFound,
            QStringLiteral(
                "Cannot write %1 of run %2: its folder %3 does not exist (it was removed, or the "
                "run was never created); start the run again")
                .arg(name, id, dir));
    }
    const QString path = dir + QLatin1Char('/') + name;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot write %1: %2; check the permissions of %3")
                        .arg(path, file.errorString(), dir));
    }
    // Before commit(), so the file is never readable by others, not even for
    // the moment between the rename and a later chmod.
    file.setPermissions(kFilePermissions);
    if (file.write(data) != data.size() || !file.commit()) {
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot write %1: %2; check that the disk is not full")
                        .arg(path, file.errorString()));
    }
    return path;
}

Result<QByteArray> RunStore::readFile(const QString &id, const QString &name) const
{
    if (auto valid = checkName(QStringLiteral("run id"), id); !valid)
        return std::unexpected(valid.error());
    if (auto valid = checkName(QStringLiteral("file name"), name); !valid)
        return std::unexpected(valid.error());
    const QString path = folder(id) + QLatin1Char('/') + name;
    QFile file(path);
    if (!file.exists()) {
        return fail(Error::Code::NotFound,
                    QStringLiteral("Run %1 has no file %2 (looked for %3)").arg(id, name, path));
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return fail(Error::Code::Io, QStringLiteral("Cannot read %1: %2; check its permissions")
                                         .arg(path, file.errorString()));
    }
    return file.readAll();
}

Result<RunRecord> RunStore::load(const QString &id) const
{
    if (auto valid = checkName(QStringLiteral("run id"), id); !valid)
        return std::unexpected(valid.error());
    const QString dir = folder(id);
    if (!QFileInfo(dir).isDir())
        return fail(Error::Code::NotFound, QStringLiteral("No run %1 in %2").arg(id, m_root));
    const QString path = dir + QLatin1Char('/') + kRecordFile;
    auto data = readFile(id, kRecordFile);
    if (!data) {
        if (data.error().code == Error::Code::NotFound) {
            return fail(Error::Code::Corrupt,
                        QStringLiteral("The run folder %1 has no %2: it is not a run Parity "
                                       "recorded, or its record was deleted; remove the folder")
                            .arg(dir, kRecordFile));
        }
        return std::unexpected(data.error());
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*data, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        const QString reason = parseError.error != QJsonParseError::NoError
                                   ? QStringLiteral("%1 at byte %2")
                                         .arg(parseError.errorString())
                                         .arg(parseError.offset)
                                   : QStringLiteral("not a JSON object");
        return fail(Error::Code::Corrupt,
                    QStringLiteral("%1 is not a readable run record (%2); restore it from a "
                                   "backup or remove the folder %3")
                        .arg(path, reason, dir));
    }
    RunRecord record = RunRecord::fromJson(document.object());
    // The folder is where save() writes, so its name is the id that counts.
    record.id = id;
    if (record.outcome == RunOutcome::Running && !isHeld(id)) {
        record.outcome = RunOutcome::Interrupted;
        if (record.message.isEmpty())
            record.message = QStringLiteral("the process running it stopped before the run ended (killed, crashed or "
                                            "the machine went down)");
    }
    return record;
}

bool RunStore::isHeld(const QString &id) const
{
    if (!checkName(QStringLiteral("run id"), id))
        return false;
    const QByteArray path = QFile::encodeName(folder(id) + QStringLiteral("/run.lock"));
    const int fd = ::open(path.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false; // no lock file: nobody runs it (or a version before locks did)
    const bool held = ::flock(fd, LOCK_SH | LOCK_NB) != 0 && errno == EWOULDBLOCK;
    ::close(fd);
    return held;
}

RunLock::~RunLock()
{
    release();
}

Result<std::unique_ptr<RunLock>> RunLock::acquire(const QString &folder)
{
    const QString path = folder + QStringLiteral("/run.lock");
    const QByteArray native = QFile::encodeName(path);
    const int fd = ::open(native.constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(Error::Code::Io, QStringLiteral("Cannot make %1: %2").arg(path, lastSystemError()));
    if (::flock(fd, LOCK_EX | LOCK_NB) != 0) {
        ::close(fd);
        return fail(Error::Code::Refused, QStringLiteral("Another process runs this run (%1 is locked)").arg(path));
    }
    const QByteArray owner = QByteArray::number(qint64(::getpid())) + ' ' + QSysInfo::machineHostName().toUtf8() + '\n';
    if (::ftruncate(fd, 0) != 0 || ::write(fd, owner.constData(), size_t(owner.size())) != owner.size()) {
        ::close(fd);
        return fail(Error::Code::Io, QStringLiteral("Cannot write %1: %2").arg(path, lastSystemError()));
    }
    return std::unique_ptr<RunLock>(new RunLock(path, fd));
}

void RunLock::release()
{
    if (m_fd < 0)
        return;
    QFile::remove(m_path);
    ::close(m_fd);
    m_fd = -1;
}

QList<RunRecord> RunStore::list(QStringList *problems) const
{
    QList<RunRecord> runs;
    const QStringList ids = QDir(m_root).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &id : ids) {
        auto record = load(id);
        if (record)
            runs.append(std::move(*record));
        else if (problems)
            problems->append(record.error().message);
    }
    std::stable_sort(runs.begin(), runs.end(), [](const RunRecord &a, const RunRecord &b) {
        if (a.startedAt != b.startedAt)
            return a.startedAt > b.startedAt;
        return a.id > b.id;
    });
    return runs;
}

} // namespace parity

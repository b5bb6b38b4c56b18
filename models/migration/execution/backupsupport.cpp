#include "backupsupport.h"

#include "common/jobcontext.h"
#include "connection/connectionspec.h"
#include "schema/catalog.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

namespace parity::backupdetail {

namespace {

constexpr int pollMs = 100;
constexpr qsizetype stderrTail = 16 * 1024;

void keepTail(QByteArray &buffer, const QByteArray &more)
{
    buffer += more;
    if (buffer.size() > stderrTail)
        buffer = buffer.right(stderrTail);
}

/// libpq conninfo values with spaces or quotes must be single-quoted.
QString conninfoValue(QString value)
{
    value.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    value.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + value + QLatin1Char('\'');
}

/// URL options libpq also reads from its environment. Through the
/// environment they cannot be mistaken for arguments.
QString postgresVariable(const QString &option)
{
    static const QHash<QString, QString> variables = {
        {QStringLiteral("sslmode"), QStringLiteral("PGSSLMODE")},
        {QStringLiteral("sslrootcert"), QStringLiteral("PGSSLROOTCERT")},
        {QStringLiteral("sslcert"), QStringLiteral("PGSSLCERT")},
        {QStringLiteral("sslkey"), QStringLiteral("PGSSLKEY")},
        {QStringLiteral("sslcrl"), QStringLiteral("PGSSLCRL")},
        {QStringLiteral("sslsni"), QStringLiteral("PGSSLSNI")},
        {QStringLiteral("gssencmode"), QStringLiteral("PGGSSENCMODE")},
        {QStringLiteral("channel_binding"), QStringLiteral("PGCHANNELBINDING")},
        {QStringLiteral("target_session_attrs"), QStringLiteral("PGTARGETSESSIONATTRS")},
        {QStringLiteral("connect_timeout"), QStringLiteral("PGCONNECT_TIMEOUT")},
        {QStringLiteral("options"), QStringLiteral("PGOPTIONS")},
    };
    return variables.value(option);
}

} // namespace

Result<QString> findTool(const QStringList &names, const QString &package)
{
    for (const QString &name : names) {
        const QString path = QStandardPaths::findExecutable(name);
        if (!path.isEmpty())
            return path;
    }
    return fail(Error::Code::NotFound,
                QStringLiteral(
                    "%1 is not installed (not found on PATH): install the Debian package %2 "
                    "(sudo apt install %2)")
                    .arg(names.join(QStringLiteral(" or ")), package));
}

Result<void> startTool(QProcess &process, const ToolCommand &command)
{
    process.setProgram(command.program);
    process.setArguments(command.arguments);
    process.setProcessEnvironment(command.environment);
    if (command.discardOutput)
        process.setStandardOutputFile(QProcess::nullDevice());
    process.start(QIODevice::ReadWrite);
    if (!process.waitForStarted(30000)) {
        return fail(Error::Code::Io,
                    QStringLiteral("Could not start %1: %2")
                        .arg(QFileInfo(command.program).fileName(), process.errorString()));
    }
    return {};
}

void stopTool(QProcess &process)
{
    if (process.state() == QProcess::NotRunning)
        return;
    process.kill();
    process.waitForFinished(10000);
}

Result<ToolOutput> runTool(const ToolCommand &command, JobContext &job,
                           const std::function<void()> &tick)
{
    QProcess process;
    if (auto started = startTool(process, command); !started)
        return std::unexpected(started.error());
    process.closeWriteChannel();

    ToolOutput output;
    const QString name = QFileInfo(command.program).fileName();
    while (!process.waitForFinished(pollMs) && process.state() != QProcess::NotRunning) {
        output.out += process.readAllStandardOutput();
        keepTail(output.err, process.readAllStandardError());
        if (job.isCancelled()) {
            stopTool(process);
            return fail(Error::Code::Cancelled,
                        QStringLiteral("Cancelled: %1 was stopped").arg(name));
        }
        if (tick)
            tick();
    }
    output.out += process.readAllStandardOutput();
    keepTail(output.err, process.readAllStandardError());
    if (process.exitStatus() != QProcess::NormalExit) {
        const QString password =
            command.environment.value(QStringLiteral("PGPASSWORD"),
                                      command.environment.value(QStringLiteral("MYSQL_PWD")));
        return fail(Error::Code::Io,
                    QStringLiteral("%1 crashed: %2").arg(name, lastLines(output.err, password)));
    }
    output.exitCode = process.exitCode();
    return output;
}

Result<void> feedTool(QProcess &process, const QByteArray &data, JobContext &job)
{
    const QString name = QFileInfo(process.program()).fileName();
    if (process.state() != QProcess::Running)
        return fail(Error::Code::Io,
                    QStringLiteral("%1 stopped before it had read all its input").arg(name));
    process.write(data);
    while (process.bytesToWrite() > 0) {
        if (job.isCancelled())
            return fail(Error::Code::Cancelled,
                        QStringLiteral("Cancelled: %1 was stopped").arg(name));
        process.waitForBytesWritten(pollMs);
        if (process.state() != QProcess::Running)
            return fail(Error::Code::Io,
                        QStringLiteral("%1 stopped before it had read all its input").arg(name));
    }
    return {};
}

Result<PipeEnd> pipeOutput(QProcess &source, QProcess &target, JobContext &job, const QString &what)
{
    qint64 passed = 0;
    for (;;) {
        if (job.isCancelled()) {
            return fail(Error::Code::Cancelled, QStringLiteral("Cancelled: %1 was stopped")
                                                    .arg(QFileInfo(target.program()).fileName()));
        }
        const bool sourceDone = source.state() == QProcess::NotRunning;
        if (!sourceDone)
            source.waitForReadyRead(pollMs);
        const QByteArray chunk = source.readAllStandardOutput();
        if (chunk.isEmpty()) {
            if (sourceDone)
                return PipeEnd::SourceFinished;
            continue;
        }
        if (auto ok = feedTool(target, chunk, job); !ok) {
            if (ok.error().code == Error::Code::Cancelled)
                return std::unexpected(ok.error());
            return PipeEnd::TargetStopped;
        }
        passed += chunk.size();
        reportBytes(job, passed, 0, what);
    }
}

QString toolVersion(const QString &program)
{
    QProcess process;
    process.start(program, {QStringLiteral("--version")});
    if (!process.waitForFinished(10000)) {
        process.kill();
        process.waitForFinished(1000);
        return QFileInfo(program).fileName();
    }
    const QString text = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return text.isEmpty() ? QFileInfo(program).fileName()
                          : text.section(QLatin1Char('\n'), 0, 0).simplified();
}

QString lastLines(const QByteArray &err, const QString &password, int count)
{
    QStringList lines;
    const QStringList all = QString::fromUtf8(err).split(QLatin1Char('\n'));
    for (auto it = all.crbegin(); it != all.crend() && lines.size() < count; ++it) {
        const QString line = it->simplified();
        if (!line.isEmpty())
            lines.prepend(line);
    }
    QString text = lines.join(QStringLiteral(" / "));
    if (password.size() >= 3)
        text.replace(password, QStringLiteral("***"));
    return text.isEmpty() ? QStringLiteral("(no message)") : text;
}

QString toolFailure(const QString &program, const ToolOutput &output, const QString &doing,
                    const ConnectionSpec &spec)
{
    return QStringLiteral("%1 failed (exit code %2) %3 %4: %5")
        .arg(QFileInfo(program).fileName())
        .arg(output.exitCode)
        .arg(doing, spec.display(), lastLines(output.err, spec.password));
}

Result<QString> sha256OfFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!hash.addData(&file))
        return fail(Error::Code::Io,
                    QStringLiteral("Cannot read %1: %2").arg(path, file.errorString()));
    return QString::fromLatin1(hash.result().toHex());
}

QString formatBytes(qint64 bytes)
{
    if (bytes < 1024)
        return QStringLiteral("%1 bytes").arg(bytes);
    if (bytes < 1024 * 1024)
        return QStringLiteral("%1 KB").arg(double(bytes) / 1024.0, 0, 'f', 1);
    if (bytes < qint64(1024) * 1024 * 1024)
        return QStringLiteral("%1 MB").arg(double(bytes) / (1024.0 * 1024.0), 0, 'f', 1);
    return QStringLiteral("%1 GB").arg(double(bytes) / (1024.0 * 1024.0 * 1024.0), 0, 'f', 1);
}

void reportBytes(JobContext &job, qint64 bytes, qint64 expected, const QString &what)
{
    const int doneKiB = int(qMin<qint64>(bytes / 1024, std::numeric_limits<int>::max()));
    const int totalKiB =
        expected > 0 ? int(qMin<qint64>(expected / 1024, std::numeric_limits<int>::max())) : 0;
    job.reportProgress(totalKiB > 0 ? qMin(doneKiB, totalKiB) : doneKiB, totalKiB,
                       QStringLiteral("%1: %2").arg(what, formatBytes(bytes)));
}

QProcessEnvironment postgresEnvironment(const ConnectionSpec &spec)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    if (!spec.password.isEmpty())
        environment.insert(QStringLiteral("PGPASSWORD"), spec.password);
    environment.insert(QStringLiteral("PGAPPNAME"), QStringLiteral("parity"));
    environment.insert(QStringLiteral("PGCONNECT_TIMEOUT"),
                       QString::number(spec.connectTimeoutSeconds));
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it) {
        if (const QString variable = postgresVariable(it.key()); !variable.isEmpty())
            environment.insert(variable, it.value());
    }
    return environment;
}

QStringList postgresConnectionArguments(const ConnectionSpec &spec, const QString &database)
{
    QStringList arguments;
    if (!spec.socket.isEmpty())
        arguments << QStringLiteral("--host=") + spec.socket;
    else if (!spec.host.isEmpty())
        arguments << QStringLiteral("--host=") + spec.host;
    arguments << QStringLiteral("--port=") + QString::number(spec.effectivePort());
    if (const QString user = spec.effectiveUser(); !user.isEmpty())
        arguments << QStringLiteral("--username=") + user;
    // As a conninfo string, so that a database name with '=' in it, or one
    // that looks like a URL, is still read as a name. Options without an
    // environment variable ride along, secrets never.
    QStringList conninfo{QStringLiteral("dbname=")
                         + conninfoValue(database.isEmpty() ? spec.databaseName() : database)};
    for (auto it = spec.options.cbegin(); it != spec.options.cend(); ++it) {
        if (postgresVariable(it.key()).isEmpty()
            && !it.key().contains(QLatin1String("password"), Qt::CaseInsensitive))
            conninfo << it.key() + QLatin1Char('=') + conninfoValue(it.value());
    }
    arguments << QStringLiteral("--dbname=") + conninfo.join(QLatin1Char(' '));
    arguments << QStringLiteral("--no-password"); // never wait for a prompt nobody sees
    return arguments;
}

QProcessEnvironment mysqlEnvironment(const ConnectionSpec &spec)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("MYSQL_PWD"));
    if (!spec.password.isEmpty())
        environment.insert(QStringLiteral("MYSQL_PWD"), spec.password);
    return environment;
}

QStringList mysqlConnectionArguments(const ConnectionSpec &spec)
{
    // --no-defaults: the tools read only what the spec says, as Qt's driver
    // does, so a ~/.my.cnf cannot point them at another server or password.
    QStringList arguments{QStringLiteral("--no-defaults")};
    if (!spec.socket.isEmpty()) {
        arguments << QStringLiteral("--socket=") + spec.socket;
    } else {
        // As for Qt's driver: "localhost" would mean the default socket and
        // ignore the port.
        QString host = spec.host;
        if ((host.isEmpty() || host == QLatin1String("localhost")) && spec.port > 0)
            host = QStringLiteral("127.0.0.1");
        if (!host.isEmpty())
            arguments << QStringLiteral("--host=") + host << QStringLiteral("--protocol=TCP");
    }
    arguments << QStringLiteral("--port=") + QString::number(spec.effectivePort());
    if (const QString user = spec.effectiveUser(); !user.isEmpty())
        arguments << QStringLiteral("--user=") + user;
    return arguments;
}

QStringList missingTables(
    const Catalog &from,
    const std::function<bool(const QString &schema, const QString &name)> &found)
{
    QStringList missing;
    for (const Schema &schema : from.schemas) {
        for (const Table &table : schema.tables) {
            if (!found(schema.name, table.name))
                missing << schema.name + QLatin1Char('.') + table.name;
        }
    }
    return missing;
}

namespace {

std::unexpected<Error> discarded(const QString &path, const Error &error)
{
    QFile::remove(path);
    if (error.code == Error::Code::Cancelled)
        return std::unexpected(
            Error::make(error.code, error.message + QStringLiteral("; the partial backup was removed")));
    return std::unexpected(error);
}

} // namespace

Result<BackupInfo> runDump(BackupInfo info, const ToolCommand &command, const ConnectionSpec &spec,
                           const Catalog &from, JobContext &job,
                           const std::function<Result<int>(const QString &path)> &verify)
{
    const qint64 expected = estimateBackupBytes(from);
    const QString what = QStringLiteral("Backing up %1").arg(spec.databaseName());
    auto output = runTool(command, job, [&] { reportBytes(job, QFileInfo(info.path).size(), expected, what); });
    if (!output)
        return discarded(info.path, output.error());
    if (job.isCancelled()) {
        return discarded(info.path, Error::make(Error::Code::Cancelled,
                                                QStringLiteral("Cancelled: %1 was stopped")
                                                    .arg(QFileInfo(command.program).fileName())));
    }
    if (output->exitCode != 0) {
        return discarded(info.path, Error::make(Error::Code::Io, toolFailure(command.program, *output,
                                                                               QStringLiteral("backing up"), spec)));
    }

    job.reportProgress(0, 0, QStringLiteral("Checking the backup of %1").arg(spec.databaseName()));
    auto tables = verify(info.path);
    if (!tables)
        return discarded(info.path, tables.error());
    auto sha = sha256OfFile(info.path);
    if (!sha)
        return discarded(info.path, sha.error());
    info.sha256 = *sha;
    info.bytes = QFileInfo(info.path).size();
    info.tablesFound = *tables;
    info.tool = toolVersion(command.program);
    info.verified = true;
    return info;
}

} // namespace parity::backupdetail

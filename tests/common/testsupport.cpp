#include "testsupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

namespace parity::test {

namespace {

QString envOrEmpty(const char *name)
{
    return qEnvironmentVariable(name);
}

struct ClientCommand
{
    QString program;
    QStringList arguments;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

ClientCommand clientFor(const ConnectionSpec &spec)
{
    ClientCommand cmd;
    switch (spec.kind) {
    case ConnectionSpec::Kind::PostgreSQL:
        cmd.program = QStringLiteral("psql");
        cmd.arguments = {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-h"), spec.effectiveHost(),
                         QStringLiteral("-p"), QString::number(spec.effectivePort()),
                         QStringLiteral("-U"), spec.user, QStringLiteral("-d"), spec.database};
        cmd.environment.insert(QStringLiteral("PGPASSWORD"), spec.password);
        cmd.environment.insert(QStringLiteral("PGOPTIONS"), QStringLiteral("--client-min-messages=warning"));
        break;
    case ConnectionSpec::Kind::MySQL:
        cmd.program = QStringLiteral("mariadb");
        cmd.arguments = {QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"),
                         QStringLiteral("-h"), spec.effectiveHost(),
                         QStringLiteral("-P"), QString::number(spec.effectivePort()),
                         QStringLiteral("-u"), spec.user, spec.database};
        cmd.environment.insert(QStringLiteral("MYSQL_PWD"), spec.password);
        break;
    case ConnectionSpec::Kind::SQLite:
        cmd.program = QStringLiteral("sqlite3");
        cmd.arguments = {QStringLiteral("-bail"), spec.path};
        break;
    case ConnectionSpec::Kind::Snapshot:
    case ConnectionSpec::Kind::Profile:
        break;
    }
    return cmd;
}

Result<void> runClient(const ConnectionSpec &spec, const QByteArray &input, const QString &what)
{
    ClientCommand cmd = clientFor(spec);
    if (cmd.program.isEmpty())
        return fail(Error::Code::InvalidInput, QStringLiteral("no SQL client for %1").arg(spec.display()));
    QProcess process;
    process.setProcessEnvironment(cmd.environment);
    process.start(cmd.program, cmd.arguments);
    if (!process.waitForStarted(10000))
        return fail(Error::Code::Io, QStringLiteral("could not start %1").arg(cmd.program));
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        return fail(Error::Code::Io, QStringLiteral("%1 timed out running %2").arg(cmd.program, what));
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        return fail(Error::Code::QueryFailed,
                    QStringLiteral("%1 failed running %2 on %3: %4")
                        .arg(cmd.program, what, spec.display(),
                             QString::fromUtf8(process.readAllStandardError()).trimmed()));
    }
    return {};
}

} // namespace

Result<ConnectionSpec> serverSpec(Dialect dialect)
{
    const char *var = dialect == Dialect::PostgreSQL ? "PARITY_TEST_PG_URL" : "PARITY_TEST_MYSQL_URL";
    const QString url = envOrEmpty(var);
    if (url.isEmpty()) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not set: run this test through ctest, which starts the server")
                        .arg(QLatin1String(var)));
    }
    return ConnectionSpec::parse(url);
}

Result<ConnectionSpec> createScratchDatabase(Dialect dialect, const QString &name)
{
    auto server = serverSpec(dialect);
    if (!server)
        return server;
    ConnectionSpec spec = *server;
    QString sql;
    if (dialect == Dialect::PostgreSQL) {
        QString quoted = name;
        quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        sql = QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE);\nCREATE DATABASE \"%1\";\n").arg(quoted);
    } else {
        QString quoted = name;
        quoted.replace(QLatin1Char('`'), QStringLiteral("``"));
        sql = QStringLiteral("DROP DATABASE IF EXISTS `%1`;\nCREATE DATABASE `%1`;\n").arg(quoted);
    }
    if (auto r = runClient(spec, sql.toUtf8(), QStringLiteral("creating database %1").arg(name)); !r)
        return std::unexpected(r.error());
    spec.database = name;
    return spec;
}

QString scratchSqlitePath(const QString &name)
{
    static QTemporaryDir dir;
    QFile::remove(dir.filePath(name));
    return dir.filePath(name);
}

Result<void> runSql(const ConnectionSpec &spec, const QString &sql)
{
    return runClient(spec, sql.toUtf8(), QStringLiteral("SQL"));
}

Result<void> runSqlFile(const ConnectionSpec &spec, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::NotFound, QStringLiteral("cannot read %1").arg(path));
    return runClient(spec, file.readAll(), QFileInfo(path).fileName());
}

ClientRun runClientScript(const ConnectionSpec &spec, const QString &script, bool tabular)
{
    ClientCommand cmd = clientFor(spec);
    if (tabular && spec.kind == ConnectionSpec::Kind::PostgreSQL)
        cmd.arguments << QStringLiteral("-A") << QStringLiteral("-t");
    if (tabular && spec.kind == ConnectionSpec::Kind::MySQL)
        cmd.arguments.insert(1, QStringLiteral("-N")), cmd.arguments.insert(1, QStringLiteral("-B"));
    QProcess process;
    process.setProcessEnvironment(cmd.environment);
    process.start(cmd.program, cmd.arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(300000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString dumpTool(const ConnectionSpec &spec, const QStringList &options)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    switch (spec.kind) {
    case ConnectionSpec::Kind::SQLite:
        process.start(QStringLiteral("sqlite3"), QStringList{spec.path} + options);
        break;
    case ConnectionSpec::Kind::PostgreSQL:
        environment.insert(QStringLiteral("PGPASSWORD"), spec.password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("pg_dump"), options
                                                     + QStringList{QStringLiteral("-h"), spec.effectiveHost(), QStringLiteral("-p"),
                                                                   QString::number(spec.effectivePort()), QStringLiteral("-U"),
                                                                   spec.user, spec.database});
        break;
    case ConnectionSpec::Kind::MySQL:
        environment.insert(QStringLiteral("MYSQL_PWD"), spec.password);
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral("mariadb-dump"),
                      QStringList{QStringLiteral("--no-defaults"), QStringLiteral("--protocol=TCP"), QStringLiteral("-h"),
                                  spec.effectiveHost(), QStringLiteral("-P"), QString::number(spec.effectivePort()),
                                  QStringLiteral("-u"), spec.user}
                          + options + QStringList{spec.database});
        break;
    default:
        return {};
    }
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

QString withoutDumpNoise(const QString &dump)
{
    QStringList kept;
    for (const QString &line : dump.split(QLatin1Char('\n'))) {
        if (line.startsWith(QLatin1String("--")) || line.startsWith(QLatin1String("SET ")) || line.startsWith(QLatin1Char('\\'))
            || line.startsWith(QLatin1String("SELECT pg_catalog.set_config")) || line.trimmed().isEmpty())
            continue;
        kept << line;
    }
    return kept.join(QLatin1Char('\n'));
}

QString serverDump(const ConnectionSpec &spec)
{
    QStringList options;
    if (spec.kind == ConnectionSpec::Kind::SQLite)
        options = {QStringLiteral(".dump")};
    else if (spec.kind == ConnectionSpec::Kind::PostgreSQL)
        options = {QStringLiteral("--no-owner")};
    else
        options = {QStringLiteral("--skip-comments"), QStringLiteral("--skip-dump-date"), QStringLiteral("--order-by-primary")};
    return withoutDumpNoise(dumpTool(spec, options));
}

CliRun runCli(const QStringList &arguments, const QMap<QString, QString> &env)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("PGPASSWORD"));
    environment.remove(QStringLiteral("MYSQL_PWD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it)
        environment.insert(it.key(), it.value());
    process.setProcessEnvironment(environment);
    process.start(qEnvironmentVariable("PARITY_CLI"), arguments);
    if (!process.waitForFinished(120000))
        process.kill();
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
}

QString sourceDir()
{
    const QString dir = envOrEmpty("PARITY_SOURCE_DIR");
    return dir.isEmpty() ? QStringLiteral(PARITY_TEST_SOURCE_DIR) : dir;
}

QString corporaDir()
{
    const QString dir = envOrEmpty("PARITY_CORPORA_DIR");
    return dir.isEmpty() ? sourceDir() + QStringLiteral("/../shared/corpora") : dir;
}

QString readTextFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace parity::test

#include "clicommon.h"

#include "connection/profilestore.h"

#include <QCommandLineParser>
#include <QFile>
#include <QSaveFile>

#include <cstdio>

namespace parity::cli {

int reportError(const QString &message)
{
    const QByteArray line = "parity-cli: " + message.simplified().toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    return ExitError;
}

int reportError(const Error &error)
{
    return reportError(error.message);
}

std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments)
{
    QStringList args = arguments;
    args.prepend(QStringLiteral("parity-cli ") + command);
    if (!parser.parse(args))
        return reportError(parser.errorText() + QStringLiteral(" (see parity-cli %1 --help)").arg(command));
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(parser.helpText().toUtf8().constData(), stdout);
        return ExitSuccess;
    }
    return std::nullopt;
}

QCommandLineOption connectTimeoutOption()
{
    return QCommandLineOption(QStringLiteral("connect-timeout"),
                              QStringLiteral("Give up connecting after SECONDS (default 10)."), QStringLiteral("SECONDS"));
}

Result<int> connectTimeout(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int seconds = parser.value(option).toInt(&ok);
    if (!ok || seconds < 1)
        return fail(Error::Code::InvalidInput, QStringLiteral("--connect-timeout needs whole seconds, 1 or more"));
    return seconds;
}

Result<ConnectionSpec> specFromArgument(const QString &text, int connectTimeoutSeconds)
{
    auto spec = ConnectionSpec::parse(text);
    if (!spec)
        return spec;
    auto resolved = resolveProfile(*spec);
    if (!resolved)
        return resolved;
    if (connectTimeoutSeconds > 0)
        resolved->connectTimeoutSeconds = connectTimeoutSeconds;
    return resolved;
}

Result<void> writeOutput(const QString &path, const QByteArray &data)
{
    if (path.isEmpty() || path == QLatin1String("-")) {
        std::fwrite(data.constData(), 1, size_t(data.size()), stdout);
        std::fflush(stdout);
        return {};
    }
    if (path == QLatin1String("/dev/null") || path == QLatin1String("/dev/stdout")) {
        QFile device(path);
        if (device.open(QIODevice::WriteOnly))
            device.write(data);
        return {};
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return fail(Error::Code::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    file.write(data);
    if (!file.commit())
        return fail(Error::Code::Io, QStringLiteral("Cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace parity::cli

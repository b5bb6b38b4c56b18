#include "clicommon.h"

#include "connection/profilestore.h"

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

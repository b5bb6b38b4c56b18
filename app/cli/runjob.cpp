#include "runjob.h"

#include "clicommon.h"
#include "connection/connectionspec.h"

#include <QCommandLineParser>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace parity::cli {

namespace {

std::atomic<bool> g_interrupted{false};

extern "C" void onInterrupt(int)
{
    g_interrupted = true;
}

} // namespace

RunJob::RunJob()
{
    std::signal(SIGINT, onInterrupt);
    std::signal(SIGTERM, onInterrupt);
}

void RunJob::reportProgress(int done, int total, const QString &step)
{
    Q_UNUSED(done)
    Q_UNUSED(total)
    if (!m_verbose || step == m_lastStep)
        return;
    m_lastStep = step;
    say(QStringLiteral("  ") + step);
}

bool RunJob::isCancelled() const
{
    return g_interrupted.load();
}

void say(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

std::optional<int> refuseUnconfirmed(const QCommandLineParser &parser, const QCommandLineOption &confirm,
                                     const ConnectionSpec &target, const QString &action)
{
    const QString name = target.databaseName();
    if (parser.value(confirm) == name)
        return std::nullopt;
    const QString why = parser.isSet(confirm)
                            ? QStringLiteral("\"%1\" is not the name of the database that would change").arg(parser.value(confirm))
                            : QStringLiteral("no confirmation given");
    say(QStringLiteral("parity-cli: refused: %1; nothing was changed. To %2 %3, add --yes-i-mean %4")
            .arg(why, action, target.display(), name));
    return ExitRefused;
}

void out(const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fflush(stdout);
}

} // namespace parity::cli

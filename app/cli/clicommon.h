#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"

#include <QCommandLineOption>
#include <QString>

#include <optional>

class QCommandLineParser;

namespace parity::cli {

/// Exit codes of the parity-cli contract (design.md).
enum ExitCode : int {
    ExitSuccess = 0,
    ExitDifferences = 1,
    ExitError = 2,
    ExitRefused = 3,
};

/// Prints one line "parity-cli: MESSAGE" on stderr and returns ExitError.
int reportError(const Error &error);
int reportError(const QString &message);

/// Parses a spec given on the command line and resolves @profile and
/// --connect-timeout.
[[nodiscard]] Result<ConnectionSpec> specFromArgument(const QString &text, int connectTimeoutSeconds);

/// Parses the arguments of subcommand `command`. Returns the exit code when
/// the command is done already (--help printed: 0; a parse error reported: 2),
/// or nothing when it should go on.
std::optional<int> parseOrExit(QCommandLineParser &parser, const QString &command, const QStringList &arguments);

/// The --connect-timeout option every command that connects has.
QCommandLineOption connectTimeoutOption();
/// Its value in seconds, 0 when not given; an error when not a whole number >= 1.
[[nodiscard]] Result<int> connectTimeout(const QCommandLineParser &parser, const QCommandLineOption &option);

/// Writes text to FILE, or to stdout when path is empty or "-".
[[nodiscard]] Result<void> writeOutput(const QString &path, const QByteArray &data);

} // namespace parity::cli

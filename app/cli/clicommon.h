#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"

#include <QString>

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

/// Writes text to FILE, or to stdout when path is empty or "-".
[[nodiscard]] Result<void> writeOutput(const QString &path, const QByteArray &data);

} // namespace parity::cli

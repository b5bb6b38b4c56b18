#pragma once

#include "common/jobcontext.h"

#include <QString>

#include <optional>

class QCommandLineOption;
class QCommandLineParser;

namespace parity {
struct ConnectionSpec;
}

namespace parity::cli {

/// The job context of a CLI apply or rollback: Ctrl+C (SIGINT) or SIGTERM
/// cancels, and while `verbose` is on each new step is printed on stderr
/// ("  statement 3 of 12: public.users"), so a person sees where it is.
class RunJob : public JobContext
{
public:
    RunJob();
    void reportProgress(int done, int total, const QString &step) override;
    [[nodiscard]] bool isCancelled() const override;
    void setVerbose(bool verbose) { m_verbose = verbose; }

private:
    bool m_verbose = false;
    QString m_lastStep;
};

/// Prints "parity-cli: TEXT" on stderr (progress and hazards go there;
/// stdout keeps the summary and the closing "run: ID").
void say(const QString &text);
/// Checks --yes-i-mean against the name of the database `target` names.
/// Empty when it matches; otherwise the refusal has been printed (what to
/// add to confirm, for `action`: "apply to", "roll back") and the exit code
/// is returned.
std::optional<int> refuseUnconfirmed(const QCommandLineParser &parser, const QCommandLineOption &confirm,
                                     const ConnectionSpec &target, const QString &action);

/// Prints TEXT and a newline on stdout (the summary, the closing "run: ID").
void out(const QString &text);

} // namespace parity::cli

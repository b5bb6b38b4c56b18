#pragma once

#include "common/jobcontext.h"

#include <QString>

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
/// Prints TEXT and a newline on stdout (the summary, the closing "run: ID").
void out(const QString &text);

} // namespace parity::cli

#include "rollbackcommand.h"

#include "clicommon.h"
#include "migration/execution/rollbackrun.h"
#include "runjob.h"

#include <QCommandLineParser>

#include <cstdio>

namespace parity::cli {

namespace {

void showWarnings(const RollbackRun &run)
{
    if (run.warnings().isEmpty())
        return;
    say(QStringLiteral("What this way back cannot give back:"));
    for (const QString &line : run.warnings())
        say(QStringLiteral("  ") + line);
}

int closeRun(const RollbackRun &run)
{
    const RunRecord &r = run.record();
    switch (r.outcome) {
    case RunOutcome::Succeeded:
        out(QStringLiteral("Rolled back run %1: %2").arg(r.rollsBack, r.message));
        break;
    case RunOutcome::VerificationFailed:
        out(QStringLiteral("Rolled back run %1, but %2 is not as it was before it:").arg(r.rollsBack, run.restoredSpec().databaseName()));
        for (const QString &line : r.verificationDifferences)
            out(QStringLiteral("  ") + line);
        break;
    case RunOutcome::Failed:
    case RunOutcome::Cancelled:
    case RunOutcome::Refused:
    case RunOutcome::Interrupted:
        out(QStringLiteral("%1: %2").arg(runOutcomeText(r.outcome), r.message));
        if (!r.committedStatements().isEmpty()) {
            out(QStringLiteral("These statements stay applied:"));
            for (const StatementRecord &s : r.committedStatements())
                out(QStringLiteral("  %1. %2").arg(s.index + 1).arg(s.sql.simplified().left(160)));
        }
        break;
    case RunOutcome::Running:
        break;
    }
    out(QStringLiteral("run: ") + r.id);
    switch (r.outcome) {
    case RunOutcome::Succeeded: return ExitSuccess;
    case RunOutcome::VerificationFailed: return ExitDifferences;
    case RunOutcome::Refused: return ExitRefused;
    default: return ExitError;
    }
}

} // namespace

int runRollback(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Undoes an apply run (see parity-cli runs) on FROM, the database it changed, and checks that FROM is "
        "as it was before the run: same schema, same row count in every table. --method script plans the way "
        "back from what FROM holds now (after a run that stopped half-way: exactly the statements that stay "
        "applied) and shows first what it cannot give back; --method backup restores the backup the run took. "
        "Without --method, shows both ways and changes nothing."));
    parser.addPositionalArgument(QStringLiteral("FROM"), QStringLiteral("The database the run changed."));
    parser.addHelpOption();
    const QCommandLineOption runOption(QStringLiteral("run"), QStringLiteral("The apply run to undo."), QStringLiteral("ID"));
    const QCommandLineOption methodOption(QStringLiteral("method"), QStringLiteral("script or backup."), QStringLiteral("METHOD"));
    const QCommandLineOption intoOption(QStringLiteral("into"),
                                        QStringLiteral("With --method backup: restore into this new database (SQLite: a new file) to inspect "
                                                       "it first; FROM stays as it is."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption confirmOption(QStringLiteral("yes-i-mean"), QStringLiteral("Confirm by naming FROM's database."), QStringLiteral("NAME"));
    const QCommandLineOption showOption(QStringLiteral("show-script"), QStringLiteral("Print the rollback script on stdout before running it."));
    const QCommandLineOption auditOption(QStringLiteral("audit-table"), QStringLiteral("Also record the rollback in FROM's parity_audit_log table."));
    const QCommandLineOption timeoutOption = connectTimeoutOption();
    parser.addOptions({runOption, methodOption, intoOption, confirmOption, showOption, auditOption, timeoutOption});
    if (const auto done = parseOrExit(parser, QStringLiteral("rollback"), arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return reportError(QStringLiteral("rollback needs exactly one FROM database (see parity-cli rollback --help)"));
    if (!parser.isSet(runOption))
        return reportError(QStringLiteral("rollback needs --run ID: the apply run to undo (parity-cli runs lists them)"));
    const QString method = parser.value(methodOption);
    if (parser.isSet(methodOption) && method != QLatin1String("script") && method != QLatin1String("backup"))
        return reportError(QStringLiteral("--method is script or backup, not \"%1\"").arg(method));
    if (parser.isSet(intoOption) && method != QLatin1String("backup"))
        return reportError(QStringLiteral("--into goes with --method backup"));
    auto timeout = connectTimeout(parser, timeoutOption);
    if (!timeout)
        return reportError(timeout.error());
    auto from = specFromArgument(positional.first(), *timeout);
    if (!from)
        return reportError(from.error());
    resolvePassword(*from);

    RunJob job;
    if (!parser.isSet(methodOption)) {
        // Guided: show both ways, change nothing.
        RunStore store;
        auto applied = store.load(parser.value(runOption));
        if (!applied)
            return reportError(applied.error());
        out(QStringLiteral("Run %1 changed %2 (%3, %4 of %5 statements stay applied).")
                .arg(applied->id, applied->target, runOutcomeText(applied->outcome))
                .arg(applied->committedStatements().size())
                .arg(applied->statementsTotal));
        out(QStringLiteral("Two ways back:"));
        out(QStringLiteral("  --method script   undo the statements that stay applied; dropped data does not come back"));
        if (applied->backupPath.isEmpty())
            out(QStringLiteral("  --method backup   not possible: the run took no backup"));
        else
            out(QStringLiteral("  --method backup   restore %1 (everything written since the run is replaced)").arg(applied->backupPath));
        out(QStringLiteral("Then confirm with --yes-i-mean %1.").arg(from->databaseName()));
        return ExitRefused;
    }
    if (const auto refused = refuseUnconfirmed(parser, confirmOption, *from, QStringLiteral("roll back")))
        return *refused;

    RollbackRequest request;
    request.target = *from;
    request.runId = parser.value(runOption);
    request.method = method == QLatin1String("backup") ? RollbackMethod::Backup : RollbackMethod::Script;
    request.intoDatabase = parser.value(intoOption);
    request.auditTable = parser.isSet(auditOption);
    if (positional.first().startsWith(QLatin1Char('@')))
        request.profile = positional.first().mid(1);

    RollbackRun run(std::move(request));
    say(QStringLiteral("Preflight: reading run %1 and %2").arg(parser.value(runOption), from->display()));
    if (auto ok = run.preflight(job); !ok) {
        if (run.record().id.isEmpty())
            return ok.error().code == Error::Code::Refused ? (reportError(ok.error()), int(ExitRefused)) : reportError(ok.error());
        say(QStringLiteral("parity-cli: ") + ok.error().message);
        return closeRun(run);
    }
    showWarnings(run);
    if (run.request().method == RollbackMethod::Script) {
        if (parser.isSet(showOption))
            out(run.script());
        say(QStringLiteral("Running the rollback script: %1 statement(s)").arg(run.plan().steps.size()));
    } else {
        say(QStringLiteral("Restoring %1").arg(run.backupInfo()->path));
    }
    if (auto ok = run.confirm(parser.value(confirmOption)); !ok)
        return reportError(ok.error());
    job.setVerbose(true);
    const auto executed = run.execute(job);
    job.setVerbose(false);
    if (!executed) {
        say(QStringLiteral("parity-cli: ") + executed.error().message);
        return closeRun(run);
    }
    say(QStringLiteral("Verifying against the snapshot taken before run %1").arg(parser.value(runOption)));
    if (auto ok = run.verify(job); !ok)
        say(QStringLiteral("parity-cli: ") + ok.error().message);
    if (auto ok = run.finish(); !ok)
        say(QStringLiteral("parity-cli: ") + ok.error().message);
    return closeRun(run);
}

} // namespace parity::cli

#include "applycommand.h"

#include "clicommon.h"
#include "common/textdecoding.h"
#include "introspection/inspector.h"
#include "migration/execution/applyrun.h"
#include "migration/planner.h"
#include "runjob.h"
#include "schema/snapshot.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cstdio>

namespace parity::cli {

namespace {

Result<int> seconds(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return 0;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < 1) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("--%1 needs whole seconds, 1 or more").arg(option.names().first()));
    }
    return value;
}

/// The exit code and closing lines for a run that got as far as a record.
int closeRun(const ApplyRun &run, const QString &fromArgument)
{
    const RunRecord &r = run.record();
    // A hint repeats the target as a person may paste it: the profile's
    // name, or the spec without its password.
    const QString target = fromArgument.startsWith(QLatin1Char('@')) ? fromArgument : run.request().target.display();
    const qsizetype committed = r.committedStatements().size();
    switch (r.outcome) {
    case RunOutcome::Succeeded:
        out(QStringLiteral("Applied %1 statement(s) to %2.").arg(r.statements.size()).arg(r.targetName));
        out(r.verified ? QStringLiteral("Verified: %1 now matches the desired state.").arg(r.targetName)
                       : QStringLiteral("Not verified: no desired state was given (use --to to verify)."));
        break;
    case RunOutcome::VerificationFailed:
        out(QStringLiteral("Applied %1 statement(s), but %2 does not match the desired state:").arg(r.statements.size()).arg(r.targetName));
        for (const QString &line : r.verificationDifferences)
            out(QStringLiteral("  ") + line);
        break;
    case RunOutcome::Failed:
    case RunOutcome::Cancelled:
    case RunOutcome::Interrupted: {
        out(QStringLiteral("%1: %2").arg(r.outcome == RunOutcome::Cancelled ? QStringLiteral("Cancelled") : QStringLiteral("Failed"),
                                         r.message));
        // What the database itself says, not what the statements' flags say.
        if (r.statements.isEmpty() && !r.stateMeasured && r.stateError.isEmpty()) {
            out(QStringLiteral("Nothing was changed: no statement was sent to %1.").arg(r.targetName));
        } else if (!r.stateMeasured) {
            out(QStringLiteral("Could not measure what stays applied on %1: %2").arg(r.targetName, r.stateError));
        } else if (r.stateDifferences.isEmpty()) {
            out(QStringLiteral("Nothing stays applied: %1 is as it was (measured: same schema, same rows in %2 table(s)).")
                    .arg(r.targetName)
                    .arg(run.fromRows().size()));
        } else {
            out(QStringLiteral("Measured on %1, this differs from before the run:").arg(r.targetName));
            for (const QString &line : r.stateDifferences)
                out(QStringLiteral("  ") + line);
            if (committed > 0) {
                out(QStringLiteral("Statements that ran and stay committed:"));
                for (const StatementRecord &s : r.committedStatements())
                    out(QStringLiteral("  %1. %2").arg(s.index + 1).arg(s.sql.simplified().left(160)));
            }
            for (const QString &statement : r.cleanup)
                out(QStringLiteral("Clean up: ") + statement);
        }
        if ((!r.stateMeasured && !r.statements.isEmpty()) || !r.stateDifferences.isEmpty())
            out(QStringLiteral("Go back with the script: parity-cli rollback %1 --run %2 --method script --yes-i-mean %3")
                    .arg(target, r.id, r.targetName));
        if (!r.backupPath.isEmpty())
            out(QStringLiteral("Or restore the backup: parity-cli rollback %1 --run %2 --method backup --yes-i-mean %3")
                    .arg(target, r.id, r.targetName));
        break;
    }
    case RunOutcome::Refused:
        out(QStringLiteral("Refused: %1").arg(r.message));
        break;
    case RunOutcome::Running:
        break;
    }
    if (!r.backupPath.isEmpty())
        out(QStringLiteral("Backup: %1 (%2, %3)")
                .arg(r.backupPath, QLocale::c().formattedDataSize(run.backupInfo() ? run.backupInfo()->bytes : 0),
                     r.backupVerified ? QStringLiteral("verified") : QStringLiteral("not verified")));
    out(QStringLiteral("run: ") + r.id);
    switch (r.outcome) {
    case RunOutcome::Succeeded: return ExitSuccess;
    case RunOutcome::VerificationFailed: return ExitDifferences;
    case RunOutcome::Refused: return ExitRefused;
    default: return ExitError;
    }
}

} // namespace

int runApply(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Applies a change to FROM (a live database) through guided steps: preflight (FROM is read again, "
        "the hazards are measured on its data), a backup that is checked before anything changes, the "
        "typed confirmation, the apply (PostgreSQL and SQLite in one transaction; MySQL/MariaDB statement "
        "by statement, each one recorded), verification against the desired state, and a record in the "
        "audit log (parity-cli runs). The last line printed is \"run: ID\"; undo the run with "
        "parity-cli rollback FROM --run ID."));
    parser.addPositionalArgument(QStringLiteral("FROM"), QStringLiteral("The database that changes (a live SPEC)."));
    parser.addHelpOption();
    const QCommandLineOption toOption(QStringLiteral("to"), QStringLiteral("Make FROM look like TO (any SPEC); the result is verified against it."), QStringLiteral("TO"));
    const QCommandLineOption scriptOption(QStringLiteral("script"), QStringLiteral("Run this script (from parity-cli plan, or your own) instead of planning. Its own BEGIN/COMMIT/ROLLBACK are honoured as the dialect's client does. On PostgreSQL and SQLite it is first rehearsed on FROM in a transaction that is always rolled back, to measure what it does (sequences it advances stay advanced, as after any rollback)."), QStringLiteral("FILE"));
    const QCommandLineOption backupOption(QStringLiteral("backup-dir"), QStringLiteral("Put the backup in DIR/<run id>/ (made if missing)."), QStringLiteral("DIR"));
    const QCommandLineOption noBackupOption(QStringLiteral("no-backup"), QStringLiteral("Apply without a backup (a high hazard: only the rollback script can go back)."));
    const QCommandLineOption confirmOption(QStringLiteral("yes-i-mean"), QStringLiteral("Confirm by naming FROM's database; without it nothing happens."), QStringLiteral("NAME"));
    const QCommandLineOption plannedFromOption(QStringLiteral("planned-from"), QStringLiteral("The snapshot of FROM the script was planned against: refuse if FROM has changed since."), QStringLiteral("SNAPSHOT"));
    const QCommandLineOption allowOption(QStringLiteral("allow-data-loss"), QStringLiteral("Apply even when the plan drops data."));
    const QCommandLineOption lockOption(QStringLiteral("lock-timeout"), QStringLiteral("Give up a statement that waits longer than SECONDS for a lock."), QStringLiteral("SECONDS"));
    const QCommandLineOption statementOption(QStringLiteral("statement-timeout"), QStringLiteral("Give up a statement that runs longer than SECONDS (PostgreSQL, MariaDB)."), QStringLiteral("SECONDS"));
    const QCommandLineOption auditOption(QStringLiteral("audit-table"), QStringLiteral("Also record the run in a parity_audit_log table in FROM."));
    const QCommandLineOption renameOption(QStringLiteral("rename"), QStringLiteral("Declare a rename (as in parity-cli plan; repeatable)."), QStringLiteral("OLD=NEW"));
    const QCommandLineOption timeoutOption = connectTimeoutOption();
    parser.addOptions({toOption, scriptOption, backupOption, noBackupOption, confirmOption, plannedFromOption, allowOption,
                       lockOption, statementOption, auditOption, renameOption, timeoutOption});
    if (const auto done = parseOrExit(parser, QStringLiteral("apply"), arguments))
        return *done;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return reportError(QStringLiteral("apply needs exactly one FROM database (see parity-cli apply --help)"));
    if (parser.isSet(toOption) == parser.isSet(scriptOption))
        return reportError(QStringLiteral("apply needs either --to TO (plan and apply) or --script FILE (run a script)"));
    if (parser.isSet(backupOption) == parser.isSet(noBackupOption))
        return reportError(QStringLiteral("apply needs --backup-dir DIR (recommended) or --no-backup"));
    auto timeout = connectTimeout(parser, timeoutOption);
    if (!timeout)
        return reportError(timeout.error());
    auto lock = seconds(parser, lockOption);
    auto statement = seconds(parser, statementOption);
    if (!lock)
        return reportError(lock.error());
    if (!statement)
        return reportError(statement.error());

    auto from = specFromArgument(positional.first(), *timeout);
    if (!from)
        return reportError(from.error());
    resolvePassword(*from);

    // The confirmation comes first: without it nothing is read, written or recorded.
    const QString name = from->databaseName();
    if (const auto refused = refuseUnconfirmed(parser, confirmOption, *from, QStringLiteral("apply to")))
        return *refused;

    ApplyRequest request;
    request.target = *from;
    if (positional.first().startsWith(QLatin1Char('@')))
        request.profile = positional.first().mid(1);
    request.backupFolder = parser.value(backupOption);
    request.noBackup = parser.isSet(noBackupOption);
    request.allowDataLoss = parser.isSet(allowOption);
    request.auditTable = parser.isSet(auditOption);
    request.applyOptions.lockTimeoutSeconds = *lock;
    request.applyOptions.statementTimeoutSeconds = *statement;
    for (const QString &text : parser.values(renameOption)) {
        auto rename = parseRename(text);
        if (!rename)
            return reportError(rename.error());
        request.planOptions.renames << *rename;
    }

    RunJob job;
    if (parser.isSet(toOption)) {
        auto toSpec = specFromArgument(parser.value(toOption), *timeout);
        if (!toSpec)
            return reportError(toSpec.error());
        resolvePassword(*toSpec);
        say(QStringLiteral("Reading the desired state %1").arg(toSpec->display()));
        auto to = inspect(*toSpec, IntrospectionOptions{}, job);
        if (!to)
            return reportError(to.error());
        request.to = std::move(*to);
    } else {
        QFile file(parser.value(scriptOption));
        if (!file.open(QIODevice::ReadOnly))
            return reportError(QStringLiteral("Cannot read the script %1: %2").arg(file.fileName(), file.errorString()));
        auto text = decodeUtf8Strictly(file.readAll(), file.fileName());
        if (!text)
            return reportError(text.error());
        if (text->trimmed().isEmpty())
            return reportError(QStringLiteral("The script %1 is empty: nothing to apply").arg(file.fileName()));
        request.script = std::move(*text);
        request.scriptName = QFileInfo(file).fileName();
    }
    if (parser.isSet(plannedFromOption)) {
        auto planned = readSnapshot(parser.value(plannedFromOption));
        if (!planned)
            return reportError(planned.error());
        request.plannedFrom = std::move(*planned);
    }

    ApplyRun run(std::move(request));
    say(QStringLiteral("Preflight: reading %1 and measuring the hazards").arg(from->display()));
    const auto preflighted = run.preflight(job);
    for (const QString &note : run.rehearsalNotes())
        say(QStringLiteral("Rehearsal: ") + note);
    if (auto ok = preflighted; !ok) {
        if (!run.plan().forward.hazards.isEmpty())
            say(QStringLiteral("Hazards:\n") + hazardsText(run.plan().forward.hazards));
        for (const QString &line : run.record().verificationDifferences)
            say(QStringLiteral("  ") + line);
        if (run.record().id.isEmpty())
            return reportError(ok.error());
        say(QStringLiteral("parity-cli: ") + ok.error().message);
        return closeRun(run, positional.first());
    }
    if (!run.plan().forward.hazards.isEmpty())
        say(QStringLiteral("Hazards:\n") + hazardsText(run.plan().forward.hazards));
    if (run.steps().isEmpty()) {
        say(QStringLiteral("Nothing to apply: %1 already matches.").arg(name));
    }
    if (!run.request().noBackup) {
        say(QStringLiteral("Backup: taking and checking a backup of %1 in %2").arg(name, run.backupRunFolder()));
        if (auto ok = run.backup(job); !ok) {
            say(QStringLiteral("parity-cli: ") + ok.error().message);
            out(QStringLiteral("Nothing was changed."));
            out(QStringLiteral("run: ") + run.record().id);
            return ok.error().code == Error::Code::Cancelled ? ExitError : ExitRefused;
        }
    }
    if (auto ok = run.confirm(parser.value(confirmOption)); !ok)
        return reportError(ok.error());

    say(QStringLiteral("Applying %1 statement(s) to %2").arg(run.steps().size()).arg(name));
    job.setVerbose(true);
    const auto applied = run.apply(job);
    job.setVerbose(false);
    if (!applied) {
        say(QStringLiteral("parity-cli: ") + applied.error().message);
        return closeRun(run, positional.first());
    }
    if (run.record().outcome == RunOutcome::Running) {
        say(QStringLiteral("Verifying: reading %1 again").arg(name));
        if (auto ok = run.verify(job); !ok)
            say(QStringLiteral("parity-cli: ") + ok.error().message);
    }
    if (auto ok = run.finish(); !ok)
        say(QStringLiteral("parity-cli: ") + ok.error().message);
    return closeRun(run, positional.first());
}

} // namespace parity::cli

#include "runscommand.h"

#include "clicommon.h"
#include "migration/execution/runcheck.h"
#include "migration/execution/runstore.h"
#include "runjob.h"
#include "schema/dialect.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <cstdio>

namespace parity::cli {

namespace {

QString localTime(const QDateTime &at, const QString &format)
{
    return at.isValid() ? at.toLocalTime().toString(format) : QStringLiteral("-");
}

QString kindText(const RunRecord &run)
{
    if (run.kind == QLatin1String("rollback") && !run.rollsBack.isEmpty())
        return QStringLiteral("rollback of ") + run.rollsBack;
    return run.kind;
}

qsizetype statementsTotal(const RunRecord &run)
{
    return std::max<qsizetype>(run.statementsTotal, run.statements.size());
}

/// Rows of cells as columns two spaces apart; the last column is not padded,
/// so no line ends in blanks.
QString alignedTable(const QList<QStringList> &rows)
{
    QList<qsizetype> widths;
    for (const QStringList &row : rows) {
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (widths.size() <= column)
                widths.append(0);
            widths[column] = std::max(widths[column], row[column].size());
        }
    }
    QString text;
    for (const QStringList &row : rows) {
        QString line;
        for (qsizetype column = 0; column < row.size(); ++column) {
            if (column + 1 < row.size())
                line += row[column].leftJustified(widths[column]) + QStringLiteral("  ");
            else
                line += row[column];
        }
        text += line + QLatin1Char('\n');
    }
    return text;
}

QString listText(const QList<RunRecord> &runs)
{
    QList<QStringList> rows;
    rows.append({QStringLiteral("RUN ID"), QStringLiteral("STARTED"), QStringLiteral("KIND"),
                 QStringLiteral("OUTCOME"), QStringLiteral("TARGET"), QStringLiteral("STATEMENTS"),
                 QStringLiteral("BACKUP")});
    for (const RunRecord &run : runs) {
        rows.append({run.id, localTime(run.startedAt, QStringLiteral("yyyy-MM-dd HH:mm")),
                     kindText(run), runOutcomeText(run.outcome), run.target,
                     QStringLiteral("%1/%2")
                         .arg(run.committedStatements().size())
                         .arg(statementsTotal(run)),
                     run.backupPath.isEmpty() ? QStringLiteral("no backup") : run.backupPath});
    }
    return alignedTable(rows);
}

QString indented(const QString &text, int spaces)
{
    const QString pad(spaces, QLatin1Char(' '));
    QStringList lines = text.split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.isEmpty() ? line : pad + line;
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QString yesNo(bool value)
{
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

QString durationText(const RunRecord &run)
{
    if (!run.startedAt.isValid() || !run.finishedAt.isValid())
        return {};
    const qint64 ms = run.startedAt.msecsTo(run.finishedAt);
    return ms < 10000 ? QStringLiteral(" (%1 ms)").arg(ms)
                      : QStringLiteral(" (%1 s)").arg(ms / 1000);
}

QString fieldsText(const RunRecord &run, const QString &folder)
{
    const QString timeFormat = QStringLiteral("yyyy-MM-dd HH:mm:ss");
    QString finished = localTime(run.finishedAt, timeFormat) + durationText(run);
    if (!run.finishedAt.isValid())
        finished = run.outcome == RunOutcome::Running ? QStringLiteral(
                       "not recorded (still running, or its process stopped before the end)")
                                                      : QStringLiteral("not recorded");
    QString backup = QStringLiteral("none");
    if (!run.backupPath.isEmpty())
        backup = run.backupPath
                 + (run.backupVerified ? QStringLiteral(" (verified)")
                                       : QStringLiteral(" (not verified)"));

    QList<QStringList> rows{
        {QStringLiteral("Kind:"), kindText(run)},
        {QStringLiteral("Outcome:"), runOutcomeText(run.outcome)},
        {QStringLiteral("Message:"), run.message},
        {QStringLiteral("Started:"), localTime(run.startedAt, timeFormat)},
        {QStringLiteral("Finished:"), finished},
        {QStringLiteral("User:"),
         run.user + (run.host.isEmpty() ? QString() : QStringLiteral(" on ") + run.host)},
        {QStringLiteral("Parity version:"), run.parityVersion},
        {QStringLiteral("Dialect:"), dialectDisplayName(run.dialect)},
        {QStringLiteral("Target:"), run.target},
        {QStringLiteral("Database name:"), run.targetName},
        {QStringLiteral("Profile:"), run.profile},
        {QStringLiteral("Environment:"), run.environment},
    };
    if (run.kind == QLatin1String("rollback")) {
        rows.append({QStringLiteral("Rolls back:"), run.rollsBack});
        rows.append({QStringLiteral("Method:"), run.method});
    }
    rows.append({QStringLiteral("Desired state:"),
                 run.toSource.isEmpty() ? QStringLiteral("(a script)") : run.toSource});
    rows.append({QStringLiteral("Plan hash:"), run.planHash});
    rows.append({QStringLiteral("Backup:"), backup});
    if (!run.backupSha256.isEmpty())
        rows.append({QStringLiteral("Backup sha256:"), run.backupSha256});
    rows.append({QStringLiteral("Verified:"), yesNo(run.verified)});
    rows.append({QStringLiteral("Audit table:"),
                 run.auditTableWritten ? QStringLiteral("row written to parity_audit_log")
                                       : QStringLiteral("not written")});
    rows.append({QStringLiteral("Run folder:"), folder});
    for (QStringList &row : rows) {
        if (row.last().isEmpty())
            row.last() = QStringLiteral("-");
    }
    return alignedTable(rows);
}

QString statementStatus(const RunRecord &run, const StatementRecord &statement)
{
    if (!statement.succeeded)
        return QStringLiteral("✗");
    if (statement.committed)
        return QStringLiteral("✓");
    // A run that died cannot know how its open transaction ended.
    return run.outcome == RunOutcome::Interrupted ? QStringLiteral("uncommitted") : QStringLiteral("rolled back");
}

QString statementsText(const RunRecord &run)
{
    QString text = QStringLiteral("Statements (%1 of %2 committed):\n")
                       .arg(run.committedStatements().size())
                       .arg(statementsTotal(run));
    if (run.statements.isEmpty())
        return text + QStringLiteral("  none sent\n");
    for (const StatementRecord &statement : run.statements) {
        QString line = QStringLiteral("  %1  %2.")
                           .arg(statementStatus(run, statement).leftJustified(11))
                           .arg(statement.index + 1);
        if (!statement.object.isEmpty())
            line += QLatin1Char(' ') + statement.object;
        line += QStringLiteral(" (%1 ms)\n").arg(statement.elapsedMs);
        text += line + indented(statement.sql, 6);
        if (!statement.error.isEmpty())
            text += indented(QStringLiteral("error: ") + statement.error, 6);
    }
    return text;
}

QString listSection(const QString &title, const QStringList &lines)
{
    if (lines.isEmpty())
        return {};
    QString text = title + QLatin1Char('\n');
    for (const QString &line : lines)
        text += QStringLiteral("  - ") + line + QLatin1Char('\n');
    return text;
}

QString stateText(const RunRecord &run)
{
    if (run.stateMeasured && run.stateDifferences.isEmpty())
        return QStringLiteral("Measured after the run: nothing stays applied (same schema, same rows as before).\n");
    QString text = listSection(QStringLiteral("Measured after the run, differing from before it:"), run.stateDifferences);
    if (!run.stateMeasured && !run.stateError.isEmpty())
        text += QStringLiteral("What stays applied could not be measured: %1\n").arg(run.stateError);
    if (run.outcome == RunOutcome::Interrupted && !run.stateMeasured)
        text += QStringLiteral("Measure what stays applied: parity-cli runs %1 --check\n").arg(run.id);
    return text + listSection(QStringLiteral("Clean up:"), run.cleanup);
}

QString runText(const RunRecord &run, const QString &folder)
{
    return QStringLiteral("Run ") + run.id + QLatin1Char('\n')
           + indented(fieldsText(run, folder).chopped(1), 2)
           + listSection(QStringLiteral("Hazards at preflight:"), run.hazards) + statementsText(run)
           + listSection(QStringLiteral("Verification differences:"), run.verificationDifferences)
           + stateText(run);
}

int print(const QByteArray &data)
{
    if (auto written = writeOutput(QString(), data); !written)
        return reportError(written.error());
    return ExitSuccess;
}

/// The database a run changed: --target when given (it must be the run's),
/// else the spec the record names, with the password from the usual places.
Result<ConnectionSpec> runTarget(const RunRecord &run, const QString &targetArgument)
{
    auto spec = specFromArgument(targetArgument.isEmpty() ? run.target : targetArgument, 0);
    if (!spec)
        return spec;
    if (spec->display() != run.target) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Run %1 changed %2, not %3: name the database the run changed").arg(run.id, run.target, spec->display()));
    }
    resolvePassword(*spec);
    return spec;
}

int checkRun(const RunStore &store, const QString &id, const QString &targetArgument, bool endSessions)
{
    auto run = store.load(id);
    if (!run)
        return reportError(run.error());
    auto target = runTarget(*run, targetArgument);
    if (!target)
        return reportError(target.error());
    if (run->outcome == RunOutcome::Running)
        out(QStringLiteral("Run %1 is still running (its process holds the lock): what it has done so far:").arg(id));
    // Sessions first: one the run left may still hold the locks a
    // measurement needs, and would make it wait for as long as it runs.
    auto sessions = leftoverSessions(*target, id);
    if (!sessions)
        return reportError(sessions.error());
    if (!sessions->isEmpty() && run->outcome != RunOutcome::Running) {
        out(QStringLiteral("Sessions run %1 left on the server:").arg(id));
        for (const QString &line : *sessions)
            out(QStringLiteral("  ") + line);
        if (!endSessions) {
            out(QStringLiteral("They may still hold locks and change %1, so it is not measured now. End them (their "
                               "transactions roll back), then measure: parity-cli runs %2 --check --end-sessions")
                    .arg(run->targetName, id));
            return ExitDifferences;
        }
        auto ended = endLeftoverSessions(*target, id);
        if (!ended)
            return reportError(ended.error());
        out(QStringLiteral("Ended %1 session(s): their statements stopped and their transactions rolled back.").arg(*ended));
    }
    RunJob job;
    auto check = checkRunLeftState(store, *run, *target, job);
    if (!check)
        return reportError(check.error());
    if (!check->measured) {
        out(QStringLiteral("Could not measure %1: %2").arg(run->targetName, check->error));
        return ExitError;
    }
    if (check->differences.isEmpty()) {
        out(QStringLiteral("Nothing stays applied: %1 has the same schema and the same rows as before run %2.").arg(run->targetName, id));
        return ExitSuccess;
    }
    out(QStringLiteral("Measured on %1, this differs from before run %2:").arg(run->targetName, id));
    for (const QString &line : check->differences)
        out(QStringLiteral("  ") + line);
    for (const QString &statement : check->cleanup)
        out(QStringLiteral("Clean up: ") + statement);
    out(QStringLiteral("Go back with the script: parity-cli rollback %1 --run %2 --method script --yes-i-mean %3")
            .arg(run->target, id, run->targetName));
    return ExitDifferences;
}

int showRun(const RunStore &store, const QString &id, bool json)
{
    auto run = store.load(id);
    if (!run) {
        if (run.error().code == Error::Code::NotFound) {
            return reportError(
                QStringLiteral("No run \"%1\" is recorded in %2: run parity-cli runs to list them")
                    .arg(id, store.root()));
        }
        return reportError(run.error());
    }
    if (json)
        return print(QJsonDocument(run->toJson()).toJson(QJsonDocument::Indented));
    return print(runText(*run, store.folder(run->id)).toUtf8());
}

} // namespace

int runRuns(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Lists the applies and rollbacks recorded on this machine, newest first, or "
                       "shows one run in full: its "
                       "statements, backup, verification and run folder. The log lives in "
                       "$XDG_DATA_HOME/parity/runs "
                       "(~/.local/share/parity/runs)."));
    parser.addPositionalArgument(QStringLiteral("RUN_ID"), QStringLiteral("Show this run in full."),
                                 QStringLiteral("[RUN_ID]"));
    parser.addHelpOption();
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QStringLiteral("Output format: text (default) or json."),
                                          QStringLiteral("text|json"), QStringLiteral("text"));
    const QCommandLineOption targetOption(QStringLiteral("target"),
                                          QStringLiteral(
                                              "List only the runs on this database (any SPEC)."),
                                          QStringLiteral("SPEC"));
    const QCommandLineOption limitOption(QStringLiteral("limit"),
                                         QStringLiteral("List at most N runs."),
                                         QStringLiteral("N"));
    const QCommandLineOption checkOption(QStringLiteral("check"),
                                         QStringLiteral("With RUN_ID: read the run's database and say what differs from "
                                                        "before the run (schema and row checksums), and list sessions the "
                                                        "run left on a PostgreSQL server (they are ended first with "
                                                        "--end-sessions). The password comes from PGPASSWORD, ~/.pgpass "
                                                        "or MYSQL_PWD, or give the run's database with it as --target "
                                                        "SPEC. Exit 0: nothing stays; 1: something does."));
    const QCommandLineOption endSessionsOption(QStringLiteral("end-sessions"),
                                               QStringLiteral("With --check: end the sessions an interrupted run left "
                                                              "(pg_terminate_backend; their transactions roll back)."));
    parser.addOptions({formatOption, targetOption, limitOption, checkOption, endSessionsOption});

    if (const auto done = parseOrExit(parser, QStringLiteral("runs"), arguments))
        return *done;

    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return reportError(QStringLiteral("Unknown format \"%1\": use text or json").arg(format));
    const bool json = format == QLatin1String("json");
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return reportError(
            QStringLiteral("runs takes at most one RUN_ID (see parity-cli runs --help)"));

    const RunStore store;
    if (parser.isSet(checkOption) || parser.isSet(endSessionsOption)) {
        if (positional.size() != 1)
            return reportError(QStringLiteral("--check needs the RUN_ID of the run to check"));
        if (!parser.isSet(checkOption))
            return reportError(QStringLiteral("--end-sessions goes with --check"));
        return checkRun(store, positional.first(), parser.value(targetOption), parser.isSet(endSessionsOption));
    }
    if (positional.size() == 1)
        return showRun(store, positional.first(), json);

    qsizetype limit = -1;
    if (parser.isSet(limitOption)) {
        bool ok = false;
        limit = parser.value(limitOption).toInt(&ok);
        if (!ok || limit < 1)
            return reportError(QStringLiteral("--limit needs a whole number, 1 or more"));
    }
    QString target;
    if (parser.isSet(targetOption)) {
        auto spec = specFromArgument(parser.value(targetOption), 0);
        if (!spec)
            return reportError(spec.error());
        target = spec->display();
    }

    QStringList problems;
    const QList<RunRecord> all = store.list(&problems);
    // A broken folder must not hide the others, but it must not go unnoticed.
    for (const QString &problem : problems)
        std::fputs(QString(QStringLiteral("parity-cli: warning: ") + problem + QLatin1Char('\n'))
                       .toUtf8()
                       .constData(),
                   stderr);

    QList<RunRecord> runs;
    for (const RunRecord &run : all) {
        if (!target.isEmpty() && run.target != target)
            continue;
        if (limit >= 0 && runs.size() >= limit)
            break;
        runs.append(run);
    }

    if (json) {
        QJsonArray array;
        for (const RunRecord &run : runs)
            array.append(run.toJson());
        return print(QJsonDocument(array).toJson(QJsonDocument::Indented));
    }
    if (all.isEmpty())
        return print(QStringLiteral("No runs recorded yet in %1.\n").arg(store.root()).toUtf8());
    if (runs.isEmpty())
        return print(
            QStringLiteral("No runs on %1 recorded in %2.\n").arg(target, store.root()).toUtf8());
    return print(listText(runs).toUtf8());
}

} // namespace parity::cli

#include "plancommand.h"

#include "clicommon.h"
#include "common/jobcontext.h"
#include "comparisoninput.h"
#include "migration/planner.h"

#include <QCommandLineParser>

#include <cstdio>

namespace parity::cli {

int runPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Writes the SQL script that turns FROM (the database that will change) into TO (the desired "
        "state), and the script that turns it back. When FROM is a live database, the hazards are "
        "measured on its data (rows in dropped tables, duplicates under a new unique key, NULLs under "
        "a new NOT NULL, …) and printed on standard error. A plan that loses data is refused (exit 3) "
        "unless --allow-data-loss is given."));
    parser.addPositionalArgument(QStringLiteral("FROM"),
                                 QStringLiteral("The database that would change (any SPEC, see parity-cli --help)."));
    parser.addPositionalArgument(QStringLiteral("TO"), QStringLiteral("The desired state (any SPEC)."));
    parser.addHelpOption();
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write the forward script to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption rollbackOption(QStringLiteral("rollback"),
                                            QStringLiteral("Also write the rollback script (TO back into FROM) to FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption allowOption(QStringLiteral("allow-data-loss"),
                                         QStringLiteral("Write the scripts even when they drop data."));
    const QCommandLineOption renameOption(
        QStringLiteral("rename"),
        QStringLiteral("Declare a rename so that data is kept: TABLE.OLD=NEW for a column, OLD=NEW for a table "
                       "(SCHEMA. in front where needed; repeatable)."),
        QStringLiteral("OLD=NEW"));
    ComparisonInput input;
    parser.addOptions({outputOption, rollbackOption, allowOption, renameOption});
    input.addOptions(parser);

    if (const auto done = parseOrExit(parser, QStringLiteral("plan"), arguments))
        return *done;

    PlanOptions options;
    for (const QString &text : parser.values(renameOption)) {
        auto rename = parseRename(text);
        if (!rename)
            return reportError(rename.error());
        options.renames.append(*rename);
    }
    if (auto read = input.read(parser, QStringLiteral("plan")); !read)
        return reportError(read.error());
    options.diff = input.diffOptions();

    auto plans = planMigration(input.from(), input.to(), options);
    if (!plans)
        return reportError(plans.error());

    // Figures from FROM's own rows, when it is a database and not a snapshot.
    if (input.fromSpec().kind != ConnectionSpec::Kind::Snapshot && !plans->forward.hazards.isEmpty()) {
        JobContext quiet;
        if (auto measured = measureHazards(plans->forward.hazards, input.fromSpec(), quiet); !measured)
            return reportError(measured.error());
        settleIrreversibility(*plans);
    }

    const MigrationPlan &forward = plans->forward;
    if (!forward.hazards.isEmpty()) {
        const QString text = QStringLiteral("Hazards of turning %1 into %2:\n%3\n")
                                 .arg(forward.fromName, forward.toName, hazardsText(forward.hazards));
        std::fputs(text.toLocal8Bit().constData(), stderr);
    }
    if (forward.losesData() && !parser.isSet(allowOption)) {
        std::fputs("parity-cli: refused: this plan loses data (see the hazards above); nothing was written. "
                   "Take a backup, then run again with --allow-data-loss to write the scripts.\n",
                   stderr);
        return ExitRefused;
    }
    if (auto written = writeOutput(parser.value(outputOption), planScript(forward).toUtf8()); !written)
        return reportError(written.error());
    if (parser.isSet(rollbackOption)) {
        if (auto written = writeOutput(parser.value(rollbackOption), planScript(plans->rollback).toUtf8()); !written)
            return reportError(written.error());
    }
    return ExitSuccess;
}

} // namespace parity::cli

#include "diffcommand.h"

#include "clicommon.h"
#include "comparisoninput.h"
#include "diff/diffreport.h"
#include "diff/schemacomparer.h"
#include "historycommand.h"
#include "history/driftannotations.h"
#include "history/driftexplanation.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <cstdio>

namespace parity::cli {

namespace {

// The migration tables of both sides, when both are live databases. A
// snapshot holds no rows, so there is nothing to explain with; a folder given
// for that case is an error rather than silently unused. A history that
// cannot be read does not stop the diff: it is said on stderr.
Result<DriftExplanation> explainDiff(const SchemaDiff &diff, const ConnectionSpec &from, const ConnectionSpec &to,
                                     const QString &folderPath)
{
    const bool live = from.kind != ConnectionSpec::Kind::Snapshot && to.kind != ConnectionSpec::Kind::Snapshot;
    if (!live) {
        if (!folderPath.isEmpty())
            return fail(Error::Code::InvalidInput,
                        QStringLiteral("--migrations needs two live databases: a snapshot file holds no migration "
                                       "table rows"));
        return DriftExplanation();
    }
    auto folder = readFolder(folderPath);
    if (!folder)
        return std::unexpected(folder.error());
    QString fromName = diff.fromName.isEmpty() ? QStringLiteral("FROM") : diff.fromName;
    QString toName = diff.toName.isEmpty() ? QStringLiteral("TO") : diff.toName;
    if (fromName == toName) {
        fromName += QStringLiteral(" (from)");
        toName += QStringLiteral(" (to)");
    }
    auto histories = readHistories({from, to}, {fromName, toName});
    if (!histories) {
        std::fprintf(stderr, "parity-cli: note: the migration history was not read, so no difference is linked to a "
                             "migration: %s\n",
                     qPrintable(histories.error().message));
        return DriftExplanation();
    }
    return explainDrift(diff, histories->at(0), histories->at(1), *folder);
}

} // namespace

int runDiff(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Lists what turns FROM (the database that will change) into TO (the desired state), like "
        "diff old new: tables, columns, keys, indexes, views, routines, triggers, sequences, enum "
        "types and extensions that one side has and the other lacks, or that differ."));
    parser.addPositionalArgument(QStringLiteral("FROM"), QStringLiteral("The database that would change (any SPEC, see parity-cli --help)."));
    parser.addPositionalArgument(QStringLiteral("TO"), QStringLiteral("The desired state (any SPEC)."));
    parser.addHelpOption();
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QStringLiteral("Output format: text (default), json, markdown or html."),
                                          QStringLiteral("FORMAT"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write to FILE instead of standard output."), QStringLiteral("FILE"));
    const QCommandLineOption exitCodeOption(QStringLiteral("exit-code"),
                                            QStringLiteral("Exit with 1 when there are differences, 0 when there are none."));
    const QCommandLineOption migrationsOption(
        QStringLiteral("migrations"),
        QStringLiteral("The project's migrations folder: link differences to the migrations on disk that make "
                       "them (see parity-cli history --help)."),
        QStringLiteral("DIR"));
    const QCommandLineOption noHistoryOption(
        QStringLiteral("no-history"),
        QStringLiteral("Do not read the framework migration tables to say which migration explains each "
                       "difference."));
    ComparisonInput input;
    parser.addOptions({formatOption, outputOption, exitCodeOption, migrationsOption, noHistoryOption});
    input.addOptions(parser);

    if (const auto done = parseOrExit(parser, QStringLiteral("diff"), arguments))
        return *done;
    const QString format = parser.value(formatOption);
    static const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                                        QStringLiteral("html")};
    if (!formats.contains(format))
        return reportError(QStringLiteral("Unknown format \"%1\": use text, json, markdown or html").arg(format));
    if (auto read = input.read(parser, QStringLiteral("diff")); !read)
        return reportError(read.error());

    const SchemaDiff diff = compareCatalogs(input.from(), input.to(), input.diffOptions());
    DriftExplanation explanation;
    if (!parser.isSet(noHistoryOption)) {
        QString folder = parser.value(migrationsOption);
        if (folder.isEmpty())
            folder = profileMigrationsFolder(parser.positionalArguments().value(0));
        if (folder.isEmpty())
            folder = profileMigrationsFolder(parser.positionalArguments().value(1));
        auto explained = explainDiff(diff, input.fromSpec(), input.toSpec(), folder);
        if (!explained)
            return reportError(explained.error());
        explanation = std::move(*explained);
    }
    const DiffAnnotations annotations = driftAnnotations(diff, explanation);
    QByteArray data;
    if (format == QLatin1String("json"))
        data = diffJson(diff, annotations);
    else if (format == QLatin1String("markdown"))
        data = diffMarkdown(diff, annotations).toUtf8();
    else if (format == QLatin1String("html"))
        data = diffHtml(diff, QDateTime::currentDateTimeUtc(), annotations).toUtf8();
    else
        data = diffText(diff, annotations).toUtf8();
    if (auto written = writeOutput(parser.value(outputOption), data); !written)
        return reportError(written.error());
    if (parser.isSet(exitCodeOption) && !diff.isEmpty())
        return ExitDifferences;
    return ExitSuccess;
}

} // namespace parity::cli

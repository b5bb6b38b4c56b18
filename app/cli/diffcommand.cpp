#include "diffcommand.h"

#include "clicommon.h"
#include "comparisoninput.h"
#include "diff/diffreport.h"
#include "diff/schemacomparer.h"

#include <QCommandLineParser>

#include <cstdio>

namespace parity::cli {

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
    ComparisonInput input;
    parser.addOptions({formatOption, outputOption, exitCodeOption});
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
    QByteArray data;
    if (format == QLatin1String("json"))
        data = diffJson(diff);
    else if (format == QLatin1String("markdown"))
        data = diffMarkdown(diff).toUtf8();
    else if (format == QLatin1String("html"))
        data = diffHtml(diff).toUtf8();
    else
        data = diffText(diff).toUtf8();
    if (auto written = writeOutput(parser.value(outputOption), data); !written)
        return reportError(written.error());
    if (parser.isSet(exitCodeOption) && !diff.isEmpty())
        return ExitDifferences;
    return ExitSuccess;
}

} // namespace parity::cli

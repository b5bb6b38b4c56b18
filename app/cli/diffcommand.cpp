#include "diffcommand.h"

#include "clicommon.h"
#include "common/jobcontext.h"
#include "diff/diffreport.h"
#include "diff/schemacomparer.h"
#include "introspection/inspector.h"

#include <QCommandLineParser>
#include <QtConcurrent/QtConcurrentRun>

#include <cstdio>

namespace parity::cli {

namespace {

/// Applies --ignore owner,privileges,comments,whitespace; false on an unknown word.
bool applyIgnore(const QStringList &values, DiffOptions &options, QString *unknown)
{
    for (const QString &value : values) {
        for (const QString &word : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString w = word.trimmed().toLower();
            if (w == QLatin1String("owner") || w == QLatin1String("owners"))
                options.ignoreOwner = true;
            else if (w == QLatin1String("privileges") || w == QLatin1String("grants"))
                options.ignorePrivileges = true;
            else if (w == QLatin1String("comments") || w == QLatin1String("comment"))
                options.ignoreComments = true;
            else if (w == QLatin1String("whitespace"))
                options.ignoreWhitespace = true;
            else {
                *unknown = word;
                return false;
            }
        }
    }
    return true;
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
    const QCommandLineOption schemaOption(QStringLiteral("schema"),
                                          QStringLiteral("Compare only this schema (repeatable; * and ? match any text)."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption excludeSchemaOption(QStringLiteral("exclude-schema"),
                                                 QStringLiteral("Leave this schema out (repeatable)."), QStringLiteral("NAME"));
    const QCommandLineOption objectsOption(QStringLiteral("objects"),
                                           QStringLiteral("Compare only objects whose name matches PATTERN (repeatable)."),
                                           QStringLiteral("PATTERN"));
    const QCommandLineOption excludeObjectsOption(QStringLiteral("exclude-objects"),
                                                  QStringLiteral("Leave out objects whose name matches PATTERN (repeatable)."),
                                                  QStringLiteral("PATTERN"));
    const QCommandLineOption ignoreOption(QStringLiteral("ignore"),
                                          QStringLiteral("Leave these out of the comparison: owner, privileges, comments, "
                                                         "whitespace (comma-separated, repeatable)."),
                                          QStringLiteral("WHAT"));
    const QCommandLineOption exactOption(QStringLiteral("exact-counts"),
                                         QStringLiteral("Count rows exactly instead of using statistics."));
    const QCommandLineOption timeoutOption = connectTimeoutOption();
    parser.addOptions({formatOption, outputOption, exitCodeOption, schemaOption, excludeSchemaOption, objectsOption,
                       excludeObjectsOption, ignoreOption, exactOption, timeoutOption});

    if (const auto done = parseOrExit(parser, QStringLiteral("diff"), arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return reportError(QStringLiteral("diff needs two connection specs, FROM and TO, got %1 (see parity-cli diff --help)")
                               .arg(positional.size()));
    }
    const QString format = parser.value(formatOption);
    static const QStringList formats = {QStringLiteral("text"), QStringLiteral("json"), QStringLiteral("markdown"),
                                        QStringLiteral("html")};
    if (!formats.contains(format))
        return reportError(QStringLiteral("Unknown format \"%1\": use text, json, markdown or html").arg(format));
    const auto timeout = connectTimeout(parser, timeoutOption);
    if (!timeout)
        return reportError(timeout.error());
    DiffOptions diffOptions;
    diffOptions.schemas.include = parser.values(schemaOption);
    diffOptions.schemas.exclude = parser.values(excludeSchemaOption);
    diffOptions.objects = parser.values(objectsOption);
    diffOptions.excludeObjects = parser.values(excludeObjectsOption);
    QString unknown;
    if (!applyIgnore(parser.values(ignoreOption), diffOptions, &unknown)) {
        return reportError(QStringLiteral("Unknown --ignore value \"%1\": use owner, privileges, comments or whitespace")
                               .arg(unknown));
    }

    auto fromSpec = specFromArgument(positional.at(0), *timeout);
    if (!fromSpec)
        return reportError(fromSpec.error());
    auto toSpec = specFromArgument(positional.at(1), *timeout);
    if (!toSpec)
        return reportError(toSpec.error());

    IntrospectionOptions options;
    options.schemas = diffOptions.schemas;
    options.exactRowCounts = parser.isSet(exactOption);

    // Both sides are read at once, each on its own thread and connection.
    QFuture<Result<Catalog>> fromFuture = QtConcurrent::run([spec = *fromSpec, options] {
        JobContext quiet;
        return inspect(spec, options, quiet);
    });
    JobContext quiet;
    const Result<Catalog> to = inspect(*toSpec, options, quiet);
    const Result<Catalog> from = fromFuture.result();
    if (!from)
        return reportError(from.error());
    if (!to)
        return reportError(to.error());
    if (from->dialect != to->dialect) {
        return reportError(QStringLiteral("%1 is %2 and %3 is %4: Parity compares databases of the same kind")
                               .arg(fromSpec->display(), dialectDisplayName(from->dialect), toSpec->display(),
                                    dialectDisplayName(to->dialect)));
    }

    const SchemaDiff diff = compareCatalogs(*from, *to, diffOptions);
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

#include "inspectcommand.h"

#include "clicommon.h"
#include "common/jobcontext.h"
#include "introspection/inspector.h"
#include "migration/catalogscript.h"
#include "migration/sqlgenerator.h"
#include "schema/catalogtext.h"
#include "schema/snapshot.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace parity::cli {

namespace {

/// Shows progress on a terminal; says nothing when stderr is a pipe or file.
class TerminalProgress final : public JobContext
{
public:
    TerminalProgress()
        : m_enabled(isatty(fileno(stderr)) != 0)
    {
    }
    ~TerminalProgress() override
    {
        if (m_enabled && m_dirty)
            std::fputs("\r\033[K", stderr);
    }
    void reportProgress(int done, int total, const QString &step) override
    {
        if (!m_enabled)
            return;
        const QByteArray line = QStringLiteral("\r\033[K[%1/%2] %3").arg(done).arg(total).arg(step).toUtf8();
        std::fputs(line.constData(), stderr);
        m_dirty = true;
    }

private:
    bool m_enabled;
    bool m_dirty = false;
};

} // namespace

int runInspect(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads the structure of one database (tables, columns, keys, indexes, views, routines, triggers, "
        "sequences, enum types, extensions) and prints a summary, or writes a JSON snapshot that any "
        "other parity-cli command accepts in place of a live database."));
    parser.addPositionalArgument(QStringLiteral("SPEC"),
                                 QStringLiteral("postgresql://user@host:port/db, mysql://…, mariadb://…, "
                                                "sqlite:FILE or FILE.db, FILE.parity.json, or @profile"));
    parser.addHelpOption();
    const QCommandLineOption formatOption({QStringLiteral("f"), QStringLiteral("format")},
                                          QStringLiteral("Output format: text (default), json (a snapshot) or sql "
                                                         "(a script that creates the same structure in an empty "
                                                         "database of the same dialect)."),
                                          QStringLiteral("text|json|sql"), QStringLiteral("text"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          QStringLiteral("Write to FILE instead of standard output."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption schemaOption(QStringLiteral("schema"),
                                          QStringLiteral("Read only this schema (repeatable; * and ? match "
                                                         "any text). Default: every user schema."),
                                          QStringLiteral("NAME"));
    const QCommandLineOption excludeOption(QStringLiteral("exclude-schema"),
                                           QStringLiteral("Leave this schema out (repeatable; patterns allowed)."),
                                           QStringLiteral("NAME"));
    const QCommandLineOption exactOption(QStringLiteral("exact-counts"),
                                         QStringLiteral("Count the rows of every table exactly instead of "
                                                        "using the database's statistics (slower)."));
    const QCommandLineOption timeoutOption = connectTimeoutOption();
    parser.addOptions({formatOption, outputOption, schemaOption, excludeOption, exactOption, timeoutOption});

    if (const auto done = parseOrExit(parser, QStringLiteral("inspect"), arguments))
        return *done;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        return reportError(positional.isEmpty()
                               ? QStringLiteral("inspect needs one connection spec (see parity-cli inspect --help)")
                               : QStringLiteral("inspect takes one connection spec, got %1").arg(positional.size()));
    }
    const QString format = parser.value(formatOption);
    if (format != QLatin1String("text") && format != QLatin1String("json") && format != QLatin1String("sql"))
        return reportError(QStringLiteral("Unknown format \"%1\": use text, json or sql").arg(format));
    const auto timeout = connectTimeout(parser, timeoutOption);
    if (!timeout)
        return reportError(timeout.error());

    auto spec = specFromArgument(positional.first(), *timeout);
    if (!spec)
        return reportError(spec.error());

    IntrospectionOptions options;
    options.schemas.include = parser.values(schemaOption);
    options.schemas.exclude = parser.values(excludeOption);
    options.exactRowCounts = parser.isSet(exactOption);

    TerminalProgress progress;
    auto catalog = inspect(*spec, options, progress);
    if (!catalog)
        return reportError(catalog.error());
    if (!options.schemas.include.isEmpty() && catalog->schemas.isEmpty()) {
        return reportError(QStringLiteral("No schema of %1 matches %2: check the --schema names")
                               .arg(spec->display(), options.schemas.include.join(QStringLiteral(", "))));
    }

    QByteArray data;
    if (format == QLatin1String("json")) {
        data = snapshotToJson(*catalog);
    } else if (format == QLatin1String("sql")) {
        data = createCatalogScript(*catalog, *SqlGenerator::create(catalog->dialect)).toUtf8();
    } else {
        data = catalogSummaryText(*catalog).toUtf8();
        if (hasUnknownRowCounts(*catalog))
            data += "\nSome row counts are unknown (no statistics yet): add --exact-counts to count rows.\n";
    }
    if (auto written = writeOutput(parser.value(outputOption), data); !written)
        return reportError(written.error());
    return ExitSuccess;
}

} // namespace parity::cli

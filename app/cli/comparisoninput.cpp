#include "comparisoninput.h"

#include "clicommon.h"
#include "common/jobcontext.h"
#include "introspection/inspector.h"

#include <QCommandLineParser>
#include <QtConcurrent/QtConcurrentRun>

namespace parity::cli {

namespace {

/// Applies --ignore owner,privileges,comments,whitespace,column-order,index-names;
/// false on an unknown word.
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
            else if (w == QLatin1String("column-order"))
                options.ignoreColumnOrder = true;
            else if (w == QLatin1String("index-names") || w == QLatin1String("constraint-names"))
                options.ignoreIndexNames = true;
            else {
                *unknown = word;
                return false;
            }
        }
    }
    return true;
}

} // namespace

ComparisonInput::ComparisonInput()
    : m_schema(QStringLiteral("schema"), QStringLiteral("Compare only this schema (repeatable; * and ? match any text)."),
               QStringLiteral("NAME"))
    , m_excludeSchema(QStringLiteral("exclude-schema"), QStringLiteral("Leave this schema out (repeatable)."),
                      QStringLiteral("NAME"))
    , m_objects(QStringLiteral("objects"), QStringLiteral("Compare only objects whose name matches PATTERN (repeatable)."),
                QStringLiteral("PATTERN"))
    , m_excludeObjects(QStringLiteral("exclude-objects"),
                       QStringLiteral("Leave out objects whose name matches PATTERN (repeatable)."),
                       QStringLiteral("PATTERN"))
    , m_ignore(QStringLiteral("ignore"),
               QStringLiteral("Leave these out of the comparison: owner, privileges, comments, whitespace, "
                              "column-order, index-names (names of indexes and constraints; comma-separated, "
                              "repeatable)."),
               QStringLiteral("WHAT"))
    , m_exactCounts(QStringLiteral("exact-counts"), QStringLiteral("Count rows exactly instead of using statistics."))
    , m_timeout(connectTimeoutOption())
{
}

void ComparisonInput::addOptions(QCommandLineParser &parser) const
{
    parser.addOptions({m_schema, m_excludeSchema, m_objects, m_excludeObjects, m_ignore, m_exactCounts, m_timeout});
}

Result<void> ComparisonInput::read(const QCommandLineParser &parser, const QString &command)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 needs two connection specs, FROM and TO, got %2 (see parity-cli %1 --help)")
                        .arg(command)
                        .arg(positional.size()));
    }
    const auto timeout = connectTimeout(parser, m_timeout);
    if (!timeout)
        return std::unexpected(timeout.error());
    m_diffOptions.schemas.include = parser.values(m_schema);
    m_diffOptions.schemas.exclude = parser.values(m_excludeSchema);
    m_diffOptions.objects = parser.values(m_objects);
    m_diffOptions.excludeObjects = parser.values(m_excludeObjects);
    QString unknown;
    if (!applyIgnore(parser.values(m_ignore), m_diffOptions, &unknown)) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Unknown --ignore value \"%1\": use owner, privileges, comments, whitespace, column-order or index-names")
                        .arg(unknown));
    }

    auto fromSpec = specFromArgument(positional.at(0), *timeout);
    if (!fromSpec)
        return std::unexpected(fromSpec.error());
    auto toSpec = specFromArgument(positional.at(1), *timeout);
    if (!toSpec)
        return std::unexpected(toSpec.error());

    IntrospectionOptions options;
    options.schemas = m_diffOptions.schemas;
    options.exactRowCounts = parser.isSet(m_exactCounts);

    QFuture<Result<Catalog>> fromFuture = QtConcurrent::run([spec = *fromSpec, options] {
        JobContext quiet;
        return inspect(spec, options, quiet);
    });
    JobContext quiet;
    Result<Catalog> to = inspect(*toSpec, options, quiet);
    Result<Catalog> from = fromFuture.result();
    if (!from)
        return std::unexpected(from.error());
    if (!to)
        return std::unexpected(to.error());
    if (from->dialect != to->dialect) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is %2 and %3 is %4: Parity compares databases of the same kind")
                        .arg(fromSpec->display(), dialectDisplayName(from->dialect), toSpec->display(),
                             dialectDisplayName(to->dialect)));
    }
    m_from = std::move(*from);
    m_to = std::move(*to);
    m_fromSpec = *fromSpec;
    m_toSpec = *toSpec;
    return {};
}

} // namespace parity::cli

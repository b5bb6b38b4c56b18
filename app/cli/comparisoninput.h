#pragma once

#include "common/error.h"
#include "connection/connectionspec.h"
#include "diff/schemadiff.h"
#include "schema/catalog.h"

#include <QCommandLineOption>
#include <QList>

class QCommandLineParser;

namespace parity::cli {

/// The options `diff` and `plan` share: which schemas and objects to
/// compare, what to ignore, how to count rows, how long to wait for a server.
class ComparisonInput
{
public:
    ComparisonInput();

    /// Adds the shared options to `parser`.
    void addOptions(QCommandLineParser &parser) const;

    /// Reads FROM and TO (positional arguments 0 and 1) at once, each on its
    /// own thread and connection, after checking the shared options. On
    /// success `from()`, `to()`, the specs and `diffOptions()` are set.
    [[nodiscard]] Result<void> read(const QCommandLineParser &parser, const QString &command);

    const Catalog &from() const { return m_from; }
    const Catalog &to() const { return m_to; }
    const ConnectionSpec &fromSpec() const { return m_fromSpec; }
    const ConnectionSpec &toSpec() const { return m_toSpec; }
    const DiffOptions &diffOptions() const { return m_diffOptions; }

private:
    QCommandLineOption m_schema;
    QCommandLineOption m_excludeSchema;
    QCommandLineOption m_objects;
    QCommandLineOption m_excludeObjects;
    QCommandLineOption m_ignore;
    QCommandLineOption m_exactCounts;
    QCommandLineOption m_timeout;

    Catalog m_from;
    Catalog m_to;
    ConnectionSpec m_fromSpec;
    ConnectionSpec m_toSpec;
    DiffOptions m_diffOptions;
};

} // namespace parity::cli

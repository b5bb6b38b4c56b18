#pragma once

#include "common/error.h"
#include "schema/catalog.h"

#include <QStringList>

#include <memory>

class QSqlDatabase;

namespace parity {

class JobContext;

/// Which schemas to read. Empty `include` means every user schema; names are
/// exact, or shell-style patterns with * and ?.
struct SchemaFilter
{
    QStringList include;
    QStringList exclude;

    bool accepts(const QString &schemaName) const;
};

struct IntrospectionOptions
{
    SchemaFilter schemas;
    bool exactRowCounts = false; ///< run COUNT(*) per table instead of using statistics
    /// The connection is inside a transaction of the caller's (a rehearsal
    /// that reads what its statements did): read in it, and neither begin
    /// nor end one.
    bool insideTransaction = false;
};

/// Reads a whole database's catalog over an open connection. One subclass
/// per dialect; each reads its system catalog with a few set-based queries
/// (never one query per table) kept in resources/sql/<dialect>/.
class Introspector
{
public:
    virtual ~Introspector() = default;

    [[nodiscard]] virtual Result<Catalog> introspect(QSqlDatabase &db,
                                                     const IntrospectionOptions &options,
                                                     JobContext &job) = 0;

    /// The introspector for `dialect`.
    static std::unique_ptr<Introspector> create(Dialect dialect);
};

/// Loads catalog SQL from the resources (":/parity/sql/<dialect>/<name>.sql").
QString catalogSql(const QString &dialectFolder, const QString &name);

} // namespace parity

#include "postgresintrospector.h"

#include "postgrescatalogreader.h"

namespace parity {

Result<Catalog> PostgresIntrospector::introspect(QSqlDatabase &db,
                                                 const IntrospectionOptions &options,
                                                 JobContext &job)
{
    PostgresCatalogReader reader(db, options);
    return reader.read(job);
}

} // namespace parity

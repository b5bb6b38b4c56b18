#include "inspector.h"

#include "common/jobcontext.h"
#include "common/promisejobcontext.h"
#include "common/workerpool.h"
#include "connection/databasesession.h"
#include "schema/snapshot.h"

#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace parity {

namespace {

void applyFilter(Catalog &catalog, const SchemaFilter &filter)
{
    catalog.schemas.removeIf([&](const Schema &s) { return !filter.accepts(s.name); });
}

} // namespace

Result<Catalog> inspect(const ConnectionSpec &spec, const IntrospectionOptions &options, JobContext &job)
{
    switch (spec.kind) {
    case ConnectionSpec::Kind::Profile:
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("Profile @%1 must be resolved to a connection before it is inspected")
                        .arg(spec.profileName));
    case ConnectionSpec::Kind::Snapshot: {
        job.reportProgress(0, 1, QStringLiteral("Reading snapshot"));
        auto catalog = readSnapshot(spec.path);
        if (catalog)
            applyFilter(*catalog, options.schemas);
        job.reportProgress(1, 1, QStringLiteral("Done"));
        return catalog;
    }
    case ConnectionSpec::Kind::PostgreSQL:
    case ConnectionSpec::Kind::MySQL:
    case ConnectionSpec::Kind::SQLite:
        break;
    }

    ConnectionSpec resolved = spec;
    resolvePassword(resolved);
    job.reportProgress(0, 1, QStringLiteral("Connecting to %1").arg(spec.display()));
    auto session = DatabaseSession::open(resolved, DatabaseSession::Access::ReadOnly);
    if (!session)
        return std::unexpected(session.error());
    if (job.isCancelled())
        return fail(Error::Code::Cancelled, QStringLiteral("Inspection of %1 was cancelled").arg(spec.display()));

    auto introspector = Introspector::create(dialectOf(spec.kind));
    QSqlDatabase db = (*session)->database();
    auto catalog = introspector->introspect(db, options, job);
    if (!catalog) {
        Error error = catalog.error();
        if (resolved.password.size() >= 3)
            error.message.replace(resolved.password, QStringLiteral("***"));
        return std::unexpected(error);
    }
    catalog->source = spec.display();
    catalog->capturedAt = QDateTime::currentDateTimeUtc();
    return catalog;
}

QFuture<Result<Catalog>> inspectAsync(const ConnectionSpec &spec, const IntrospectionOptions &options)
{
    return QtConcurrent::run(workerPool(), [spec, options](QPromise<Result<Catalog>> &promise) {
        PromiseJobContext<Result<Catalog>> job(promise);
        promise.addResult(inspect(spec, options, job));
    });
}

Dialect dialectOf(ConnectionSpec::Kind kind)
{
    switch (kind) {
    case ConnectionSpec::Kind::PostgreSQL: return Dialect::PostgreSQL;
    case ConnectionSpec::Kind::MySQL: return Dialect::MySQL;
    default: return Dialect::SQLite;
    }
}

} // namespace parity

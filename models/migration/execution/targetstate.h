#pragma once

#include "common/error.h"
#include "diff/schemadiff.h"
#include "schema/catalog.h"

#include <QByteArray>
#include <QMap>
#include <QString>
#include <QStringList>

namespace parity {

class JobContext;
struct ConnectionSpec;

/// A table's rows summed up: how many, and a checksum that does not depend
/// on their order (the sum of a hash of each row's values).
struct RowChecksum
{
    qint64 rows = 0;
    QString checksum;

    bool operator==(const RowChecksum &) const = default;
};

/// Per table ("schema.table", or "table" where the dialect has no schemas).
using RowChecksums = QMap<QString, RowChecksum>;

/// How RowChecksums and the state check name a table: "schema.table"; in
/// SQLite the name alone (its one schema is "main").
QString tableKey(Dialect dialect, const Schema &schema, const Table &table);

/// `before` with only the tables `now` still has with every one of their
/// columns: the tables whose rows can be compared by checksum.
Catalog comparableColumns(const Catalog &before, const Catalog &now);

QByteArray rowChecksumsToJson(const RowChecksums &checksums);
[[nodiscard]] Result<RowChecksums> rowChecksumsFromJson(const QByteArray &json);

/// Counts and checksums the rows of every table of `catalog` on the live
/// database `spec`: PostgreSQL and MySQL/MariaDB hash each row on the server
/// (md5 of its text) and send back one sum per table; SQLite is read here.
/// Cancellable between tables.
[[nodiscard]] Result<RowChecksums> measureRowChecksums(const ConnectionSpec &spec, const Catalog &catalog,
                                                       JobContext &job);

class DatabaseSession;

/// measureRowChecksums on a session that is open already (inside a
/// transaction of the caller's, say, to see its uncommitted rows).
[[nodiscard]] Result<RowChecksums> rowChecksumsOn(const DatabaseSession &session, const Catalog &catalog, JobContext &job);

/// The target as it is now, measured against a state recorded before a run:
/// what the database itself says differs, never what the executor believes.
struct TargetStateCheck
{
    bool measured = false;   ///< false: the target could not be read (see `error`)
    QString error;           ///< why it could not be measured
    QStringList differences; ///< one line each: schema differences, tables whose rows changed, leftovers
    QStringList cleanup;     ///< statements that remove leftovers (an INVALID index), to offer
    bool unchanged() const { return measured && differences.isEmpty(); }
};

/// Re-reads `spec` and compares it with `before` (its catalog when the run
/// began, compared strictly) and `beforeRows` (its row checksums then; empty:
/// rows not compared); on PostgreSQL also looks for INVALID indexes that a
/// failed CREATE INDEX CONCURRENTLY leaves behind. Never fails: what cannot
/// be measured is said in the result.
/// Tables named in `leftAlone` ("schema.table") are not looked at: objects
/// someone else made after the run, which a rollback leaves where they are.
TargetStateCheck checkTargetState(const ConnectionSpec &spec, const Catalog &before, const RowChecksums &beforeRows,
                                  const DiffOptions &options, JobContext &job, const QStringList &leftAlone = {});

} // namespace parity

#include "sqliteintrospector.h"

#include "sqlitecatalogreader.h"

#include <QSqlDatabase>

// What this introspector decides where SQLite leaves room:
//
// * One schema, "main". Attached databases and the temp schema are not read.
// * Unnamed constraints get stable names so that two reads, and a diff
//   between two files, can pair them up: a CHECK is "<table>_check<N>" (N
//   counts the table's unnamed checks from 1 in the order they are written),
//   a FOREIGN KEY "<table>_<columns>_fkey" and a UNIQUE constraint
//   "<table>_<columns>_key" (PostgreSQL's own defaults), with a number
//   appended if that name is taken. An unnamed PRIMARY KEY stays unnamed.
// * INTEGER PRIMARY KEY AUTOINCREMENT is IdentityKind::AutoIncrement. A plain
//   INTEGER PRIMARY KEY (a rowid alias) also gets values by itself, but it
//   may reuse the highest value after a delete; it stays IdentityKind::None so
//   that adding or removing AUTOINCREMENT shows up as a difference.
// * NOT NULL is reported as declared, on a rowid alias too (where SQLite
//   never stores NULL anyway), as pragma table_xinfo reports it. A one-column
//   key declared PRIMARY KEY DESC is PrimaryKey::descending: an INTEGER
//   column under it is not a rowid alias. Primary-key columns of WITHOUT
//   ROWID tables come back NOT NULL.
// * COLLATE BINARY is the default and is reported as no collation.
// * Virtual tables are listed with their "USING module(...)" text in
//   Table::options and no columns (reading them would need the module);
//   their shadow tables are not listed.
// * Row estimates come from sqlite_stat1 (ANALYZE): the largest first number
//   among a table's rows there, else -1. Tables that were empty at ANALYZE
//   time have no row there and also get -1.

namespace parity {

Result<Catalog> SqliteIntrospector::introspect(QSqlDatabase &db,
                                               const IntrospectionOptions &options, JobContext &job)
{
    if (!db.isOpen()) {
        return fail(
            Error::Code::Internal,
            QStringLiteral(
                "The SQLite connection to \"%1\" is not open: open it before reading its catalog.")
                .arg(db.databaseName()));
    }
    if (!db.driverName().startsWith(QLatin1String("QSQLITE"))) {
        return fail(
            Error::Code::Unsupported,
            QStringLiteral(
                "The SQLite introspector was given a %1 connection: use the introspector of "
                "that connection's dialect.")
                .arg(db.driverName()));
    }
    SqliteCatalogReader reader(db, options, job);
    return reader.read();
}

} // namespace parity

#pragma once

#include "schema/catalog.h"

#include <QString>
#include <QStringList>

#include <memory>

namespace parity {

/// Writes the SQL of one dialect. Every identifier in generated SQL goes
/// through quoteIdentifier() and every string through quoteLiteral(); no
/// other code builds SQL text by concatenation.
///
/// The create* functions return complete statements without the trailing
/// semicolon, in the order they must run. They render the object exactly as
/// the catalog describes it, so that running them in an empty database and
/// reading it back gives an equal catalog (the round-trip tests prove it).
class SqlGenerator
{
public:
    virtual ~SqlGenerator() = default;

    static std::unique_ptr<SqlGenerator> create(Dialect dialect);

    virtual Dialect dialect() const = 0;

    /// Any name made safe: "we""ird" (PostgreSQL, SQLite), `we``ird` (MySQL).
    virtual QString quoteIdentifier(const QString &name) const = 0;
    /// A string literal: 'it''s' (MySQL also doubles backslashes).
    virtual QString quoteLiteral(const QString &text) const = 0;
    /// How a statement names an object of `schema`. MySQL and SQLite work in
    /// the connection's one schema and leave it out, so a script written
    /// from one database runs in another of a different name.
    virtual QString qualifiedName(const QString &schema, const QString &name) const = 0;

    virtual QStringList createSchema(const Schema &schema) const = 0;
    virtual QStringList createExtension(const Extension &extension) const = 0;
    virtual QStringList createEnum(const EnumType &type) const = 0;
    virtual QStringList createSequence(const Sequence &sequence) const = 0;
    /// CREATE TABLE with columns, primary key, unique and check constraints,
    /// and the foreign keys when `withForeignKeys` (false when they are added
    /// later, so that tables that refer to each other can be created);
    /// then comments and whatever else belongs to the table itself. Not its
    /// secondary indexes (createIndex) or triggers.
    virtual QStringList createTable(const Table &table, bool withForeignKeys) const = 0;
    virtual QStringList addForeignKey(const Table &table, const ForeignKey &key) const = 0;
    /// An index on a table or materialized view named `owner` in `schema`.
    virtual QStringList createIndex(const QString &schema, const QString &owner, const Index &index) const = 0;
    virtual QStringList createView(const View &view) const = 0;
    virtual QStringList createRoutine(const Routine &routine) const = 0;
    virtual QStringList createTrigger(const QString &schema, const Trigger &trigger) const = 0;
    /// Sequences owned by a column (serial) are tied to it after the table
    /// exists; empty where the dialect has no such thing.
    virtual QStringList sequenceOwnership(const Sequence &sequence) const = 0;

    /// One statement as it goes into a script for the dialect's own client:
    /// with its terminator, and for MySQL compound bodies (BEGIN … END)
    /// wrapped in DELIMITER lines.
    virtual QString scriptStatement(const QString &statement) const { return statement + QLatin1Char(';'); }
    /// "-- " comment lines for a script header.
    QString commentLines(const QString &text) const;
};

} // namespace parity

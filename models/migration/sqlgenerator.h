#pragma once

#include "schema/catalog.h"

#include <QString>
#include <QStringList>

#include <memory>
#include <utility>

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
    /// The longest name the server keeps, in bytes of UTF-8, for names
    /// Parity makes up (PostgreSQL keeps 63 and cuts the rest without an
    /// error); 0 when such names never come near the server's limit.
    virtual int maxNameBytes() const { return 0; }
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

    // ---- Changes to objects that exist (the planner's vocabulary) ----
    //
    // Each returns complete statements without terminator, in the order they
    // must run, or nothing where the dialect has no such object. Names come
    // from the objects passed in; `table` is always the table as it is when
    // the statement runs.

    virtual QStringList dropSchema(const QString &schema) const = 0;
    virtual QStringList dropExtension(const Extension &extension) const = 0;
    virtual QStringList dropEnum(const EnumType &type) const = 0;
    virtual QStringList dropSequence(const Sequence &sequence) const = 0;
    virtual QStringList dropTable(const Table &table) const = 0;
    virtual QStringList dropView(const View &view) const = 0;
    virtual QStringList dropRoutine(const Routine &routine) const = 0;
    virtual QStringList dropTrigger(const QString &schema, const Trigger &trigger) const = 0;
    virtual QStringList dropIndex(const QString &schema, const QString &owner, const Index &index) const = 0;
    virtual QStringList dropForeignKey(const Table &table, const ForeignKey &key) const = 0;

    /// Whether tables are changed in place (ALTER TABLE … ADD/ALTER/DROP
    /// COLUMN, ADD/DROP CONSTRAINT). When false (SQLite), every change to a
    /// table's columns or constraints goes through rebuildTable and the
    /// functions below up to rebuildTable are not called.
    virtual bool altersTablesInPlace() const { return true; }

    virtual QStringList renameTable(const Table &table, const QString &newName) const = 0;
    virtual QStringList renameColumn(const Table &table, const QString &from, const QString &to) const = 0;
    /// Adds `column` to `table`, which is the table as TO describes it (so
    /// that MySQL can place the column after the one it follows there).
    virtual QStringList addColumn(const Table &table, const Column &column) const = 0;
    virtual QStringList dropColumn(const Table &table, const Column &column) const = 0;
    /// Whether addColumn(table, column) creates `index` along with the
    /// column (MySQL: an AUTO_INCREMENT column must be a key the moment it
    /// exists), so that the planner does not create it again.
    virtual bool addsIndexWithColumn(const Table &table, const Column &column, const Index &index) const
    {
        Q_UNUSED(table)
        Q_UNUSED(column)
        Q_UNUSED(index)
        return false;
    }
    /// Turns column `from` into `to` (same name): type, nullability,
    /// default, identity, generation, collation, comment and, where the
    /// dialect keeps it (MySQL), position. `table` is TO's table.
    virtual QStringList alterColumn(const Table &table, const Column &from, const Column &to) const = 0;
    virtual QStringList addPrimaryKey(const Table &table, const PrimaryKey &key) const = 0;
    virtual QStringList dropPrimaryKey(const Table &table, const PrimaryKey &key) const = 0;
    virtual QStringList addUnique(const Table &table, const UniqueConstraint &unique) const = 0;
    virtual QStringList dropUnique(const Table &table, const UniqueConstraint &unique) const = 0;
    virtual QStringList addCheck(const Table &table, const CheckConstraint &check) const = 0;
    virtual QStringList dropCheck(const Table &table, const CheckConstraint &check) const = 0;
    /// Table-level properties: comment, owner, engine, collation, options.
    virtual QStringList alterTable(const Table &from, const Table &to) const = 0;

    /// SQLite's table rebuild (https://sqlite.org/lang_altertable.html,
    /// "Making Other Kinds Of Table Schema Changes"): create `to` under a
    /// temporary name, copy the rows, drop `from`, rename the new table.
    /// `sources` maps each of TO's columns that takes its values from FROM
    /// to the FROM column it reads (a declared rename maps two names).
    /// Indexes, triggers and views are the planner's: it drops and
    /// recreates them around the rebuild.
    virtual QStringList rebuildTable(const Table &from, const Table &to,
                                     const QList<std::pair<QString, QString>> &sources) const;

    /// What a script that rebuilds tables says before its transaction
    /// (SQLite: foreign keys off, which cannot change inside one) and at its
    /// end, before COMMIT (SQLite: fail unless every foreign key holds).
    virtual QStringList beforeRebuilds() const { return {}; }
    virtual QStringList afterRebuilds() const { return {}; }

    /// Adds one label to an existing PostgreSQL enum type, placed BEFORE
    /// `before` or, when that is empty, AFTER `after` (both empty: at the end).
    virtual QStringList addEnumLabel(const EnumType &type, const QString &label,
                                     const QString &before, const QString &after) const;
    virtual QStringList renameEnum(const EnumType &type, const QString &newName) const;
    /// Renames an index of table (or materialized view) `owner`; empty where
    /// the dialect cannot (SQLite).
    virtual QStringList renameIndex(const QString &schema, const QString &owner, const QString &from,
                                    const QString &to) const;
    /// Renames a primary key, unique, check or foreign key constraint of
    /// `table`; empty where the dialect cannot (MySQL/MariaDB, SQLite), and
    /// the planner drops and adds it under its new name instead.
    virtual QStringList renameConstraint(const Table &table, const QString &from, const QString &to) const;
    virtual bool renamesConstraints() const { return false; }
    /// COMMENT ON CONSTRAINT (PostgreSQL); empty elsewhere.
    virtual QStringList commentOnConstraint(const Table &table, const QString &name, const QString &comment) const
    {
        Q_UNUSED(table)
        Q_UNUSED(name)
        Q_UNUSED(comment)
        return {};
    }
    /// PostgreSQL domains; empty in the dialects that have none.
    virtual QStringList createDomain(const Domain &domain) const;
    virtual QStringList dropDomain(const Domain &domain) const;
    virtual QStringList renameDomain(const Domain &domain, const QString &newName) const;
    /// Default, NOT NULL, checks, comment and owner, where the base type
    /// and collation stay.
    virtual QStringList alterDomain(const Domain &from, const Domain &to) const;
    /// REVOKE what `from` has and `to` lacks, GRANT the reverse, on `object`
    /// ("TABLE \"s\".\"t\"", "SEQUENCE …", "SCHEMA …", "ROUTINE …(args)");
    /// empty where the dialect keeps no privileges on objects.
    virtual QStringList changeGrants(const QString &object, const Grants &from, const Grants &to) const;
    /// PostgreSQL row-level security policies, on a table of `schema`.
    virtual QStringList createPolicy(const QString &schema, const Policy &policy) const;
    virtual QStringList dropPolicy(const QString &schema, const Policy &policy) const;
    virtual QStringList alterSequence(const Sequence &from, const Sequence &to) const;
    virtual QStringList renameSequence(const Sequence &sequence, const QString &newName) const;
    virtual QStringList commentOnSchema(const Schema &schema) const;
    virtual QStringList commentOnEnum(const EnumType &type) const;
    virtual QStringList commentOnView(const View &view) const;
    virtual QStringList alterViewOwner(const View &view) const;
    virtual QStringList commentOnIndex(const QString &schema, const Index &index) const;
    virtual QStringList commentOnRoutine(const Routine &routine) const;

    /// UPDATE table SET column = expression WHERE column IS NULL: the
    /// backfill of a column added nullable before it is constrained.
    virtual QString fillNulls(const Table &table, const QString &column, const QString &expression) const;
    /// A condition true where `column` holds one of `values` (compared as text).
    virtual QString valueInCondition(const QString &column, const QStringList &values) const;

    // ---- Questions the hazard probes ask of FROM's data ----
    //
    // Each returns one SELECT whose first column is a count (or the sample
    // values, for the *Samples forms).

    /// SELECT count(*) FROM table [WHERE condition].
    virtual QString countRowsQuery(const QString &schema, const QString &table,
                                   const QString &condition = {}) const;
    /// How many distinct values of `columns` (none of them NULL) occur
    /// more than once.
    virtual QString duplicatesQuery(const QString &schema, const QString &table,
                                    const QStringList &columns) const;
    /// Up to `limit` of those duplicated values, one row each.
    virtual QString duplicateSamplesQuery(const QString &schema, const QString &table,
                                          const QStringList &columns, int limit) const;
    /// Rows of `table` whose `columns` are all set but name no row of the
    /// referenced table.
    virtual QString orphansQuery(const Table &table, const ForeignKey &key) const;
    /// An SQL condition on column `column` that is true where a value does
    /// not fit type `to` (too long, out of range, not a number); empty when
    /// the generator cannot say.
    virtual QString misfitCondition(const Column &column, const QString &toType) const;

    /// One statement as it goes into a script for the dialect's own client:
    /// with its terminator, and for MySQL compound bodies (BEGIN … END)
    /// wrapped in DELIMITER lines.
    virtual QString scriptStatement(const QString &statement) const { return statement + QLatin1Char(';'); }
    /// "-- " comment lines for a script header.
    QString commentLines(const QString &text) const;
};

} // namespace parity

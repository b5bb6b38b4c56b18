#pragma once

// Internals of historyreader.cpp, shared with its companions: the tables
// found at detection, how one is read, and how each framework's rows become
// AppliedMigration values. Not for use outside models/history/.

#include "common/error.h"
#include "history/migrationhistory.h"
#include "schema/dialect.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QVariant>

#include <initializer_list>
#include <memory>
#include <optional>

namespace parity {

class DatabaseSession;
class SqlGenerator;

namespace historyreader {

struct FoundColumn
{
    QString name; ///< as the database spells it
    QString type; ///< lower case: PostgreSQL's typname, MySQL's data_type, SQLite's declared type
};

/// A table named like a framework's, with its columns.
struct FoundTable
{
    QString schema; ///< PostgreSQL only
    QString table;  ///< as the database spells it
    QHash<QString, FoundColumn> columns; ///< by lower-case name

    bool hasAll(std::initializer_list<const char *> names) const;
    /// "public.django_migrations", or the bare name.
    QString displayName() const;
};

/// Which framework wrote `table`, judged by its name (in any case) and its
/// columns; none when the columns do not fit.
std::optional<MigrationFramework> frameworkOf(const FoundTable &table);

/// A column to read, by its lower-case name; `time` ones come back as UTC.
struct Wanted
{
    const char *name;
    bool time = false;
};

/// One row as read, in the order the columns were asked for.
struct Row
{
    QVariantList values;
    QList<bool> nulls;
    QList<QDateTime> times; ///< the UTC time of a time column; invalid when NULL, unreadable or not a time column

    bool isNull(int i) const { return nulls.at(i); }
    /// The value as text, trimmed; empty when NULL.
    QString text(int i) const;
    QDateTime time(int i) const { return times.at(i); }
    /// A boolean in any of the forms the dialects store one (true, 1, 't', 'yes'…).
    bool flag(int i) const;
};

/// Reads one found table, every identifier through the dialect's quoting.
class TableReader
{
public:
    TableReader(const DatabaseSession &session, Dialect dialect, const FoundTable &table);
    ~TableReader();

    const FoundTable &table() const { return m_table; }

    /// SELECT `columns` … ORDER BY `orderBy`: lower-case names that the
    /// framework's shape (frameworkOf) guarantees.
    [[nodiscard]] Result<QList<Row>> select(const QList<Wanted> &columns,
                                            std::initializer_list<const char *> orderBy) const;

private:
    /// How a time column is selected; `epochSeconds` is set when the
    /// expression gives seconds since the epoch as text.
    QString timeExpression(const QString &quoted, const QString &type, bool &epochSeconds) const;

    const DatabaseSession &m_session;
    Dialect m_dialect;
    const FoundTable &m_table;
    std::unique_ptr<SqlGenerator> m_sql;
};

/// The rows of a table of `framework`, in the order they ran.
[[nodiscard]] Result<QList<AppliedMigration>> readMigrations(MigrationFramework framework, const TableReader &reader);

/// A time cell as the driver returned it, in UTC; invalid when unreadable.
/// `epochSeconds`: the query turned the column into seconds since the
/// epoch, as text.
QDateTime utcTime(const QVariant &value, bool epochSeconds);

} // namespace historyreader
} // namespace parity

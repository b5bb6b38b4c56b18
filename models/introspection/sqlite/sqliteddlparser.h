#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace parity {

/// Reads the parts of SQLite's stored CREATE statements that no pragma
/// reports: constraint names, CHECK expressions, COLLATE clauses, generated
/// column expressions, AUTOINCREMENT, DEFERRABLE, index key expressions and
/// partial-index predicates, view bodies and trigger timing.
///
/// It only looks for structure (built on SqliteTokenizer) and returns
/// expressions as the text between their delimiters, exactly as written. It
/// does not validate: the text comes from sqlite_schema, so SQLite already
/// accepted it. Unknown clauses are skipped, never fatal.
class SqliteDdlParser
{
public:
    struct Column
    {
        QString name;
        QString collation;           ///< as written after COLLATE; empty if none
        QString generatedExpression; ///< inside AS ( ... ); empty if not generated
        bool generatedStored = false;
        bool generatedShort = true;        ///< no GENERATED ALWAYS before AS
        bool generatedKindOmitted = true;  ///< neither STORED nor VIRTUAL
        bool autoincrement = false; ///< PRIMARY KEY AUTOINCREMENT on this column
        bool primaryKeyDescending =
            false; ///< column-level PRIMARY KEY DESC (then not a rowid alias)
        bool notNull = false; ///< NOT NULL written on the column
    };

    /// A PRIMARY KEY or UNIQUE constraint.
    struct Key
    {
        QString name; ///< from CONSTRAINT name; empty if unnamed
        QStringList columns;
        bool onColumn = false; ///< written in its column's definition
    };

    struct Check
    {
        QString name;       ///< from CONSTRAINT name; empty if unnamed
        QString expression; ///< without CHECK and the outer parentheses
        QString column;     ///< the column it is written on; empty at table level
    };

    struct ForeignKey
    {
        QString name; ///< from CONSTRAINT name; empty if unnamed
        QStringList columns;
        QString parentTable;
        QStringList parentColumns; ///< empty: the parent's primary key
        bool deferrable = false;
        bool initiallyDeferred = false;
        bool onColumn = false; ///< written in its column's definition
    };

    struct Table
    {
        bool parsed = false;
        QList<Column> columns;
        std::optional<Key> primaryKey;
        QList<Key> uniques;            ///< column- and table-level, in declaration order
        QList<Check> checks;           ///< column- and table-level, in declaration order
        QList<ForeignKey> foreignKeys; ///< in declaration order
        bool withoutRowid = false;
        bool strict = false;
        QStringList options;  ///< "WITHOUT ROWID", "STRICT" in the order written
        QString virtualUsing; ///< "USING fts5(a, b)" for a virtual table
    };

    struct IndexKey
    {
        QString expression; ///< the key as written, without COLLATE/ASC/DESC
        QString collation;
        bool descending = false;
    };

    struct Index
    {
        bool parsed = false;
        QList<IndexKey> keys;
        QString predicate; ///< after WHERE; empty if not partial
    };

    struct Trigger
    {
        bool parsed = false;
        QString timing;     ///< BEFORE (SQLite's default), AFTER, INSTEAD OF
        QStringList events; ///< one of INSERT, UPDATE, DELETE
    };

    static Table parseCreateTable(const QString &sql);
    static Index parseCreateIndex(const QString &sql);
    static Trigger parseCreateTrigger(const QString &sql);
    /// True when a CREATE VIEW names its columns: CREATE VIEW v (a, b) AS …
    static bool viewNamesColumns(const QString &sql);
    /// The query of a CREATE VIEW: everything after its AS; empty if not found.
    static QString viewQuery(const QString &sql);
};

} // namespace parity

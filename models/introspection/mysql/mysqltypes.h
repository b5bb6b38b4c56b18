#pragma once

#include <QString>
#include <QStringList>

namespace parity::mysql {

/// Which server spoke: the two flavours write information_schema.COLUMNS
/// defaults differently.
enum class Flavor { MySQL, MariaDB };

/// The canonical spelling of a COLUMN_TYPE, used for comparison: keywords in
/// lower case, display widths dropped from integer types ("int(11)" ->
/// "int", "bigint(20) unsigned" -> "bigint unsigned", "year(4)" -> "year"),
/// except tinyint(1), which stays because drivers and ORMs read it as a
/// boolean. ENUM and SET labels keep their case and quoting.
QString normalizeColumnType(const QString &columnType);

/// The members of an ENUM or SET column type in declared order, unquoted
/// ('' and \\ escapes undone); empty for any other type.
QStringList parseEnumLabels(const QString &columnType);

/// What information_schema.COLUMNS said about one column's default.
struct ColumnDefaultInput
{
    Flavor flavor = Flavor::MariaDB;
    QString rawDefault; ///< COLUMN_DEFAULT as text
    bool rawDefaultIsNull = true;
    QString dataType; ///< DATA_TYPE ("varchar", "int", …)
    QString extra;    ///< EXTRA ("DEFAULT_GENERATED", "auto_increment", …)
};

/// COLUMN_DEFAULT turned into the SQL expression that would recreate it;
/// empty when the column has no default. See the rule in mysqltypes.cpp.
QString normalizeDefault(const ColumnDefaultInput &input);

/// The ON UPDATE expression named in COLUMNS.EXTRA ("on update
/// current_timestamp(3)", "DEFAULT_GENERATED on update CURRENT_TIMESTAMP"),
/// in the canonical "current_timestamp(N)" spelling; empty when there is none.
QString onUpdateFromExtra(const QString &extra);

} // namespace parity::mysql

#include "historyreadertable.h"

#include "connection/databasesession.h"
#include "migration/sqlgenerator.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace parity::historyreader {

namespace {

// ---- Times ----------------------------------------------------------------
//
// Frameworks write their times in every shape a dialect allows: PostgreSQL
// timestamptz and timestamp, MySQL datetime and timestamp, SQLite text,
// integer seconds or (Prisma, Knex through node-sqlite3) integer
// milliseconds. Times without a zone are taken as UTC, which is what Django,
// Prisma and Knex write. Anything unreadable gives an invalid time, never a
// failed read.

/// Integer epochs at or above this many units are milliseconds: as seconds
/// they would lie past the year 5000, as milliseconds they are after 1973.
constexpr double kMillisecondsThreshold = 1e11;
/// Years 1..9999 in milliseconds, so that QDateTime is never asked for more.
constexpr double kEpochLimitMs = 253402300800000.0;

QDateTime fromEpochMs(double ms)
{
    if (!std::isfinite(ms) || std::abs(ms) >= kEpochLimitMs)
        return {};
    return QDateTime::fromMSecsSinceEpoch(qint64(std::llround(ms)), Qt::UTC);
}

/// A number of unknown unit (SQLite): milliseconds when large, else seconds.
QDateTime fromEpochGuess(double value)
{
    return fromEpochMs(std::abs(value) >= kMillisecondsThreshold ? value : value * 1000.0);
}

/// "1764756902.123456" (seconds, exact to the millisecond), or, with
/// `knownSeconds` false, an integer that may be milliseconds.
QDateTime fromEpochText(const QString &text, bool knownSeconds)
{
    static const QRegularExpression number(QStringLiteral("^([+-]?\\d{1,16})(?:\\.(\\d*))?$"));
    const auto match = number.match(text);
    if (!match.hasMatch())
        return {};
    const qint64 whole = match.captured(1).toLongLong();
    if (!knownSeconds && std::abs(double(whole)) >= kMillisecondsThreshold)
        return fromEpochMs(double(whole));
    const int millis = QString(match.captured(2) + QStringLiteral("000")).left(3).toInt();
    return fromEpochMs(double(whole) * 1000.0 + (text.startsWith(QLatin1Char('-')) ? -millis : millis));
}

/// "2025-12-03 10:15:02.123456", "2025-12-03T10:15:02Z", "… +01:00", "… +01".
QDateTime fromDateText(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})(?:[T ](\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?)?"
                       "\\s*(Z|UTC|[+-]\\d{2}(?::?\\d{2})?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    const QDate date(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
    const QTime time(match.captured(4).toInt(), match.captured(5).toInt(), match.captured(6).toInt(),
                     QString(match.captured(7) + QStringLiteral("000")).left(3).toInt());
    if (!date.isValid() || !time.isValid())
        return {};
    QDateTime utc(date, time, Qt::UTC);
    const QString zone = match.captured(8);
    if (zone.startsWith(QLatin1Char('+')) || zone.startsWith(QLatin1Char('-'))) {
        const QString digits = zone.mid(1).remove(QLatin1Char(':'));
        const int offset = digits.left(2).toInt() * 3600 + digits.mid(2).toInt() * 60;
        utc = utc.addSecs(zone.startsWith(QLatin1Char('-')) ? offset : -offset);
    }
    return utc;
}

bool truthy(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Bool: return value.toBool();
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double: return value.toDouble() != 0;
    default: break;
    }
    static const QStringList yes = {QStringLiteral("t"), QStringLiteral("true"), QStringLiteral("1"),
                                    QStringLiteral("y"), QStringLiteral("yes"), QStringLiteral("on")};
    return yes.contains(value.toString().trimmed().toLower());
}

} // namespace

QDateTime utcTime(const QVariant &value, bool epochSeconds)
{
    switch (value.typeId()) {
    case QMetaType::QDateTime: {
        const QDateTime time = value.toDateTime();
        if (!time.isValid())
            return {};
        // The drivers give zone-less values in local time: the fields are what was stored.
        return time.timeSpec() == Qt::LocalTime ? QDateTime(time.date(), time.time(), Qt::UTC) : time.toUTC();
    }
    case QMetaType::QDate: return QDateTime(value.toDate(), QTime(0, 0), Qt::UTC);
    case QMetaType::Double:
    case QMetaType::Float: return fromEpochGuess(value.toDouble());
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong: return fromEpochGuess(double(value.toLongLong()));
    default: break;
    }
    const QString text = value.toString().trimmed();
    if (text.isEmpty())
        return {};
    if (const QDateTime date = fromDateText(text); date.isValid())
        return date;
    return fromEpochText(text, epochSeconds);
}

bool FoundTable::hasAll(std::initializer_list<const char *> names) const
{
    return std::all_of(names.begin(), names.end(),
                       [&](const char *name) { return columns.contains(QLatin1String(name)); });
}

QString FoundTable::displayName() const
{
    return schema.isEmpty() ? table : schema + QLatin1Char('.') + table;
}

QString Row::text(int i) const
{
    return nulls.at(i) ? QString() : values.at(i).toString().trimmed();
}

bool Row::flag(int i) const
{
    return !nulls.at(i) && truthy(values.at(i));
}

TableReader::TableReader(const DatabaseSession &session, Dialect dialect, const FoundTable &table)
    : m_session(session)
    , m_dialect(dialect)
    , m_table(table)
    , m_sql(SqlGenerator::create(dialect))
{
}

TableReader::~TableReader() = default;

Result<QList<Row>> TableReader::select(const QList<Wanted> &columns, std::initializer_list<const char *> orderBy) const
{
    QStringList expressions;
    QList<bool> epochSeconds;
    for (const Wanted &column : columns) {
        const FoundColumn found = m_table.columns.value(QLatin1String(column.name));
        const QString quoted = m_sql->quoteIdentifier(found.name);
        bool epoch = false;
        expressions << (column.time ? timeExpression(quoted, found.type, epoch) : quoted);
        epochSeconds << epoch;
    }
    QStringList order;
    for (const char *name : orderBy)
        order << m_sql->quoteIdentifier(m_table.columns.value(QLatin1String(name)).name);
    const QString sql = QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                            .arg(expressions.join(QStringLiteral(", ")),
                                 m_sql->qualifiedName(m_table.schema, m_table.table),
                                 order.join(QStringLiteral(", ")));
    QSqlQuery query(m_session.database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return std::unexpected(m_session.queryError(query, QStringLiteral("Reading %1").arg(m_table.displayName())));
    QList<Row> rows;
    while (query.next()) {
        Row row;
        for (int i = 0; i < columns.size(); ++i) {
            const bool null = query.isNull(i);
            row.values << query.value(i);
            row.nulls << null;
            row.times << (columns.at(i).time && !null ? utcTime(query.value(i), epochSeconds.at(i)) : QDateTime());
        }
        rows << row;
    }
    if (query.lastError().isValid())
        return std::unexpected(m_session.queryError(query, QStringLiteral("Reading %1").arg(m_table.displayName())));
    return rows;
}

QString TableReader::timeExpression(const QString &quoted, const QString &type, bool &epochSeconds) const
{
    // Server time types are turned into text here rather than left to the
    // driver, which builds a local-time QDateTime from them: wrong for a
    // zone that is not the client's, and shifted in a daylight-saving gap.
    epochSeconds = false;
    switch (m_dialect) {
    case Dialect::PostgreSQL:
        // For timestamp without time zone, the epoch counts as if it were UTC.
        if (type == QLatin1String("timestamptz") || type == QLatin1String("timestamp")) {
            epochSeconds = true;
            return QStringLiteral("CAST(EXTRACT(EPOCH FROM %1) AS text)").arg(quoted);
        }
        break;
    case Dialect::MySQL:
        // A TIMESTAMP is kept in UTC and shown in the session's zone:
        // UNIX_TIMESTAMP gives what is kept (0 for the zero date, which is no
        // time at all). A DATETIME has no zone: its text.
        if (type == QLatin1String("timestamp")) {
            epochSeconds = true;
            return QStringLiteral("CAST(NULLIF(UNIX_TIMESTAMP(%1), 0) AS CHAR)").arg(quoted);
        }
        if (type == QLatin1String("datetime") || type == QLatin1String("date"))
            return QStringLiteral("CAST(%1 AS CHAR)").arg(quoted);
        break;
    case Dialect::SQLite: break; // text or numbers as the framework wrote them
    }
    return quoted;
}

} // namespace parity::historyreader

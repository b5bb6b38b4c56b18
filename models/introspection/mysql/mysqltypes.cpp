#include "mysqltypes.h"

#include "mysqlsqltext.h"

#include <QRegularExpression>

namespace parity::mysql {

namespace {

bool startsWithKeyword(const QString &type, QLatin1StringView keyword)
{
    return type.startsWith(keyword, Qt::CaseInsensitive) && type.size() > keyword.size()
           && type.at(keyword.size()) == QLatin1Char('(');
}

bool isEnumOrSet(const QString &type)
{
    return startsWithKeyword(type, QLatin1StringView("enum"))
           || startsWithKeyword(type, QLatin1StringView("set"));
}

bool isNumericDataType(const QString &dataType)
{
    static const QStringList numeric = {
        QStringLiteral("tinyint"), QStringLiteral("smallint"), QStringLiteral("mediumint"),
        QStringLiteral("int"),     QStringLiteral("integer"),  QStringLiteral("bigint"),
        QStringLiteral("decimal"), QStringLiteral("numeric"),  QStringLiteral("float"),
        QStringLiteral("double"),  QStringLiteral("real"),     QStringLiteral("year"),
        QStringLiteral("bit"),     QStringLiteral("bool"),     QStringLiteral("boolean"),
    };
    return numeric.contains(dataType.toLower());
}

// CURRENT_TIMESTAMP has many spellings (NOW(), LOCALTIMESTAMP, with or
// without parentheses, any case) and the flavours print different ones;
// all become MariaDB's "current_timestamp()" / "current_timestamp(3)".
QString canonicalTimestampFunction(const QString &expression)
{
    static const QRegularExpression
        re(QStringLiteral(
               "^(?:current_timestamp|now|localtime|localtimestamp)\\s*(?:\\(\\s*(\\d*)\\s*\\))?$"),
           QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(expression.trimmed());
    if (!m.hasMatch())
        return {};
    return QStringLiteral("current_timestamp(%1)").arg(m.captured(1));
}

} // namespace

QString onUpdateFromExtra(const QString &extra)
{
    static const QRegularExpression re(QStringLiteral("\\bon update\\s+(\\w+\\s*(?:\\(\\s*\\d*\\s*\\))?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(extra);
    if (!m.hasMatch())
        return {};
    const QString canonical = canonicalTimestampFunction(m.captured(1));
    return canonical.isEmpty() ? m.captured(1).trimmed() : canonical;
}

QString normalizeColumnType(const QString &columnType)
{
    const QString trimmed = columnType.trimmed();
    if (isEnumOrSet(trimmed)) {
        // Only the keyword is case-insensitive; the labels are data.
        const qsizetype paren = trimmed.indexOf(QLatin1Char('('));
        return trimmed.left(paren).toLower() + trimmed.mid(paren);
    }
    QString type = trimmed.toLower().simplified();
    static const QRegularExpression intWidth(QStringLiteral(
        "^(tinyint|smallint|mediumint|int|integer|bigint|year)\\s*\\(\\s*(\\d+)\\s*\\)"));
    const auto m = intWidth.match(type);
    if (m.hasMatch()
        && !(m.captured(1) == QLatin1String("tinyint") && m.captured(2) == QLatin1String("1")))
        type = m.captured(1) + type.mid(m.capturedEnd());
    return type;
}

QStringList parseEnumLabels(const QString &columnType)
{
    const QString type = columnType.trimmed();
    if (!isEnumOrSet(type))
        return {};
    QStringList labels;
    qsizetype i = type.indexOf(QLatin1Char('(')) + 1;
    while (i < type.size()) {
        const QChar c = type.at(i);
        if (c == QLatin1Char(')'))
            break;
        if (c != QLatin1Char('\'')) {
            ++i; // separators and stray spaces
            continue;
        }
        QString label;
        ++i;
        while (i < type.size()) {
            const QChar d = type.at(i);
            if (d == QLatin1Char('\'')) {
                if (i + 1 < type.size() && type.at(i + 1) == QLatin1Char('\'')) {
                    label += QLatin1Char('\'');
                    i += 2;
                    continue;
                }
                ++i;
                break;
            }
            if (d == QLatin1Char('\\') && i + 1 < type.size()) {
                const QChar e = type.at(i + 1);
                switch (e.unicode()) {
                case 'n':
                    label += QLatin1Char('\n');
                    break;
                case 't':
                    label += QLatin1Char('\t');
                    break;
                case 'r':
                    label += QLatin1Char('\r');
                    break;
                case '0':
                    label += QChar(0);
                    break;
                case 'Z':
                    label += QChar(26);
                    break;
                default:
                    label += e;
                    break;
                }
                i += 2;
                continue;
            }
            label += d;
            ++i;
        }
        labels << label;
    }
    return labels;
}

// The default rule. The result is the SQL expression a DEFAULT clause would
// hold, so that a column reads the same from MariaDB and from MySQL 8:
//   - No default at all (COLUMN_DEFAULT is SQL NULL: NOT NULL columns without
//     DEFAULT, AUTO_INCREMENT and generated columns) -> empty.
//   - DEFAULT NULL -> empty as well. MariaDB reports it as the bare word NULL,
//     MySQL 8 as SQL NULL, and for a nullable column it is exactly what having
//     no default means, so the two are one state here.
//   - CURRENT_TIMESTAMP in any spelling -> "current_timestamp()" or
//     "current_timestamp(N)".
//   - MariaDB (10.2.7+) already writes an SQL expression: string literals
//     quoted ('it''s', backslashes doubled), numbers and b'…' bare, other
//     expressions bare ("uuid()", "(1 + 2)"). Kept as written; a string
//     default of 'NULL' stays the quoted literal 'NULL'.
//   - MySQL 8 writes literals raw: DEFAULT_GENERATED in EXTRA marks an
//     expression (kept as written); otherwise numeric types (and bit, whose
//     value MySQL already prints as b'…') stay bare and everything else is
//     quoted as a string literal.
QString normalizeDefault(const ColumnDefaultInput &input)
{
    if (input.rawDefaultIsNull)
        return {};
    const QString raw = input.rawDefault;
    if (input.flavor == Flavor::MariaDB) {
        if (raw == QLatin1String("NULL"))
            return {};
        const QString timestamp = canonicalTimestampFunction(raw);
        return timestamp.isEmpty() ? raw : timestamp;
    }
    if (input.extra.contains(QLatin1String("DEFAULT_GENERATED"), Qt::CaseInsensitive)) {
        const QString timestamp = canonicalTimestampFunction(raw);
        return timestamp.isEmpty() ? raw : timestamp;
    }
    if (isNumericDataType(input.dataType))
        return raw;
    return quoteString(raw);
}

} // namespace parity::mysql

#include "sqlitetypes.h"

#include <QHash>
#include <QRegularExpression>

namespace parity {

QString normalizeSqliteType(const QString &declaredType)
{
    QString type = declaredType.simplified().toLower();
    if (type.isEmpty())
        return QStringLiteral("blob");
    static const QRegularExpression blanksAroundPunctuation(QStringLiteral("\\s*([(),])\\s*"));
    if (type.contains(QLatin1Char(' '))) // most declared types have none
        type.replace(blanksAroundPunctuation, QStringLiteral("\\1"));

    const qsizetype open = type.indexOf(QLatin1Char('('));
    const QString base = (open < 0 ? type : type.left(open)).trimmed();
    const QString arguments = open < 0 ? QString() : type.mid(open);

    static const QHash<QString, QString> synonyms = {
        {QStringLiteral("int"), QStringLiteral("integer")},
        {QStringLiteral("integer"), QStringLiteral("integer")},
        {QStringLiteral("int2"), QStringLiteral("smallint")},
        {QStringLiteral("int8"), QStringLiteral("bigint")},
        {QStringLiteral("varchar"), QStringLiteral("varchar")},
        {QStringLiteral("character varying"), QStringLiteral("varchar")},
        {QStringLiteral("nvarchar"), QStringLiteral("varchar")},
        {QStringLiteral("varying character"), QStringLiteral("varchar")},
        {QStringLiteral("national varying character"), QStringLiteral("varchar")},
        {QStringLiteral("nchar varying"), QStringLiteral("varchar")},
        {QStringLiteral("char"), QStringLiteral("char")},
        {QStringLiteral("character"), QStringLiteral("char")},
        {QStringLiteral("nchar"), QStringLiteral("char")},
        {QStringLiteral("native character"), QStringLiteral("char")},
        {QStringLiteral("national character"), QStringLiteral("char")},
        {QStringLiteral("text"), QStringLiteral("text")},
        {QStringLiteral("clob"), QStringLiteral("text")},
        {QStringLiteral("double"), QStringLiteral("double precision")},
        {QStringLiteral("double precision"), QStringLiteral("double precision")},
        {QStringLiteral("decimal"), QStringLiteral("numeric")},
        {QStringLiteral("numeric"), QStringLiteral("numeric")},
        {QStringLiteral("bool"), QStringLiteral("boolean")},
        {QStringLiteral("boolean"), QStringLiteral("boolean")},
    };
    return synonyms.value(base, base) + arguments;
}

} // namespace parity

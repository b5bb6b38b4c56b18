#include "sqlitenames.h"

#include <algorithm>

namespace parity {

QString foldSqliteName(const QString &name)
{
    QString folded = name;
    for (QChar &c : folded) {
        if (c.unicode() < 0x80)
            c = c.toLower();
    }
    return folded;
}

bool sameSqliteName(const QString &a, const QString &b)
{
    return foldSqliteName(a) == foldSqliteName(b);
}

bool sameSqliteNames(const QStringList &a, const QStringList &b)
{
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), sameSqliteName);
}

QString quoteSqliteIdentifier(const QString &name)
{
    QString quoted = name;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace parity

#include "sqlitenames.h"

#include <algorithm>

namespace parity {

namespace {

char16_t foldAscii(char16_t c)
{
    return (c >= u'A' && c <= u'Z') ? char16_t(c + (u'a' - u'A')) : c;
}

} // namespace

QString foldSqliteName(const QString &name)
{
    // Only copy when something changes: most catalog names are lower case.
    const auto firstUpper = std::ranges::find_if(name, [](QChar c) { return c >= u'A' && c <= u'Z'; });
    if (firstUpper == name.cend())
        return name;
    QString folded = name;
    for (QChar &c : folded)
        c = QChar(foldAscii(c.unicode()));
    return folded;
}

bool sameSqliteName(const QString &a, const QString &b)
{
    // Compared in place: this runs for every column of every table.
    if (a.size() != b.size())
        return false;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (foldAscii(a.at(i).unicode()) != foldAscii(b.at(i).unicode()))
            return false;
    }
    return true;
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

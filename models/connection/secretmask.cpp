#include "secretmask.h"

#include <QList>
#include <QRegularExpression>

namespace parity {

namespace {

/// One character of the text as a URL reader sees it: "%40" is one '@'.
/// The masking rules look at the decoded characters, so a percent-encoded
/// '@' or ':' hides nothing; but only characters written plainly end a
/// value, so an encoded '&' or space inside a password does not cut it short.
struct Unit
{
    QChar c;             ///< decoded; U+FFFD for a byte above 0x7f
    qsizetype begin = 0; ///< where it is in the text
    qsizetype end = 0;
    bool escaped = false; ///< written as %XX
};

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9')
        return u - '0';
    if (u >= 'a' && u <= 'f')
        return u - 'a' + 10;
    if (u >= 'A' && u <= 'F')
        return u - 'A' + 10;
    return -1;
}

QList<Unit> unitsOf(const QString &text)
{
    QList<Unit> units;
    units.reserve(text.size());
    for (qsizetype i = 0; i < text.size();) {
        if (text.at(i) == QLatin1Char('%') && i + 2 < text.size() && hexValue(text.at(i + 1)) >= 0
            && hexValue(text.at(i + 2)) >= 0) {
            const int byte = hexValue(text.at(i + 1)) * 16 + hexValue(text.at(i + 2));
            units.append(
                {byte < 0x80 ? QChar(byte) : QChar(QChar::ReplacementCharacter), i, i + 3, true});
            i += 3;
        } else {
            units.append({text.at(i), i, i + 1, false});
            ++i;
        }
    }
    return units;
}

bool isKeyChar(QChar c)
{
    return c.unicode() < 0x80
           && (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.')
               || c == QLatin1Char('-'));
}

bool isBlank(const Unit &u)
{
    return u.c == QLatin1Char(' ') || u.c == QLatin1Char('\t');
}

/// Where the user part starts: after "scheme:/" or "scheme://", else at 0.
qsizetype userPartStart(const QString &text)
{
    static const QRegularExpression schemePrefix(QStringLiteral("^[A-Za-z][A-Za-z0-9+.-]*:/+"));
    // The prefix holds no '%', so its length in units is its length in characters.
    return schemePrefix.match(text).capturedLength();
}

/// user:secret@host: everything from the first ':' of the user part to the
/// last '@'. Taking the outermost pair masks a password that holds ':', '@'
/// or '/', and the user part starts after "scheme:/" or "scheme://" only, so
/// "app:secret@host" (no scheme) is masked too, at worst with the user.
/// False when the text has no '@' after the user part's start.
bool markUserPassword(qsizetype start, const QList<Unit> &units, QList<bool> &secret)
{
    qsizetype at = -1;
    for (qsizetype i = units.size() - 1; i >= start && at < 0; --i) {
        if (units.at(i).c == QLatin1Char('@'))
            at = i;
    }
    if (at < 0)
        return false;
    for (qsizetype i = start; i < at; ++i) {
        if (units.at(i).c == QLatin1Char(':')) {
            for (qsizetype k = i + 1; k < at; ++k)
                secret[k] = true;
            break;
        }
    }
    return true;
}

/// A URL without any '@': postgresql://app:secret/db or
/// postgresql://app:secret:5432/db lost its "@host". From the first ':' of
/// the host part on is masked, but for a last ':' with a port number after it.
void markPasswordWithoutHost(qsizetype start, const QList<Unit> &units, QList<bool> &secret)
{
    auto endsAuthority = [](const Unit &u) {
        return !u.escaped && (u.c == QLatin1Char('/') || u.c == QLatin1Char('?'));
    };
    qsizetype end = start;
    while (end < units.size() && !endsAuthority(units.at(end)))
        ++end;
    qsizetype from = start;
    if (from < end && units.at(from).c == QLatin1Char('[')) { // [IPv6]: its colons are the address
        while (from < end && units.at(from).c != QLatin1Char(']'))
            ++from;
    }
    qsizetype first = -1;
    qsizetype last = -1;
    for (qsizetype i = from; i < end; ++i) {
        if (units.at(i).c == QLatin1Char(':')) {
            last = i;
            if (first < 0)
                first = i;
        }
    }
    if (first < 0)
        return;
    bool port = last + 1 < end;
    for (qsizetype i = last + 1; i < end; ++i)
        port = port && units.at(i).c.unicode() < 0x80 && units.at(i).c.isDigit();
    for (qsizetype i = first + 1; i < (port ? last : end); ++i)
        secret[i] = true;
}

/// key=value and key = 'quoted value' where the key names a secret: URL
/// query options and libpq conninfo alike; also key:value, the slip of a
/// hand that would otherwise show the value as it is.
void markSecretValues(const QList<Unit> &units, QList<bool> &secret)
{
    const qsizetype n = units.size();
    qsizetype i = 0;
    while (i < n) {
        if (!isKeyChar(units.at(i).c)) {
            ++i;
            continue;
        }
        qsizetype j = i;
        QString key;
        while (j < n && isKeyChar(units.at(j).c))
            key += units.at(j++).c;
        qsizetype k = j;
        while (k < n && isBlank(units.at(k)))
            ++k;
        // key:value only where an option starts, not for a user name that
        // holds such a word (postgresql://secret_reader:pw@db keeps its host).
        const bool optionStart = i == 0 || units.at(i - 1).c.isSpace()
                                 || units.at(i - 1).c == QLatin1Char('?')
                                 || units.at(i - 1).c == QLatin1Char('&');
        const bool separator = k < n
                               && (units.at(k).c == QLatin1Char('=')
                                   || (units.at(k).c == QLatin1Char(':') && optionStart));
        if (!isSecretKey(key) || !separator) {
            i = j;
            continue;
        }
        ++k;
        while (k < n && isBlank(units.at(k)) && !units.at(k).escaped)
            ++k;
        if (k < n && units.at(k).c == QLatin1Char('\'') && !units.at(k).escaped) {
            // conninfo quoting: backslash escapes the next character.
            qsizetype v = k + 1;
            while (v < n && !(units.at(v).c == QLatin1Char('\'') && !units.at(v).escaped)) {
                if (units.at(v).c == QLatin1Char('\\') && v + 1 < n)
                    secret[v++] = true;
                secret[v++] = true;
            }
            // As below: the quoted text is read again for keys.
            i = k + 1;
        } else {
            qsizetype v = k;
            while (v < n
                   && (units.at(v).escaped
                       || !(units.at(v).c.isSpace() || units.at(v).c == QLatin1Char('&'))))
                secret[v++] = true;
            // Read the value again for keys: in "password=password = 'x'"
            // the second key and its quoted value are a secret too.
            i = k;
        }
    }
}

} // namespace

bool isSecretKey(const QString &key)
{
    static const QStringList words = {QStringLiteral("password"), QStringLiteral("passwd"),
                                      QStringLiteral("pwd"), QStringLiteral("passphrase"),
                                      QStringLiteral("secret")};
    return std::ranges::any_of(words, [&](const QString &word) {
        return key.contains(word, Qt::CaseInsensitive);
    });
}

QString maskSecrets(const QString &specText)
{
    const QList<Unit> units = unitsOf(specText);
    QList<bool> secret(units.size(), false);
    const qsizetype start = userPartStart(specText);
    // sqlite:/a:b/x.db is a path: only an '@' makes user:password there.
    if (!markUserPassword(start, units, secret) && start > 0
        && !specText.startsWith(QLatin1String("sqlite:"), Qt::CaseInsensitive))
        markPasswordWithoutHost(start, units, secret);
    markSecretValues(units, secret);

    QString out;
    out.reserve(specText.size());
    bool masking = false;
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (secret.at(i)) {
            if (!masking)
                out += QStringLiteral("***");
            masking = true;
        } else {
            out +=
                QStringView(specText).mid(units.at(i).begin, units.at(i).end - units.at(i).begin);
            masking = false;
        }
    }
    return out;
}

} // namespace parity

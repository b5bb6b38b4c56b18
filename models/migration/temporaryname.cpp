#include "temporaryname.h"

#include <QCryptographicHash>

namespace parity {

namespace {

int utf8Bytes(char32_t codePoint)
{
    return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/// The longest start of `text` of whole characters (never half a surrogate
/// pair) that takes at most `maxBytes` bytes of UTF-8.
QString fittedPrefix(const QString &text, qsizetype maxBytes)
{
    qsizetype bytes = 0;
    qsizetype i = 0;
    while (i < text.size()) {
        qsizetype length = 1;
        char32_t codePoint = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size()
            && text.at(i + 1).isLowSurrogate()) {
            codePoint = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            length = 2;
        }
        if (bytes + utf8Bytes(codePoint) > maxBytes)
            break;
        bytes += utf8Bytes(codePoint);
        i += length;
    }
    return text.left(i);
}

} // namespace

QString temporaryName(const QString &name, const QString &suffix, int maxBytes,
                      const std::function<bool(const QString &)> &taken)
{
    const QString plain = name + suffix;
    if ((maxBytes <= 0 || plain.toUtf8().size() <= maxBytes) && !taken(plain))
        return plain;
    // A clash among names that all end in the same hash means another
    // temporary name of the same object: vary the hash's input.
    QString candidate;
    for (int attempt = 0; attempt < 1000; ++attempt) {
        QByteArray seed = name.toUtf8();
        if (attempt > 0)
            seed += '\x1f' + QByteArray::number(attempt);
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(seed, QCryptographicHash::Sha1).toHex().left(8));
        const QString tail = suffix + QLatin1Char('_') + hash;
        const QString head =
            maxBytes <= 0 ? name : fittedPrefix(name, maxBytes - tail.toUtf8().size());
        candidate = head + tail;
        if (candidate != name && !taken(candidate))
            break;
    }
    return candidate;
}

} // namespace parity

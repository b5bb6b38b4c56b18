#include "textdecoding.h"

#include <QStringDecoder>

namespace parity {

namespace {

/// The offset of the first byte that does not start a well-formed UTF-8
/// sequence (RFC 3629: no overlong forms, no surrogates, nothing above
/// U+10FFFF), or -1. QStringDecoder says that there is one, not where.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        unsigned char low = 0x80; // bounds of the second byte
        unsigned char high = 0xbf;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            if (lead == 0xe0)
                low = 0xa0; // overlong
            else if (lead == 0xed)
                high = 0x9f; // surrogates
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            if (lead == 0xf0)
                low = 0x90; // overlong
            else if (lead == 0xf4)
                high = 0x8f; // above U+10FFFF
        } else {
            return i;
        }
        if (i + length > size)
            return i;
        if (data[i + 1] < low || data[i + 1] > high)
            return i;
        for (int k = 2; k < length; ++k) {
            if (data[i + k] < 0x80 || data[i + k] > 0xbf)
                return i;
        }
        i += length;
    }
    return -1;
}

} // namespace

Result<QString> decodeUtf8Strictly(const QByteArray &bytes, const QString &fileName)
{
    // Stateless: a sequence cut off at the end of the file is an error, not
    // something to complete with the next chunk.
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    const qsizetype offset = firstInvalidUtf8(bytes);
    if (offset < 0) {
        return fail(Error::Code::InvalidInput,
                    QStringLiteral("%1 is not valid UTF-8: save the file as UTF-8").arg(fileName));
    }
    const qsizetype line = bytes.left(offset).count('\n') + 1;
    return fail(Error::Code::InvalidInput,
                QStringLiteral(
                    "%1: line %2 is not valid UTF-8 (byte offset %3): save the file as UTF-8")
                    .arg(fileName)
                    .arg(line)
                    .arg(offset));
}

} // namespace parity

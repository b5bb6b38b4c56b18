#include "migrationfolder.h"

#include <array>

namespace parity {

namespace {

// CRC-32 as zlib and java.util.zip.CRC32 compute it: the reflected IEEE
// polynomial 0xEDB88320, initial value and final XOR 0xFFFFFFFF.
constexpr std::array<quint32, 256> makeCrcTable()
{
    std::array<quint32, 256> table{};
    for (quint32 n = 0; n < 256; ++n) {
        quint32 c = n;
        for (int k = 0; k < 8; ++k)
            c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

constexpr std::array<quint32, 256> crcTable = makeCrcTable();

} // namespace

QString flywayChecksum(const QByteArray &content)
{
    // Flyway reads the script as text and hashes each line's UTF-8 bytes:
    // bytes that are not UTF-8 come back as U+FFFD, as Java's decoder makes them.
    QByteArray bytes = QString::fromUtf8(content).toUtf8();
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // Hashing the lines one after another without their endings is hashing
    // the text with every CR and LF left out.
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : std::as_const(bytes)) {
        if (byte == '\n' || byte == '\r')
            continue;
        crc = crcTable[(crc ^ quint8(byte)) & 0xFF] ^ (crc >> 8);
    }
    crc ^= 0xFFFFFFFFu;
    return QString::number(qint32(crc));
}

} // namespace parity

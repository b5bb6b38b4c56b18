#include "jsonwriter.h"

namespace parity {

JsonWriter::JsonWriter(bool indented)
    : m_indented(indented)
{
    m_out.reserve(size_t(1) << 16);
}

void JsonWriter::newline()
{
    if (!m_indented)
        return;
    m_out += '\n';
    m_out.append(size_t(m_levels.size()) * 4, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

void JsonWriter::key(QLatin1StringView name)
{
    beforeValue();
    m_out += '"';
    m_out.append(name.data(), size_t(name.size()));
    m_out += m_indented ? "\": " : "\":";
    m_afterKey = true;
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append(Level{false, true});
}

void JsonWriter::endObject()
{
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    if (!empty)
        newline();
    m_out += '}';
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append(Level{true, true});
}

void JsonWriter::endArray()
{
    const bool empty = m_levels.last().empty;
    m_levels.removeLast();
    if (!empty)
        newline();
    m_out += ']';
}

void JsonWriter::writeString(const QByteArray &utf8)
{
    static const char hex[] = "0123456789abcdef";
    m_out += '"';
    // Copy runs of ordinary bytes in one go; UTF-8 passes through as it is.
    const char *data = utf8.constData();
    const qsizetype size = utf8.size();
    qsizetype runStart = 0;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = static_cast<unsigned char>(data[i]);
        if (c >= 0x20 && c != '"' && c != '\\' && c != 0xef)
            continue;
        // U+FEFF goes escaped: Qt's reader drops it, as a byte order mark,
        // from the start of a string written as it is.
        if (c == 0xef) {
            if (i + 2 >= size || static_cast<unsigned char>(data[i + 1]) != 0xbb
                || static_cast<unsigned char>(data[i + 2]) != 0xbf)
                continue;
            m_out.append(data + runStart, size_t(i - runStart));
            m_out += "\\ufeff";
            i += 2;
            runStart = i + 1;
            continue;
        }
        m_out.append(data + runStart, size_t(i - runStart));
        runStart = i + 1;
        switch (c) {
        case '"': m_out += "\\\""; break;
        case '\\': m_out += "\\\\"; break;
        case '\n': m_out += "\\n"; break;
        case '\r': m_out += "\\r"; break;
        case '\t': m_out += "\\t"; break;
        case '\b': m_out += "\\b"; break;
        case '\f': m_out += "\\f"; break;
        default: {
            const char escape[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xf]};
            m_out.append(escape, sizeof escape);
        }
        }
    }
    m_out.append(data + runStart, size_t(size - runStart));
    m_out += '"';
}

void JsonWriter::value(const QString &text)
{
    beforeValue();
    writeString(text.toUtf8());
}

void JsonWriter::value(QLatin1StringView text)
{
    beforeValue();
    writeString(QString(text).toUtf8());
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += std::to_string(number);
}

QByteArray JsonWriter::take()
{
    if (m_indented)
        m_out += '\n';
    QByteArray out = QByteArray::fromStdString(m_out);
    m_out.clear();
    return out;
}

} // namespace parity

#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QString>
#include <QVarLengthArray>

#include <string>

namespace parity {

/// Writes JSON text straight into a byte array, keys in the order they are
/// written. Building a QJsonObject tree first costs several times more for a
/// catalog of thousands of tables, and sorts the keys alphabetically.
/// The caller keeps the structure balanced; nothing is validated.
class JsonWriter
{
public:
    explicit JsonWriter(bool indented = true);

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    /// Names the next value inside an object.
    void key(QLatin1StringView name);

    void value(const QString &text);
    void value(QLatin1StringView text);
    void value(bool flag);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }

    /// The text written so far, with a final newline when indented.
    QByteArray take();

private:
    void beforeValue();
    void newline();
    void writeString(const QByteArray &utf8);

    struct Level
    {
        bool isArray = false;
        bool empty = true;
    };

    std::string m_out; // std::string appends faster than QByteArray in Qt 6.4
    QVarLengthArray<Level, 16> m_levels;
    bool m_indented;
    bool m_afterKey = false;
};

} // namespace parity

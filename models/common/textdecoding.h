#pragma once

#include "common/error.h"

#include <QByteArray>
#include <QString>

namespace parity {

/// Decodes a file's bytes as UTF-8 and refuses bytes that are not: a
/// Latin-1 or UTF-16 file, or a binary one, would otherwise become text
/// with U+FFFD in place of the bytes, and a script or snapshot read from it
/// would differ from the file without a word. The error names `fileName`,
/// the line and the byte offset of the first invalid sequence. A leading
/// byte order mark is dropped.
[[nodiscard]] Result<QString> decodeUtf8Strictly(const QByteArray &bytes, const QString &fileName);

} // namespace parity

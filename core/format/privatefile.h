// Writing files that hold health data: readable by the user alone, never half-written.
#pragma once

#include <QByteArray>
#include <QString>

namespace td {

// Writes `data` to a temporary file (mode 0600) beside `path`, flushes it to disk and
// renames it over `path`, so a crash leaves either the old file or the new one.
[[nodiscard]] bool writePrivateFileAtomically(const QString &path, const QByteArray &data, QString *error);

} // namespace td

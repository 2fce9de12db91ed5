// The JSON diary interchange format of docs/format.md: strict validation on the way in,
// a stable, complete rendering on the way out.
#pragma once

#include "domain/domain.h"

#include <QByteArray>

#include <optional>

namespace td {

inline constexpr int kDiaryFormatVersion = 1;

struct ParseResult {
    std::optional<Diary> diary; // set when the whole file is valid
    QString errorPath;          // "episodes[3].intensity", or "line 4, column 7"
    QString error;              // "12 is outside 1–10"
    // "episodes[3].intensity: 12 is outside 1–10"
    QString message() const { return errorPath.isEmpty() ? error : errorPath + u": " + error; }
};

// Validates every field; the first problem found rejects the whole file. Lists keep the
// file's order, so an index in the diary is the index in the file.
ParseResult parseDiaryJson(const QByteArray &raw);

// The two readers parseDiaryJson() uses, for the tests that compare them. The common-shape
// reader reads a plainly valid file in one pass, without a QJsonDocument of it, or declines
// (nullopt); the general one reads any file and says what is wrong with it.
std::optional<Diary> parseDiaryJsonCommonShape(const QByteArray &raw);
ParseResult parseDiaryJsonGeneral(const QByteArray &raw);

// Renders a diary as docs/format.md describes (ids are not part of the format).
QByteArray toDiaryJson(const Diary &diary);

// ISO 8601 local date-time with its UTC offset, seconds precision:
// "2026-11-02T14:03:00+01:00".
QString isoWithOffset(const QDateTime &at);
// Parses a docs/format.md time; one without an offset is read in the local time zone.
// Returns an invalid QDateTime when the text is not such a time.
QDateTime parseIsoWithOffset(const QString &text);
// Strict YYYY-MM-DD; invalid QDate otherwise.
QDate parseIsoDate(const QString &text);

} // namespace td

// The limits every input is held to, in one place: the dates a diary may hold, the size
// of a file read whole, and how much of a bad value a message repeats. Import, the
// command line and the window's fields all use these (docs/reliability.md, "Hostile
// inputs").
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace td::limits {

// The value ranges of the diary's fields, in one place: the JSON parser, the command line
// and the window's controls use these, and tests/core/test_limits.cpp checks each against
// the schema's CHECK constraint (resources/migrations/) at both ends.
template <typename T>
struct Range {
    T min;
    T max;
    constexpr bool contains(T v) const { return v >= min && v <= max; }
};
inline constexpr Range<int> kIntensity{1, 10};            // episodes.intensity
inline constexpr Range<int> kDurationS{0, 7 * 24 * 3600}; // episodes.duration_s (a week at most)
inline constexpr Range<double> kSleepHours{0, 24};        // sleep.hours
inline constexpr Range<int> kSleepQuality{1, 5};          // sleep.quality
inline constexpr Range<int> kStressLevel{0, 10};          // stress.level
inline constexpr Range<double> kCustomValue{-1e12, 1e12}; // custom factor values
inline constexpr Range<double> kExperimentValue{0, 1e6};  // an experiment's condition value
inline constexpr Range<int> kBeforeAfterDays{7, 365};     // before/after: days before, days of change

// The first day a diary may hold: 1970-01-01 (the diary stores Unix times).
QDate earliestDate();
// The last: one day after today by Clock (a time zone ahead of the user's may be a day on).
QDate latestDate();
bool isDateInRange(const QDate &d);
// "1970-01-01 to 2026-11-28", for messages.
QString dateRangeText();
// Why `d` may not enter a diary ("1969-12-31 is outside 1970-01-01 to 2026-11-28"), or
// empty when it may.
QString dateProblem(const QDate &d);
// The same for a moment: its local date in range, and a UTC offset within ±18:00 (what
// ISO 8601, QDateTime and the diary's schema allow).
QString timeProblem(const QDateTime &at, const QString &asWritten);
inline constexpr int kMaxUtcOffsetS = 18 * 3600;

// A diary file (JSON) is read whole; a file larger than this is refused before reading.
// 256 MiB is some 300 years of a heavy diary (a ten-year diary is ~6 MB).
inline constexpr qint64 kMaxImportBytes = 256LL * 1024 * 1024;

// A value quoted in a message: at most `max` characters, then "… (N characters)".
QString excerpt(const QString &value, int max = 60);
// `text` as a sentence: a full stop added unless it already ends in . ! or ?.
QString sentence(const QString &text);

// Where `path` is not a regular file (a folder, FIFO, device, socket), a sentence saying
// so; empty for a regular file or nothing there. Follows symbolic links.
QString notRegularFileProblem(const QString &path);
// Reads the regular file at `path` whole, refusing anything else and anything larger than
// maxBytes without blocking (a FIFO is not waited on) or reading more than maxBytes + 1.
// False with *error (a sentence naming the file and what to do) on failure.
bool readRegularFile(const QString &path, qint64 maxBytes, QByteArray *data, QString *error);

} // namespace td::limits

// The diary as two spreadsheet tables (docs/format.md, export --format csv): one row per
// episode, one row per day with the daily factors. RFC 4180 CSV: UTF-8 without BOM, CRLF
// line ends, one header row, fields quoted when they hold a comma, quote or line break,
// ISO dates and times, '.' as the decimal point whatever the locale. A cell of user text
// (note, foods, a supplement or factor name in a header) that begins with = + - @ tab or
// CR, also after spaces, is written with a leading ' and quoted, so a spreadsheet shows
// it as text and never runs it as a formula (OWASP, "CSV Injection"); numbers the program
// writes, negative ones included, stay numbers.
#pragma once

#include "domain/domain.h"

#include <QByteArray>

namespace td::csv {

// Columns: at, date, time, zone, side, duration_s, intensity, symptoms (';'-separated ids), note.
// `date` is the diary day (times before boundaryHour count to the day before).
QByteArray episodesTable(const Diary &diary, int boundaryHour = 4);
// Columns: date, checked_in (yes/no), episodes, sleep_hours, sleep_quality, stress,
// caffeine_mg, alcohol_units, water_l, foods (';'-separated), one "<name>_mg" column per
// supplement, one "custom:<name>" column per custom factor. A day appears when anything
// was logged on it; empty cells are "not recorded".
QByteArray daysTable(const Diary &diary, int boundaryHour = 4);

// The two file names for an export to `out`: out minus a ".csv" suffix, plus
// "-episodes.csv" and "-days.csv".
QString episodesPath(const QString &out);
QString daysPath(const QString &out);

// Splits CSV text into rows of fields (for tests and round trips).
QList<QStringList> parse(const QByteArray &text);

} // namespace td::csv

// Numbers and dates inside the analysis sentences (wording.cpp, the red flags' evidence).
#pragma once

#include <QDate>
#include <QLocale>
#include <QString>

namespace td::analysis {

// The locale of the numbers and dates inside the sentences: the process's default QLocale,
// without group separators. The window makes that the locale of its translation's
// language (ui/translations.cpp); the command line makes it C, so that its output never
// depends on the system it runs on.
QLocale sentenceLocale();

// A date inside a sentence: "3 Jun 2026" ("3 Juni 2026" in German).
QString sentenceDate(const QDate &d);

} // namespace td::analysis

// Loads the program's translation for a locale (compiled in under :/i18n) and Qt's own
// (standard buttons, dialogs). English uses a plural-only file, so "1 episode" reads right.
#pragma once

#include <QLocale>

namespace td::ui {

// Installs translators for `locale` on the application; returns the UI languages that
// were found (e.g. "de"), empty when the program runs untranslated. Safe to call again:
// earlier translators installed by this function are removed first. Also makes the
// default QLocale (numbers and dates in the window, the report and the analysis sentences)
// `locale` where the program has a translation of its language, else C.
QStringList installTranslations(const QLocale &locale);

} // namespace td::ui

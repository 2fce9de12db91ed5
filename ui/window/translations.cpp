#include "window/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace td::ui {

namespace {
std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}
} // namespace

QStringList installTranslations(const QLocale &locale)
{
    for (const auto &t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();

    QStringList languages;
    auto program = std::make_unique<QTranslator>();
    // A locale with no translation of its own (C, POSIX, en_GB, fr…) reads English, with the
    // English plural forms ("1 episode") rather than the sources' "episode(s)".
    if (program->load(locale, QStringLiteral("twitchdiary"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        program->load(QStringLiteral(":/i18n/twitchdiary_en.qm"))) {
        languages << program->language();
        QCoreApplication::installTranslator(program.get());
        installed().push_back(std::move(program));
    }
    // Numbers and dates inside translated sentences follow the translation's language
    // ("2,1×" and "3 Sept. 2026" in German): the locale itself when it has its own
    // translation, else C, so that an English window on a French system does not print
    // "2,1×" and French months in English sentences.
    const bool ownLanguage = !languages.isEmpty() && QLocale(languages.constFirst()).language() == locale.language();
    QLocale::setDefault(ownLanguage ? locale : QLocale::c());
    // Qt's own strings ("Cancel", "Save") from the system's Qt translations, when present.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return languages;
}

} // namespace td::ui

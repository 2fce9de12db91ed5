// twitchdiary-cli: the diary without a window (docs/format.md).
#include "cli/cli.h"
#include "domain/clock.h"
#include "report/reportrenderer.h"
#include "window/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <memory>

namespace {

bool writeReport(const td::Diary &diary, const td::report::Options &options, const QString &out, QString *error)
{
    // English with its plural forms ("1 episode"); the command line is never translated,
    // and its numbers and dates stay C (installTranslations() keeps the default locale C).
    td::ui::installTranslations(QLocale::c());
    const td::report::ReportData data = td::report::buildReportData(diary, options,
                                                                    td::Clock::today(options.dayBoundaryHour));
    return td::ui::writeReportPdf(data, out, error);
}

} // namespace

int main(int argc, char *argv[])
{
    // Only `report` draws (charts need a QApplication); it needs no display.
    bool drawing = false;
    for (int i = 1; i < argc; ++i)
        drawing = drawing || qstrcmp(argv[i], "report") == 0;
    if (drawing && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app = drawing ? std::make_unique<QApplication>(argc, argv)
                                                    : std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("twitchdiary"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    // The output never depends on the system's locale: numbers "2.1", dates "3 Jun 2026".
    QLocale::setDefault(QLocale::c());
    QTextStream out(stdout);
    QTextStream err(stderr);
    td::cli::Environment env{out, err, writeReport};
    return td::cli::run(QCoreApplication::arguments(), env);
}

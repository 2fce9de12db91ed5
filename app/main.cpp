// twitchdiary: the window. Opens the diary (default or --db PATH) and shows it. What happens
// when the diary cannot be opened is in ui/window/startup.cpp.
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "storage/database.h"
#include "window/mainwindow.h"
#include "window/startup.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QLocale>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twitch Diary"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    // The desktop entry's id (packaging/), so Wayland shells match the window to it.
    QApplication::setDesktopFileName(QStringLiteral("io.github.twitchdiary.TwitchDiary"));
    td::ui::installTranslations(QLocale::system());

    QCommandLineParser parser;
    parser.setApplicationDescription(QObject::tr("A private diary for eyelid, lip and face twitching."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
                                      QObject::tr("Open the diary at PATH (default: %1).")
                                          .arg(QDir::toNativeSeparators(td::defaultDiaryPath())),
                                      QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.process(app);

    const bool fromCommandLine = parser.isSet(dbOption);
    td::ui::AppSettings settings;
    auto db = td::ui::openDiaryAtStartup(fromCommandLine ? parser.value(dbOption) : td::defaultDiaryPath(),
                                         fromCommandLine, settings);
    if (!db)
        return 1;
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    window.show();
    return app.exec();
}

// twitchdiary: the window. Opens the diary (default or --db PATH) and shows it.
#include "database.h"
#include "mainwindow.h"
#include "models/diarysession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace {

// Opens `path`; when it cannot be opened, explains why and offers another file or quitting.
std::unique_ptr<td::Database> openWithRecovery(QString path)
{
    for (;;) {
        auto db = std::make_unique<td::Database>();
        if (db->open(path))
            return db;
        QMessageBox box(QMessageBox::Warning, QObject::tr("Twitch Diary"),
                        QObject::tr("The diary could not be opened."));
        box.setInformativeText(db->errorString());
        QPushButton *other = box.addButton(QObject::tr("Open another diary…"), QMessageBox::AcceptRole);
        box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != other)
            return nullptr;
        path = QFileDialog::getSaveFileName(nullptr, QObject::tr("Open or create a diary"),
                                            QFileInfo(path).absolutePath(),
                                            QObject::tr("Twitch Diary (*.sqlite);;All files (*)"), nullptr,
                                            QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty())
            return nullptr;
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("twitchdiary"));
    QApplication::setApplicationDisplayName(QStringLiteral("Twitch Diary"));
    QApplication::setApplicationVersion(QStringLiteral(TD_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("twitchdiary"));

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

    auto db = openWithRecovery(parser.isSet(dbOption) ? parser.value(dbOption) : td::defaultDiaryPath());
    if (!db)
        return 1;
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    window.show();
    return app.exec();
}

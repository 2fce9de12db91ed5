// twitchdiary: the window. Opens the diary (default or --db PATH) and shows it.
#include "storage/backup.h"
#include "storage/database.h"
#include "window/mainwindow.h"
#include "models/appsettings.h"
#include "models/diarysession.h"
#include "window/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QFileDialog>
#include <QInputDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace {

// Restores one of the diary's backups chosen from a list; true when the diary was replaced.
bool restoreFromBackup(const QString &path)
{
    const QList<td::BackupInfo> all = td::backups::list(path);
    if (all.isEmpty()) {
        QMessageBox::information(nullptr, QObject::tr("Twitch Diary"),
                                 QObject::tr("There are no backups of %1 in %2.")
                                     .arg(QDir::toNativeSeparators(path),
                                          QDir::toNativeSeparators(td::backups::folderFor(path))));
        return false;
    }
    QStringList items;
    for (const td::BackupInfo &b : all)
        items << QObject::tr("%1 (%2): %3 entries, %4 episodes")
                     .arg(QLocale().toString(b.created, QLocale::ShortFormat), b.kind)
                     .arg(b.entries)
                     .arg(b.episodes);
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        nullptr, QObject::tr("Open a backup"),
        QObject::tr("Replace %1 with this backup (the file as it is now is kept):")
            .arg(QDir::toNativeSeparators(path)),
        items, 0, false, &ok);
    if (!ok)
        return false;
    const td::BackupInfo &backup = all[items.indexOf(chosen)];
    QString error, savedAs;
    if (!td::backups::restore(path, backup.path, &error, &savedAs)) {
        QMessageBox::warning(nullptr, QObject::tr("Twitch Diary"), error);
        return false;
    }
    QMessageBox::information(nullptr, QObject::tr("Twitch Diary"),
                             QObject::tr("The backup was restored. The previous file is kept as %1.")
                                 .arg(QDir::toNativeSeparators(savedAs)));
    return true;
}

QString headline(td::Database::ErrorKind kind)
{
    using K = td::Database::ErrorKind;
    switch (kind) {
    case K::NotADiary: return QObject::tr("This file is not a Twitch Diary.");
    case K::Damaged: return QObject::tr("This diary is damaged.");
    case K::Newer: return QObject::tr("This diary was written by a newer version of Twitch Diary.");
    case K::ReadOnly: return QObject::tr("This diary cannot be changed.");
    case K::Locked: return QObject::tr("This diary is already open in another window.");
    default: return QObject::tr("The diary could not be opened.");
    }
}

// Opens `path`; when it cannot be opened, says why (naming the file) and offers the ways out
// that make sense for that case: a backup, read-only viewing, another file, quitting.
// Nothing here ever writes to a file that did not open.
std::unique_ptr<td::Database> openWithRecovery(QString path)
{
    using K = td::Database::ErrorKind;
    for (;;) {
        auto db = std::make_unique<td::Database>();
        db->setLockTimeout(0);
        // Start fast: the page check and the daily backup run once the window is up
        // (DiarySession::runDeferredChecks); a damaged file is reported there.
        db->setDeferredChecks(true);
        if (db->open(path)) {
            if (!db->warningString().isEmpty())
                qWarning("%s", qPrintable(db->warningString()));
            return db;
        }
        const K kind = db->errorKind();
        QMessageBox box(QMessageBox::Warning, QObject::tr("Twitch Diary"), headline(kind));
        box.setInformativeText(db->errorString());
        QPushButton *backup = nullptr, *readOnly = nullptr;
        if (kind == K::NotADiary || kind == K::Damaged || kind == K::Newer)
            backup = box.addButton(QObject::tr("Open a backup…"), QMessageBox::AcceptRole);
        if (kind == K::ReadOnly || kind == K::Locked)
            readOnly = box.addButton(QObject::tr("Open read-only"), QMessageBox::AcceptRole);
        QPushButton *other = box.addButton(QObject::tr("Choose another file…"), QMessageBox::ActionRole);
        QPushButton *quit = box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(backup ? backup : readOnly ? readOnly : other);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == backup && backup) {
            restoreFromBackup(path);
            continue;
        }
        if (box.clickedButton() == readOnly && readOnly) {
            auto viewer = std::make_unique<td::Database>();
            if (viewer->open(path, td::Database::Mode::ReadOnly))
                return viewer;
            QMessageBox::warning(nullptr, QObject::tr("Twitch Diary"), viewer->errorString());
            continue;
        }
        if (box.clickedButton() != other)
            return nullptr;
        const QString chosen = QFileDialog::getSaveFileName(
            nullptr, QObject::tr("Open or create a diary"), QFileInfo(path).absolutePath(),
            QObject::tr("Twitch Diary (*.sqlite);;All files (*)"), nullptr,
            QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return nullptr;
        path = chosen;
    }
}

} // namespace

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

    QString path = parser.isSet(dbOption) ? parser.value(dbOption) : td::defaultDiaryPath();
    // A diary moved in Settings whose file is gone (a disconnected drive, a folder moved by
    // hand): say so, never quietly start a new empty diary in its place.
    td::ui::AppSettings settings;
    if (!parser.isSet(dbOption) && !settings.diaryPath().isEmpty() && !QFileInfo::exists(path)) {
        QMessageBox box(QMessageBox::Warning, QObject::tr("Twitch Diary"),
                        QObject::tr("Your diary should be at %1, but there is no file there.")
                            .arg(QDir::toNativeSeparators(path)));
        box.setInformativeText(QObject::tr("If it is on a drive that is not connected, connect it and start "
                                           "Twitch Diary again. If you moved the file, choose it."));
        QPushButton *choose = box.addButton(QObject::tr("Choose the diary file…"), QMessageBox::AcceptRole);
        QPushButton *fresh = box.addButton(QObject::tr("Start a new diary there"), QMessageBox::DestructiveRole);
        QPushButton *quit = box.addButton(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.setDefaultButton(choose);
        box.setEscapeButton(quit);
        box.exec();
        if (box.clickedButton() == choose) {
            const QString chosen = QFileDialog::getOpenFileName(nullptr, QObject::tr("Choose your diary"),
                                                                QFileInfo(path).absolutePath(),
                                                                QObject::tr("Twitch Diary (*.sqlite);;All files (*)"));
            if (chosen.isEmpty())
                return 1;
            path = chosen;
            settings.setDiaryPath(chosen);
        } else if (box.clickedButton() != fresh) {
            return 1;
        }
    }
    auto db = openWithRecovery(path);
    if (!db)
        return 1;
    td::ui::DiarySession session(std::move(db));
    td::ui::MainWindow window(session);
    window.show();
    return app.exec();
}

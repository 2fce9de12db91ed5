#include "window/startup.h"

#include "dialogs/restoredialog.h"
#include "models/appsettings.h"
#include "storage/backup.h"
#include "storage/database.h"
#include "widgets/prompts.h"

#include <QDir>
#include <QFileInfo>

namespace td::ui {

namespace {

// The texts are QObject's (the context they had in app/main.cpp), so their translations hold.
QString headline(Database::ErrorKind kind)
{
    using K = Database::ErrorKind;
    switch (kind) {
    case K::NotADiary: return QObject::tr("This file is not a Twitch Diary.");
    case K::Damaged: return QObject::tr("This diary is damaged.");
    case K::Newer: return QObject::tr("This diary was written by a newer version of Twitch Diary.");
    case K::ReadOnly: return QObject::tr("This diary cannot be changed.");
    case K::Locked: return QObject::tr("This diary is already open in another window.");
    default: return QObject::tr("The diary could not be opened.");
    }
}

} // namespace

bool restoreFromBackupAtStartup(const QString &path)
{
    if (backups::list(path).isEmpty()) {
        prompts().information(nullptr, QObject::tr("Twitch Diary"),
                              QObject::tr("There are no backups of %1 in %2.")
                                  .arg(QDir::toNativeSeparators(path),
                                       QDir::toNativeSeparators(backups::folderFor(path))));
        return false;
    }
    RestoreDialog dialog(path);
    if (prompts().exec(dialog) != QDialog::Accepted || dialog.selectedBackup().isEmpty())
        return false;
    QString error, savedAs;
    if (!backups::restore(path, dialog.selectedBackup(), &error, &savedAs)) {
        prompts().warning(nullptr, QObject::tr("Twitch Diary"), error);
        return false;
    }
    prompts().information(nullptr, QObject::tr("Twitch Diary"),
                          QObject::tr("The backup was restored. The previous file is kept as %1.")
                              .arg(QDir::toNativeSeparators(savedAs)));
    return true;
}

std::unique_ptr<Database> openWithRecovery(QString path)
{
    using K = Database::ErrorKind;
    for (;;) {
        auto db = std::make_unique<Database>();
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
        Choice box;
        box.icon = QMessageBox::Warning;
        box.title = QObject::tr("Twitch Diary");
        box.text = headline(kind);
        box.informativeText = db->errorString();
        int backup = -1, readOnly = -1;
        if (kind == K::NotADiary || kind == K::Damaged || kind == K::Newer)
            backup = box.add(QObject::tr("Open a backup…"), QMessageBox::AcceptRole);
        if (kind == K::ReadOnly || kind == K::Locked)
            readOnly = box.add(QObject::tr("Open read-only"), QMessageBox::AcceptRole);
        const int other = box.add(QObject::tr("Choose another file…"), QMessageBox::ActionRole);
        const int quit = box.add(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.defaultButton = backup >= 0 ? backup : readOnly >= 0 ? readOnly : other;
        box.escapeButton = quit;
        const int clicked = prompts().choose(nullptr, box);
        if (clicked == backup && backup >= 0) {
            restoreFromBackupAtStartup(path);
            continue;
        }
        if (clicked == readOnly && readOnly >= 0) {
            auto viewer = std::make_unique<Database>();
            if (viewer->open(path, Database::Mode::ReadOnly))
                return viewer;
            prompts().warning(nullptr, QObject::tr("Twitch Diary"), viewer->errorString());
            continue;
        }
        if (clicked != other)
            return nullptr;
        const QString chosen = prompts().saveFileName(nullptr, QObject::tr("Open or create a diary"),
                                                      QFileInfo(path).absolutePath(),
                                                      QObject::tr("Twitch Diary (*.sqlite);;All files (*)"),
                                                      QFileDialog::DontConfirmOverwrite);
        if (chosen.isEmpty())
            return nullptr;
        path = chosen;
    }
}

std::unique_ptr<Database> openDiaryAtStartup(const QString &requested, bool fromCommandLine, AppSettings &settings)
{
    QString path = requested;
    // A diary moved in Settings whose file is gone (a disconnected drive, a folder moved by
    // hand): say so, never quietly start a new empty diary in its place.
    if (!fromCommandLine && !settings.diaryPath().isEmpty() && !QFileInfo::exists(path)) {
        Choice box;
        box.icon = QMessageBox::Warning;
        box.title = QObject::tr("Twitch Diary");
        box.text = QObject::tr("Your diary should be at %1, but there is no file there.")
                       .arg(QDir::toNativeSeparators(path));
        box.informativeText = QObject::tr("If it is on a drive that is not connected, connect it and start "
                                          "Twitch Diary again. If you moved the file, choose it.");
        const int choose = box.add(QObject::tr("Choose the diary file…"), QMessageBox::AcceptRole);
        const int fresh = box.add(QObject::tr("Start a new diary there"), QMessageBox::DestructiveRole);
        const int quit = box.add(QObject::tr("Quit"), QMessageBox::RejectRole);
        box.defaultButton = choose;
        box.escapeButton = quit;
        const int clicked = prompts().choose(nullptr, box);
        if (clicked == choose) {
            const QString chosen = prompts().openFileName(nullptr, QObject::tr("Choose your diary"),
                                                          QFileInfo(path).absolutePath(),
                                                          QObject::tr("Twitch Diary (*.sqlite);;All files (*)"));
            if (chosen.isEmpty())
                return nullptr;
            path = chosen;
            settings.setDiaryPath(chosen);
        } else if (clicked != fresh) {
            return nullptr;
        }
    }
    return openWithRecovery(path);
}

} // namespace td::ui

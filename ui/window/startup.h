// Start-up: the diary the window opens, and the ways out when it cannot be opened
// (docs/reliability.md, "Opening a diary that is not fine"). Every question goes through
// prompts() (widgets/prompts.h), so tests/ui/test_startup.cpp answers each path.
#pragma once

#include <QString>

#include <memory>

namespace td {
class Database;
}

namespace td::ui {

class AppSettings;

// Opens the diary at `requested` for the window, as app/main.cpp does at start. When
// that path is the one kept in `settings` (not given with --db: `fromCommandLine` false) and
// its file is gone, asks first (choose the file, start a new diary there, quit) instead
// of quietly starting an empty diary; then openWithRecovery(). Null when the user quit.
std::unique_ptr<Database> openDiaryAtStartup(const QString &requested, bool fromCommandLine, AppSettings &settings);

// Opens `path` (lock not waited for, page check deferred to the window); when it cannot
// be opened, says why (naming the file) and offers the ways out that make sense for that
// case: a backup, read-only viewing, another file, quitting. Nothing here ever writes to
// a file that did not open. Null when the user quit.
std::unique_ptr<Database> openWithRecovery(QString path);

// Replaces the diary at `path` with one of its backups chosen in RestoreDialog
// (dialogs/restoredialog.h); true when it was replaced. A diary that does not open is
// kept beside it (backups::restore, storage/backup.h).
bool restoreFromBackupAtStartup(const QString &path);

} // namespace td::ui

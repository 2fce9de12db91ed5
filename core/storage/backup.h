// Backups of a diary: whole-file copies made with SQLite's online backup API (consistent
// even while the diary is open), kept in a `backups/` folder beside the diary.
//
// Files are named <diary stem>.<yyyyMMdd-HHmmss>.<kind>.sqlite, mode 0600, in a 0700
// folder whatever the umask. Kinds:
//   daily      taken at most once a calendar day when a diary is opened for writing;
//   migration  taken before a diary is upgraded to a newer diary format;
//   restore    the diary as it was just before a backup was restored over it.
//
// Rotation (after every new backup): of the `daily` backups, the 7 newest are kept; of
// the older ones, the newest backup of each ISO week is kept for the 4 most recent such
// weeks; the rest are deleted. Of `migration` and `restore` backups the 10 newest of each
// kind are kept. A backup is written under a temporary name and renamed when complete, so
// a crash never leaves a half-written file that looks like a backup.
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace td {

class Database;

struct BackupInfo {
    QString path;
    QDateTime created; // local time, from the file name
    QString kind;      // daily, migration, restore
    int schemaVersion = -1;
    // Entries stored (episodes + intakes + per-day values + medications); -1 when the
    // file could not be read.
    int entries = -1;
    int episodes = -1;
};

namespace backups {

// <folder of the diary>/backups
QString folderFor(const QString &diaryPath);

// Copies the open diary to a new backup of `kind`, then rotates. Returns the new file's
// path, or nullopt with *error set. The diary itself is only read.
std::optional<QString> create(Database &db, const QString &kind, QString *error);

// Takes a `daily` backup unless one was already taken today (local date) or the diary has
// no entries yet. Returns false with *error only when a backup was due and failed.
bool createDailyIfDue(Database &db, QString *error);

// The diary's backups, newest first, each with its date and entry counts.
QList<BackupInfo> list(const QString &diaryPath);

// Why the file at `path` cannot be restored ("it is damaged (…)"), or empty if it can.
QString unusableReason(const QString &path);

// Deletes backups the rotation above no longer keeps.
void rotate(const QString &diaryPath);

// Replaces the diary at `diaryPath` with the backup at `backupPath`, all or nothing:
// the backup is checked first (quick_check, a known diary format); a diary that opens is
// itself backed up (kind `restore`) and then overwritten page by page inside one SQLite
// transaction; a diary that does not open (damaged, not a diary, newer) is never written
// to: it is renamed aside to <name>.unusable-<time> and the backup copied to a new file.
// `savedAs` receives the path of the kept old version. False with *error on failure, in
// which case the diary is as it was.
bool restore(const QString &diaryPath, const QString &backupPath, QString *error, QString *savedAs = nullptr);

} // namespace backups

// Copies the whole database of `db` into the file `target` (created 0600; replaced if it
// exists) with the online backup API. Used for backups; false with *error on failure.
bool copyDatabaseTo(Database &db, const QString &target, QString *error);

} // namespace td

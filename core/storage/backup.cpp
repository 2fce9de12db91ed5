#include "storage/backup.h"

#include "domain/clock.h"
#include "domain/inputlimits.h"
#include "storage/database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>

#include <sqlite3.h>

#include <algorithm>
#include <cstdio>

namespace td {
namespace {

const QString kStampFormat = QStringLiteral("yyyyMMdd-HHmmss");
constexpr int kKeepDaily = 7;
constexpr int kKeepWeekly = 4;
constexpr int kKeepEvent = 10; // migration and restore backups, each

const QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString stemOf(const QString &diaryPath) { return QFileInfo(diaryPath).completeBaseName(); }

QRegularExpression namePattern(const QString &diaryPath)
{
    return QRegularExpression(QStringLiteral("^%1\\.(\\d{8}-\\d{6})(?:-\\d+)?\\.([a-z]+)\\.sqlite$")
                                  .arg(QRegularExpression::escape(stemOf(diaryPath))));
}

// The backups by name only (no file opened), newest first.
QList<BackupInfo> scan(const QString &diaryPath)
{
    QList<BackupInfo> result;
    const QDir dir(backups::folderFor(diaryPath));
    const QRegularExpression re = namePattern(diaryPath);
    for (const QString &name : dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files)) {
        const auto m = re.match(name);
        if (!m.hasMatch())
            continue;
        BackupInfo info;
        info.path = dir.filePath(name);
        info.created = QDateTime::fromString(m.captured(1), kStampFormat);
        info.kind = m.captured(2);
        if (info.created.isValid())
            result.append(info);
    }
    std::sort(result.begin(), result.end(), [](const BackupInfo &a, const BackupInfo &b) {
        return a.created != b.created ? a.created > b.created : a.path > b.path;
    });
    return result;
}

// A read-only raw connection that closes itself.
struct RawDb {
    sqlite3 *h = nullptr;
    explicit RawDb(const QString &path)
    {
        if (sqlite3_open_v2(QFile::encodeName(path).constData(), &h, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(h);
            h = nullptr;
        }
    }
    ~RawDb() { sqlite3_close(h); }
    RawDb(const RawDb &) = delete;
    RawDb &operator=(const RawDb &) = delete;

    // First column of the first row as text; nullopt on error.
    std::optional<QString> scalar(const char *sql) const
    {
        if (!h)
            return std::nullopt;
        sqlite3_stmt *st = nullptr;
        if (sqlite3_prepare_v2(h, sql, -1, &st, nullptr) != SQLITE_OK) {
            sqlite3_finalize(st);
            return std::nullopt;
        }
        std::optional<QString> result;
        if (sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, 0)));
        sqlite3_finalize(st);
        return result;
    }
    QString error() const { return h ? QString::fromUtf8(sqlite3_errmsg(h)) : QStringLiteral("cannot open"); }
};

const char *kEntriesSql = "SELECT (SELECT count(*) FROM episodes) + (SELECT count(*) FROM intakes) + "
                          "(SELECT count(*) FROM sleep) + (SELECT count(*) FROM stress) + "
                          "(SELECT count(*) FROM checkins) + (SELECT count(*) FROM medications) + "
                          "(SELECT count(*) FROM custom_values)";

void fillCounts(BackupInfo &info)
{
    const RawDb db(info.path);
    if (const auto v = db.scalar("PRAGMA user_version"))
        info.schemaVersion = v->toInt();
    if (const auto n = db.scalar(kEntriesSql))
        info.entries = n->toInt();
    if (const auto n = db.scalar("SELECT count(*) FROM episodes"))
        info.episodes = n->toInt();
}

} // namespace

QString backups::unusableReason(const QString &path)
{
    if (!QFileInfo::exists(path))
        return QStringLiteral("the file does not exist");
    // A FIFO would block SQLite's open, a device be read without end.
    if (const QString why = limits::notRegularFileProblem(path); !why.isEmpty())
        return QStringLiteral("it is not a regular file (a folder, pipe or device)");
    const RawDb db(path);
    if (!db.h)
        return db.error();
    const auto check = db.scalar("PRAGMA quick_check(1)");
    if (!check)
        return QStringLiteral("it is not a SQLite database (%1)").arg(db.error());
    if (*check != u"ok")
        return QStringLiteral("it is damaged (%1)").arg(*check);
    const int version = db.scalar("PRAGMA user_version").value_or(QStringLiteral("0")).toInt();
    if (version > Database::latestSchemaVersion())
        return QStringLiteral("it was written by a newer version of Twitch Diary (diary format %1)").arg(version);
    // The same test as at start-up: every table and index of its diary format, as written.
    if (const QString why = Database::schemaProblem(db.h); !why.isEmpty())
        return QStringLiteral("it is not a Twitch Diary file (%1)").arg(why);
    return QString();
}

namespace {

// Copies all of `src` into `dest` in one step: one write transaction on `dest`.
bool backupStep(sqlite3 *dest, sqlite3 *src, QString *error)
{
    sqlite3_backup *b = sqlite3_backup_init(dest, "main", src, "main");
    if (!b) {
        *error = QString::fromUtf8(sqlite3_errmsg(dest));
        return false;
    }
    const int rc = sqlite3_backup_step(b, -1);
    sqlite3_backup_finish(b);
    if (rc != SQLITE_DONE) {
        *error = describeSqliteCode(rc, QString::fromUtf8(sqlite3_errstr(rc)));
        return false;
    }
    return true;
}

bool renameFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

// Moves the diary and its WAL files aside (they belong together); false if it could not.
bool moveAside(const QString &diaryPath, const QString &aside)
{
    if (!renameFile(diaryPath, aside))
        return false;
    for (const char *suffix : {"-wal", "-shm"}) {
        const QString from = diaryPath + QLatin1String(suffix);
        if (QFileInfo::exists(from))
            renameFile(from, aside + QLatin1String(suffix));
    }
    return true;
}

void removeDiaryFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

// The trial copy's migration backups, if opening it upgraded it.
void removeBackupsOf(const QString &path)
{
    for (const BackupInfo &b : scan(path))
        QFile::remove(b.path);
}

} // namespace

bool copyDatabaseTo(Database &db, const QString &target, QString *error)
{
    const QString native = QDir::toNativeSeparators(target);
    sqlite3 *src = db.handle();
    if (!src) {
        *error = QStringLiteral("the diary is not open");
        return false;
    }
    const QFileInfo info(target);
    const QString partial = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".partial");
    removeDiaryFiles(partial);
    {
        // Created by us so it is 0600 from its first byte, whatever the umask.
        QFile f(partial);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate, kPrivateFile)) {
            *error = QStringLiteral("could not create %1: %2").arg(native, f.errorString());
            return false;
        }
        f.setPermissions(kPrivateFile);
    }
    sqlite3 *dest = nullptr;
    bool ok = sqlite3_open_v2(QFile::encodeName(partial).constData(), &dest, SQLITE_OPEN_READWRITE, nullptr) ==
              SQLITE_OK;
    QString reason;
    if (!ok)
        reason = describeSqliteCode(sqlite3_errcode(dest), QString::fromUtf8(sqlite3_errmsg(dest)));
    ok = ok && backupStep(dest, src, &reason);
    // A backup is one self-contained file: no -wal beside it.
    ok = ok && sqlite3_exec(dest, "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (ok && reason.isEmpty() && sqlite3_errcode(dest) != SQLITE_OK)
        reason = describeSqliteCode(sqlite3_errcode(dest), QString::fromUtf8(sqlite3_errmsg(dest)));
    sqlite3_close(dest);
    if (!ok || !renameFile(partial, target)) {
        removeDiaryFiles(partial);
        *error = QStringLiteral("could not write %1: %2")
                     .arg(native, reason.isEmpty() ? QStringLiteral("it could not be renamed into place; "
                                                                    "check that you may write to the folder")
                                                   : reason);
        return false;
    }
    QFile::setPermissions(target, kPrivateFile);
    return true;
}

namespace backups {

QString folderFor(const QString &diaryPath)
{
    return QDir(QFileInfo(diaryPath).absolutePath()).filePath(QStringLiteral("backups"));
}

std::optional<QString> create(Database &db, const QString &kind, QString *error)
{
    // Never a copy of a file that has not passed its page check: a damaged copy would
    // push a good backup out of the rotation.
    if (QString problem; !db.ensureChecked(&problem)) {
        *error = QStringLiteral("Could not back up the diary: %1").arg(problem);
        return std::nullopt;
    }
    const QString folder = folderFor(db.path());
    QString dirError;
    if (!ensurePrivateDir(folder, &dirError)) {
        *error = dirError;
        return std::nullopt;
    }
    const QString base = stemOf(db.path()) + u'.' + Clock::now().toString(kStampFormat);
    QString path = QDir(folder).filePath(base + u'.' + kind + QStringLiteral(".sqlite"));
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QDir(folder).filePath(QStringLiteral("%1-%2.%3.sqlite").arg(base).arg(n).arg(kind));
    QString copyError;
    if (!copyDatabaseTo(db, path, &copyError)) {
        *error = QStringLiteral("Could not back up the diary: %1").arg(copyError);
        return std::nullopt;
    }
    rotate(db.path());
    return path;
}

bool createDailyIfDue(Database &db, QString *error)
{
    if (db.isReadOnly() || db.path() == u":memory:" || !db.handle())
        return true;
    if (QString problem; !db.ensureChecked(&problem)) {
        *error = QStringLiteral("Could not back up the diary: %1").arg(problem);
        return false;
    }
    const QDate today = Clock::now().date();
    for (const BackupInfo &b : scan(db.path())) {
        if (b.kind == u"daily" && b.created.date() == today)
            return true;
    }
    sqlite3_stmt *st = nullptr;
    bool hasEntries = false;
    if (sqlite3_prepare_v2(db.handle(), kEntriesSql, -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        hasEntries = sqlite3_column_int(st, 0) > 0;
    sqlite3_finalize(st);
    if (!hasEntries)
        return true;
    return create(db, QStringLiteral("daily"), error).has_value();
}

QList<BackupInfo> list(const QString &diaryPath)
{
    QList<BackupInfo> all = scan(diaryPath);
    for (BackupInfo &b : all)
        fillCounts(b);
    return all;
}

void rotate(const QString &diaryPath)
{
    QList<QString> doomed;
    int daily = 0;
    QList<int> weeksKept; // year * 100 + ISO week
    QHash<QString, int> events;
    for (const BackupInfo &b : scan(diaryPath)) { // newest first
        if (b.kind == u"daily") {
            if (daily < kKeepDaily) {
                ++daily;
                continue;
            }
            int year = 0;
            const int week = b.created.date().weekNumber(&year);
            const int key = year * 100 + week;
            if (weeksKept.contains(key) || weeksKept.size() >= kKeepWeekly) {
                doomed.append(b.path);
                continue;
            }
            weeksKept.append(key);
        } else if (++events[b.kind] > kKeepEvent) {
            doomed.append(b.path);
        }
    }
    for (const QString &path : doomed)
        QFile::remove(path);
}

bool restore(const QString &diaryPath, const QString &backupPath, QString *error, QString *savedAs)
{
    const QString native = QDir::toNativeSeparators(diaryPath);
    const QString backupNative = QDir::toNativeSeparators(backupPath);
    if (const QString why = unusableReason(backupPath); !why.isEmpty()) {
        *error = QStringLiteral("%1 cannot be restored: %2. Nothing was changed.").arg(backupNative, why);
        return false;
    }
    const RawDb src(backupPath);
    // The backup must open as a diary exactly as at start-up (checks, upgrade) before the
    // diary is touched: a trial copy beside the diary is opened and thrown away.
    {
        const QString trial = QFileInfo(diaryPath).absolutePath() + QStringLiteral("/.restore-check-") +
                              QString::number(QCoreApplication::applicationPid()) + QStringLiteral(".sqlite");
        removeDiaryFiles(trial);
        QString why;
        {
            sqlite3 *dest = nullptr;
            bool ok = sqlite3_open_v2(QFile::encodeName(trial).constData(), &dest,
                                      SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) == SQLITE_OK;
            ok = ok && backupStep(dest, src.h, &why);
            if (!ok && why.isEmpty())
                why = QString::fromUtf8(sqlite3_errmsg(dest));
            sqlite3_close(dest);
            QFile::setPermissions(trial, kPrivateFile);
            if (ok) {
                Database probe;
                probe.setDailyBackups(false);
                if (!probe.open(trial))
                    why = probe.errorString();
            }
        }
        removeDiaryFiles(trial);
        QFile::remove(trial + QStringLiteral(".lock"));
        removeBackupsOf(trial);
        if (!why.isEmpty()) {
            while (why.endsWith(u'.'))
                why.chop(1);
            *error = QStringLiteral("%1 cannot be restored: it does not open as a diary (%2). "
                                    "Nothing was changed.")
                         .arg(backupNative, why);
            return false;
        }
    }

    Database current;
    current.setDailyBackups(false);
    if (current.open(diaryPath)) {
        QString backupError;
        const auto kept = create(current, QStringLiteral("restore"), &backupError);
        if (!kept) {
            *error = QStringLiteral("%1 was not restored, because the diary could not be backed "
                                    "up first: %2")
                         .arg(backupNative, backupError);
            return false;
        }
        QString copyError;
        if (!backupStep(current.handle(), src.h, &copyError)) {
            *error = QStringLiteral("Could not restore %1 into %2: %3. The diary was left as it was.")
                         .arg(backupNative, native, copyError);
            return false;
        }
        if (savedAs)
            *savedAs = *kept;
    } else {
        switch (current.errorKind()) {
        case Database::ErrorKind::NotADiary:
        case Database::ErrorKind::Damaged:
        case Database::ErrorKind::Newer: break;
        default: *error = current.errorString(); return false;
        }
        if (!QFileInfo::exists(diaryPath)) {
            *error = current.errorString();
            return false;
        }
        // Never written to: the unusable file is kept under another name.
        const QString aside = diaryPath + QStringLiteral(".unusable-") + Clock::now().toString(kStampFormat);
        if (!moveAside(diaryPath, aside)) {
            *error = QStringLiteral("Could not move %1 aside to restore the backup. Check that "
                                    "you may write to its folder.")
                         .arg(native);
            return false;
        }
        Database fresh;
        fresh.setDailyBackups(false);
        QString copyError;
        const bool ok = fresh.open(diaryPath) && backupStep(fresh.handle(), src.h, &copyError);
        if (!ok) {
            const QString reason = copyError.isEmpty() ? fresh.errorString() : copyError;
            fresh.close();
            removeDiaryFiles(diaryPath);
            moveAside(aside, diaryPath);
            *error = QStringLiteral("Could not restore %1: %2. The diary was left as it was.")
                         .arg(backupNative, reason);
            return false;
        }
        if (savedAs)
            *savedAs = aside;
    }
    // Reopen: an older backup is brought up to date, and the result is checked.
    current.close();
    Database check;
    check.setDailyBackups(false);
    if (!check.open(diaryPath)) {
        *error = QStringLiteral("The backup was restored, but the diary does not open: %1").arg(check.errorString());
        return false;
    }
    return true;
}

} // namespace backups
} // namespace td

// Owns one SQLite connection to a diary file and brings its schema up to date.
#pragma once

#include <QString>

#include <memory>

class QLockFile;
class QSqlDatabase;
class QSqlError;
struct sqlite3;

namespace td {

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Why open() failed, so a window can choose the ways out it offers.
    enum class ErrorKind {
        None,
        NotADiary,    // not a SQLite file, or a SQLite file of another program
        Damaged,      // SQLite reports corruption (header, schema or quick_check)
        Newer,        // user_version above latestSchemaVersion(): written by a newer version
        ReadOnly,     // the file or its folder may not be written: view it read-only instead
        NeedsUpgrade, // an older diary format opened read-only: it cannot be upgraded that way
        Locked,       // another running copy has it open for writing (the .lock file)
        Io,           // anything else: missing file, folder not creatable, disk errors
    };
    // Schema version this build writes; a file with a higher user_version is newer.
    static int latestSchemaVersion();

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed, with folder 0700 and file 0600) and migrates. On
    // failure returns false and errorString() says what is wrong and what to do.
    // The diary is the file the path resolves to (symbolic links followed): path() is
    // that file, and its lock is beside it, so every path to one file shares one lock. A
    // dangling symbolic link, a hard-linked file (two names, two WAL files) and anything
    // not a regular file are refused. Folders open() creates are 0700; an existing folder
    // is never changed. An existing diary whose files others may read is tightened to
    // 0600 and warningString() says so.
    [[nodiscard]] bool open(const QString &path, Mode mode = Mode::ReadWrite);
    // An in-memory diary for tests and samples.
    [[nodiscard]] bool openInMemory();
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    ErrorKind errorKind() const { return m_errorKind; }
    // Problems that did not stop the opening (permissions tightened, a daily backup that
    // failed), one sentence each, separated by a line break; empty if none.
    QString warningString() const { return m_warning; }
    QSqlDatabase connection() const;
    // The raw SQLite connection (backup API); null when not open.
    sqlite3 *handle() const;
    int schemaVersion() const;

    // How long open() waits for another copy to release the diary (milliseconds). The
    // window does not wait (0); the CLI waits a little (default 2000).
    void setLockTimeout(int ms) { m_lockTimeoutMs = ms; }
    // Whether open() takes a daily backup (default true).
    void setDailyBackups(bool on) { m_dailyBackups = on; }
    // The window's fast start: open() skips the page check (quick_check, ~0.5 s on a
    // ten-year diary) and the daily backup; the caller runs quickCheck() on a worker
    // thread right after and takes the backup only when the file proved sound, so a
    // damaged file never rotates a good backup out. The command line keeps both in open().
    void setDeferredChecks(bool on) { m_deferredChecks = on; }
    bool checksDeferred() const { return m_deferredChecks; }
    // Why the open SQLite file `h` is not a Twitch Diary of a version this build knows
    // (it lacks the diary's table "sleep"), or empty: every table and index the
    // migrations up to its user_version create must be there, as they create them.
    static QString schemaProblem(sqlite3 *h);
    // PRAGMA quick_check(1) of the file at `path` on a connection of its own (any thread):
    // empty when sound, else what is wrong, in a sentence that names the file.
    static QString quickCheck(const QString &path);
    // With deferred checks, the file is written to (and backed up) only once it passed
    // quick_check: until then the connection is query_only. The window reports the worker's
    // result here; a write before that runs the check on this connection first.
    void setCheckResult(bool sound);
    // True once the file passed quick_check (always for a file checked in open()).
    bool checkPassed() const { return m_checkState == CheckState::Passed; }
    // Runs quick_check now unless it already ran; false with *problem when the file is
    // damaged (or was found so by the deferred check).
    bool ensureChecked(QString *problem = nullptr);

    // Test seams. The next `n` commits on this connection fail (SQLite rolls them back as
    // if the disk had refused them).
    void failNextCommitsForTesting(int n);
    // Adds a migration after the built-in ones (empty sql: remove them all again).
    static void addMigrationForTesting(int version, const QByteArray &sql);

private:
    bool configure();
    template <typename Bad>
    bool configureChecked(const Bad &bad);
    bool migrate();
    bool fail(const QString &message, ErrorKind kind = ErrorKind::Io);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    QString m_warning;
    ErrorKind m_errorKind = ErrorKind::None;
    Mode m_mode = Mode::ReadWrite;
    int m_lockTimeoutMs = 2000;
    bool m_dailyBackups = true;
    bool m_deferredChecks = false;
    bool m_walFileMissing = false; // a WAL-mode file opened without its -wal beside it
    enum class CheckState { Pending, Passed, Failed };
    CheckState m_checkState = CheckState::Passed;
    QString m_checkProblem;
    void addWarning(const QString &w);
    int m_failCommits = 0;
    std::unique_ptr<QLockFile> m_lock;
};

QString toString(Database::ErrorKind kind);

// Where the diary is unless --db says otherwise: the place chosen in the window's
// Settings (Move diary…), else diary.sqlite in the application data folder.
QString defaultDiaryPath();
// The settings file the window and the command line share (INI). Under
// QStandardPaths test mode it is the test location, never the user's.
QString userSettingsPath();
// The key in that file of the diary's place chosen in Settings (empty: the default).
inline constexpr char kDiaryPathSetting[] = "diary/path";
// Creates `dir` and any missing parents, each readable by the user alone (0700) whatever
// the umask. A folder that already exists is left exactly as it is (a shared folder keeps
// its mode and sticky bit). False with *error when a folder could not be created.
bool ensurePrivateDir(const QString &dir, QString *error);

// A SQLite error as a clause for a message ("the disk is full; free some space and try
// again"): the disk, lock and constraint cases in words, never the driver's text ("Unable
// to fetch row"). No final full stop.
QString describeSqlError(const QSqlError &error);
QString describeSqliteCode(int code, const QString &detail);

} // namespace td

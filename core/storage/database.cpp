#include "storage/database.h"
#include "storage/transaction.h"

#include "domain/inputlimits.h"
#include "storage/backup.h"
#include "storage/sqlquery.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QMap>
#include <QRegularExpression>
#include <QSettings>
#include <QSqlDriver>
#include <QSqlError>
#include <QStandardPaths>
#include <QUrl>

#include <sqlite3.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <optional>
#include <sys/stat.h>
#include <unistd.h>

namespace td {
namespace {

// PRAGMA quick_check(1) on `q`'s connection: empty when sound, else SQLite's reason.
QString quickCheckProblem(const QSqlDatabase &db)
{
    SqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")))
        return q.sqliteText();
    if (!q.next())
        return q.failed() ? q.sqliteText() : QString();
    const QString result = q.value(0).toString();
    return result == u"ok" ? QString() : result;
}

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("td-diary-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Migration {
    int version;
    QString path;
    QByteArray sql; // test migrations carry their SQL; built-in ones are read from path
};

QList<Migration> &testMigrations()
{
    static QList<Migration> extra;
    return extra;
}

QList<Migration> migrations()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), dir.filePath(name), {}});
    }
    result.append(testMigrations());
    std::sort(result.begin(), result.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return result;
}

sqlite3 *rawHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.data());
}

const QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
const QFileDevice::Permissions kPrivateDir = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

} // namespace

int Database::latestSchemaVersion()
{
    const auto all = migrations();
    return all.isEmpty() ? 0 : all.constLast().version;
}

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database() { close(); }

QString toString(Database::ErrorKind kind)
{
    switch (kind) {
    case Database::ErrorKind::None: return QStringLiteral("none");
    case Database::ErrorKind::NotADiary: return QStringLiteral("not-a-diary");
    case Database::ErrorKind::Damaged: return QStringLiteral("damaged");
    case Database::ErrorKind::Newer: return QStringLiteral("newer");
    case Database::ErrorKind::ReadOnly: return QStringLiteral("read-only");
    case Database::ErrorKind::NeedsUpgrade: return QStringLiteral("needs-upgrade");
    case Database::ErrorKind::Locked: return QStringLiteral("locked");
    case Database::ErrorKind::Io: return QStringLiteral("io");
    }
    return QString();
}

bool Database::fail(const QString &message, ErrorKind kind)
{
    m_error = message;
    m_errorKind = kind;
    close();
    return false;
}

bool ensurePrivateDir(const QString &dir, QString *error)
{
    const QString target = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    const auto failed = [&](const QString &path, const QString &why) {
        if (error)
            *error = QStringLiteral("Could not create the folder %1: %2. Check that its parent "
                                    "folder exists and that you may write to it.")
                         .arg(QDir::toNativeSeparators(path), why);
        return false;
    };
    // The folders missing on the way, outermost first. Existing ones are never touched: a
    // shared parent (mode 1777, say) keeps its mode and its other users.
    QStringList missing;
    for (QString p = target; !QFileInfo::exists(p);) {
        missing.prepend(p);
        const QString parent = QFileInfo(p).absolutePath();
        if (parent == p)
            break;
        p = parent;
    }
    for (const QString &p : std::as_const(missing)) {
        const QByteArray name = QFile::encodeName(p);
        if (::mkdir(name.constData(), 0700) != 0) {
            if (errno != EEXIST)
                return failed(p, QString::fromLocal8Bit(std::strerror(errno)));
            continue; // made meanwhile by someone else: not ours to change
        }
        ::chmod(name.constData(), 0700); // whatever the umask
    }
    if (!QFileInfo(target).isDir())
        return failed(target, QStringLiteral("something that is not a folder has that name"));
    return true;
}

QString describeSqliteCode(int code, const QString &detail)
{
    switch (code & 0xff) {
    case SQLITE_FULL: return QStringLiteral("the disk is full; free some space and try again");
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return QStringLiteral("another program holds a lock on the diary (not Twitch Diary, "
                              "which would have said which copy); close it and try again");
    case SQLITE_READONLY: return QStringLiteral("the diary may not be written (%1)").arg(detail);
    case SQLITE_IOERR:
        return QStringLiteral("the disk reported an error (%1); check the disk and try again").arg(detail);
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return QStringLiteral("the diary is damaged (%1); restore a backup").arg(detail);
    case SQLITE_CONSTRAINT: return QStringLiteral("a value is outside what the diary allows (%1)").arg(detail);
    case SQLITE_CANTOPEN: return QStringLiteral("the file could not be opened (%1)").arg(detail);
    default: break;
    }
    return detail.isEmpty() ? QStringLiteral("unknown error") : detail;
}

QString describeSqlError(const QSqlError &error)
{
    QString detail = error.databaseText();
    if (detail.isEmpty())
        detail = error.driverText();
    while (detail.endsWith(u'.'))
        detail.chop(1);
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return describeSqliteCode(ok ? code : 0, detail);
}

namespace {

QString lockPath(const QString &diaryPath) { return diaryPath + QStringLiteral(".lock"); }

bool isWritableDir(const QString &dir) { return QFileInfo(dir).isWritable(); }

// True when the file's header says write-ahead-log mode (bytes 18 and 19 are 2) and no
// -wal file with anything in it lies beside it (an empty one is left by a read-only open).
// A diary closed cleanly looks like that too; a diary with no tables at all in that state
// is a copy taken while the diary was open, whose every change is still in the -wal file
// that was left behind (see docs/reliability.md).
bool walModeWithoutLog(const QString &path)
{
    constexpr qint64 kWalHeaderBytes = 32; // a WAL file shorter than its header has no frames
    if (QFileInfo(path + QStringLiteral("-wal")).size() >= kWalHeaderBytes)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2 && header.at(19) == 2;
}

} // namespace

namespace {

// The diary's own files besides itself: they hold its data too.
const char *const kCompanionSuffixes[] = {"-wal", "-shm"};

// What `path` resolves to: the canonical path of an existing file (every symbolic link
// and ".." followed), else the canonical folder plus the name.
QString resolvedPath(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

QString octal(int mode) { return QStringLiteral("%1").arg(mode, 4, 8, QChar(u'0')); }

} // namespace

void Database::addWarning(const QString &w)
{
    if (w.isEmpty())
        return;
    if (!m_warning.isEmpty())
        m_warning += u'\n';
    m_warning += w;
}

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_warning.clear();
    m_errorKind = ErrorKind::None;
    m_mode = mode;
    m_checkState = CheckState::Passed;
    m_checkProblem.clear();
    const QFileInfo given(path);
    const QString givenNative = QDir::toNativeSeparators(given.absoluteFilePath());
    // A symbolic link whose target is gone: creating a diary there would put it somewhere
    // the user did not name (and did not see).
    if (given.isSymLink() && !given.exists())
        return fail(QStringLiteral("%1 is a symbolic link to %2, which does not exist. Nothing "
                                   "was created. Restore the file it points to, or remove the "
                                   "link and choose the diary's real place.")
                        .arg(givenNative, QDir::toNativeSeparators(given.symLinkTarget())),
                    ErrorKind::Io);
    // One file, one lock, one WAL: whatever path reached it.
    m_path = resolvedPath(path);
    const QString native = QDir::toNativeSeparators(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool exists = QFileInfo::exists(m_path);

    if (exists && QFileInfo(m_path).isDir())
        return fail(QStringLiteral("%1 is a folder, not a diary file. Choose another file.").arg(native),
                    ErrorKind::NotADiary);
    if (exists) {
        if (const QString why = limits::notRegularFileProblem(m_path); !why.isEmpty())
            return fail(why.chopped(1) + QStringLiteral(" as the diary. Nothing was changed."), ErrorKind::NotADiary);
        struct stat st {};
        if (::stat(QFile::encodeName(m_path).constData(), &st) == 0 && st.st_nlink > 1)
            return fail(QStringLiteral("%1 has %2 names (hard links). Twitch Diary cannot keep "
                                       "one diary safe under two names: each name would get "
                                       "its own write-ahead log and entries would be lost. "
                                       "Nothing was changed. Remove the other names, or make "
                                       "a copy of the file (cp) and open the copy.")
                            .arg(native)
                            .arg(qulonglong(st.st_nlink)),
                        ErrorKind::Io);
    }
    // Read before SQLite opens the file (opening it creates an empty -wal), and only once
    // it is known to be a regular file (reading a FIFO would block).
    m_walFileMissing = exists && walModeWithoutLog(m_path);

    if (mode == Mode::ReadWrite) {
        if (exists && (!QFileInfo(m_path).isWritable() || !isWritableDir(folder)))
            return fail(QStringLiteral("%1 cannot be changed: %2 is read-only. You can open it "
                                       "read-only to look at it, or copy it to a folder you "
                                       "may write to.")
                            .arg(native, QFileInfo(m_path).isWritable() ? QStringLiteral("its folder")
                                                                        : QStringLiteral("the file")),
                        ErrorKind::ReadOnly);
        QString error;
        if (!ensurePrivateDir(folder, &error))
            return fail(error, ErrorKind::Io);
        if (!isWritableDir(folder))
            return fail(QStringLiteral("Could not create the diary %1: its folder is "
                                       "read-only. Choose another file.")
                            .arg(native),
                        ErrorKind::ReadOnly);
        // One writer at a time: a second window, or the CLI while the window has it open.
        m_lock = std::make_unique<QLockFile>(lockPath(m_path));
        m_lock->setStaleLockTime(0); // stale only when its process is gone, never by age
        if (!m_lock->tryLock(m_lockTimeoutMs)) {
            qint64 pid = 0;
            QString host, app;
            m_lock->getLockInfo(&pid, &host, &app);
            const QLockFile::LockError lockError = m_lock->error();
            m_lock.reset();
            if (lockError == QLockFile::LockFailedError)
                return fail(QStringLiteral("%1 is already open in another running copy of "
                                           "Twitch Diary (%2, process %3%4). Switch to that "
                                           "window, or close it and try again; you can also "
                                           "open the diary read-only.")
                                .arg(native, app.isEmpty() ? QStringLiteral("twitchdiary") : app)
                                .arg(pid)
                                .arg(host.isEmpty() ? QString() : QStringLiteral(" on ") + host),
                            ErrorKind::Locked);
            return fail(QStringLiteral("Could not lock %1 (%2 could not be written). Check "
                                       "that you may write to its folder.")
                            .arg(native, QDir::toNativeSeparators(lockPath(m_path))),
                        ErrorKind::Io);
        }
        QFile::setPermissions(lockPath(m_path), kPrivateFile); // whatever the umask
        if (!exists) {
            // Create the file ourselves so it is 0600 from its first byte, whatever the umask;
            // SQLite gives its -wal and -shm files the same mode. NewOnly (O_EXCL) never
            // follows a link that appeared meanwhile.
            QFile f(m_path);
            if (!f.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile))
                return fail(QStringLiteral("Could not create the diary %1: %2. Check that you "
                                           "may write to its folder.")
                                .arg(native, f.errorString()),
                            ErrorKind::Io);
        } else {
            // An existing diary others may read: tighten its own files (never its folder).
            QStringList loosened;
            for (const QString &file : QStringList{m_path, m_path + QLatin1String(kCompanionSuffixes[0]),
                                                   m_path + QLatin1String(kCompanionSuffixes[1])}) {
                struct stat st {};
                if (::lstat(QFile::encodeName(file).constData(), &st) != 0 || !S_ISREG(st.st_mode) ||
                    (st.st_mode & 0077) == 0)
                    continue;
                const bool tightened = ::chmod(QFile::encodeName(file).constData(), 0600) == 0;
                loosened << QStringLiteral("%1 (was %2%3)")
                                .arg(QFileInfo(file).fileName(), octal(int(st.st_mode & 07777)),
                                     tightened ? QString() : QStringLiteral(", could not be changed"));
            }
            if (!loosened.isEmpty())
                addWarning(QStringLiteral("Other users could read the diary %1: %2. Its files "
                                          "are now readable by you alone (0600); the folder "
                                          "was left as it is.")
                               .arg(native, loosened.join(QStringLiteral(", "))));
        }
    } else if (!exists) {
        return fail(QStringLiteral("The diary %1 does not exist.").arg(native), ErrorKind::Io);
    }

    {
        // Scoped: fail() removes the connection, which must not be in use then.
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (mode == Mode::ReadOnly) {
            // mode=ro: SQLite never writes. In a read-only folder a WAL diary cannot get its
            // -shm file, so it is opened as immutable (no locking; nothing may change it then).
            QString uri = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) + QStringLiteral("?mode=ro");
            if (!isWritableDir(folder))
                uri += QStringLiteral("&immutable=1");
            db.setDatabaseName(uri);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_path);
        }
        if (!db.open()) {
            const QString reason = describeSqlError(db.lastError());
            db = QSqlDatabase();
            return fail(QStringLiteral("Could not open the diary %1: %2.").arg(native, reason), ErrorKind::Io);
        }
    }
    if (!configure() || !migrate())
        return false;
    if (mode == Mode::ReadWrite && m_dailyBackups && !m_deferredChecks) {
        QString error;
        if (!backups::createDailyIfDue(*this, &error))
            addWarning(limits::sentence(error.isEmpty() ? QStringLiteral("The daily backup could not be made")
                                                        : error));
    }
    return true;
}

void Database::setCheckResult(bool sound)
{
    if (m_checkState != CheckState::Pending)
        return;
    m_checkState = sound ? CheckState::Passed : CheckState::Failed;
    if (sound) {
        SqlQuery q(connection());
        (void)q.exec(QStringLiteral("PRAGMA query_only = OFF"));
    } else if (m_checkProblem.isEmpty()) {
        m_checkProblem = QStringLiteral("%1 is damaged.").arg(QDir::toNativeSeparators(m_path));
    }
}

bool Database::ensureChecked(QString *problem)
{
    if (m_checkState == CheckState::Pending) {
        const QString reason = quickCheckProblem(connection());
        if (!reason.isEmpty())
            m_checkProblem = QStringLiteral("%1 is damaged (%2); nothing is written to it. "
                                            "Restore a backup.")
                                 .arg(QDir::toNativeSeparators(m_path), reason);
        setCheckResult(reason.isEmpty());
    }
    if (m_checkState == CheckState::Failed) {
        if (problem)
            *problem = m_checkProblem;
        return false;
    }
    return true;
}

bool Database::openInMemory()
{
    close();
    m_error.clear();
    m_warning.clear();
    m_errorKind = ErrorKind::None;
    m_mode = Mode::ReadWrite;
    m_checkState = CheckState::Passed;
    m_path = QStringLiteral(":memory:");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(m_path);
        if (!db.open()) {
            m_error = db.lastError().text();
            db = QSqlDatabase();
            return fail(m_error);
        }
    }
    return configure() && migrate();
}

void Database::close()
{
    if (QSqlDatabase::contains(m_connectionName)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_failCommits = 0;
    m_lock.reset(); // unlocks
}

bool Database::isOpen() const { return QSqlDatabase::contains(m_connectionName) && connection().isOpen(); }

QSqlDatabase Database::connection() const { return QSqlDatabase::database(m_connectionName, false); }

sqlite3 *Database::handle() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QSqlDatabase db = connection();
    return db.isOpen() ? rawHandle(db) : nullptr;
}

int Database::schemaVersion() const
{
    SqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

void Database::failNextCommitsForTesting(int n)
{
    m_failCommits = n;
    sqlite3 *h = handle();
    if (!h)
        return;
    // A commit hook returning non-zero turns the COMMIT into a ROLLBACK: the same path
    // as a disk that refuses the write, seen from the code that asked for it.
    sqlite3_commit_hook(
        h,
        [](void *self) -> int {
            int &left = static_cast<Database *>(self)->m_failCommits;
            if (left <= 0)
                return 0;
            --left;
            return 1;
        },
        n > 0 ? this : nullptr);
}

void Database::addMigrationForTesting(int version, const QByteArray &sql)
{
    if (sql.isEmpty())
        testMigrations().clear();
    else
        testMigrations().append({version, QStringLiteral("test migration %1").arg(version), sql});
}

namespace {

// name -> "type: sql" of the file's own objects (SQLite's internal ones left out).
std::optional<QMap<QString, QString>> schemaObjects(sqlite3 *h)
{
    sqlite3_stmt *st = nullptr;
    if (sqlite3_prepare_v2(h,
                           "SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE "
                           "'sqlite\\_%' ESCAPE '\\'",
                           -1, &st, nullptr) != SQLITE_OK) {
        sqlite3_finalize(st);
        return std::nullopt;
    }
    QMap<QString, QString> result;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
        const auto text = [&](int i) {
            return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(st, i)));
        };
        result.insert(text(1), text(0) + QStringLiteral(": ") + text(2));
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE)
        return std::nullopt;
    return result;
}

int userVersion(sqlite3 *h)
{
    sqlite3_stmt *st = nullptr;
    int version = -1;
    if (sqlite3_prepare_v2(h, "PRAGMA user_version", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
        version = sqlite3_column_int(st, 0);
    sqlite3_finalize(st);
    return version;
}

// The objects the migrations up to `version` create, built in memory the way migrate()
// builds them in a file.
std::optional<QMap<QString, QString>> expectedSchema(int version)
{
    sqlite3 *h = nullptr;
    if (sqlite3_open(":memory:", &h) != SQLITE_OK) {
        sqlite3_close(h);
        return std::nullopt;
    }
    std::optional<QMap<QString, QString>> result;
    bool ok = true;
    for (const Migration &m : migrations()) {
        if (m.version > version)
            break;
        QByteArray body = m.sql;
        if (body.isEmpty()) {
            QFile f(m.path);
            ok = ok && f.open(QIODevice::ReadOnly);
            body = f.readAll();
        }
        ok = ok && sqlite3_exec(h, body.constData(), nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    if (ok)
        result = schemaObjects(h);
    sqlite3_close(h);
    return result;
}

} // namespace

QString Database::schemaProblem(sqlite3 *h)
{
    const int version = h ? userVersion(h) : -1;
    if (version < 1)
        return QStringLiteral("it has no diary format version");
    if (version > latestSchemaVersion())
        return QStringLiteral("it was written by a newer version of Twitch Diary (diary format %1)").arg(version);
    const auto expected = expectedSchema(version);
    const auto actual = schemaObjects(h);
    if (!expected || !actual)
        return QStringLiteral("its tables could not be read");
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto found = actual->constFind(it.key());
        if (found == actual->cend())
            return QStringLiteral("it lacks the diary's %1 \"%2\"").arg(it.value().section(u':', 0, 0), it.key());
        if (*found != it.value())
            return QStringLiteral("its %1 \"%2\" is not the diary's").arg(it.value().section(u':', 0, 0), it.key());
    }
    return {};
}

bool Database::configure()
{
    // Failures are reported after the query is gone, so the connection closes cleanly.
    QString message;
    ErrorKind kind = ErrorKind::Io;
    const auto bad = [&](const QString &m, ErrorKind k = ErrorKind::Io) {
        message = m;
        kind = k;
        return false;
    };
    if (configureChecked(bad))
        return true;
    return fail(message, kind);
}

template <typename Bad>
bool Database::configureChecked(const Bad &bad)
{
    const QString native = QDir::toNativeSeparators(m_path);
    const bool inMemory = m_path == u":memory:";
    SqlQuery q(connection());
    // Reading the header tells a non-SQLite file apart before anything is written.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        const int code = q.errorCode() & 0xff;
        if (code == SQLITE_NOTADB)
            return bad(QStringLiteral("%1 is not a Twitch Diary file (it is not a SQLite "
                                      "database). Nothing was changed. Choose another file, "
                                      "or open a backup.")
                           .arg(native),
                       ErrorKind::NotADiary);
        if (code == SQLITE_CORRUPT)
            return bad(QStringLiteral("%1 is damaged (%2). Nothing was changed. Open a "
                                      "backup, or choose another file.")
                           .arg(native, q.sqliteText()),
                       ErrorKind::Damaged);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return bad(QStringLiteral("%1 is locked by another program that is not Twitch Diary "
                                      "(an sqlite3 shell, a backup or sync tool). Nothing was "
                                      "changed. Close that program and try again.")
                           .arg(native),
                       ErrorKind::Locked);
        return bad(QStringLiteral("Could not read %1: %2. Nothing was changed.").arg(native, q.error()), ErrorKind::Io);
    }
    const int objects = q.value(0).toInt();
    int version = 0;
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        version = q.value(0).toInt();
    // A newer file is refused before anything, even the journal mode, is written to it.
    if (version > latestSchemaVersion()) {
        return bad(QStringLiteral("%1 was written by a newer version of Twitch Diary "
                                  "(diary format %2; this version knows up to %3). Nothing "
                                  "was changed: install the newer version to open it.")
                       .arg(native)
                       .arg(version)
                       .arg(latestSchemaVersion()),
                   ErrorKind::Newer);
    }
    // Our diaries are switched to WAL before their first table is written, so a WAL file
    // with no tables and no -wal beside it is either a copy taken while the diary was open
    // (its contents are in the -wal that was not copied) or a new diary whose process was
    // killed before its first commit (it never held anything). The file alone cannot tell
    // them apart. Read-only, nothing can be made of it: say what is most likely wrong.
    // Read-write, it becomes a new empty diary as before (nothing is lost: the original of
    // a copy is untouched), with a warning in case it was a copy.
    if (version == 0 && objects == 0 && m_walFileMissing) {
        const QString wal = QFileInfo(m_path).fileName() + QStringLiteral("-wal");
        const QString backupsFolder = QDir::toNativeSeparators(backups::folderFor(m_path));
        if (m_mode == Mode::ReadOnly)
            return bad(QStringLiteral("%1 holds no entries: most likely it is a copy made while Twitch "
                                      "Diary had the diary open, and everything written since it was "
                                      "opened is still in a second file (%2) that was not copied with "
                                      "it. Nothing was changed. To copy a diary, use File › Export (or "
                                      "twitchdiary-cli export), or take a copy from the backup folder %3.")
                           .arg(native, wal, backupsFolder),
                       ErrorKind::NotADiary);
        addWarning(QStringLiteral("%1 held no entries and was set up as a new diary. If it is a copy made "
                                  "while Twitch Diary had the diary open, its entries are in %2, which was "
                                  "not copied with it: use File › Export (or twitchdiary-cli export), or a "
                                  "copy from the backup folder %3, instead.")
                       .arg(native, wal, backupsFolder));
    }
    // Tables but no diary version, or a version but not our tables: another program's
    // SQLite file. Migrating would write our tables into it.
    // Every table and index of the diary format at its version, exactly as the migrations
    // wrote them: a file with only some of them would open and then fail on first use.
    if ((version == 0 && objects > 0) || (version > 0 && !schemaProblem(handle()).isEmpty()))
        return bad(QStringLiteral("%1 is a SQLite database, but not a Twitch Diary file. "
                                  "Nothing was changed. Choose another file.")
                       .arg(native),
                   ErrorKind::NotADiary);
    // Damage inside the file shows only when its pages are read: quick_check reads them
    // all (O(N), no index cross-check), whatever the file's size. With deferred checks
    // (the window) it runs on a worker right after, and until it passed nothing is written
    // to the file (query_only below, ensureChecked() before every write).
    if (!inMemory && objects > 0) {
        if (m_deferredChecks) {
            m_checkState = CheckState::Pending;
        } else if (const QString reason = quickCheckProblem(connection()); !reason.isEmpty()) {
            return bad(QStringLiteral("%1 is damaged (%2). Nothing was changed. Open a "
                                      "backup, or choose another file.")
                           .arg(native, reason),
                       ErrorKind::Damaged);
        }
    }
    q.finish();
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 3000"),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return bad(QStringLiteral("Could not configure %1: %2.").arg(native, q.error()));
    }
    if (m_mode == Mode::ReadWrite && !inMemory) {
        // WAL keeps the file consistent through a crash; FULL makes each commit durable.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return bad(QStringLiteral("Could not configure %1: %2. Check that the folder "
                                      "is writable.")
                           .arg(native, q.error()));
    }
    if (m_checkState == CheckState::Pending && !q.exec(QStringLiteral("PRAGMA query_only = ON")))
        return bad(QStringLiteral("Could not configure %1: %2.").arg(native, q.error()));
    return true;
}

bool Database::migrate()
{
    const QString native = QDir::toNativeSeparators(m_path);
    const int current = schemaVersion();
    if (current < 0)
        return fail(QStringLiteral("Could not read the version of %1.").arg(native));
    const int latest = latestSchemaVersion();
    if (current > latest) {
        return fail(QStringLiteral("%1 was written by a newer version of Twitch Diary "
                                   "(diary format %2; this version knows up to %3). Nothing "
                                   "was changed: install the newer version to open it.")
                        .arg(native)
                        .arg(current)
                        .arg(latest),
                    ErrorKind::Newer);
    }
    if (current == latest)
        return true;
    if (m_mode == Mode::ReadOnly)
        return fail(QStringLiteral("%1 is in an older diary format (%2; this version uses %3) and is open "
                                   "read-only, so it cannot be upgraded. Open it once for writing (in the "
                                   "window, or with a twitchdiary-cli command that writes) and it is upgraded, "
                                   "with a backup first.")
                        .arg(native)
                        .arg(current)
                        .arg(latest),
                    ErrorKind::NeedsUpgrade);

    // An upgrade writes (and backs up) the file: only once it passed its page check.
    if (QString problem; !ensureChecked(&problem))
        return fail(problem, ErrorKind::Damaged);

    sqlite3 *h = handle();
    if (!h)
        return fail(QStringLiteral("The SQLite driver gave no handle for %1.").arg(native));

    // An existing diary is copied before it is upgraded: a migration that goes wrong in a
    // way SQLite cannot roll back (a bug in the migration) can still be undone.
    if (current > 0 && m_path != u":memory:") {
        QString error;
        if (!backups::create(*this, QStringLiteral("migration"), &error))
            return fail(QStringLiteral("%1 was not upgraded, because it could not be backed "
                                       "up first: %2")
                            .arg(native, error));
    }

    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QByteArray body = m.sql;
        if (body.isEmpty()) {
            QFile f(m.path);
            if (!f.open(QIODevice::ReadOnly))
                return fail(QStringLiteral("Missing built-in migration %1.").arg(m.path));
            body = f.readAll();
        }
        // One transaction per migration, user_version bumped inside it: a crash leaves
        // the file at the previous version, never half-way.
        const QByteArray sql = "BEGIN IMMEDIATE;\n" + body +
                               "\nPRAGMA user_version = " + QByteArray::number(m.version) + ";\nCOMMIT;";
        char *err = nullptr;
        if (sqlite3_exec(h, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            sqlite3_exec(h, "ROLLBACK", nullptr, nullptr, nullptr);
            return fail(QStringLiteral("Could not upgrade %1 to diary format %2: %3. The "
                                       "file was left as it was.")
                            .arg(native)
                            .arg(m.version)
                            .arg(reason));
        }
    }
    return true;
}

Transaction::Transaction(const QSqlDatabase &db) : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        m_error = describeSqlError(m_db.lastError());
}

Transaction::Transaction(Database &db) : m_db(db.connection())
{
    if (!db.ensureChecked(&m_error))
        return;
    m_active = m_db.transaction();
    if (!m_active)
        m_error = describeSqlError(m_db.lastError());
}

Transaction::~Transaction()
{
    if (m_active && !m_committed)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    if (!m_db.commit()) {
        m_error = describeSqlError(m_db.lastError());
        m_db.rollback();
        m_active = false;
        return false;
    }
    m_committed = true;
    return true;
}

QString Database::quickCheck(const QString &path)
{
    static QAtomicInteger<int> counter;
    const QString name = QStringLiteral("td-quickcheck-%1").arg(counter.fetchAndAddRelaxed(1));
    const QString native = QDir::toNativeSeparators(path);
    QString problem;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QUrl::fromLocalFile(path).toString() + QStringLiteral("?mode=ro"));
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI;QSQLITE_BUSY_TIMEOUT=3000"));
        if (!db.open()) {
            problem = QStringLiteral("%1 could not be read to check it: %2.")
                          .arg(native, describeSqlError(db.lastError()));
        } else {
            if (const QString reason = quickCheckProblem(db); !reason.isEmpty())
                problem = QStringLiteral("%1 is damaged (%2).").arg(native, reason);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return problem;
}

QString userSettingsPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
        .filePath(QStringLiteral("twitchdiary/settings.ini"));
}

QString defaultDiaryPath()
{
    const QString configured =
        QSettings(userSettingsPath(), QSettings::IniFormat).value(QLatin1String(kDiaryPathSetting)).toString();
    if (!configured.isEmpty())
        return configured;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("diary.sqlite"));
}

} // namespace td

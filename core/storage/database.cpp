#include "database.h"

#include "backup.h"

#include <QAtomicInteger>
#include <QLockFile>
#include <QUrl>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSettings>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace td {
namespace {

// PRAGMA quick_check(1) on `q`'s connection: empty when sound, else SQLite's reason.
QString quickCheckProblem(QSqlQuery &q)
{
    if (q.exec(QStringLiteral("PRAGMA quick_check(1)")) && q.next() && q.value(0).toString() == u"ok")
        return {};
    return q.isActive() ? q.value(0).toString() : q.lastError().databaseText();
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
const QFileDevice::Permissions kPrivateDir =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

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
    QDir d(dir);
    if (!d.exists() && !d.mkpath(QStringLiteral("."))) {
        if (error)
            *error = QStringLiteral("Could not create the folder %1. Check that its parent "
                                    "folder exists and that you may write to it.")
                         .arg(QDir::toNativeSeparators(dir));
        return false;
    }
    QFile::setPermissions(dir, kPrivateDir);
    return true;
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
    constexpr qint64 kWalHeaderBytes = 32;  // a WAL file shorter than its header has no frames
    if (QFileInfo(path + QStringLiteral("-wal")).size() >= kWalHeaderBytes)
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = f.read(20);
    return header.size() == 20 && header.startsWith("SQLite format 3") && header.at(18) == 2 &&
           header.at(19) == 2;
}

} // namespace

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_warning.clear();
    m_errorKind = ErrorKind::None;
    m_mode = mode;
    m_path = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(m_path);
    const QString folder = QFileInfo(m_path).absolutePath();
    const bool exists = QFileInfo::exists(m_path);
    // Read before SQLite opens the file: opening it creates an empty -wal.
    m_walFileMissing = exists && walModeWithoutLog(m_path);

    if (exists && QFileInfo(m_path).isDir())
        return fail(QStringLiteral("%1 is a folder, not a diary file. Choose another file.")
                        .arg(native),
                    ErrorKind::NotADiary);

    if (mode == Mode::ReadWrite) {
        if (exists && (!QFileInfo(m_path).isWritable() || !isWritableDir(folder)))
            return fail(QStringLiteral("%1 cannot be changed: %2 is read-only. You can open it "
                                       "read-only to look at it, or copy it to a folder you "
                                       "may write to.")
                            .arg(native, QFileInfo(m_path).isWritable()
                                             ? QStringLiteral("its folder")
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
                                           "Twitch Diary (%2, process %3). Switch to that "
                                           "window, or close it and try again; you can also "
                                           "open the diary read-only.")
                                .arg(native, app.isEmpty() ? QStringLiteral("twitchdiary") : app)
                                .arg(pid),
                            ErrorKind::Locked);
            return fail(QStringLiteral("Could not lock %1 (%2 could not be written). Check "
                                       "that you may write to its folder.")
                            .arg(native, QDir::toNativeSeparators(lockPath(m_path))),
                        ErrorKind::Io);
        }
        QFile::setPermissions(lockPath(m_path), kPrivateFile); // whatever the umask
        if (!exists) {
            // Create the file ourselves so it is 0600 from its first byte, whatever the umask;
            // SQLite gives its -wal and -shm files the same mode.
            QFile f(m_path);
            if (!f.open(QIODevice::WriteOnly, kPrivateFile))
                return fail(QStringLiteral("Could not create the diary %1: %2.")
                                .arg(native, f.errorString()),
                            ErrorKind::Io);
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
            QString uri = QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                          QStringLiteral("?mode=ro");
            if (!isWritableDir(folder))
                uri += QStringLiteral("&immutable=1");
            db.setDatabaseName(uri);
            db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        } else {
            db.setDatabaseName(m_path);
        }
        if (!db.open()) {
            const QString reason = db.lastError().text();
            db = QSqlDatabase();
            return fail(QStringLiteral("Could not open the diary %1: %2.").arg(native, reason),
                        ErrorKind::Io);
        }
    }
    if (!configure() || !migrate())
        return false;
    if (mode == Mode::ReadWrite && m_dailyBackups && !m_deferredChecks) {
        QString error;
        if (!backups::createDailyIfDue(*this, &error))
            m_warning = error;
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

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

sqlite3 *Database::handle() const
{
    if (!QSqlDatabase::contains(m_connectionName))
        return nullptr;
    const QSqlDatabase db = connection();
    return db.isOpen() ? rawHandle(db) : nullptr;
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
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

bool isOwnSchema(QSqlQuery &q)
{
    return q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND "
                                 "name IN ('episodes', 'intakes', 'checkins')")) &&
           q.next() && q.value(0).toInt() == 3;
}

} // namespace

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

template<typename Bad>
bool Database::configureChecked(const Bad &bad)
{
    const QString native = QDir::toNativeSeparators(m_path);
    const bool inMemory = m_path == u":memory:";
    QSqlQuery q(connection());
    // Reading the header tells a non-SQLite file apart before anything is written.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema")) || !q.next()) {
        const int code = q.lastError().nativeErrorCode().toInt() & 0xff;
        if (code == SQLITE_NOTADB)
            return bad(QStringLiteral("%1 is not a Twitch Diary file (it is not a SQLite "
                                       "database). Nothing was changed. Choose another file, "
                                       "or open a backup.")
                            .arg(native),
                        ErrorKind::NotADiary);
        if (code == SQLITE_CORRUPT)
            return bad(QStringLiteral("%1 is damaged (%2). Nothing was changed. Open a "
                                       "backup, or choose another file.")
                            .arg(native, q.lastError().databaseText()),
                        ErrorKind::Damaged);
        if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
            return bad(QStringLiteral("%1 is busy in another program (%2). Close it and try "
                                       "again.")
                            .arg(native, q.lastError().databaseText()),
                        ErrorKind::Locked);
        return bad(QStringLiteral("Could not read %1 (%2). Nothing was changed.")
                        .arg(native, q.lastError().databaseText()),
                    ErrorKind::Io);
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
    // with no tables and no -wal beside it lost its contents to the -wal file that was not
    // copied with it. Migrating would turn it into an empty diary.
    if (version == 0 && objects == 0 && m_walFileMissing)
        return bad(QStringLiteral("%1 holds no entries: it is a copy made while Twitch Diary "
                                   "had the diary open, and everything written since it was "
                                   "opened is still in a second file (%2) that was not copied "
                                   "with it. Nothing was changed. To copy a diary, use File › "
                                   "Export (or twitchdiary-cli export), or take a copy from "
                                   "the backup folder %3.")
                        .arg(native, QFileInfo(m_path).fileName() + QStringLiteral("-wal"),
                             QDir::toNativeSeparators(backups::folderFor(m_path))),
                    ErrorKind::NotADiary);
    // Tables but no diary version, or a version but not our tables: another program's
    // SQLite file. Migrating would write our tables into it.
    if ((version == 0 && objects > 0) || (version > 0 && !isOwnSchema(q)))
        return bad(QStringLiteral("%1 is a SQLite database, but not a Twitch Diary file. "
                                   "Nothing was changed. Choose another file.")
                        .arg(native),
                    ErrorKind::NotADiary);
    // Damage inside the file shows only when its pages are read: quick_check reads them
    // all (O(N), no index cross-check). Skipped above kQuickCheckMaxBytes to keep
    // start-up fast; see docs/reliability.md for the measurement.
    if (!inMemory && !m_deferredChecks && objects > 0 && QFileInfo(m_path).size() <= kQuickCheckMaxBytes) {
        if (const QString reason = quickCheckProblem(q); !reason.isEmpty()) {
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
            return bad(QStringLiteral("Could not configure %1: %2.")
                            .arg(native, q.lastError().text()));
    }
    if (m_mode == Mode::ReadWrite && !inMemory) {
        // WAL keeps the file consistent through a crash; FULL makes each commit durable.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return bad(QStringLiteral("Could not configure %1: %2. Check that the folder "
                                       "is writable.")
                            .arg(native, q.lastError().text()));
    }
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
        return fail(QStringLiteral("%1 needs an upgrade to be opened, and it is open "
                                   "read-only.")
                        .arg(native),
                    ErrorKind::ReadOnly);

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
        const QByteArray sql = "BEGIN IMMEDIATE;\n" + body + "\nPRAGMA user_version = " +
                               QByteArray::number(m.version) + ";\nCOMMIT;";
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
        m_error = m_db.lastError().text();
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
        m_error = m_db.lastError().text();
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
            problem = QStringLiteral("%1 could not be read to check it: %2.").arg(native, db.lastError().text());
        } else {
            QSqlQuery q(db);
            if (const QString reason = quickCheckProblem(q); !reason.isEmpty())
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

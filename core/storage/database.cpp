#include "database.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

#include <sqlite3.h>

#include <algorithm>

namespace td {
namespace {

QString nextConnectionName()
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("td-diary-%1").arg(counter.fetchAndAddRelaxed(1));
}

struct Migration {
    int version;
    QString path;
};

QList<Migration> migrations()
{
    QList<Migration> result;
    const QDir dir(QStringLiteral(":/migrations"));
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_.*\\.sql$"));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        const auto m = re.match(name);
        if (m.hasMatch())
            result.append({m.captured(1).toInt(), dir.filePath(name)});
    }
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

bool Database::fail(const QString &message)
{
    m_error = message;
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

bool Database::open(const QString &path, Mode mode)
{
    close();
    m_error.clear();
    m_mode = mode;
    m_path = QFileInfo(path).absoluteFilePath();
    const QString native = QDir::toNativeSeparators(m_path);

    if (mode == Mode::ReadWrite) {
        QString error;
        if (!ensurePrivateDir(QFileInfo(m_path).absolutePath(), &error))
            return fail(error);
        if (!QFileInfo::exists(m_path)) {
            // Create the file ourselves so it is 0600 from its first byte, whatever the umask;
            // SQLite gives its -wal and -shm files the same mode.
            QFile f(m_path);
            if (!f.open(QIODevice::WriteOnly, kPrivateFile))
                return fail(QStringLiteral("Could not create the diary %1: %2.")
                                .arg(native, f.errorString()));
        }
    } else if (!QFileInfo::exists(m_path)) {
        return fail(QStringLiteral("The diary %1 does not exist.").arg(native));
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (mode == Mode::ReadOnly)
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open())
        return fail(QStringLiteral("Could not open the diary %1: %2.")
                        .arg(native, db.lastError().text()));
    return configure() && migrate();
}

bool Database::openInMemory()
{
    close();
    m_error.clear();
    m_mode = Mode::ReadWrite;
    m_path = QStringLiteral(":memory:");
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (!db.open())
        return fail(db.lastError().text());
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
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

bool Database::configure()
{
    const QString native = QDir::toNativeSeparators(m_path);
    QSqlQuery q(connection());
    // Reading the header tells a non-SQLite file apart before anything is written.
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_schema"))) {
        return fail(QStringLiteral("%1 is not a Twitch Diary file, or it is damaged "
                                   "(%2). Nothing was changed; open a backup or choose "
                                   "another file.")
                        .arg(native, q.lastError().databaseText()));
    }
    // A newer file is refused before anything, even the journal mode, is written to it.
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() &&
        q.value(0).toInt() > latestSchemaVersion()) {
        return fail(QStringLiteral("%1 was written by a newer version of Twitch Diary "
                                   "(diary format %2; this version knows up to %3). Nothing "
                                   "was changed: install the newer version to open it.")
                        .arg(native)
                        .arg(q.value(0).toInt())
                        .arg(latestSchemaVersion()));
    }
    const QStringList pragmas = {
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA busy_timeout = 3000"),
    };
    for (const QString &p : pragmas) {
        if (!q.exec(p))
            return fail(QStringLiteral("Could not configure %1: %2.")
                            .arg(native, q.lastError().text()));
    }
    if (m_mode == Mode::ReadWrite && m_path != u":memory:") {
        // WAL keeps the file consistent through a crash; FULL makes each commit durable.
        if (!q.exec(QStringLiteral("PRAGMA journal_mode = WAL")) ||
            !q.exec(QStringLiteral("PRAGMA synchronous = FULL")))
            return fail(QStringLiteral("Could not configure %1: %2. Check that the folder "
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
                        .arg(latest));
    }
    if (current == latest)
        return true;
    if (m_mode == Mode::ReadOnly)
        return fail(QStringLiteral("%1 needs an upgrade to be opened, and it is open "
                                   "read-only.")
                        .arg(native));

    sqlite3 *handle = rawHandle(connection());
    if (!handle)
        return fail(QStringLiteral("The SQLite driver gave no handle for %1.").arg(native));

    for (const Migration &m : migrations()) {
        if (m.version <= current)
            continue;
        QFile f(m.path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("Missing built-in migration %1.").arg(m.path));
        // One transaction per migration, user_version bumped inside it: a crash leaves
        // the file at the previous version, never half-way.
        const QByteArray sql = "BEGIN IMMEDIATE;\n" + f.readAll() + "\nPRAGMA user_version = " +
                               QByteArray::number(m.version) + ";\nCOMMIT;";
        char *err = nullptr;
        if (sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &err) != SQLITE_OK) {
            const QString reason = QString::fromUtf8(err ? err : "unknown error");
            sqlite3_free(err);
            sqlite3_exec(handle, "ROLLBACK", nullptr, nullptr, nullptr);
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

QString defaultDiaryPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("diary.sqlite"));
}

} // namespace td

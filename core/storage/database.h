// Owns one SQLite connection to a diary file and brings its schema up to date.
#pragma once

#include <QSqlDatabase>
#include <QString>

namespace td {

class Database
{
public:
    enum class Mode { ReadWrite, ReadOnly };
    // Schema version this build writes; a file with a higher user_version is newer.
    static int latestSchemaVersion();

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens (creating if needed, with folder 0700 and file 0600) and migrates. On
    // failure returns false and errorString() says what is wrong and what to do.
    [[nodiscard]] bool open(const QString &path, Mode mode = Mode::ReadWrite);
    // An in-memory diary for tests and samples.
    [[nodiscard]] bool openInMemory();
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    QSqlDatabase connection() const;
    int schemaVersion() const;

private:
    bool configure();
    bool migrate();
    bool fail(const QString &message);

    QString m_connectionName;
    QString m_path;
    QString m_error;
    Mode m_mode = Mode::ReadWrite;
};

// Rolls back unless commit() was called: every write is one of these.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    bool isActive() const { return m_active; }
    [[nodiscard]] bool commit();
    QString errorString() const { return m_error; }

private:
    QSqlDatabase m_db;
    bool m_active = false;
    bool m_committed = false;
    QString m_error;
};

// The diary the window opens by default: <AppDataLocation>/diary.sqlite.
QString defaultDiaryPath();
// Creates `dir` (and parents) readable by the user alone (0700).
bool ensurePrivateDir(const QString &dir, QString *error);

} // namespace td

// A write transaction on the diary's connection (storage-private: it names QSqlDatabase,
// which only code linked to Qt Sql, that is core/storage, can include).
#pragma once

#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

namespace td {

// Rolls back unless commit() was called: every write is one of these.
class Transaction
{
public:
    explicit Transaction(const QSqlDatabase &db);
    // The same, but not begun (isActive() false, errorString() says why) while `db` has
    // not passed its page check (Database::ensureChecked).
    explicit Transaction(Database &db);
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

} // namespace td

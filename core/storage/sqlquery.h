// The one way storage/ runs SQL (the shape of Strawberry's SqlQuery): prepare once, bind
// by name, exec, read rows with next()/value(), and on failure an error that says what
// went wrong in words (error()) and, for the log, which statement failed (details()).
// Private to storage/: nothing above it includes this header or <QSqlQuery>.
//
//   SqlQuery q(db.connection());
//   if (!q.prepare(u"SELECT level FROM stress WHERE date = :date"_s))
//       return fail(..., q.error());
//   q.bind(u":date"_s, dateText(date));
//   if (!q.exec()) ...
//   while (q.next()) ... q.value(0) ...
//
// A prepared query runs again with new bindings (exec() resets the previous result), which
// is what the import's loops rely on: one prepare for thousands of rows.
#pragma once

#include <QSqlQuery>
#include <QString>
#include <QVariant>

class QSqlDatabase;

namespace td {

class SqlQuery
{
public:
    // Forward-only: rows are read once, in order, without SQLite's row cache.
    explicit SqlQuery(const QSqlDatabase &db);

    // Compiles `sql` (placeholders ":name"). False with error() when it does not compile
    // (a missing table, a damaged schema).
    [[nodiscard]] bool prepare(const QString &sql);
    // Binds `value` to the placeholder `name` (":name") of the prepared statement.
    void bind(const QString &name, const QVariant &value);
    // Runs the prepared statement with the current bindings.
    [[nodiscard]] bool exec();
    // Prepares and runs `sql` that has no placeholders.
    [[nodiscard]] bool exec(const QString &sql);

    // The next row of a SELECT; false at the end or on an error (see failed()).
    bool next();
    QVariant value(int column) const { return m_query.value(column); }
    bool isNull(int column) const { return m_query.isNull(column); }
    // Releases the statement's result (a pending read keeps SQLite from changing the
    // journal mode, for one).
    void finish() { m_query.finish(); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }

    // Whether the last prepare/exec/next failed. next() returning false at the last row is
    // not a failure; reading a damaged page is.
    bool failed() const { return m_failed; }
    // Why, as a clause for a message ("the disk is full; free some space and try again"),
    // never the driver's text (describeSqlError in storage/database.h).
    QString error() const;
    // SQLite's (extended) result code of the failure, 0 when there is none.
    int errorCode() const;
    // SQLite's own text of the failure ("file is not a database"), for the few messages
    // that quote it (a damaged file's reason).
    QString sqliteText() const;
    // The driver's text and the statement, for the log: "no such table: sleep (in: SELECT …)".
    QString details() const;

private:
    bool check(bool ok);

    QSqlQuery m_query;
    QString m_sql;
    bool m_failed = false;
};

} // namespace td

#include "storage/sqlquery.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlError>

namespace td {

Q_LOGGING_CATEGORY(lcSql, "td.storage.sql", QtWarningMsg)

SqlQuery::SqlQuery(const QSqlDatabase &db) : m_query(db) { m_query.setForwardOnly(true); }

bool SqlQuery::check(bool ok)
{
    m_failed = !ok;
    if (!ok)
        qCWarning(lcSql).noquote() << details();
    return ok;
}

bool SqlQuery::prepare(const QString &sql)
{
    m_sql = sql;
    return check(m_query.prepare(sql));
}

void SqlQuery::bind(const QString &name, const QVariant &value) { m_query.bindValue(name, value); }

bool SqlQuery::exec() { return check(m_query.exec()); }

bool SqlQuery::exec(const QString &sql)
{
    m_sql = sql;
    return check(m_query.exec(sql));
}

bool SqlQuery::next()
{
    if (m_query.next())
        return true;
    // At the end of the rows the error is unset; a row that could not be read sets it.
    m_failed = m_query.lastError().isValid();
    if (m_failed)
        qCWarning(lcSql).noquote() << details();
    return false;
}

QString SqlQuery::error() const { return describeSqlError(m_query.lastError()); }

int SqlQuery::errorCode() const { return m_query.lastError().nativeErrorCode().toInt(); }

QString SqlQuery::sqliteText() const { return m_query.lastError().databaseText(); }

QString SqlQuery::details() const
{
    const QSqlError e = m_query.lastError();
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    return QStringLiteral("%1 (in: %2)").arg(text, m_sql.simplified());
}

} // namespace td

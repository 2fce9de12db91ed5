// Fixture: must be reported (analysis may not name Qt Sql).
#include <QtSql/QSqlQuery>

// Must NOT compile: the analysis library does not link Qt Sql, so no Qt Sql include path
// reaches it. A ctest builds this target and expects the build to fail.
#include "analysis/dayseries.h"

#include <QSqlQuery>

int probe() { return sizeof(QSqlQuery); }

// Must NOT compile: storage links Qt Sql privately, so the pages (and everything else
// above core/storage) have no Qt Sql include path. A ctest expects this build to fail.
#include "pages/todaypage.h"

#include <QSqlDatabase>

int probe() { return sizeof(QSqlDatabase); }

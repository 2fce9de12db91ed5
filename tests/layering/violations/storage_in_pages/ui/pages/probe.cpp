// Fixture: must be reported (pages reach the diary through models and commands only).
#include "storage/database.h"

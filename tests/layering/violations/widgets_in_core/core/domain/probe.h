// Fixture: must be reported (core may not name Qt Widgets).
#include <QtWidgets/QWidget>

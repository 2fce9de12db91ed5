// Must NOT compile: core has no path to Qt Widgets. A ctest builds this target and
// expects the build to fail (see tests/CMakeLists.txt, Layering.ProbeDoesNotCompile).
#include "domain/domain.h"

#include <QWidget>

int probe() { return sizeof(QWidget); }

// Loading the golden analysis fixtures (tests/analysis/golden, copied from
// shared/golden/analysis).
#pragma once

#include "domain/domain.h"

#include <QJsonObject>
#include <QString>

namespace td::analysis::test {

// The diary of a golden case ("g56_planted"); fails the current test when unreadable.
Diary loadGoldenDiary(const QString &name);
// Its expected associations object: {"sleep_hours": {...}, ...}.
QJsonObject loadGoldenExpected(const QString &name);

} // namespace td::analysis::test

// User-facing names of domain values, translated. Qt Core only, shared by views and reports.
#pragma once

#include "domain/domain.h"

namespace td::ui {

QString zoneName(Zone zone);
QString siteName(Zone zone, Side side); // "Lower lip, left"
QString symptomName(Symptom symptom);
QString intakeDescription(const Intake &intake); // "Caffeine: espresso, 63 mg"
// A caffeine drink's name as shown. The six drinks every diary starts with are stored in
// English (the first migration writes them, and an intake keeps the name it was logged
// with): they are shown in the window's language ("Tasse Kaffee"). Any other name, and
// every name in exports, is the user's own and stays as it is.
QString drinkName(const QString &stored);

} // namespace td::ui

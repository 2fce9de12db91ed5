// User-facing names of domain values, translated. Qt Core only, shared by views and reports.
#pragma once

#include "domain.h"

namespace td::ui {

QString zoneName(Zone zone);
QString siteName(Zone zone, Side side);   // "Lower lip, left"
QString symptomName(Symptom symptom);
QString intakeDescription(const Intake &intake);  // "Caffeine: espresso, 63 mg"

} // namespace td::ui
